"""The questionnaire as immutable Python objects (built by `loader`, read everywhere)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .conditions import Condition

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
    """A user-visible text in English, Arabic and Sorani; falls back to English."""

    en: str
    ar: str | None = None
    ckb: str | None = None

    def get(self, lang: str) -> str:
        return getattr(self, lang, None) or self.en

    def missing(self) -> list[str]:
        return [lang for lang in LANGUAGES if not getattr(self, lang)]


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
