"""The account at public levels: in its original language as well as in English, with the
same redaction, the statement's own language first, and each paragraph laid out in the
direction of its own text (an English paragraph in an Arabic statement reads left to
right, an Arabic placeholder inside it whole)."""

from __future__ import annotations

import copy
import re

import pytest
from statement_pdf import clean, leaks, pdftotext, pypdf_text
from statement_records import canary_record

from testimony_app.i18n import isolate
from testimony_app.reports import redact
from testimony_app.reports.bidi import levels
from testimony_app.reports.statement import render
from testimony_app.reports.textflow import layout

GIVEN = "ياسمين"
ARABIC = f"قالت لنا {GIVEN} إن المنشور سقط على الحي قبل الغارة بيومين وطلب منا البقاء في البيوت."
ENGLISH = f"{GIVEN} told us the leaflet fell on the district two days before the strike."
SORANI = "پێیان وتین لە ماڵەوە بمێننەوە، ڕێگەکان داخراون."


@pytest.fixture(scope="module")
def record():
    from testimony_app.form import current_form

    rec = canary_record(current_form())
    answers = rec["answers"]
    answers["consent"].update(scope="anonymous_public", quotes_allowed=True)
    answers["witness"]["full_name"] = {"given": GIVEN, "family": "الحمداني"}
    answers["account"]["narrative_original"] = ARABIC
    answers["account"]["narrative_english"] = ENGLISH
    rec["marks"] = []
    return rec


@pytest.mark.parametrize("lang", ["ar", "ckb", "en"])
def test_the_original_account_is_shown_at_public_levels_with_the_name_withheld(
        form, record, lang, tmp_path):
    data = render(redact(form, record, "public-anonymous", lang), "Org")
    assert leaks(data, tmp_path, [GIVEN, "الحمداني"]) == []
    for text in (clean(pdftotext(data, tmp_path)), clean(pypdf_text(data))):
        assert "إن المنشور سقط على الحي قبل الغارة بيومين" in text
        assert "told us the leaflet fell on the district" in text


def test_an_arabic_statement_opens_the_account_with_the_arabic_words(form, record, tmp_path):
    text = clean(pdftotext(render(redact(form, record, "public-anonymous", "ar"), "Org"),
                           tmp_path))
    assert text.index("إن المنشور سقط") < text.index("told us the leaflet")
    english = clean(pdftotext(render(redact(form, record, "public-anonymous", "en"), "Org"),
                              tmp_path))
    assert english.index("told us the leaflet") < english.index("إن المنشور سقط")


def test_without_a_translation_the_original_account_is_still_there(form, record, tmp_path):
    rec = copy.deepcopy(record)
    rec["answers"]["account"]["narrative_english"] = ""
    rec["answers"]["account"]["narrative_original"] = SORANI
    view = redact(form, rec, "public-anonymous", "ckb")
    assert [i.value for i in view.account] == [SORANI]
    assert SORANI.split("،")[0] in clean(pdftotext(render(view, "Org"), tmp_path))


def test_without_quotes_allowed_neither_account_is_shown(form, record):
    rec = copy.deepcopy(record)
    rec["answers"]["consent"]["quotes_allowed"] = False
    assert redact(form, rec, "public-anonymous", "ar").account == ()


def _word_boxes(data: bytes, tmp_path) -> list[tuple[str, float, float]]:
    """(word, left, top) of every word poppler finds (right-to-left words in visual order)."""
    html = pdftotext(data, tmp_path, "-bbox")
    return [(w, float(x0), float(y0)) for x0, y0, w in
            re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)]


def test_an_english_paragraph_in_an_arabic_statement_reads_left_to_right(form, record,
                                                                        tmp_path):
    data = render(redact(form, record, "public-anonymous", "ar"), "Org")
    boxes = _word_boxes(data, tmp_path)
    told = next(b for b in boxes if b[0] == "told")
    leaflet = next(b for b in boxes if b[0] == "leaflet")
    assert told[1] < leaflet[1]  # "told" left of "leaflet": the paragraph runs left to right
    # and starts at the left margin (18 mm = 51 pt), not at the right like the Arabic text.
    assert min(x0 for _, x0, top in boxes if top == told[2]) < 55
    # The Arabic placeholder reads whole. (Where the brackets around a run of the other
    # direction go is each extractor's own rule: "]اسم محجوب[ told", "[ told … اسم محجوب]".)
    for text in (clean(pdftotext(data, tmp_path)), clean(pypdf_text(data))):
        assert "اسم محجوب" in text and "told us the leaflet" in text


def test_each_paragraph_takes_the_direction_of_its_own_text():
    text = f"{ARABIC}\n{ENGLISH}\nISF قالوا لنا أن نبقى في البيوت"
    lines, _ = layout(text, 2000, 10, rtl=False)
    assert [line.rtl for line in lines] == [True, False, True]
    # A paragraph without letters takes the document's direction.
    assert [line.rtl for line in layout("—", 2000, 10, rtl=True)[0]] == [True]


def test_an_isolate_is_one_neutral_outside_and_its_own_direction_inside():
    text = f"told {isolate('[اسم محجوب]')} to stay"
    lv = levels(text, False)
    inside = text.index("[")
    assert lv[:5] == [0] * 5 and lv[-8:] == [0] * 8
    assert set(lv[inside:text.index("]") + 1]) == {1}
    # In a right-to-left paragraph a Latin isolate sits at level 2, its neighbours at 1.
    text = f"قال {isolate('Ahmad, 2017')} إن"
    lv = levels(text, True)
    start = text.index("A")
    assert set(lv[start:start + len("Ahmad, 2017")]) == {2}
    assert lv[0] == 1 and lv[-1] == 1
