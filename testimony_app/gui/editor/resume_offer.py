"""After a crash or a kill, offer the interview that was being typed: resume or discard.

Window-modal but opened with `open()`, so an auto-lock can still happen behind it.
Never shows the unsaved answers themselves, only the interview code and time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...i18n import isolate
from ...services.editing import discard_unsaved, newest_unsaved
from ...vault import Vault, VaultError
from ..records_model import local_time


def offer_resume(parent: QWidget, vault: Vault,
                 on_resume: Callable[[str, str | None], None]) -> QMessageBox | None:
    """Ask about the newest working copy left behind; None when there is none."""
    try:
        unsaved = newest_unsaved(vault)
    except VaultError:
        return None
    if unsaved is None:
        return None
    copy, code = unsaved.copy, unsaved.code
    title = QCoreApplication.translate("ResumeOffer", "Unsaved interview")
    text = QCoreApplication.translate(
        "ResumeOffer",
        "Resume the unsaved interview {code}? Its answers were kept at {time} but not saved "
        "as a revision.").format(code=isolate(code or "—"),
                                 time=isolate(local_time(copy.saved_at)))
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("resume_offer")
    resume = box.addButton(QCoreApplication.translate("ResumeOffer", "Resume"),
                          QMessageBox.ButtonRole.AcceptRole)
    resume.setObjectName("resume")
    discard = box.addButton(QCoreApplication.translate("ResumeOffer", "Discard"),
                          QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discard")
    later = box.addButton(QCoreApplication.translate("ResumeOffer", "Later"),
                          QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("later")
    box.setDefaultButton(resume)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(button) -> None:  # holds no reference to the box, which deletes itself
        if not vault.is_open:
            return  # locked while the question was open: ask again after the next unlock
        if button.objectName() == "resume":
            on_resume(copy.record_id, copy.section)
        elif button.objectName() == "discard":
            discard_unsaved(vault, copy.record_id)

    box.buttonClicked.connect(done)
    box.open()
    return box
