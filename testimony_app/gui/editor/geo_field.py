"""The geopoint widget: latitude, longitude and how precise they are. No map: nothing is
fetched from the network, and the coordinates never leave the vault."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from ...form import Field
from .drop_down import DropDown
from .field_base import FieldWidget


class GeopointField(FieldWidget):
    def __init__(self, field: Field, lang: str, parent: QWidget | None = None):
        super().__init__(field, lang, parent)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        width = self.fontMetrics().horizontalAdvance("0") * 12 + 20
        self.lat = QLineEdit(self)
        self.lat.setObjectName(f"input_{field.name}_lat")
        self.lat.setPlaceholderText(self.tr("Latitude, e.g. 36.3489"))
        self.lon = QLineEdit(self)
        self.lon.setObjectName(f"input_{field.name}_lon")
        self.lon.setPlaceholderText(self.tr("Longitude, e.g. 43.1190"))
        self.precision = DropDown(self)
        self.precision.setObjectName(f"input_{field.name}_precision")
        self.precision.addItem(self.tr("Precision…"), None)
        for choice in field.precision_choices:
            self.precision.addItem(choice.label.get(lang), choice.value)
        for label, edit in ((self.tr("Lat"), self.lat), (self.tr("Lon"), self.lon)):
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setMinimumWidth(width)
            edit.textChanged.connect(self._emit)
            caption = QLabel(label, self)
            caption.setBuddy(edit)
            row.addWidget(caption)
            row.addWidget(edit)
        self.precision.currentIndexChanged.connect(self._emit)
        row.addWidget(self.precision)
        row.addStretch(1)
        self.body.addLayout(row)
        self.setFocusProxy(self.lat)
        self.add_hint()

    def value(self) -> Any:
        lat, lon = self.lat.text().strip(), self.lon.text().strip()
        precision = self.precision.currentData()
        if not lat and not lon and precision is None:
            return None
        out: dict[str, Any] = {"lat": _number(lat), "lon": _number(lon)}
        if precision is not None:
            out["precision"] = precision
        return out

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self.lat.setText(_text(value.get("lat")))
        self.lon.setText(_text(value.get("lon")))
        index = self.precision.findData(value.get("precision")) if value.get("precision") else 0
        self.precision.setCurrentIndex(max(index, 0))


def _number(text: str) -> Any:
    """A float when the text is one, else the text itself (the validator reports it)."""
    try:
        return float(text)
    except ValueError:
        return text


def _text(value: Any) -> str:
    if value is None:
        return ""
    return f"{value:.6f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
