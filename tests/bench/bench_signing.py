"""Benchmark of revision signatures: what signing costs bulk add, and what checking the
signatures costs an import, each as a share of that work measured in the same run (the
bare side is the whole add or import; the figure is the signature work alone, over the
same revisions with the same key).

    .venv/bin/python tests/bench/bench_signing.py              # 5 000 records
    .venv/bin/python tests/bench/bench_signing.py --records 2000 --json

Figures are marked PASS or SHORT (target: at most 5% of the work), never asserted. The
vaults are written to one temporary folder that is removed at the end; only fictional
demo records are used.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from report import Figure, table

from testimony_app.demo import demo_records
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.seal import export_bundle
from testimony_app.vault import signatures

SEED = 17032017
SHARE = 0.05  # signing may cost at most 5% of bulk add, checking at most 5% of an import


def figures(work: Path, records: int) -> tuple[list[Figure], dict]:
    from bench_exchange import log, parties

    sup, res, recipient = parties(work)
    try:
        docs = list(demo_records(records, seed=SEED))
        log(f"signing: add_many of {records} records, each revision signed")
        start = time.perf_counter()
        res.add_many(docs)
        add_s = time.perf_counter() - start
        rows = res._conn.execute("SELECT s.hash, s.signature FROM revision_signatures s"
                                 ).fetchall()
        hashes = [h for h, _ in rows]
        start = time.perf_counter()
        for digest in hashes:
            signatures.sign(res.identity, digest)
        sign_s = time.perf_counter() - start
        export_bundle(res, [recipient], work / "b.tbundle")
        log("signing: import (preview, then merge), every signature checked")
        start = time.perf_counter()
        import_bundle(sup, work / "b.tbundle")
        import_s = time.perf_counter() - start
        key = res.identity.public_key
        start = time.perf_counter()
        for digest, sig in rows:
            signatures.verifies(key, digest, bytes(sig))
        verify_s = time.perf_counter() - start
    finally:
        sup.close()
        res.close()
    found = [
        Figure("signing alone, bare = bulk add that signs", "s", sign_s, add_s,
               "ratio<=", SHARE),
        Figure("checking signatures alone, bare = import that checks", "s", verify_s,
               import_s, "ratio<=", SHARE),
        Figure("bulk add with signing", "records/s", records / add_s, None),
        Figure("import with signature checks", "records/s", records / import_s,
               None),
    ]
    return found, {"records": len(hashes), "add_s": add_s, "sign_s": sign_s,
                   "import_s": import_s, "verify_s": verify_s}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="testimony-bench-signing-") as tmp:
        found, details = figures(Path(tmp), args.records)
    if args.json:
        print(json.dumps({"figures": [f.to_json() for f in found], "details": details},
                         indent=2))
    else:
        print(table(found))
        print(json.dumps(details))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    sys.exit(main())
