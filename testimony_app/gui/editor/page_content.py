"""What the section pages hold, as the record document has it, and the live checks shown
on them: answers, marks, hidden fields, messages, section states, mark suggestions.

Functions over the editor's section pages; the rules all come from the form layer.
Never re-implements a rule of the questionnaire.
"""

from __future__ import annotations

from ...form import Form, validate
from ...form.marks import suggestion_terms
from ...form.relevance import hidden_paths
from ...services.editing import default_answers, needs_user
from ..messages import problem_text
from .navigator import SectionNavigator, section_states
from .section_page import SectionPage


def collect_answers(pages: dict[str, SectionPage]) -> dict:
    out = {}
    for name, page in pages.items():
        value = page.group.value()
        if value:
            out[name] = value
    return out


def collect_marks(pages: dict[str, SectionPage]) -> list[dict]:
    """Each marked text's spans as record marks {section, field, row, start, end, kind}."""
    out = []
    for name, page in pages.items():
        for field, row, widget in page.group.marked_widgets():
            out += [{"section": name, "field": field, "row": row, **m} for m in widget.marks()]
    return out


def spread_marks(pages: dict[str, SectionPage], marks: list) -> None:
    """Give each marked text the spans of the record marks that name it."""
    for name, page in pages.items():
        for field, row, widget in page.group.marked_widgets():
            widget.set_marks([{k: m[k] for k in ("start", "end", "kind")} for m in marks
                              if (m.get("section"), m.get("field"), m.get("row"))
                              == (name, field, row)])


def show_checks(form: Form, pages: dict[str, SectionPage],
                navigator: SectionNavigator) -> None:
    """Hide what is not relevant, show each field's message, each section's state, and
    suggest marking the names and phone numbers recorded elsewhere. A broken constraint
    (35 lowest, 20 highest) is shown as it is typed, though only completing enforces it."""
    answers = collect_answers(pages)
    hidden = hidden_paths(form, answers)
    _, live = validate(form, answers)
    full = validate(form, answers, complete=True)[1]
    missing = needs_user(form, full)
    live += [p for p in full if p.code == "constraint"]
    errors = {p.path: problem_text(p, navigator.lang) for p in live if p.is_error}
    terms = suggestion_terms(form, answers)
    for page in pages.values():
        page.group.apply_hidden(hidden)
        page.group.apply_errors(errors)
        for _, _, widget in page.group.marked_widgets():
            widget.set_suggestions(terms)
    navigator.set_states(section_states(form, answers, live, missing, default_answers(form)))
