"""Arabic and Sorani statements: shaped on the page, and read back in logical order by
both poppler (pdftotext) and pypdf; mixed Arabic, Latin and digits in one paragraph."""

from __future__ import annotations

import copy
import io
import re

import pytest
import uharfbuzz as hb
from statement_pdf import clean, pdftotext, pypdf_text
from statement_records import ARABIC_WORDS, SORANI_WORDS, canary_record

from testimony_app.form import fold
from testimony_app.reports import redact
from testimony_app.reports.bidi import levels, visual_order
from testimony_app.reports.fonts import REGULAR, glyph_font
from testimony_app.reports.statement import render
from testimony_app.reports.textflow import draw_text

MIXED = "قال Ahmad إن الطائرة ضربت 3 بيوت يوم 2017-03-17 قرب al-Jadida"


@pytest.fixture(scope="module")
def record():
    from testimony_app.form import current_form

    return canary_record(current_form())


def _with_words(record, words: str) -> dict:
    rec = copy.deepcopy(record)
    rec["answers"]["instructions"]["instructions"][0]["words_original"] = words
    rec["marks"] = []
    return rec


def _in_order(text: str, words: str) -> bool:
    """Every word of `words` occurs in `text`, in this order."""
    tokens = text.split()
    at = 0
    for word in words.split():
        try:
            at = tokens.index(word, at) + 1
        except ValueError:
            return False
    return True


@pytest.mark.parametrize(("lang", "words"), [("ar", ARABIC_WORDS), ("ckb", SORANI_WORDS)])
def test_right_to_left_words_read_back_in_logical_order(form, record, lang, words, tmp_path):
    data = render(redact(form, _with_words(record, words), "public-anonymous", lang), "Org")
    for extracted in (clean(pdftotext(data, tmp_path)), clean(pypdf_text(data))):
        assert words in extracted
    # And the reversed spelling (what visual-order extraction gives) is not there.
    assert words.split()[2][::-1] not in clean(pdftotext(data, tmp_path))


def _split_scripts(text: str) -> str:
    """A space wherever Arabic script meets Latin letters or digits."""
    text = re.sub(r"([\u0600-\u06ff])([A-Za-z0-9])", r"\1 \2", text)
    return re.sub(r"([A-Za-z0-9])([\u0600-\u06ff])", r"\1 \2", text)


def test_mixed_arabic_latin_and_digits_in_one_paragraph(form, record, tmp_path):
    data = render(redact(form, _with_words(record, MIXED), "public-anonymous", "ar"), "Org")
    # Both extractors put the space at a change of direction on their own side of it
    # ("ضربت3 بيوت"); every word and number comes back whole and in reading order.
    for extracted in (pypdf_text(data), pdftotext(data, tmp_path)):
        assert _in_order(_split_scripts(clean(extracted)), MIXED), extracted


def test_dates_and_numbers_keep_their_digit_order(form, record, tmp_path):
    data = render(redact(form, record, "public-anonymous", "ar"), "Org")
    assert "2017-03-17" in clean(pdftotext(data, tmp_path))
    assert "71-30-7102" not in clean(pdftotext(data, tmp_path))


def test_bidi_levels_and_visual_order():
    text = "قال 17 آذار 2017-03-17 Ahmad al-Tai"
    lv = levels(text, True)
    assert lv[:3] == [1, 1, 1]
    assert set(lv[text.index("2017-03-17"):text.index("2017-03-17") + 10]) == {2}
    assert set(lv[text.index("Ahmad"):]) == {2}
    assert levels("He said «نعم» twice", False)[8:13] == [0, 1, 1, 1, 0]
    assert visual_order([1, 2, 1, 2, 2, 1]) == [5, 3, 4, 2, 1, 0]
    assert visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]


def test_the_font_covers_arabic_sorani_and_latin():
    font = glyph_font(REGULAR)
    for ch in "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "ڕڵۆێەپچژگڤ" + "AZaz09«»":
        buf = hb.Buffer()
        buf.add_str(ch)
        buf.guess_segment_properties()
        hb.shape(font.hb_font, buf, {})
        assert all(info.codepoint != 0 for info in buf.glyph_infos), ch


def test_arabic_is_shaped_not_drawn_as_isolated_letters():
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    draw_text(canvas, "أبلغهم", 50, 700, 12, rtl=True)
    canvas.save()
    font = glyph_font(REGULAR)
    buf = hb.Buffer()
    buf.add_str("أبلغهم")
    buf.guess_segment_properties()
    hb.shape(font.hb_font, buf, {})
    isolated = set()
    for ch in "أبلغهم":
        single = hb.Buffer()
        single.add_str(ch)
        single.guess_segment_properties()
        hb.shape(font.hb_font, single, {})
        isolated.add(single.glyph_infos[0].codepoint)
    # Joined letters use their initial, medial and final forms, not the isolated ones.
    assert len({i.codepoint for i in buf.glyph_infos} - isolated) >= 4
    assert "أبلغهم" in clean(pypdf_text(out.getvalue()))


def test_words_with_diacritics_read_back_whole(form, record, tmp_path):
    words = "الوثيقة مسجَّلان ومُسِنّ في سجلٍّ واحدٍ"
    data = render(redact(form, _with_words(record, words), "public-anonymous", "ar"), "Org")
    assert words in clean(pdftotext(data, tmp_path))
    # pypdf keeps the characters of one glyph as stored (a vowelled letter is one glyph
    # for the letter and its marks), so there only the letters are compared.
    assert fold(words) in fold(clean(pypdf_text(data)))


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_every_heading_and_line_reads_back_whole_in_a_long_statement(form, record, lang,
                                                                     tmp_path):
    """A statement long enough to use several 256-glyph font subsets: pypdf flushes a
    right-to-left run at every font change, so a run drawn from two subsets came back in
    pieces in visual order («رونضشخاص الحاأال»)."""
    from testimony_app.reports import forget_cached_text

    forget_cached_text()  # start from the first subset, as a fresh process does
    rec = _with_words(record, ARABIC_WORDS if lang == "ar" else SORANI_WORDS)
    view = redact(form, rec, "internal", lang)
    data = render(view, "Org")
    lines = {line.strip() for line in pypdf_text(data).splitlines()}
    # Every one-line heading comes back as one line, whole and in logical order.
    from testimony_app.reports.labels import label

    headings = [view.sections[name] for name in ("interview", "witness", "incident",
                                                 "instructions", "account")]
    headings += [label("people", lang), label("provenance", lang)]
    for heading in headings:
        assert heading in lines or any(heading in line for line in lines), heading
    for extracted in (clean(pypdf_text(data)), clean(pdftotext(data, tmp_path))):
        assert (ARABIC_WORDS if lang == "ar" else SORANI_WORDS) in extracted
