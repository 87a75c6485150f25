"""The one-line summary of a repeat row shown on its card: for people, the reference, name
and outcome at a glance (colour plus word, so it does not rely on colour alone).

Never returns unescaped text: names go into rich-text labels.
"""

from __future__ import annotations

import html

from ...form import Field
from ...form.display import format_value, person_name
from ...i18n import is_rtl, isolate

OUTCOME_COLOURS = {"killed": "#8b0000", "died_later": "#8b0000", "injured": "#b35900",
                   "unhurt": "#1b6e20", "missing": "#5b2c83"}


def _subs(field: Field) -> dict:
    """The row's fields a card names, by what they are: the person's reference, name,
    outcome, relationship and age, and the labels of the row (an instruction's source);
    found by role. A repeat with no roles (the attachments) is named by its first choice
    and its first text (the kind of file and its name)."""
    by_role = {f.role: f for f in field.fields if f.role}
    out = {key: by_role.get(role) for key, role in (
        ("ref", "person_ref"), ("name", "person_name"), ("outcome", "person_outcome"),
        ("relationship", "person_relationship"), ("age", "person_age"))}
    labels = [by_role["instruction_source"]] if "instruction_source" in by_role else []
    if not by_role:
        labels = [f for kind in ("select_one", "text")
                  for f in [next((f for f in field.fields if f.type == kind), None)] if f]
    out["labels"] = labels
    return out


def _answer(row: dict, f: Field | None):
    return row.get(f.name) if f is not None else None


def row_overview(field: Field, row: dict, lang: str, number: int) -> tuple[str, str | None]:
    """(plain text, outcome colour or None) for the overview line of a row."""
    subs = _subs(field)
    parts = [f"{number}."]
    if _answer(row, subs["ref"]):
        parts.append(str(_answer(row, subs["ref"])))
    name = _answer(row, subs["name"])
    if isinstance(name, dict):
        parts.append(isolate(person_name(name, latin=False) or person_name(name)))
    colour = None
    outcome = _answer(row, subs["outcome"])
    if outcome:
        parts.append(f"■ {format_value(subs['outcome'], outcome, lang)}")
        colour = OUTCOME_COLOURS.get(outcome)
    for f in [*subs["labels"], subs["relationship"]]:
        if _answer(row, f):
            parts.append(format_value(f, row[f.name], lang))
    mark = "\u200f" if is_rtl(lang) else "\u200e"
    return mark + " · ".join(parts), colour


def row_summary(field: Field, row: dict, lang: str, number: int) -> str:
    """Rich text for the card header of row `number` (1-based)."""
    parts = [f"<b>{number}.</b>"]
    subs = _subs(field)
    if _answer(row, subs["ref"]):
        parts.append(f"<b>{html.escape(str(_answer(row, subs['ref'])))}</b>")
    name = _answer(row, subs["name"])
    if isinstance(name, dict):
        parts.append(html.escape(isolate(person_name(name))))
    outcome = _answer(row, subs["outcome"])
    if outcome:
        text = html.escape(format_value(subs["outcome"], outcome, lang))
        colour = OUTCOME_COLOURS.get(outcome, "#333333")
        parts.append(f'<span style="color:{colour}; font-weight:bold">■ {text}</span>')
    for f in subs["labels"]:
        if _answer(row, f):
            parts.append(html.escape(format_value(f, row[f.name], lang)))
    for f in (subs["relationship"], subs["age"]):
        if _answer(row, f) is not None and len(parts) < 6:
            parts.append(html.escape(format_value(f, row[f.name], lang)))
    # The line takes the interface's direction, whatever script the first name is in.
    mark = "\u200f" if is_rtl(lang) else "\u200e"
    return mark + " · ".join(parts)
