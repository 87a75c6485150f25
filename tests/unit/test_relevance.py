"""Which fields the editor hides: the same conditions the validator uses to drop answers."""

from __future__ import annotations

from testimony_app.form import validate
from testimony_app.form.relevance import hidden_paths


def test_section_field_hidden_until_its_condition_holds(form):
    assert "interview.interpreter_name" in hidden_paths(form, {})
    shown = hidden_paths(form, {"interview": {"interpreter_used": True}})
    assert "interview.interpreter_name" not in shown
    # As typed in the editor ("true" string) it counts the same as stored.
    assert "interview.interpreter_name" not in hidden_paths(
        form, {"interview": {"interpreter_used": "true"}})


def test_repeat_rows_each_have_their_own_relevance(form):
    answers = {"people": {"people": [{"outcome": "killed"}, {"outcome": "injured"}, {}]}}
    hidden = hidden_paths(form, answers)
    assert "people.people[1].injuries" in hidden
    assert "people.people[1].body_recovered" not in hidden
    assert "people.people[2].injuries" not in hidden
    assert "people.people[2].body_recovered" in hidden
    assert "people.people[3].date_of_death" in hidden


def test_a_hidden_repeat_and_the_validator_agree(form):
    answers = {"instructions": {"received": "no",
                                "instructions": [{"words_original": "ابقوا في بيوتكم"}]}}
    assert "instructions.instructions" in hidden_paths(form, answers)
    clean, problems = validate(form, answers)
    assert "instructions" not in clean["instructions"]
    assert [p.code for p in problems] == ["dropped"]


def test_condition_on_a_chosen_value(form):
    assert "consent.withdrawn_at" in hidden_paths(form, {"consent": {"scope": "internal_only"}})
    assert "consent.withdrawn_at" not in hidden_paths(form, {"consent": {"scope": "withdrawn"}})


def test_nonsense_answers_hide_by_the_rules_without_crashing(form):
    assert hidden_paths(form, None) == set()
    assert "interview.interpreter_name" in hidden_paths(form, {"interview": "x",
                                                               "people": {"people": "x"}})
