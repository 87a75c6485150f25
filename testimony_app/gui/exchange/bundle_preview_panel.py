"""One bundle's preview in the import window: who sent it (name, fingerprint, enrolled /
UNKNOWN / REVOKED), its sequence and date, warnings, and a table of its records with what
importing would do to each; or, for a refused bundle, only the one sentence saying why.

Holds testimony on screen (codes, witness names) only until `clear()`; reads nothing from
the vault itself (the import window's task does). Everything taken from the bundle is
shown as plain text, never rich text.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...exchange.preview import Preview
from ...i18n import isolate
from .key_display import (
    BAD,
    OUTCOME_COLOURS,
    SENDER_COLOURS,
    WARN,
    coloured,
    fingerprint_label,
    plain_label,
)


class BundlePreviewPanel(QWidget):
    import_requested = Signal(object)  # this panel
    enrol_requested = Signal(object)  # this panel: enrol its unknown sender (nothing imported)

    def __init__(self, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = path
        self.preview: Preview | None = None
        self.codes: dict[str, str] = {}
        self.done = False
        layout = QVBoxLayout(self)
        self.refusal = coloured(plain_label("", wrap=True), BAD)
        self.refusal.setObjectName("refusal")
        self.refusal.hide()
        layout.addWidget(self.refusal)

        self.details = QWidget()
        layout.addWidget(self.details, 1)
        box = QVBoxLayout(self.details)
        box.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.sender_name = plain_label()
        self.fingerprint = fingerprint_label("")
        self.status = plain_label()
        self.status.setObjectName("status")
        self.sequence = plain_label()
        self.created = plain_label()
        form.addRow(self.tr("Sender:"), self.sender_name)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        form.addRow(self.tr("Standing:"), self.status)
        form.addRow(self.tr("Bundle number:"), self.sequence)
        form.addRow(self.tr("Made:"), self.created)
        box.addLayout(form)
        self.warnings = coloured(plain_label("", wrap=True), WARN, bold=False)
        self.warnings.setObjectName("warnings")
        box.addWidget(self.warnings)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Code"), self.tr("Witness"), self.tr("What importing does"),
            self.tr("New revisions"), self.tr("Attachments"), self.tr("Possible duplicates")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.table, 1)

        # Enrolling an unknown sender is an act of its own, with its own button: ticking the
        # comparison only allows it, and importing never enrols anyone.
        self.compared = QCheckBox(self.tr(
            "I compared this fingerprint with the sender (read aloud)"))
        self.compared.toggled.connect(self._update_button)
        self.enrol_button = QPushButton(self.tr("Enrol this sender as a researcher"))
        self.enrol_button.setObjectName("enrol_sender")
        self.enrol_button.clicked.connect(self._on_enrol_clicked)
        enrol_row = QHBoxLayout()
        enrol_row.addWidget(self.compared, 1)
        enrol_row.addWidget(self.enrol_button)
        box.addLayout(enrol_row)
        self.reason = coloured(plain_label("", wrap=True), BAD, bold=False)
        self.reason.setObjectName("reason")
        box.addWidget(self.reason)
        row = QHBoxLayout()
        self.outcome = plain_label("", wrap=True)
        self.outcome.setObjectName("outcome")
        row.addWidget(self.outcome, 1)
        self.import_button = QPushButton(self.tr("Import"))
        # A bound method, not a lambda holding `self`: such lambdas can crash Qt when the
        # window is deleted.
        self.import_button.clicked.connect(self._on_import_clicked)
        row.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignBottom)
        box.addLayout(row)
        self.busy = False
        self.details.hide()

    # -- showing a preview ---------------------------------------------------------------

    def show_refusal(self, sentence: str) -> None:
        """A refused bundle: the sentence and nothing else."""
        self.preview = None
        self._clear_details()
        self.details.hide()
        self.refusal.setText(sentence)
        self.refusal.show()

    def show_preview(self, preview: Preview, codes: dict[str, str]) -> None:
        self.preview, self.codes = preview, codes
        self.refusal.hide()
        self.sender_name.setText(preview.sender_label or preview.sender_name
                                 or self.tr("(no name)"))
        self.fingerprint.setText(preview.sender_display)
        word = {"enrolled": self.tr("enrolled"), "unknown": self.tr("UNKNOWN"),
                "revoked": self.tr("REVOKED")}[preview.sender_status]
        coloured(self.status, SENDER_COLOURS[preview.sender_status]).setText(word)
        self.sequence.setText(str(preview.sequence))
        self.created.setText(self.tr("{time} UTC").format(
            time=preview.created_at.replace("T", " ")[:16]))
        # Worded here from the preview's data, with advice for this window (the core's
        # `warnings` say the same as codes, for the command line). An unknown sender is said
        # by the standing above and the fingerprint tick below.
        notes = []
        if preview.repeated_sequence:
            notes.append(self.tr("Another bundle from this sender already had the number "
                                 "{n}.").format(n=preview.sequence))
        if preview.missing_sequences:
            shown = ", ".join(map(str, preview.missing_sequences[:10]))
            if len(preview.missing_sequences) > 10:
                shown += " …"
            notes.append(self.tr("A bundle from this researcher is missing (number "
                                 "{numbers}): ask them for it.").format(numbers=shown))
        for rec in preview.records:
            if rec.code_clashes:
                notes.append(self.tr(
                    "The code {code} is already used by another record: after the import, "
                    "find these by their ids, and give each researcher a code prefix of their "
                    "own.").format(code=isolate(rec.code)))
        if preview.already_imported:
            notes.insert(0, self.tr("Already imported on {date}: importing it again changes "
                                    "nothing.").format(date=isolate(preview.already_imported[:10])))
        self.warnings.setText("\n".join(notes))
        self.warnings.setVisible(bool(notes))
        self._fill_table(preview)
        self.compared.setChecked(False)
        self.compared.setVisible(preview.sender_status == "unknown")
        self.enrol_button.setVisible(preview.sender_status == "unknown")
        revoked = preview.sender_status == "revoked"
        self.reason.setText(self.tr("The sender's key was revoked: nothing is imported from "
                                    "it.") if revoked else "")
        self.reason.setVisible(revoked)
        self.outcome.clear()
        self.details.show()
        self._update_button()

    def _fill_table(self, preview: Preview) -> None:
        words = {"new": self.tr("new"), "present": self.tr("already present"),
                 "updated": self.tr("new revisions"), "conflict": self.tr("conflict")}
        self.table.setRowCount(len(preview.records))
        for row, rec in enumerate(preview.records):
            dups = ", ".join(self.tr("{code} ({score}% alike)").format(
                code=self.codes.get(c.b, c.b[:8]), score=round(c.score * 100))
                for c in rec.duplicates)
            cells = [rec.code, rec.title, words.get(rec.outcome, rec.outcome),
                     str(rec.new_revisions), str(rec.attachments), dups]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and OUTCOME_COLOURS.get(rec.outcome):
                    item.setForeground(QBrush(QColor(OUTCOME_COLOURS[rec.outcome])))
                if column == 5 and dups:
                    item.setForeground(QBrush(QColor(WARN)))
                self.table.setItem(row, column, item)

    def _on_import_clicked(self) -> None:
        self.import_requested.emit(self)

    def _on_enrol_clicked(self) -> None:
        if self.can_enrol():
            self.enrol_requested.emit(self)

    def can_import(self) -> bool:
        p = self.preview
        return p is not None and not self.done and not self.busy \
            and p.sender_status == "enrolled"

    def can_enrol(self) -> bool:
        p = self.preview
        return p is not None and not self.done and not self.busy \
            and p.sender_status == "unknown" and self.compared.isChecked()

    def sender_enrolled(self, label: str) -> None:
        """The window enrolled this bundle's sender: the standing says so, import may go."""
        assert self.preview is not None
        self.preview = replace(self.preview, sender_status="enrolled", sender_label=label)
        coloured(self.status, SENDER_COLOURS["enrolled"]).setText(self.tr("enrolled"))
        self.sender_name.setText(label or self.preview.sender_name or self.tr("(no name)"))
        self.compared.hide()
        self.enrol_button.hide()
        self.show_outcome(self.tr("Enrolled as a researcher. Nothing is imported until you "
                                  "press Import."), SENDER_COLOURS["enrolled"])
        self._update_button()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.compared.setEnabled(not busy and not self.done)
        self._update_button()

    def _update_button(self) -> None:
        self.import_button.setEnabled(self.can_import())
        self.enrol_button.setEnabled(self.can_enrol())

    # -- after importing -----------------------------------------------------------------

    def show_outcome(self, text: str, colour: str) -> None:
        coloured(self.outcome, colour, bold=False).setText(text)

    def mark_done(self) -> None:
        self.done = True
        self.compared.setEnabled(False)
        self._update_button()

    def clear(self) -> None:
        self.preview, self.codes = None, {}
        self._clear_details()
        self.refusal.clear()

    def _clear_details(self) -> None:
        self.table.setRowCount(0)
        for label in (self.sender_name, self.fingerprint, self.status, self.sequence,
                      self.created, self.warnings, self.reason, self.outcome):
            label.clear()
