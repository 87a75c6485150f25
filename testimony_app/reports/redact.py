"""A statement's redacted view: a record and a level -> what the statement shows, in one
language.

The redaction itself is data (redact_data.redact_answers): only what the level allows
ever enters the view, withheld values are dropped or replaced there, before any layout,
so they cannot reach the PDF. This module puts that data into words in the statement's
language and lays it out by the questionnaire's roles (record code, witness name,
incident date, people, instructions, account; see docs/form-format.md). Never imports
the vault, never does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..form import Field, Form
from ..form.display import format_value, person_name
from . import languages, pseudonyms, spans
from .errors import ReportError
from .generalise import LANGS, month
from .labels import label
from .levels import check_consent, parse_level
from .redact_data import Redactor


@dataclass(frozen=True)
class Item:
    label: str
    value: str
    path: str


@dataclass(frozen=True)
class StatementView:
    """Everything a statement may show at its level, already redacted, in one language."""

    level: str
    lang: str
    record_id: str
    revision: str
    code: str
    witness_display: str
    witness_label: str                         # "Witness", «الشاهدة» for a woman
    sections: dict[str, str]                   # section name -> heading in `lang`
    headings: dict[str, str]                   # summary, witness, incident, instructions,
                                               # account -> its section's heading
    summary: tuple[Item, ...]
    witness: tuple[Item, ...]
    incident: tuple[Item, ...]
    people_headers: tuple[str, ...]
    people_rows: tuple[tuple[str, ...], ...]
    instructions_received: tuple[Item, ...]    # whether any were received, as a row
    instructions: tuple[tuple[Item, ...], ...]
    account: tuple[Item, ...]
    form_id: str = ""
    form_version: int = 0
    # Words the statement shows that may still identify someone (doubtful.py), for its
    # maker to check before saving; never laid out.
    doubtful: tuple[str, ...] = ()

    def texts(self):
        """Every string in the view (for tests that look for withheld values)."""
        yield from (self.code, self.witness_display)
        yield from self.sections.values()
        for items in (self.summary, self.witness, self.incident, self.account,
                      self.instructions_received, *self.instructions):
            for item in items:
                yield item.label
                yield item.value
        yield from self.people_headers
        for row in self.people_rows:
            yield from row


class _Context:
    """One record's redacted answers put into words in one language."""

    def __init__(self, redactor: Redactor, lang: str):
        self.form, self.level, self.lang = redactor.form, redactor.level, lang
        self.redactor = redactor
        self.shown = redactor.answers_at_level()
        form = self.form
        self.witness_sex = form.value(self.shown, "witness_sex")
        self.pseudonym = pseudonyms.witness_pseudonym(
            form.value(self.shown, "witness_pseudonym"), lang, self.witness_sex)
        self.doubtful: dict[str, None] = {}  # in the order shown

    def note_doubtful(self, section: str, key: str, row: int | None) -> None:
        for word in self.redactor.doubtful.get((section, key, row), ()):
            self.doubtful.setdefault(word, None)

    def text(self, pieces) -> str:
        """Free text as shown: itself, or its kept pieces and withheld placeholders."""
        if isinstance(pieces, dict) and "redacted" in pieces:
            return spans.render(pieces["redacted"], self.lang)
        return pieces if isinstance(pieces, str) else ""

    def choice(self, role: str, value) -> str:
        """The label of `value` among the choices of the field tagged `role`."""
        ref = self.form.role(role)
        choice = ref.field.choice(value) if ref is not None else None
        return choice.label.get(self.lang) if choice else str(value or "")


def _generalised(ctx: _Context, marker: dict, row: dict) -> str:
    """A value shown in a more general form (a field's `public_as`), in words."""
    kind, value, lang = marker.get("public_as"), marker.get("value"), ctx.lang
    if kind == "age_band":
        return ctx.choice("person_age_band", value)
    if kind == "month":
        return month(value, lang)
    if kind == "pseudonym":
        return ctx.pseudonym
    if kind == "role":
        sex = ctx.form.value(ctx.shown, "person_sex", row)
        return pseudonyms.role(ctx.choice("person_relationship", value), value,
                               ctx.witness_sex, lang, sex)
    if kind == "neighbourhood":
        for ref in ctx.form.fields_with("incident_place"):
            choice = ref.field.choice(value) if value else None
            if choice is not None:
                return choice.label.get(lang)
        return spans.PLACEHOLDERS["place"].get(lang, spans.PLACEHOLDERS["place"]["en"])
    return ""


def _value(ctx: _Context, section: str, f: Field, group: dict, row_index: int | None,
           field_key: str) -> str:
    """The field's text at the level, or '' when it is withheld."""
    ctx.note_doubtful(section, f"{field_key}_other", row_index)
    ctx.note_doubtful(section, field_key, row_index)
    value = group.get(f.name)
    if value is None or f.type in ("attachment", "repeat"):
        return ""
    if isinstance(value, dict) and "public_as" in value:
        return _generalised(ctx, value, group)
    if f.type in ("text", "long_text") and not f.generated:
        return ctx.text(value)
    other = ctx.text(group.get(f"{f.name}_other"))
    if f.generated == "pseudonym":
        return pseudonyms.witness_pseudonym(value, ctx.lang, ctx.witness_sex)
    return format_value(f, value, ctx.lang, other=other or None)


def _items(ctx: _Context, section_name: str, group: dict, row: int | None = None,
           repeat: str | None = None, fields=None) -> tuple[Item, ...]:
    if fields is None:
        section = ctx.form.section(section_name)
        assert section is not None  # named by a role of this very form
        fields = section.fields
    out = []
    age_group = False
    for f in fields:
        if f.type in ("note", "repeat"):
            continue
        key = f"{repeat}.{f.name}" if repeat else f.name
        text = _value(ctx, section_name, f, group, row, key)
        if not text:
            continue
        title = f.label.get(ctx.lang)
        shown = group.get(f.name)
        if isinstance(shown, dict) and shown.get("public_as") == "age_band":
            # A year of birth or an age shown as an age group says so, once.
            if age_group:
                continue
            age_group, title = True, label("age_group", ctx.lang)
        out.append(Item(title, text, f"{section_name}.{key}"))
    return tuple(out)


_COLUMNS = ("person_ref", "person_name", "person_relationship", "person_sex", "person_age",
            "person_outcome")


def _people(ctx: _Context) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    form = ctx.form
    people = form.needs("people", "statement")
    section, repeat = people.section.name, people.field.name
    columns = [ref for c in _COLUMNS if (ref := form.role(c)) is not None]
    band = form.role("person_age_band")
    headers = tuple(c.field.label.get(ctx.lang) for c in columns)
    rows = []
    for i, row in enumerate(form.rows(ctx.shown, "people"), 1):
        cells = []
        for c in columns:
            f = c.field
            text = _value(ctx, section, f, row, i, f"{repeat}.{f.name}")
            if c.role == "person_relationship" and text:
                text = pseudonyms.relationship_word(
                    text, row.get(f.name), form.value(ctx.shown, "person_sex", row), ctx.lang)
            if c.role == "person_age" and not text and band and row.get(band.field.name):
                text = _value(ctx, section, band.field, row, i, f"{repeat}.{band.field.name}")
            cells.append(text or "—")
        rows.append(tuple(cells))
    return headers, tuple(rows)


def _account(ctx: _Context, group: dict) -> tuple[Item, ...]:
    """The account's fields at the level, the one written in the statement's language
    first (an Arabic statement opens with the witness's Arabic words, not the English
    translation); the others in the questionnaire's order."""
    items = _items(ctx, ctx.form.needs("account_original", "statement").section.name, group)
    return tuple(sorted(items, key=lambda i: languages.text_language(i.value) != ctx.lang))


def redact(form: Form, record: dict, level: str, lang: str = "en") -> StatementView:
    """The statement view of `record` ({id, revision, answers, marks}) at `level`.

    Raises ConsentRefused when the witness's consent does not allow `level`, MissingRole
    when the questionnaire lacks a role a statement is laid out by.
    """
    level = parse_level(level)
    if lang not in LANGS:
        raise ReportError("report.unknown_language", lang=lang)
    answers = record.get("answers") or {}
    code = str(form.value(answers, "record_code") or "")
    check_consent(answers, level, code, form)
    parts = {part: form.needs(role, "statement").section for part, role in (
        ("summary", "record_code"), ("witness", "witness_name"),
        ("incident", "incident_date"), ("instructions", "instructions"),
        ("account", "account_original"))}
    ctx = _Context(Redactor(form, answers, record.get("marks") or [], level), lang)
    shown = ctx.shown
    lists = {part: _items(ctx, parts[part].name, shown.get(parts[part].name) or {})
             for part in ("summary", "witness", "incident")}
    summary = lists["summary"]
    scope = form.role("consent_scope")
    if scope is not None:
        summary += _items(ctx, scope.section.name, shown.get(scope.section.name) or {},
                          fields=[scope.field])
    instructions = form.needs("instructions", "statement")
    received_ref = form.role("instructions_received")
    received = _items(ctx, received_ref.section.name,
                      shown.get(received_ref.section.name) or {},
                      fields=[received_ref.field]) if received_ref else ()
    repeat = instructions.field
    blocks = tuple(
        _items(ctx, instructions.section.name, row, i, repeat.name, repeat.fields)
        for i, row in enumerate(form.rows(shown, "instructions"), 1))
    headers, rows = _people(ctx)
    name = form.value(shown, "witness_name")
    if level == "public-anonymous" or name is None:
        display = ctx.pseudonym
    else:
        display = person_name(name) if isinstance(name, dict) else str(name)
    account = parts["account"].name
    return StatementView(
        level=level, lang=lang, record_id=str(record.get("id") or ""),
        revision=str(record.get("revision") or ""), code=code, witness_display=display,
        witness_label=pseudonyms.witness_word(lang, ctx.witness_sex),
        sections={s.name: s.label.get(lang) for s in form.sections},
        headings={part: section.label.get(lang) for part, section in parts.items()},
        summary=summary, witness=lists["witness"], incident=lists["incident"],
        people_headers=headers, people_rows=rows, instructions_received=received,
        instructions=tuple(b for b in blocks if b),
        account=_account(ctx, shown.get(account) or {}),
        form_id=form.id, form_version=form.version, doubtful=tuple(ctx.doubtful),
    )
