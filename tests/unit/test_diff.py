"""What changed between two revisions' answers, labelled from the questionnaire."""

from __future__ import annotations

import copy
import random

from testimony_app.demo import demo_record
from testimony_app.form.diff import diff_answers


def _answers():
    return copy.deepcopy(demo_record(2, random.Random(3))["answers"])


def test_identical_answers_have_no_changes(form):
    answers = _answers()
    assert diff_answers(form, answers, copy.deepcopy(answers)) == []


def test_a_changed_field_is_labelled_with_old_and_new_values(form):
    old = _answers()
    new = copy.deepcopy(old)
    new["incident"]["date"] = "2017-03-18"
    new["interview"]["witness_type"] = "eyewitness"
    changes = diff_answers(form, old, new)
    assert [(c.kind, c.path, c.section, c.label, c.old, c.new) for c in changes] == [
        ("changed", "interview.witness_type", "A. Interview",
         form.section("interview").field("witness_type").label.en, "Survivor", "Eyewitness"),
        ("changed", "incident.date", "D. Incident",
         form.section("incident").field("date").label.en, old["incident"]["date"],
         "2017-03-18"),
    ]


def test_labels_and_values_follow_the_language(form):
    old = _answers()
    new = copy.deepcopy(old)
    new["interview"]["witness_type"] = "eyewitness"
    (change,) = diff_answers(form, old, new, "ar")
    assert change.section.startswith("A. ") and "مقابلة" in change.section
    assert (change.old, change.new) == ("من الناجين", "شاهد عيان")


def test_added_and_cleared_fields(form):
    old = _answers()
    new = copy.deepcopy(old)
    new["witness"]["occupation"] = "Teacher"
    del old["interview"]["incident_ref"]
    changes = {c.path: (c.old, c.new) for c in diff_answers(form, old, new)}
    assert changes == {"interview.incident_ref": ("", new["interview"]["incident_ref"]),
                       "witness.occupation": ("", "Teacher")}


def test_other_text_counts_as_part_of_the_choice(form):
    old = {"interview": {"place_type": "other", "place_type_other": "A school"}}
    new = {"interview": {"place_type": "other", "place_type_other": "A mosque"}}
    (change,) = diff_answers(form, old, new)
    assert (change.old, change.new) == ("Other: A school", "Other: A mosque")


def test_person_name_changes_show_the_whole_name(form):
    old = {"witness": {"full_name": {"given": "زينب", "family": "الطائي"}}}
    new = {"witness": {"full_name": {"given": "زينب", "family": "الطائي",
                                     "latin": {"given": "Zainab"}}}}
    (change,) = diff_answers(form, old, new)
    assert (change.old, change.new) == ("زينب الطائي", "زينب الطائي — Zainab")


def _people(*rows):
    return {"people": {"people": [dict(r) for r in rows]}}


A = {"ref": "P1", "name": {"given": "علي"}, "outcome": "killed"}
B = {"ref": "P2", "name": {"given": "هدى"}, "outcome": "injured"}
C = {"ref": "P3", "name": {"given": "عمر"}, "outcome": "unhurt"}


def test_rows_only_moved_are_not_changes(form):
    assert diff_answers(form, _people(A, B, C), _people(C, A, B)) == []


def test_rows_added_removed_and_changed(form):
    b_missing = dict(B, outcome="missing")
    changes = diff_answers(form, _people(A, B), _people(b_missing, C))
    summary = [(c.kind, c.path, c.label, c.old, c.new) for c in changes]
    outcome = form.section("people").field("people").fields
    outcome_label = next(f for f in outcome if f.name == "outcome").label.en
    people_label = form.section("people").field("people").label.en
    assert summary[0] == ("changed", "people.people[1].outcome",
                          f"{people_label} 1 (هدى) — {outcome_label}", "Injured", "Missing")
    assert [s[:2] for s in summary[1:]] == [("row_added", "people.people[2]"),
                                            ("row_removed", "people.people[1]")]
    assert "عمر" in summary[1][2] and "Unhurt" in summary[1][4]
    assert "علي" in summary[2][2] and "Killed" in summary[2][3]


def test_rows_without_a_key_pair_by_position(form):
    old = {"instructions": {"received": "yes", "instructions": [
        {"words_original": "ابقوا في بيوتكم"}, {"words_original": "لا تخرجوا"}]}}
    new = copy.deepcopy(old)
    new["instructions"]["instructions"][1]["words_original"] = "لا تخرجوا أبداً"
    (change,) = diff_answers(form, old, new)
    assert change.path == "instructions.instructions[2].words_original"
    assert (change.old, change.new) == ("لا تخرجوا", "لا تخرجوا أبداً")


def test_an_added_attachment_row_is_named_by_its_file_not_its_ids(form):
    row = {"file": "0b9c2f9e-1111-4222-8333-444455556666", "kind": "photo",
           "original_name": "street.png", "sha256": "ab" * 32}
    (change,) = diff_answers(form, {}, {"attachments": {"attachments": [row]}}, "ar")
    assert change.kind == "row_added" and change.label.endswith("1 (street.png)")
    assert "0b9c2f9e" not in change.new and "abab" not in change.new
    assert "؛ " in change.new and "street.png" in change.new
