"""Long text whose sensitive spans (names, places, phone numbers) can be marked.

Wraps helper widget `MarkedTextEdit` (marked_text.py); the record-level marks
`{section, field, row, start, end, kind}` are made by the editor from `marks()` here.
Never loses a mark it was given, even without the marking widget.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ...form import Field
from .text_fields import LongTextField


class _PlainMarkedAdapter(QPlainTextEdit):
    """Stand-in with MarkedTextEdit's interface while that widget is not available: keeps
    the marks it was given (so none are lost on save) but offers no marking."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._marks: list[dict] = []

    def set_text(self, text: str) -> None:
        self.setPlainText(text)

    def text(self) -> str:
        return self.toPlainText()

    def marks(self) -> list[dict]:
        return [m for m in self._marks if m["end"] <= len(self.toPlainText())]

    def set_marks(self, marks: list[dict]) -> None:
        self._marks = [dict(m) for m in marks]

    def set_suggestions(self, _terms: list[str]) -> None:
        pass


def _make_editor(parent: QWidget) -> QPlainTextEdit:
    try:
        from .marked_text import MarkedTextEdit
    except ImportError:
        return _PlainMarkedAdapter(parent)
    return MarkedTextEdit(parent)


class MarkedTextField(LongTextField):
    def __init__(self, field: Field, lang: str, parent: QWidget | None = None):
        super().__init__(field, lang, parent, editor=_make_editor(parent))
        self.edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        changed = getattr(self.edit, "changed", None)
        if changed is not None:  # marking a span changes the record without changing text
            changed.connect(self._emit)

    def set_value(self, value) -> None:
        text = "" if value is None else str(value)
        if text != self.edit.text():
            self.edit.set_text(text)  # keeps the widget's marks bookkeeping in step

    def marks(self) -> list[dict]:
        return [{"start": m["start"], "end": m["end"], "kind": m["kind"]}
                for m in self.edit.marks()]

    def set_marks(self, marks: list[dict]) -> None:
        self.edit.set_marks(marks)

    def set_suggestions(self, terms: list[str]) -> None:
        self.edit.set_suggestions(terms)

    def clear(self) -> None:
        super().clear()
        self.edit.set_marks([])
        self.edit.set_suggestions([])
