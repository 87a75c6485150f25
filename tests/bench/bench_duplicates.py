"""Benchmark of the duplicate-witness search over a whole vault (`vault_candidates`, what
the supervisor's "Possible duplicates" window and `testimony duplicates` run), next to a
bare sqlcipher3 read of the same head revisions (read and JSON-parse every body: the
floor any search over all witnesses pays), with the peak memory of each.

    .venv/bin/python tests/bench/bench_duplicates.py                    # 10 000 and 100 000
    .venv/bin/python tests/bench/bench_duplicates.py --records 10000 --keep /tmp/dups

Each size runs in its own process, so its peak resident memory (VmHWM) is its own. The
vaults hold fictional demo records only and are built in a temporary folder that is
removed at the end, unless --keep names a folder to build them in (and reuse them from).
Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "bench-only harbour lantern copper meadow 2017"
SEED = 17032017


def _peak_kib() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def build(path: Path, records: int) -> None:
    from testimony_app.demo import demo_records
    from testimony_app.vault import Vault

    vault = Vault.create(path, PASSPHRASE, researcher_name="Bench", code_prefix="BEN",
                         check_strength=False)
    try:
        vault.add_many(demo_records(records, seed=SEED, code_prefix="BEN"), batch=1000)
    finally:
        vault.close()


def measure_search(path: Path) -> dict:
    """Child process: open the vault, time the whole candidate search."""
    from testimony_app.exchange import duplicates as dup
    from testimony_app.vault import Vault

    vault = Vault.open(path, PASSPHRASE)
    try:
        start = time.perf_counter()
        found = dup.vault_candidates(vault)
        seconds = time.perf_counter() - start
    finally:
        vault.close()
    return {"seconds": seconds, "shown": len(found), "peak_mib": _peak_kib() / 1024}


def measure_bare(path: Path) -> dict:
    """Child process: the same head bodies read and parsed with plain sqlcipher3."""
    import baseline

    conn = baseline.open_db(path, PASSPHRASE)
    try:
        start = time.perf_counter()
        rows = conn.execute("SELECT v.body FROM records r JOIN revisions v ON v.hash = r.head")
        count = sum(1 for body, in rows if json.loads(body)["answers"])
        seconds = time.perf_counter() - start
    finally:
        conn.close()
    return {"seconds": seconds, "records": count, "peak_mib": _peak_kib() / 1024}


def _child(what: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", what, str(path)],
                         check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", default="10000,100000", help="comma-separated sizes")
    parser.add_argument("--keep", type=Path, help="build (or reuse) the vaults here")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        what, path = args.child
        result = (measure_search if what == "search" else measure_bare)(Path(path))
        print(json.dumps(result))
        return 0
    with tempfile.TemporaryDirectory(prefix="testimony-bench-dups-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        rows = []
        for records in (int(n) for n in args.records.split(",")):
            path = folder / f"demo-{records}.vault"
            if not path.exists():
                print(f"building {records} demo records…", file=sys.stderr, flush=True)
                build(path, records)
            bare, ours = _child("bare", path), _child("search", path)
            rows.append({"records": records, "search_s": ours["seconds"],
                         "bare_read_s": bare["seconds"],
                         "ratio": ours["seconds"] / bare["seconds"],
                         "shown": ours["shown"], "search_peak_mib": ours["peak_mib"],
                         "bare_peak_mib": bare["peak_mib"]})
            r = rows[-1]
            print(f"{records:>8} records: candidate search {r['search_s']:.1f} s, bare read "
                  f"{r['bare_read_s']:.1f} s ({r['ratio']:.1f}x); peak {r['search_peak_mib']:.0f}"
                  f" MiB vs bare {r['bare_peak_mib']:.0f} MiB; {r['shown']} pairs shown",
                  flush=True)
    print(json.dumps(rows))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main())
