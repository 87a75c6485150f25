"""Where Vault.add_many spends its time: cProfile over N demo records (default 5000) into a
fresh vault in a temporary folder, sorted by cumulative time.

    python tests/bench/profile_add.py [N] [--top 40]

For finding hot spots when the bulk-add figure is SHORT; it only reads and prints.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import tempfile
import time
from pathlib import Path

from testimony_app.demo import demo_records
from testimony_app.vault import Vault

PASSPHRASE = "bench-only harbour lantern copper meadow 2017"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("records", type=int, nargs="?", default=5000)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--sort", default="cumtime", help="pstats sort key (tottime, ...)")
    args = parser.parse_args()
    docs = list(demo_records(args.records, seed=17032017))
    with tempfile.TemporaryDirectory(prefix="testimony-profile-") as tmp:
        vault = Vault.create(Path(tmp) / "p.vault", PASSPHRASE, code_prefix="MOS",
                              check_strength=False)
        profiler = cProfile.Profile()
        start = time.perf_counter()
        profiler.enable()
        vault.add_many(docs)
        profiler.disable()
        elapsed = time.perf_counter() - start
        vault.close()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats(args.sort).print_stats(args.top)
    print(f"add_many of {args.records} records: {elapsed:.2f} s under the profiler "
          f"({args.records / elapsed:.0f} records/s)")
    print(out.getvalue())


if __name__ == "__main__":
    main()
