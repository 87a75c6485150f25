"""Printing a statement: each PDF page drawn by PDFium and painted onto a QPrinter.

GUI thread only (PDFium is not thread-safe). One page image is in memory at a time, and
nothing is written but what the printer (or the file the user chose in the print dialog)
receives.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from . import pdf_pages

# Pages are rasters: 300 dpi is print quality for text, and a page at 1200 dpi (what a
# PDF printer reports) would take half a gigabyte of memory.
MAX_DPI = 300


def _pages(printer: QPrinter, total: int) -> range:
    """The 1-based page numbers to print: all, or the range chosen in the print dialog."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = min(printer.fromPage(), total)
        last = min(printer.toPage() or total, total)
        return range(first, max(first, last) + 1)
    return range(1, total + 1)


def print_statement(printer: QPrinter, data: bytes) -> int:
    """Paint the statement's pages onto `printer`, each fitted to the sheet (aspect kept,
    centred across). Returns the number of pages printed; 0 when the
    printer could not be started or failed part way."""
    pages = _pages(printer, pdf_pages.page_count(data))
    dpi = min(printer.resolution(), MAX_DPI)
    # The statement has its own margins: drawn on the whole sheet, an A4 statement on A4
    # paper comes out at its true size instead of shrunk into the printer's margins.
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    printed = 0
    try:
        area = printer.pageLayout().fullRectPixels(printer.resolution())
        for n in pages:
            if printed and not printer.newPage():
                return 0
            image = pdf_pages.page_at_dpi(data, n - 1, dpi)
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect((area.width() - size.width()) // 2, 0, size.width(), size.height())
            painter.drawImage(target, image)
            printed += 1
    finally:
        if not painter.end():
            printed = 0
    return printed
