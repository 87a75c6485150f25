"""Statement PDFs: nothing withheld anywhere in the file, for every level and language;
metadata under control; the layout a report writer needs."""

from __future__ import annotations

import copy
import io
import re

import pytest
from statement_pdf import clean, leaks, pdftotext, pypdf_text
from statement_records import canary_record, hidden_canaries, internal_canaries

from testimony_app.reports import LEVELS, redact
from testimony_app.reports.statement import render

LANGS = ("en", "ar", "ckb")
ORG = "Iraq Civilian Harm Monitor"


@pytest.fixture(scope="module")
def record():
    from testimony_app.form import current_form

    return canary_record(current_form())


def _reader(data: bytes):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("level", LEVELS)
def test_withheld_values_appear_nowhere_in_the_pdf(form, record, level, lang, tmp_path):
    data = render(redact(form, record, level, lang), ORG)
    assert leaks(data, tmp_path, hidden_canaries(form, record, level)) == []
    text = clean(pdftotext(data, tmp_path))
    assert "MOS-0042" in text and ORG in text
    if level == "internal":
        # The scan finds testimony when it is there: this test can fail.
        assert set(leaks(data, tmp_path, internal_canaries())) >= {
            f"{c} in pdftotext" for c in internal_canaries()}
    reader = _reader(data)
    assert all("/Annots" not in page for page in reader.pages)
    assert reader.outline == []
    assert reader.xmp_metadata is None and "/Metadata" not in reader.trailer["/Root"]


def test_metadata_names_the_case_and_level_only(form, record, tmp_path):
    data = render(redact(form, record, "public-anonymous", "en"), ORG)
    info = {k: str(v) for k, v in _reader(data).metadata.items()}
    assert info["/Title"] == "MOS-0042 - public-anonymous"
    assert info["/Author"] == "" and info["/Keywords"] == ""
    assert info["/Creator"] == info["/Producer"] == "Testimony"
    assert set(info) <= {"/Title", "/Author", "/Subject", "/Creator", "/Producer",
                         "/Keywords", "/CreationDate", "/ModDate", "/Trapped"}
    for value in info.values():
        assert "CANARY" not in value and str(tmp_path) not in value and "/home" not in value
    # One complete file: no incremental update appended.
    assert data.count(b"%%EOF") == 1 and data.count(b"startxref") == 1


def test_every_font_is_embedded_amiri(form, record):
    reader = _reader(render(redact(form, record, "public-anonymous", "ar"), ORG))
    fonts = {}
    for page in reader.pages:
        for name, ref in page["/Resources"]["/Font"].items():
            fonts[name] = ref.get_object()
    assert fonts
    for font in fonts.values():
        assert "Amiri" in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


@pytest.mark.parametrize("lang", LANGS)
def test_pages_say_page_x_of_y(form, record, lang, tmp_path):
    rec = copy.deepcopy(record)
    rec["answers"]["consent"]["quotes_allowed"] = True
    rec["answers"]["account"]["narrative_english"] = "We stayed at home. " * 400
    data = render(redact(form, rec, "public-anonymous", lang), ORG)
    pages = _reader(data).pages
    total = len(pages)
    assert total >= 3
    word = {"en": "Page", "ar": "الصفحة", "ckb": "لاپەڕە"}[lang]
    # The footer names the level in the statement's language.
    level = {"en": "public-anonymous", "ar": "علني دون ذكر الاسم", "ckb": "گشتی بێ ناو"}[lang]
    for n, page in enumerate(pages, 1):
        text = clean(page.extract_text())
        assert text.count(word) == 1 and "MOS-0042" in text and level in text
        if lang == "en":
            assert f"Page {n} of {total}" in text
        else:
            # pypdf and poppler place digits at the edge of an Arabic run by their own
            # heuristics ("5 من1 الصفحة"); the numbers themselves must be there.
            assert {str(n), str(total)} <= set(text.replace("من", " ").replace("لە", " ").split())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("level", ["partner", "public-anonymous"])
def test_people_table_lists_every_person_at_the_levels_granularity(form, record, level,
                                                                    lang, tmp_path):
    rec = copy.deepcopy(record)
    template = rec["answers"]["people"]["people"]
    people = []
    for i in range(1, 25):  # enough rows to run the table onto a second page
        row = copy.deepcopy(template[i % 2])
        row.update(ref=f"P{i}", age=60 + i, outcome="injured", relationship="neighbour",
                   name={"given": f"Personname{i:02d}x", "family": "Familyname"})
        people.append(row)
    rec["answers"]["people"]["people"] = people
    view = redact(form, rec, level, lang)
    data = render(view, ORG)
    text = clean(pypdf_text(data))
    poppler = clean(pdftotext(data, tmp_path))
    for i, row in enumerate(view.people_rows, 1):
        assert f"P{i}" in poppler.split() or f"P{i}" in text
        if level == "partner":
            assert f"Personname{i:02d}x" in text and str(60 + i) in row
        else:
            assert f"Personname{i:02d}x" not in text + poppler
            # The role and the age band's words (extractors place the digits of an
            # Arabic "(60+)" by their own heuristics, so only the words are compared).
            for cell in (row[1], row[4]):
                assert all(w in poppler for w in re.findall(r"[^\W\d_]+", cell)), cell
    assert len(view.people_rows) == 24
