"""Positions in a text as Python str indices and as Qt's UTF-16 positions, and finding
the spans that reach into a range. Pure functions: no Qt, nothing stored."""

from __future__ import annotations

import bisect


def py_index(text: str, qt_index: int) -> int:
    """A Qt (UTF-16) position in `text` as a Python str index."""
    if bmp_only(text):
        return min(qt_index, len(text))
    units = 0
    for i, ch in enumerate(text):
        if units >= qt_index:
            return i
        units += 2 if ord(ch) >= 0x10000 else 1
    return len(text)


class QtPositions:
    """Python str indices of one text as Qt (UTF-16) positions, the text scanned once."""

    def __init__(self, text: str):
        self._astral = [] if bmp_only(text) else [
            i for i, c in enumerate(text) if ord(c) >= 0x10000]

    def __call__(self, py_index: int) -> int:
        return py_index + bisect.bisect_left(self._astral, py_index) if self._astral \
            else py_index


def overlapping(spans: list[dict], first: int, last: int) -> list[dict]:
    """The spans (sorted, not overlapping each other) that reach into [first, last]."""
    starts = [s["start"] for s in spans]
    begin = max(0, bisect.bisect_right(starts, first) - 1)
    end = bisect.bisect_right(starts, last)
    return [s for s in spans[begin:end] if s["end"] >= first]


def bmp_only(text: str) -> bool:
    # Fast in C: only characters beyond the BMP (emoji) take two UTF-16 units.
    return text.isascii() or len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)
