"""What a statement says about people in Arabic and Sorani: the pseudonym in the letters
of the statement's language and agreeing with the witness's sex, relationship words for the
person's sex, an age group called an age group, the instructions question asked in full,
and the Sorani footer laid out right to left."""

from __future__ import annotations

import copy
import re

import pytest
from statement_pdf import clean, pdftotext, pypdf_text
from statement_records import canary_record

from testimony_app.reports import redact
from testimony_app.reports.labels import label
from testimony_app.reports.pseudonyms import role, witness_pseudonym
from testimony_app.reports.statement import render
from testimony_app.reports.textflow import layout
from testimony_app.vault.generated import letters


@pytest.fixture(scope="module")
def record():
    from testimony_app.form import current_form

    rec = canary_record(current_form())
    answers = rec["answers"]
    answers["consent"].update(scope="named_public")
    people = answers["people"]["people"]
    people[1].update(relationship="spouse", sex="female", outcome="injured")
    answers["witness"]["sex"] = "male"
    rec["marks"] = []
    return rec


@pytest.mark.parametrize(("stored", "lang", "sex", "shown"), [
    ("Witness A", "ar", "male", "الشاهد أ"),
    ("Witness B", "ar", "female", "الشاهدة ب"),
    ("Witness E", "ar", None, "الشاهد هـ"),
    ("Witness AB", "ar", "female", "الشاهدة غ"),
    ("Witness AC", "ar", None, "الشاهد أ-أ"),
    ("Witness A", "ckb", "female", "شایەت ا"),
    ("Witness C", "ckb", "male", "شایەت پ"),
    ("Witness C", "en", "female", "Witness C"),
    (None, "ar", "female", "الشاهدة"),
])
def test_the_pseudonym_in_the_statement_language(stored, lang, sex, shown):
    assert witness_pseudonym(stored, lang, sex) == shown


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_distinct_pseudonyms_stay_distinct_in_every_language(lang):
    shown = [witness_pseudonym(f"Witness {letters(n)}", lang) for n in range(1, 800)]
    assert len(set(shown)) == len(shown)
    # and the same stored pseudonym always gives the same words
    assert shown == [witness_pseudonym(f"Witness {letters(n)}", lang) for n in range(1, 800)]


@pytest.mark.parametrize(("lang", "word", "as_role"), [
    ("en", "Wife", "his wife"),
    ("ar", "زوجة", "زوجة للشاهد"),
    ("ckb", "ژن", "ژنی شایەت"),
])
def test_a_wife_is_a_wife_not_a_spouse(form, record, lang, word, as_role):
    partner = redact(form, record, "partner", lang)
    assert partner.people_rows[1][2] == word
    anonymous = copy.deepcopy(record)
    anonymous["answers"]["consent"]["scope"] = "anonymous_public"
    view = redact(form, anonymous, "public-anonymous", lang)
    assert view.people_rows[1][1] == as_role
    assert view.people_rows[1][2] == word


def test_roles_are_relative_to_the_witness_and_agree_with_her():
    assert role("أخ", "brother", "female", "ar", "male") == "أخ للشاهدة"
    assert role("جار", "neighbour", "male", "ar", "female") == "جارة للشاهد"
    assert role("برا", "brother", "female", "ckb", "male") == "برای شایەت"
    assert role("Brother", "brother", "female", "en", "male") == "her brother"
    assert role("غير معروف", "unknown", "female", "ar") == "شخص صلته بالشاهدة غير معروفة"


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_an_age_group_is_called_an_age_group(form, record, lang, tmp_path):
    view = redact(form, record, "public-named", lang)
    year_of_birth = form.section("witness").field("birth_year").label.get(lang)
    labels = [i.label for i in view.witness]
    assert year_of_birth not in labels
    assert labels.count(label("age_group", lang)) == 1
    text = clean(pdftotext(render(view, "Org"), tmp_path))
    assert label("age_group", lang) in text and year_of_birth not in text


@pytest.mark.parametrize("lang", ["en", "ar", "ckb"])
def test_the_instructions_question_is_asked_in_full(form, record, lang, tmp_path):
    view = redact(form, record, "public-named", lang)
    question = form.section("instructions").field("received").label.get(lang)
    assert [i.label for i in view.instructions_received] == [question]
    assert question in clean(pdftotext(render(view, "Org"), tmp_path))


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_a_female_witness_reads_back_as_such(form, record, lang, tmp_path):
    rec = copy.deepcopy(record)
    rec["answers"]["witness"]["sex"] = "female"
    rec["answers"]["consent"]["scope"] = "anonymous_public"
    data = render(redact(form, rec, "public-anonymous", lang), "Org")
    expected = {"ar": "الشاهدة ب", "ckb": "شایەت ب"}[lang]
    for text in (clean(pdftotext(data, tmp_path)), clean(pypdf_text(data))):
        assert expected in text
        assert "Witness" not in text


def test_the_sorani_footer_runs_right_to_left(form, record, tmp_path):
    note = label("hash_note", "ckb")
    assert all(line.rtl for line in layout(note, 400, 8, rtl=True)[0])
    data = render(redact(form, record, "public-named", "ckb"), "Org")
    html = pdftotext(data, tmp_path, "-bbox")
    # Its words end at the right margin (A4 width 595 pt less 18 mm).
    right = max(float(x1) for x1, word in
                re.findall(r'xMax="([\d.]+)"[^>]*>([^<]*)</word>', html)
                if word in {"ئەم", "مەئ"})
    assert right > 595 - 51 - 120


def test_a_woman_killed_reads_back_with_a_word_that_agrees(form, record, tmp_path):
    """Outcomes are printed as nouns (مقتل، إصابة…) that fit a woman as well as a man:
    a masculine verb («قُتل») for a woman is what the Arabic statement used to say."""
    rec = copy.deepcopy(record)
    rec["answers"]["people"]["people"][0].update(sex="female", outcome="killed")
    view = redact(form, rec, "partner", "ar")
    assert view.people_rows[0][5] == "مقتل"
    text = clean(pdftotext(render(view, "Org"), tmp_path))
    i = text.find("قُتل")
    assert "مقتل" in text and i < 0, text[i - 60:i + 30]
