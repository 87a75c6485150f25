"""The statement window lists the statement's doubtful words (words that may still
identify someone) and saves or prints only once the user ticks that they were checked."""

from __future__ import annotations

import copy
import random

from file_dialog_driver import answering_file_dialog
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from testimony_app.demo import demo_record
from testimony_app.gui.statement.statement_dialog import StatementDialog
from testimony_app.gui.vault_dialog import close_vault_dialogs


def _doc():
    doc = demo_record(4, random.Random(11))
    doc["answers"]["consent"] = {"given": True, "method": "verbal_noted",
                                 "scope": "named_public", "quotes_allowed": True}
    doc["answers"]["account"]["narrative_english"] = "My cousin Rami hid in house 12."
    return doc


def _items(dialog) -> list[str]:
    words = dialog.doubtful.words
    return [words.item(i).text() for i in range(words.count())]


def test_doubtful_words_are_shown_and_must_be_checked_before_saving(qtbot, vault, tmp_path):
    record = vault.add(copy.deepcopy(_doc()))
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = StatementDialog(vault, record.id, "en", parent)
    dialog.open()
    qtbot.waitExposed(dialog)
    try:
        qtbot.waitUntil(lambda: dialog._pdf is not None and not dialog.task.running,
                        timeout=20_000)
        assert dialog.level.currentData() == "public-anonymous"
        assert _items(dialog) == ["cousin Rami", "house 12"]
        assert dialog.doubtful.isVisible() and not dialog.doubtful.checked_box.isChecked()
        assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
        target = tmp_path / "statement.pdf"
        with answering_file_dialog(target):
            dialog.save_pdf()  # even asked directly, nothing is written
        assert not target.exists()

        qtbot.mouseClick(dialog.doubtful.checked_box, Qt.MouseButton.LeftButton)
        assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
        with answering_file_dialog(target):
            qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert target.read_bytes() == dialog._pdf

        # An internal statement withholds nothing: nothing to check.
        dialog.level.setCurrentIndex(dialog.level.findData("internal"))
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20_000)
        assert _items(dialog) == [] and not dialog.doubtful.isVisible()
        # Back to a public statement: its words have to be checked again.
        dialog.level.setCurrentIndex(dialog.level.findData("public-anonymous"))
        qtbot.waitUntil(lambda: _items(dialog) == ["cousin Rami", "house 12"],
                        timeout=20_000)
        assert not dialog.doubtful.checked_box.isChecked()
        assert not dialog.save_button.isEnabled()

        dialog.forget()  # as a lock does: the words are not kept
        assert _items(dialog) == [] and not dialog.doubtful.isVisible()
    finally:
        close_vault_dialogs(parent)
