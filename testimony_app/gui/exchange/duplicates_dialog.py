"""Possible duplicate witnesses for the supervisor to review: pairs of records that may be
the same person interviewed twice (often by two researchers), scored, with the reasons,
the two witnesses side by side in brief, and a decision: the same witness, or distinct.

Nothing is ever merged: a decision only records a link (`services.duplicates.decide`), and
a decided pair leaves the list. Finding candidates reads the whole vault, so it runs in
the window's task with a busy bar. Values are shown as plain text only; `forget()` drops
every one. Never writes anything but the vault.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import is_rtl, isolate
from ...messages import Message
from ...services import duplicates as dup
from ...services.duplicates import BRIEF
from ..messages import error_sentence, message_text
from ..records_model import local_time
from ..vault_dialog import VaultDialog
from .key_display import plain_tip

_SAME = QColor("#dff0d8")


class DuplicatesDialog(VaultDialog):
    def __init__(self, vault, lang: str, parent: QWidget | None = None):
        super().__init__(vault, lang, parent)
        self.setObjectName("duplicates_dialog")
        self.setWindowTitle(self.tr("Possible duplicate witnesses"))
        self.resize_to_fit(1050, 760)
        self.candidates: list[dup.Candidate] = []
        self.briefs: dict[str, dict] = {}
        self.decided: list[dict] = []

        self.intro = QLabel(self.tr(
            "Records that may be the same witness interviewed twice. Nothing is merged: "
            "compare them and record your decision."), self)
        self.intro.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("busy")
        self.busy.setTextVisible(False)
        self.busy_label = QLabel(self.tr("Looking for possible duplicates…"), self)
        self.pair_list = QTreeWidget(self)
        self.pair_list.setObjectName("pair_list")
        self.pair_list.setRootIsDecorated(False)
        self.pair_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pair_list.setHeaderLabels([self.tr("Score"), self.tr("Record"), self.tr("Record"),
                                        self.tr("Why")])
        self.pair_list.setColumnWidth(0, 120)
        self.pair_list.setColumnWidth(1, 150)
        self.pair_list.setColumnWidth(2, 150)
        self.pair_list.currentItemChanged.connect(self._on_picked)
        self.empty = QLabel(self)
        self.empty.setObjectName("no_candidates")
        self.reasons = QLabel(self)
        self.reasons.setObjectName("reasons")
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setWordWrap(True)
        self.comparison = QTableWidget(len(BRIEF), 2, self)
        self.comparison.setObjectName("comparison")
        self.comparison.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.comparison.setVerticalHeaderLabels([self._field_label(k) for k in BRIEF])
        self.comparison.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.comparison.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + 10)
        self.comparison.setWordWrap(True)  # household names can be long
        self.same = QPushButton(self.tr("Same witness"), self)
        self.same.setObjectName("same")
        self.distinct = QPushButton(self.tr("Distinct people"), self)
        self.distinct.setObjectName("distinct")
        # Bound methods, not lambdas holding `self` (they can crash Qt at deletion).
        self.same.clicked.connect(self._decide_same)
        self.distinct.clicked.connect(self._decide_distinct)
        for button in (self.same, self.distinct):
            button.setAutoDefault(False)  # a decision is never taken by pressing Enter

        review = QWidget(self)
        review_box = QVBoxLayout(review)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy, 1)
        review_box.addLayout(busy_row)
        review_box.addWidget(self.empty)
        lower = QWidget(review)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.reasons)
        lower_box.addWidget(self.comparison, 1)
        decide_row = QHBoxLayout()
        decide_row.addStretch(1)
        decide_row.addWidget(self.same)
        decide_row.addWidget(self.distinct)
        lower_box.addLayout(decide_row)
        split = QSplitter(Qt.Orientation.Vertical, review)
        split.addWidget(self.pair_list)
        split.addWidget(lower)
        split.setSizes([150, 480])
        review_box.addWidget(split, 1)

        self.decided_list = QTreeWidget(self)
        self.decided_list.setObjectName("decided_list")
        self.decided_list.setRootIsDecorated(False)
        self.decided_list.setHeaderLabels([self.tr("Record"), self.tr("Record"),
                                           self.tr("Decision"), self.tr("Decided")])
        for column, width in ((0, 170), (1, 170), (2, 200)):
            self.decided_list.setColumnWidth(column, width)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(review, self.tr("To review"))
        self.tabs.addTab(self.decided_list, self.tr("Decided"))
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(self._on_found)
        self.task.failed.connect(self._on_failed)
        self.search()

    def _field_label(self, key: str) -> str:
        return {"code": self.tr("Interview code"), "given": self.tr("Given name"),
                "father": self.tr("Father's name"), "grandfather": self.tr("Grandfather's name"),
                "family": self.tr("Family name"), "latin": self.tr("Name in Latin letters"),
                "kunya": self.tr("Kunya"), "phone": self.tr("Phone"),
                "incident_date": self.tr("Incident date"),
                "incident_place": self.tr("Incident place"),
                "researcher": self.tr("Researcher"),
                "household": self.tr("Household members")}[key]

    def _reason_text(self, reason: Message) -> str:
        """A reason's code in the interface's own words (the household count as a plural)."""
        words = {"duplicate.given": self.tr("given name"),
                 "duplicate.father": self.tr("father's name"),
                 "duplicate.grandfather": self.tr("grandfather's name"),
                 "duplicate.family": self.tr("family name"), "duplicate.kunya": self.tr("kunya"),
                 "duplicate.phone": self.tr("phone number"),
                 "duplicate.incident_date": self.tr("incident date"),
                 "duplicate.incident_place": self.tr("incident date and place")}
        if reason.code == "duplicate.household":
            return self.tr("%n household member(s) in common", "", reason.params["count"])
        return words.get(reason.code) or message_text(reason)

    # -- finding ---------------------------------------------------------------------------

    def search(self) -> None:
        """Look for candidates in the task; the controls wait until it is done."""
        if self.vault is None or self.task.running:
            return
        self._set_busy(True)
        vault, lang = self.vault, self.lang
        self.task.start(lambda progress: dup.review(vault, lang, progress))

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.busy.setRange(0, 0)
        for widget in (self.pair_list, self.same, self.distinct, self.decided_list):
            widget.setEnabled(not busy)

    def _on_progress(self, done: int, total: int) -> None:
        if total:
            self.busy.setRange(0, total)
            self.busy.setValue(done)

    def _on_found(self, result: dup.Review) -> None:
        self._set_busy(False)
        if self.vault is None:
            return
        self.candidates, self.briefs, self.decided = result.candidates, result.briefs, \
            result.links
        self._fill_pairs()
        self._fill_decided()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status.setText(error_sentence(exc))

    # -- showing ---------------------------------------------------------------------------

    def _code(self, record_id: str) -> str:
        return isolate((self.briefs.get(record_id) or {}).get("code") or record_id[:8])

    def _fill_pairs(self) -> None:
        self.pair_list.clear()
        height = self.fontMetrics().height() + 10
        for c in self.candidates:
            item = QTreeWidgetItem(["", self._code(c.a), self._code(c.b),
                                    self._reasons_line(c)])
            item.setSizeHint(0, QSize(0, height))
            item.setToolTip(3, plain_tip(item.text(3)))
            self.pair_list.addTopLevelItem(item)
            bar = QProgressBar(self.pair_list)
            bar.setRange(0, 100)
            bar.setValue(round(c.score * 100))
            bar.setFormat(self.tr("%p%"))
            self.pair_list.setItemWidget(item, 0, bar)
        self.empty.setText("" if self.candidates else self.tr(
            "No possible duplicates left to review."))
        self.empty.setVisible(not self.candidates)
        if self.candidates:
            self.pair_list.setCurrentItem(self.pair_list.topLevelItem(0))
        else:
            self._show(None)

    def _reasons_line(self, c: dup.Candidate) -> str:
        separator = "، " if is_rtl(self.lang) else ", "
        return separator.join(self._reason_text(r) for r in c.reasons)

    def _fill_decided(self) -> None:
        self.decided_list.clear()
        height = self.fontMetrics().height() + 10
        for link in reversed(self.decided):
            relation = (self.tr("Same witness") if link["relation"] == "same"
                        else self.tr("Distinct people"))
            item = QTreeWidgetItem([self._code(link["a"]), self._code(link["b"]), relation,
                                    isolate(local_time(link["decided_at"]))])
            item.setSizeHint(0, QSize(0, height))
            self.decided_list.addTopLevelItem(item)

    def _on_picked(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        index = self.pair_list.indexOfTopLevelItem(item) if item is not None else -1
        self._show(self.candidates[index] if 0 <= index < len(self.candidates) else None)

    def current(self) -> dup.Candidate | None:
        item = self.pair_list.currentItem()
        index = self.pair_list.indexOfTopLevelItem(item) if item is not None else -1
        return self.candidates[index] if 0 <= index < len(self.candidates) else None

    def _show(self, c: dup.Candidate | None) -> None:
        self.comparison.clearContents()
        self.reasons.clear()
        self.same.setEnabled(c is not None and not self.task.running)
        self.distinct.setEnabled(c is not None and not self.task.running)
        if c is None:
            self.comparison.setHorizontalHeaderLabels(["", ""])
            return
        a, b = self.briefs.get(c.a) or {}, self.briefs.get(c.b) or {}
        self.comparison.setHorizontalHeaderLabels([a.get("code", ""), b.get("code", "")])
        for row, key in enumerate(BRIEF):
            left, right = a.get(key, ""), b.get(key, "")
            for column, value in ((0, left), (1, right)):
                cell = QTableWidgetItem(value)
                cell.setToolTip(plain_tip(value))
                if left and left == right:
                    cell.setBackground(QBrush(_SAME))
                self.comparison.setItem(row, column, cell)
        self.comparison.resizeRowsToContents()
        least = self.fontMetrics().height() + 10  # Arabic needs the room of its marks
        for row in range(len(BRIEF)):
            self.comparison.setRowHeight(row, max(least, self.comparison.rowHeight(row) + 6))
        self.reasons.setText(self.tr("Score {score}%: {reasons}").format(
            score=round(c.score * 100), reasons=self._reasons_line(c)))

    # -- deciding --------------------------------------------------------------------------

    def _decide_same(self) -> None:
        self._decide("same")

    def _decide_distinct(self) -> None:
        self._decide("distinct")

    def _decide(self, relation: str) -> None:
        c = self.current()
        if c is None or self.vault is None or self.task.running:
            return
        try:
            self.decided = dup.decide(self.vault, c.a, c.b, relation)
        except Exception as exc:  # the link is one transaction: nothing was written
            self.status.setText(error_sentence(exc))
            return
        index = self.candidates.index(c)
        self.candidates.remove(c)
        self._fill_pairs()
        self._fill_decided()
        if self.candidates:
            self.pair_list.setCurrentItem(
                self.pair_list.topLevelItem(min(index, len(self.candidates) - 1)))
        pair = {"a": self._code(c.a), "b": self._code(c.b)}
        self.status.setText((self.tr("Recorded: {a} and {b} are the same witness.")
                             if relation == "same" else
                             self.tr("Recorded: {a} and {b} are distinct people.")).format(**pair))

    # -- lock ------------------------------------------------------------------------------

    def forget(self) -> None:
        self.candidates, self.briefs, self.decided = [], {}, []
        self.pair_list.clear()
        self.decided_list.clear()
        self.comparison.clearContents()
        self.comparison.setHorizontalHeaderLabels(["", ""])
        for label in (self.reasons, self.status):
            label.clear()
        super().forget()
