"""The editor's history and attachments panels (built in their own modules), with a stand-in
while one of them is not available, so the editor still opens.

Never stands in silently: the stand-in says the panel is not available.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class _Unavailable(QWidget):
    attached = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Not available in this version."), self))
        layout.addStretch(1)

    def open(self, *_args) -> None:
        pass

    def clear(self) -> None:
        pass


def make_attachments_panel(parent: QWidget) -> QWidget:
    try:
        from .attachments_panel import AttachmentsPanel
    except ImportError:
        return _Unavailable(parent)
    return AttachmentsPanel(parent)


def make_history_panel(parent: QWidget) -> QWidget:
    try:
        from .history_panel import HistoryPanel
    except ImportError:
        return _Unavailable(parent)
    return HistoryPanel(parent)
