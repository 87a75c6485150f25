"""Validating and normalising answers against the shipped questionnaire.

Answers typed in the field arrive with Eastern Arabic digits, partial dates and free text;
validation must store one clean form of each, report every problem by its path, and drop
(never store) answers that their `relevant` condition hides.
"""

from __future__ import annotations

import pytest

from testimony_app.form import errors_of, validate

UUID = "0f1c2d3e-4b5a-4c6d-8e7f-0123456789ab"


def ok(form, answers, *, complete=False) -> dict:
    clean, problems = validate(form, answers, complete=complete)
    assert errors_of(problems) == [], [str(p) for p in problems]
    return clean


def problems_of(form, answers, *, complete=False) -> dict[str, str]:
    """{path: code} of every error."""
    _, problems = validate(form, answers, complete=complete)
    return {p.path: p.code for p in errors_of(problems)}


def value(form, section, field, raw):
    return ok(form, {section: {field: raw}})[section][field]


def rejected(form, section, field, raw, code="type"):
    assert problems_of(form, {section: {field: raw}}) == {f"{section}.{field}": code}


# -- one field type at a time ------------------------------------------------------------


def test_text_and_max_length(form):
    assert value(form, "interview", "interviewers", "Hana and Omar") == "Hana and Omar"
    assert value(form, "interview", "interviewers", "x" * 2000) == "x" * 2000
    rejected(form, "interview", "interviewers", "x" * 2001, "range")
    rejected(form, "interview", "interviewers", 5)
    rejected(form, "interview", "interviewers", "a\x00b")


@pytest.mark.parametrize("raw", [17, "17", "١٧", "۱۷", " ١٧ ", 17.0])
def test_integer_digits_are_normalised(form, raw):
    assert value(form, "witness", "age_at_incident", raw) == 17


@pytest.mark.parametrize(("raw", "code"), [
    (121, "range"), (-1, "range"), ("١٢١", "range"), (17.5, "type"), (True, "type"),
    ("seventeen", "type"), ("1 7", "type"), ([17], "type"),
])
def test_integer_bounds_and_types(form, raw, code):
    rejected(form, "witness", "age_at_incident", raw, code)


def test_integer_bounds_are_inclusive(form):
    assert value(form, "witness", "birth_year", "١٩٠٠") == 1900
    assert value(form, "witness", "age_at_incident", 0) == 0
    assert value(form, "witness", "age_at_incident", 120) == 120
    rejected(form, "witness", "birth_year", 1899, "range")


def test_decimal_coordinates(form):
    point = value(form, "incident", "location", {"lat": "٣٦٫٣٣", "lon": 43.1})
    assert point == {"lat": 36.33, "lon": 43.1}
    assert isinstance(point["lat"], float)
    rejected(form, "incident", "location", {"lat": float("nan"), "lon": 43})
    rejected(form, "incident", "location", {"lat": "north", "lon": 43})


@pytest.mark.parametrize(("raw", "stored"), [
    ("2017", "2017"), ("2017-03", "2017-03"), ("2017-03-17", "2017-03-17"),
    ("٢٠١٧-٠٣-١٧", "2017-03-17"), ("2016-02-29", "2016-02-29"),
])
def test_partial_dates_accepted(form, raw, stored):
    assert value(form, "incident", "date", raw) == stored


@pytest.mark.parametrize("raw", [
    "2017-02-30", "2017-13", "2017-00", "2017-03-00", "2017-03-32", "0000", "2017-02-29",
    "17/03/2017", "2017-3-17", "March 2017", 2017, "",
])
def test_impossible_or_malformed_dates_rejected(form, raw):
    if raw == "":
        assert ok(form, {"incident": {"date": raw}}) == {}  # empty is unanswered
        return
    rejected(form, "incident", "date", raw)


def test_time(form):
    assert value(form, "incident", "time_of_day_exact", "05:30") == "05:30"
    assert value(form, "incident", "time_of_day_exact", "٢٣:٥٩") == "23:59"
    for raw in ("24:00", "7:30", "12:60", "noon"):
        rejected(form, "incident", "time_of_day_exact", raw)


def test_datetime_needs_an_offset(form):
    assert value(form, "interview", "start", "2017-03-20T10:30+03:00") == "2017-03-20T10:30+03:00"
    assert value(form, "interview", "start", "2017-03-20T07:30Z") == "2017-03-20T07:30Z"
    rejected(form, "interview", "start", "2017-03-20T10:30")
    rejected(form, "interview", "start", "2017-03-20")
    rejected(form, "interview", "start", "yesterday")


def test_bool(form):
    assert value(form, "consent", "given", True) is True
    assert value(form, "consent", "given", False) is False
    assert value(form, "consent", "given", "true") is True
    for raw in ("yes", 1, 0, "True"):
        rejected(form, "consent", "given", raw)


def test_select_one(form):
    assert value(form, "interview", "place_type", "idp_camp") == "idp_camp"
    rejected(form, "interview", "place_type", "castle", "choice")
    rejected(form, "interview", "place_type", "Home", "choice")  # values are exact
    rejected(form, "interview", "place_type", ["home"], "choice")


def test_select_multiple(form):
    assert value(form, "interview", "languages", ["arabic", "turkmen"]) == ["arabic", "turkmen"]
    rejected(form, "interview", "languages", ["arabic", "arabic"], "choice")
    rejected(form, "interview", "languages", ["arabic", "klingon"], "choice")
    rejected(form, "interview", "languages", "arabic")


def test_other_companion_kept_only_when_other_is_chosen(form):
    clean = ok(form, {"interview": {"place_type": "other", "place_type_other": "a tent"}})
    assert clean["interview"] == {"place_type": "other", "place_type_other": "a tent"}
    clean = ok(form, {"interview": {"languages": ["arabic", "other"],
                                    "languages_other": "Armenian"}})
    assert clean["interview"]["languages_other"] == "Armenian"

    clean, problems = validate(form, {"interview": {"place_type": "home",
                                                    "place_type_other": "a tent"}})
    assert clean["interview"] == {"place_type": "home"}
    assert [(p.path, p.code) for p in problems] == [("interview.place_type_other", "dropped")]
    assert errors_of(problems) == []  # dropping is a warning, not an error


def test_other_companion_only_for_select_fields(form):
    assert problems_of(form, {"interview": {"code_other": "x"}}) == {
        "interview.code_other": "unknown"}


def test_geopoint_ranges_and_precision(form):
    point = {"lat": 36.3406, "lon": 43.1189, "precision": "street"}
    assert value(form, "incident", "location", point) == point
    for bad in ({"lat": 90.5, "lon": 43}, {"lat": -91, "lon": 43}, {"lat": 36, "lon": 181},
                {"lat": 36, "lon": -180.5}):
        rejected(form, "incident", "location", bad, "range")
    rejected(form, "incident", "location", {"lat": 36, "lon": 43, "precision": "city"}, "choice")
    rejected(form, "incident", "location", {"lat": 36, "lon": 43, "alt": 200})
    rejected(form, "incident", "location", [36, 43])


def test_person_name_parts_and_latin(form):
    name = {"given": "أحمد", "father": "علي", "grandfather": "حسن", "family": "الجبوري",
            "kunya": "أبو علي", "latin": {"given": "Ahmad", "family": "al-Jubouri"}}
    assert value(form, "witness", "full_name", name) == name
    # Empty parts are not stored.
    assert value(form, "witness", "full_name", {"given": "أحمد", "father": ""}) == {"given": "أحمد"}
    rejected(form, "witness", "full_name", {"given": "أحمد", "nickname": "x"}, "unknown")
    rejected(form, "witness", "full_name", {"latin": {"latin": {"given": "x"}}}, "unknown")
    rejected(form, "witness", "full_name", {"given": 5})
    rejected(form, "witness", "full_name", {"given": "x" * 201})
    rejected(form, "witness", "full_name", "Ahmad")


def test_attachment_uuid(form):
    rows = [{"file": UUID.upper()}]
    clean = ok(form, {"attachments": {"attachments": rows}})
    assert clean["attachments"]["attachments"] == [{"file": UUID}]
    assert problems_of(form, {"attachments": {"attachments": [{"file": "photo.jpg"}]}}) == {
        "attachments.attachments[1].file": "type"}


def test_repeat_rows(form):
    rows = [{"outcome": "killed", "age": "٧"}, {"outcome": "injured", "injuries": "leg"}]
    clean = ok(form, {"people": {"people": rows}})
    assert clean["people"]["people"] == [{"age": 7, "outcome": "killed"},
                                         {"outcome": "injured", "injuries": "leg"}]
    assert problems_of(form, {"people": {"people": [{"outcome": "killed"}, {"age": 200}]}}) == {
        "people.people[2].age": "range"}
    assert problems_of(form, {"people": {"people": "three"}}) == {"people.people": "type"}
    assert problems_of(form, {"people": {"people": [{"nick": "x"}]}}) == {
        "people.people[1].nick": "unknown"}
    assert problems_of(form, {"people": {"people": [{}] * 501}}) == {"people.people": "range"}


def test_unknown_sections_and_fields_are_reported(form):
    assert problems_of(form, {"bogus": {"a": 1}, "interview": {"nope": 1}}) == {
        "bogus": "unknown", "interview.nope": "unknown"}
    assert problems_of(form, {"interview": ["not", "a", "dict"]}) == {"interview": "type"}
    assert problems_of(form, "answers") == {"answers": "type"}


def test_several_problems_are_all_reported(form):
    found = problems_of(form, {"witness": {"age_at_incident": 500, "sex": "x"},
                               "incident": {"date": "2017-13"}})
    assert found == {"witness.age_at_incident": "range", "witness.sex": "choice",
                     "incident.date": "type"}


# -- required and required-when ---------------------------------------------------------


def test_required_is_enforced_only_when_completing(form):
    assert ok(form, {}) == {}
    required = problems_of(form, {}, complete=True)
    for path in ("interview.code", "interview.witness_type", "consent.given", "incident.date",
                 "instructions.received", "account.narrative_original"):
        assert required.get(path) == "required", path
    assert "consent.method" not in required  # only when consent was given


def test_consent_method_required_when_consent_given(form):
    given = problems_of(form, {"consent": {"given": True}}, complete=True)
    assert given["consent.method"] == "required" and given["consent.scope"] == "required"
    # "true" is stored as true, and the condition sees it the same way.
    assert problems_of(form, {"consent": {"given": "true"}}, complete=True)[
        "consent.method"] == "required"
    refused = problems_of(form, {"consent": {"given": False}}, complete=True)
    assert "consent.method" not in refused
    assert "consent.method" not in problems_of(form, {"consent": {"given": True}})


@pytest.mark.parametrize(("age", "needed"), [
    (15, True), ("١٥", True), (17, True), (18, False), (40, False), (None, False),
])
def test_guardian_consent_required_for_minors(form, age, needed):
    answers = {"consent": {"given": True}, "witness": {}}
    if age is not None:
        answers["witness"]["age_at_incident"] = age
    found = problems_of(form, answers, complete=True)
    assert ("consent.guardian_consent" in found) is needed
    answers["consent"]["guardian_consent"] = True
    assert "consent.guardian_consent" not in problems_of(form, answers, complete=True)


def test_required_row_field(form):
    found = problems_of(form, {"people": {"people": [{"age": 3}]}}, complete=True)
    assert found["people.people[1].outcome"] == "required"
    assert "people.people[1].outcome" not in problems_of(form, {"people": {"people": [{"age": 3}]}})


# -- relevant: hidden answers are dropped -----------------------------------------------


def test_interpreter_name_dropped_without_interpreter(form):
    clean, problems = validate(form, {"interview": {"interpreter_used": False,
                                                    "interpreter_name": "Ali"}})
    assert clean == {"interview": {"interpreter_used": False}}
    assert [(p.path, p.code) for p in problems] == [("interview.interpreter_name", "dropped")]
    assert ok(form, {"interview": {"interpreter_name": "Ali"}}) == {}
    kept = ok(form, {"interview": {"interpreter_used": True, "interpreter_name": "Ali"}})
    assert kept["interview"]["interpreter_name"] == "Ali"
    # A yes typed as the string "true" is a yes for the condition as well as for storage.
    kept = ok(form, {"interview": {"interpreter_used": "true", "interpreter_name": "Ali"}})
    assert kept["interview"] == {"interpreter_used": True, "interpreter_name": "Ali"}


def test_date_of_death_kept_only_for_died_later(form):
    rows = [{"outcome": "killed", "date_of_death": "2017-03-17"},
            {"outcome": "died_later", "date_of_death": "2017-03-20"},
            {"date_of_death": "2017-03-21"}]
    clean, problems = validate(form, {"people": {"people": rows}})
    assert clean["people"]["people"] == [
        {"outcome": "killed"}, {"outcome": "died_later", "date_of_death": "2017-03-20"}]
    assert sorted(p.path for p in problems if p.code == "dropped") == [
        "people.people[1].date_of_death", "people.people[3].date_of_death"]


def test_instructions_repeat_dropped_unless_received(form):
    rows = [{"words_original": "ابقوا في بيوتكم", "channel": ["leaflet"]}]
    for received in ("no", "dont_know", None):
        answers = {"instructions": {"instructions": rows}}
        if received:
            answers["instructions"]["received"] = received
        clean, problems = validate(form, answers)
        assert "instructions" not in clean.get("instructions", {}), received
        assert [p.path for p in problems] == ["instructions.instructions"]
    clean = ok(form, {"instructions": {"received": "yes", "instructions": rows}})
    assert clean["instructions"]["instructions"] == rows


def test_hidden_fields_are_not_required(form):
    answers = {"people": {"people": [{"outcome": "killed"}]},
               "attachments": {"attachments": [{"file": UUID, "source": "handed_over"}]}}
    clean, problems = validate(form, answers, complete=True)
    assert not any(p.path.startswith(("people.", "attachments.")) for p in errors_of(problems))
    assert "source_url" not in clean["attachments"]["attachments"][0]


def test_condition_on_a_section_that_is_not_an_object(form):
    # guardian_consent's condition reads witness.age_at_incident; a broken witness section
    # is reported, never a crash.
    found = problems_of(form, {"witness": ["x"], "consent": {"given": True}}, complete=True)
    assert found["witness"] == "type"
    assert "consent.guardian_consent" not in found


def test_validate_does_not_change_its_input(form):
    answers = {"witness": {"age_at_incident": "١٧"},
               "interview": {"interpreter_used": False, "interpreter_name": "Ali"}}
    snapshot = repr(answers)
    validate(form, answers, complete=True)
    assert repr(answers) == snapshot


def test_a_wrong_choice_is_reported_without_repeating_what_was_typed(form):
    typed = "the name of my brother Ahmad"
    _, problems = validate(form, {"witness": {"sex": typed}})
    (problem,) = errors_of(problems)
    assert problem.path == "witness.sex" and problem.code == "choice"
    assert typed not in str(problem)
