"""Interop with the stock `sqlcipher` command-line tool: data is not locked in.

The vault is SQLCipher 4 with default settings, so a SQLCipher 4 tool opens it with
`PRAGMA key` alone. Debian 12 ships SQLCipher 3.4, which cannot read SQLCipher 4 pages at
all (it knows neither HMAC-SHA512 nor `cipher_compatibility`); there the way out is a
copy in SQLCipher 3 format, written by SQLCipher's own `sqlcipher_export` under the same
passphrase, which the stock 3.4 tool then opens. Either way: the right passphrase gives
the right record count, a wrong one gives nothing.
"""

from __future__ import annotations

import subprocess

import pytest
from cli_harness import Cli, root_conftest, with_vault


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def _tool(tool: str, database, *statements: str) -> subprocess.CompletedProcess:
    script = "".join(f"{s};\n" for s in statements)
    return subprocess.run([tool, str(database)], input=script, capture_output=True,
                          text=True, timeout=120)


def _tool_major_version(tool: str) -> int:
    proc = _tool(tool, ":memory:", "PRAGMA key = 'probe'", "PRAGMA cipher_version")
    assert proc.returncode == 0 and proc.stdout.strip(), proc.stderr
    return int(proc.stdout.split()[0].split(".")[0])


@pytest.fixture
def sqlcipher_tool(request) -> str:
    return root_conftest(request.config).require_tool("sqlcipher")


@pytest.fixture
def filled(tmp_path, passphrase) -> Cli:
    cli = with_vault(Cli(tmp_path, passphrase))
    cli.ok("demo", "--count", "7")
    return cli


def _sqlcipher3_copy(cli: Cli, tmp_path):
    """The vault copied into SQLCipher 3 format with the same passphrase."""
    import sqlcipher3

    copy = tmp_path / "copy-sqlcipher3.db"
    conn = sqlcipher3.connect(str(cli.vault), isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = {_quote(cli.passphrase)}")
        conn.execute(f"ATTACH DATABASE ? AS legacy KEY {_quote(cli.passphrase)}", (str(copy),))
        conn.execute("PRAGMA legacy.cipher_compatibility = 3")
        conn.execute("SELECT sqlcipher_export('legacy')")
        conn.execute("DETACH DATABASE legacy")
    finally:
        conn.close()
    return copy


def test_stock_sqlcipher_tool_reads_the_vault(filled, tmp_path, sqlcipher_tool):
    major = _tool_major_version(sqlcipher_tool)
    count_records = "SELECT count(*) FROM records"
    key = f"PRAGMA key = {_quote(filled.passphrase)}"
    if major >= 4:
        target = filled.vault
    else:
        # SQLCipher 3 cannot read the vault itself, whatever settings it is given...
        refused = _tool(sqlcipher_tool, filled.vault, key, "PRAGMA cipher_page_size = 4096",
                        "PRAGMA kdf_iter = 256000", count_records)
        assert "is not a database" in refused.stderr
        # ...but reads a SQLCipher 3 copy, made by SQLCipher, under the same passphrase.
        target = _sqlcipher3_copy(filled, tmp_path)

    proc = _tool(sqlcipher_tool, target, key, count_records,
                 "SELECT code FROM records ORDER BY code LIMIT 1")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["7", "DEMO-0001"]

    wrong = _tool(sqlcipher_tool, target, f"PRAGMA key = {_quote('not the passphrase')}",
                  count_records)
    assert wrong.returncode != 0
    assert "is not a database" in wrong.stderr
    assert "7" not in wrong.stdout

    no_key = _tool(sqlcipher_tool, target, count_records)
    assert no_key.returncode != 0 and "7" not in no_key.stdout
