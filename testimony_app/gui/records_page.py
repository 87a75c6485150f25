"""The unlocked page: a search box, the lazy records list and the read-only record view.

Holds testimony on screen while the vault is open; `clear()` forgets all of it (rows,
the shown record, the search words) when the vault locks.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..vault import Vault, VaultError
from .clipboard import ClipboardGuard
from .messages import error_sentence
from .record_view import RecordView
from .records_filter import RecordsFilterBar
from .records_model import RecordsModel

SEARCH_DELAY_MS = 300


class RecordsPage(QWidget):
    failed = Signal(str)  # one sentence for the status bar
    edit_requested = Signal(str)  # record id: open it in the editor (double-click, Enter)
    conflict_requested = Signal(str)  # record id: opened, but it has an open conflict

    def __init__(self, lang: str, guard: ClipboardGuard, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault: Vault | None = None
        self.model = RecordsModel(self)

        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search names, accounts and instructions…"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        # Bound methods, not lambdas holding `self`, in connections of the page's own
        # children: such a lambda can crash Qt when the window is deleted.
        self.search.textChanged.connect(self._on_search_edited)
        self.search.returnPressed.connect(self.apply_search)
        self.filter_bar = RecordsFilterBar(self)
        self.filter_bar.setObjectName("filter_bar")
        self.filter_bar.changed.connect(self.apply_filters)

        self.table = QTableView(self)
        self.table.setObjectName("records")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Compact rows, with room for Arabic-script ascenders and descenders.
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        # Click a column to sort by it (code, incident date, updated), again to reverse.
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._on_header_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        # Double-click, or Enter on the current row, opens the record in the editor.
        self.table.activated.connect(self._on_activated)
        self.model.modelReset.connect(self._on_reset)
        self.model.rowsInserted.connect(self._on_rows_inserted)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        self.view = RecordView(lang, guard, self)
        self.view.setObjectName("record_view")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- public ----------------------------------------------------------------------------

    def open(self, vault: Vault) -> None:
        self.clear()
        self.vault = vault
        self.model.set_vault(vault)
        try:
            self.filter_bar.set_researchers(vault.researchers())
        except VaultError as exc:
            self.failed.emit(error_sentence(exc))
        self._fit_columns()
        self.search.setFocus()

    def clear(self) -> None:
        """Forget every piece of testimony this page shows."""
        self.search_timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filter_bar.clear()
        self.model.clear()
        self.view.clear()
        self.count_label.clear()
        self.vault = None

    def select_row(self, row: int) -> None:
        """Select and show one row (QTableView.selectRow selects nothing in RTL layouts)."""
        index = self.model.index(row, 0)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def apply_search(self) -> None:
        self.search_timer.stop()
        # Same words again (Enter, or typed and erased): keep the list and the shown record.
        if self.vault is not None and self.search.text().strip() != self.model.query:
            self.model.set_query(self.search.text())

    def apply_filters(self, filters) -> None:
        if self.vault is None:
            return
        try:
            self.model.set_filters(filters)
        except VaultError as exc:  # a date that cannot be used: say so, keep the list
            self.filter_bar.mark_rejected()
            self.failed.emit(error_sentence(exc))

    # -- internals -------------------------------------------------------------------------

    def _on_header_clicked(self, column: int) -> None:
        key = self.model.SORT_KEYS.get(column)
        if key is None or self.vault is None:
            self._show_sort_indicator()  # witness and status have no order to offer
            return
        current, descending, _chosen = self.model.sort_order
        shown = self.table.horizontalHeader().isSortIndicatorShown()
        # The sorted column again reverses it; any other starts newest/highest first.
        self.model.set_sort(key, not descending if key == current and shown else True)

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        key, descending, chosen = self.model.sort_order
        # An unsorted search runs in the index's own order (newest added first).
        header.setSortIndicatorShown(chosen or not self.model.query)
        column = next(c for c, k in self.model.SORT_KEYS.items() if k == key)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)

    def _fit_columns(self) -> None:
        for column in (0, 2, 3, 4, 5):
            self.table.resizeColumnToContents(column)

    def _on_reset(self) -> None:
        self._show_sort_indicator()
        self.view.show_placeholder()
        self._update_count()

    def _on_search_edited(self, _text: str) -> None:
        self.search_timer.start()

    def _on_rows_inserted(self, *_args) -> None:
        self._update_count()

    def _update_count(self) -> None:
        if self.vault is None:
            self.count_label.clear()
            return
        shown = self.model.rowCount()
        # %n lets each translation pick its plural form (Arabic has six); the English
        # source is worded to read well without any.
        narrowed = bool(self.model.query) or not self.model.filters.is_empty()
        if narrowed and self.model.canFetchMore():
            self.count_label.setText(self.tr("Found: %n or more", "", shown))
        elif narrowed:
            self.count_label.setText(self.tr("Found: %n", "", shown))
        else:
            self.count_label.setText(self.tr("Records: %n", "", self.vault.count()))

    def _on_activated(self, index) -> None:
        record_id = self.model.record_id(index.row()) if index.isValid() else None
        if record_id is not None and self.model.has_conflict(index.row()):
            self.conflict_requested.emit(record_id)  # settle it before editing further
        elif record_id is not None:
            self.edit_requested.emit(record_id)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        record_id = self.model.record_id(indexes[0].row()) if indexes else None
        if record_id is None or self.vault is None:
            return
        try:
            self.view.show_record(self.vault.get(record_id))
        except VaultError as exc:
            self.failed.emit(error_sentence(exc))
