"""A record's revision history, and what changed between any two of its revisions.

Revisions are listed newest first (number, time, status, author, how its authorship is
known, reason; the bundle it arrived in as the tooltip); two are picked
with "From"/"To" (clicking a revision compares it with the one before). The differences
come from `form.diff.diff_answers`, labelled from the questionnaire. Shows testimony on
screen only while the vault is open; `clear()` forgets all of it. Never writes anything.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import isolate
from ...services import records
from ...vault import Vault, VaultError, display_fingerprint, signatures
from ..messages import error_sentence
from ..records_model import local_time
from .changes_view import ChangesView
from .section_page import section_title


class HistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault: Vault | None = None
        self.record_id: str | None = None
        self.lang = "en"
        self._numbers: list[int] = []  # revision numbers, newest first, as listed
        self._reasons: dict[int, str] = {}  # revision number: reason given (amendments)
        self._headings: dict[str, str] = {}

        self.revisions = QTreeWidget(self)
        self.revisions.setObjectName("revisions")
        self.revisions.setRootIsDecorated(False)
        self.revisions.setAlternatingRowColors(True)
        self.revisions.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # A narrow side tab: the Reason column keeps a third of the width (the others give
        # way; full texts in tooltips) and the picked revision's reason is spelled out in
        # full, wrapped, under the pickers.
        self.revisions.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.revisions.header().setMinimumSectionSize(24)
        self.revisions.currentItemChanged.connect(self._on_revision_picked)

        self.from_box = QComboBox(self)
        self.from_box.setObjectName("from_revision")
        self.to_box = QComboBox(self)
        self.to_box.setObjectName("to_revision")
        for box in (self.from_box, self.to_box):
            # Long "time — Revision n" entries must not widen a narrow side tab past its edge.
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(12)
        self.from_box.currentIndexChanged.connect(self._show_diff)
        self.to_box.currentIndexChanged.connect(self._show_diff)
        self.from_label = QLabel(self)
        self.from_label.setBuddy(self.from_box)
        self.to_label = QLabel(self)
        self.to_label.setBuddy(self.to_box)

        self.changes = ChangesView(self)
        self.changes.setObjectName("changes")
        self.summary = QLabel(self)
        self.summary.setObjectName("diff_summary")
        self.summary.setWordWrap(True)
        self.reason = QLabel(self)
        self.reason.setObjectName("revision_reason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)  # typed by a person: never markup
        self.reason.hide()

        # One row each: the panel is often a narrow side tab.
        picker = QFormLayout()
        picker.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        picker.addRow(self.from_label, self.from_box)
        picker.addRow(self.to_label, self.to_box)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(picker)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.reason)
        lower_layout.addWidget(self.changes, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.revisions)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._retranslate()

    def _retranslate(self) -> None:
        self.revisions.setHeaderLabels([self.tr("No."), self.tr("Saved"), self.tr("Status"),
                                        self.tr("Author"), self.tr("Signature"),
                                        self.tr("Reason")])
        self.from_label.setText(self.tr("&From"))
        self.to_label.setText(self.tr("&To"))

    # -- the contract ------------------------------------------------------------------------

    def open(self, vault: Vault, record_id: str, lang: str = "en") -> None:
        """List `record_id`'s revisions and show what the latest one changed."""
        self.clear()
        self.vault, self.record_id, self.lang = vault, record_id, lang
        history = sorted(records.history(vault, record_id), key=lambda r: r.number,
                         reverse=True)
        self._numbers = [r.number for r in history]
        self._reasons = {r.number: r.reason or "" for r in history}
        for info in history:
            item = QTreeWidgetItem([
                str(info.number), isolate(local_time(info.created_at)),
                self._status_text(info.status),
                isolate(info.author_name or info.author[:16]),
                self._signature_text(info.signature), info.reason or ""])
            item.setToolTip(5, info.reason or "")
            item.setToolTip(3, info.author)
            item.setToolTip(4, self._arrival_text(info))
            self.revisions.addTopLevelItem(item)
        for box in (self.from_box, self.to_box):
            box.blockSignals(True)
            for info in history:
                box.addItem(self.tr("Revision {number} — {when}").format(
                    number=info.number, when=isolate(local_time(info.created_at))), info.number)
            box.blockSignals(False)
        for column in range(5):
            self.revisions.resizeColumnToContents(column)
        self._fit_columns()
        if history:
            self.revisions.setCurrentItem(self.revisions.topLevelItem(0))

    def clear(self) -> None:
        """Forget the record: revisions, values shown and the vault (on lock)."""
        for box in (self.from_box, self.to_box):
            box.blockSignals(True)
            box.clear()
            box.blockSignals(False)
        self.revisions.blockSignals(True)
        self.revisions.clear()
        self.revisions.blockSignals(False)
        self.changes.clear()
        self.summary.clear()
        self.reason.clear()
        self.vault = self.record_id = None
        self._numbers, self._reasons = [], {}

    def compare(self, old_number: int, new_number: int) -> None:
        """Show what changed from revision `old_number` to `new_number`."""
        for box, number in ((self.from_box, old_number), (self.to_box, new_number)):
            box.blockSignals(True)  # one diff below, not one per box
            box.setCurrentIndex(box.findData(number))
            box.blockSignals(False)
        self._show_diff()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    # -- internals ---------------------------------------------------------------------------

    def _fit_columns(self) -> None:
        """Keep a third of the list's width for the Reason column: the other columns give
        way (their full text is in the tooltips), the reason wraps."""
        header = self.revisions.header()
        width = self.revisions.viewport().width()
        if width <= 0 or self.revisions.topLevelItemCount() == 0:
            return
        reason = self.revisions.columnCount() - 1  # the last column
        for column in range(reason):
            self.revisions.resizeColumnToContents(column)
        room = width - width // 3
        for column in (3, 4, 1, 2):  # author, signature, time, status: widest first
            excess = sum(header.sectionSize(c) for c in range(reason)) - room
            if excess <= 0:
                break
            size = header.sectionSize(column)
            header.resizeSection(column, max(size - excess, size // 2, 24))
        for row in range(self.revisions.topLevelItemCount()):
            item = self.revisions.topLevelItem(row)
            for column in range(reason):
                item.setToolTip(column, item.toolTip(column) or item.text(column))


    def _status_text(self, status: str) -> str:
        return {"draft": self.tr("draft"), "complete": self.tr("complete")}.get(status, status)

    def _signature_text(self, state: str) -> str:
        return {signatures.SIGNED: self.tr("signed"),
                signatures.BUNDLE_ONLY: self.tr("signed by the bundle only"),
                signatures.RELAYED: self.tr("unsigned, passed on by a relay"),
                signatures.UNSIGNED: self.tr("unsigned"),
                signatures.BAD: self.tr("signature does not verify")}.get(state, state)

    def _arrival_text(self, info) -> str:
        if info.bundle_id is None:
            return self.tr("Written in this vault")
        return self.tr("Arrived in bundle {bundle} from {sender}").format(
            bundle=isolate(info.bundle_id[:8]),
            sender=isolate(display_fingerprint(info.carried_by, 2)))

    def _on_revision_picked(self, current: QTreeWidgetItem | None, _previous) -> None:
        if current is None:
            return
        number = int(current.text(0))
        older = [n for n in self._numbers if n < number]
        self.compare(older[0] if older else number, number)

    def _show_diff(self) -> None:
        self.changes.clear()
        self.reason.clear()
        old_number, new_number = self.from_box.currentData(), self.to_box.currentData()
        if self.vault is None or old_number is None or new_number is None:
            return
        same = old_number == new_number  # the first revision is shown as all added
        try:
            found = records.revision_changes(self.vault, self.record_id,
                                             None if same else old_number, new_number,
                                             self.lang)
        except VaultError as exc:
            self.summary.setText(error_sentence(exc))
            return
        old, new, form, changes = found.old, found.new, found.form, found.changes
        self._headings = {f"{sec.key}. {sec.label.get(self.lang)}":
                          section_title(sec, self.lang) for sec in form.sections}
        if same:
            self.summary.setText(self.tr("Revision {number}: the first revision, as it was "
                                         "saved.").format(number=new_number)
                                 if new.number == 1 else
                                 self.tr("Pick two different revisions to compare."))
            if new.number != 1:
                return
        else:
            self.summary.setText(self.tr("Changes: %n", "", len(changes)) if changes
                                 else self.tr("No answers changed."))
        reason = self._reasons.get(new_number, "")
        self.reason.setText(self.tr("Reason for revision {number}: {reason}").format(
            number=new_number, reason=isolate(reason)) if reason else "")
        self.reason.setVisible(bool(reason))
        extra = []
        if old_number != new_number and old.marks != new.marks:
            extra.append((self.tr("Sensitive spans marked"), str(len(old.marks)),
                          str(len(new.marks))))
        self.changes.show_changes(self.lang, changes, self._headings, extra)
