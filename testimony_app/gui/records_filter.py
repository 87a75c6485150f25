"""The records list's filter bar: status (or open conflicts), researcher and incident
date range.

Emits a `RecordFilter` whenever the user changes one; the list applies it (and says in
one sentence if a date cannot be used). Researchers are the people who made records (the
first revision's signing key, shown by name and the start of the fingerprint; see
vault/researchers.py), not the free-text interviewers field. Holds their names while the
vault is open; `clear()` forgets them with every choice made.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from ..form import normalise_digits
from ..vault.listing import RecordFilter
from ..vault.researchers import Researcher

# Whole or partial dates as they are typed, in Latin or Arabic-Indic digits.
CONFLICTS = "conflicts"  # the status choice listing records with an open conflict
_DATE_TYPING = QRegularExpression(r"^[0-9٠-٩۰-۹]{0,4}(-[0-9٠-٩۰-۹]{0,2}(-[0-9٠-٩۰-۹]{0,2})?)?$")


class RecordsFilterBar(QWidget):
    changed = Signal(object)  # RecordFilter

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.status = QComboBox(self)
        self.status.setObjectName("filter_status")
        self.researcher = QComboBox(self)
        self.researcher.setObjectName("filter_researcher")
        self.researcher.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.researcher.setMinimumContentsLength(12)
        self.incident_from = QLineEdit(self)
        self.incident_from.setObjectName("filter_incident_from")
        self.incident_to = QLineEdit(self)
        self.incident_to.setObjectName("filter_incident_to")
        for edit in (self.incident_from, self.incident_to):
            edit.setValidator(QRegularExpressionValidator(_DATE_TYPING, edit))
            edit.setClearButtonEnabled(True)
            edit.setMaximumWidth(edit.fontMetrics().horizontalAdvance("0000-00-00") * 2)
            edit.editingFinished.connect(self._emit)
        self.reset_button = QToolButton(self)
        self.reset_button.setObjectName("filter_reset")
        self.reset_button.clicked.connect(self.reset)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.researcher, 1)
        layout.addWidget(self.incident_from)
        layout.addWidget(self.incident_to)
        layout.addWidget(self.reset_button)
        self._retranslate()
        self.status.currentIndexChanged.connect(self._emit)
        self.researcher.currentIndexChanged.connect(self._emit)
        self._last = RecordFilter()

    def _retranslate(self) -> None:
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All records"), None)
        self.status.addItem(self.tr("Drafts"), "draft")
        self.status.addItem(self.tr("Complete"), "complete")
        self.status.addItem(self.tr("With a conflict"), CONFLICTS)
        self.status.blockSignals(False)
        self.status.setToolTip(self.tr(
            "Show drafts, complete records, both, or records with an open conflict"))
        self.researcher.setToolTip(self.tr("Show one researcher's interviews"))
        self.incident_from.setPlaceholderText(self.tr("Incident from"))
        self.incident_to.setPlaceholderText(self.tr("Incident to"))
        tip = self.tr("A year, month or day of the incident: 2017, 2017-03 or 2017-03-17")
        self.incident_from.setToolTip(tip)
        self.incident_to.setToolTip(tip)
        self.reset_button.setText(self.tr("Show all"))
        self.reset_button.setToolTip(self.tr("Clear every filter"))
        self._fill_researchers([])

    def _fill_researchers(self, researchers: list[Researcher]) -> None:
        current = self.researcher.currentData()
        self.researcher.blockSignals(True)
        self.researcher.clear()
        self.researcher.addItem(self.tr("All researchers"), None)
        for researcher in researchers:
            self.researcher.addItem(researcher.label, researcher.fingerprint)
            self.researcher.setItemData(self.researcher.count() - 1, researcher.fingerprint,
                                        Qt.ItemDataRole.ToolTipRole)
        index = self.researcher.findData(current) if current else 0
        self.researcher.setCurrentIndex(max(index, 0))
        self.researcher.blockSignals(False)

    # -- public ----------------------------------------------------------------------------

    def set_researchers(self, researchers: list[Researcher]) -> None:
        self._fill_researchers(researchers)

    def filters(self) -> RecordFilter:
        def date(edit: QLineEdit) -> str | None:
            text = normalise_digits(edit.text()).strip().strip("-")
            return text or None

        shown = self.status.currentData()
        return RecordFilter(status=None if shown == CONFLICTS else shown,
                            conflicts_only=shown == CONFLICTS,
                            researcher=self.researcher.currentData(),
                            incident_from=date(self.incident_from),
                            incident_to=date(self.incident_to))

    def reset(self) -> None:
        """Back to every record (emits `changed` if anything was filtered)."""
        self._set_quietly(clear_researchers=False)
        self._emit()

    def clear(self) -> None:
        """Forget the researcher names and every choice, without emitting (on lock)."""
        self._set_quietly(clear_researchers=True)
        self._last = RecordFilter()

    def _set_quietly(self, *, clear_researchers: bool) -> None:
        for widget in (self.status, self.researcher, self.incident_from, self.incident_to):
            widget.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.researcher.setCurrentIndex(0)
        self.incident_from.clear()
        self.incident_to.clear()
        for widget in (self.status, self.researcher, self.incident_from, self.incident_to):
            widget.blockSignals(False)
        if clear_researchers:
            self._fill_researchers([])

    def _emit(self) -> None:
        filters = self.filters()
        if filters != self._last:
            self._last = filters
            self.changed.emit(filters)

    def mark_rejected(self) -> None:
        """The list refused the last filters: emit again next time, even if unchanged."""
        self._last = None
