"""The person_name widget: given name, father, grandfather, family or tribe and kunya in
Arabic script, with an optional Latin transliteration of the same parts.

Never joins or splits name parts: each part is stored as typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget

from ...form import NAME_PARTS, Field
from .field_base import HINT_STYLE, FieldWidget


class PersonNameField(FieldWidget):
    def __init__(self, field: Field, lang: str, parent: QWidget | None = None):
        super().__init__(field, lang, parent)
        titles = {
            "given": self.tr("Given name"), "father": self.tr("Father"),
            "grandfather": self.tr("Grandfather"), "family": self.tr("Family or tribe"),
            "kunya": self.tr("Kunya (Abu…, Umm…)"),
        }
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(1)
        self.arabic: dict[str, QLineEdit] = {}
        self.latin: dict[str, QLineEdit] = {}
        for col, part in enumerate(NAME_PARTS):
            caption = QLabel(titles[part], self)
            caption.setStyleSheet(HINT_STYLE)
            grid.addWidget(caption, 0, col)
            edit = QLineEdit(self)
            edit.setObjectName(f"input_{field.name}_{part}")
            edit.setAccessibleName(titles[part])
            # Arabic script reads right to left whatever the interface language.
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMinimumWidth(40)
            edit.textChanged.connect(self._emit)
            grid.addWidget(edit, 1, col)
            self.arabic[part] = edit
        self.latin_toggle = QCheckBox(self.tr("Latin transliteration"), self)
        self.latin_toggle.setObjectName(f"input_{field.name}_latin_toggle")
        grid.addWidget(self.latin_toggle, 2, 0, 1, len(NAME_PARTS))
        for col, part in enumerate(NAME_PARTS):
            edit = QLineEdit(self)
            edit.setObjectName(f"input_{field.name}_latin_{part}")
            edit.setAccessibleName(self.tr("{part} (Latin)").format(part=titles[part]))
            edit.setPlaceholderText(titles[part])
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setMinimumWidth(40)
            edit.textChanged.connect(self._emit)
            edit.hide()
            grid.addWidget(edit, 3, col)
            self.latin[part] = edit
        self.latin_toggle.toggled.connect(self._show_latin)
        self.body.addLayout(grid)
        self.setFocusProxy(self.arabic["given"])
        self.add_hint()

    def _show_latin(self, on: bool) -> None:
        for edit in self.latin.values():
            edit.setVisible(on)

    def value(self) -> Any:
        out = {p: e.text().strip() for p, e in self.arabic.items() if e.text().strip()}
        latin = {p: e.text().strip() for p, e in self.latin.items() if e.text().strip()}
        if latin:
            out["latin"] = latin
        return out or None

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        latin = value.get("latin") if isinstance(value.get("latin"), dict) else {}
        for part in NAME_PARTS:
            self.arabic[part].setText(str(value.get(part) or ""))
            self.latin[part].setText(str(latin.get(part) or ""))
        self.latin_toggle.setChecked(bool(latin))
        self._show_latin(bool(latin))
