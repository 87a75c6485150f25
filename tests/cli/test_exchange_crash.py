"""kill -9 during a large import: afterwards the supervisor's vault opens, verifies clean
and holds either none or all of the bundle, never a part of it.

The child imports through the real API with a small page cache, so the transaction's
pages spill into the write-ahead log long before it commits; the parent kills it once the
log has grown well into the import, which is well before the commit.
"""

from __future__ import annotations

import io
import os
import select
import time
from pathlib import Path

import pytest
from cli_harness import ChildLines, Cli, kill_9, running_child

_IMPORTER = """
import os, sys
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.preview import preview_bundle
from testimony_app.vault import Vault

with Vault.open(sys.argv[1], os.environ["TESTIMONY_PASSPHRASE"]) as vault:
    vault._conn.execute("PRAGMA cache_size = -1000")
    preview = preview_bundle(vault, sys.argv[2])
    print("importing", flush=True)
    import_bundle(vault, sys.argv[2], preview=preview)
print("finished", flush=True)
"""
RECORDS, AUDIO = 300, 24 * 1024 * 1024


@pytest.fixture
def bundle(tmp_path, passphrase):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
    from exchange_parties import supervisor_key, supervisor_with

    from testimony_app.demo import demo_records
    from testimony_app.exchange.seal import export_bundle

    sup, (res,) = supervisor_with(tmp_path / "vaults", "Researcher")
    res.add_many(demo_records(RECORDS, seed=2))
    ids = [s.id for s in res.list_records(limit=3)]
    for rid in ids:
        res.attach(rid, io.BytesIO(os.urandom(AUDIO)), name="interview.ogg")
    path = tmp_path / "big.tbundle"
    export_bundle(res, [supervisor_key(res)], path)
    res.close()
    sup_path = sup.path
    sup.close()
    return sup_path, path


def test_kill_9_during_large_import_is_all_or_nothing(tmp_path, passphrase, bundle):
    from testimony_app.exchange.merge import import_bundle
    from testimony_app.vault import Vault

    sup_path, path = bundle
    cli = Cli(tmp_path / "machine", passphrase)
    wal = Path(f"{sup_path}-wal")
    with running_child(_IMPORTER, str(sup_path), str(path), env=cli.env()) as child:
        reader = ChildLines(child)
        deadline = time.monotonic() + 120
        assert reader.next_line(deadline) == "importing", child.stderr.read().decode()
        start = wal.stat().st_size if wal.exists() else 0
        # Wait (on the child's output, or the log's growth) until the import has written
        # a third of the audio into the log, then pull the plug.
        while (wal.stat().st_size if wal.exists() else 0) < start + AUDIO:
            assert time.monotonic() < deadline, "the import did not progress"
            ready, _, _ = select.select([child.stdout], [], [], 0.005)
            assert not (ready and child.poll() is not None), "the child ended early"
        kill_9(child)

    with Vault.open(sup_path, passphrase) as vault:
        count = vault.count()
        imports = vault._conn.execute("SELECT count(*) FROM imports").fetchone()[0]
        files = vault._conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
        revisions = vault._conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
        indexed = vault._conn.execute("SELECT count(*) FROM search").fetchone()[0]
        assert (count, imports, files, revisions, indexed) == (0, 0, 0, 0, 0)
        assert vault.verify() == []
        # The same bundle imports whole afterwards.
        result = import_bundle(vault, path)
        assert result.applied and vault.count() == RECORDS
        assert vault._conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 3
        assert vault.verify() == []
