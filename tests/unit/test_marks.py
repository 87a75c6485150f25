"""Sensitive-span marks follow edits; suggestions find unmarked names and phone numbers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from testimony_app.form import marks as mk


def m(start, end, kind="name"):
    return {"start": start, "end": end, "kind": kind}


# -- following edits -------------------------------------------------------------------------

def test_typing_before_a_mark_shifts_it():
    assert mk.shift([m(4, 9)], 0, 0, 3) == [m(7, 12)]


def test_typing_at_either_edge_stays_outside():
    assert mk.shift([m(4, 9)], 4, 0, 2) == [m(6, 11)]
    assert mk.shift([m(4, 9)], 9, 0, 2) == [m(4, 9)]


def test_typing_inside_grows_the_mark():
    assert mk.shift([m(4, 9)], 6, 0, 2) == [m(4, 11)]


def test_deleting_across_the_start_shrinks_it():
    assert mk.shift([m(4, 9)], 2, 4, 0) == [m(2, 5)]


def test_deleting_the_whole_span_removes_the_mark():
    assert mk.shift([m(4, 9), m(12, 14, "place")], 3, 7, 0) == [m(5, 7, "place")]


def test_replacing_the_marked_words_drops_the_mark():
    assert mk.shift([m(4, 9)], 4, 5, 6) == []


def test_edit_between_uses_the_hint_for_repeated_letters():
    # "hello" -> "helllo": the diff alone says position 4; the editor said 2.
    assert mk.edit_between("hello", "helllo") == (4, 0, 1)
    assert mk.edit_between("hello", "helllo", hint=2) == (2, 0, 1)
    assert mk.edit_between("abcdef", "abXYef") == (2, 2, 2)


def _apply(text, position, removed, added):
    return text[:position] + added + text[position + removed:]


@st.composite
def _edit_case(draw):
    text = draw(st.text(alphabet="abcمحمد ", min_size=0, max_size=30))
    n = len(text)
    cuts = sorted(draw(st.lists(st.integers(0, n), min_size=0, max_size=6, unique=True)))
    spans = [m(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    position = draw(st.integers(0, n))
    removed = draw(st.integers(0, n - position))
    added = draw(st.text(alphabet="xyz", max_size=5))
    return text, spans, position, removed, added


@given(_edit_case())
def test_marks_cover_exactly_their_surviving_characters(case):
    """Reference model: tag every character with where it came from, apply the edit, and
    the mark must run from its first surviving character to its last one."""
    text, spans, position, removed, added = case
    origin = list(range(len(text)))
    new_origin = origin[:position] + [None] * len(added) + origin[position + removed:]
    result = mk.shift(spans, position, removed, len(added))
    new_text = _apply(text, position, removed, added)
    expected = []
    for span in spans:
        kept = [i for i, o in enumerate(new_origin)
                if o is not None and span["start"] <= o < span["end"]]
        if kept:
            expected.append(m(kept[0], kept[-1] + 1, span["kind"]))
    assert result == expected
    for r in result:
        assert 0 <= r["start"] < r["end"] <= len(new_text)


@given(st.text(alphabet="ab ل", max_size=20), st.text(alphabet="ab ل", max_size=20))
def test_edit_between_reconstructs_the_new_text(old, new):
    position, removed, added = mk.edit_between(old, new)
    assert _apply(old, position, removed, new[position:position + added]) == new


# -- adding, removing, normalising -------------------------------------------------------------

def test_add_replaces_overlapping_marks():
    marks = [m(0, 5), m(8, 12, "place")]
    assert mk.add(marks, 3, 10, "phone") == [m(0, 3), m(3, 10, "phone"), m(10, 12, "place")]


def test_remove_splits_a_mark():
    assert mk.remove([m(0, 10)], 3, 5) == [m(0, 3), m(5, 10)]


def test_add_refuses_an_unknown_kind():
    with pytest.raises(ValueError):
        mk.add([], 0, 3, "secret")


def test_normalise_drops_invalid_marks_and_clamps():
    raw = [m(2, 50), {"start": 1}, m(5, 5), m(0, 1, "weird"), {"start": "x", "end": 2,
                                                               "kind": "name"}]
    assert mk.normalise(raw, 10) == [m(2, 10)]


@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20),
                          st.sampled_from(mk.KINDS)), max_size=8))
def test_added_marks_never_overlap(ops):
    marks = []
    for a, b, kind in ops:
        marks = mk.add(marks, min(a, b), max(a, b), kind)
    for first, second in zip(marks, marks[1:], strict=False):
        assert first["end"] <= second["start"]


# -- suggestions -------------------------------------------------------------------------------

def test_names_match_whatever_the_spelling():
    text = "قال أَحمد إن فاطمه كانت في البيت مع احمديه"
    found = mk.suggestions(text, ["أحمد", "فاطمة"], [])
    assert [text[s["start"]:s["end"]] for s in found] == ["أَحمد", "فاطمه"]
    assert {s["kind"] for s in found} == {"name"}


def test_arabic_names_after_a_joined_conjunction_are_found():
    text = "جاء علي وعلي وفاطمة، وعليه دين"
    found = mk.suggestions(text, ["علي", "فاطمة"], [])
    assert [(text[s["start"]:s["end"]], s["start"]) for s in found] == [
        ("علي", 4), ("علي", 9), ("فاطمة", 14)]


def test_the_preposition_on_is_not_the_name_ali():
    text = "سقطت القنبلة على البيت وعلى علي"
    found = mk.suggestions(text, ["علي"], [])
    assert [text[s["start"]:s["end"]] for s in found] == ["علي"]
    assert found[0]["start"] == len(text) - 3


def test_latin_names_match_case_insensitively_as_whole_words():
    text = "Omar said OMAR's brother Omari left"
    found = mk.suggestions(text, ["omar"], [])
    assert [(s["start"], s["end"]) for s in found] == [(0, 4), (10, 14)]


def test_phone_numbers_match_across_digit_scripts_and_separators():
    text = "اتصل على ٠٧٧٠ ١٢٣ ٤٥٦٧ أو 0770-123-4567 وليس 077012345678"
    found = mk.suggestions(text, ["07701234567"], [])
    assert [text[s["start"]:s["end"]] for s in found] == ["٠٧٧٠ ١٢٣ ٤٥٦٧", "0770-123-4567"]
    assert {s["kind"] for s in found} == {"phone"}


def test_marked_occurrences_are_not_suggested():
    text = "Ali met Ali"
    assert [s["start"] for s in mk.suggestions(text, ["Ali"], [m(0, 3)])] == [8]


def test_longer_names_win_and_short_terms_are_ignored():
    text = "Abu Ali came"
    found = mk.suggestions(text, ["Ali", "Abu Ali", "A"], [])
    assert [(s["start"], s["end"]) for s in found] == [(0, 7)]


def test_suggestion_terms_come_from_names_and_phones(form):
    answers = {
        "witness": {"full_name": {"given": "زينب", "family": "الطائي",
                                  "latin": {"given": "Zainab"}}, "phone": "0770 123 4567"},
        "people": {"people": [{"name": {"given": "علي"}}, {"name": {"given": "زينب"}}]},
    }
    assert mk.suggestion_terms(form, answers) == [
        "زينب", "الطائي", "Zainab", "0770 123 4567", "علي"]
