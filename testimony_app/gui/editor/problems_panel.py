"""The list of what is missing or wrong, each line naming section, row and field; choosing a
line jumps to the field.

Never quotes an answer: each line names a field and the validator's message.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...form import Form, Problem
from ..messages import problem_text
from .section_page import section_title

_STEP = re.compile(r"^([a-z0-9_]+)(?:\[(\d+)\])?$")


def describe_path(form: Form, path: str, lang: str) -> str:
    """"people.people[2].outcome" as "E. People present › 2 › Outcome"."""
    steps = path.split(".")
    section = form.section(steps[0])
    if section is None:
        return path
    words = [section_title(section, lang)]
    fields = section.fields
    for step in steps[1:]:
        m = _STEP.match(step)
        name = m.group(1) if m else step
        base = name[: -len("_other")] if name.endswith("_other") else name
        field = next((f for f in fields if f.name in (name, base)), None)
        if field is None:
            words.append(step)
            continue
        label = field.label.get(lang)
        if not words[-1].endswith(label):  # "E. People present › People present": say it once
            words.append(label)
        if m and m.group(2):
            words.append(m.group(2))
        fields = field.fields
    return " › ".join(words)


class ProblemsPanel(QWidget):
    jump = Signal(str)  # the problem's path

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("problems")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._on_item)
        self.list.itemClicked.connect(self._on_item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self.clear()

    def set_problems(self, form: Form, problems: list[Problem], lang: str) -> None:
        self.list.clear()
        errors = [p for p in problems if p.is_error]
        self.heading.setText(
            self.tr("Missing or wrong before the record can be completed: %n", "", len(errors))
            if errors else self.tr("Nothing is missing."))
        for p in errors:
            item = QListWidgetItem(f"{describe_path(form, p.path, lang)}: {problem_text(p, lang)}")
            item.setData(Qt.ItemDataRole.UserRole, p.path)
            self.list.addItem(item)

    def clear(self) -> None:
        self.list.clear()
        self.heading.setText(self.tr("Press Complete to check what is still missing."))

    def _on_item(self, item: QListWidgetItem) -> None:
        self.jump.emit(item.data(Qt.ItemDataRole.UserRole))
