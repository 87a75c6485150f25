"""Field widgets for choices: select one (a combo box), select several (check boxes), both
with the free-text "other" companion stored as `<field>_other`, and attachment picks.

Never stores a value that is not one of the form's choices (the validator reports it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from ...form import Field
from .drop_down import DropDown
from .field_base import FieldWidget, text_or_none


class _OtherMixin:
    """The "other, please say" text input, shown while an `other = true` choice is picked."""

    def _make_other(self) -> None:
        self.other = QLineEdit(self)
        self.other.setObjectName(f"input_{self.field.name}_other")
        self.other.setPlaceholderText(self.tr("Other: please specify"))
        self.other.textChanged.connect(self._emit)
        self.other.hide()

    def _other_chosen(self) -> bool:
        raise NotImplementedError

    def _sync_other(self) -> None:
        self.other.setVisible(self._other_chosen())

    def extra_answers(self) -> dict:
        text = text_or_none(self.other.text())
        return {f"{self.field.name}_other": text} if text and self._other_chosen() else {}

    def set_extra_answers(self, answers: dict) -> None:
        value = answers.get(f"{self.field.name}_other")
        self.other.setText(value if isinstance(value, str) else "")
        self._sync_other()


class SelectOneField(_OtherMixin, FieldWidget):
    def __init__(self, field: Field, lang: str, parent: QWidget | None = None):
        super().__init__(field, lang, parent)
        self.combo = DropDown(self)
        self.combo.setObjectName(f"input_{field.name}")
        self.combo.addItem("—", None)
        for choice in field.choices:
            self.combo.addItem(choice.label.get(lang), choice.value)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.currentIndexChanged.connect(self._on_index)
        self.body.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignLeading)
        self._make_other()
        self.body.addWidget(self.other)
        self.setFocusProxy(self.combo)
        self.add_hint()

    def _on_index(self, _index: int) -> None:
        self._sync_other()
        self.changed.emit()

    def _other_chosen(self) -> bool:
        choice = self.field.choice(self.combo.currentData() or "")
        return bool(choice and choice.other)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        if index < 0:  # a stored value this form version no longer lists: keep it visible
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)


class SelectMultipleField(_OtherMixin, FieldWidget):
    COLUMNS = 2

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None):
        super().__init__(field, lang, parent)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        self.boxes: dict[str, QCheckBox] = {}
        rows = (len(field.choices) + self.COLUMNS - 1) // self.COLUMNS
        for i, choice in enumerate(field.choices):
            box = QCheckBox(choice.label.get(lang), self)
            box.setObjectName(f"input_{field.name}_{choice.value}")
            box.toggled.connect(self._on_toggle)
            grid.addWidget(box, i % rows, i // rows)  # down the columns, like a printed form
            self.boxes[choice.value] = box
        self.body.addLayout(grid)
        self._make_other()
        self.body.addWidget(self.other)
        if field.choices:
            self.setFocusProxy(self.boxes[field.choices[0].value])
        self.add_hint()

    def _on_toggle(self, _checked: bool) -> None:
        self._sync_other()
        self.changed.emit()

    def _other_chosen(self) -> bool:
        return any(self.boxes[c.value].isChecked() for c in self.field.choices if c.other)

    def value(self) -> Any:
        chosen = [c.value for c in self.field.choices if self.boxes[c.value].isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(name in chosen)
            box.blockSignals(False)
        self._sync_other()
        self.changed.emit()


class AttachmentField(FieldWidget):
    """Points at a file already stored in the vault (added in section H)."""

    def __init__(self, field: Field, lang: str, parent: QWidget | None = None):
        super().__init__(field, lang, parent)
        self.combo = DropDown(self)
        self.combo.setObjectName(f"input_{field.name}")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.currentIndexChanged.connect(self._emit)
        self.body.addWidget(self.combo, 0, Qt.AlignmentFlag.AlignLeading)
        self.setFocusProxy(self.combo)
        self.set_options([])
        self.add_hint()

    def set_options(self, attachments: list[tuple[str, str]]) -> None:
        """(attachment id, file name) of the record's stored files."""
        current = self.value()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("(none)"), None)
        for att_id, name in attachments:
            self.combo.addItem(name, att_id)
        self.combo.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if value is not None else 0
        if index < 0:
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)
