"""A repeat group (people present, instructions, attachments) as a column of cards.

Each card is one row: a summary line (for people: reference, name and outcome at a
glance), move up/down, duplicate and remove buttons, then the row's fields. Removing keeps
the row on an undo stack until the record is closed; Ctrl+Shift+N adds a row.
Never keeps a removed row after `clear()` (the undo stack holds testimony).
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...form import Field
from .group_form import GroupForm
from .reveal import Revealer
from .row_summary import row_overview, row_summary

ADD_ROW_KEYS = "Ctrl+Shift+N"


class RowCard(QFrame):
    requested = Signal(str)  # "up", "down", "duplicate" or "remove", from its buttons

    def __init__(self, field: Field, lang: str, path: str, section: str, parent: QWidget):
        super().__init__(parent)
        self.field, self.lang = field, lang
        self.setObjectName("repeat_row")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        self.fold = QToolButton(self)
        self.fold.setObjectName("row_fold")
        self.fold.setCheckable(True)
        self.fold.setArrowType(Qt.ArrowType.DownArrow)
        self.fold.setToolTip(self.tr("Show or hide this row's fields"))
        self.fold.setAccessibleName(self.fold.toolTip())
        self.fold.toggled.connect(self.set_folded)
        header.addWidget(self.fold)
        self.summary = QLabel(self)
        self.summary.setObjectName("row_summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        header.addWidget(self.summary, 1)
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip in (
            ("up", "↑", self.tr("Move this row up")),
            ("down", "↓", self.tr("Move this row down")),
            ("duplicate", self.tr("Duplicate"), self.tr("Add a copy of this row below it")),
            ("remove", self.tr("Remove"), self.tr("Remove this row (it can be undone)")),
        ):
            button = QToolButton(self)
            button.setObjectName(f"row_{key}")
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(self._on_button)
            header.addWidget(button)
            self.buttons[key] = button
        layout.addLayout(header)
        self.form = GroupForm(field.fields, lang, path, section, self)
        layout.addWidget(self.form)
        self.form.changed.connect(self.refresh_summary)

    def _on_button(self) -> None:
        # A bound method and the button's name, not a lambda per button: a lambda holding
        # the card in a connection of its own child can crash Qt when the card is deleted.
        self.requested.emit(self.sender().objectName().removeprefix("row_"))

    def set_folded(self, folded: bool) -> None:
        self.form.setVisible(not folded)
        self.fold.setArrowType(Qt.ArrowType.RightArrow if folded != self.isRightToLeft()
                               else Qt.ArrowType.LeftArrow if folded
                               else Qt.ArrowType.DownArrow)

    def refresh_summary(self) -> None:
        index = self.form.path.rsplit("[", 1)[-1].rstrip("]")
        self.summary.setText(row_summary(self.field, self.form.value(), self.lang, int(index)))


class RepeatEditor(QWidget):
    changed = Signal()

    def __init__(self, field: Field, lang: str, path: str, section: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.field, self.lang, self.path, self.section = field, lang, path, section
        self.cards: list[RowCard] = []
        self.removed: list[tuple[int, dict]] = []  # undo stack of (index, row answers)
        self._revealer = Revealer(self)  # keeps a card just added in view
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        title = QLabel(f"<b>{field.label.get(lang)}</b>", self)
        outer.addWidget(title)
        # One line per row: the whole household (and each outcome) at a glance.
        self.overview = QListWidget(self)
        self.overview.setObjectName("repeat_overview")
        self.overview.setAccessibleName(field.label.get(lang))
        self.overview.itemActivated.connect(self._on_overview)
        self.overview.itemClicked.connect(self._on_overview)
        self.overview.hide()
        outer.addWidget(self.overview)
        self.rows_box = QVBoxLayout()
        outer.addLayout(self.rows_box)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add row"), self)
        self.add_button.setObjectName("add_row")
        self.add_button.setToolTip(self.tr("Add a row ({keys})").format(keys=ADD_ROW_KEYS))
        self.add_button.clicked.connect(self.add_row_from_user)
        self.undo_button = QPushButton(self.tr("Undo remove"), self)
        self.undo_button.setObjectName("undo_remove")
        self.undo_button.clicked.connect(self.undo_remove)
        self.undo_button.setEnabled(False)
        bar.addWidget(self.add_button)
        bar.addWidget(self.undo_button)
        bar.addStretch(1)
        outer.addLayout(bar)
        shortcut = QShortcut(QKeySequence(ADD_ROW_KEYS), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.add_row_from_user)

    # -- rows --------------------------------------------------------------------------------

    def row_forms(self) -> list[GroupForm]:
        return [card.form for card in self.cards]

    def add_row(self, values: dict | None = None, at: int | None = None,
                focus: bool = False) -> RowCard:
        at = len(self.cards) if at is None else at
        card = RowCard(self.field, self.lang, f"{self.path}[{at + 1}]", self.section, self)
        card.form.set_value(values or {})
        card.form.changed.connect(self.changed)
        card.form.changed.connect(self._refresh_overview)
        card.requested.connect(self._on_card_request)
        self.cards.insert(at, card)
        self.rows_box.insertWidget(at, card)
        self._renumber()
        self.changed.emit()
        if focus:
            card.form.focus_first()
            self._scroll_to(card)
        return card

    def add_row_from_user(self) -> None:
        self.add_row(focus=True)

    def _on_card_request(self, action: str) -> None:
        card = self.sender()
        if card not in self.cards:
            return
        index = self.cards.index(card)
        if action == "up":
            self.move(index, -1)
        elif action == "down":
            self.move(index, 1)
        elif action == "duplicate":
            self.duplicate(index)
        elif action == "remove":
            self.remove_row(index)

    def remove_row(self, index: int) -> None:
        card = self.cards.pop(index)
        self.removed.append((index, card.form.value()))
        self._discard(card)
        self.undo_button.setEnabled(True)
        self._renumber()
        self.add_button.setFocus()
        self.changed.emit()

    def _discard(self, card: RowCard) -> None:
        # Hidden, out of the layout and deleted by Qt later, but never made parentless: a
        # parentless widget would be owned by Python and could be deleted twice.
        self._revealer.forget(card)
        card.hide()
        self.rows_box.removeWidget(card)
        card.deleteLater()

    def undo_remove(self) -> None:
        if not self.removed:
            return
        index, values = self.removed.pop()
        self.add_row(values, at=min(index, len(self.cards)), focus=True)
        self.undo_button.setEnabled(bool(self.removed))

    def move(self, index: int, delta: int) -> None:
        target = index + delta
        if not 0 <= target < len(self.cards):
            return
        card = self.cards.pop(index)
        self.cards.insert(target, card)
        self.rows_box.removeWidget(card)
        self.rows_box.insertWidget(target, card)
        self._renumber()
        card.buttons["up" if delta < 0 else "down"].setFocus()
        self.changed.emit()

    def duplicate(self, index: int) -> None:
        values = copy.deepcopy(self.cards[index].form.value())
        for f in self.field.fields:
            if f.generated:  # a copy is a new row: it gets its own reference
                values.pop(f.name, None)
        self.add_row(values, at=index + 1, focus=True)

    def _renumber(self) -> None:
        for i, card in enumerate(self.cards):
            card.form.set_path(f"{self.path}[{i + 1}]")
            card.buttons["up"].setEnabled(i > 0)
            card.buttons["down"].setEnabled(i < len(self.cards) - 1)
            card.refresh_summary()
        self._refresh_overview()

    def _refresh_overview(self) -> None:
        self.overview.setVisible(bool(self.cards))
        while self.overview.count() > len(self.cards):
            self.overview.takeItem(self.overview.count() - 1)
        for i, card in enumerate(self.cards):
            if i >= self.overview.count():
                self.overview.addItem(QListWidgetItem())
            text, colour = row_overview(self.field, card.form.value(), self.lang, i + 1)
            item = self.overview.item(i)
            item.setText(text)
            item.setForeground(QBrush(QColor(colour)) if colour else QBrush())
        rows = min(len(self.cards), 12)
        height = self.overview.sizeHintForRow(0) if self.cards else 0
        self.overview.setFixedHeight(rows * height + 2 * self.overview.frameWidth() + 4)

    def _on_overview(self, item: QListWidgetItem) -> None:
        card = self.cards[self.overview.row(item)]
        card.fold.setChecked(False)
        self._scroll_to(card)
        card.form.focus_first()

    def _scroll_to(self, card: RowCard) -> None:
        """Scroll the page to `card`, and keep it in view while the layouts place it."""
        self._revealer.reveal(card)

    # -- values and display ------------------------------------------------------------------

    def value(self) -> list[dict]:
        return [card.form.value() for card in self.cards]

    def set_value(self, rows: list) -> None:
        self.clear()
        for row in rows if isinstance(rows, list) else []:
            self.add_row(row if isinstance(row, dict) else {})

    def clear(self) -> None:
        for card in self.cards:
            card.form.clear()
            self._discard(card)
        self.cards = []
        self._revealer.stop()
        self.overview.clear()
        self.overview.hide()
        self.removed = []  # the undo stack holds testimony too
        self.undo_button.setEnabled(False)

    def set_path(self, path: str) -> None:
        self.path = path
        self._renumber()

    def apply_hidden(self, hidden: set[str]) -> None:
        for card in self.cards:
            card.form.apply_hidden(hidden)

    def apply_errors(self, errors: dict[str, str]) -> None:
        for card in self.cards:
            card.form.apply_errors(errors)

    def find(self, path: str) -> QWidget | None:
        if path == self.path:
            return self.add_button
        for card in self.cards:
            found = card.form.find(path)
            if found is not None:
                return found
        return None
