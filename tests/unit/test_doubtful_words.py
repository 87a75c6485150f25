"""The doubtful words a statement lists for its maker: what may name someone or give an
address away although no recorded name or address matched it, and nothing else."""

from __future__ import annotations

import copy

import pytest
from statement_records import canary_record

from testimony_app.reports import redact


@pytest.fixture(scope="module")
def record():
    from testimony_app.form import current_form

    rec = canary_record(current_form())
    answers = rec["answers"]
    answers["consent"]["quotes_allowed"] = True
    answers["witness"]["full_name"] = {"given": "أحمد", "latin": {"given": "Ahmad"}}
    answers["witness"]["current_residence"] = "Ankawa, house 38614"
    answers["people"]["people"][1]["name"] = {"given": "رقية"}
    rec["marks"] = []
    return rec


def _doubtful(form, record, text: str, level="public-anonymous", lang="en"):
    rec = copy.deepcopy(record)
    rec["answers"]["account"]["narrative_english"] = text
    return redact(form, rec, level, lang).doubtful


def test_unrecorded_names_after_kinship_words_and_titles_are_listed(form, record):
    text = ("On 17 March 2017 the Coalition struck. My cousin Rami ran; Abu Samir and "
            "Umm Salma hid. Then Dr. Hameed came with Qusay.")
    assert _doubtful(form, record, text) == (
        "cousin Rami", "Abu Samir", "Umm Salma", "Dr Hameed", "Qusay")


def test_arabic_and_sorani_names_after_kinship_words_are_listed(form, record):
    ar = "كان أبو سمير وأم سلمى وابن جاسم مع ابن الجيران والحاج محمود على السطح"
    assert _doubtful(form, record, ar, lang="ar") == (
        "أبو سمير", "وأم سلمى", "وابن جاسم", "والحاج محمود")
    # Common words after a kinship word are not names: "أبي في البيت", my father was home.
    ar = "كان أبي في البيت وأمي مع أختي، وأبو سمير قال إن ابن جاسم جاء"
    assert _doubtful(form, record, ar, lang="ar") == ("وأبو سمير", "ابن جاسم")
    ckb = "کاک ئاراس و مام جەلال لە ماڵەوە بوون"
    assert _doubtful(form, record, ckb, lang="ckb") == ("کاک ئاراس", "مام جەلال")


def test_address_numbers_no_address_records_are_listed(form, record):
    text = "We fled from house 12 to دار ٩ and then ماڵی ژمارە ٤ near house 38614."
    assert _doubtful(form, record, text) == ("house 12", "دار ٩", "ماڵی ژمارە ٤")
    # Partners keep names: only address numbers are listed for them.
    assert _doubtful(form, record, "Abu Samir lived in house 12.", "partner") == (
        "house 12",)


def test_withheld_common_and_known_words_are_not_listed(form, record):
    """Sentence starts, months, questionnaire words, acronyms and withheld names stay out,
    so that the list is short enough to be read."""
    text = ("We were at home in al-Jadida. The leaflet from ISIS said: Stay inside. "
            "In March the Coalition came; Ahmed and Rukia and Umm Ruqaya hid. God is great.")
    assert _doubtful(form, record, text) == ()
    assert _doubtful(form, record, "Abu Samir lived in house 12.", "internal") == ()


def test_the_list_is_never_laid_out(form, record):
    """The statement is the same file with or without its list of doubtful words."""
    import dataclasses

    from testimony_app.reports.statement import render

    rec = copy.deepcopy(record)
    rec["answers"]["account"]["narrative_english"] = "Then my neighbour Qusay came."
    view = redact(form, rec, "public-anonymous", "en")
    assert view.doubtful == ("neighbour Qusay",)
    at = "2026-11-26 12:00:00Z"
    bare = dataclasses.replace(view, doubtful=())
    assert render(view, "Org", generated_at=at) == render(bare, "Org", generated_at=at)
