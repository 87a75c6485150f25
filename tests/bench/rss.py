"""Resident memory of a real `testimony` CLI process against the big vault, and of a bare
python process doing the same reads with plain sqlcipher3.

Each child reads its own /proc/self/status at the end (VmHWM = peak, VmRSS = current) and
prints one `BENCH-RSS {json}` line on stderr. The passphrase goes through a 0600 file in the
benchmark's temporary folder, never on a command line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

_REPORT = r'''
def _report(extra):
    import json, sys
    mem = {}
    with open("/proc/self/status") as fh:
        for line in fh:
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                mem[key] = int(value.split()[0])  # kB
    mem.update(extra)
    print("BENCH-RSS " + json.dumps(mem), file=sys.stderr)
'''

# The CLI exactly as a user runs it: `testimony list --limit 100`, then `testimony search`.
CLI_SCRIPT = _REPORT + r'''
import sys
from testimony_app.cli import main
vault, phrase_file, query = sys.argv[1:4]
common = ["--vault", vault, "--passphrase-file", phrase_file]
codes = [main(common + ["list", "--limit", "100"]), main(common + ["search", query])]
_report({"codes": codes})
'''

# The floor: an interpreter, sqlcipher3, the key, and the same three reads.
BARE_SCRIPT = _REPORT + r'''
import sys
import sqlcipher3
vault, phrase_file, expression = sys.argv[1:4]
phrase = open(phrase_file, encoding="utf-8").read().splitlines()[0]
conn = sqlcipher3.connect(vault, isolation_level=None)
conn.execute("PRAGMA key = '" + phrase.replace("'", "''") + "'")
conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
for pragma in ("temp_store = MEMORY", "secure_delete = ON", "cipher_memory_security = ON",
               "journal_mode = WAL"):
    conn.execute("PRAGMA " + pragma)
count = conn.execute("SELECT count(*) FROM records").fetchone()[0]
listed = conn.execute("SELECT rowid, id, code, title, status, incident_date, researcher,"
                      " updated_at FROM records ORDER BY rowid DESC LIMIT 100").fetchall()
found = conn.execute("SELECT r.rowid, r.id, r.code, r.title FROM search"
                     " JOIN records r ON r.rowid = search.rowid WHERE search MATCH ?"
                     " ORDER BY search.rowid DESC LIMIT 100", (expression,)).fetchall()
conn.close()
_report({"codes": [0, 0], "count": count, "listed": len(listed), "found": len(found)})
'''


def _child_env() -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TESTIMONY_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def measure(script: str, vault: Path, phrase_file: Path, arg: str,
            timeout: float = 300) -> dict:
    """Run one child; returns {"VmHWM": kB, "VmRSS": kB, "codes": [...], ...}."""
    proc = subprocess.run(
        [sys.executable, "-c", script, str(vault), str(phrase_file), arg],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        env=_child_env(), timeout=timeout, check=False, text=True,
    )
    for line in reversed(proc.stderr.splitlines()):
        if line.startswith("BENCH-RSS "):
            result = json.loads(line[len("BENCH-RSS "):])
            if proc.returncode != 0 or any(result.get("codes", [])):
                raise RuntimeError(f"child failed ({proc.returncode}, {result}): "
                                   f"{proc.stderr[-500:]}")
            return result
    raise RuntimeError(f"child reported no memory figures (exit {proc.returncode}): "
                       f"{proc.stderr[-500:]}")


def write_phrase_file(folder: Path, passphrase: str) -> Path:
    path = folder / "passphrase.txt"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(passphrase + "\n")
    return path
