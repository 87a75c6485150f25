"""Which fields are hidden right now: each field's `relevant` condition against answers.

Pure; used by the editor to hide fields as the user types. Evaluates the conditions with
the validator's own name lookup, so the editor hides exactly what `validate` drops.
"""

from __future__ import annotations

from typing import Any

from .model import Form
from .validate import _Resolver


def hidden_paths(form: Form, answers: Any) -> set[str]:
    """Paths ("section.field", "section.repeat[2].field") whose condition does not hold."""
    hidden: set[str] = set()
    if not isinstance(answers, dict):
        return hidden
    for section in form.sections:
        raw = answers.get(section.name)
        raw = raw if isinstance(raw, dict) else {}
        resolve = _Resolver(form, answers, section.name)
        for f in section.fields:
            here = f"{section.name}.{f.name}"
            if f.relevant is not None and not f.relevant.holds(resolve):
                hidden.add(here)
                continue
            rows = raw.get(f.name) if f.type == "repeat" else None
            if not isinstance(rows, list):
                continue
            for i, row in enumerate(rows, 1):
                if not isinstance(row, dict):
                    continue
                row_resolve = _Resolver(form, answers, section.name, row, f.fields)
                for sub in f.fields:
                    if sub.relevant is not None and not sub.relevant.holds(row_resolve):
                        hidden.add(f"{here}[{i}].{sub.name}")
    return hidden
