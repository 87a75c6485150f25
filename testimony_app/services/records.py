"""Records: adding and saving revisions, deleting, and reading a record's history and
what changed between two of its revisions."""

from __future__ import annotations

from dataclasses import dataclass

from ..form import Form, get_form
from ..form.diff import Change, diff_answers
from ..vault import Record, RevisionInfo, Vault, VaultError


def add_record(vault: Vault, doc: dict, *, refuse_dropped: bool = False) -> Record:
    """A new record from a document (form, status, answers, marks). With
    `refuse_dropped`, answers the questionnaire does not know are refused, not dropped."""
    return vault.add(doc, refuse_dropped=refuse_dropped)


def record_code(record: Record) -> str:
    """The record's code, read by role in its own questionnaire ("" when it has none)."""
    form = get_form(record.form_id, record.form_version)
    return str(form.value(record.answers, "record_code") or "")


def save_record(vault: Vault, record_id: str, doc: dict, *, reason: str | None = None,
                refuse_dropped: bool = False) -> Record | None:
    """A new revision of `record_id` (None when nothing changed). A document naming
    another record is refused."""
    if isinstance(doc, dict) and doc.get("id") not in (None, record_id):
        raise VaultError("vault.other_record")
    return vault.save(record_id, doc, reason=reason, refuse_dropped=refuse_dropped)


def delete_record(vault: Vault, record_id: str) -> None:
    """The record, its revisions and attachments deleted and scrubbed from the file."""
    vault.delete(record_id)


def history(vault: Vault, record_id: str) -> list[RevisionInfo]:
    return vault.history(record_id)


@dataclass(frozen=True)
class RevisionChanges:
    old: Record | None
    new: Record
    form: Form
    changes: list[Change]


def revision_changes(vault: Vault, record_id: str, old: int | str | None, new: int | str,
                     lang: str) -> RevisionChanges:
    """What changed from revision `old` to `new` (numbers or hash prefixes), field by
    field, labelled in `lang`; with `old` None, everything `new` holds, as added."""
    first = None if old is None else vault.get(record_id, old)
    second = vault.get(record_id, new)
    form = get_form(second.form_id, second.form_version)
    before = {} if first is None else first.answers
    return RevisionChanges(first, second, form,
                           diff_answers(form, before, second.answers, lang))
