"""A statement PDF's pages as images in memory, drawn by PDFium (pypdfium2).

PDFium is not thread-safe, so it is used on the GUI thread only: every function here must
be called from it (the statement itself is made off the GUI thread, as bytes). Pages go
to QImages in memory, never to a file; the PDFium document is closed before returning.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72


@contextmanager
def _opened(data: bytes) -> Iterator[pdfium.PdfDocument]:
    document = pdfium.PdfDocument(data)
    try:
        yield document
    finally:
        document.close()


def page_count(data: bytes) -> int:
    with _opened(data) as document:
        return len(document)


def _image(page: pdfium.PdfPage, scale: float) -> QImage:
    bitmap = page.render(scale=scale, prefer_bgrx=True)  # BGRx = Qt's RGB32 in memory
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB32)
        return image.copy()  # the copy owns its pixels; PDFium's buffer goes with the bitmap
    finally:
        bitmap.close()


def pages_at_width(data: bytes, width_px: int) -> list[QImage]:
    """Every page scaled to `width_px` pixels wide (the preview's fit-width zoom)."""
    images = []
    with _opened(data) as document:
        for page in document:
            try:
                images.append(_image(page, max(width_px, 16) / page.get_width()))
            finally:
                page.close()
    return images


def page_at_dpi(data: bytes, index: int, dpi: float) -> QImage:
    """One page at `dpi` dots per inch (for printing, one page at a time)."""
    with _opened(data) as document:
        page = document[index]
        try:
            return _image(page, dpi / POINTS_PER_INCH)
        finally:
            page.close()
