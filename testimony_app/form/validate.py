"""Validate and normalise a record's answers against its questionnaire.

Pure (but for today's date, which a constraint may compare with): takes the form and a
JSON-like answers dict, returns cleaned answers and the problems found. Drafts are checked
for types only; completing also enforces `required` and each field's `constraint`.
Irrelevant (hidden) fields are dropped from the cleaned answers: they are never stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..messages import Message
from .conditions import THIS, date_span
from .model import Field, Form, Section, Text
from .values import InvalidAnswer, as_text, is_blank, normalise_value

_MAX_ROWS = 500


@dataclass(frozen=True)
class Problem:
    path: str  # e.g. "people.people[2].outcome"
    code: str  # "required", "type", "choice", "range", "unknown", "dropped", ...
    message: str  # in English
    # A questionnaire's own message (a constraint's) in every language it gives.
    text: Text | None = field(default=None, compare=False)
    # The validator's own message as a code of testimony_app.messages, for a front end to
    # render in its language.
    said: Message | None = field(default=None, compare=False)

    @property
    def is_error(self) -> bool:
        return self.code != "dropped"

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class _Resolver:
    """Looks names up for conditions: row, then section, then `section.field`.

    A condition sees each answer as it will be stored ("true" -> true, "١٧" -> 17), so it
    agrees with the cleaned answers; an answer that does not validate is seen as given.
    A date is seen as the days it may mean (a `Span`), so that partial dates compare.
    """

    def __init__(self, form: Form, answers: dict, section: str, row: dict | None = None,
                 row_fields: tuple[Field, ...] = ()):
        self.form, self.answers, self.section = form, answers, section
        self.row, self.row_fields = row, row_fields

    def __call__(self, name: str) -> Any:
        found, value = self._lookup(name)
        if found is None or is_blank(value) or found.type in ("repeat", "note"):
            return value
        try:
            value = normalise_value(found, value)
        except InvalidAnswer:
            return value
        if found.type in ("date", "datetime"):
            return date_span(value) or value
        return value

    def _lookup(self, name: str) -> tuple[Field | None, Any]:
        if "." in name:
            sec_name, field_name = name.split(".", 1)
        else:
            if self.row is not None:
                for f in self.row_fields:
                    if f.name == name:
                        return f, self.row.get(name)
            sec_name, field_name = self.section, name
        section = self.form.section(sec_name)
        group = self.answers.get(sec_name)
        # Another section may hold anything at all; it is reported where it is validated.
        value = group.get(field_name) if isinstance(group, dict) else None
        return (section.field(field_name) if section else None), value


def _other_allowed(f: Field, value: Any) -> bool:
    values = value if isinstance(value, list) else [value]
    return any((c := f.choice(v)) is not None and c.other for v in values if isinstance(v, str))


_NAMES: dict[int, tuple[tuple[Field, ...], dict[str, Field]]] = {}


def _names(fields: tuple[Field, ...]) -> dict[str, Field]:
    """Fields by name, cached per group (keyed by identity: forms are immutable)."""
    hit = _NAMES.get(id(fields))
    if hit is None or hit[0] is not fields:
        hit = _NAMES[id(fields)] = (fields, {f.name: f for f in fields})
    return hit[1]


class _Validator:
    def __init__(self, form: Form, complete: bool, today: dt.date | None,
                 constraints: bool = True):
        self.form, self.complete, self.constraints = form, complete, constraints
        self.today = today or dt.date.today()
        self.problems: list[Problem] = []

    def add(self, path: str, code: str, said: str | Message, /, **params: Any) -> None:
        said = said if isinstance(said, Message) else Message(said, **params)
        self.problems.append(Problem(path, code, str(said), said=said))

    def check_constraint(self, f: Field, path: str, resolve: _Resolver) -> None:
        """To complete, an answered field's constraint must hold; drafts keep what it says
        (the editor shows it), so a stored record that breaks a newer rule still saves."""
        if not (self.complete and self.constraints) or f.constraint is None:
            return
        if not f.constraint.holds(lambda name: resolve(f.name if name == THIS else name),
                                  self.today):
            # The questionnaire gives the message in every language; not the English table.
            assert f.constraint_message is not None  # the loader requires it with a constraint
            self.problems.append(Problem(path, "constraint", f.constraint_message.en,
                                         f.constraint_message))

    def group(self, fields: tuple[Field, ...], raw: dict, path: str, resolve: _Resolver) -> dict:
        """Validate one section's answers or one repeat row; returns the cleaned dict."""
        known = _names(fields)
        clean: dict[str, Any] = {}
        for key in raw:
            if key not in known:
                base = key[: -len("_other")] if key.endswith("_other") else None
                if not (base in known and known[base].choices):
                    self.add(f"{path}.{key}", "unknown", "problem.unknown_field")
        for f in fields:
            value = raw.get(f.name)
            if f.choices and is_blank(value) and not is_blank(raw.get(f"{f.name}_other")):
                self.add(f"{path}.{f.name}_other", "dropped",
                         "problem.other_only")
            if value is None and not (
                self.complete and (f.required or f.required_when is not None)
            ):
                continue  # unanswered and not required: nothing to check or store
            if f.type == "note":
                continue
            here = f"{path}.{f.name}"
            if f.relevant is not None and not f.relevant.holds(resolve):
                if not is_blank(value):
                    self.add(here, "dropped",
                             "problem.not_relevant", condition=f.relevant.source)
                continue
            if f.type == "repeat":
                rows = self.repeat(f, value, here, resolve)
                if rows:
                    clean[f.name] = rows
                    self.check_constraint(f, here, resolve)
                elif self.complete and f.required:
                    self.add(here, "required", "problem.rows_required")
                continue
            if not is_blank(value):
                try:
                    value = normalise_value(f, value)
                except InvalidAnswer as exc:
                    self.add(here, exc.code, exc.said)
                    continue
            if is_blank(value):
                if self.complete and (
                    f.required or (f.required_when is not None and f.required_when.holds(resolve))
                ):
                    self.add(here, "required", "problem.required")
                continue
            clean[f.name] = value
            self.check_constraint(f, here, resolve)
            other = raw.get(f"{f.name}_other")
            if f.choices and not is_blank(other):
                if not _other_allowed(f, value):
                    self.add(f"{here}_other", "dropped", "problem.other_only")
                else:
                    try:
                        clean[f"{f.name}_other"] = as_text(f, other)
                    except InvalidAnswer as exc:
                        self.add(f"{here}_other", exc.code, exc.said)
        return clean

    def repeat(self, f: Field, value: Any, path: str, resolve: _Resolver) -> list[dict]:
        if is_blank(value):
            return []
        if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
            self.add(path, "type", "problem.rows_type")
            return []
        limit = int(f.max) if f.max is not None else _MAX_ROWS
        if len(value) > limit:
            self.add(path, "range", "problem.rows_max", count=limit)
            return []
        if self.complete and f.min is not None and len(value) < f.min:
            self.add(path, "range", "problem.rows_min", count=int(f.min))
        rows = []
        for i, raw_row in enumerate(value):
            row_resolve = _Resolver(self.form, resolve.answers, resolve.section, raw_row,
                                    f.fields)
            row = self.group(f.fields, raw_row, f"{path}[{i + 1}]", row_resolve)
            if row:
                rows.append(row)
        return rows

    def run(self, answers: Any) -> dict:
        if not isinstance(answers, dict):
            self.add("answers", "type", "problem.answers_object")
            return {}
        sections = {s.name: s for s in self.form.sections}
        for name in answers:
            if name not in sections:
                self.add(name, "unknown", "problem.unknown_section")
        clean: dict[str, dict] = {}
        section: Section
        for section in self.form.sections:
            raw = answers.get(section.name) or {}
            if not isinstance(raw, dict):
                self.add(section.name, "type", "problem.section_object")
                continue
            # Conditions see the answers normalised (see _Resolver); hidden fields are dropped.
            group = self.group(section.fields, raw, section.name,
                               _Resolver(self.form, answers, section.name))
            if group:
                clean[section.name] = group
        return clean


def validate(form: Form, answers: Any, *, complete: bool = False,
             today: dt.date | None = None, constraints: bool = True,
             ) -> tuple[dict, list[Problem]]:
    """Return (cleaned answers, problems). Errors are problems with `is_error` true.
    `today` (default: this computer's date) is what a constraint's `today()` means;
    `constraints=False` judges a revision written elsewhere, perhaps before a rule existed
    (an import), by everything but the constraints."""
    v = _Validator(form, complete, today, constraints)
    clean = v.run(answers)
    return clean, v.problems


def errors_of(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]
