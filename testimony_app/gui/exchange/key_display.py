"""How keys, senders and outcomes look in the hand-in windows: a fingerprint as large,
selectable groups of four (to read aloud), and the colours that go with a word for a
sender's standing or a record's outcome (the word is always shown too: never colour
alone).

Only builds widgets; reads nothing from the vault. Text is always set as plain text: a
label or a name may come from someone else's file.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QLabel

GOOD, WARN, BAD, PLAIN = "#1b5e20", "#8a4b00", "#b3261e", ""

SENDER_COLOURS = {"enrolled": GOOD, "unknown": WARN, "revoked": BAD}
OUTCOME_COLOURS = {"new": GOOD, "present": PLAIN, "updated": GOOD, "conflict": BAD}


def plain_label(text: str = "", *, wrap: bool = False) -> QLabel:
    """A label on the interface's leading side whatever the text's own direction (Qt
    aligns a label by its text: an English sentence would sit left in Arabic)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    side = Qt.AlignmentFlag.AlignRight \
        if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft \
        else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def plain_tip(text: str) -> str:
    """`text` as a tooltip that shows it as written: Qt takes a tooltip that looks like
    markup for rich text (a name from a bundle could carry links or images)."""
    return QtGui.Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) \
        if text else ""


def fingerprint_label(display: str, *, large: bool = True) -> QLabel:
    """Groups of four hex digits, monospaced, always left to right, selectable."""
    label = plain_label(display)
    label.setObjectName("fingerprint")
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if large:
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    # Hex digits read the same way in every language: never mirrored.
    label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def coloured(label: QLabel, colour: str, *, bold: bool = True) -> QLabel:
    style = [f"color: {colour};"] if colour else []
    if bold:
        style.append("font-weight: bold;")
    label.setStyleSheet(" ".join(style))
    return label


def permille(done: int, total: int) -> int:
    """A progress bar's value out of 1000 (Qt's bars are 32-bit; bundles may not be)."""
    return 1000 if total <= 0 else min(1000, done * 1000 // total)
