"""The editor's working copy in the vault: write, replace, read back, list, delete."""

from __future__ import annotations

import pytest

from testimony_app.vault import RecordNotFound, Vault, VaultError
from testimony_app.vault.working_copy import (
    delete_working_copy,
    load_working_copy,
    pending_working_copies,
    save_working_copy,
)


def _draft(vault) -> str:
    return vault.add({"status": "draft", "answers": {"account": {"narrative_original": "x"}}}).id


def test_round_trip_keeps_answers_as_typed(vault):
    record_id = _draft(vault)
    head = vault.get(record_id).revision
    typed = {"witness": {"age_at_incident": "ثلاثون", "full_name": {"given": "أحمد"}}}
    marks = [{"section": "account", "field": "narrative_original", "row": None,
              "start": 0, "end": 1, "kind": "name"}]
    save_working_copy(vault, record_id, head, typed, marks, "witness")
    copy = load_working_copy(vault, record_id)
    assert (copy.record_id, copy.base, copy.answers, copy.marks, copy.section) == (
        record_id, head, typed, marks, "witness")
    assert copy.saved_at.endswith("Z")


def test_replacing_keeps_one_row_and_history_untouched(vault):
    record_id = _draft(vault)
    head = vault.get(record_id).revision
    for n in range(5):
        save_working_copy(vault, record_id, head, {"interview": {"interviewers": str(n)}}, [],
                          None)
    assert [c.answers for c in pending_working_copies(vault)] == [
        {"interview": {"interviewers": "4"}}]
    assert len(vault.history(record_id)) == 1  # no revision per keystroke
    assert vault.audit_count() == 1 + 1  # vault_create, create: the copy is not audited


def test_survives_closing_and_reopening(vault_path, passphrase):
    vault_path.parent.mkdir(parents=True, exist_ok=True)
    v = Vault.create(vault_path, passphrase, code_prefix="MOS")
    record_id = _draft(v)
    save_working_copy(v, record_id, "base", {"account": {"narrative_original": "كلمات"}}, [],
                      "account")
    v.close()
    with Vault.open(vault_path, passphrase) as again:
        [copy] = pending_working_copies(again)
        assert copy.answers == {"account": {"narrative_original": "كلمات"}}
        assert delete_working_copy(again, record_id) is True
        assert delete_working_copy(again, record_id) is False
        assert load_working_copy(again, record_id) is None


def test_unknown_record_is_refused_and_nothing_written(vault):
    with pytest.raises(RecordNotFound):
        save_working_copy(vault, "00000000-0000-0000-0000-000000000000", "b", {}, [], None)
    assert pending_working_copies(vault) == []


def test_damaged_body_is_reported_not_guessed(vault):
    record_id = _draft(vault)
    vault._conn.execute("INSERT INTO working_copies VALUES (?, 'b', ?, 'now')",
                        (record_id, b"{not json"))
    with pytest.raises(VaultError, match="damaged"):
        load_working_copy(vault, record_id)


def test_deleting_the_record_deletes_its_copy(vault):
    record_id = _draft(vault)
    save_working_copy(vault, record_id, "b", {"account": {}}, [], None)
    vault.delete(record_id)
    assert pending_working_copies(vault) == []
