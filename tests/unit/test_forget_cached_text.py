"""Forgetting the text that statement layout keeps in memory (called when the vault locks):
shaped words and the fonts' (glyph, text) codes go, and statements made afterwards are
exactly as before."""

from __future__ import annotations

import copy

from statement_pdf import pypdf_text
from statement_records import ARABIC_WORDS, canary, canary_record

from testimony_app.form import current_form
from testimony_app.reports import forget_cached_text, redact
from testimony_app.reports.fonts import REGULAR, RTL, glyph_font
from testimony_app.reports.shaping import _shaped
from testimony_app.reports.statement import render


def _statement(lang: str) -> bytes:
    form = current_form()
    record = copy.deepcopy(canary_record(form))
    record["answers"]["instructions"]["instructions"][0]["words_original"] = ARABIC_WORDS
    record["marks"] = []
    return render(redact(form, record, "internal", lang), "Org",
                  generated_at="2026-01-01 00:00:00Z")


def test_forgetting_drops_shaped_words_and_glyph_texts():
    _statement("ar")
    assert any(canary("witness.current_residence") in key[1] for key in _shaped)
    fonts = [glyph_font(REGULAR), glyph_font(RTL[REGULAR])]
    assert all(font._text_of for font in fonts)
    forget_cached_text()
    assert not _shaped
    for font in fonts:
        assert not font._text_of and not font._key_of
        assert not [k for k in font.face.charToGlyph if k >= 0xF0000]


def test_statements_after_forgetting_are_the_same_bytes():
    forget_cached_text()
    first = _statement("ar")
    forget_cached_text()  # codes start again from the first, the fonts stay registered
    again = _statement("ar")
    assert again == first
    text = pypdf_text(again)
    assert "المنشور" in text and canary("witness.current_residence") in text


def test_forgetting_drops_the_words_redaction_folded_and_the_name_patterns():
    from testimony_app.reports import names

    form = current_form()
    record = copy.deepcopy(canary_record(form))
    record["answers"]["witness"]["full_name"] = {"given": "رقية"}
    record["answers"]["account"]["narrative_english"] = "Then Rukia said the leaflet fell."
    record["answers"]["consent"]["quotes_allowed"] = True
    record["marks"] = []
    view = redact(form, record, "public-anonymous", "en")
    assert "Rukia" not in " ".join(view.texts())  # found through its compiled pattern
    assert names.key.cache_info().currsize and names._compiled.cache_info().currsize
    forget_cached_text()
    assert names.key.cache_info().currsize == 0 == names._compiled.cache_info().currsize
