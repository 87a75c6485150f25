"""The statement font (Amiri, OFL: Arabic, Sorani and Latin) embedded as glyph subsets whose
text mapping is exact.

ReportLab maps PDF codes to Unicode one character per glyph, so shaped Arabic (positional
forms, ligatures) comes out of the PDF as private-use characters or in the wrong order.
Here every distinct (glyph, source text) pair gets its own code, and the font's ToUnicode
map gives that code the exact characters the glyph was shaped from: copy and paste and
text extraction return the words themselves. Never substitutes another font silently.
"""

from __future__ import annotations

import os
import threading

import fontpkg_amiri
import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, TTFont

REGULAR, BOLD = "TestimonyAmiri", "TestimonyAmiri-Bold"
# Right-to-left runs are drawn from their own instance of the font, so that an Arabic run's
# glyphs share one 256-code subset as far as possible: a font switch inside a run makes
# pypdf flush the run early and print its halves in visual order.
RTL = {REGULAR: "TestimonyAmiri-RTL", BOLD: "TestimonyAmiri-Bold-RTL"}
_FILES = {REGULAR: "Amiri-Regular.ttf", BOLD: "Amiri-Bold.ttf",
          RTL[REGULAR]: "Amiri-Regular.ttf", RTL[BOLD]: "Amiri-Bold.ttf"}
# Codes for (glyph, text) pairs: plane 15 private use, never typed in testimony text
# (testimony text is drawn through these codes too, so a collision is impossible anyway).
_FIRST_KEY = 0xF0000
_LOCK = threading.Lock()


def font_file(name: str) -> str:
    return os.path.join(os.path.dirname(fontpkg_amiri.__file__), "files", _FILES[name])


class GlyphFont(TTFont):
    """A TrueType font addressed by shaped glyph rather than by character."""

    def __init__(self, name: str, path: str):
        super().__init__(name, path)
        if name in RTL.values():
            # Its own name in the file, so its subsets do not clash with the LTR twin's.
            self.face.name += b"-RTL"
        self._key_of: dict[tuple[int, str, int], int] = {}
        self._text_of: dict[int, str] = {}
        self._next_key = _FIRST_KEY
        self.hb_font = hb.Font(hb.Face(hb.Blob(self.face._ttf_data)))
        self.upem = self.hb_font.face.upem

    def key(self, gid: int, text: str, advance: int) -> int:
        """The code point standing for glyph `gid` drawn for `text`, followed by the next
        glyph `advance` font units further on (kerning and offsets included); created on
        first use.

        The advance is part of the key so that the PDF width of every code is the room
        the glyph really takes: text extractors see no gap inside a word, and the content
        needs no positioning between glyphs.
        """
        k = self._key_of.get((gid, text, advance))
        if k is None:
            with _LOCK:
                k = self._key_of[(gid, text, advance)] = self._new_key(
                    gid, text, advance * 1000 / self.upem)
        return k

    def _new_key(self, gid: int, text: str, width: float) -> int:
        k = self._next_key
        self._next_key += 1
        self._text_of[k] = text
        self.face.charToGlyph[k] = gid
        self.face.charWidths[k] = width
        return k

    def twins(self, keys) -> dict[int, int]:
        """A new code for each of `keys`, drawing the same glyph for the same text.

        A right-to-left run whose codes fall in two subsets is drawn with twins that fall
        in one (see textflow.draw_line)."""
        with _LOCK:
            return {k: self._new_key(self.face.charToGlyph[k], self._text_of[k],
                                     self.face.charWidths[k]) for k in dict.fromkeys(keys)}

    def addObjects(self, doc):
        state = self.state[doc]
        subsets = [list(s) for s in state.subsets]
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            base = b"".join((SUBSETN(n), b"+", self.face.name,
                             self.face.subfontNameX)).decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + base]
            stream.content = _to_unicode(base, subset, self._text_of)


def _to_unicode(name: str, subset: list[int], text_of: dict[int, str]) -> str:
    lines = []
    for i, code in enumerate(subset):
        text = text_of.get(code, chr(code))
        if text:
            lines.append(f"<{i:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({name})", f"/Ordering ({name})", "/Supplement 0",
        ">> def", f"/CMapName /{name} def", "/CMapType 2 def",
        "1 begincodespacerange", "<00> <FF>", "endcodespacerange",
        f"{len(lines)} beginbfchar", *lines, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


_fonts: dict[str, GlyphFont] = {}


def glyph_font(name: str = REGULAR) -> GlyphFont:
    """The registered statement font `name` (REGULAR, BOLD or one of their RTL twins)."""
    font = _fonts.get(name)
    if font is None:
        with _LOCK:
            font = _fonts.get(name)
            if font is None:
                font = GlyphFont(name, font_file(name))
                pdfmetrics.registerFont(font)
                _fonts[name] = font
    return font


def forget_glyph_texts() -> None:
    """Drop every font's (glyph, text) codes, so no letters of a statement stay in memory.

    The fonts stay registered (ReportLab keeps the first font of a name); their codes
    start again from the first. Shaped words (textflow) refer to the old codes, so they
    must be forgotten at the same time: reports.forget_cached_text does both.
    """
    with _LOCK:
        for font in _fonts.values():
            for k in font._text_of:
                font.face.charToGlyph.pop(k, None)
                font.face.charWidths.pop(k, None)
            font._key_of.clear()
            font._text_of.clear()
            font._next_key = _FIRST_KEY
