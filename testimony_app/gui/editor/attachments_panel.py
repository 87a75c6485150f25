"""A record's attachments: list them, add files into the vault, preview images, export.

Files go straight into the vault (`Vault.attach`, hashed and chunked there), in the
background with a progress bar: a recording of an hour must not freeze the window. While a
file is being stored the panel's task owns the vault's connection, and `busy_changed`
tells the editor to stop writing until it is done; locking stops the task, and nothing
of the file stays in the vault. Image
previews are decoded from the vault's bytes in memory and never written to disk; audio and
video are never played (a player would want a file). Only "Export…", an explicit action
with a save dialog, writes an attachment out. `clear()` drops every preview and row.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...form import get_form
from ...form.display import format_value
from ...i18n import isolate
from ...services import attachments
from ...vault import Vault, VaultError
from ...vault.attachments import guess_kind
from ..file_dialogs import choose_file, choose_new_path
from ..messages import error_sentence
from ..vault_task import Cancelled, VaultTask

PREVIEW_LIMIT = 48 * 1024 * 1024  # larger images are not decoded for a preview
PREVIEW_SIZE = 480  # longest side of the preview kept in memory, in pixels
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NARROW = 640  # narrower than this, the preview goes under the list


def size_text(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


class AttachmentsPanel(QWidget):
    attached = Signal()  # a file was stored: the record has a new revision
    busy_changed = Signal(bool)  # a file is being stored: nothing else may write

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.vault: Vault | None = None
        self.record_id: str | None = None
        self.lang = "en"
        self._infos: dict[str, dict] = {}
        self._image: QImage | None = None  # the preview being shown, in memory only
        self._storing = ""  # the name of the file being stored

        self.table = QTreeWidget(self)
        self.table.setObjectName("attachments")
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # A bound method, not a lambda holding `self`: PySide would keep such a lambda,
        # and this panel with it, after Qt has deleted the table.
        self.table.currentItemChanged.connect(self._on_current_item)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("add_attachment")
        self.add_button.clicked.connect(self.choose_and_add)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("export_attachment")
        self.export_button.clicked.connect(self.choose_and_export)
        self.status = QLabel(self)
        self.status.setObjectName("attachment_status")
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("attachment_progress")
        self.progress.hide()
        self.task = VaultTask(self)
        self.task.progressed.connect(self._on_progress)
        self.task.succeeded.connect(self._on_stored)
        self.task.failed.connect(self._on_store_failed)
        self.task.finished.connect(self._on_task_finished)

        self.preview = QLabel(self)
        self.preview.setObjectName("preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.preview.setMinimumSize(200, 160)
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.preview.setStyleSheet("QLabel#preview { border: 1px solid #c8c8c8; }")

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.progress)
        left_layout.addWidget(self.status)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._retranslate()
        self._update_buttons()

    def _retranslate(self) -> None:
        self.table.setHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Size"),
                                    self.tr("SHA-256")])
        self.add_button.setText(self.tr("&Add file…"))
        self.export_button.setText(self.tr("E&xport…"))
        self.export_button.setToolTip(self.tr(
            "Write a copy of this attachment to a file you choose, outside the vault"))

    # -- the contract ------------------------------------------------------------------------

    def open(self, vault: Vault, record_id: str, lang: str = "en") -> None:
        """List `record_id`'s attachments (kinds in the questionnaire's words in `lang`)."""
        self.clear()
        self.vault, self.record_id, self.lang = vault, record_id, lang
        self._reload()

    def clear(self) -> None:
        """Forget the record: rows, preview image and the vault (on lock)."""
        if self.task.running:  # the lock stopped it already; a plain close stops it here
            self.task.cancel()
            self.task.wait()
        self.table.blockSignals(True)
        self.table.clear()
        self.table.blockSignals(False)
        self._infos = {}
        self._image = None
        self.preview.clear()
        self.status.clear()
        self.vault = self.record_id = None
        self._update_buttons()

    def add_file(self, path: str) -> bool:
        """Start storing the file at `path` in the vault (in the background; `attached`
        follows); one sentence in the panel if it cannot start or fails."""
        if self.vault is None or self.record_id is None or self.task.running:
            return False
        if not Path(path).is_file():
            self.status.setText(error_sentence(VaultError("vault.not_a_file", path=path), path))
            return False
        vault, record_id = self.vault, self.record_id
        self._storing = Path(path).name
        self.status.setText(self.tr("Storing {name} in the vault…").format(
            name=isolate(self._storing)))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.busy_changed.emit(True)
        # The file into the vault in one transaction (all or nothing); a cancel stops it.
        self.task.start(lambda progress: attachments.attach_file(vault, record_id, path,
                                                                 progress=progress))
        self._update_buttons()
        return True

    def storing(self) -> bool:
        """True while a file is being stored. A storing that has just ended has its news
        taken in first: until then the record's head has a row the editor does not."""
        if self.task.running and self.task.wait(0):
            # Its signals are queued behind the caller's event (a lock waited for it).
            QCoreApplication.sendPostedEvents(self.task, QEvent.Type.MetaCall)
        return self.task.running

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, 1000)
            self.progress.setValue(min(1000, done * 1000 // total))

    def _on_stored(self, info) -> None:
        if self.vault is None:
            return  # locked meanwhile
        self._reload(select=info.id)
        self.status.setText(self.tr("Added {name}.").format(name=isolate(info.name)))
        self.attached.emit()

    def _on_store_failed(self, exc: BaseException) -> None:
        if self.vault is None:
            return
        if isinstance(exc, Cancelled):
            self.status.setText(self.tr("Stopped: nothing was added."))
        else:
            self.status.setText(error_sentence(exc, self._storing))

    def _on_task_finished(self) -> None:
        self.progress.hide()
        self._update_buttons()
        self.busy_changed.emit(False)

    def export_selected(self, dest: str) -> bool:
        attachment_id = self.selected_id()
        if self.vault is None or attachment_id is None or not dest:
            return False
        try:
            attachments.export_attachment(self.vault, attachment_id, dest)
        except (VaultError, OSError) as exc:
            self.status.setText(error_sentence(exc, dest))
            return False
        self.status.setText(self.tr("Exported to {path}.").format(path=isolate(dest)))
        return True

    def choose_and_add(self) -> None:
        path = choose_file(self, self.tr("Add a file to this interview"))
        if path:
            self.add_file(path)

    def choose_and_export(self) -> None:
        attachment_id = self.selected_id()
        if attachment_id is None:
            return
        dest = choose_new_path(self, self.tr("Export attachment"),
                               self._infos[attachment_id]["name"])
        if dest:
            self.export_selected(dest)

    def selected_id(self) -> str | None:
        item = self.table.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    # -- internals ---------------------------------------------------------------------------

    def _reload(self, select: str | None = None) -> None:
        self.table.blockSignals(True)
        self.table.clear()
        self.preview.clear()
        try:
            record = self.vault.get(self.record_id)
            attachments = record.attachments
        except VaultError as exc:
            self.status.setText(error_sentence(exc))
            record, attachments = None, []
        self._infos = {a["id"]: a for a in attachments}
        kind_text = _kind_words(record, self.lang) if record is not None else lambda *_: ""
        chosen = None
        for a in attachments:
            item = QTreeWidgetItem([a["name"], kind_text(a["id"], guess_kind(a["media_type"])),
                                    isolate(size_text(a["size"])), a["sha256"][:12]])
            item.setData(0, ID_ROLE, a["id"])
            item.setToolTip(3, a["sha256"])
            item.setToolTip(0, f"{a['name']}\nSHA-256: {a['sha256']}")
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
            if a["id"] == select:
                chosen = item
        for column in (1, 2, 3):
            self.table.resizeColumnToContents(column)
        self.table.blockSignals(False)
        if chosen is None and self.table.topLevelItemCount():
            chosen = self.table.topLevelItem(0)
        if chosen is not None:
            self.table.setCurrentItem(chosen)
        self._show_preview()
        self._update_buttons()

    def _update_buttons(self) -> None:
        # While a file is stored its task owns the connection: a preview or an export
        # would read the vault from here.
        storing = self.task.running
        self.add_button.setEnabled(self.vault is not None and not storing)
        self.table.setEnabled(not storing)
        self.export_button.setEnabled(self.selected_id() is not None and not storing)

    def _on_current_item(self, *_items) -> None:
        self._show_preview()

    def _show_preview(self) -> None:
        self.preview.clear()
        self._image = None
        self._update_buttons()
        attachment_id = self.selected_id()
        if attachment_id is None or self.vault is None:
            self.preview.setText(self.tr("No attachment chosen.")
                                 if self.vault is not None and self._infos else "")
            return
        info = self._infos[attachment_id]
        kind = guess_kind(info["media_type"])
        if kind in ("audio", "video"):
            self.preview.setText(self.tr(
                "Recordings are not played inside Testimony. Use Export… to listen to a "
                "copy outside the vault."))
            return
        if kind != "photo":
            self.preview.setText(self.tr("No preview for this kind of file."))
            return
        if info["size"] > PREVIEW_LIMIT:
            self.preview.setText(self.tr("This image is too large to preview."))
            return
        image = self._decode(attachment_id)
        if image is None:
            self.preview.setText(self.tr("This image could not be read."))
            return
        self._image = image
        self._fit_image()

    def _fit_image(self) -> None:
        if self._image is None:
            return
        room = self.preview.contentsRect().size()
        pixmap = QPixmap.fromImage(self._image)
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # In a narrow side tab the preview goes under the list, not beside it.
        narrow = self.width() < NARROW
        self.splitter.setOrientation(Qt.Orientation.Vertical if narrow
                                     else Qt.Orientation.Horizontal)
        self.table.setColumnHidden(3, narrow)  # the hash stays in the name's tooltip
        self._fit_image()

    def _decode(self, attachment_id: str) -> QImage | None:
        """The image decoded from the vault's bytes in memory, scaled down for preview."""
        try:
            data = attachments.attachment_bytes(self.vault, attachment_id)
        except VaultError:
            return None
        image = QImage.fromData(data)
        del data
        if image.isNull():
            return None
        if max(image.width(), image.height()) > PREVIEW_SIZE:
            image = image.scaled(PREVIEW_SIZE, PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        return image


def _kind_words(record, lang: str):
    """(attachment id, guessed kind) -> the questionnaire's label, in `lang`, of the kind
    the record's row gives the file (a leaflet, a death certificate…), else of the kind
    guessed from its media type. Never the stored value itself ("photo")."""
    form = get_form(record.form_id, record.form_version)
    kind_field, kinds = None, {}
    for section in form.sections:
        for f in section.fields:
            sub = {s.name: s for s in f.fields}.get("kind") if f.type == "repeat" else None
            if sub is not None and any(s.type == "attachment" for s in f.fields):
                kind_field = sub
                file_name = next(s.name for s in f.fields if s.type == "attachment")
                rows = (record.answers.get(section.name) or {}).get(f.name) or []
                kinds.update({r.get(file_name): r.get("kind") for r in rows
                              if isinstance(r, dict) and r.get("kind")})

    def words(attachment_id: str, guessed: str) -> str:
        value = kinds.get(attachment_id) or guessed
        return format_value(kind_field, value, lang) if kind_field is not None else value

    return words
