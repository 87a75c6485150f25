"""Statement PDFs read by an adversary: a withheld value changes nothing in the file, not
even its length; names spelt another way and phone numbers grouped any way show on no
surface of it; the file carries nothing beside the statement."""

from __future__ import annotations

import io
import re

import pytest
from statement_pdf import clean, leaks, pdftotext, pypdf_text
from statement_records import canary_record

from testimony_app.reports import redact
from testimony_app.reports.statement import render

ORG = "Iraq Civilian Harm Monitor"
AT = "2026-11-26 12:00:00Z"


def _record(form, name: dict, narrative: str) -> dict:
    rec = canary_record(form)
    answers = rec["answers"]
    answers["consent"]["quotes_allowed"] = True
    answers["witness"]["full_name"] = name
    answers["account"]["narrative_english"] = narrative
    return rec


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_withheld_values_change_nothing_in_the_file(form, lang):
    """Two witnesses who differ only in what public-anonymous withholds (names of every
    length and script, phone, address, exact age and date, geopoint) get byte-identical
    statements, even with an internal statement made in between in the same process."""
    short = _record(form, {"given": "علي", "latin": {"given": "Ali"}},
                    "Ali said the leaflet fell. Call 0770 123 4567.")
    long = _record(form, {"given": "عبد الرحمن", "family": "النعيمي", "kunya": "أبو عمر",
                          "latin": {"given": "Abd al-Rahman", "family": "al-Nuaimi"}},
                   "Abd al-Rahman al-Nuaimi said the leaflet fell. Call +964 781 555 29 43.")
    answers = long["answers"]
    answers["witness"].update(phone="07815552943", age_at_incident=52,
                              current_residence="Ankawa, street 30, house 7")
    answers["interview"]["start"] = "2016-11-02T18:00:00+03:00"
    answers["incident"]["location"] = {"lat": 36.31, "lon": 43.1, "precision": "street"}
    living = answers["people"]["people"][1]["name"]
    living["kunya"], living["latin"]["kunya"] = "أم سلمى", "Umm Salma"
    first = render(redact(form, short, "public-anonymous", lang), ORG, generated_at=AT)
    internal = render(redact(form, long, "internal", lang), ORG, generated_at=AT)
    second = render(redact(form, long, "public-anonymous", lang), ORG, generated_at=AT)
    assert second == first
    # The comparison sees a difference when there is one: the internal file differs.
    assert internal != first


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_spelling_variants_show_on_no_surface_of_the_pdf(form, lang, tmp_path):
    name = {"given": "أحمد", "family": "الجبوري", "kunya": "أبو خالد",
            "latin": {"given": "Ahmad", "family": "al-Jubouri"}}
    narrative = ("Ahmed Aljubouri (Abu Khalid) told us: call 0781 - 555 - 2943 or "
                 "٠٧٨١/٥٥٥/٢٩٤٣. وبالجبوري ابوخالد")
    data = render(redact(form, _record(form, name, narrative), "public-anonymous", lang),
                  ORG, generated_at=AT)
    assert leaks(data, tmp_path, ["Ahmed", "jubouri", "Khalid", "الجبوري", "خالد"]) == []
    for text in (clean(pdftotext(data, tmp_path)), clean(pypdf_text(data))):
        digits = re.sub(r"\D", "", text.replace("SHA-256", ""))
        assert "5552943" not in digits and "٥٥٥" not in text
        # The account is still there to read, its names and numbers replaced.
        assert "told us: call" in text
        if lang == "en":
            assert "[name withheld] ([name withheld]) told us: call [phone withheld] or " \
                   "[phone withheld]. [name withheld]" in text


def test_the_file_carries_nothing_beside_the_statement(form):
    from pypdf import PdfReader

    rec = _record(form, {"given": "أحمد"}, "The leaflet fell at dawn.")
    data = render(redact(form, rec, "public-anonymous", "ar"), ORG, generated_at=AT)
    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    assert set(root) <= {"/Type", "/Pages", "/PageMode"}
    for key in (b"/EmbeddedFiles", b"/JavaScript", b"/OpenAction", b"/AcroForm", b"/URI",
                b"/Launch", b"/Metadata", b"/Annots", b"/Outlines", b"/PieceInfo"):
        assert key not in data
    fonts = set(re.findall(rb"/BaseFont\s*/([^\s/>\]]+)", data))
    assert fonts and all(re.fullmatch(rb"[A-Z]{6}\+Amiri-(Regular|Bold)(-RTL)?", f)
                         for f in fonts), fonts
