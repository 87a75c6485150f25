"""A progress bar with a Cancel button, fed by a window's VaultTask (export, preview,
import): visible only while the task runs.

Shows byte counts as a proportion only; never anything of the work's contents.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from ..vault_task import VaultTask
from .key_display import permille


class TaskProgress(QWidget):
    def __init__(self, task: VaultTask, parent: QWidget | None = None):
        super().__init__(parent)
        self.task = task
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(task.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.highest = 0  # how far the bar got (tests and the user see it moved)
        task.progressed.connect(self._progressed)
        task.finished.connect(self.hide)
        self.hide()

    def begin(self) -> None:
        self.bar.setValue(0)
        self.highest = 0
        self.show()

    def _progressed(self, done: int, total: int) -> None:
        value = permille(done, total)
        self.highest = max(self.highest, value)
        self.bar.setValue(value)
