"""The conflict view: records whose histories diverged on import, both heads side by side
with the differing fields highlighted, what changed field by field, and settling one by
keeping this vault's version or the imported one, or by merging them field by field
(`FieldMergeDialog`).

Settling writes one new revision on top of this vault's head
(`services.conflicts.keep_version`): neither branch is ever overwritten, a reason is
required and confirmed first. Bundle
contents are shown as plain or escaped text only. Never writes anything but the vault;
`forget()` drops every value shown.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...form import get_form
from ...i18n import isolate
from ...services import conflicts as cf
from ...vault import Record
from ...vault.identity import display_fingerprint
from ..editor.changes_view import ChangesView
from ..editor.section_page import section_title
from ..messages import error_sentence
from ..records_model import local_time
from ..vault_dialog import VaultDialog
from . import resolution
from .field_merge_dialog import FieldMergeDialog
from .revision_side import RevisionSide, differing_paths


class ConflictsDialog(VaultDialog):
    def __init__(self, vault, lang: str, parent: QWidget | None = None,
                 record_id: str | None = None):
        super().__init__(vault, lang, parent)
        self.setObjectName("conflicts_dialog")
        self.setWindowTitle(self.tr("Conflicts"))
        self.resize_to_fit(1150, 780)
        self._conflicts: list[cf.Conflict] = []
        self._current: cf.Conflict | None = None
        self._pending: str | None = None  # "local" or "imported", while confirming
        self.confirmation: QMessageBox | None = None

        self.intro = QLabel(self.tr(
            "These records were changed both here and by the sender after they were handed "
            "in. Compare both versions and keep one, or merge them field by field: a new "
            "revision is written, and both histories stay in the vault."), self)
        self.intro.setWordWrap(True)
        self.conflict_list = QTreeWidget(self)
        self.conflict_list.setObjectName("conflict_list")
        self.conflict_list.setRootIsDecorated(False)
        self.conflict_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflict_list.setHeaderLabels([self.tr("Record"), self.tr("Flagged"),
                                            self.tr("Imported from"), self.tr("Bundle")])
        self.conflict_list.setColumnWidth(0, 170)
        self.conflict_list.setColumnWidth(1, 150)
        self.conflict_list.setColumnWidth(2, 320)
        self.conflict_list.currentItemChanged.connect(self._on_picked)
        self.empty = QLabel(self)
        self.empty.setObjectName("no_conflicts")

        self.local_title, self.local_facts, self.local_side = self._side_widgets("local")
        self.imported_title, self.imported_facts, self.imported_side = \
            self._side_widgets("imported")
        self.local_title.setText(self.tr("This vault's version"))
        self.imported_title.setText(self.tr("Imported version"))
        self.changes_title = QLabel(self.tr(
            "What differs (\"Before\": this vault's version; \"After\": the imported one)"),
            self)
        self.changes = ChangesView(self)
        self.changes.setObjectName("conflict_changes")
        self.changes.clipboard_guard = self.clipboard_guard

        reason_label, self.reason = resolution.reason_field(self, "reason")
        self.keep_local = QPushButton(self.tr("Keep this vault's version"), self)
        self.keep_local.setObjectName("keep_local")
        self.keep_imported = QPushButton(self.tr("Keep the imported version"), self)
        self.keep_imported.setObjectName("keep_imported")
        # Bound methods, not lambdas holding `self` (they can crash Qt at deletion).
        self.keep_local.clicked.connect(self._ask_keep_local)
        self.keep_imported.clicked.connect(self._ask_keep_imported)
        self.merge_fields = QPushButton(self.tr("Merge field by field…"), self)
        self.merge_fields.setObjectName("merge_fields_button")
        self.merge_fields.clicked.connect(self._open_merge)
        self.merge: FieldMergeDialog | None = None
        for button in (self.keep_local, self.keep_imported, self.merge_fields):
            button.setAutoDefault(False)  # Enter in the reason must not pick a side
        self.status = resolution.status_label(self, "status")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        sides = QSplitter(Qt.Orientation.Horizontal, self)
        for title, facts, side in ((self.local_title, self.local_facts, self.local_side),
                                   (self.imported_title, self.imported_facts,
                                    self.imported_side)):
            pane = QWidget(sides)
            box = QVBoxLayout(pane)
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(title)
            box.addWidget(facts)
            box.addWidget(side, 1)
            sides.addWidget(pane)
        lower = QWidget(self)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 0, 0, 0)
        lower_box.addWidget(self.changes_title)
        lower_box.addWidget(self.changes, 1)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(self.conflict_list)
        body.addWidget(sides)
        body.addWidget(lower)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 4)
        body.setStretchFactor(2, 2)
        body.setSizes([130, 420, 180])
        resolve_row = QHBoxLayout()
        resolve_row.addWidget(reason_label)
        resolve_row.addWidget(self.reason, 1)
        resolve_row.addWidget(self.keep_local)
        resolve_row.addWidget(self.keep_imported)
        resolve_row.addWidget(self.merge_fields)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(body, 1)
        layout.addLayout(resolve_row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.refresh(record_id)

    def _side_widgets(self, name: str) -> tuple[QLabel, QLabel, RevisionSide]:
        title = QLabel(self)
        title.setStyleSheet("font-weight: bold")
        facts = QLabel(self)
        facts.setObjectName(f"{name}_facts")
        facts.setTextFormat(Qt.TextFormat.PlainText)
        facts.setWordWrap(True)
        side = RevisionSide(self.lang, self)
        side.setObjectName(f"{name}_side")
        side.guard = self.clipboard_guard
        return title, facts, side

    # -- listing ---------------------------------------------------------------------------

    def refresh(self, record_id: str | None = None) -> None:
        """List the open conflicts again and show `record_id`'s (else the first)."""
        self.conflict_list.clear()
        self._show(None)
        vault = self.vault
        if vault is None:
            return
        entries = cf.conflict_entries(vault)
        self._conflicts = [entry.conflict for entry in entries]
        height = self.fontMetrics().height() + 10
        pick = None
        for entry in entries:
            conflict, origin = entry.conflict, entry.author_name
            if entry.sender:
                origin = f"{origin} ({isolate(display_fingerprint(entry.sender, 4))})".strip()
            item = QTreeWidgetItem([isolate(conflict.code or conflict.record[:8]),
                                    isolate(local_time(conflict.flagged_at)), origin,
                                    isolate(conflict.bundle[:8])])
            item.setToolTip(3, conflict.bundle)
            item.setSizeHint(0, QSize(0, height))
            self.conflict_list.addTopLevelItem(item)
            if pick is None or (conflict.record == record_id
                                and self._conflicts[0].record != record_id):
                pick = item  # the first conflict, else the one asked for
        self.empty.setText(self.tr("No open conflicts.") if not self._conflicts else "")
        self.empty.setVisible(not self._conflicts)
        if pick is not None:
            self.conflict_list.setCurrentItem(pick)

    def _on_picked(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        self.status.clear()
        index = self.conflict_list.indexOfTopLevelItem(item) if item is not None else -1
        self._show(self._conflicts[index] if 0 <= index < len(self._conflicts) else None)

    def _show(self, conflict: cf.Conflict | None) -> None:
        self._current = conflict
        for widget in (self.local_side, self.imported_side, self.changes):
            widget.clear()
        self.local_facts.clear()
        self.imported_facts.clear()
        self.keep_local.setEnabled(conflict is not None)
        self.keep_imported.setEnabled(conflict is not None)
        self.merge_fields.setEnabled(conflict is not None)
        if conflict is None or self.vault is None:
            return
        try:
            sides = cf.sides(self.vault, conflict.record, other=conflict.other_head,
                             lang=self.lang)
        except Exception as exc:  # e.g. a revision missing: one sentence, nothing shown
            self.status.setText(error_sentence(exc))
            return
        form = get_form(sides.imported.form_id, sides.imported.form_version)
        differing = differing_paths(form, sides.local.answers, sides.imported.answers,
                                    self.lang)
        self.local_side.show_side(sides.local, form, differing)
        self.imported_side.show_side(sides.imported, form, differing)
        self.local_facts.setText(self._facts(sides.local))
        self.imported_facts.setText(self._facts(sides.imported))
        headings = {f"{sec.key}. {sec.label.get(self.lang)}": section_title(sec, self.lang)
                    for sec in form.sections}
        self.changes.show_changes(self.lang, sides.changes, headings)
        if not sides.changes:
            self.changes.setPlainText(self.tr("The answers are the same on both sides."))

    def _facts(self, record: Record) -> str:
        status = self.tr("complete") if record.status == "complete" else self.tr("draft")
        return self.tr("Revision {number} ({hash}) · {status} · by {author} · saved "
                       "{when}").format(
            number=record.number, hash=isolate(record.revision[:12]), status=status,
            author=isolate(record.author_name or record.author[:16]),
            when=isolate(local_time(record.created_at)))

    # -- resolving -------------------------------------------------------------------------

    def _ask_keep_local(self) -> None:
        self._ask("local")

    def _ask_keep_imported(self) -> None:
        self._ask("imported")

    def _ask(self, keep: str) -> None:
        conflict = self._current
        if conflict is None or self.vault is None:
            return
        if not resolution.has_reason(self.reason, self.status):
            return
        code = isolate(conflict.code or conflict.record[:8])
        question = (self.tr("Keep this vault's version of {code}?") if keep == "local"
                    else self.tr("Keep the imported version of {code}?")).format(code=code)
        self._pending = keep
        self.confirmation = resolution.ask(self, "confirm_resolve", question, self.tr(
            "A new revision with that content is written on top of this vault's version. "
            "Neither version is deleted."), self._confirmed)

    def _confirmed(self, _result: int) -> None:
        box, keep = self.confirmation, self._pending
        self._pending, self.confirmation = None, None
        conflict = self._current
        if not resolution.said_yes(box) or keep is None or conflict is None or self.vault is None:
            return
        try:
            record = cf.keep_version(self.vault, conflict.record, keep,
                                     reason=self.reason.text(), other=conflict.other_head)
        except Exception as exc:  # the resolution is one transaction: nothing was written
            self.refresh(conflict.record)
            self.status.setText(error_sentence(exc))
            return
        self.reason.clear()
        self.refresh()
        self.status.setText(self.tr("{code} resolved: revision {number} written.").format(
            code=isolate(conflict.code or conflict.record[:8]), number=record.number))

    def _open_merge(self) -> None:
        conflict = self._current
        if conflict is None or self.vault is None:
            return
        self.merge = FieldMergeDialog(self.vault, self.lang, self, conflict)
        self.merge.reason.setText(self.reason.text())
        self.merge.merged.connect(self._merged)
        self.merge.finished.connect(self._merge_closed)
        self.merge.open()

    def _merge_closed(self, _result: int) -> None:
        self.merge = None

    def _merged(self, number: int) -> None:
        conflict = self._current
        self.reason.clear()
        self.refresh()
        if conflict is not None:
            self.status.setText(self.tr("{code} resolved: revision {number} written.").format(
                code=isolate(conflict.code or conflict.record[:8]), number=number))

    # -- lock ------------------------------------------------------------------------------

    def forget(self) -> None:
        if self.confirmation is not None:
            self.confirmation.close()
        if self.merge is not None:
            self.merge.forget()
            self.merge.close()
        self._conflicts, self._current, self._pending = [], None, None
        self.conflict_list.clear()
        for widget in (self.local_side, self.imported_side, self.changes):
            widget.clear()
        for label in (self.local_facts, self.imported_facts, self.status):
            label.clear()
        self.reason.clear()
        super().forget()
