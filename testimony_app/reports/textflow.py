"""Shaped, bidirectional text on a ReportLab canvas: measuring, line breaking and drawing.

Text is shaped with HarfBuzz (shaping.py), lines are broken at spaces in logical order,
runs are put in visual order (bidi.py), and every glyph is drawn left to right with its
exact position. Each glyph's code maps to the text it was shaped from (fonts.py), so
poppler and pypdf read the words back in logical order.
Draws only what it is given; keeps no text of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.lib.colors import black
from reportlab.platypus.flowables import Flowable

from . import bidi
from .fonts import BOLD, REGULAR, GlyphFont, glyph_font
from .outlines import draw_outline
from .shaping import Piece, shape

_WORDS = re.compile(r"\S+")


@dataclass(frozen=True)
class Line:
    pieces: tuple[Piece, ...]   # drawing order (see _line)
    offsets: tuple[float, ...]  # each piece's distance from the line's left end, per 1000 em
    width: float                # in points
    rtl: bool = False           # the direction of its paragraph


def _word_pieces(font, text, lv, start, end) -> list[Piece]:
    pieces, i = [], start
    while i < end:
        j = i
        while j < end and lv[j] == lv[i]:
            j += 1
        pieces.append(shape(font, text[i:j], lv[i]))
        i = j
    return pieces


def _split_long(font, text, lv, start, end, limit) -> list[tuple[int, int]]:
    """A word wider than the line, cut into parts that fit (hashes, long addresses)."""
    parts, i = [], start
    while i < end:
        j = i + 1
        while j < end and sum(p.width for p in _word_pieces(font, text, lv, i, j + 1)) <= limit:
            j += 1
        parts.append((i, j))
        i = j
    return parts


def layout(text: str, width: float, size: float, *, bold: bool = False,
           rtl: bool = False) -> tuple[list[Line], bool]:
    """Lines of `text` (hard breaks kept) at most `width` points wide; and the direction
    of its first paragraph. Each paragraph takes the direction of its own text
    (bidi.base_rtl), `rtl` only where it has no letters."""
    font = glyph_font(BOLD if bold else REGULAR)
    limit = width * 1000 / size
    lines: list[Line] = []
    first_rtl = None
    for para in text.split("\n"):
        para_rtl = bidi.base_rtl(para, rtl)
        first_rtl = para_rtl if first_rtl is None else first_rtl
        lv = bidi.levels(para, para_rtl)
        words = para
        if not bidi.CONTROLS.isdisjoint(para):
            # Isolates have done their work in the levels; they are not drawn, and a line
            # does not break inside one ("[اسم محجوب]" stays together).
            words = _glued(para)
            keep = [i for i, ch in enumerate(para) if ch not in bidi.CONTROLS]
            para, lv = "".join(para[i] for i in keep), [lv[i] for i in keep]
            words = "".join(words[i] for i in keep)
        base = 1 if para_rtl else 0
        current: list[Piece] = []
        current_w = 0.0
        for m in _WORDS.finditer(words):
            # The gap before a word is drawn as one space at the level of the space there.
            space_level = lv[m.start() - 1] if m.start() > 0 else base
            pieces = _word_pieces(font, para, lv, m.start(), m.end())
            if sum(p.width for p in pieces) <= limit:
                chunks = [pieces]
            else:
                chunks = [_word_pieces(font, para, lv, a, b)
                          for a, b in _split_long(font, para, lv, m.start(), m.end(), limit)]
            for pieces in chunks:
                current, current_w = _add_word(lines, current, current_w, pieces,
                                               shape(font, " ", space_level), limit, size,
                                               para_rtl)
        lines.append(_line(current, size, para_rtl))
    return lines, bool(first_rtl)


def _glued(para: str) -> str:
    """`para` with the spaces inside isolates replaced by a letter (for finding breaks)."""
    out, depth = [], 0
    for ch in para:
        if ch in bidi.CONTROLS:
            depth = depth - 1 if ch == bidi.PDI else depth + 1
            depth = max(depth, 0)
        out.append("_" if depth and ch.isspace() else ch)
    return "".join(out)


def _add_word(lines, current, current_w, pieces, space, limit, size, rtl):
    w = sum(p.width for p in pieces)
    if current and current_w + space.width + w > limit:
        lines.append(_line(current, size, rtl))
        current, current_w = [], 0.0
    if current:
        current.append(space)
        current_w += space.width
    current.extend(pieces)
    return current, current_w + w


def _line(pieces: list[Piece], size: float, rtl: bool) -> Line:
    """A line's pieces placed left to right in visual order, kept in drawing order.

    Poppler reads by position, but pypdf reads the content stream in order and reverses
    each right-to-left stretch as a whole. So the line's stretches are drawn in reading
    order, and the pieces inside a right-to-left stretch from left to right.
    """
    offsets = [0.0] * len(pieces)
    x = 0.0
    for i in bidi.visual_order([p.level for p in pieces]):
        offsets[i] = x
        x += pieces[i].width
    order: list[int] = []
    i = 0
    while i < len(pieces):
        j = i + 1
        rtl = pieces[i].level % 2 == 1
        while j < len(pieces) and (pieces[j].level % 2 == 1) == rtl:
            j += 1
        order += range(j - 1, i - 1, -1) if rtl else range(i, j)
        i = j
    return Line(tuple(pieces[i] for i in order), tuple(offsets[i] for i in order),
                x * size / 1000, rtl)


def _num(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def _one_subset(font: GlyphFont, keys: list[int], doc) -> dict[int, int]:
    """Codes for a right-to-left stretch that all fall in one 256-code subset of `font`.

    pypdf reads a right-to-left stretch back by reversing it, but flushes it early at a
    font change, printing its halves in visual order. A stretch whose codes fall in two
    subsets is drawn with twin codes (the same glyph and text) for those outside the subset
    being filled; a document's twins are reused, so a long statement adds few of them.
    """
    remap = {k: k for k in keys}
    for _ in range(3):
        text = "".join(chr(remap[k]) for k in keys)
        if len(font.splitString(text, doc)) <= 1:
            break
        state = font.state[doc]
        twins = state.__dict__.setdefault("twins", {})
        last = len(state.subsets) - 1
        new = []
        for k in dict.fromkeys(keys):
            if state.assignments[remap[k]] >> 8 == last:
                continue
            twin = twins.get(k)
            if twin is not None and state.assignments.get(twin, -1) >> 8 == last:
                remap[k] = twin
            else:
                new.append(k)
        made = font.twins(new)
        for k in new:
            remap[k] = twins[k] = made[k]
    return remap


def draw_line(canv, line: Line, x: float, y: float, size: float) -> None:
    """Draw `line` with its left end at x and its baseline at y."""
    doc = canv._doc
    ops = ["BT"]
    current_font = None
    rise = 0.0
    k = size / 1000
    run: list[str] = []
    remap: dict[int, int] = {}

    def flush():
        if run:
            ops.append(f"<{''.join(run)}> Tj")
            run.clear()

    for n, (piece, offset) in enumerate(zip(line.pieces, line.offsets, strict=True)):
        font = piece.font
        rtl = piece.level % 2 == 1
        if rtl and (n == 0 or line.pieces[n - 1].level % 2 == 0):
            stretch: list[int] = []
            for later in line.pieces[n:]:
                if later.level % 2 == 0:
                    break
                stretch += later.keys
            remap = _one_subset(font, stretch, doc)
        keys = [remap[key] for key in piece.keys] if rtl else piece.keys
        pen = x + offset * k
        flush()
        if piece.positions is None:
            ops.append(f"1 0 0 1 {_num(pen + piece.start_dx * k)} {_num(y)} Tm")
        i = 0
        for subset, data in font.splitString("".join(map(chr, keys)), doc):
            name = font.getSubsetInternalName(subset, doc)
            if (name, size) != current_font:
                flush()
                ops.append(f"{name} {_num(size)} Tf")
                current_font = (name, size)
            for code in data:
                if piece.positions is not None:
                    gx, gy = piece.positions[i]
                    flush()
                    # On the line's baseline, raised with Ts: a glyph moved with Tm to
                    # another baseline would be read as another line.
                    ops.append(f"1 0 0 1 {_num(pen + gx * k)} {_num(y)} Tm")
                    glyph_rise = gy * k
                else:
                    glyph_rise = piece.rises[i] * k if piece.rises else 0.0
                if glyph_rise != rise:
                    flush()
                    rise = glyph_rise
                    ops.append(f"{_num(rise)} Ts")
                run.append(f"{code:02X}")
                i += 1
        flush()
    if rise:
        ops.append("0 Ts")
    ops.append("ET")
    canv._code.append("\n".join(ops))
    for piece, offset in zip(line.pieces, line.offsets, strict=True):
        for gid, gx, gy in piece.outlines:
            draw_outline(canv, piece.font, gid, x + (offset + gx) * k, y + gy * k, size)


def draw_text(canv, text: str, x: float, y: float, size: float, *, bold=False, rtl=False,
              align: str = "start", width: float | None = None) -> None:
    """One line of text (headers, footers) at baseline y; `x` is the box's left edge."""
    lines, _ = layout(text, width or 10_000, size, bold=bold, rtl=rtl)
    line = lines[0]
    box = width or line.width
    at = {"left": x, "right": x + box - line.width, "center": x + (box - line.width) / 2}
    # Start and end follow the document's direction, whatever the text's own direction.
    side = align if align in at else ("right" if (align == "start") == rtl else "left")
    draw_line(canv, line, at[side], y, size)


class TextBlock(Flowable):
    """A paragraph of shaped, bidirectional text that splits across pages by lines."""

    def __init__(self, text: str, *, size: float = 10, bold: bool = False, rtl: bool = False,
                 align: str = "start", leading: float | None = None, color=black,
                 space_before: float = 0, space_after: float = 0, keep_with_next=False):
        super().__init__()
        self.text, self.size, self.bold, self.rtl, self.align = text, size, bold, rtl, align
        self.leading = leading or size * 1.55
        self.color = color
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.keepWithNext = keep_with_next
        self._lines: list[Line] | None = None
        self._para_rtl = rtl
        self._width = 0.0

    def wrap(self, avail_width, avail_height):
        if self._lines is None or self._width != avail_width:
            self._lines, self._para_rtl = layout(self.text, avail_width, self.size,
                                                 bold=self.bold, rtl=self.rtl)
            self._width = avail_width
        self.width, self.height = avail_width, len(self._lines) * self.leading
        return self.width, self.height

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        n = int(avail_height // self.leading)
        assert self._lines is not None  # laid out by wrap()
        if n <= 0 or n >= len(self._lines) or len(self._lines) < 2:
            return []
        return [self._part(self._lines[:n]), self._part(self._lines[n:])]

    def _part(self, lines):
        part = TextBlock(self.text, size=self.size, bold=self.bold, rtl=self.rtl,
                         align=self.align, leading=self.leading, color=self.color)
        part._lines, part._para_rtl, part._width = lines, self._para_rtl, self._width
        return part

    def draw(self):
        canv = self.canv
        canv.setFillColor(self.color)
        # Aligned by the document's direction: in an Arabic statement an English value sits
        # at the right like every other value; prose ("own") by each paragraph's direction.
        right = (self.align == "start") == self.rtl if self.align != "center" else None
        assert self._lines is not None  # laid out by wrap(), which comes first
        for i, line in enumerate(self._lines):
            y = self.height - i * self.leading - self.leading * 0.72
            if self.align == "own":
                right = line.rtl
            if right is None:
                x = (self._width - line.width) / 2
            else:
                x = self._width - line.width if right else 0
            draw_line(canv, line, x, y, self.size)
