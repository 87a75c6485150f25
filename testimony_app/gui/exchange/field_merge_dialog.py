"""The field-by-field merge of one diverged record: every field that differs between this
vault's version and the imported one, with who changed it since their common revision and
a choice of side (preset where only one side changed it; to be made where both did), a
preview of the merged record, and settling it with a reason as one new revision.

Writing goes through `services.conflicts.resolve_merged`, refused if either version
moved since it was shown; neither branch is ever overwritten. Values are shown as plain
text only (table cells, never tooltips, which Qt may read as rich text). Never writes
anything but the vault; `forget()` drops every value shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...i18n import isolate
from ...services import conflicts as cf
from ...vault import Record
from ..messages import error_sentence
from ..vault_dialog import VaultDialog
from . import resolution
from .revision_side import RevisionSide, differing_paths

BOTH_TEXT, BOTH_BACKGROUND = QColor("#9b1c1c"), QColor("#fde2e1")
_SHOWN = 160  # characters of a value in a table cell; the preview shows it whole


def _cell(text: str) -> QTableWidgetItem:
    flat = " ".join(text.split())
    item = QTableWidgetItem(flat if len(flat) <= _SHOWN else flat[:_SHOWN] + "…")
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class FieldMergeDialog(VaultDialog):
    merged = Signal(int)  # the number of the revision written

    def __init__(self, vault, lang: str, parent: QWidget, conflict: cf.Conflict):
        super().__init__(vault, lang, parent)
        self.setObjectName("field_merge_dialog")
        self.setWindowTitle(self.tr("Merge field by field"))
        self.resize_to_fit(1100, 760)
        self.clipboard_guard = getattr(parent, "clipboard_guard", None)
        self.conflict = conflict
        self.plan: cf.MergePlan | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.confirmation: QMessageBox | None = None

        self.intro = QLabel(self.tr(
            "Choose, for each field that differs, which version to keep. A field changed on "
            "one side only since both had the same record is preset to that side; a field "
            "changed on both sides must be chosen."), self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("merge_fields")
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("This vault's version"), self.tr("Imported version"),
            self.tr("Changed"), self.tr("Keep")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.preview_title = QLabel(self.tr(
            "The merged record (highlighted: taken from the imported version)"), self)
        self.preview = RevisionSide(lang, self)
        self.preview.setObjectName("merge_preview")
        self.preview.guard = self.clipboard_guard

        reason_label, self.reason = resolution.reason_field(self, "merge_reason")
        self.write = QPushButton(self.tr("Write the merged revision"), self)
        self.write.setObjectName("write_merge")
        self.write.setAutoDefault(False)
        self.write.clicked.connect(self._ask)
        self.status = resolution.status_label(self, "merge_status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.rejected.connect(self.reject)

        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(self.table)
        lower = QWidget(body)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.preview_title)
        lower_box.addWidget(self.preview, 1)
        body.addWidget(lower)
        body.setSizes([330, 330])
        row = QHBoxLayout()
        row.addWidget(reason_label)
        row.addWidget(self.reason, 1)
        row.addWidget(self.write)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(body, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._load()

    # -- the fields --------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            self.plan = cf.merge_plan(self.vault, self.conflict.record,
                                      other=self.conflict.other_head, lang=self.lang)
        except Exception as exc:  # e.g. settled meanwhile: one sentence, nothing shown
            self.status.setText(error_sentence(exc))
            self.write.setEnabled(False)
            return
        changed = {"local": self.tr("here"), "imported": self.tr("by the sender"),
                   "both": self.tr("on both sides")}
        self.table.setRowCount(len(self.plan.items))
        for n, item in enumerate(self.plan.items):
            label = f"{item.section} — {item.label}"
            if item.marks_differ:
                label += " " + self.tr("(sensitive marks differ)")
            self.table.setItem(n, 0, _cell(label))
            self.table.setItem(n, 1, _cell(item.local or self.tr("(empty)")))
            self.table.setItem(n, 2, _cell(item.imported or self.tr("(empty)")))
            who = _cell(changed[item.changed])
            if item.changed == "both":
                for column in range(3):
                    self.table.item(n, column).setBackground(QBrush(BOTH_BACKGROUND))
                who.setForeground(QBrush(BOTH_TEXT))
                who.setBackground(QBrush(BOTH_BACKGROUND))
            self.table.setItem(n, 3, who)
            self.table.setCellWidget(n, 4, self._choice(item))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(3)
        self.table.resizeColumnToContents(4)
        self._update_preview()

    def _choice(self, item: cf.MergeItem) -> QWidget:
        cell = QWidget(self.table)
        box = QHBoxLayout(cell)
        box.setContentsMargins(4, 0, 4, 0)
        group = QButtonGroup(cell)
        for side, text in (("local", self.tr("this vault's")),
                           ("imported", self.tr("imported"))):
            button = QRadioButton(text, cell)
            button.setObjectName(f"take_{side}")
            button.setChecked(item.default == side)
            group.addButton(button)
            box.addWidget(button)
        group.buttonToggled.connect(self._on_choice)
        self.groups[item.key] = group
        return cell

    def choices(self) -> dict[str, str]:
        """The side chosen for each field so far."""
        out = {}
        for key, group in self.groups.items():
            checked = group.checkedButton()
            if checked is not None:
                out[key] = checked.objectName().removeprefix("take_")
        return out

    def choose(self, key: str, side: str) -> None:
        """Pick `side` for field `key` (as a click on its button would)."""
        for button in self.groups[key].buttons():
            if button.objectName() == f"take_{side}":
                button.click()

    def _on_choice(self, _button, checked: bool) -> None:
        if checked:
            self._update_preview()

    def _update_preview(self) -> None:
        plan = self.plan
        if plan is None:
            return
        missing = plan.undecided(self.choices())
        if missing:
            self.preview.clear()
            self.preview.setPlainText(self.tr(
                "Choose a side for every field changed on both sides (%n left) to see the "
                "merged record.", "", len(missing)))
            return
        doc = plan.document(self.choices())
        merged = Record(id=plan.local.id, form_id=doc["form_id"],
                        form_version=doc["form_version"], status=doc["status"],
                        answers=doc["answers"], marks=doc["marks"], revision="", parent=None,
                        number=0, author="", author_name="", created_at="", reason=None)
        self.preview.show_side(merged, plan.form, differing_paths(
            plan.form, plan.local.answers, merged.answers, self.lang))

    # -- writing -----------------------------------------------------------------------------

    def _ask(self) -> None:
        plan = self.plan
        if plan is None or self.vault is None:
            return
        missing = plan.undecided(self.choices())
        if missing:
            self.status.setText(self.tr(
                "Both sides changed %n field(s): choose a side for each first.", "",
                len(missing)))
            return
        if not resolution.has_reason(self.reason, self.status):
            return
        code = isolate(self.conflict.code or self.conflict.record[:8])
        self.confirmation = resolution.ask(
            self, "confirm_merge", self.tr("Write the merged version of {code}?").format(
                code=code),
            self.tr("A new revision with the merged content is written on top of this "
                    "vault's version. Neither version is deleted."), self._confirmed)

    def _confirmed(self, _result: int) -> None:
        box, self.confirmation = self.confirmation, None
        plan = self.plan
        if not resolution.said_yes(box) or plan is None or self.vault is None:
            return
        try:
            record = cf.resolve_merged(
                self.vault, self.conflict.record, reason=self.reason.text(),
                take=self.choices(), other=self.conflict.other_head,
                heads=(plan.local.revision, plan.imported.revision))
        except Exception as exc:  # one transaction: nothing was written
            self.status.setText(error_sentence(exc))
            return
        self.merged.emit(record.number)
        self.accept()

    # -- lock --------------------------------------------------------------------------------

    def forget(self) -> None:
        if self.confirmation is not None:
            self.confirmation.close()
        self.plan, self.groups = None, {}
        self.table.setRowCount(0)
        self.preview.clear()
        self.reason.clear()
        self.status.clear()
        super().forget()
