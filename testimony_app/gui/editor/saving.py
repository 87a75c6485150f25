"""The editor's writes: working copy, draft revision, amendment with a reason, completion,
and taking in rows the attachments panel added. Functions of the EditorPage.

Every failure becomes one sentence in the status bar and leaves what was typed on screen
(and, where the vault could be written, in the working copy).
Never writes anywhere but the vault.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale

from ...form import errors_of, validate
from ...services.editing import needs_user
from ...vault import VaultError
from ..messages import error_sentence
from .amend_dialog import ask_amend_reason

if TYPE_CHECKING:
    from .editor_page import EditorPage


def _failed(page: EditorPage, exc: Exception) -> None:
    page.message.emit(error_sentence(exc))


def _now() -> str:
    return QLocale().toString(QDateTime.currentDateTime().time(), "HH:mm:ss")


def write_working_copy(page: EditorPage) -> bool:
    session = page.session
    was_new = session.record_id is None
    try:
        session.write_working_copy(page.answers(), page.marks(), page.current_section())
    except VaultError as exc:
        _failed(page, exc)
        return False
    page.mark_saved(revision=False)
    page.save_state.setText(
        QCoreApplication.translate("EditorPage", "Draft kept {time}").format(time=_now()))
    if was_new:
        _show_generated(page, session.head().answers)
        page._open_panels()
        page._update_title()
    page.saved.emit()
    return True


def save_revision(page: EditorPage) -> bool:
    """Leaving or locking: a draft gets a revision; a complete record keeps its unsaved
    amendment in the working copy (an amendment needs a reason, asked on Save)."""
    session = page.session
    if session is None or page.unchanged():
        return True  # nothing since the last revision (a new interview: nothing typed)
    if session.status == "complete":
        return write_working_copy(page)
    try:
        record = session.save_revision(page.answers(), page.marks(), page.current_section())
    except VaultError as exc:
        _failed(page, exc)
        return write_working_copy(page)
    page.dirty = False
    if record is not None:
        _show_generated(page, record.answers)
    page.mark_saved()
    page.saved.emit()
    return True


def save_with_reason(page: EditorPage, then: Callable[[], None] | None = None) -> None:
    """Save (Ctrl+S): a revision now; for a complete record, after asking why."""
    session = page.session
    if session is None:
        return
    if session.status != "complete":
        _save_now(page, None, then)
        return
    answers = page.answers()
    clean, _ = validate(session.form, answers, complete=True)
    if session.record_id and clean == session.head().answers and not _marks_changed(page):
        page.dirty = False
        session.discard_working_copy()
        page.mark_saved()
        if then:
            then()
        return
    ask_amend_reason(page, lambda reason: _save_now(page, reason, then),
                     lambda: discard_edits(page, then))


def same_marks(a: list, b: list) -> bool:
    """The same marks, whatever their order and their keys' order (the vault stores them
    as canonical JSON, with sorted keys; the editor collects them field by field)."""
    def key(marks: list) -> list[str]:
        return sorted(json.dumps(m, sort_keys=True, ensure_ascii=False) for m in marks)
    return key(a) == key(b)


def _marks_changed(page: EditorPage) -> bool:
    return not same_marks(page.session.head().marks, page.marks())


def discard_edits(page: EditorPage, then: Callable[[], None] | None = None) -> None:
    """Drop the unsaved edits of a completed record: its last revision, as stored, is
    shown again and the working copy is removed. Nothing is written to the record."""
    session = page.session
    if session is None or session.record_id is None:
        return
    try:
        head = session.head()
        session.discard_working_copy()
    except VaultError as exc:
        _failed(page, exc)
        return
    session.base = head.revision
    section = page.current_section()
    page.reload(head.answers, head.marks, section)
    page.message.emit(QCoreApplication.translate(
        "EditorPage", "Edits discarded: the record is as in revision {n}.").format(
            n=head.number))
    if then:
        then()


def _save_now(page: EditorPage, reason: str | None, then: Callable[[], None] | None,
              complete: bool = False) -> None:
    session = page.session
    if session is None:
        return
    try:
        record = session.save_revision(page.answers(), page.marks(), page.current_section(),
                                       complete=complete, reason=reason)
    except VaultError as exc:
        _failed(page, exc)
        return
    page.dirty = False
    if record is not None:
        _show_generated(page, record.answers)
        page.message.emit(QCoreApplication.translate(
            "EditorPage", "Saved as revision {n}.").format(n=record.number))
    page.mark_saved()
    page.save_state.setText(
        QCoreApplication.translate("EditorPage", "Saved {time}").format(time=_now()))
    page._update_title()
    page._open_panels()
    page.saved.emit()
    if then:
        then()


def complete_record(page: EditorPage) -> None:
    """Check everything; list what is missing, or store the record as complete."""
    session = page.session
    if session is None:
        return
    page.revalidate()
    _, problems = validate(session.form, page.answers(), complete=True)
    problems = needs_user(session.form, problems)
    page.problems.set_problems(session.form, problems, page.lang)
    page.side.setCurrentWidget(page.problems)
    errors = errors_of(problems)
    if errors:
        page.jump_to(errors[0].path)
        page.message.emit(QCoreApplication.translate(
            "EditorPage", "Not completed: %n answer(s) missing or wrong.", "", len(errors)))
        return
    if session.status == "complete":
        save_with_reason(page)
        return
    _save_now(page, None, None, complete=True)


def _show_generated(page: EditorPage, stored: dict) -> None:
    """Show the values the vault made (interview code, person references) without
    reloading the form, so the cursor stays where the user is typing."""
    page._loading = True
    try:
        for section in page.session.form.sections:
            group = page.pages[section.name].group
            for f in section.fields:
                if f.generated and f.name in group.widgets:
                    group.widgets[f.name].set_value((stored.get(section.name) or {}).get(f.name))
                if f.type == "repeat" and f.name in group.repeats:
                    rows = (stored.get(section.name) or {}).get(f.name) or []
                    forms = group.repeats[f.name].row_forms()
                    if len(rows) == len(forms):
                        for row, form in zip(rows, forms, strict=True):
                            for sub in f.fields:
                                if sub.generated:
                                    form.widgets[sub.name].set_value(row.get(sub.name))
    finally:
        page._loading = False


def reload_attachment_rows(page: EditorPage) -> None:
    """The attachments panel stored a file and the vault added a row: take the new rows
    from the head without losing anything typed elsewhere."""
    session = page.session
    if session is None or session.record_id is None:
        return
    head = session.head()
    session.base = head.revision
    editor = page.pages["attachments"].group.repeats["attachments"]
    typed = {row.get("file"): row for row in editor.value() if row.get("file")}
    rows = []
    for row in (head.answers.get("attachments") or {}).get("attachments") or []:
        rows.append({**row, **typed.get(row.get("file"), {})})
    page._loading = True
    try:
        editor.set_value(rows)
    finally:
        page._loading = False
    page._refresh_attachment_options()
    page.history.open(page.vault, session.record_id, page.lang)
    page.dirty = True
    write_working_copy(page)
    page.revalidate()
