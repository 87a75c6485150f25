"""Human-readable values and a record laid out by its questionnaire.

Pure functions used by the CLI's `show`, the GUI's read-only view and (later) statements.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..i18n import is_rtl
from .model import NAME_PARTS, Field, Form

YES_NO = {"en": ("Yes", "No"), "ar": ("نعم", "لا"), "ckb": ("بەڵێ", "نەخێر")}


@dataclass(frozen=True)
class Line:
    """One line of a laid-out record: a section heading, a row heading or a field."""

    kind: str  # "section" | "row" | "field"
    label: str
    value: str = ""
    depth: int = 0
    path: str = ""


def person_name(value: dict, *, latin: bool = True) -> str:
    arabic = " ".join(value[p] for p in ("given", "father", "grandfather", "family")
                      if value.get(p))
    if value.get("kunya"):
        arabic = f"{arabic} ({value['kunya']})" if arabic else value["kunya"]
    lat = value.get("latin") or {}
    roman = " ".join(lat[p] for p in NAME_PARTS if lat.get(p) and p != "kunya")
    if lat.get("kunya"):
        roman = f"{roman} ({lat['kunya']})" if roman else lat["kunya"]
    if latin and roman:
        return f"{arabic} — {roman}" if arabic else roman
    return arabic


def format_value(field: Field, value: Any, lang: str, *, other: str | None = None) -> str:
    if value is None or value == "" or value == []:
        return ""
    t = field.type
    if t == "bool":
        yes, no = YES_NO.get(lang, YES_NO["en"])
        return yes if value else no
    if t in ("select_one", "select_multiple"):
        values = value if isinstance(value, list) else [value]
        labels = []
        for v in values:
            choice = field.choice(v)
            text = choice.label.get(lang) if choice else str(v)
            if choice and choice.other and other:
                text = f"{text}: {other}"
            labels.append(text)
        return "، ".join(labels) if is_rtl(lang) else ", ".join(labels)
    if t == "person_name" and isinstance(value, dict):
        return person_name(value)
    if t == "geopoint" and isinstance(value, dict):
        text = f"{value.get('lat'):.6f}, {value.get('lon'):.6f}"
        precision = value.get("precision")
        for c in field.precision_choices:
            if c.value == precision:
                text += f" ({c.label.get(lang)})"
        return text
    return str(value)


def layout(form: Form, answers: dict, lang: str = "en", *,
           include_empty: bool = False) -> Iterator[Line]:
    """The record as lines, in questionnaire order, labels in `lang`."""
    for section in form.sections:
        group = answers.get(section.name) or {}
        if not group and not include_empty:
            continue
        yield Line("section", f"{section.key}. {section.label.get(lang)}", path=section.name)
        for field in section.fields:
            if field.type == "note":
                continue
            if field.type == "repeat":
                rows = group.get(field.name) or []
                if not rows and not include_empty:
                    continue
                yield Line("field", field.label.get(lang), str(len(rows)), 1,
                           f"{section.name}.{field.name}")
                for i, row in enumerate(rows, 1):
                    yield Line("row", f"{field.label.get(lang)} {i}", depth=1,
                               path=f"{section.name}.{field.name}[{i}]")
                    for sub in field.fields:
                        text = format_value(sub, row.get(sub.name), lang,
                                            other=row.get(f"{sub.name}_other"))
                        if text or include_empty:
                            yield Line("field", sub.label.get(lang), text, 2,
                                       f"{section.name}.{field.name}[{i}].{sub.name}")
                continue
            text = format_value(field, group.get(field.name), lang,
                                other=group.get(f"{field.name}_other"))
            if text or include_empty:
                yield Line("field", field.label.get(lang), text, 1,
                           f"{section.name}.{field.name}")
