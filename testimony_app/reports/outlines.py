"""Glyphs drawn as filled outlines rather than text: the second glyphs of a character
(parts of a mark) that stand for no text, so text extraction sees nothing there.

Only shapes are drawn; never text.
"""

from __future__ import annotations

from .fonts import GlyphFont


class _Pen:
    """Collects a glyph outline from HarfBuzz as path operations in font units."""

    def __init__(self):
        self.ops: list[tuple] = []

    def moveTo(self, p):  # noqa: N802 - HarfBuzz's pen protocol
        self.ops.append(("m", p))

    def lineTo(self, p):  # noqa: N802
        self.ops.append(("l", p))

    def curveTo(self, a, b, c):  # noqa: N802
        self.ops.append(("c", a, b, c))

    def qCurveTo(self, a, b):  # noqa: N802
        self.ops.append(("q", a, b))

    def closePath(self):  # noqa: N802
        self.ops.append(("z",))


_outlines: dict[tuple[str, int], list[tuple]] = {}


def draw_outline(canv, font: GlyphFont, gid: int, x: float, y: float, size: float) -> None:
    """Fill glyph `gid`'s outline with its origin at (x, y), at `size` points."""
    key = (font.fontName, gid)
    ops = _outlines.get(key)
    if ops is None:
        pen = _Pen()
        font.hb_font.draw_glyph_with_pen(gid, pen)
        ops = _outlines[key] = pen.ops
    k = size / font.upem
    path = canv.beginPath()
    last = (0.0, 0.0)
    for op in ops:
        pts = [(x + px * k, y + py * k) for px, py in op[1:]]
        if op[0] == "m":
            path.moveTo(*pts[0])
        elif op[0] == "l":
            path.lineTo(*pts[0])
        elif op[0] == "c":
            path.curveTo(*pts[0], *pts[1], *pts[2])
        elif op[0] == "q":
            (cx, cy), (ex, ey) = pts
            path.curveTo(last[0] + 2 / 3 * (cx - last[0]), last[1] + 2 / 3 * (cy - last[1]),
                         ex + 2 / 3 * (cx - ex), ey + 2 / 3 * (cy - ey), ex, ey)
        else:
            path.close()
        if pts:
            last = pts[-1]
    canv.drawPath(path, stroke=0, fill=1)
