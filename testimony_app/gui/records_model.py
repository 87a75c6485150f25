"""The records list as a lazy Qt table model: 200 summaries at a time, sorted and filtered.

Never loads the whole vault: rows arrive page by page through canFetchMore/fetchMore,
from `Vault.list_records` or, while a search is active, `Vault.search`, both keyed on the
last rowid seen. Only summaries (code, witness, date, status) are held, never narratives;
records with an open conflict after an import are marked in a column of their own, in
word and colour.
Most recently updated first unless a column is sorted; a search the user has not sorted
lists newest added first, straight down the full-text index (the fast way).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication

from ..i18n import isolate
from ..services.conflicts import conflicted_records
from ..vault import Summary, Vault
from ..vault.listing import RecordFilter, where_clause
from ..vault.search import match_expression

PAGE_SIZE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CONFLICT_ROLE = Qt.ItemDataRole.UserRole + 2  # True for a record with an open conflict
# The conflict marker's colours: dark red on pale red, readable in both themes' tables.
CONFLICT_TEXT, CONFLICT_BACKGROUND = QColor("#9b1c1c"), QColor("#fde2e1")
_Index = QModelIndex | QPersistentModelIndex


def local_time(iso: str) -> str:
    """A stored UTC timestamp as local 'YYYY-MM-DD HH:MM' (the raw text if unparsable)."""
    try:
        when = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


class RecordsModel(QAbstractTableModel):
    COLUMNS = ("code", "witness", "researcher", "incident_date", "status", "updated",
               "conflict")
    # Column -> `Vault.list_records` sort; the others have no index to sort by.
    SORT_KEYS = {0: "code", 3: "incident_date", 5: "updated"}
    DEFAULT_SORT = ("updated", True)

    def __init__(self, parent: QObject | None = None, *, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self.page_size = page_size
        self._vault: Vault | None = None
        self._query = ""
        self._rows: list[Summary] = []
        self._exhausted = True
        self._sort, self._descending = self.DEFAULT_SORT
        self._sort_chosen = False  # the user sorted a column (else searches use index order)
        self._filters = RecordFilter()
        self._conflicted: set[str] = set()  # ids of records with an open conflict
        self._researchers: dict[str, str] = {}  # author fingerprint -> label shown

    # -- what the window drives ----------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    @property
    def filters(self) -> RecordFilter:
        return self._filters

    @property
    def sort_order(self) -> tuple[str, bool, bool]:
        """(sort key, descending, whether the user chose it)."""
        return self._sort, self._descending, self._sort_chosen

    def set_vault(self, vault: Vault | None) -> None:
        """Show `vault`'s newest records (first page loaded now), or nothing for None."""
        self._filters = RecordFilter()
        self._sort, self._descending = self.DEFAULT_SORT
        self._sort_chosen = False
        self._reload(vault, "")

    def set_filters(self, filters: RecordFilter) -> None:
        """Show only records passing `filters`; a VaultError (one sentence) for a bad one,
        leaving the list as it was."""
        where_clause(filters)  # raises before anything shown is dropped
        if filters != self._filters:
            self._filters = filters
            self._reload(self._vault, self._query)

    def set_sort(self, key: str, descending: bool) -> None:
        self._sort, self._descending, self._sort_chosen = key, descending, True
        self._reload(self._vault, self._query)

    def set_query(self, query: str) -> None:
        """Switch to the records matching `query`; a query without words lists everything."""
        if self._vault is not None:
            query = query.strip()
            self._reload(self._vault, query if match_expression(query) else "")

    def refresh(self) -> None:
        self._reload(self._vault, self._query)

    def clear(self) -> None:
        """Forget the vault, every row and the filters (on lock)."""
        self._filters = RecordFilter()
        self._sort, self._descending = self.DEFAULT_SORT
        self._sort_chosen = False
        self._reload(None, "")

    def record_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def has_conflict(self, row: int) -> bool:
        return 0 <= row < len(self._rows) and self._rows[row].id in self._conflicted

    def _reload(self, vault: Vault | None, query: str) -> None:
        self.beginResetModel()
        self._vault, self._query, self._rows = vault, query, []
        self._conflicted = conflicted_records(vault) if vault is not None else set()
        # Who made each record, by the name this vault knows them by (enrolled label, own
        # name, or the name their first revision carries) and the start of the fingerprint.
        self._researchers = {r.fingerprint: r.label for r in vault.researchers()} \
            if vault is not None else {}
        self._exhausted = vault is None
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    # -- lazy loading ----------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and self._vault is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        before = self._rows[-1].rowid if self._rows else None
        filters = None if self._filters.is_empty() else self._filters
        if self._query:
            page = self._vault.search(
                self._query, limit=self.page_size, before=before, filters=filters,
                sort=self._sort if self._sort_chosen else None, descending=self._descending)
        else:
            page = self._vault.list_records(before=before, limit=self.page_size,
                                            sort=self._sort, descending=self._descending,
                                            filters=filters)
        if len(page) < self.page_size:
            self._exhausted = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- the table -------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Code"), self.tr("Witness"), self.tr("Researcher"),
                self.tr("Incident date"), self.tr("Status"), self.tr("Updated"),
                self.tr("Conflict"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == CONFLICT_ROLE:
            return row.id in self._conflicted
        if self.COLUMNS[index.column()] == "conflict" and row.id in self._conflicted:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(CONFLICT_TEXT)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(CONFLICT_BACKGROUND)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Changed both here and by the sender after it was handed "
                               "in: open it to compare and settle the conflict.")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        text = self._text(row, self.COLUMNS[index.column()])
        if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return isolate(text)  # keep dates and times in order inside a mirrored table
        return text

    def _text(self, row: Summary, column: str) -> str:
        if column == "code":
            return row.code
        if column == "witness":
            return row.title
        if column == "researcher":
            return self._researchers.get(row.author, row.author[:8])
        if column == "incident_date":
            return row.incident_date
        if column == "status":
            return self.status_text(row.status)
        if column == "conflict":
            return self.tr("conflict") if row.id in self._conflicted else ""
        return local_time(row.updated_at)

    def status_text(self, status: str) -> str:
        if status == "complete":
            return self.tr("complete")
        if status == "draft":
            return self.tr("draft")
        return status
