"""Load and check questionnaire definitions (TOML) into `model.Form` objects.

A broken definition is rejected with the file, the field and the reason; nothing is
half-loaded. The format is documented in docs/form-format.md.
"""

from __future__ import annotations

import os
import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any, Literal, overload

from ..resources import resource_path
from .conditions import THIS, ConditionError, parse_condition
from .errors import FormError, UnknownForm
from .model import (
    FIELD_TYPES,
    GENERATED,
    PUBLIC_AS,
    SENSITIVITIES,
    Choice,
    Field,
    Form,
    Section,
    Text,
)
from .roles import check_roles

_SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
_VALUE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_FORM_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")  # an ISO 639 code: en, ar, ckb, fa…
_FIELD_KEYS = {
    "name", "type", "label", "hint", "choices", "required", "relevant", "sensitivity",
    "public_as", "min", "max", "max_length", "generated", "default", "searchable",
    "translation_of", "precision_choices", "fields", "constraint", "constraint_message",
    "role",
}
_SELECTS = ("select_one", "select_multiple")


class _Loader:
    def __init__(self, source: str, data: dict[str, Any]):
        self.source = source
        self.data = data
        self.languages: tuple[str, ...] | None = None  # the title's, once it is read

    def fail(self, where: str, reason: str) -> FormError:
        return FormError(self.source, where, reason)

    @overload
    def text(self, where: str, raw: Any, *, optional: Literal[False] = False) -> Text: ...
    @overload
    def text(self, where: str, raw: Any, *, optional: bool) -> Text | None: ...

    def text(self, where: str, raw: Any, *, optional: bool = False) -> Text | None:
        if raw is None and optional:
            return None
        if not isinstance(raw, dict) or not isinstance(raw.get("en"), str) or not raw["en"]:
            raise self.fail(where, "needs a table with at least a non-empty 'en' text")
        unknown = [k for k in raw if not _LANGUAGE.match(k) or not isinstance(raw[k], str) or
                   (self.languages is not None and k not in self.languages)]
        if unknown:
            raise self.fail(where, f"unknown language(s) {sorted(unknown)}")
        more = tuple((k, v) for k, v in raw.items() if k not in ("en", "ar", "ckb") and v)
        return Text(raw["en"], raw.get("ar") or None, raw.get("ckb") or None, more)

    def choice_lists(self) -> dict[str, tuple[Choice, ...]]:
        raw = self.data.get("choices", {})
        if not isinstance(raw, dict):
            raise self.fail("choices", "must be a table of named lists")
        lists = {}
        for list_name, items in raw.items():
            where = f"choices.{list_name}"
            if not isinstance(items, list) or not items:
                raise self.fail(where, "must be a non-empty list of choices")
            seen, out = set(), []
            for item in items:
                value = item.get("value") if isinstance(item, dict) else None
                if not isinstance(value, str) or not _VALUE.match(value):
                    raise self.fail(where, f"choice value {value!r} is not snake_case")
                if value in seen:
                    raise self.fail(where, f"choice value {value!r} appears twice")
                seen.add(value)
                label = self.text(f"{where}.{value}", item.get("label"))
                out.append(Choice(value, label, bool(item.get("other", False))))
            lists[list_name] = tuple(out)
        return lists

    def field(self, raw: Any, prefix: str, lists: dict, depth: int = 0) -> Field:
        if not isinstance(raw, dict):
            raise self.fail(prefix, "a field must be a table")
        name = raw.get("name")
        where = f"{prefix}.{name}"
        if not isinstance(name, str) or not _SNAKE.match(name):
            raise self.fail(where, "field name must be snake_case")
        unknown = set(raw) - _FIELD_KEYS
        if unknown:
            raise self.fail(where, f"unknown key(s) {sorted(unknown)}")
        ftype = raw.get("type")
        if ftype not in FIELD_TYPES:
            raise self.fail(where, f"unknown type {ftype!r}")
        sensitivity = raw.get("sensitivity", "internal")
        if sensitivity not in SENSITIVITIES:
            raise self.fail(where, f"sensitivity must be one of {', '.join(SENSITIVITIES)}")
        public_as = raw.get("public_as")
        if public_as is not None and public_as not in PUBLIC_AS:
            raise self.fail(where, f"public_as must be one of {', '.join(PUBLIC_AS)}")
        role = raw.get("role")
        if role is not None and (not isinstance(role, str) or not _SNAKE.match(role)):
            raise self.fail(where, "role must be a snake_case name")
        generated = raw.get("generated")
        if generated is not None and generated not in GENERATED:
            raise self.fail(where, f"generated must be one of {', '.join(GENERATED)}")

        choices: tuple[Choice, ...] = ()
        list_name = raw.get("choices")
        if ftype in _SELECTS:
            if list_name not in lists:
                raise self.fail(where, f"choice list {list_name!r} is not defined")
            choices = lists[list_name]
        elif list_name is not None:
            raise self.fail(where, "only select fields take 'choices'")

        precision: tuple[Choice, ...] = ()
        if raw.get("precision_choices") is not None:
            if ftype != "geopoint" or raw["precision_choices"] not in lists:
                raise self.fail(where, "precision_choices needs a geopoint and a defined list")
            precision = lists[raw["precision_choices"]]

        required = raw.get("required", False)
        required_when = None
        if isinstance(required, str):
            required_when, required = self.condition(where, "required", required), False
        elif not isinstance(required, bool):
            raise self.fail(where, "required must be true, false or a condition")
        relevant = None
        if raw.get("relevant") is not None:
            relevant = self.condition(where, "relevant", raw["relevant"])

        constraint = constraint_message = None
        if raw.get("constraint") is not None:
            if ftype == "note":
                raise self.fail(where, "a note holds no answer to constrain")
            constraint = self.condition(where, "constraint", raw["constraint"])
            constraint_message = self.text(f"{where}.constraint_message",
                                           raw.get("constraint_message"))
        elif "constraint_message" in raw:
            raise self.fail(where, "constraint_message needs a constraint")

        for key in ("min", "max"):
            if key in raw and (isinstance(raw[key], bool) or not isinstance(raw[key], int | float)):
                raise self.fail(where, f"{key} must be a number")
        max_length = raw.get("max_length")
        if max_length is not None and (not isinstance(max_length, int) or max_length < 1):
            raise self.fail(where, "max_length must be a positive integer")
        if max_length is None and ftype in ("text", "long_text"):
            max_length = 2_000 if ftype == "text" else 200_000

        subfields: tuple[Field, ...] = ()
        if ftype == "repeat":
            if depth > 0:
                raise self.fail(where, "repeat groups cannot be nested")
            raw_fields = raw.get("fields")
            if not isinstance(raw_fields, list) or not raw_fields:
                raise self.fail(where, "a repeat needs its own fields")
            subfields = tuple(self.field(f, where, lists, depth + 1) for f in raw_fields)
            self.unique(where, subfields)
        elif "fields" in raw:
            raise self.fail(where, "only repeat fields hold fields")

        return Field(
            name=name, type=ftype, path=where.lstrip("."),
            label=self.text(f"{where}.label", raw.get("label")),
            hint=self.text(f"{where}.hint", raw.get("hint"), optional=True),
            sensitivity=sensitivity, choices=choices, choice_list=list_name,
            required=required, required_when=required_when, relevant=relevant,
            constraint=constraint, constraint_message=constraint_message,
            public_as=public_as, min=raw.get("min"), max=raw.get("max"),
            max_length=max_length, generated=generated, default=raw.get("default"),
            searchable=bool(raw.get("searchable", False)),
            translation_of=raw.get("translation_of"), precision_choices=precision,
            fields=subfields, role=role,
        )

    def condition(self, where: str, key: str, source: Any):
        try:
            return parse_condition(source)
        except ConditionError as exc:
            raise self.fail(where, f"{key} condition {source!r}: {exc}") from None

    def unique(self, where: str, fields: tuple[Field, ...]) -> None:
        names = [f.name for f in fields]
        for name in names:
            if names.count(name) > 1:
                raise self.fail(where, f"field name {name!r} appears twice")

    def form(self) -> Form:
        form_id, version = self.data.get("id"), self.data.get("version")
        if not isinstance(form_id, str) or not _FORM_ID.match(form_id):
            raise self.fail("id", "form id must be lower-case letters, digits and '-'")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail("version", "version must be an integer >= 1")
        # The title names the questionnaire's languages; every other text may use only them.
        title = self.text("title", self.data.get("title"))
        self.languages = title.languages()
        lists = self.choice_lists()
        raw_sections = self.data.get("sections")
        if not isinstance(raw_sections, list) or not raw_sections:
            raise self.fail("sections", "the form needs at least one section")
        sections = []
        for raw in raw_sections:
            name = raw.get("name") if isinstance(raw, dict) else None
            if not isinstance(name, str) or not _SNAKE.match(name):
                raise self.fail(f"sections.{name}", "section name must be snake_case")
            fields = tuple(self.field(f, name, lists) for f in raw.get("fields") or [])
            if not fields:
                raise self.fail(name, "a section needs fields")
            self.unique(name, fields)
            sections.append(Section(
                name=name, key=str(raw.get("key", "")),
                label=self.text(f"{name}.label", raw.get("label")),
                hint=self.text(f"{name}.hint", raw.get("hint"), optional=True),
                fields=fields,
            ))
        names = [s.name for s in sections]
        if len(set(names)) != len(names):
            raise self.fail("sections", "section names must be unique")
        form = Form(
            id=form_id, version=version, title=title,
            sections=tuple(sections), source=self.source, choice_lists=lists,
        )
        self.check_references(form)
        misuse = check_roles(form)
        if misuse is not None:
            raise self.fail(*misuse)
        return form

    def check_references(self, form: Form) -> None:
        """Every name a condition or `translation_of` uses must exist where it is looked up;
        `count()` takes a repeat, `year()` a date, and only a constraint may say `.`."""
        for section, repeat, f in form.all_fields():
            scope = {x.name: x for x in section.fields}
            if repeat is not None:
                scope |= {x.name: x for x in repeat.fields}
            for key, cond in (("required", f.required_when), ("relevant", f.relevant),
                              ("constraint", f.constraint)):
                if cond is None:
                    continue
                for name in cond.names():
                    target = self.named(form, f, scope, key, name)
                    if name in cond.counted() and target.type != "repeat":
                        raise self.fail(f.path, f"count() needs a repeat, not {name!r}")
                    if name in cond.dated() and target.type not in ("date", "datetime"):
                        raise self.fail(f.path, f"year() needs a date field, not {name!r}")
            if f.translation_of and f.translation_of not in scope:
                raise self.fail(f.path, f"translation_of names unknown field {f.translation_of!r}")

    def named(self, form: Form, f: Field, scope: dict, key: str, name: str) -> Field:
        """The field a condition's name stands for, or the reason it stands for none."""
        if name == THIS:
            if key != "constraint":
                raise self.fail(f.path, f"only a constraint may name '.', not {key}")
            return f
        if "." in name:
            sec_name, field_name = name.split(".", 1)
            sec = form.section(sec_name)
            target = sec.field(field_name) if sec else None
        else:
            target = scope.get(name)
        if target is None:
            raise self.fail(f.path, f"{key} condition names unknown field {name!r}")
        return target


def load_form(path: str | Path) -> Form:
    """Read and check one questionnaire file; raises FormError with file, field, reason."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        raise FormError(path.name, "", "file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise FormError(path.name, "", f"not valid TOML ({exc})") from None
    return _Loader(path.name, data).form()


# Folders of questionnaires beside the shipped ones: an organisation's own, or the tests'.
FORMS_ENV = "TESTIMONY_FORMS"
_extra_folders: list[Path] = []


def form_folders() -> list[Path]:
    """Where questionnaires are read from: the shipped folder, the folders named in the
    TESTIMONY_FORMS environment variable (separated like PATH), then those added with
    `add_form_folder`."""
    named = [Path(p) for p in os.environ.get(FORMS_ENV, "").split(os.pathsep) if p]
    return [resource_path("forms"), *named, *_extra_folders]


def add_form_folder(folder: str | Path) -> None:
    """Read questionnaires from `folder` too, from now on."""
    folder = Path(folder)
    if folder not in _extra_folders:
        _extra_folders.append(folder)
    installed_forms.cache_clear()


@cache
def installed_forms() -> dict[tuple[str, int], Form]:
    """Every questionnaire of `form_folders()`, by (id, version); a second file with the
    same id and version is refused, never allowed to replace the first."""
    forms: dict[tuple[str, int], Form] = {}
    for folder in form_folders():
        for path in sorted(folder.glob("*.toml")):
            form = load_form(path)
            if (form.id, form.version) in forms:
                raise FormError(path.name, "id", f"{form.id} version {form.version} is "
                                "already installed")
            forms[(form.id, form.version)] = form
    return forms


def installed_languages() -> tuple[str, ...]:
    """Every language an installed questionnaire is written in, English first."""
    found: dict[str, None] = {}
    for form in installed_forms().values():
        found.update(dict.fromkeys(form.languages))
    return tuple(found)


def get_form(form_id: str, version: Any) -> Form:
    """An installed questionnaire; any other id or version (a document's own value,
    whatever it holds) is refused with `UnknownForm`."""
    try:
        return installed_forms()[(form_id, version)]
    except (KeyError, TypeError):
        raise UnknownForm(form_id, version) from None


def current_form(form_id: str = "testimony-interview") -> Form:
    """The newest installed version of a questionnaire (used for new records)."""
    versions = [f for (fid, _), f in installed_forms().items() if fid == form_id]
    if not versions:
        raise UnknownForm(form_id, "any")
    return max(versions, key=lambda f: f.version)
