"""The audit log and `verify`: every change is an event in a hash chain, and tampering with
the chain, its end or a revision body is reported.

Tampering is done the way an insider would: through a raw SQLCipher connection opened
with the passphrase, outside the Vault class.
"""

from __future__ import annotations

import io
import json
import random
import shutil
from contextlib import contextmanager

import pytest
import sqlcipher3

from testimony_app.demo import demo_record
from testimony_app.messages import Message
from testimony_app.vault import Vault, VaultError

PASSPHRASE = "correct horse battery staple ' quoted كلمة سر"
NEW_PASSPHRASE = "lantern orbit velvet quarry mosaic thistle"


@contextmanager
def raw(path, passphrase=PASSPHRASE):
    """A plain SQLCipher connection, bypassing the Vault class (as a tamperer would)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        yield conn
    finally:
        conn.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A closed vault that went through every kind of event (built once per module)."""
    folder = tmp_path_factory.mktemp("audit")
    path = folder / "busy.vault"
    with Vault.create(path, PASSPHRASE, code_prefix="MOS") as v:
        draft = v.add({"answers": {"account": {"narrative_original": "first"}}})
        doc = draft.to_json()
        doc["answers"]["account"]["narrative_original"] = "second"
        v.save(draft.id, doc)
        record = v.add(demo_record(1, random.Random(7)))
        doc = record.to_json()
        doc["answers"]["account"]["observations"] = "consistent"
        v.save(record.id, doc, reason="observations added")
        att = v.attach(record.id, io.BytesIO(b"photo bytes"), name="p.jpg")
        v.export_attachment(att.id, folder / "exported.jpg")
        v.delete(draft.id)
        v.change_passphrase(NEW_PASSPHRASE)
        v.change_passphrase(PASSPHRASE)
    assert not path.with_name("busy.vault-wal").exists()  # closed cleanly: one file
    return path, record.id


@pytest.fixture
def busy(template, tmp_path):
    """A private copy of the template vault for a test to tamper with: (path, record id)."""
    source, record_id = template
    path = tmp_path / source.name
    shutil.copyfile(source, path)
    return path, record_id


def open_vault(path):
    return Vault.open(path, PASSPHRASE)


def test_every_kind_of_event_is_logged(busy):
    path, record_id = busy
    with open_vault(path) as v:
        events = v.audit_events()
        assert [e.action for e in events] == [
            "vault_create", "create", "save", "create", "amend", "attach", "amend", "export",
            "delete", "passphrase_change", "passphrase_change"]
        assert [e.seq for e in events] == list(range(1, 12))
        assert all(e.actor == v.identity.fingerprint for e in events)
        assert [e.action for e in v.audit_events(record_id)] == [
            "create", "amend", "attach", "amend", "export"]
        amend = events[4]
        assert amend.detail["parent"] == v.history(record_id)[0].hash
        assert amend.detail["revision"] == v.history(record_id)[1].hash


def test_audit_details_hold_no_testimony(busy):
    path, _ = busy
    with open_vault(path) as v:
        for event in v.audit_events():
            text = json.dumps(event.detail, ensure_ascii=False)
            for word in ("first", "second", "consistent", "p.jpg", "FICTIONAL", "Sara"):
                assert word not in text, (event.action, text)


def test_healthy_vault_verifies(busy):
    path, _ = busy
    with open_vault(path) as v:
        assert v.verify() == []


def test_edited_audit_detail_is_reported(busy):
    path, _ = busy
    with raw(path) as conn:
        conn.execute("UPDATE audit SET detail = '{\"status\":\"draft\"}' WHERE seq = 4")
    with open_vault(path) as v:
        assert Message("verify.audit_altered", entry=4) in v.verify()


def test_edited_audit_action_is_reported(busy):
    path, _ = busy
    with raw(path) as conn:
        conn.execute("UPDATE audit SET action = 'save' WHERE action = 'delete'")
    with open_vault(path) as v:
        assert Message("verify.audit_altered", entry=9) in v.verify()


def test_deleted_middle_audit_entry_is_reported(busy):
    path, _ = busy
    with raw(path) as conn:
        conn.execute("DELETE FROM audit WHERE seq = 5")
    with open_vault(path) as v:
        problems = v.verify()
    assert Message("verify.audit_missing", entry=5) in problems
    assert Message("verify.audit_unlinked", entry=6) in problems


def test_renumbered_chain_after_deletion_is_still_reported(busy):
    # Closing the gap by renumbering still breaks the hashes that cover `seq` and `prev`.
    path, _ = busy
    with raw(path) as conn:
        conn.execute("DELETE FROM audit WHERE seq = 5")
        conn.execute("UPDATE audit SET seq = seq - 1 WHERE seq > 5")
    with open_vault(path) as v:
        assert any(p.params.get("entry") == 5 for p in v.verify())


def test_deleted_last_audit_entry_is_reported(busy):
    path, _ = busy
    with raw(path) as conn:
        conn.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    with open_vault(path) as v:
        assert v.verify() == [Message("verify.audit_cut")]


def test_no_write_re_signs_a_cut_audit_log(busy):
    path, record_id = busy
    with raw(path) as conn:
        conn.execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    with open_vault(path) as v:
        before = v.audit_count()
        doc = v.get(record_id).to_json()
        doc["answers"]["account"]["observations"] = "changed after the cut"
        with pytest.raises(VaultError, match="audit log was changed outside Testimony"):
            v.save(record_id, doc, reason="would hide the cut")
        assert v.audit_count() == before
        assert v.get(record_id).answers["account"]["observations"] == "consistent"
        assert Message("verify.audit_cut") in v.verify()


def test_forged_audit_head_is_reported(busy):
    # Cutting entries off and rewriting the head to match needs the signature too.
    path, _ = busy
    with raw(path) as conn:
        seq, digest = conn.execute(
            "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1 OFFSET 1").fetchone()
        conn.execute("DELETE FROM audit WHERE seq > ?", (seq,))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{seq}:{digest}",))
    with open_vault(path) as v:
        assert v.verify() == [Message("verify.audit_head")]


def test_edited_revision_body_is_reported(busy):
    path, record_id = busy
    with raw(path) as conn:
        digest, body = conn.execute(
            "SELECT hash, body FROM revisions WHERE record_id = ? AND number = 1",
            (record_id,)).fetchone()
        forged = bytes(body).replace(b'"witness_type":"survivor"', b'"witness_type":"hearsay"')
        assert forged != bytes(body)
        conn.execute("UPDATE revisions SET body = ? WHERE hash = ?", (forged, digest))
    with open_vault(path) as v:
        assert v.verify() == [Message("verify.revision_hash", revision=digest[:12])]
        assert v.get(record_id, revision=1).answers["interview"]["witness_type"] == "hearsay"


def test_edited_attachment_chunk_is_reported(busy):
    path, _ = busy
    with raw(path) as conn:
        att_id = conn.execute("SELECT id FROM attachments").fetchone()[0]
        conn.execute("UPDATE attachment_chunks SET data = ? WHERE attachment_id = ?",
                     (b"other bytes", att_id))
    with open_vault(path) as v:
        assert v.verify() == [Message("verify.attachment", attachment=att_id)]


def test_record_pointing_at_missing_revision_is_reported(busy):
    path, record_id = busy
    with raw(path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        head = conn.execute("SELECT head FROM records WHERE id = ?", (record_id,)).fetchone()[0]
        conn.execute("DELETE FROM revisions WHERE hash = ?", (head,))
    with open_vault(path) as v:
        assert Message("verify.missing_head", record=record_id) in v.verify()


def test_verify_runs_the_encryption_and_database_checks(vault):
    # A healthy vault gives no lines from either check (both would be listed as problems).
    assert vault._conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert vault._conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert vault.verify() == []
