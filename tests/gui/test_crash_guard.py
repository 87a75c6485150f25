"""An unexpected error in the desktop app never shows what its message quotes."""

from __future__ import annotations

import sys

from testimony_app.gui import crash_guard

MARKER = "CANARY-crash-زينب-0770"


def _raise_with_marker():
    try:
        {"witness": MARKER}["missing " + MARKER]
    except KeyError as exc:
        return type(exc), exc, exc.__traceback__


def test_report_names_the_kind_and_place_but_never_the_message(qapp, capsys):
    exc_type, exc, tb = _raise_with_marker()
    sentence = crash_guard.report(exc_type, exc, tb)
    out, err = capsys.readouterr()
    assert "KeyError at test_crash_guard.py:" in sentence
    assert "KeyError at test_crash_guard.py:" in err
    for text in (sentence, out, err):
        assert MARKER not in text and "Traceback" not in text


def test_install_replaces_pythons_default_hook(qapp, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    crash_guard.install()
    assert sys.excepthook is crash_guard.report


def test_report_over_a_window_shows_one_sentence_and_does_not_block(qtbot):
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    sentence = crash_guard.report(*_raise_with_marker())  # returns: no nested event loop
    box = window.findChild(QMessageBox, "crash_report")
    assert box is not None and box.isVisible()
    assert box.text() == sentence and MARKER not in box.text()
    box.close()
