"""Records and their append-only revisions (pure parts: documents, hashes, summaries).

A revision body is the canonical JSON of the whole record state plus its parent's hash,
author and time; its SHA-256 is the revision's name. Nothing here touches the database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from ..form import Form, current_form, errors_of, validate
from .canonical import canonical_json, sha256_hex
from .errors import ValidationFailed, doc_problem, problem_at

STATUSES = ("draft", "complete")
READ_ONLY_KEYS = {
    "revision", "parent", "number", "author", "author_name", "created_at", "updated_at",
    "reason", "attachments",
}
DOC_KEYS = {"id", "form_id", "form_version", "status", "answers", "marks"} | READ_ONLY_KEYS
MARK_KINDS = ("name", "place", "phone", "other")


@dataclass
class Record:
    """One revision of a record, as `show --json` prints it."""

    id: str
    form_id: str
    form_version: int
    status: str
    answers: dict
    marks: list
    revision: str
    parent: str | None
    number: int
    author: str
    author_name: str
    created_at: str
    reason: str | None
    attachments: list = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "id": self.id, "form_id": self.form_id, "form_version": self.form_version,
            "status": self.status, "answers": self.answers, "marks": self.marks,
            "revision": self.revision, "parent": self.parent, "number": self.number,
            "author": self.author, "author_name": self.author_name,
            "created_at": self.created_at, "reason": self.reason,
            "attachments": self.attachments,
        }


@dataclass(frozen=True)
class RevisionInfo:
    hash: str
    parent: str | None
    number: int
    status: str
    reason: str | None
    author: str
    author_name: str
    created_at: str
    # How authorship is known (`signatures.SIGNED`, ...) and the bundle it arrived in
    # with that bundle's sender (None, None: written in this vault).
    signature: str = ""
    bundle_id: str | None = None
    carried_by: str | None = None


@dataclass(frozen=True)
class Summary:
    """What the records list shows: no narrative, nothing loaded beyond one row."""

    rowid: int
    id: str
    code: str
    title: str
    status: str
    incident_date: str
    researcher: str  # the interviewers field as typed
    updated_at: str
    author: str = ""  # signing fingerprint of the first revision's author (who made it)


def revision_body(*, record_id: str, parent: str | None, number: int, form: Form,
                  status: str, reason: str | None, author: str, author_name: str,
                  created_at: str, answers: dict, marks: list) -> tuple[str, bytes]:
    body = canonical_json({
        "record": record_id, "parent": parent, "number": number,
        "form": [form.id, form.version], "status": status, "reason": reason,
        "author": author, "author_name": author_name, "created_at": created_at,
        "answers": answers, "marks": marks,
    })
    return sha256_hex(body), body


def record_from_body(digest: str, body: bytes) -> Record:
    return record_from_doc(digest, json.loads(body))


def record_from_doc(digest: str, d: dict) -> Record:
    """A revision body already parsed (the caller checked its keys)."""
    return Record(
        id=d["record"], form_id=d["form"][0], form_version=d["form"][1], status=d["status"],
        answers=d["answers"], marks=d["marks"], revision=digest, parent=d["parent"],
        number=d["number"], author=d["author"], author_name=d["author_name"],
        created_at=d["created_at"], reason=d["reason"],
    )


def clean_marks(form: Form, answers: dict, marks: Any) -> list:
    """Sensitive-span marks: each names a text answer and a span inside it."""
    if marks in (None, []):
        return []
    if not isinstance(marks, list):
        raise ValidationFailed([doc_problem("marks", "record.marks_list")])
    out, problems = [], []
    for i, m in enumerate(marks):
        where = f"marks[{i + 1}]"
        if not isinstance(m, dict) or set(m) - {"section", "field", "row", "start", "end", "kind"}:
            problems.append(doc_problem(where, "record.mark_shape"))
            continue
        text = _marked_text(answers, m)
        start, end = m.get("start"), m.get("end")
        if not isinstance(text, str):
            problems.append(doc_problem(where, "record.mark_not_text"))
        elif not (isinstance(start, int) and isinstance(end, int)
                  and 0 <= start < end <= len(text)):
            problems.append(doc_problem(where, "record.mark_span"))
        elif m.get("kind") not in MARK_KINDS:
            problems.append(doc_problem(where, "record.mark_kind", kinds=", ".join(MARK_KINDS)))
        else:
            out.append({"section": m["section"], "field": m["field"], "row": m.get("row"),
                        "start": start, "end": end, "kind": m["kind"]})
    if problems:
        raise ValidationFailed(problems)
    return sorted(out, key=lambda m: (m["section"], m["field"], m["row"] or 0, m["start"]))


def _marked_text(answers: dict, mark: dict) -> Any:
    section = answers.get(mark.get("section")) if isinstance(mark.get("section"), str) else None
    if not isinstance(section, dict):
        return None
    row = mark.get("row")
    if row is None:
        return section.get(mark.get("field"))
    # Repeat rows are addressed as (repeat field name, 1-based index) via "field" = "repeat.field".
    repeat_name, _, field_name = str(mark.get("field")).partition(".")
    rows = section.get(repeat_name)
    if not isinstance(rows, list) or not isinstance(row, int) or not 1 <= row <= len(rows):
        return None
    return rows[row - 1].get(field_name)


def check_answers(form: Form, answers: Any, status: str, *, refuse_dropped: bool = False,
                  constraints: bool = True) -> dict:
    """The answers as they will be stored. An answer its condition hides is dropped (the
    editor hides such a field as it is typed); with `refuse_dropped`, for a document
    written by hand (`add`, `edit`), it is refused instead, since nobody saw it go.
    `constraints=False` is for revisions made elsewhere (see `validate`)."""
    if status not in STATUSES:
        raise ValidationFailed([doc_problem("status", "record.status", status=repr(status))])
    clean, problems = validate(form, answers, complete=(status == "complete"),
                               constraints=constraints)
    errors = problems if refuse_dropped else errors_of(problems)
    if errors:
        raise ValidationFailed([problem_at(p) for p in errors])
    return clean


def witness_title(answers: dict, form: Form | None = None) -> str:
    """A short label for lists: the witness's name, else the pseudonym (read by role, in
    the built-in questionnaire when no form is given)."""
    form = form if form is not None else current_form()
    name = form.value(answers, "witness_name") or {}
    if not isinstance(name, dict):
        name = {}
    parts = [name[p] for p in ("given", "father", "family") if name.get(p)]
    if not parts and isinstance(name.get("latin"), dict):
        parts = [name["latin"].get(p) for p in ("given", "family") if name["latin"].get(p)]
    if name.get("kunya") and not parts:
        parts = [name["kunya"]]
    return " ".join(parts) or form.value(answers, "witness_pseudonym") or ""


def summary_columns(answers: dict, form: Form | None = None) -> dict:
    """The list's columns of a record, read by role."""
    form = form if form is not None else current_form()
    return {
        "code": form.value(answers, "record_code") or "",
        "title": witness_title(answers, form),
        "incident_date": form.value(answers, "incident_date") or "",
        "researcher": form.value(answers, "researcher") or "",
    }
