"""A full disk mid-write: one clear sentence, and the vault exactly as it was.

SQLite reports a full disk and a reached `max_page_count` with the same error
(SQLITE_FULL), so capping the page count exercises the real rollback path.
"""

from __future__ import annotations

import io
import os

import pytest

from testimony_app.vault import StorageFull, Vault


def _state(v: Vault):
    return (v.count(), [r.id for r in v.list_records()], v.audit_count(),
            [h.hash for r in v.list_records() for h in v.history(r.id)])


def test_attach_on_full_disk_changes_nothing(vault: Vault, sample_doc):
    record = vault.add(sample_doc)
    before = _state(vault)
    pages = vault._conn.execute("PRAGMA page_count").fetchone()[0]
    vault._conn.execute(f"PRAGMA max_page_count = {pages + 8}")
    with pytest.raises(StorageFull) as err:
        vault.attach(record.id, io.BytesIO(os.urandom(2 * 1024 * 1024)), name="audio.ogg")
    assert str(err.value).startswith("The disk is full: nothing was saved")
    assert _state(vault) == before
    assert vault.get(record.id).attachments == []
    assert vault.verify() == []


def test_bulk_add_on_full_disk_keeps_whole_batches(vault: Vault, sample_doc):
    from testimony_app.demo import demo_records

    pages = vault._conn.execute("PRAGMA page_count").fetchone()[0]
    vault._conn.execute(f"PRAGMA max_page_count = {pages + 400}")
    with pytest.raises(StorageFull):
        vault.add_many(demo_records(3000, seed=3), batch=100)
    count = vault.count()
    assert count % 100 == 0 and count < 3000
    for summary in vault.list_records(limit=count):
        assert vault.get(summary.id).revision
    vault._conn.execute("PRAGMA max_page_count = 1073741823")
    assert vault.verify() == []
