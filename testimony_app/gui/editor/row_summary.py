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


def row_overview(field: Field, row: dict, lang: str, number: int) -> tuple[str, str | None]:
    """(plain text, outcome colour or None) for the overview line of a row."""
    subs = {f.name: f for f in field.fields}
    parts = [f"{number}."]
    if row.get("ref"):
        parts.append(str(row["ref"]))
    if isinstance(row.get("name"), dict):
        parts.append(isolate(person_name(row["name"], latin=False) or
                             person_name(row["name"])))
    colour = None
    if row.get("outcome") and "outcome" in subs:
        parts.append(f"■ {format_value(subs['outcome'], row['outcome'], lang)}")
        colour = OUTCOME_COLOURS.get(row["outcome"])
    for name in ("source", "kind", "original_name", "relationship"):
        if row.get(name) and name in subs:
            parts.append(format_value(subs[name], row[name], lang))
    mark = "\u200f" if is_rtl(lang) else "\u200e"
    return mark + " · ".join(parts), colour


def row_summary(field: Field, row: dict, lang: str, number: int) -> str:
    """Rich text for the card header of row `number` (1-based)."""
    parts = [f"<b>{number}.</b>"]
    subs = {f.name: f for f in field.fields}
    if row.get("ref"):
        parts.append(f"<b>{html.escape(str(row['ref']))}</b>")
    if isinstance(row.get("name"), dict):
        parts.append(html.escape(isolate(person_name(row["name"]))))
    outcome = row.get("outcome")
    if outcome and "outcome" in subs:
        text = html.escape(format_value(subs["outcome"], outcome, lang))
        colour = OUTCOME_COLOURS.get(outcome, "#333333")
        parts.append(f'<span style="color:{colour}; font-weight:bold">■ {text}</span>')
    for name in ("source", "kind", "original_name"):
        if row.get(name) and name in subs:
            parts.append(html.escape(format_value(subs[name], row[name], lang)))
    for name in ("relationship", "age"):
        if row.get(name) is not None and name in subs and len(parts) < 6:
            parts.append(html.escape(format_value(subs[name], row[name], lang)))
    # The line takes the interface's direction, whatever script the first name is in.
    mark = "\u200f" if is_rtl(lang) else "\u200e"
    return mark + " · ".join(parts)
