"""Redacted PDF statements: consent → pseudonym → redaction → layout → the file → the
audit entry, for one record shown in a window or a batch written to a folder.

The witness's consent caps the level (`reports.check_consent`): a batch with one refused
record writes nothing. So does a batch with doubtful words (words that may still identify
someone, reports/doubtful.py) unless the caller says they were checked. Each statement is
made from the very revision whose consent was checked; its SHA-256, level and source
revision go into the audit log. The PDF bytes are the only thing written (atomically);
never a temporary plaintext.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..form import Form, get_form
from ..messages import Message
from ..output_file import write_atomically
from ..reports import DoubtfulWords, allowed_levels, check_consent, redact
from ..reports.metadata import file_name
from ..vault import Record, Vault
from ..vault.pseudonyms import statement_answers

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class StatementSource:
    """One revision of a record, read for statements, with the pseudonym this vault gives
    the witness (unique in the incident; fixing it is a write). Holds no vault: making a
    statement from it may run on another thread."""

    record: dict  # id, revision, answers (with the pseudonym), marks
    form: Form
    code: str  # the record code ("" when the record has none yet)
    allowed: tuple[str, ...]  # the levels the witness's consent allows

    @property
    def id(self) -> str:
        return self.record["id"]

    @property
    def revision(self) -> str:
        return self.record["revision"]


@dataclass(frozen=True)
class Statement:
    level: str
    lang: str
    organisation: str
    code: str  # as the statement prints it (the record's id when it has no code)
    data: bytes  # the PDF
    doubtful: tuple[str, ...]  # words that may still identify someone

    def file_name(self, record_id: str) -> str:
        return file_name(self.code, record_id, self.level, self.lang)


def default_organisation(vault: Vault) -> str:
    """The organisation named in statements' headers when none is given: the last one a
    statement was given out with (the vault's 'organisation' setting)."""
    return vault.setting("organisation", "")


def _code(record: Record, form: Form) -> str:
    """The record's code, read by role in its questionnaire ("" when it has none)."""
    return str(form.value(record.answers, "record_code") or "")


def open_source(vault: Vault, record_id: str, revision: str | None = None) -> StatementSource:
    """Read the record (its head, or `revision`) and fix the witness's pseudonym."""
    record = vault.get(record_id, revision)
    answers = statement_answers(vault, record)
    form = get_form(record.form_id, record.form_version)
    return StatementSource({"id": record.id, "revision": record.revision, "answers": answers,
                            "marks": record.marks},
                           form, _code(record, form), tuple(allowed_levels(record.answers, form)))


def check_level(source: StatementSource, level: str) -> None:
    """Raise ConsentRefused (its sentence names the code) unless consent allows `level`."""
    check_consent(source.record["answers"], level, source.code, source.form)


def make_statement(source: StatementSource, level: str, lang: str, organisation: str,
                   progress: Progress | None = None) -> Statement:
    """Redact and lay out (ReportLab loads only now). Reads the source alone, never the
    vault; `progress(1, 2)` between redaction and layout may raise to stop."""
    from ..reports.statement import render

    view = redact(source.form, source.record, level, lang)
    if progress is not None:
        progress(1, 2)
    return Statement(level, lang, organisation, view.code, render(view, organisation),
                     view.doubtful)


def record_output(vault: Vault, source: StatementSource, statement: Statement, *,
                  to: str | None = None) -> None:
    """The audit entry of a statement given out (`to`: a file or a printer, when a person
    chose where); with `to`, the organisation is remembered for next time."""
    detail = {"level": statement.level, "lang": statement.lang, "revision": source.revision,
              "sha256": hashlib.sha256(statement.data).hexdigest(),
              "bytes": len(statement.data)}
    if to is not None:
        vault.set_setting("organisation", statement.organisation)
        detail["to"] = to
    vault.record_event("statement", source.id, detail)


def save_statement(vault: Vault, source: StatementSource, statement: Statement,
                   path: str | Path) -> None:
    """One statement written to the file a person chose (consent checked once more)."""
    check_level(source, statement.level)
    write_atomically(Path(path), statement.data)
    record_output(vault, source, statement, to="file")


def doubtful_words(record: Record, level: str, lang: str) -> tuple[str, ...]:
    """The words of a statement that may still identify someone. They do not depend on
    the pseudonym: the record's own answers are used, since fixing a pseudonym is a
    write."""
    form = get_form(record.form_id, record.form_version)
    return redact(form, {"id": record.id, "revision": record.revision,
                         "answers": record.answers, "marks": record.marks},
                  level, lang).doubtful


def check_batch(vault: Vault, ids: list[str], level: str, lang: str, *,
                checked: bool) -> dict[str, str]:
    """Consent first, for the whole batch, so that a refusal writes nothing; then (unless
    `checked`) the doubtful words of all. The revision checked, by record id."""
    revisions: dict[str, str] = {}
    doubtful: dict[str, tuple[str, ...]] = {}
    for record_id in ids:
        record = vault.get(record_id)
        revisions[record_id] = record.revision
        form = get_form(record.form_id, record.form_version)
        code = _code(record, form) or record_id
        check_consent(record.answers, level, code, form)
        if not checked:
            words = doubtful_words(record, level, lang)
            if words:
                doubtful[code] = words
    if doubtful:
        raise DoubtfulWords(Message("report.doubtful", count=len(doubtful), total=len(ids)),
                            doubtful)
    return revisions


def write_statements(vault: Vault, ids: list[str], level: str, lang: str, out: Path, *,
                     organisation: str | None = None, checked: bool = False,
                     written: Callable[[Path], None] | None = None,
                     progress: Progress | None = None) -> list[Path]:
    """One PDF per record in folder `out` (made only after every check passed), each
    audited; records are read again one by one so a large batch keeps memory flat."""
    revisions = check_batch(vault, ids, level, lang, checked=checked)
    out.mkdir(mode=0o700, parents=True, exist_ok=True)
    organisation = organisation or default_organisation(vault)
    paths = []
    for done, record_id in enumerate(ids, 1):
        source = open_source(vault, record_id, revisions[record_id])
        statement = make_statement(source, level, lang, organisation)
        path = out / statement.file_name(source.id)
        write_atomically(path, statement.data)
        record_output(vault, source, statement)
        paths.append(path)
        if written is not None:
            written(path)
        if progress is not None:
            progress(done, len(ids))
    return paths
