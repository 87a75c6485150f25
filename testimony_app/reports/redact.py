"""Redaction as a pure function: a record and a level -> the statement's redacted view.

Only what the level allows ever enters the view: withheld values are dropped or replaced
here, before any layout, so they cannot reach the PDF. Driven by the questionnaire's
`sensitivity` and `public_as` tags (see docs/form-format.md) plus the level rules:
partner keeps names; public-named keeps the witness's and the dead's names; public-anonymous
keeps no name. Never imports the vault, never does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..form import Field, Form
from ..form.display import format_value, person_name
from ..form.marks import name_parts
from . import addresses, doubtful, languages, names, pseudonyms, spans
from .errors import ReportError
from .generalise import LANGS, age_band, choice_label, month, neighbourhood
from .labels import label
from .levels import PUBLIC_LEVELS, check_consent, parse_level, witness_age

_DEAD = ("killed", "died_later")
# Free-text addresses whose house and street numbers are withheld where they are not shown.
_ADDRESSES = (("witness", "current_residence"), ("witness", "residence_at_incident"),
              ("incident", "location_description"))
# Sections laid out as label/value lists; people, instructions and account have their own.
_LISTED = ("interview", "witness", "incident")


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
    """The level's rules applied to one record."""

    def __init__(self, form: Form, answers: dict, marks: list, level: str, lang: str):
        self.form, self.answers, self.level, self.lang = form, answers, level, lang
        self.marks = [m for m in marks or [] if isinstance(m, dict)]
        self.public = level in PUBLIC_LEVELS
        consent = answers.get("consent") or {}
        self.quotes_allowed = consent.get("quotes_allowed") is True
        witness = answers.get("witness") or {}
        self.witness_sex = witness.get("sex")
        self.pseudonym = pseudonyms.witness_pseudonym(witness.get("pseudonym"), lang,
                                                      self.witness_sex)
        self.mark_kinds = (frozenset() if level == "internal" else
                           frozenset({"phone"}) if level == "partner" else frozenset(spans.KINDS))
        self.names = names.name_tokens(self._withheld_names())
        self.find_numbers = level != "internal"
        # The witness's birth year is shown only as an age band at public levels.
        born = witness.get("birth_year")
        self.years = frozenset({str(born)} if self.public and isinstance(born, int) else ())
        self.addresses = addresses.recorded_numbers(self._withheld_addresses())
        self.doubtful: dict[str, None] = {}  # in the order found
        self.known_words = _known_words(form)
        # A place, phone or other span marked once is withheld wherever it is written again.
        self.phrases = spans.phrases(
            (kind, text) for kind in self.mark_kinds - {"name"}
            for text in _marked_texts(answers, self.marks, kind))

    def _withheld_names(self) -> list[str]:
        if self.level == "internal":
            return []
        # Partners get the names of the people in the account, not of the interview team.
        interview = self.answers.get("interview") or {}
        out = [interview.get("interviewers"), interview.get("interpreter_name")]
        if not self.public:
            return [str(v) for v in out if v]
        # public-named keeps the witness's and the dead's names. A word in both a kept name
        # and a withheld one (a shared family name) is withheld in free text: safer to
        # over-withhold the dead's name than to reveal the living.
        witness_name = (self.answers.get("witness") or {}).get("full_name")
        if self.level != "public-named":
            out += name_parts(witness_name)
        else:
            out += _kunya(witness_name)
        for row in _rows(self.answers, "people", "people"):
            if self.level != "public-named" or row.get("outcome") not in _DEAD:
                out += name_parts(row.get("name"))
            else:
                out += _kunya(row.get("name"))
        # A name the researcher marked once is withheld wherever else it is written.
        out += _marked_texts(self.answers, self.marks, "name")
        return [str(v) for v in out if v]

    def _withheld_addresses(self) -> list[str]:
        """The recorded addresses this level does not show."""
        out = []
        for section, name in _ADDRESSES:
            value = (self.answers.get(section) or {}).get(name)
            if isinstance(value, str) and not self.visible(self.form.section(section).field(name)):
                out.append(value)
        return out

    def name_shown(self, row: dict | None, is_witness: bool) -> bool:
        if self.level in ("internal", "partner"):
            return True
        if self.level == "public-named":
            return is_witness or (row is not None and row.get("outcome") in _DEAD)
        return False

    def free_text(self, text: str, section: str, field_key: str, row: int | None) -> str:
        if self.level == "internal":
            return text
        marks = [m for m in self.marks if m.get("section") == section and
                 m.get("field") == field_key and m.get("row") == row]
        found = spans.mark_spans(text, marks, self.mark_kinds)
        found += spans.found_spans(text, self.names, numbers=self.find_numbers,
                                   years=self.years, addresses=self.addresses,
                                   phrases=self.phrases)
        words = list(names.WORD.finditer(text))
        for word in doubtful.doubtful(text, words, [(s.start, s.end) for s in found],
                                      self.known_words, self.addresses, names=self.public):
            self.doubtful.setdefault(word, None)
        return spans.withhold(text, found, self.lang)

    def visible(self, f: Field) -> bool:
        if self.level == "internal":
            return True
        if self.level == "partner":
            return f.sensitivity in ("public", "partner")
        return f.sensitivity == "public"


_KNOWN_WORDS: dict[tuple[str, int], frozenset[str]] = {}


def _known_words(form: Form) -> frozenset[str]:
    """The words of the questionnaire's choice labels, once per questionnaire version."""
    found = _KNOWN_WORDS.get((form.id, form.version))
    if found is None:
        found = _KNOWN_WORDS[(form.id, form.version)] = doubtful.known_words(
            choice.label.get(lang) for choices in form.choice_lists.values()
            for choice in choices for lang in LANGS)
    return found


def _rows(answers: dict, section: str, repeat: str) -> list[dict]:
    rows = (answers.get(section) or {}).get(repeat) or []
    return [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []


def _marked_texts(answers: dict, marks: list[dict], kind: str) -> list[str]:
    """The text of every span marked as `kind` anywhere in the record."""
    out = []
    for mark in marks:
        group = answers.get(mark.get("section")) or {}
        repeat, _, name = str(mark.get("field") or "").rpartition(".")
        if repeat:
            rows = _rows(answers, str(mark.get("section")), repeat)
            row = mark.get("row")
            group = rows[row - 1] if isinstance(row, int) and 1 <= row <= len(rows) else {}
        text = group.get(name) if isinstance(group, dict) else None
        start, end = mark.get("start"), mark.get("end")
        if (mark.get("kind") == kind and isinstance(text, str) and isinstance(start, int) and
                isinstance(end, int)):
            out.append(text[max(0, start):end])
    return out


def _kunya(value) -> list[str]:
    """The kunya of a person_name answer, Arabic and Latin: public-named shows a person
    without it, in free text as in the name (see _without_kunya)."""
    if not isinstance(value, dict):
        return []
    latin = value.get("latin") if isinstance(value.get("latin"), dict) else {}
    return [v for v in (value.get("kunya"), latin.get("kunya")) if isinstance(v, str) and v]


def _without_kunya(value):
    """A kunya ("Umm Ali") names a child, who may be a living third party: public
    statements show a person's own names only."""
    if not isinstance(value, dict):
        return value
    out = {k: v for k, v in value.items() if k != "kunya"}
    if isinstance(out.get("latin"), dict):
        out["latin"] = {k: v for k, v in out["latin"].items() if k != "kunya"}
    return out


def _value(ctx: _Context, section: str, f: Field, group: dict, row_index: int | None,
           field_key: str) -> str:
    """The field's text at the level, or '' when it is withheld."""
    value = group.get(f.name)
    if value is None or value == "" or value == [] or f.type in ("attachment", "repeat"):
        return ""
    lang = ctx.lang
    is_witness = section == "witness"
    if ctx.visible(f) or (f.type == "person_name" and ctx.name_shown(
            group if row_index is not None else None, is_witness)):
        other = group.get(f"{f.name}_other")
        if isinstance(other, str) and other:
            other = ctx.free_text(other, section, f"{field_key}_other", row_index)
        if f.generated == "pseudonym":
            return pseudonyms.witness_pseudonym(value, lang, ctx.witness_sex)
        if f.type == "person_name" and ctx.public:
            value = _without_kunya(value)
        text = format_value(f, value, lang, other=other or None)
        if f.type in ("text", "long_text") and not f.generated:
            text = ctx.free_text(text, section, field_key, row_index)
        return text
    kind = f.public_as
    if kind == "age_band":
        age = witness_age(ctx.answers) if is_witness else value
        return age_band(ctx.form, age, lang)
    if kind == "month":
        return month(value, lang)
    if kind == "pseudonym":
        # The stored pseudonym is shown by its own (public) field; this covers records
        # saved before one was generated.
        return "" if (ctx.answers.get("witness") or {}).get("pseudonym") else ctx.pseudonym
    if kind == "role":
        rel = group.get("relationship")
        choice = choice_label(ctx.form, "relationship", rel, lang)
        return pseudonyms.role(choice, rel, ctx.witness_sex, lang, group.get("sex"))
    if kind == "neighbourhood":
        return neighbourhood(ctx.form, str(value), lang)
    if kind == "redacted" and ctx.public and ctx.quotes_allowed and isinstance(value, str):
        return ctx.free_text(value, section, field_key, row_index)
    return ""


def _items(ctx: _Context, section_name: str, group: dict, row: int | None = None,
           repeat: str | None = None, fields=None) -> tuple[Item, ...]:
    section = ctx.form.section(section_name)
    out = []
    age_group = False
    for f in fields if fields is not None else section.fields:
        if f.type in ("note", "repeat"):
            continue
        key = f"{repeat}.{f.name}" if repeat else f.name
        text = _value(ctx, section_name, f, group, row, key)
        if not text:
            continue
        title = f.label.get(ctx.lang)
        if f.public_as == "age_band" and not ctx.visible(f):
            # A year of birth or an age shown as an age group says so, once.
            if age_group:
                continue
            age_group, title = True, label("age_group", ctx.lang)
        out.append(Item(title, text, f"{section_name}.{key}"))
    return tuple(out)


def _people(ctx: _Context) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    repeat = ctx.form.section("people").field("people")
    by_name = {f.name: f for f in repeat.fields}
    columns = ("ref", "name", "relationship", "sex", "age", "outcome")
    headers = tuple(by_name[c].label.get(ctx.lang) for c in columns)
    rows = []
    for i, row in enumerate(_rows(ctx.answers, "people", "people"), 1):
        cells = []
        for c in columns:
            text = _value(ctx, "people", by_name[c], row, i, f"people.{c}")
            if c == "relationship" and text:
                text = pseudonyms.relationship_word(text, row.get(c), row.get("sex"),
                                                    ctx.lang)
            if c == "age" and not text and row.get("age_band"):
                text = _value(ctx, "people", by_name["age_band"], row, i, "people.age_band")
            cells.append(text or "—")
        rows.append(tuple(cells))
    return headers, tuple(rows)


def _account(ctx: _Context, group: dict) -> tuple[Item, ...]:
    """The account's fields at the level, the one written in the statement's language
    first (an Arabic statement opens with the witness's Arabic words, not the English
    translation); the others in the questionnaire's order."""
    items = _items(ctx, "account", group)
    return tuple(sorted(items, key=lambda i: languages.text_language(i.value) != ctx.lang))


def redact(form: Form, record: dict, level: str, lang: str = "en") -> StatementView:
    """The statement view of `record` ({id, revision, answers, marks}) at `level`.

    Raises ConsentRefused when the witness's consent does not allow `level`.
    """
    level = parse_level(level)
    if lang not in LANGS:
        raise ReportError("report.unknown_language", lang=lang)
    answers = record.get("answers") or {}
    code = str((answers.get("interview") or {}).get("code") or "")
    check_consent(answers, level, code)
    ctx = _Context(form, answers, record.get("marks") or [], level, lang)
    lists = {name: _items(ctx, name, answers.get(name) or {}) for name in _LISTED}
    consent = form.section("consent")
    summary = lists["interview"] + _items(ctx, "consent", answers.get("consent") or {},
                                          fields=[consent.field("scope")])
    instructions_section = form.section("instructions")
    group = answers.get("instructions") or {}
    received = _items(ctx, "instructions", group,
                      fields=[instructions_section.field("received")])
    repeat = instructions_section.field("instructions")
    blocks = tuple(
        _items(ctx, "instructions", row, i, "instructions", repeat.fields)
        for i, row in enumerate(_rows(answers, "instructions", "instructions"), 1))
    headers, rows = _people(ctx)
    witness = answers.get("witness") or {}
    if level == "public-anonymous" or not witness.get("full_name"):
        display = ctx.pseudonym
    else:
        shown = witness["full_name"]
        shown = _without_kunya(shown) if ctx.public else shown
        display = person_name(shown) if isinstance(shown, dict) else str(shown)
    return StatementView(
        level=level, lang=lang, record_id=str(record.get("id") or ""),
        revision=str(record.get("revision") or ""), code=code, witness_display=display,
        witness_label=pseudonyms.witness_word(lang, ctx.witness_sex),
        sections={s.name: s.label.get(lang) for s in form.sections},
        summary=summary, witness=lists["witness"], incident=lists["incident"],
        people_headers=headers, people_rows=rows, instructions_received=received,
        instructions=tuple(b for b in blocks if b),
        account=_account(ctx, answers.get("account") or {}),
        form_id=form.id, form_version=form.version, doubtful=tuple(ctx.doubtful),
    )
