"""One record being edited in the desktop app: where its unsaved answers go, and how a
revision is made.

The working copy (vault/working_copy.py) holds the answers exactly as typed,
even where they do not validate yet; a revision holds only what validates. A new interview
becomes a record in the vault at its first autosave, so opening "New interview" writes
nothing until there is something to keep.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from ..form import Form, Problem, current_form, errors_of, get_form, validate
from ..vault import Record, Vault
from ..vault.working_copy import (
    WorkingCopy,
    delete_working_copy,
    load_working_copy,
    pending_working_copies,
    save_working_copy,
)
from .records import add_record, save_record


def default_answers(form: Form) -> dict:
    """A new interview: the form's defaults (country, time zone), nothing else."""
    out: dict = {}
    for section in form.sections:
        for f in section.fields:
            if f.default is not None and f.type != "repeat":
                out.setdefault(section.name, {})[f.name] = f.default
    return out


@dataclass
class EditSession:
    vault: Vault
    form: Form
    record_id: str | None = None
    base: str = ""  # revision hash the edit started from ("" for a new interview)
    status: str = "draft"
    code: str = ""
    last_write_ms: float = 0.0
    write_times: list[float] = field(default_factory=list)

    @classmethod
    def new(cls, vault: Vault, form: Form | None = None) -> EditSession:
        """A new interview in `form` (the built-in questionnaire's newest version)."""
        return cls(vault, form if form is not None else current_form())

    @classmethod
    def open(cls, vault: Vault, record_id: str) -> tuple[EditSession, WorkingCopy | None,
                                                         Record]:
        record = vault.get(record_id)
        form = get_form(record.form_id, record.form_version)
        session = cls(vault, form, record.id, record.revision, record.status,
                      form.value(record.answers, "record_code") or "")
        return session, load_working_copy(vault, record.id), record

    # -- working copy ------------------------------------------------------------------------

    def write_working_copy(self, answers: dict, marks: list, section: str | None) -> None:
        started = time.perf_counter()
        if self.record_id is None:
            record = add_record(self.vault, {
                "form_id": self.form.id, "form_version": self.form.version, "status": "draft",
                "answers": validate(self.form, answers)[0]})
            self.record_id, self.base = record.id, record.revision
            self.code = self.form.value(record.answers, "record_code") or ""
        save_working_copy(self.vault, self.record_id, self.base, answers, marks, section)
        self.last_write_ms = (time.perf_counter() - started) * 1000
        self.write_times.append(self.last_write_ms)

    def discard_working_copy(self) -> None:
        if self.record_id is not None:
            delete_working_copy(self.vault, self.record_id)

    # -- revisions ---------------------------------------------------------------------------

    def save_revision(self, answers: dict, marks: list, section: str | None, *,
                      complete: bool = False, reason: str | None = None) -> Record | None:
        """Write a revision of what validates; keep the working copy if anything did not.

        Raises the vault's errors (AmendReasonRequired for a complete record without a
        reason, ValidationFailed when completing with answers missing)."""
        answers, marks = without_empty_rows(self.form, answers, marks)
        clean, problems = validate(self.form, answers, complete=complete)
        status = "complete" if complete or self.status == "complete" else "draft"
        if self.record_id is None:
            self.write_working_copy(answers, marks, section)
        assert self.record_id is not None  # the working copy's first write made the record
        record = save_record(self.vault, self.record_id, {
            "form_id": self.form.id, "form_version": self.form.version, "status": status,
            "answers": clean, "marks": marks_inside(clean, marks)}, reason=reason)
        if record is not None:
            self.base, self.status = record.revision, record.status
            self.code = self.form.value(record.answers, "record_code") or self.code
        if errors_of(problems):
            # Something typed does not validate yet: it lives on in the working copy only.
            save_working_copy(self.vault, self.record_id, self.base, answers, marks, section)
        else:
            delete_working_copy(self.vault, self.record_id)
        return record

    def head(self) -> Record:
        """The record's head (asked of a session whose interview is already a record)."""
        assert self.record_id is not None
        return self.vault.get(self.record_id)


def without_empty_rows(form: Form, answers: dict, marks: list) -> tuple[dict, list]:
    """Drop repeat rows nothing was typed into (the validator would, and the rows after
    them would move up), renumbering the marks of the rows that move."""
    answers = {k: dict(v) if isinstance(v, dict) else v for k, v in answers.items()}
    moved: dict[tuple[str, str], dict[int, int]] = {}
    for section in form.sections:
        group = answers.get(section.name)
        if not isinstance(group, dict):
            continue
        for f in section.fields:
            rows = group.get(f.name) if f.type == "repeat" else None
            if not isinstance(rows, list):
                continue
            kept = [(i, r) for i, r in enumerate(rows, 1)
                    if not (isinstance(r, dict) and not any(v not in (None, "", [], {})
                                                            for v in r.values()))]
            group[f.name] = [r for _, r in kept]
            moved[(section.name, f.name)] = {old: new for new, (old, _) in enumerate(kept, 1)}
    out = []
    for m in marks:
        repeat = str(m.get("field")).partition(".")[0]
        renumber = moved.get((m.get("section"), repeat))
        if m.get("row") is not None and renumber is not None:
            if m["row"] not in renumber:
                continue
            m = {**m, "row": renumber[m["row"]]}
        out.append(m)
    return answers, out


def needs_user(form: Form, problems: list[Problem]) -> list[Problem]:
    """The problems left for the user: a missing generated value (interview code, person
    reference…) is not one, since the vault makes it when the revision is written."""
    generated = {f.path for _, _, f in form.generated_fields}
    return [p for p in problems
            if not (p.code == "required" and re.sub(r"\[\d+\]", "", p.path) in generated)]


def marks_inside(answers: dict, marks: list) -> list:
    """The marks whose text is still stored (a hidden or emptied field loses its marks)."""
    out = []
    for m in marks:
        group = answers.get(m.get("section")) or {}
        if m.get("row") is None:
            text = group.get(m.get("field"))
        else:
            repeat, _, name = str(m.get("field")).partition(".")
            rows = group.get(repeat) or []
            row = m["row"]
            text = rows[row - 1].get(name) if isinstance(row, int) and 0 < row <= len(rows) \
                else None
        if isinstance(text, str) and 0 <= m["start"] < m["end"] <= len(text):
            out.append(m)
    return out


@dataclass(frozen=True)
class UnsavedInterview:
    copy: WorkingCopy
    code: str  # the record's code ("" when it has none yet)


def newest_unsaved(vault: Vault) -> UnsavedInterview | None:
    """The newest interview whose typed answers were kept but not saved as a revision
    (left by a crash, a kill or a lock), with its code; None when there is none."""
    copies = pending_working_copies(vault)
    if not copies:
        return None
    copy = copies[0]
    record = vault.get(copy.record_id)
    form = get_form(record.form_id, record.form_version)
    return UnsavedInterview(copy, str(form.value(record.answers, "record_code") or ""))


def discard_unsaved(vault: Vault, record_id: str) -> None:
    """Forget the unsaved answers of a record (its revisions stay as they are)."""
    delete_working_copy(vault, record_id)
