"""What a record's answers say about the user's progress: the answers the user gave.

The application fills some values itself (interview code, pseudonym, person references,
checksums); they say nothing about what was asked and answered, so a section holding only
those is as untouched as an empty one. Pure; never changes or stores answers.
"""

from __future__ import annotations

from typing import Any

from .model import Form


def _given(value: Any) -> bool:
    return value not in (None, "", [], {})


def user_answers(form: Form, answers: Any) -> dict:
    """`answers` without the generated values, and without rows or sections that held
    nothing else."""
    if not isinstance(answers, dict):
        return {}
    out: dict = {}
    for section in form.sections:
        raw = answers.get(section.name)
        if not isinstance(raw, dict):
            continue
        kept: dict = {}
        for key, value in raw.items():
            f = section.field(key)
            if f is not None and f.generated:
                continue
            if f is not None and f.type == "repeat" and isinstance(value, list):
                generated = {sub.name for sub in f.fields if sub.generated}
                value = [row for row in (
                    {k: v for k, v in r.items() if k not in generated and _given(v)}
                    if isinstance(r, dict) else r for r in value) if _given(row)]
            if _given(value):
                kept[key] = value
        if kept:
            out[section.name] = kept
    return out
