"""What the conflict windows share when a supervisor settles a conflict: the required reason
with its label, the status line, and the Yes/Cancel question asked before anything is
written (Cancel is the default: Enter never resolves a conflict by accident)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget


def reason_field(parent: QWidget, name: str) -> tuple[QLabel, QLineEdit]:
    """The "Reason:" label and its box, for the owner's row of buttons."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(QCoreApplication.translate(
        "Resolution", "Why is it resolved this way? (required)"))
    label = QLabel(QCoreApplication.translate("Resolution", "&Reason:"), parent)
    label.setBuddy(edit)
    return label, edit


def has_reason(edit: QLineEdit, status: QLabel) -> bool:
    """True when a reason is written; else says so in `status` and goes to the box."""
    if edit.text().strip():
        return True
    status.setText(QCoreApplication.translate(
        "Resolution", "Write the reason for this choice first: it is kept in the record's "
        "history."))
    edit.setFocus()
    return False


def status_label(parent: QWidget, name: str) -> QLabel:
    status = QLabel(parent)
    status.setObjectName(name)
    status.setWordWrap(True)
    status.setTextFormat(Qt.TextFormat.PlainText)
    return status


def ask(parent: QWidget, name: str, question: str, consequence: str,
        finished: Callable[[int], None]) -> QMessageBox:
    """Open the question (window-modal, deleted when closed) and return it."""
    title = QCoreApplication.translate("Resolution", "Resolve the conflict")
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                      parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(consequence)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.finished.connect(finished)
    box.open()
    return box


def said_yes(box: QMessageBox | None) -> bool:
    return (box is not None and box.clickedButton() is not None
            and box.clickedButton() == box.button(QMessageBox.StandardButton.Yes))
