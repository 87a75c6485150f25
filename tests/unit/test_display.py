"""A record laid out by its questionnaire: the lines `show` and the read-only view print.

Lines come in questionnaire order with labels and choice labels in the reader's language;
stored values (choice codes, true/false) must never reach the reader untranslated.
"""

from __future__ import annotations

import pytest

from testimony_app.form.display import format_value, layout, person_name

ANSWERS = {
    "interview": {"code": "MOS-0007", "place_type": "other", "place_type_other": "خيمة",
                  "interpreter_used": False, "languages": ["arabic", "turkmen"],
                  "witness_type": "survivor"},
    "consent": {"given": True, "method": "verbal_noted"},
    "witness": {"full_name": {"given": "أحمد", "father": "علي", "family": "الجبوري",
                              "kunya": "أبو علي",
                              "latin": {"given": "Ahmad", "family": "al-Jubouri"}},
                "age_at_incident": 34},
    "incident": {"date": "2017-03-17", "neighbourhood": "al_jadida",
                 "location": {"lat": 36.3406, "lon": 43.1189, "precision": "street"}},
    "people": {"people": [
        {"ref": "P1", "name": {"given": "فاطمة"}, "outcome": "killed"},
        {"ref": "P2", "outcome": "died_later", "date_of_death": "2017-03-20"},
    ]},
    "account": {"narrative_original": "كنا في البيت"},
}


def lines(form, lang, **kw):
    return list(layout(form, ANSWERS, lang, **kw))


def by_path(form, lang):
    return {ln.path: ln for ln in lines(form, lang)}


def test_sections_in_questionnaire_order(form):
    sections = [ln for ln in lines(form, "en") if ln.kind == "section"]
    assert [s.path for s in sections] == [
        "interview", "consent", "witness", "incident", "people", "account"]
    assert sections[0].label == "A. Interview"
    assert sections[-1].label.startswith("G. ")
    assert all(s.depth == 0 for s in sections)


def test_fields_follow_their_section_in_order(form):
    paths = [ln.path for ln in lines(form, "en")]
    assert paths.index("interview") < paths.index("interview.code") < paths.index(
        "interview.place_type") < paths.index("consent")
    assert paths.index("people.people[1]") < paths.index("people.people[1].name") < paths.index(
        "people.people[2]") < paths.index("people.people[2].date_of_death")


def test_empty_sections_are_left_out_unless_asked(form):
    assert "instructions" not in {ln.path for ln in lines(form, "en")}
    full = lines(form, "en", include_empty=True)
    assert [ln.path for ln in full if ln.kind == "section"] == [s.name for s in form.sections]
    assert any(ln.path == "witness.phone" and ln.value == "" for ln in full)


@pytest.mark.parametrize("lang", ["ar", "ckb"])
def test_labels_in_arabic_and_sorani(form, lang):
    found = by_path(form, lang)
    interview = form.section("interview")
    assert found["interview"].label == f"A. {interview.label.get(lang)}"
    assert found["interview.code"].label == interview.field("code").label.get(lang)
    assert found["interview.code"].label != interview.field("code").label.en
    for ln in found.values():
        if ln.kind != "row":
            assert not ln.label.isascii() or ln.label.startswith(tuple("ABCDEFGH")), ln


def test_select_labels_are_translated(form):
    en, ar, ckb = by_path(form, "en"), by_path(form, "ar"), by_path(form, "ckb")
    assert en["interview.witness_type"].value == "Survivor"
    assert ar["interview.witness_type"].value == "من الناجين"
    assert ckb["interview.witness_type"].value == "ڕزگاربوو"
    assert en["incident.neighbourhood"].value == "al-Jadida"
    assert ar["incident.neighbourhood"].value == "الجديدة"
    assert en["people.people[1].outcome"].value != "killed"  # never the stored code
    # Several choices are joined with the language's own comma.
    assert en["interview.languages"].value == "Arabic, Turkmen"
    assert ar["interview.languages"].value == "العربية، التركمانية"


def test_other_choice_shows_the_free_text(form):
    assert by_path(form, "en")["interview.place_type"].value == "Other: خيمة"
    assert by_path(form, "ar")["interview.place_type"].value == "غير ذلك: خيمة"


def test_yes_and_no_are_words(form):
    en, ar, ckb = by_path(form, "en"), by_path(form, "ar"), by_path(form, "ckb")
    assert (en["consent.given"].value, en["interview.interpreter_used"].value) == ("Yes", "No")
    assert (ar["consent.given"].value, ar["interview.interpreter_used"].value) == ("نعم", "لا")
    assert ckb["consent.given"].value == "بەڵێ"


def test_person_names_are_formatted(form):
    en = by_path(form, "en")
    assert en["witness.full_name"].value == "أحمد علي الجبوري (أبو علي) — Ahmad al-Jubouri"
    assert en["people.people[1].name"].value == "فاطمة"
    assert person_name({"latin": {"given": "Ahmad", "kunya": "Abu Ali"}}) == "Ahmad (Abu Ali)"
    assert person_name({"given": "أحمد", "latin": {"given": "Ahmad"}}, latin=False) == "أحمد"
    assert person_name({"kunya": "أم محمد"}) == "أم محمد"


def test_geopoint_shows_coordinates_and_translated_precision(form):
    assert by_path(form, "en")["incident.location"].value == "36.340600, 43.118900 (Street)"
    assert by_path(form, "ar")["incident.location"].value.endswith("(الشارع)")


def test_repeat_rows_are_numbered(form):
    en = by_path(form, "en")
    people_label = form.section("people").field("people").label.en
    assert en["people.people"].value == "2"
    assert en["people.people[2]"].kind == "row"
    assert en["people.people[2]"].label == f"{people_label} 2"
    assert en["people.people[2].date_of_death"].depth == 2
    assert en["people.people[2].date_of_death"].value == "2017-03-20"


def test_format_value_of_empty_answers(form):
    field = form.section("interview").field("languages")
    assert format_value(field, None, "en") == ""
    assert format_value(field, [], "en") == ""
    assert format_value(form.section("consent").field("given"), False, "en") == "No"
