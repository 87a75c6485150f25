"""Interop with the stock `sqlcipher` command-line tool: the data is not locked in.

The vault is SQLCipher 4 with default settings, so the stock SQLCipher 4 tool opens it
with `PRAGMA key` alone. (Debian 12's own package is SQLCipher 3.4, which cannot read
SQLCipher 4 at all; .ci/run installs 4.6 from Debian's bookworm-backports.)
"""

from __future__ import annotations

import os
import subprocess

import pytest
from cli_harness import Cli, root_conftest, with_vault


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def _tool(tool: str, database, *statements: str) -> subprocess.CompletedProcess:
    script = "".join(f"{s};\n" for s in statements)
    return subprocess.run([tool, str(database)], input=script, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture
def sqlcipher_tool(request) -> str:
    tool = root_conftest(request.config).require_tool("sqlcipher")
    probe = _tool(tool, ":memory:", "PRAGMA cipher_version")
    version = probe.stdout.strip()
    if not version[:1].isdigit() or int(version.split(".")[0]) < 4:
        message = f"the sqlcipher tool is {version or 'unknown'}; SQLCipher 4 is needed"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return tool


@pytest.fixture
def filled(tmp_path, passphrase) -> Cli:
    cli = with_vault(Cli(tmp_path, passphrase))
    cli.ok("demo", "--count", "7")
    return cli


def _lines(proc: subprocess.CompletedProcess) -> list[str]:
    # SQLCipher 4.6 answers `PRAGMA key` with "ok"; older 4.x prints nothing.
    return [line for line in proc.stdout.split() if line != "ok"]


def test_stock_sqlcipher_tool_reads_the_vault(filled, sqlcipher_tool):
    count_records = "SELECT count(*) FROM records"
    proc = _tool(sqlcipher_tool, filled.vault, f"PRAGMA key = {_quote(filled.passphrase)}",
                 count_records, "SELECT code FROM records ORDER BY code LIMIT 1")
    assert proc.returncode == 0, proc.stderr
    assert _lines(proc) == ["7", "DEMO-MOS-0001"]


def test_stock_sqlcipher_tool_refuses_a_wrong_or_missing_key(filled, sqlcipher_tool):
    count_records = "SELECT count(*) FROM records"
    wrong = _tool(sqlcipher_tool, filled.vault, f"PRAGMA key = {_quote('not the passphrase')}",
                  count_records)
    assert wrong.returncode != 0
    assert "is not a database" in wrong.stderr
    assert "7" not in _lines(wrong)

    no_key = _tool(sqlcipher_tool, filled.vault, count_records)
    assert no_key.returncode != 0 and "7" not in _lines(no_key)
