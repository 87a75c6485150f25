"""A progress bar with a Cancel button, fed by a window's VaultTask (export, preview,
import): visible only while the task runs, with a line saying what is being done.

Shows byte counts as a proportion only, and the window's own words (a step and a file
name the user chose); never anything of the work's contents.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ..vault_task import VaultTask
from .key_display import permille


class TaskProgress(QWidget):
    def __init__(self, task: VaultTask, parent: QWidget | None = None):
        super().__init__(parent)
        self.task = task
        self.label = QLabel()
        self.label.setObjectName("progress_label")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # file names are never markup
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(task.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.highest = 0  # how far the bar got (tests and the user see it moved)
        task.progressed.connect(self._progressed)
        task.finished.connect(self.hide)
        self.hide()

    def begin(self, text: str = "") -> None:
        self.bar.setValue(0)
        self.highest = 0
        self.set_text(text)
        self.show()

    def set_text(self, text: str) -> None:
        """What is being done, e.g. "Checking leaflets.tbundle (1 of 2)…"."""
        self.label.setText(text)
        self.label.setVisible(bool(text))
        self.bar.setAccessibleName(text)

    def _progressed(self, done: int, total: int) -> None:
        value = permille(done, total)
        self.highest = max(self.highest, value)
        self.bar.setValue(value)
