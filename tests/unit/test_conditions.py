"""The condition language of `required` and `relevant`: parsing and evaluation.

Conditions come from questionnaire files, so they must be parsed by our own grammar and
never handed to Python's eval: a malicious string must be a parse error, not code.
"""

from __future__ import annotations

import pytest

from testimony_app.form import ConditionError, parse_condition


def holds(source: str, **answers) -> bool:
    """Evaluate `source` against answers given as keyword arguments (missing = unanswered)."""
    return parse_condition(source).holds(lambda name: answers.get(name.replace(".", "__")))


@pytest.mark.parametrize(("source", "answers", "expected"), [
    ("received == 'yes'", {"received": "yes"}, True),
    ("received == 'yes'", {"received": "no"}, False),
    ("received != 'yes'", {"received": "no"}, True),
    ("received != 'yes'", {"received": "yes"}, False),
    ("age < 18", {"age": 17}, True),
    ("age < 18", {"age": 18}, False),
    ("age > 18", {"age": 19}, True),
    ("age > 18", {"age": 18}, False),
    ("weight > 2.5", {"weight": 2.75}, True),
    ("given == true", {"given": True}, True),
    ("given == true", {"given": False}, False),
    ("given == false", {"given": False}, True),
    ("outcome in ['killed', 'died_later']", {"outcome": "died_later"}, True),
    ("outcome in ['killed', 'died_later']", {"outcome": "injured"}, False),
    ("'audio' in recording_method", {"recording_method": ["notes", "audio"]}, True),
    ("'audio' in recording_method", {"recording_method": ["notes"]}, False),
    ("'audio' in recording_method", {}, False),
    ("name == 'it\\'s'", {"name": "it's"}, True),
    ("witness.age_at_incident < 18", {"witness__age_at_incident": 15}, True),
    ("interpreter_used", {"interpreter_used": True}, True),
    ("interpreter_used", {"interpreter_used": False}, False),
    ("interpreter_used", {}, False),
])
def test_operators(source, answers, expected):
    assert holds(source, **answers) is expected


def test_and_binds_tighter_than_or():
    # a or (b and c): with a true the whole holds even though b and c are false.
    source = "a == 1 or b == 1 and c == 1"
    assert holds(source, a=1, b=0, c=0) is True
    assert holds(source, a=0, b=1, c=0) is False
    assert holds(source, a=0, b=1, c=1) is True


def test_parentheses_override_precedence():
    source = "(a == 1 or b == 1) and c == 1"
    assert holds(source, a=1, b=0, c=0) is False
    assert holds(source, a=1, b=0, c=1) is True
    assert holds("a == 1 and (b == 1 or c == 1)", a=1, b=0, c=1) is True
    assert holds("((a == 1))", a=1) is True


def test_unanswered_compares_equal_to_empty_string():
    assert holds("x == ''") is True
    assert holds("x != ''") is False
    assert holds("x == ''", x="answered") is False
    assert holds("x != 'yes'") is True
    assert holds("x == true") is False


def test_unanswered_makes_less_and_greater_false():
    assert holds("age < 18") is False
    assert holds("age > 18") is False
    assert holds("age < 18 and age != ''") is False
    assert holds("age < 18", age="") is False


def test_non_numeric_text_makes_less_and_greater_false():
    assert holds("age < 18", age="about ten") is False
    assert holds("age > 1", age=True) is False


@pytest.mark.parametrize("digits", ["١٧", "۱۷", " 17 "])
def test_eastern_arabic_and_persian_digit_strings_compare_numerically(digits):
    assert holds("age < 18", age=digits) is True
    assert holds("age > 16", age=digits) is True
    assert holds("age > 17", age=digits) is False
    assert holds("age == 17", age=digits) is True
    assert holds("age != 17", age=digits) is False


def test_yes_no_answers_are_not_numbers():
    assert holds("flag == 1", flag=True) is False
    assert holds("flag != 0", flag=False) is True


def test_names_lists_every_field_a_condition_reads():
    cond = parse_condition("(a == 1 or witness.age < 18) and 'x' in b and c in ['p', 'q']")
    assert cond.names() == {"a", "witness.age", "b", "c"}
    assert cond.source.startswith("(a == 1")


@pytest.mark.parametrize("source", [
    "",
    "   ",
    "a = 'x'",                 # assignment, not comparison
    "a == 'x' and",            # ends too early
    "and a == 'x'",
    "a == b == c",
    "(a == 1",
    "a == 1)",
    "a == \"x\"",              # only single-quoted strings
    "a in [1 2]",              # a missing comma is a typo, not a two-item list
    "a in [1, 2",
    "true",                    # a literal is not a condition
    "a.b.c == 1",
    "a == 'unterminated",
    "a => 3",
    "not a",
    "a == 1 ; b == 2",
])
def test_malformed_conditions_raise_condition_error(source):
    with pytest.raises(ConditionError):
        parse_condition(source)


@pytest.mark.parametrize("source", [
    "__import__('os')",
    "__import__('os').system('touch /tmp/pwned')",
    "os.system('ls')",
    "open('/etc/passwd')",
    "lambda: 1",
    "a if b else c",
    "[x for x in y]",
    "eval('1')",
])
def test_python_code_is_rejected_not_run(source, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConditionError):
        parse_condition(source)
    assert list(tmp_path.iterdir()) == []


def test_condition_error_is_a_value_error_with_a_position():
    with pytest.raises(ValueError, match="position"):
        parse_condition("a == 'x' && b == 'y'")


def test_parse_rejects_non_strings():
    with pytest.raises(ConditionError):
        parse_condition(None)  # type: ignore[arg-type]
    with pytest.raises(ConditionError):
        parse_condition(5)  # type: ignore[arg-type]
