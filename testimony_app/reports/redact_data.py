"""Redaction as data: `redact_answers(form, answers, level)` -> answers of the same shape
holding only what `level` allows, in no language.

Driven by the questionnaire's `sensitivity` and `public_as` tags and its roles (see
docs/form-format.md) plus the level rules: partner keeps names; public-named keeps the
witness's and the dead's names; public-anonymous keeps no name. A withheld answer is left
out, as an unanswered one is. What a level shows generalised, and free text with spans
withheld, become markers that statements (redact.py) put into words per language:

- free text with withheld spans: {"redacted": ["kept text", {"withheld": "name"}, …]}
  (kinds: name, place, phone, other);
- {"public_as": "age_band", "value": "adult"}, {"public_as": "month", "value": "2017-03"},
  {"public_as": "neighbourhood", "value": "al_zanjili"} (None: a place withheld),
  {"public_as": "role", "value": "brother"} (a person named by their relation to the
  witness), {"public_as": "pseudonym"} (the witness's name replaced by the pseudonym).

Never imports the vault, never does I/O.
"""

from __future__ import annotations

from ..form import Field, Form
from ..form.marks import name_parts
from ..form.roles import DEAD
from . import addresses, doubtful, names, spans
from .generalise import LANGS, age_band, neighbourhood
from .levels import PUBLIC_LEVELS, parse_level, witness_age

_ADDRESS_ROLES = ("address", "incident_address")
_WITNESS_AGE_ROLES = ("witness_birth_year", "witness_age")


class Redactor:
    """The level's rules applied to one record's answers and marks."""

    def __init__(self, form: Form, answers: dict, marks: list, level: str):
        self.form, self.answers, self.level = form, answers, parse_level(level)
        level = self.level
        self.marks = [m for m in marks or [] if isinstance(m, dict)]
        self.public = level in PUBLIC_LEVELS
        self.quotes_allowed = form.value(answers, "consent_quotes") is True
        self.mark_kinds = (frozenset() if level == "internal" else
                           frozenset({"phone"}) if level == "partner" else frozenset(spans.KINDS))
        self.names = names.name_tokens(self._withheld_names())
        self.find_numbers = level != "internal"
        # The witness's birth year is shown only as an age band at public levels.
        born = form.value(answers, "witness_birth_year")
        self.years = frozenset({str(born)} if self.public and isinstance(born, int) else ())
        self.addresses = addresses.recorded_numbers(self._withheld_addresses())
        # Words shown that may still identify someone (doubtful.py), by where they are
        # written: (section, field key, row) -> words.
        self.doubtful: dict[tuple, list[str]] = {}
        self.known_words = _known_words(form)
        # A place, phone or other span marked once is withheld wherever it is written again.
        self.phrases = spans.phrases(
            (kind, text) for kind in self.mark_kinds - {"name"}
            for text in _marked_texts(answers, self.marks, kind))

    def _withheld_names(self) -> list[str]:
        if self.level == "internal":
            return []
        form, answers = self.form, self.answers
        # Partners get the names of the people in the account, not of the interview team.
        out = [form.value(answers, "researcher"), form.value(answers, "interpreter")]
        if not self.public:
            return [str(v) for v in out if v]
        # public-named keeps the witness's and the dead's names. A word in both a kept name
        # and a withheld one (a shared family name) is withheld in free text: safer to
        # over-withhold the dead's name than to reveal the living.
        witness_name = form.value(answers, "witness_name")
        if self.level != "public-named":
            out += name_parts(witness_name)
        else:
            out += _kunya(witness_name)
        for row in form.rows(answers, "people"):
            name = form.value(answers, "person_name", row)
            if self.level != "public-named" or not self.dead(row):
                out += name_parts(name)
            else:
                out += _kunya(name)
        # A name the researcher marked once is withheld wherever else it is written.
        out += _marked_texts(answers, self.marks, "name")
        return [str(v) for v in out if v]

    def _withheld_addresses(self) -> list[str]:
        """The recorded addresses this level does not show."""
        out = []
        for role in _ADDRESS_ROLES:
            for ref in self.form.fields_with(role):
                value = (self.answers.get(ref.section.name) or {}).get(ref.field.name)
                if isinstance(value, str) and not self.visible(ref.field):
                    out.append(value)
        return out

    def dead(self, row: dict) -> bool:
        return self.form.value(self.answers, "person_outcome", row) in DEAD

    def name_shown(self, row: dict | None, is_witness: bool) -> bool:
        if self.level in ("internal", "partner"):
            return True
        if self.level == "public-named":
            return is_witness or (row is not None and self.dead(row))
        return False

    def free_text(self, text: str, section: str, field_key: str, row: int | None):
        """`text` as it may be shown: itself, or {"redacted": pieces} with spans withheld."""
        if self.level == "internal":
            return text
        marks = [m for m in self.marks if m.get("section") == section and
                 m.get("field") == field_key and m.get("row") == row]
        found = spans.mark_spans(text, marks, self.mark_kinds)
        found += spans.found_spans(text, self.names, numbers=self.find_numbers,
                                   years=self.years, addresses=self.addresses,
                                   phrases=self.phrases)
        words = list(names.WORD.finditer(text))
        self.doubtful[(section, field_key, row)] = list(doubtful.doubtful(
            text, words, [(s.start, s.end) for s in found], self.known_words, self.addresses,
            names=self.public))
        return {"redacted": spans.segments(text, found)} if found else text

    def visible(self, f: Field) -> bool:
        if self.level == "internal":
            return True
        if self.level == "partner":
            return f.sensitivity in ("public", "partner")
        return f.sensitivity == "public"

    # The answers at the level

    def group(self, section: str, fields, group: dict, row: int | None = None,
              repeat: str | None = None) -> dict:
        out: dict = {}
        if not isinstance(group, dict):
            return out
        for f in fields:
            if f.type == "note":
                continue
            if f.type == "repeat":
                rows = group.get(f.name)
                # A repeat the level does not show is left out whole: not even its rows
                # are counted.
                if isinstance(rows, list) and self.visible(f):
                    rows = [r for r in rows if isinstance(r, dict)]
                    out[f.name] = [self.group(section, f.fields, r, i, f.name)
                                   for i, r in enumerate(rows, 1)]
                continue
            key = f"{repeat}.{f.name}" if repeat else f.name
            value = self.field(section, f, group, row, key)
            if value is None:
                continue
            out[f.name] = value
            other = group.get(f"{f.name}_other")
            if isinstance(other, str) and other and self.shown(f, group, row):
                out[f"{f.name}_other"] = self.free_text(other, section, f"{key}_other", row)
        return out

    def shown(self, f: Field, group: dict, row: int | None) -> bool:
        """Whether the field's own answer is shown (not withheld, not generalised)."""
        return self.visible(f) or (f.type == "person_name" and self.name_shown(
            group if row is not None else None, f.role == "witness_name"))

    def field(self, section: str, f: Field, group: dict, row: int | None, key: str):
        """The field's answer at the level: itself, a marker, or None when withheld."""
        value = group.get(f.name)
        if value is None or value == "" or value == [] or (
                f.type == "person_name" and not value):
            return None
        if self.shown(f, group, row):
            if f.type == "person_name" and self.public:
                value = _without_kunya(value)
            if f.type in ("text", "long_text") and not f.generated:
                return self.free_text(str(value), section, key, row)
            return value
        kind = f.public_as
        if kind == "age_band":
            age = witness_age(self.answers, self.form) if f.role in _WITNESS_AGE_ROLES \
                else value
            band = age_band(age)
            return {"public_as": kind, "value": band} if band else None
        if kind == "month":
            return {"public_as": kind, "value": str(value)[:7]}
        if kind == "pseudonym":
            # The stored pseudonym is shown by its own (public) field; this covers records
            # saved before one was generated.
            stored = self.form.value(self.answers, "witness_pseudonym")
            return None if stored else {"public_as": kind}
        if kind == "role":
            return {"public_as": kind,
                    "value": self.form.value(self.answers, "person_relationship", group)}
        if kind == "neighbourhood":
            return {"public_as": kind, "value": neighbourhood(self.form, str(value))}
        if kind == "redacted" and self.public and self.quotes_allowed and isinstance(value, str):
            return self.free_text(value, section, key, row)
        return None

    def answers_at_level(self) -> dict:
        out = {}
        for section in self.form.sections:
            group = self.answers.get(section.name)
            if isinstance(group, dict):
                out[section.name] = self.group(section.name, section.fields, group)
        return out


def redact_answers(form: Form, answers: dict, level: str, marks: list | None = None) -> dict:
    """`answers` as `level` allows them to be shown: the same sections, fields and rows,
    withheld answers left out, generalised ones and redacted free text as markers (see the
    module's text). Raises nothing about consent: callers check it (levels.check_consent)."""
    return Redactor(form, answers or {}, marks or [], level).answers_at_level()


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
    latin = value.get("latin")
    latin = latin if isinstance(latin, dict) else {}
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
