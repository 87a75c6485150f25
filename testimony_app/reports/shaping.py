"""Shaping with HarfBuzz: a run of text of one bidi level as glyph codes in visual order,
with their widths and offsets (Arabic joining, ligatures, marks, mirrored brackets). Each
code stands for the exact text its glyph was shaped from (fonts.py). Keeps no text beyond
a bounded cache of shaped words, forgotten when the vault locks.
"""

from __future__ import annotations

import unicodedata
from collections import OrderedDict
from dataclasses import dataclass

import uharfbuzz as hb

from .fonts import RTL, GlyphFont, glyph_font

_CACHE_SIZE = 4_000


@dataclass(frozen=True)
class Piece:
    """A shaped run of one bidi level: glyph codes in visual order, sizes per 1000 em.

    Each code's PDF width is the distance from its glyph to the next one, so the glyphs
    are drawn as one string from `start_dx`, raised by `rises`; text extractors see no
    gaps inside words. Where that cannot be (a glyph drawn left of the one before it),
    `positions` gives every glyph's own position instead.
    """

    keys: tuple[int, ...]
    width: float
    level: int
    font: GlyphFont
    start_dx: float = 0.0
    rises: tuple[float, ...] | None = None
    positions: tuple[tuple[float, float], ...] | None = None  # (x, y) of each glyph
    # Glyphs that stand for no text of their own (a mark's second part): drawn as outlines,
    # (glyph id, x, y), so that extraction finds nothing there instead of a stray code.
    outlines: tuple[tuple[int, float, float], ...] = ()


_shaped: OrderedDict = OrderedDict()


def shape(font: GlyphFont, text: str, level: int) -> Piece:
    """`text` shaped in the direction of `level` (cached; the cache is bounded)."""
    cache_key = (font.fontName, text, level)
    piece = _shaped.get(cache_key)
    if piece is not None:
        _shaped.move_to_end(cache_key)
        return piece
    rtl = level % 2 == 1
    if rtl:
        font = glyph_font(RTL[font.fontName])
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(font.hb_font, buf, {"kern": True, "liga": True})
    infos, positions = buf.glyph_infos, buf.glyph_positions
    scale = 1000 / font.upem
    xs, pen = [], 0
    for pos in positions:
        xs.append(pen + pos.x_offset)
        pen += pos.x_advance
    ys = [pos.y_offset for pos in positions]
    texts = _cluster_texts(text, infos)
    _marks_to_bases(texts, [info.cluster for info in infos])
    # Poppler reverses the characters of a right-to-left glyph, so a glyph that stands
    # for several characters (a ligature, a letter with its marks) keeps them reversed,
    # to read back in logical order. (pypdf keeps such a glyph's characters as stored:
    # there a vowelled letter reads back with its marks first.)
    texts = [t[::-1] if rtl and len(t) > 1 else t for t in texts]
    spoken = [i for i, t in enumerate(texts) if t]
    outlines = tuple((infos[i].codepoint, xs[i] * scale, ys[i] * scale)
                     for i, t in enumerate(texts) if not t)
    ends = [xs[j] for j in spoken[1:]] + [pen]
    steps = [end - xs[i] for i, end in zip(spoken, ends, strict=True)]
    keys = tuple(font.key(infos[i].codepoint, texts[i], max(step, 0))
                 for i, step in zip(spoken, steps, strict=True))
    width = pen * scale
    if all(step >= 0 for step in steps):
        rises = tuple(ys[i] * scale for i in spoken)
        piece = Piece(keys, width, level, font, xs[spoken[0]] * scale if spoken else 0.0,
                      rises if any(rises) else None, outlines=outlines)
    else:
        piece = Piece(keys, width, level, font,
                      positions=tuple((xs[i] * scale, ys[i] * scale) for i in spoken),
                      outlines=outlines)
    _shaped[cache_key] = piece
    if len(_shaped) > _CACHE_SIZE:
        _shaped.popitem(last=False)
    return piece


def forget_shaped_text() -> None:
    """Drop every shaped word kept for speed (when the vault locks: they are testimony)."""
    _shaped.clear()


def _marks_to_bases(texts: list[str], clusters: list[int]) -> None:
    """Give each combining mark's text to the glyph of the letter it belongs to.

    The mark's own glyph is then drawn as an outline: drawn as text, a mark placed back
    over its letter splits the word for poppler, and pypdf puts it on the wrong letter.
    """
    bases = sorted((clusters[i], i) for i, t in enumerate(texts) if t and not _is_mark(t))
    for i in sorted(range(len(texts)), key=lambda i: clusters[i]):
        t = texts[i]
        if not t or not _is_mark(t):
            continue
        before = [j for c, j in bases if c < clusters[i]]
        if before:
            texts[before[-1]] += t
            texts[i] = ""


def _is_mark(text: str) -> bool:
    return all(unicodedata.category(ch) in ("Mn", "Me") for ch in text)


def _cluster_texts(text: str, infos) -> list[str]:
    """The source text each glyph stands for, in logical order.

    The whole text of a cluster goes with one glyph (the first in reading order); the
    cluster's other glyphs get none, so no character is extracted twice.
    """
    starts = sorted({info.cluster for info in infos})
    end_of = dict(zip(starts, starts[1:] + [len(text)], strict=True))
    claimed: set[int] = set()
    texts = [""] * len(infos)
    ltr = len(infos) < 2 or infos[0].cluster <= infos[-1].cluster
    for i in (range(len(infos)) if ltr else range(len(infos) - 1, -1, -1)):
        c = infos[i].cluster
        if c not in claimed:
            claimed.add(c)
            texts[i] = text[c:end_of[c]]
    return texts
