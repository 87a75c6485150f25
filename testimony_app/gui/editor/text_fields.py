"""Field widgets for text, long text, whole numbers, yes/no and generated values.

Qt's own undo/redo works in every text input (Ctrl+Z / Ctrl+Shift+Z).
Never keeps a copy of what was typed outside its input widget.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ...form import Field
from ...form.display import YES_NO
from .drop_down import DropDown
from .field_base import FieldWidget, text_or_none


class TextField(FieldWidget):
    def __init__(self, field: Field, lang: str, parent: QWidget | None = None):
        super().__init__(field, lang, parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"input_{field.name}")
        if field.max_length:
            self.edit.setMaxLength(field.max_length)
        self.edit.textChanged.connect(self._emit)
        self.body.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.add_hint()

    def value(self) -> Any:
        return text_or_none(self.edit.text())

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class GeneratedField(TextField):
    """A value the application makes (interview code, pseudonym, person reference, hash)."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None):
        super().__init__(field, lang, parent)
        self.edit.setReadOnly(True)
        self.edit.setPlaceholderText(self.tr("Made when the record is saved"))


class LongTextField(FieldWidget):
    """Several paragraphs: a plain-text editor that grows comfortably."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None,
                 editor: QPlainTextEdit | None = None):
        super().__init__(field, lang, parent)
        self.edit = editor if editor is not None else QPlainTextEdit(self)
        self.edit.setParent(self)
        self.edit.setObjectName(f"input_{field.name}")
        self.edit.setTabChangesFocus(True)  # Tab moves on; the account has no tables to tab
        self.edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.edit.textChanged.connect(self._emit)
        self.body.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.add_hint()

    def value(self) -> Any:
        return text_or_none(self.edit.toPlainText())

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.edit.toPlainText():
            self.edit.setPlainText(text)


class IntegerField(TextField):
    """A whole number; Eastern Arabic digits are accepted (the validator normalises them)."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None):
        super().__init__(field, lang, parent)
        self.edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 12 + 16)

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        return int(text) if text.isascii() and text.lstrip("-").isdigit() else text


class BoolField(FieldWidget):
    """Yes / No / not answered: a combo box, so Y and N (or the Arabic letters) choose."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None):
        super().__init__(field, lang, parent)
        yes, no = YES_NO.get(lang, YES_NO["en"])
        self.combo = DropDown(self)
        self.combo.setObjectName(f"input_{field.name}")
        self.combo.addItem("—", None)
        self.combo.addItem(yes, True)
        self.combo.addItem(no, False)
        self.combo.currentIndexChanged.connect(self._emit)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.body.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignLeading)
        self.setFocusProxy(self.combo)
        self.add_hint()

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        if value in ("true", "false"):
            value = value == "true"
        index = {True: 1, False: 2}.get(value, 0) if isinstance(value, bool) else 0
        self.combo.setCurrentIndex(index)
