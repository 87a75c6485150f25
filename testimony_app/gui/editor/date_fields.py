"""Field widgets for dates and times: partial dates (year, year-month or full), times, and
date-times with their UTC offset. Plain text inputs, because a researcher types "2017-03"
faster than they click a calendar; the validator judges what was typed.

Never reinterprets what was typed (no guessing of day/month order).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ...form import Field, normalise_digits
from .drop_down import DropDown
from .field_base import HINT_STYLE, FieldWidget

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_OFFSETS = ("+03:00", "+02:00", "+04:00", "+00:00", "Z")


def _char_width(widget: QWidget, chars: int) -> int:
    return widget.fontMetrics().horizontalAdvance("0") * chars + 24


class DateField(FieldWidget):
    """A partial date; the label beside it says what precision was typed."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None):
        super().__init__(field, lang, parent)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"input_{field.name}")
        self.edit.setPlaceholderText(self.tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # dates read LTR
        self.edit.setFixedWidth(_char_width(self, 18))
        self.edit.textChanged.connect(self._on_text)
        self.precision = QLabel(self)
        self.precision.setObjectName("date_precision")
        self.precision.setStyleSheet(HINT_STYLE)
        row.addWidget(self.edit)
        row.addWidget(self.precision)
        row.addStretch(1)
        self.body.addLayout(row)
        self.setFocusProxy(self.edit)
        self.add_hint()

    def _on_text(self, text: str) -> None:
        text = normalise_digits(text).strip()
        if not _DATE.match(text):
            self.precision.clear()
        elif len(text) == 4:
            self.precision.setText(self.tr("year only"))
        elif len(text) == 7:
            self.precision.setText(self.tr("year and month"))
        else:
            self.precision.setText(self.tr("full date"))
        self.changed.emit()

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class TimeField(FieldWidget):
    def __init__(self, field: Field, lang: str, parent: QWidget | None = None):
        super().__init__(field, lang, parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName(f"input_{field.name}")
        self.edit.setPlaceholderText(self.tr("HH:MM"))
        self.edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.edit.setFixedWidth(_char_width(self, 8))
        self.edit.textChanged.connect(self._emit)
        self.body.addWidget(self.edit, 0, Qt.AlignmentFlag.AlignLeading)
        self.setFocusProxy(self.edit)
        self.add_hint()

    def value(self) -> Any:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))


class DateTimeField(FieldWidget):
    """Date, time and offset from UTC; stored as ISO 8601 ("2017-03-20T10:30+03:00")."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None):
        super().__init__(field, lang, parent)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.date = QLineEdit(self)
        self.date.setObjectName(f"input_{field.name}_date")
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date.setFixedWidth(_char_width(self, 12))
        self.time = QLineEdit(self)
        self.time.setObjectName(f"input_{field.name}_time")
        self.time.setPlaceholderText(self.tr("HH:MM"))
        self.time.setFixedWidth(_char_width(self, 7))
        self.offset = DropDown(self)
        self.offset.setObjectName(f"input_{field.name}_offset")
        self.offset.setEditable(True)
        self.offset.addItems(_OFFSETS)
        self.offset.setToolTip(self.tr("Offset from UTC (Iraq: +03:00)"))
        for w in (self.date, self.time, self.offset):
            w.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            row.addWidget(w)
        row.addStretch(1)
        self.date.textChanged.connect(self._emit)
        self.time.textChanged.connect(self._emit)
        self.offset.currentTextChanged.connect(self._emit)
        self.body.addLayout(row)
        self.setFocusProxy(self.date)
        self.add_hint()

    def value(self) -> Any:
        date, time = self.date.text().strip(), self.time.text().strip()
        if not date and not time:
            return None
        return f"{date}T{time}{self.offset.currentText().strip()}"

    def set_value(self, value: Any) -> None:
        date = time = ""
        offset = _OFFSETS[0]
        if isinstance(value, str) and value:
            date, _, rest = value.partition("T")
            match = re.match(r"^([0-9:.]*)(.*)$", rest)
            time, offset = (match.group(1), match.group(2) or offset) if match else (rest, offset)
            time = time[:5] if len(time) >= 5 and time[5:].strip(":0") == "" else time
        self.date.setText(date)
        self.time.setText(time)
        self.offset.setCurrentText(offset)
