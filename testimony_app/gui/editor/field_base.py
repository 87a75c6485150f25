"""The common shape of every editor field widget: value(), set_value(), changed, set_error().

A field widget shows one answer of the questionnaire and the validator's message for it,
right under the input. It never stores anything itself: the editor reads `value()`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...form import Field

ERROR_STYLE = "color: #b00020;"
HINT_STYLE = "color: #5f6368;"


class FieldWidget(QWidget):
    """Base: a body (subclasses add their inputs to `self.body`), then hint and error."""

    changed = Signal()

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.field, self.lang = field, lang
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.body)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("field_error")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        if field.hint:
            self.setToolTip(field.hint.get(lang))

    def add_hint(self) -> None:
        """Show the form's hint under the input (called by subclasses after their body)."""
        if self.field.hint:
            hint = QLabel(self.field.hint.get(self.lang), self)
            hint.setObjectName("field_hint")
            hint.setStyleSheet(HINT_STYLE)
            hint.setWordWrap(True)
            self.layout().insertWidget(1, hint)

    # -- the contract --------------------------------------------------------------------

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def extra_answers(self) -> dict:
        """Sibling answers this widget also holds (`<field>_other`)."""
        return {}

    def set_extra_answers(self, answers: dict) -> None:
        """Take sibling answers (`<field>_other`) from the group's answers."""

    def set_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        self.setAccessibleDescription(text)

    def error(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""

    def clear(self) -> None:
        self.set_value(None)
        self.set_error("")

    def _emit(self, *_args) -> None:
        self.changed.emit()


def text_or_none(text: str) -> str | None:
    return text if text.strip() else None
