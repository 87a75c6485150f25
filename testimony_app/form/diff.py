"""What changed between two states of a record's answers, field by field, labelled from the
questionnaire: for the editor's history panel and the CLI's `history --diff`.

Pure: takes the form and two answers dicts, returns a list of changes in questionnaire
order. Never reads or writes anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..i18n import is_rtl
from .display import format_value, person_name
from .model import Field, Form, Section


@dataclass(frozen=True)
class Change:
    """One difference. `kind` is "changed" (a field's value), "row_added" or "row_removed"
    (a whole row of a repeat; `old`/`new` then summarise the row)."""

    kind: str
    path: str  # "incident.date", "people.people[2].outcome" (row numbers of the new state)
    section: str  # "D. Incident"
    label: str  # "Date of the incident", "People present 2 — Outcome"
    old: str
    new: str


def diff_answers(form: Form, old: dict, new: dict, lang: str = "en") -> list[Change]:
    """Every field whose shown value differs between `old` and `new`, in form order.

    Repeat rows are paired by content first (a row only moved is not a change), then by
    their identifying field (person reference, attachment), then by position; unpaired
    rows are reported as added or removed.
    """
    changes: list[Change] = []
    for section in form.sections:
        before = (old or {}).get(section.name) or {}
        after = (new or {}).get(section.name) or {}
        heading = f"{section.key}. {section.label.get(lang)}"
        for field in section.fields:
            if field.type == "note":
                continue
            if field.type == "repeat":
                changes += _diff_rows(section, heading, field, before.get(field.name) or [],
                                      after.get(field.name) or [], lang)
                continue
            change = _diff_field(field, before, after, lang, f"{section.name}.{field.name}",
                                 heading, field.label.get(lang))
            if change:
                changes.append(change)
    return changes


def _shown(field: Field, group: dict, lang: str) -> str:
    return format_value(field, group.get(field.name), lang, other=group.get(f"{field.name}_other"))


def _diff_field(field: Field, before: dict, after: dict, lang: str, path: str, heading: str,
                label: str) -> Change | None:
    raw_same = (before.get(field.name), before.get(f"{field.name}_other")) == (
        after.get(field.name), after.get(f"{field.name}_other"))
    if raw_same:
        return None
    old, new = _shown(field, before, lang), _shown(field, after, lang)
    if old == new:  # e.g. a Latin name part changed but is shown: compare the raw values
        old, new = _raw(before.get(field.name)), _raw(after.get(field.name))
        if old == new:
            return None
    return Change("changed", path, heading, label, old, new)


def _raw(value: Any) -> str:
    if isinstance(value, dict) and ("given" in value or "latin" in value):
        return person_name(value)
    return "" if value is None else str(value)


def _key_field(repeat: Field) -> Field | None:
    for sub in repeat.fields:
        if sub.generated == "person_ref" or sub.type == "attachment":
            return sub
    return None


def _pair_rows(repeat: Field, old_rows: list, new_rows: list) -> tuple[list, list, list]:
    """(pairs of (old index, new index), unpaired old indexes, unpaired new indexes)."""
    old_left = [i for i, r in enumerate(old_rows) if isinstance(r, dict)]
    new_left = [i for i, r in enumerate(new_rows) if isinstance(r, dict)]
    pairs = []

    def pair(match) -> None:
        for j in list(new_left):
            for i in old_left:
                if match(old_rows[i], new_rows[j]):
                    pairs.append((i, j))
                    old_left.remove(i)
                    new_left.remove(j)
                    break

    pair(lambda a, b: a == b)
    key = _key_field(repeat)
    if key is not None:
        pair(lambda a, b: a.get(key.name) not in (None, "") and a.get(key.name) == b.get(key.name))
    for i, j in zip(list(old_left), list(new_left), strict=False):  # what is left, by position
        if (key is None or not old_rows[i].get(key.name) or not new_rows[j].get(key.name)):
            pairs.append((i, j))
            old_left.remove(i)
            new_left.remove(j)
    return sorted(pairs, key=lambda p: p[1]), old_left, new_left


def _row_title(repeat: Field, row: dict, number: int, lang: str) -> str:
    """"People present 2 (Huda al-Tai)": the row's person, else its first short text
    (an attachment's file name)."""
    title = f"{repeat.label.get(lang)} {number}"
    for sub in repeat.fields:
        if sub.type == "person_name" and isinstance(row.get(sub.name), dict):
            name = person_name(row[sub.name], latin=False) or person_name(row[sub.name])
            if name:
                return f"{title} ({name})"
    for sub in repeat.fields:
        if sub.type == "text" and not sub.generated and isinstance(row.get(sub.name), str) \
                and row[sub.name].strip():
            return f"{title} ({row[sub.name].strip()})"
    return title


def _row_summary(repeat: Field, row: dict, lang: str) -> str:
    """The row's answers in one line, without what the application made (references,
    hashes, stored-file ids), which says nothing to a reader."""
    parts = []
    for sub in repeat.fields:
        if sub.generated or sub.type == "attachment":
            continue
        text = format_value(sub, row.get(sub.name), lang, other=row.get(f"{sub.name}_other"))
        if text:
            parts.append(f"{sub.label.get(lang)}: {text}")
    return ("؛ " if is_rtl(lang) else "; ").join(parts)


def _diff_rows(section: Section, heading: str, repeat: Field, old_rows: list, new_rows: list,
               lang: str) -> list[Change]:
    pairs, removed, added = _pair_rows(repeat, old_rows, new_rows)
    base = f"{section.name}.{repeat.name}"
    changes: list[Change] = []
    for i, j in pairs:
        a, b = old_rows[i], new_rows[j]
        title = _row_title(repeat, b, j + 1, lang)
        for sub in repeat.fields:
            change = _diff_field(sub, a, b, lang, f"{base}[{j + 1}].{sub.name}", heading,
                                 f"{title} — {sub.label.get(lang)}")
            if change:
                changes.append(change)
    for j in added:
        changes.append(Change("row_added", f"{base}[{j + 1}]", heading,
                              _row_title(repeat, new_rows[j], j + 1, lang), "",
                              _row_summary(repeat, new_rows[j], lang)))
    for i in removed:
        changes.append(Change("row_removed", f"{base}[{i + 1}]", heading,
                              _row_title(repeat, old_rows[i], i + 1, lang),
                              _row_summary(repeat, old_rows[i], lang), ""))
    return changes
