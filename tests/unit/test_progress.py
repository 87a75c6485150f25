"""What counts as the user's own answers when judging a section's state: generated values
(interview code, pseudonym, person references, checksums) do not."""

from __future__ import annotations

from testimony_app.form.progress import user_answers


def test_generated_values_alone_are_no_answers(form):
    answers = {"interview": {"code": "MOS-0042", "timezone": "Asia/Baghdad"},
               "witness": {"pseudonym": "Witness A"},
               "people": {"people": [{"ref": "P1"}, {"ref": "P2", "outcome": "killed"}]},
               "attachments": {"attachments": [{"sha256": "ab" * 32}]}}
    assert user_answers(form, answers) == {
        "interview": {"timezone": "Asia/Baghdad"},
        "people": {"people": [{"outcome": "killed"}]},
    }


def test_it_never_changes_what_it_is_given(form):
    answers = {"witness": {"pseudonym": "Witness A", "sex": "female"}}
    assert user_answers(form, answers) == {"witness": {"sex": "female"}}
    assert answers == {"witness": {"pseudonym": "Witness A", "sex": "female"}}


def test_malformed_answers_give_nothing_rather_than_fail(form):
    assert user_answers(form, None) == {}
    assert user_answers(form, {"witness": "x", "people": {"people": ["not a row"]}}) == {
        "people": {"people": ["not a row"]}}
