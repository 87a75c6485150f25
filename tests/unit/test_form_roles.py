"""Questionnaire roles: the loader refuses a role used wrongly with a sentence naming the
field; lookups by role resolve inside repeats by row; a feature whose role is missing says
which role it needs; redaction as data keeps the answers' shape and speaks no language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from second_questionnaire import FOLDER, case_doc, casework

from testimony_app.form import FormError, MissingRole, current_form, load_form
from testimony_app.reports import redact, redact_answers

__all__ = ["casework"]  # the fixture, used by name
SOURCE = (FOLDER / "casework-v1.toml").read_text("utf-8")


def changed(tmp_path: Path, old: str, new: str) -> Path:
    assert old in SOURCE, old
    path = tmp_path / "casework-v1.toml"
    path.write_text(SOURCE.replace(old, new, 1), "utf-8")
    return path


def refused(path: Path) -> str:
    with pytest.raises(FormError) as info:
        load_form(path)
    return str(info.value)


def test_a_unique_role_given_twice_is_refused(tmp_path):
    path = changed(tmp_path, 'role = "incident_ref"', 'role = "record_code"')
    assert refused(path) == ("casework-v1.toml: case.event_ref: the role 'record_code' is "
                             "already given to case.case_number; only one field may have it")


def test_a_role_on_a_field_of_the_wrong_type_is_refused(tmp_path):
    path = changed(tmp_path, 'role = "witness_phone"', 'role = "witness_birth_year"')
    assert "person.mobile: the role 'witness_birth_year' needs a field of type integer, " \
           "not text" in refused(path)


def test_a_row_role_outside_its_repeat_and_an_unknown_role_are_refused(tmp_path):
    path = changed(tmp_path, 'role = "witness_sex"', 'role = "person_sex"')
    assert "person.gender: the role 'person_sex' belongs to a field inside the repeat " \
           "with the role 'people'" in refused(path)
    path = changed(tmp_path, 'role = "witness_sex"', 'role = "witness_gender"')
    assert "person.gender: unknown role 'witness_gender'" in refused(path)


def test_role_values_with_a_meaning_are_checked(tmp_path):
    path = changed(tmp_path, 'value = "died_later"', 'value = "later"')
    assert "family.members.fate: the role 'person_outcome' needs the choice values " \
           "died_later" in refused(path)
    path = changed(tmp_path, 'value = "internal_only"', 'value = "office_only"')
    assert "not office_only" in refused(path)


def test_a_label_in_a_language_the_title_does_not_carry_is_refused(tmp_path):
    path = changed(tmp_path, 'label = { en = "Case", ', 'label = { en = "Case", fa = "x", ')
    assert "case.label: unknown language(s) ['fa']" in refused(path)


def test_languages_come_from_the_questionnaire(tmp_path):
    source = SOURCE.replace('title = { en = "Case file", ', 'title = { en = "Case file", fa = '
                            '"پرونده", ', 1)
    path = tmp_path / "casework-v1.toml"
    path.write_text(source, "utf-8")
    form = load_form(path)
    assert form.languages == ("en", "ar", "ckb", "fa")
    assert form.title.get("fa") == "پرونده" and form.section("case").label.get("fa") == "Case"


def test_lookups_by_role(casework):
    answers = case_doc()["answers"]
    assert casework.path_of("person_outcome") == "family.members.fate"
    assert casework.value(answers, "record_code") is None  # not generated yet
    assert casework.value(answers, "incident_date") == "2017-03-17"
    rows = casework.rows(answers, "people")
    assert [casework.value(answers, "person_outcome", row) for row in rows] == [
        "killed", "unhurt"]
    assert [r.field.name for r in casework.fields_with("instruction_words")] == ["said"]
    assert current_form().path_of("person_outcome") == "people.people.outcome"


def test_a_statement_names_the_role_it_needs(tmp_path):
    form = load_form(changed(tmp_path, 'role = "incident_date"\n', ''))
    assert form.role("incident_date") is None
    with pytest.raises(MissingRole) as info:
        redact(form, {"answers": case_doc()["answers"]}, "internal")
    assert str(info.value) == ("Questionnaire 'casework' version 1 has no field with the role "
                               "'incident_date'; a statement needs it.")
    assert info.value.message.code == "form.missing_role_statement"  # a coded message


def test_redacted_answers_keep_the_shape_and_hold_no_words(casework):
    answers = case_doc()["answers"]
    answers["case"]["case_number"] = "MOS-0001"
    answers["person"]["alias"] = "Witness A"
    shown = redact_answers(casework, answers, "public-anonymous")
    assert set(shown) <= set(answers)
    for name, group in shown.items():
        assert set(group) <= set(answers[name]), name
    assert shown["person"] == {"alias": "Witness A", "gender": "female",
                               "born": {"public_as": "age_band", "value": "adult"}}
    assert shown["case"] == {"case_number": "MOS-0001", "event_ref": "EV-7"}
    assert "spot" not in shown["event"] and shown["event"]["area"] == "old_town"
    brother, daughter = shown["family"]["members"]
    assert brother["who"] == {"public_as": "role", "value": "brother"}
    assert brother["years"] == {"public_as": "age_band", "value": "adult"}
    assert daughter["years"] == {"public_as": "age_band", "value": "child"}
    said = shown["warnings"]["warnings"][0]["said"]
    assert said == {"redacted": ["Leave by Friday. Questions to ", {"withheld": "phone"}, "."]}
    english = shown["story"]["english"]["redacted"]
    assert {"withheld": "name"} in english
    text = json.dumps(shown, ensure_ascii=False)
    for withheld in ("سلمى", "العبيدي", "يوسف", "Yousef", "Huda", "07701234567", "1980"):
        assert withheld not in text, withheld
    assert "withheld]" not in text  # markers, not a language's placeholder words
    # Internal keeps everything.
    assert redact_answers(casework, answers, "internal") == answers


def test_a_repeat_the_level_does_not_show_is_left_out_whole(form, sample_doc):
    answers = dict(sample_doc["answers"])
    answers["attachments"] = {"attachments": [{"original_name": "street.jpg"}] * 2}
    shown = redact_answers(form, answers, "public-anonymous")
    assert shown["attachments"] == {}  # internal: not even how many files there are
    assert len(shown["people"]["people"]) == len(answers["people"]["people"])  # public
    assert redact_answers(form, answers, "internal")["attachments"] == answers["attachments"]


def test_a_second_file_with_an_installed_id_and_version_is_refused(tmp_path, monkeypatch):
    from testimony_app.form import installed_forms
    from testimony_app.form.loader import FORMS_ENV

    (tmp_path / "copy.toml").write_text(SOURCE, "utf-8")
    (tmp_path / "again.toml").write_text(SOURCE, "utf-8")
    monkeypatch.setenv(FORMS_ENV, str(tmp_path))
    installed_forms.cache_clear()
    try:
        with pytest.raises(FormError, match="casework version 1 is already installed"):
            installed_forms()
    finally:
        monkeypatch.delenv(FORMS_ENV)
        installed_forms.cache_clear()
    assert ("casework", 1) not in installed_forms()
