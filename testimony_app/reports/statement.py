"""The statement PDF: a redacted view laid out for a human-rights report writer.

Takes a `StatementView` (already redacted: redact.py) and returns PDF bytes. Header with the
organisation, case code and level banner on every page; interview summary, witness,
incident, people present, instructions received, the account; page x of y; provenance.
Must never receive or look up anything the view does not hold; writes no files.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Spacer, Table, TableStyle

from ..i18n import is_rtl, isolate
from .fonts import REGULAR, glyph_font
from .labels import label
from .levels import BANNERS, LEVEL_NAMES
from .metadata import document_info
from .redact import Item, StatementView
from .textflow import TextBlock, draw_text

MARGIN = 18 * mm
HEADER = 24 * mm
FOOTER = 14 * mm
BODY = 9.5
_BANNER_COLOURS = {"internal": colors.HexColor("#9b1c1c"), "partner": colors.HexColor("#9a5b00"),
                   "public-named": colors.HexColor("#1d4e89"),
                   "public-anonymous": colors.HexColor("#1f5f3a")}
_RULE = colors.HexColor("#b8b8b8")
_SHADE = colors.HexColor("#ececec")


def _heading(text: str, rtl: bool) -> TextBlock:
    return TextBlock(text, size=12.5, bold=True, rtl=rtl, space_before=9, space_after=3,
                     keep_with_next=True)


def _pairs(items: tuple[Item, ...], width: float, rtl: bool, size: float = BODY) -> Table:
    rows = []
    for item in items:
        cells = [TextBlock(item.label, size=size, bold=True, rtl=rtl),
                 TextBlock(item.value, size=size, rtl=rtl)]
        rows.append(cells[::-1] if rtl else cells)
    widths = [width * 0.34, width * 0.66]
    table = Table(rows, colWidths=widths[::-1] if rtl else widths, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, _RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _people(view: StatementView, width: float, rtl: bool):
    if not view.people_rows:
        return TextBlock(label("no_people", view.lang), size=BODY, rtl=rtl)
    fractions = [0.10, 0.30, 0.16, 0.10, 0.17, 0.17]
    head = [TextBlock(h, size=BODY - 0.5, bold=True, rtl=rtl) for h in view.people_headers]
    rows = [head[::-1] if rtl else head]
    for row in view.people_rows:
        cells = [TextBlock(c, size=BODY - 0.5, rtl=rtl) for c in row]
        rows.append(cells[::-1] if rtl else cells)
    widths = [width * f for f in (fractions[::-1] if rtl else fractions)]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("BACKGROUND", (0, 0), (-1, 0), _SHADE),
        ("GRID", (0, 0), (-1, -1), 0.4, _RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def _story(view: StatementView, width: float, generated_at: str) -> list:
    rtl = is_rtl(view.lang)
    lang = view.lang
    s = view.headings
    story = [
        TextBlock(f"{label('title', lang)}: {view.code}", size=17, bold=True, rtl=rtl,
                  space_after=2),
        TextBlock(f"{view.witness_label}: {view.witness_display}", size=11, rtl=rtl,
                  space_after=4),
        _heading(s["summary"], rtl), _pairs(view.summary, width, rtl),
        _heading(s["witness"], rtl), _pairs(view.witness, width, rtl),
        _heading(s["incident"], rtl), _pairs(view.incident, width, rtl),
        _heading(label("people", lang), rtl), _people(view, width, rtl),
        _heading(s["instructions"], rtl),
    ]
    if view.instructions_received:
        story.append(_pairs(view.instructions_received, width, rtl))
    for i, block in enumerate(view.instructions, 1):
        story += [TextBlock(f"{label('instruction', lang)} {i}", size=10.5, bold=True, rtl=rtl,
                            space_before=4, space_after=2, keep_with_next=True),
                  _pairs(block, width, rtl)]
    story.append(_heading(s["account"], rtl))
    if not view.account:
        story.append(TextBlock(label("no_account", lang), size=BODY, rtl=rtl))
    for item in view.account:
        story += [TextBlock(item.label, size=10, bold=True, rtl=rtl, space_before=3,
                            space_after=1, keep_with_next=True),
                  # Each paragraph in the direction of its own text, aligned by it.
                  TextBlock(item.value, size=10.5, rtl=rtl, align="own", leading=17,
                            space_after=4)]
    provenance = (
        Item(label("record", lang), view.record_id or "—", ""),
        Item(label("revision", lang), view.revision or "—", ""),
        Item(label("form", lang), f"{view.form_id} v{view.form_version}", ""),
        Item(label("level", lang), _level_name(view, with_id=True), ""),
        Item(label("generated", lang), generated_at, ""),
    )
    story += [Spacer(1, 6), _heading(label("provenance", lang), rtl),
              _pairs(provenance, width, rtl, size=8.5),
              TextBlock(label("hash_note", lang), size=8, rtl=rtl, space_before=3)]
    return story


def _level_name(view: StatementView, with_id: bool = False) -> str:
    """The level in the statement's language; with its id where it is not English."""
    name = LEVEL_NAMES[view.level][view.lang]
    if not with_id:
        return name
    if view.lang == "en":
        return f"{name} — {BANNERS[view.level]['en']}"
    return f"{name} ({isolate(view.level)}) — {BANNERS[view.level][view.lang]}"


def _canvas_class(view: StatementView, organisation: str):
    rtl = is_rtl(view.lang)
    banner = BANNERS[view.level][view.lang]
    page_word = label("page", view.lang)

    class StatementCanvas(Canvas):
        """Keeps each page until the end so that every footer can say "page x of y"."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for n, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._decorate(n, total)
                super().showPage()
            super().save()

        def _decorate(self, n: int, total: int):
            width, height = self._pagesize
            inner = width - 2 * MARGIN
            top = height - MARGIN
            self.setFillColor(colors.black)
            draw_text(self, organisation, MARGIN, top - 8, 10, bold=True, rtl=rtl,
                      align="start", width=inner)
            draw_text(self, view.code, MARGIN, top - 8, 10, rtl=rtl, align="end",
                      width=inner)
            self.setFillColor(_BANNER_COLOURS[view.level])
            self.rect(MARGIN, top - 22, inner, 10, stroke=0, fill=1)
            self.setFillColor(colors.white)
            draw_text(self, banner, MARGIN, top - 19.6, 8.5, bold=True, rtl=rtl,
                      align="center", width=inner)
            self.setFillColor(colors.black)
            self.setStrokeColor(_RULE)
            self.line(MARGIN, MARGIN + 6, width - MARGIN, MARGIN + 6)
            footer = page_word.format(n=n, total=total)
            draw_text(self, footer, MARGIN, MARGIN - 4, 8, rtl=rtl, align="end", width=inner)
            draw_text(self, f"{view.code} · {_level_name(view)}", MARGIN, MARGIN - 4, 8, rtl=rtl,
                      align="start", width=inner)

    return StatementCanvas


def render(view: StatementView, organisation: str, *, generated_at: str | None = None) -> bytes:
    """The statement as PDF bytes (one complete file, no incremental updates)."""
    generated_at = generated_at or datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%SZ")
    out = io.BytesIO()
    info = document_info(view.code, view.level)
    # The canvas starts every page in this font: no unembedded Helvetica is referenced.
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN + HEADER - 10 * mm, bottomMargin=MARGIN + FOOTER,
                          invariant=1, pageCompression=1, initialFontName=glyph_font().fontName,
                          **info)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="statement", frames=[frame])])
    doc.build(_story(view, doc.width, generated_at),
              canvasmaker=_canvas_class(view, organisation))
    return out.getvalue()
