"""Benchmark of hand-in bundles: export and import of many records with attachments,
next to bare sqlcipher3 inserts of the same rows in the same run, and peak memory of an
export + import as the bundle grows (it must stay flat: everything is streamed).

    .venv/bin/python tests/bench/bench_exchange.py              # 10 000 records
    .venv/bin/python tests/bench/bench_exchange.py --records 2000 --json

Figures are marked PASS or SHORT, never asserted. Everything is written to one temporary
folder that is removed at the end; only fictional demo records are used.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import baseline
from report import Figure, table

from testimony_app.demo import demo_records
from testimony_app.exchange import keys
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.preview import preview_bundle
from testimony_app.exchange.seal import export_bundle
from testimony_app.form import get_form
from testimony_app.vault import Vault

PASSPHRASE = "bench-only harbour lantern copper meadow 2017"
SEED = 17032017
_START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - _START:7.1f}s] {message}", file=sys.stderr, flush=True)


def parties(work: Path) -> tuple[Vault, Vault, keys.EnrolledKey]:
    sup = Vault.create(work / "sup.vault", PASSPHRASE, researcher_name="Supervisor",
                       code_prefix="SUP", check_strength=False)
    res = Vault.create(work / "res.vault", PASSPHRASE, researcher_name="Researcher",
                       code_prefix="RES", check_strength=False)
    sup_key = keys.parse_tpub(keys.own_public_key(sup, receive=True).to_text().encode())
    recipient = keys.enroll(res, sup_key, "supervisor")
    keys.enroll(sup, keys.own_public_key(res, receive=False), "researcher")
    return sup, res, recipient


def bare_rows(vault: Vault) -> list[bytes]:
    """What a bundle carries, as rows: every revision body and every attachment chunk."""
    rows = [bytes(r[0]) for r in vault._conn.execute("SELECT body FROM revisions")]
    rows += [bytes(r[0]) for r in vault._conn.execute("SELECT data FROM attachment_chunks")]
    return rows


def bare_insert(path: Path, rows: list[bytes], batch: int = 1000) -> float:
    conn = baseline.open_db(path, PASSPHRASE)  # the vault's pragmas and page cache
    try:
        conn.execute("CREATE TABLE rows (id INTEGER PRIMARY KEY, body BLOB NOT NULL)")
        start = time.perf_counter()
        for i in range(0, len(rows), batch):
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO rows (body) VALUES (?)",
                             [(r,) for r in rows[i:i + batch]])
            conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


_TABLES = ("records", "revisions", "revision_provenance", "attachments", "attachment_chunks",
           "imported_audit", "audit", "imports")


def same_rows_insert(vault_path: Path, path: Path, batch: int = 1000) -> float:
    """Every row the import wrote, read back with a bare connection and inserted into the
    same schema in batches, with the vault's pragmas (foreign keys checked: parents go in
    first): the storage half of an import with none of our Python. The search index's
    rows are the records' index texts (computed before the clock starts)."""
    from testimony_app.vault.schema import MIGRATIONS
    from testimony_app.vault.search import index_text

    src = baseline.keyed(vault_path, PASSPHRASE)
    try:
        tables = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in _TABLES}
        texts = []
        for rowid, body in src.execute(
                "SELECT r.rowid, v.body FROM records r JOIN revisions v ON v.hash = r.head"):
            doc = json.loads(body)
            texts.append((-rowid, index_text(get_form(*doc["form"]), doc["answers"])))
        tables["search"] = sorted(texts)
    finally:
        src.close()
    conn = baseline.open_db(path, PASSPHRASE)  # the vault's pragmas and page cache
    try:
        for m in MIGRATIONS:
            for statement in (x.strip() for x in m.sql.split(";")):
                if statement:
                    conn.execute(statement)
        start = time.perf_counter()
        for table_name, rows in tables.items():
            if not rows:
                continue
            marks = ",".join("?" * len(rows[0]))
            columns = " (rowid, text)" if table_name == "search" else ""
            for i in range(0, len(rows), batch):
                conn.execute("BEGIN IMMEDIATE")
                conn.executemany(f"INSERT INTO {table_name}{columns} VALUES ({marks})",
                                 rows[i:i + batch])
                conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def bench_rates(work: Path, records: int, attach_every: int, attach_size: int
                ) -> tuple[list[Figure], dict]:
    sup, res, recipient = parties(work)
    try:
        log(f"adding {records} records")
        res.add_many(demo_records(records, seed=SEED))
        ids = [r[0] for r in res._conn.execute("SELECT id FROM records ORDER BY rowid")]
        log(f"attaching {len(ids[::attach_every])} files of {attach_size} bytes")
        for rid in ids[::attach_every]:
            res.attach(rid, io.BytesIO(os.urandom(attach_size)), name="photo.jpg")
        rows = bare_rows(res)
        log("export")
        start = time.perf_counter()
        exported = export_bundle(res, [recipient], work / "all.tbundle")
        export_s = time.perf_counter() - start
        log("import (preview, then merge)")
        start = time.perf_counter()
        preview = preview_bundle(sup, work / "all.tbundle")
        preview_s = time.perf_counter() - start
        result = import_bundle(sup, work / "all.tbundle", preview=preview)
        import_s = time.perf_counter() - start
        merge_s = import_s - preview_s
        assert result.counts["new"] == records
        log("bare inserts of the bundle's payload rows")
        bare_s = bare_insert(work / "bare.db", rows)
    finally:
        sup.close()
        res.close()
    log("bare inserts of every row the import wrote, same schema")
    same_s = same_rows_insert(work / "sup.vault", work / "same-rows.db")
    n = records
    figures = [
        Figure("export, bare = same rows inserted", "records/s", n / export_s, n / same_s,
               "ratio>=", 0.5),
        Figure("import, bare = same rows inserted", "records/s", n / import_s, n / same_s,
               "ratio>=", 0.5),
        Figure("import after its preview (the Import button), bare = same rows inserted",
               "records/s", n / merge_s, n / same_s, "ratio>=", 0.5),
        Figure("export, bare = payload rows only", "records/s", n / export_s, n / bare_s),
        Figure("import, bare = payload rows only", "records/s", n / import_s, n / bare_s),
    ]
    return figures, {"records": n, "attachments": exported.attachments,
                     "bundle_bytes": exported.size, "export_s": export_s,
                     "import_s": import_s, "preview_s": preview_s, "merge_s": merge_s,
                     "bare_payload_s": bare_s,
                     "bare_same_rows_s": same_s, "bare_payload_rows": len(rows)}


_MEMORY_CHILD = r"""
import io, json, os, sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from bench_exchange import parties
from testimony_app.demo import demo_records
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.seal import export_bundle

work, size = Path(sys.argv[1]), int(sys.argv[2])
sup, res, recipient = parties(work)
res.add_many(demo_records(10, seed=1))
rid = res.list_records(limit=1)[0].id
block = os.urandom(1 << 20)
class Stream(io.RawIOBase):
    left = size
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), self.left, len(block))
        b[:n] = block[:n]
        self.left -= n
        return n
res.attach(rid, io.BufferedReader(Stream(), 1 << 20), name="audio.ogg")
def peak():
    with open("/proc/self/status") as fh:
        return [int(l.split()[1]) for l in fh if l.startswith("VmHWM")][0]
before = peak()
export_bundle(res, [recipient], work / "b.tbundle")
import_bundle(sup, work / "b.tbundle")
print(json.dumps({"size": size, "hwm_kb_before": before, "hwm_kb": peak()}))
"""


def bench_memory(work: Path, sizes_mb: list[int]) -> tuple[list[Figure], dict]:
    out = {}
    for mb in sizes_mb:
        folder = work / f"mem{mb}"
        folder.mkdir()
        log(f"memory: export + import with a {mb} MiB attachment")
        proc = subprocess.run(
            [sys.executable, "-c", _MEMORY_CHILD, str(folder), str(mb << 20),
             str(Path(__file__).parent)], capture_output=True, text=True, check=True)
        out[mb] = json.loads(proc.stdout.strip().splitlines()[-1])
    # The vault's page cache (64 MiB) fills during the first tens of MiB of any import;
    # flat means no growth beyond it, so growth is taken between the two largest sizes.
    small, big = out[sizes_mb[-2]], out[sizes_mb[-1]]
    growth = (big["hwm_kb"] - small["hwm_kb"]) / 1024
    figures = [Figure(f"peak memory, {mb} MiB bundle", "MiB", out[mb]["hwm_kb"] / 1024, None)
               for mb in sizes_mb]
    figures.append(Figure(f"memory growth {sizes_mb[-2]} -> {sizes_mb[-1]} MiB bundle", "MiB",
                          growth, None, "<=", 16))
    return figures, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--attach-every", type=int, default=10,
                        help="one attachment per this many records")
    parser.add_argument("--attach-size", type=int, default=64 * 1024)
    parser.add_argument("--memory-sizes", default="16,128,512",
                        help="MiB, comma-separated; growth is measured between the two largest")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="testimony-bench-exchange-") as tmp:
        work = Path(tmp)
        (work / "rates").mkdir()
        figures, details = bench_rates(work / "rates", args.records, args.attach_every,
                                       args.attach_size)
        more, memory = bench_memory(work, [int(s) for s in args.memory_sizes.split(",")])
        figures += more
    if args.json:
        print(json.dumps({"figures": [f.to_json() for f in figures], "rates": details,
                          "memory": memory}, indent=2))
    else:
        print(table(figures))
        print(json.dumps(details))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main())
