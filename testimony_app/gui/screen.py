"""Shared look of the start screens: a centred card, a title and an error line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget


def card_layout(screen: QWidget, body: QLayout, *, width: int = 560) -> None:
    """Put `body` in a framed card centred in `screen`, whatever the window size."""
    card = QFrame(screen)
    card.setObjectName("card")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setMaximumWidth(width)
    card.setMinimumWidth(min(width, 420))
    card.setLayout(body)
    body.setContentsMargins(24, 20, 24, 20)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 10)
    row.addStretch(1)
    outer = QVBoxLayout(screen)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


def title_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.4)
    font.setBold(True)
    label.setFont(font)
    return label


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet("QLabel#error { color: #b3261e; font-weight: bold; }")
    label.setTextFormat(Qt.TextFormat.PlainText)  # paths in messages are never markup
    return label
