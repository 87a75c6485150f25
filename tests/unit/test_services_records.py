"""services.vaults, services.records, services.editing and services.attachments on real
vaults: the vault's life, records and their history, the editor's session, attachments."""

from __future__ import annotations

import stat

import pytest
from environment import PASSPHRASE

from testimony_app.form import current_form
from testimony_app.services import attachments, editing, records, vaults
from testimony_app.vault import (
    RecordNotFound,
    VaultError,
    VaultExists,
    WrongPassphrase,
)

NEW_PASSPHRASE = "orbit candle meadow velvet harbour signal"


def test_the_vault_path_is_the_one_given_else_the_environment_else_the_default(
        monkeypatch, tmp_path):
    monkeypatch.delenv("TESTIMONY_VAULT", raising=False)
    default = vaults.default_vault_path()
    assert default.name == "testimony.vault" and "Testimony" in str(default)
    assert vaults.vault_path() == default
    monkeypatch.setenv("TESTIMONY_VAULT", "~/field/mosul.vault")
    assert vaults.vault_path() == tmp_path.home() / "field" / "mosul.vault"
    assert vaults.vault_path(tmp_path / "given.vault") == tmp_path / "given.vault"


def test_a_vault_is_created_private_and_never_over_a_file(tmp_path):
    path = tmp_path / "new" / "folder" / "a.vault"
    asked = []

    def phrase() -> str:
        asked.append(True)
        return PASSPHRASE

    with vaults.create_vault(path, phrase, researcher_name="R", code_prefix="mos") as vault:
        assert vault.setting("code_prefix") == "MOS"
    assert asked == [True] and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    with pytest.raises(VaultExists):
        vaults.create_vault(path, phrase, code_prefix="MOS")
    assert asked == [True]  # refused before the passphrase was asked for


def test_open_change_passphrase_verify_info_and_demo(vault_path, vault):
    assert vaults.add_demo(vault, 3, seed=1) == 3
    assert vaults.add_demo(vault, 1, seed=1) == 1
    # Numbered after the last one.
    assert [s.code for s in vault.list_records()][:1] == ["DEMO-MOS-0004"]
    checked = vaults.verify(vault)
    assert checked.ok and checked.problems == [] and checked.unsigned_revisions == 0
    info = vaults.info(vault)
    assert (info["records"], info["researcher"], info["fingerprint"]) == (
        4, "Test Researcher", vault.identity.fingerprint)
    with pytest.raises(WrongPassphrase):
        vaults.change_passphrase(vault, NEW_PASSPHRASE, current="not the passphrase")
    vaults.change_passphrase(vault, NEW_PASSPHRASE, current=PASSPHRASE)
    vault.close()
    with pytest.raises(WrongPassphrase):
        vaults.open_vault(vault_path, PASSPHRASE)
    with vaults.open_vault(vault_path, NEW_PASSPHRASE) as reopened:
        assert reopened.count() == 4


def test_records_added_saved_compared_and_deleted(vault, sample_doc):
    record = records.add_record(vault, sample_doc)
    doc = record.to_json()
    doc["answers"]["account"]["narrative_english"] = "Corrected."
    with pytest.raises(VaultError, match="another record") as refused:
        records.save_record(vault, record.id, {**doc, "id": "someone-else"}, reason="x")
    assert refused.value.message.code == "vault.other_record"
    second = records.save_record(vault, record.id, doc, reason="witness corrected it")
    assert second.number == 2
    assert records.save_record(vault, record.id, doc, reason="again") is None  # no change
    assert [r.number for r in records.history(vault, record.id)] == [1, 2]
    found = records.revision_changes(vault, record.id, 1, 2, "en")
    assert (found.old.number, found.new.number) == (1, 2)
    assert [c.new for c in found.changes] == ["Corrected."]
    first = records.revision_changes(vault, record.id, None, 1, "en")
    assert first.old is None and len(first.changes) > 10  # everything, as added
    records.delete_record(vault, record.id)
    with pytest.raises(RecordNotFound):
        vault.get(record.id)


def test_unknown_answers_are_refused_when_asked(vault, sample_doc):
    sample_doc["answers"]["witness"]["shoe_size"] = "42"
    with pytest.raises(VaultError):
        records.add_record(vault, sample_doc, refuse_dropped=True)
    assert vault.count() == 0


def test_an_editing_session_keeps_what_was_typed_and_offers_it_back(vault):
    session = editing.EditSession.new(vault)
    assert editing.newest_unsaved(vault) is None
    answers = editing.default_answers(current_form())
    answers.setdefault("witness", {})["phone"] = "0770 123 4567"
    session.write_working_copy(answers, [], "witness")
    unsaved = editing.newest_unsaved(vault)
    assert unsaved.copy.record_id == session.record_id and unsaved.copy.section == "witness"
    assert unsaved.code == vault.get(session.record_id).answers["interview"]["code"]
    record = session.save_revision(answers, [], "witness")
    assert record.answers["witness"]["phone"] == "0770 123 4567"
    assert editing.newest_unsaved(vault) is None  # all of it validated: copy dropped
    session.write_working_copy(answers, [], "incident")
    editing.discard_unsaved(vault, session.record_id)
    assert editing.newest_unsaved(vault) is None


def test_attachments_stored_with_progress_cancelled_exported_and_read(vault, sample_doc,
                                                                       tmp_path):
    record = vault.add(sample_doc)
    source = tmp_path / "leaflet.jpg"
    source.write_bytes(b"\xff\xd8" + bytes(range(256)) * 1000)
    heard = []
    info = attachments.attach_file(vault, record.id, source,
                                   progress=lambda done, total: heard.append((done, total)))
    assert heard[-1] == (source.stat().st_size, source.stat().st_size)
    assert attachments.attachment_bytes(vault, info.id) == source.read_bytes()

    class Stop(Exception):
        pass

    def stop(done, total):
        raise Stop

    head = vault.get(record.id).revision
    with pytest.raises(Stop):
        attachments.attach_file(vault, record.id, source, progress=stop)
    assert vault.get(record.id).revision == head  # nothing half-stored
    with pytest.raises(VaultError, match="is not a file"):
        attachments.attach_file(vault, record.id, tmp_path / "missing.jpg")
    plain = attachments.attach_file(vault, record.id, source, reason="second copy")
    assert plain.sha256 == info.sha256
    out = tmp_path / "out.jpg"
    attachments.export_attachment(vault, info.id, out)
    assert out.read_bytes() == source.read_bytes()
    with pytest.raises(VaultError, match="already exists"):
        attachments.export_attachment(vault, info.id, out)
    assert [e.action for e in vault.audit_events(record.id)].count("export") == 1
