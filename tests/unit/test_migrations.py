"""Schema migrations: a vault made by an older Testimony opens and upgrades in place; a vault
made by a newer one is refused rather than damaged.

The schema-1 vault is built by hand the way schema-1 code wrote it (tables of migration 1
only, identity, meta, a record with its revision and a signed audit log): no search index.
"""

from __future__ import annotations

import hashlib
import uuid

import pytest

from testimony_app.form import current_form
from testimony_app.vault import NotAVault, Vault, audit, schema
from testimony_app.vault.connection import connect
from testimony_app.vault.identity import load_identity, new_keypair
from testimony_app.vault.records import revision_body

PASSPHRASE = "correct horse battery staple ' quoted كلمة سر"
AT = "2024-05-01T09:00:00.000Z"
ANSWERS = {
    "interview": {"code": "MOS-0001", "incident_ref": "MOS-2017-03-17"},
    "witness": {"pseudonym": "Witness A",
                "full_name": {"given": "فاطمة", "family": "الطائي",
                              "latin": {"given": "Fatima", "family": "al-Tai"}}},
    "account": {"narrative_original": "سقطت القنبلة على سطح البيت"},
}


def make_v1_vault(path) -> str:
    """A schema-1 vault with one draft record; returns the record id."""
    conn = connect(path, PASSPHRASE, create=True)
    try:
        assert schema.migrate(conn, target=1) == 0
        assert schema.current_version(conn) == 1
        private, public = new_keypair()
        identity = load_identity(private, public)
        form = current_form()
        record_id = str(uuid.uuid4())
        digest, body = revision_body(
            record_id=record_id, parent=None, number=1, form=form, status="draft",
            reason=None, author=identity.fingerprint, author_name="Hana", created_at=AT,
            answers=ANSWERS, marks=[])
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO identity (id, private_key, public_key, created_at)"
                     " VALUES (1, ?, ?, ?)", (private, public, AT))
        for key, value in (("app", "testimony-vault"), ("vault_id", str(uuid.uuid4())),
                           ("created_at", AT), ("researcher_name", "Hana"),
                           ("code_prefix", "MOS"), ("code_counter", "1"),
                           ("pseudonym:MOS-2017-03-17", "1")):
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
        conn.execute(
            "INSERT INTO records (id, form_id, form_version, status, head, created_at,"
            " updated_at, code, title, incident_date, researcher)"
            " VALUES (?, ?, ?, 'draft', ?, ?, ?, 'MOS-0001', 'فاطمة الطائي', '', '')",
            (record_id, form.id, form.version, digest, AT, AT))
        conn.execute(
            "INSERT INTO revisions (hash, record_id, parent, number, status, reason, author,"
            " author_name, created_at, body) VALUES (?, ?, NULL, 1, 'draft', NULL, ?, ?, ?, ?)",
            (digest, record_id, identity.fingerprint, "Hana", AT, body))
        # The audit log and its signed head, as the vault keeps them.
        for action, subject, detail in (
            ("vault_create", None, {}),
            ("create", record_id, {"revision": digest, "status": "draft"}),
        ):
            audit.append(conn, at=AT, actor=identity.fingerprint, action=action,
                         subject=subject, detail=detail)
        count, head = audit.head(conn)
        signature = identity.sign(audit.head_statement(count, head)).hex()
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)",
                         [("audit_head", f"{count}:{head}"), ("audit_head_sig", signature)])
        conn.execute("COMMIT")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "search" not in tables  # schema 1 had no index
    finally:
        conn.close()
    return record_id


@pytest.fixture
def v1_vault(tmp_path):
    path = tmp_path / "old.vault"
    return path, make_v1_vault(path)


def test_schema_1_vault_upgrades_on_open(v1_vault):
    path, record_id = v1_vault
    with Vault.open(path, PASSPHRASE) as v:
        assert schema.current_version(v._conn) == schema.LATEST
        assert v._conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        record = v.get(record_id)
        assert record.answers == ANSWERS
        assert (record.number, record.author_name, record.created_at) == (1, "Hana", AT)
        assert v.verify() == []


def test_migration_indexes_existing_records(v1_vault):
    path, record_id = v1_vault
    with Vault.open(path, PASSPHRASE) as v:
        for query in ("فاطمه", "fatima", "al-tai", "القنبلة"):
            assert [s.id for s in v.search(query)] == [record_id], query
        assert v.search("Ahmad") == []


def test_upgraded_vault_keeps_working(v1_vault):
    path, record_id = v1_vault
    with Vault.open(path, PASSPHRASE) as v:
        doc = v.get(record_id).to_json()
        doc["answers"]["account"]["narrative_original"] = "the roof collapsed"
        saved = v.save(record_id, doc)
        assert saved.parent == v.history(record_id)[0].hash
        new = v.add({"answers": {"interview": {"incident_ref": "MOS-2017-03-17"}}})
        # Counters carried over from schema 1: no code or pseudonym is handed out twice.
        assert new.answers["interview"]["code"] == "MOS-0002"
        assert new.answers["witness"]["pseudonym"] == "Witness B"
        assert [s.id for s in v.search("roof")] == [record_id]
        assert v.verify() == []
    with Vault.open(path, PASSPHRASE) as again:  # a second open migrates nothing
        assert schema.current_version(again._conn) == schema.LATEST
        assert again.count() == 2


def test_migrating_twice_is_a_no_op(tmp_path):
    path = tmp_path / "fresh.vault"
    Vault.create(path, PASSPHRASE, code_prefix="MOS").close()
    conn = connect(path, PASSPHRASE)
    try:
        assert schema.migrate(conn) == schema.LATEST
        assert schema.current_version(conn) == schema.LATEST
    finally:
        conn.close()


def test_vault_from_a_newer_testimony_is_refused(tmp_path):
    path = tmp_path / "future.vault"
    Vault.create(path, PASSPHRASE, code_prefix="MOS").close()
    conn = connect(path, PASSPHRASE)
    conn.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    conn.close()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(NotAVault, match="newer Testimony") as info:
        Vault.open(path, PASSPHRASE)
    assert f"schema {schema.LATEST + 1}" in str(info.value)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    conn = connect(path, PASSPHRASE)
    try:
        assert schema.current_version(conn) == schema.LATEST + 1  # not downgraded
    finally:
        conn.close()



def test_schema_5_vault_is_reindexed_and_learns_its_authors(v1_vault):
    """A vault indexed by schema-5 code (folded words only) gets the terms of schema 7
    (the article stripped, name skeletons) and each record its first revision's author."""
    from testimony_app.form import fold
    from testimony_app.vault.search import match_expression, searchable_texts

    path, record_id = v1_vault
    conn = connect(path, PASSPHRASE)
    try:
        schema.migrate(conn, target=5)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO search (search) VALUES ('delete-all')")
        old_text = fold(" ".join(searchable_texts(current_form(), ANSWERS)))  # schema 5's
        conn.execute("INSERT INTO search (rowid, text) SELECT -rowid, ? FROM records",
                     (old_text,))
        conn.execute("COMMIT")
        old = "SELECT count(*) FROM search WHERE search MATCH ?"
        assert conn.execute(old, (match_expression("قنبلة"),)).fetchone()[0] == 0
        assert conn.execute(old, (match_expression("Fatma"),)).fetchone()[0] == 0
    finally:
        conn.close()
    with Vault.open(path, PASSPHRASE) as v:
        assert schema.current_version(v._conn) == schema.LATEST
        for query in ("قنبلة", "بالقنبلة", "Fatma", "طائي", "فاطمه"):
            assert [s.id for s in v.search(query)] == [record_id], query
        [researcher] = v.researchers()
        assert (researcher.fingerprint, researcher.name) == (v.identity.fingerprint, "Hana")
        assert v.verify() == []
