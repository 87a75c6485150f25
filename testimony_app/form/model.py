"""The questionnaire as immutable Python objects (built by `loader`, read everywhere)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..messages import CodedError
from .conditions import Condition

# The languages of the built-in questionnaire; a questionnaire's own are `Form.languages`.
LANGUAGES = ("en", "ar", "ckb")
SENSITIVITIES = ("public", "partner", "internal")
PUBLIC_AS = ("age_band", "month", "neighbourhood", "pseudonym", "redacted", "role")
GENERATED = ("interview_code", "pseudonym", "person_ref", "sha256")
FIELD_TYPES = (
    "text", "long_text", "integer", "decimal", "date", "time", "datetime", "bool",
    "select_one", "select_multiple", "geopoint", "person_name", "attachment", "repeat", "note",
)
NAME_PARTS = ("given", "father", "grandfather", "family", "kunya")


@dataclass(frozen=True)
class Text:
    """A user-visible text in English and the questionnaire's other languages (Arabic and
    Sorani by name, any other in `more`); falls back to English."""

    en: str
    ar: str | None = None
    ckb: str | None = None
    more: tuple[tuple[str, str], ...] = ()  # (language code, text) of other languages

    def get(self, lang: str) -> str:
        if lang in ("en", "ar", "ckb"):
            return getattr(self, lang) or self.en
        return dict(self.more).get(lang) or self.en

    def languages(self) -> tuple[str, ...]:
        """The languages this text is written in, English first."""
        named = tuple(lang for lang in ("en", "ar", "ckb") if getattr(self, lang))
        return named + tuple(lang for lang, text in self.more if text)

    def missing(self, languages: tuple[str, ...] = LANGUAGES) -> list[str]:
        return [lang for lang in languages if lang not in self.languages()]


@dataclass(frozen=True)
class Choice:
    value: str
    label: Text
    other: bool = False


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    label: Text
    path: str  # "section.field" or "section.repeat.field", for messages
    sensitivity: str = "internal"
    hint: Text | None = None
    choices: tuple[Choice, ...] = ()
    choice_list: str | None = None
    required: bool = False
    required_when: Condition | None = None
    relevant: Condition | None = None
    constraint: Condition | None = None  # must hold once the field is answered, to complete
    constraint_message: Text | None = None
    public_as: str | None = None
    min: float | None = None
    max: float | None = None
    max_length: int | None = None
    generated: str | None = None
    default: Any = None
    searchable: bool = False
    translation_of: str | None = None
    precision_choices: tuple[Choice, ...] = ()
    fields: tuple[Field, ...] = ()
    role: str | None = None  # what the application knows the field as (form/roles.py)

    def choice(self, value: str) -> Choice | None:
        for c in self.choices:
            if c.value == value:
                return c
        return None


@dataclass(frozen=True)
class Section:
    name: str
    key: str
    label: Text
    fields: tuple[Field, ...]
    hint: Text | None = None

    def field(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


@dataclass(frozen=True)
class RoleRef:
    """Where a role lives: its section, its repeat (None outside one) and its field."""

    role: str
    section: Section
    repeat: Field | None
    field: Field


# The message saying a role is missing, by the feature that needs it (`Form.needs`).
_MISSING = {"": "form.missing_role", "statement": "form.missing_role_statement",
            "pseudonym": "form.missing_role_pseudonym"}


class MissingRole(CodedError, LookupError):
    """A feature ("statement", "pseudonym" or none named) needs a field the questionnaire
    does not tag with the role it reads."""

    def __init__(self, form: Form, role: str, feature: str = ""):
        self.form_id, self.version, self.role_name, self.feature = (
            form.id, form.version, role, feature)
        super().__init__(_MISSING[feature], form=repr(form.id), version=form.version,
                         role=repr(role))


@dataclass(frozen=True)
class Form:
    id: str
    version: int
    title: Text
    sections: tuple[Section, ...]
    source: str = ""
    choice_lists: dict[str, tuple[Choice, ...]] = field(default_factory=dict)

    def section(self, name: str) -> Section | None:
        for s in self.sections:
            if s.name == name:
                return s
        return None

    def all_fields(self):
        """Yield (section, repeat_field_or_None, field) for every field, depth first."""
        for s in self.sections:
            for f in s.fields:
                yield s, None, f
                for sub in f.fields:
                    yield s, f, sub

    @cached_property
    def searchable_fields(self) -> tuple:
        """(section, repeat_or_None, field) of every full-text searchable field."""
        return tuple(t for t in self.all_fields() if t[2].searchable)

    @cached_property
    def generated_fields(self) -> tuple:
        """(section, repeat_or_None, field) of every value the application generates."""
        return tuple(t for t in self.all_fields() if t[2].generated)

    @cached_property
    def languages(self) -> tuple[str, ...]:
        """The languages the questionnaire is written in (those its title carries, which
        every label may fall back from), English first."""
        return self.title.languages()

    @cached_property
    def roles(self) -> dict[str, tuple[RoleRef, ...]]:
        """Every role the questionnaire tags, with the fields that carry it, in form order."""
        found: dict[str, list[RoleRef]] = {}
        for section, repeat, f in self.all_fields():
            if f.role:
                found.setdefault(f.role, []).append(RoleRef(f.role, section, repeat, f))
        return {role: tuple(refs) for role, refs in found.items()}

    def fields_with(self, role: str) -> tuple[RoleRef, ...]:
        """The fields tagged `role` (none when the questionnaire has no such field)."""
        return self.roles.get(role, ())

    def role(self, role: str) -> RoleRef | None:
        """The field tagged `role` (the first, for a role several fields may carry)."""
        refs = self.roles.get(role)
        return refs[0] if refs else None

    def needs(self, role: str, feature: str = "") -> RoleRef:
        """The field tagged `role`, or MissingRole saying that `feature` ("statement",
        "pseudonym") needs it."""
        ref = self.role(role)
        if ref is None:
            raise MissingRole(self, role, feature)
        return ref

    def path_of(self, role: str) -> str | None:
        """'section.field' or 'section.repeat.field' of the field tagged `role`."""
        ref = self.role(role)
        return ref.field.path if ref else None

    def value(self, answers: dict, role: str, row: dict | None = None) -> Any:
        """The answer of the field tagged `role`: in `answers` for a field outside a repeat,
        in `row` (one row of its repeat) for a field inside one. None when unanswered or
        when the questionnaire has no such field."""
        ref = self.role(role)
        if ref is None:
            return None
        if ref.repeat is not None:
            return row.get(ref.field.name) if isinstance(row, dict) else None
        group = answers.get(ref.section.name) if isinstance(answers, dict) else None
        return group.get(ref.field.name) if isinstance(group, dict) else None

    def rows(self, answers: dict, role: str) -> list[dict]:
        """The rows of the repeat tagged `role` (only rows that are objects)."""
        rows = self.value(answers, role)
        return [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []

    def texts(self):
        """Yield (path, Text) for every label, hint and choice label (translation checks)."""
        yield f"{self.id}:title", self.title
        for s in self.sections:
            yield s.name, s.label
            if s.hint:
                yield f"{s.name}:hint", s.hint
        for _, _, f in self.all_fields():
            yield f.path, f.label
            if f.hint:
                yield f"{f.path}:hint", f.hint
            if f.constraint_message:
                yield f"{f.path}:constraint_message", f.constraint_message
        for list_name, choices in self.choice_lists.items():
            for c in choices:
                yield f"choices.{list_name}.{c.value}", c.label
