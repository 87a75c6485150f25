"""Cross-field rules: the condition language's extensions (comparisons between fields,
arithmetic, count(), year(), today(), `.` and `${name}`), constraints in questionnaire files
(refused at load time when they name what does not exist), and the built-in rules a record
must pass to be complete. Drafts never enforce them; an import judges history without them.

Constraints come from questionnaire files, so the hostile cases matter: a condition is
parsed by our own grammar and never reaches Python's eval, however it is nested.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_form_loading import VALID, write

from testimony_app.form import ConditionError, FormError, load_form, parse_condition, validate
from testimony_app.form.conditions import date_span

TODAY = dt.date(2026, 12, 4)


def holds(source: str, **answers) -> bool:
    return parse_condition(source).holds(
        lambda name: answers.get({".": "this"}.get(name, name).replace(".", "__")), TODAY)


# -- the language --------------------------------------------------------------------------


@pytest.mark.parametrize(("source", "answers", "expected"), [
    ("low <= high", {"low": 20, "high": 35}, True),
    ("low <= high", {"low": 35, "high": 35}, True),
    ("low <= high", {"low": 35, "high": 20}, False),
    ("low <= high", {"low": "٣٥", "high": "20"}, False),  # typed digits compare as numbers
    ("high >= low", {"low": 35, "high": 20}, False),
    ("${low} <= ${high}", {"low": 20, "high": 35}, True),  # as XLSForm writes names
    (". >= low", {"this": 20, "low": 35}, False),
    (". >= low", {"this": 40, "low": 35}, True),
    ("a + b == 5", {"a": 2, "b": 3}, True),
    ("a - b - 1 == 0", {"a": 4, "b": 3}, True),  # left to right: (4 - 3) - 1
    ("a > -1", {"a": 0}, True),
    ("count(rows) > 0", {"rows": [{"x": 1}]}, True),
    ("count(rows) > 0", {"rows": [{}, {"x": ""}]}, False),  # rows with nothing in them
    ("count(rows) == 0", {}, True),
    ("year(d) == 2017", {"d": "2017-03-17"}, True),
    ("year(d) == 2017", {"d": "2017"}, True),
    ("year(d) == ''", {}, True),
])
def test_extended_operators(source, answers, expected):
    assert holds(source, **answers) is expected


def test_unanswered_makes_the_new_comparisons_and_arithmetic_false():
    assert holds("low <= high", low=3) is False
    assert holds("low >= high", high=3) is False
    assert holds("a + 1 > 0") is False
    assert holds("high == '' or low <= high", low=35) is True  # the guard rules use


@pytest.mark.parametrize(("a", "b", "before", "after"), [
    ("2017-03-16", "2017-03-17", True, False),
    ("2017-03-17", "2017-03-17", True, True),
    ("2017-03", "2017-03-17", True, True),  # March may be before or after the 17th
    ("2017", "2016-12-31", False, True),
    ("2017-03-20T10:30+03:00", "2017-03-20", True, True),
])
def test_dates_compare_by_the_days_they_may_mean(a, b, before, after):
    assert holds("a <= b", a=date_span(a), b=date_span(b)) is before
    assert holds("a >= b", a=date_span(a), b=date_span(b)) is after


def test_today_is_the_given_day_not_a_guess():
    assert holds(". <= today()", this=date_span("2026-12-04")) is True
    assert holds(". <= today()", this=date_span("2026-12-05")) is False
    assert holds(". <= today()", this=date_span("2026-12")) is True  # may be this month
    assert holds(". <= today()", this=date_span("2027")) is False


@pytest.mark.parametrize("text", ["2017-02-30", "2017-13", "17-03-2017", "soon", ""])
def test_what_is_not_a_date_is_no_span(text):
    assert date_span(text) is None


def test_names_counted_and_dated_are_reported_for_the_loader():
    cond = parse_condition("count(rows) > 0 and year(incident.date) - birth_year > . ")
    assert cond.names() == {"rows", "incident.date", "birth_year", "."}
    assert cond.counted() == {"rows"}
    assert cond.dated() == {"incident.date"}


@pytest.mark.parametrize("source", [
    "a <== b", "a =< b", "a + == b", "count() > 0", "count('x') > 0", "count(rows, x) > 0",
    "today(x) > 0", "year(1) > 0", "max(a, b) > 0", "a - - b > 0", "a - b", "${a",
    "${a.b.c} == 1", "$a == 1", ". . == 1", "count(and) > 0",
])
def test_malformed_extensions_raise_condition_error(source):
    with pytest.raises(ConditionError):
        parse_condition(source)


@pytest.mark.parametrize("source", [
    "__import__('os').system('touch pwned') == 0",
    "${__import__('os')} == 1",
    "count(__import__('os')) > 0",
    "year(open('x')) > 0",
    "getattr(a, 'b') == 1",
    "exec('x') == 1",
])
def test_hostile_conditions_are_parse_errors_and_run_nothing(source, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConditionError):
        parse_condition(source)
    assert list(tmp_path.iterdir()) == []


def test_deep_nesting_is_refused_not_a_recursion_error():
    parse_condition("(" * 20 + "a == 1" + ")" * 20)
    for depth in (30, 5_000, 100_000):
        with pytest.raises(ConditionError, match="nested|longer"):
            parse_condition("(" * depth + "a == 1" + ")" * depth)


def test_a_long_chain_is_bounded_by_length():
    with pytest.raises(ConditionError, match="longer"):
        parse_condition(" + ".join(["a"] * 2_000) + " > 0")
    assert holds(" + ".join(["a"] * 100) + " == 100", a=1)


# -- questionnaire files -------------------------------------------------------------------

RULE = '''
[[sections.fields]]
name = "low"
type = "integer"
label = { en = "Low" }

[[sections.fields]]
name = "high"
type = "integer"
label = { en = "High" }
constraint = "low == '' or . >= low"
constraint_message = { en = "below low", ar = "أقل", ckb = "کەمترە" }
'''


def with_rule(tmp_path, rule: str = RULE):
    marker = '[[sections.fields]]\nname = "rows"'
    assert marker in VALID
    return write(tmp_path, VALID.replace(marker, rule.strip() + "\n\n" + marker, 1))


def test_a_constraint_loads_with_its_message(tmp_path):
    form = load_form(with_rule(tmp_path))
    high = form.section("first").field("high")
    assert high.constraint.source == "low == '' or . >= low"
    assert high.constraint_message.get("ar") == "أقل"
    assert ("first.high:constraint_message", high.constraint_message) in list(form.texts())


@pytest.mark.parametrize(("old", "new", "reason"), [
    (". >= low", ". >= lowest", "unknown field 'lowest'"),
    (". >= low", ". >= nowhere.low", "unknown field 'nowhere.low'"),
    (". >= low", ". >= low.__class__", "unknown field 'low.__class__'"),  # a name, no more
    (". >= low", "count(low) > 0", "count\\(\\) needs a repeat"),
    (". >= low", "year(low) > 0", "year\\(\\) needs a date"),
    (". >= low", ". >= (low", "constraint condition"),
    ('constraint_message = { en = "below low", ar = "أقل", ckb = "کەمترە" }\n', "",
     "constraint_message"),
])
def test_a_broken_constraint_is_refused_naming_file_and_field(tmp_path, old, new, reason):
    path = with_rule(tmp_path, RULE.replace(old, new, 1))
    with pytest.raises(FormError, match=reason) as caught:
        load_form(path)
    assert caught.value.source == "mini.toml" and "first.high" in caught.value.where


def test_only_a_constraint_may_name_this_field(tmp_path):
    path = write(tmp_path, VALID.replace("relevant = \"answer == 'yes'\"",
                                         "relevant = \". == 'yes'\"", 1))
    with pytest.raises(FormError, match="only a constraint may name '.'") as caught:
        load_form(path)
    assert caught.value.where == "first.detail"


def test_a_message_without_a_constraint_is_refused(tmp_path):
    path = with_rule(tmp_path, RULE.replace('constraint = "low == \'\' or . >= low"\n', ""))
    with pytest.raises(FormError, match="needs a constraint"):
        load_form(path)


# -- the built-in rules --------------------------------------------------------------------


def broken(form, answers, **kw) -> dict[str, str]:
    _, problems = validate(form, answers, complete=True, today=TODAY, **kw)
    return {p.path: p.message for p in problems if p.code == "constraint"}


def test_estimates_lowest_above_highest_is_not_complete(form):
    found = broken(form, {"incident": {"sheltering_min": 35, "sheltering_max": "20"}})
    assert found == {"incident.sheltering_max":
                     "The highest estimate cannot be lower than the lowest estimate."}
    assert broken(form, {"incident": {"sheltering_min": 20, "sheltering_max": 35}}) == {}
    assert broken(form, {"incident": {"sheltering_min": 35, "sheltering_max": "٣٥"}}) == {}
    assert broken(form, {"incident": {"sheltering_max": 20}}) == {}  # one of the pair


def test_instructions_received_needs_a_row(form):
    assert "instructions.received" in broken(form, {"instructions": {"received": "yes"}})
    assert "instructions.received" in broken(
        form, {"instructions": {"received": "yes", "instructions": [{}]}})
    assert broken(form, {"instructions": {"received": "yes",
                                          "instructions": [{"frequency": "once"}]}}) == {}
    assert broken(form, {"instructions": {"received": "no"}}) == {}
    assert broken(form, {"instructions": {"received": "dont_know"}}) == {}


@pytest.mark.parametrize("path", [
    ("incident", None, "date"), ("attachments", "attachments", "collected_at"),
    ("people", "people", "date_of_death"), ("instructions", "instructions", "first_received"),
])
def test_dates_in_the_future_are_not_complete(form, path):
    section, repeat, name = path
    answers: dict = {}
    for day, bad in (("2026-12-05", True), ("2026-12-04", False), ("2026-12", False)):
        if repeat:
            row = {name: day}
            if name == "date_of_death":
                row["outcome"] = "died_later"
            answers = {section: {repeat: [row]}}
            where = f"{section}.{repeat}[1].{name}"
        else:
            answers = {section: {name: day}}
            where = f"{section}.{name}"
        if section == "instructions":
            answers[section]["received"] = "yes"
        assert (where in broken(form, answers)) is bad, (where, day)


def test_future_start_and_end_of_the_interview(form):
    assert "interview.start" in broken(form, {"interview": {"start": "2027-01-01T10:00+03:00"}})
    found = broken(form, {"interview": {"start": "2026-03-20T10:00+03:00",
                                        "end": "2026-03-19T11:00+03:00"}})
    assert list(found) == ["interview.end"]


def test_dates_out_of_order_with_the_incident(form):
    incident = {"date": "2017-03-17"}
    died = {"outcome": "died_later", "date_of_death": "2017-03-10"}
    assert "people.people[1].date_of_death" in broken(
        form, {"incident": incident, "people": {"people": [died]}})
    died["date_of_death"] = "2017-03"  # may be after the 17th: not wrong
    assert broken(form, {"incident": incident, "people": {"people": [died]}}) == {}
    late = {"received": "yes", "instructions": [{"first_received": "2017-04"}]}
    assert "instructions.instructions[1].first_received" in broken(
        form, {"incident": incident, "instructions": late})


@pytest.mark.parametrize(("birth", "age", "approximate", "bad"), [
    (1980, 36, None, False), (1980, 37, None, False), (1980, 35, None, True),
    (1980, 30, None, True), (1980, 30, True, False), (1980, 38, False, True),
    ("١٩٨٠", "٣٧", None, False),
])
def test_age_against_year_of_birth(form, birth, age, approximate, bad):
    witness = {"birth_year": birth, "age_at_incident": age}
    if approximate is not None:
        witness["age_approximate"] = approximate
    found = broken(form, {"witness": witness, "incident": {"date": "2017-03-17"}})
    assert ("witness.age_at_incident" in found) is bad
    # Without the incident's date there is nothing to compare with.
    assert broken(form, {"witness": witness}) == {}


def test_year_of_birth_after_the_incident(form):
    found = broken(form, {"witness": {"birth_year": 2018}, "incident": {"date": "2017"}})
    assert "witness.birth_year" in found


@pytest.mark.parametrize(("band", "age", "bad"), [
    ("adult", 5, True), ("child", 5, False), ("infant", 0, False), ("infant", 1, True),
    ("adolescent", 17, False), ("adult", 18, False), ("older", 59, True),
    ("older", 60, False), ("unknown", 40, False), ("adult", None, False),
])
def test_age_group_against_age(form, band, age, bad):
    row = {"outcome": "killed", "age_band": band}
    if age is not None:
        row["age"] = age
    assert ("people.people[1].age_band" in broken(form, {"people": {"people": [row]}})) is bad


def test_consent_refused_is_not_complete(form):
    assert "consent.given" in broken(form, {"consent": {"given": False}})
    assert "consent.given" not in broken(form, {"consent": {"given": True}})


def test_a_draft_never_enforces_constraints_and_keeps_both_values(form):
    answers = {"incident": {"sheltering_min": 35, "sheltering_max": 20},
               "instructions": {"received": "yes"}}
    clean, problems = validate(form, answers, today=TODAY)
    assert problems == []
    assert clean["incident"] == {"sheltering_min": 35, "sheltering_max": 20}


def test_constraints_can_be_left_out_for_history_written_elsewhere(form):
    answers = {"incident": {"sheltering_min": 35, "sheltering_max": 20}}
    assert broken(form, answers, constraints=False) == {}


def test_a_broken_constraint_carries_its_message_in_every_language(form):
    _, problems = validate(form, {"incident": {"sheltering_min": 35, "sheltering_max": 20}},
                           complete=True, today=TODAY)
    (p,) = [p for p in problems if p.code == "constraint"]
    assert p.is_error
    assert p.text.get("ar") == "لا يمكن أن يكون أعلى تقدير أقل من أدنى تقدير."
    assert p.text.get("ckb").startswith("زۆرترین خەمڵاندن")
