"""The section list on the start side of the editor, with each section's state.

The state is a word as well as a colour and symbol, so it reads in a screen reader and
for colour-blind users: empty, partial, complete, has errors. Only what the user answered
counts: a section holding just generated values (code, pseudonym) or defaults is empty.
Never shows answers, only section names and states.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...form import Form, Problem
from ...form.progress import user_answers
from ...i18n import is_rtl
from .section_page import section_title

STATES = ("empty", "partial", "complete", "errors")
_LOOK = {"empty": ("○", "#5f6368"), "partial": ("◐", "#8a6d00"),
         "complete": ("●", "#1b6e20"), "errors": ("⚠", "#b00020")}


def _in_section(name: str, p: Problem) -> bool:
    # A module-level function: lupdate loses the class context after a nested def.
    return p.path == name or p.path.startswith(f"{name}.")


def section_states(form: Form, answers: dict, live: list[Problem], missing: list[Problem],
                   defaults: dict | None = None) -> dict[str, str]:
    """Each section's state from the answers, the errors shown (`live`) and the complete
    check (`missing`); a section holding only the form's defaults (country, time zone) or
    the values the application generates (code, pseudonym) is still empty."""
    defaults = defaults or {}
    answers = user_answers(form, answers)
    states = {}
    for section in form.sections:
        here = partial(_in_section, section.name)
        if any(here(p) and p.is_error for p in live):
            states[section.name] = "errors"
        elif answers.get(section.name, {}) in ({}, defaults.get(section.name)):
            states[section.name] = "empty"
        elif any(here(p) and p.is_error for p in missing):
            states[section.name] = "partial"
        else:
            states[section.name] = "complete"
    return states


class SectionNavigator(QListWidget):
    def __init__(self, form: Form, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("navigator")
        self.names = [s.name for s in form.sections]
        self.lang = lang
        self.labels = {s.name: section_title(s, lang) for s in form.sections}
        self.mark = "\u200f" if is_rtl(lang) else ""  # the symbol must not set the direction
        self.state_words = {"empty": self.tr("empty"), "partial": self.tr("partial"),
                            "complete": self.tr("complete"), "errors": self.tr("has errors")}
        self.states = {name: "empty" for name in self.names}
        # Two lines per item. Qt sizes them by the interface font, but Arabic-script text is
        # drawn with a taller fallback font and the second line (the state) would be cut.
        height = round(self.fontMetrics().lineSpacing() * (2.5 if is_rtl(lang) else 2.0)) + 2
        for name in self.names:
            item = QListWidgetItem(self)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(200, height))
        self.set_states(self.states)
        self.setCurrentRow(0)
        width = max(self.fontMetrics().horizontalAdvance(f"⚠ {t}  ({w})")
                    for t in self.labels.values() for w in self.state_words.values())
        self.setMinimumWidth(min(width + 30, 240))
        self.setMaximumWidth(260)

    def set_states(self, states: dict[str, str]) -> None:
        self.states = dict(states)
        for row, name in enumerate(self.names):
            state = states.get(name, "empty")
            symbol, colour = _LOOK[state]
            item = self.item(row)
            item.setText(f"{self.mark}{symbol} {self.labels[name]}\n{self.mark}    "
                         f"{self.state_words[state]}")
            item.setForeground(QBrush(QColor(colour)))
            item.setToolTip(self.state_words[state])
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{self.labels[name]}: {self.state_words[state]}")
