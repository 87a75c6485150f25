"""The statement preview: the PDF's real pages, stacked, fit to the width of the view.

Shows what it is given (PDF bytes, or one sentence instead) and nothing else; keeps the
bytes only until `clear()`. Pages are drawn by pdf_pages (PDFium) on the GUI thread and
held as pixmaps in memory, never written anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from . import pdf_pages

_GAP = 12  # pixels between pages, and around them


class PagePreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._data: bytes | None = None
        self.page_labels: list[QLabel] = []

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no steps to count: a moving bar while the PDF is made
        self.busy.setMaximumHeight(8)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Making the statement"))
        self.busy.setVisible(False)

        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setVisible(False)

        self._pages = QWidget()
        self._pages.setObjectName("statementPages")
        self._pages.setStyleSheet("#statementPages { background: palette(mid); }")
        self._stack = QVBoxLayout(self._pages)
        self._stack.setContentsMargins(_GAP, _GAP, _GAP, _GAP)
        self._stack.setSpacing(_GAP)
        self._stack.addStretch(1)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        # Fit to width: a scroll bar that came and went would change the width to fit.
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll.setWidget(self._pages)
        self.scroll.verticalScrollBar().valueChanged.connect(self._show_position)

        self.position = QLabel()
        self.position.setTextFormat(Qt.TextFormat.PlainText)
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.position)

        # Re-draw the pages at the new width once a resize has settled.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(120)
        self._refit.timeout.connect(self._draw_pages)

    # -- what is shown -----------------------------------------------------------------

    def show_pdf(self, data: bytes) -> None:
        self._data = data
        self.message.setVisible(False)
        self._draw_pages()

    def show_message(self, sentence: str) -> None:
        """One sentence instead of pages (a refused level, a failure): no pages stay."""
        self.clear()
        self.message.setText(sentence)
        self.message.setVisible(True)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.scroll.setEnabled(not busy)  # greyed pages: they are about to change

    def clear(self) -> None:
        """Drop the PDF bytes, every page image and the sentence."""
        self._refit.stop()
        self._data = None
        self._remove_pages()
        self.message.clear()
        self.message.setVisible(False)
        self.position.clear()

    # -- drawing -------------------------------------------------------------------------

    def _remove_pages(self) -> None:
        for label in self.page_labels:
            self._stack.removeWidget(label)
            label.clear()
            label.deleteLater()
        self.page_labels = []

    def _draw_pages(self) -> None:
        if self._data is None:
            return
        width = self.scroll.viewport().width() - 2 * _GAP
        ratio = self.devicePixelRatioF()
        images = pdf_pages.pages_at_width(self._data, int(width * ratio))
        self._remove_pages()
        for n, image in enumerate(images, 1):
            image.setDevicePixelRatio(ratio)
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page {page}").format(page=n))
            self._stack.insertWidget(self._stack.count() - 1, label)
            self.page_labels.append(label)
        self._show_position()

    def _show_position(self) -> None:
        total = len(self.page_labels)
        if not total:
            self.position.clear()
            return
        # The page that fills the upper third of the view is the one being read.
        mark = self.scroll.verticalScrollBar().value() + self.scroll.viewport().height() // 3
        # Where each page starts, from the page heights (the layout may not have run yet).
        current, top = 1, _GAP
        for n, label in enumerate(self.page_labels, 1):
            if top <= mark:
                current = n
            top += label.sizeHint().height() + _GAP
        self.position.setText(self.tr("Page {current} of {total}").format(
            current=current, total=total))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._data is not None and event.size().width() != event.oldSize().width():
            self._refit.start()
