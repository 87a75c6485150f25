"""Benchmarks for a large vault: bulk add, unlock, search latency and CLI memory, each next
to a bare sqlcipher3 baseline measured in the same run on the same data.

    make bench                      # 100 000 records, a few minutes
    python tests/bench/run.py --quick          # 5 000 records
    python tests/bench/run.py --records 20000 --json

Figures are marked PASS or SHORT against the targets of the performance issue; nothing is
asserted, and pytest never collects this folder. Everything is written to one temporary
folder that is removed at the end, whatever happens; only fictional demo records are used.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import baseline
import bench_editor
import bench_exchange
import bench_signing
import bench_statement
import bench_statement_window
import queries
import rss
import sqlcipher3
from report import Figure, table

from testimony_app.demo import demo_records
from testimony_app.form import current_form
from testimony_app.vault import Vault
from testimony_app.vault.search import index_text, match_expression

# Fixed so runs compare; the benchmark never checks strength (that is zxcvbn's time, not ours).
PASSPHRASE = "bench-only harbour lantern copper meadow 2017"
SEED = 17032017
BATCH = 1000
SEARCH_LIMIT = 200
SEARCH_WARMUP = 10
UNLOCK_RUNS = 7
RSS_QUERY = "احمد"

_START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - _START:7.1f}s] {message}", file=sys.stderr, flush=True)


def percentile(values: list[float], p: int) -> float:
    """The p-th percentile, linearly interpolated between closest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[p - 1]


def bench_bulk(work: Path, docs: list[dict]) -> tuple[Figure, dict]:
    n = len(docs)
    log(f"bare: inserting {n} JSON documents in batches of {BATCH}")
    bare_s = baseline.bulk_insert(work / "bare.db", PASSPHRASE, docs, BATCH)
    log(f"bare: {bare_s:.1f} s; vault: add_many of {n} records")
    vault = Vault.create(work / "bench.vault", PASSPHRASE, researcher_name="Bench Researcher",
                         code_prefix="BEN", check_strength=False)
    try:
        start = time.perf_counter()
        added = vault.add_many(docs, batch=BATCH)
        vault_s = time.perf_counter() - start
        if added != n or vault.count() != n:
            raise RuntimeError(f"add_many stored {added} of {n} records")
    finally:
        vault.close()
    log(f"vault: {vault_s:.1f} s")
    figure = Figure("bulk add", "records/s", n / vault_s, n / bare_s, "ratio>=", 0.5)
    return figure, {"vault_build_s": vault_s, "bare_insert_s": bare_s}


def bench_unlock(vault_path: Path) -> tuple[Figure, dict]:
    """Alternate the two so drift (caches, CPU clocks) falls on both alike."""
    log(f"unlock: {UNLOCK_RUNS} opens each, after one untimed warm-up")
    ours, bare = [], []
    for run in range(UNLOCK_RUNS + 1):
        start = time.perf_counter()
        vault = Vault.open(vault_path, PASSPHRASE)
        elapsed = time.perf_counter() - start
        vault.close()
        bare_s = baseline.unlock_seconds(vault_path, PASSPHRASE)
        if run:
            ours.append(elapsed * 1000)
            bare.append(bare_s * 1000)
    figure = Figure(f"unlock, median of {UNLOCK_RUNS}", "ms", statistics.median(ours),
                    statistics.median(bare), "ratio<=", 1.5)
    return figure, {"unlock_ms": ours, "bare_unlock_ms": bare}


def bench_search(vault_path: Path, bare_path: Path, mix: list[tuple[str, str]]
                 ) -> tuple[list[Figure], dict]:
    expressions = [match_expression(q) for _, q in mix]
    vault = Vault.open(vault_path, PASSPHRASE)
    conn = baseline.open_db(bare_path, PASSPHRASE)
    try:
        log(f"search: {len(mix)} queries, timed once each after {SEARCH_WARMUP} warm-ups")
        # A few untimed queries bring the file into the OS cache for both sides; a whole
        # warm-up pass would double a phase that can take minutes on a slow index.
        for (_, query), expr in zip(mix[:SEARCH_WARMUP], expressions, strict=False):
            vault.search(query, limit=SEARCH_LIMIT)
            if expr:
                baseline.search(conn, expr, SEARCH_LIMIT)
        rows = []
        for (kind, query), expr in zip(mix, expressions, strict=True):
            start = time.perf_counter()
            found = vault.search(query, limit=SEARCH_LIMIT)
            ours_ms = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            bare_found = baseline.search(conn, expr, SEARCH_LIMIT) if expr else []
            bare_ms = (time.perf_counter() - start) * 1000
            rows.append({"kind": kind, "query": query, "ms": ours_ms, "bare_ms": bare_ms,
                         "hits": len(found), "bare_hits": len(bare_found),
                         "same": [s.rowid for s in found] == bare_found})
    finally:
        vault.close()
        conn.close()
    ours = [r["ms"] for r in rows]
    bare = [r["bare_ms"] for r in rows]
    figures = [
        Figure(f"search p50, limit {SEARCH_LIMIT}", "ms", percentile(ours, 50),
               percentile(bare, 50)),
        Figure(f"search p95, limit {SEARCH_LIMIT}", "ms", percentile(ours, 95),
               percentile(bare, 95), "<=", 20),
    ]
    by_kind = {}
    for kind in queries.MIX:
        times = [r["ms"] for r in rows if r["kind"] == kind]
        by_kind[kind] = {"p95_ms": percentile(times, 95), "max_ms": max(times),
                         "mean_hits": statistics.mean(r["hits"] for r in rows
                                                      if r["kind"] == kind)}
    details = {
        "queries": len(rows),
        "results_differing_from_bare": [r["query"] for r in rows if not r["same"]],
        "by_kind": by_kind,
        "slowest": sorted(rows, key=lambda r: r["ms"], reverse=True)[:5],
    }
    return figures, details


def bench_rss(work: Path, vault_path: Path) -> tuple[list[Figure], dict]:
    phrase_file = rss.write_phrase_file(work, PASSPHRASE)
    log("memory: `testimony list --limit 100` + `search` in one CLI process")
    ours = rss.measure(rss.CLI_SCRIPT, vault_path, phrase_file, RSS_QUERY)
    log("memory: bare python + sqlcipher3, same reads")
    bare = rss.measure(rss.BARE_SCRIPT, vault_path, phrase_file, match_expression(RSS_QUERY))
    mb = 1 / 1024
    figures = [
        Figure("CLI peak RSS, VmHWM", "MB", ours["VmHWM"] * mb, bare["VmHWM"] * mb, "<=", 200),
        Figure("CLI RSS at exit, VmRSS", "MB", ours["VmRSS"] * mb, bare["VmRSS"] * mb),
    ]
    return figures, {"cli": ours, "bare": bare}


def schema_sql() -> list[str]:
    """The vault's tables and indexes as plain SQL statements (from its migrations)."""
    from testimony_app.vault.schema import MIGRATIONS

    return [s.strip() for m in MIGRATIONS for s in m.sql.split(";") if s.strip()]


def run(records: int) -> dict:
    log(f"generating {records} demo records (seed {SEED})")
    docs = list(demo_records(records, seed=SEED))
    mix = queries.make_queries(docs)
    form = current_form()
    figures: list[Figure] = []
    details: dict = {}
    with tempfile.TemporaryDirectory(prefix="testimony-bench-") as tmp:
        work = Path(tmp)
        figure, details["bulk"] = bench_bulk(work, docs)
        figures.append(figure)
        log("bare: building the plain FTS5 table from the same folded texts (untimed)")
        texts = [index_text(form, d["answers"]) for d in docs]
        del docs
        details["bulk"]["bare_fts_build_s"] = baseline.build_fts(work / "bare.db", PASSPHRASE,
                                                                 texts, BATCH)
        log("bare: the same rows the vault wrote, into the same schema")
        rows = baseline.vault_rows(work / "bench.vault", PASSPHRASE, texts)
        same_s = baseline.same_rows_insert(work / "same-rows.db", PASSPHRASE, schema_sql(),
                                           rows, BATCH)
        del rows
        details["bulk"]["bare_same_rows_s"] = same_s
        figures.append(Figure("bulk add, bare = same rows", "records/s",
                              records / details["bulk"]["vault_build_s"], records / same_s,
                              "ratio>=", 0.5))
        details["bulk"]["vault_bytes"] = (work / "bench.vault").stat().st_size
        details["bulk"]["bare_bytes"] = (work / "bare.db").stat().st_size
        figure, details["unlock"] = bench_unlock(work / "bench.vault")
        figures.append(figure)
        found, details["search"] = bench_search(work / "bench.vault", work / "bare.db", mix)
        figures.extend(found)
        found, details["rss"] = bench_rss(work, work / "bench.vault")
        figures.extend(found)
        log("editor: new interview, unlock -> list, typing while autosaving")
        found, details["editor"] = bench_editor.editor(work / "bench.vault", work)
        figures.extend(found)
        log("exchange: export and import of records with attachments; memory as bundles grow")
        (work / "exchange").mkdir()
        found, details["exchange"] = bench_exchange.bench_rates(
            work / "exchange", min(records, 10_000), 10, 64 * 1024)
        figures.extend(found)
        found, details["exchange_memory"] = bench_exchange.bench_memory(work, [16, 128, 512])
        figures.extend(found)
        log("signing: what revision signatures cost bulk add and import")
        (work / "signing").mkdir()
        found, details["signing"] = bench_signing.figures(work / "signing",
                                                          min(records, 5000))
        figures.extend(found)
        log("statements: a 3-page Arabic statement, a batch of 1,000, the statement window")
        found, details["statements"] = bench_statement.figures(1000)
        figures.extend(found)
        found, details["statement_window"] = bench_statement_window.figures()
        figures.extend(found)
    return {
        "records": records,
        "python": platform.python_version(),
        "sqlcipher": sqlcipher3.connect(":memory:").execute("PRAGMA cipher_version")
        .fetchone()[0],
        "sqlite": sqlcipher3.sqlite_version,
        "figures": [f.to_json() for f in figures],
        "table": table(figures),
        "details": details,
        "wall_s": time.perf_counter() - _START,
    }


def summary(result: dict) -> str:
    d = result["details"]
    bulk, search = d["bulk"], d["search"]
    lines = [
        f"Testimony benchmarks: {result['records']:,} records, SQLCipher {result['sqlcipher']}"
        f" (SQLite {result['sqlite']}), Python {result['python']}",
        "",
        result["table"],
        "",
        f"vault build (add_many)  {bulk['vault_build_s']:.1f} s;"
        f" bare insert {bulk['bare_insert_s']:.1f} s;"
        f" bare FTS build {bulk['bare_fts_build_s']:.1f} s (untimed in the ratio)",
        f"file size               vault {bulk['vault_bytes'] / 2**20:.1f} MB;"
        f" bare (docs + FTS) {bulk['bare_bytes'] / 2**20:.1f} MB",
        f"search results          {search['queries']} queries,"
        f" {len(search['results_differing_from_bare'])} differing from bare"
        + (f": {search['results_differing_from_bare'][:5]}"
           if search["results_differing_from_bare"] else ""),
        "search p95 by kind      " + ", ".join(
            f"{k} {v['p95_ms']:.1f}" for k, v in search["by_kind"].items()) + " (ms)",
        "slowest queries         " + "; ".join(
            f"{r['query']!r} {r['ms']:.1f} ms ({r['hits']} hits, bare {r['bare_ms']:.1f})"
            for r in search["slowest"][:3]),
        f"wall time               {result['wall_s']:.0f} s",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=None,
                        help="records in the benchmark vault (default 100000)")
    parser.add_argument("--quick", action="store_true", help="5000 records unless --records")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    records = args.records or (5000 if args.quick else 100_000)
    if records < 10:
        parser.error("--records must be at least 10")
    result = run(records)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(summary(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
