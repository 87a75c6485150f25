"""Redaction as pure functions: the view of a record at each level holds nothing the
level withholds, and the witness's consent caps the level."""

from __future__ import annotations

import ast
import copy
from pathlib import Path

import pytest
from statement_records import canary_record, hidden_canaries, internal_canaries

from testimony_app.reports import (
    LEVELS,
    ConsentRefused,
    ReportError,
    allowed_levels,
    check_consent,
    parse_level,
    redact,
)
from testimony_app.reports.spans import PLACEHOLDERS

LANGS = ("en", "ar", "ckb")


@pytest.fixture(scope="module")
def record():
    from testimony_app.form import current_form

    return canary_record(current_form())


def _text(view) -> str:
    return "\n".join(view.texts())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("level", LEVELS)
def test_no_withheld_value_reaches_the_view(form, record, level, lang):
    view = redact(form, record, level, lang)
    text = _text(view)
    hidden = hidden_canaries(form, record, level)
    assert [c for c in hidden if c in text] == []
    assert "MOS-0042" in text and "JADIDA-2017-03-17" in text
    if level == "internal":
        # The same scan sees internal values when nothing is withheld: the test can fail.
        assert all(c in text for c in internal_canaries())


def test_each_level_withholds_more_than_the_one_before(form, record):
    counts = [len(hidden_canaries(form, record, level)) for level in LEVELS]
    assert counts == sorted(counts) and counts[0] == 0 and counts[-1] > counts[1] > 0


@pytest.mark.parametrize(("scope", "allowed"), [
    ("named_public", LEVELS),
    ("anonymous_public", ("internal", "public-anonymous")),
    ("anonymous_aggregate", ("internal",)),
    ("partner_share", ("internal", "partner")),
    ("internal_only", ("internal",)),
    ("withdrawn", ("internal",)),
    (None, ("internal",)),
])
def test_consent_scope_caps_the_level(form, record, scope, allowed):
    rec = copy.deepcopy(record)
    rec["answers"]["consent"]["scope"] = scope
    assert allowed_levels(rec["answers"]) == allowed
    for level in LEVELS:
        if level in allowed:
            check_consent(rec["answers"], level)
            assert redact(form, rec, level, "en").level == level
        else:
            with pytest.raises(ConsentRefused) as refused:
                redact(form, rec, level, "en")
            message = str(refused.value)
            assert message.startswith("MOS-0042: ") and message.endswith(".")
            assert "\n" not in message and "internal" in message


def test_withdrawn_consent_allows_only_internal_whatever_the_scope_says(form, record):
    rec = copy.deepcopy(record)
    rec["answers"]["consent"]["withdrawn_at"] = "2017-06-01T10:00:00+03:00"
    assert allowed_levels(rec["answers"]) == ("internal",)
    with pytest.raises(ConsentRefused, match="withdrew consent"):
        redact(form, rec, "partner", "en")
    rec["answers"]["consent"]["given"] = False
    rec["answers"]["consent"]["withdrawn_at"] = None
    with pytest.raises(ConsentRefused, match="no consent"):
        redact(form, rec, "public-anonymous", "en")


def test_levels_are_parsed_strictly():
    assert parse_level("Public_Anonymous") == "public-anonymous"
    with pytest.raises(ReportError, match="Unknown redaction level 'public'"):
        parse_level("public")
    with pytest.raises(ReportError, match="language"):
        redact(None, {"answers": {}}, "internal", "fr")


def test_placeholders_are_fixed_width_whatever_they_hide(form, record):
    texts = []
    for name in ("Al", "Abd al-Rahman Muhammad Hussein Ibrahim al-Jubouri"):
        rec = copy.deepcopy(record)
        words = f"He saw {name} there."
        row = rec["answers"]["instructions"]["instructions"][0]
        row["words_original"] = words
        rec["marks"] = [{"section": "instructions", "field": "instructions.words_original",
                         "row": 1, "start": 7, "end": 7 + len(name), "kind": "name"}]
        view = redact(form, rec, "public-anonymous", "en")
        texts.append(next(i.value for i in view.instructions[0]
                          if i.path.endswith("words_original")))
    assert texts[0] == texts[1] == f"He saw {PLACEHOLDERS['name']['en']} there."


def test_recorded_names_are_caught_in_arabic_running_text(form, record):
    rec = copy.deepcopy(record)
    rec["answers"]["people"]["people"][1]["name"] = {"given": "أحمد", "family": "الجبوري"}
    row = rec["answers"]["instructions"]["instructions"][0]
    row["words_original"] = "قال وأَحمد الجبوري إن الرقم ٠٧٧٠١٢٣٤٥٦٧ صحيح"
    rec["marks"] = []
    view = redact(form, rec, "public-anonymous", "ar")
    words = next(i.value for i in view.instructions[0] if i.path.endswith("words_original"))
    # Placeholders are isolates: they read whole inside text of either direction.
    assert words == "قال \u2068[اسم محجوب]\u2069 إن الرقم \u2068[رقم محجوب]\u2069 صحيح"


def test_a_mark_that_cannot_be_placed_withholds_the_whole_text(form, record):
    rec = copy.deepcopy(record)
    rec["marks"] = [{"section": "instructions", "field": "instructions.words_original",
                     "row": 1, "start": "x", "end": None, "kind": "place"}]
    view = redact(form, rec, "public-anonymous", "en")
    words = next(i.value for i in view.instructions[0] if i.path.endswith("words_original"))
    assert words == PLACEHOLDERS["place"]["en"]


def test_public_anonymous_shows_pseudonym_roles_bands_and_months(form, record):
    view = redact(form, record, "public-anonymous", "en")
    assert view.witness_display == "Witness B"
    assert view.people_rows == (
        ("P1", "her brother", "Brother", "Male", "Child (1–12)", "Killed"),
        ("P2", "her neighbour", "Neighbour", "Female", "Older person (60+)", "Injured"),
    )
    summary = {i.path: i.value for i in view.summary}
    assert summary["interview.start"] == "November 2016"
    witness = {i.path: i.value for i in view.witness}
    assert "witness.full_name" not in witness
    # The year of birth and the age are shown as one age group, under that name.
    ages = [(i.label, i.value) for i in view.witness if "Adult" in i.value]
    assert ages == [("Age group at the time of the incident", "Adult (18–59)")]
    ar = redact(form, record, "public-anonymous", "ar")
    # The witness is a woman: «الشاهدة», and her letter in the abjad order (B -> ب).
    assert ar.witness_display == "الشاهدة ب"
    assert {i.path: i.value for i in ar.summary}["interview.start"] == "تشرين الثاني 2016"


def test_public_named_keeps_the_witness_and_the_dead_but_not_the_living(form, record):
    view = redact(form, record, "public-named", "en")
    people = record["answers"]["people"]["people"]
    witness = record["answers"]["witness"]["full_name"]["given"]
    assert witness in view.witness_display
    assert people[0]["name"]["given"] in view.people_rows[0][1]
    assert view.people_rows[1][1] == "her neighbour"


def test_public_statements_show_no_kunya_it_names_a_child(form, record):
    record = copy.deepcopy(record)
    name = record["answers"]["witness"]["full_name"]
    name["kunya"] = "أم يوسف"
    name.setdefault("latin", {})["kunya"] = "Umm Yusuf"
    assert "أم يوسف" in redact(form, record, "partner", "ar").witness_display
    for level in ("public-named", "public-anonymous"):
        text = _text(redact(form, record, level, "ar")) + redact(
            form, record, level, "en").witness_display
        assert "يوسف" not in text and "Yusuf" not in text


def test_partner_keeps_names_and_exact_ages_but_drops_phones(form, record):
    view = redact(form, record, "partner", "en")
    people = record["answers"]["people"]["people"]
    assert people[1]["name"]["given"] in view.people_rows[1][1]
    assert [row[4] for row in view.people_rows] == ["9", "83"]
    assert "0770 123 4567" not in _text(view)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_both_accounts_need_quotes_allowed_at_public_levels(form, record, lang):
    rec = copy.deepcopy(record)
    given = rec["answers"]["witness"]["full_name"]["given"]
    rec["answers"]["account"]["narrative_english"] = f"{given} said the leaflet fell at dawn."
    rec["answers"]["account"]["narrative_original"] = f"قال {given} إن المنشور سقط فجراً."
    assert [i.path for i in redact(form, rec, "public-anonymous", lang).account] == []
    rec["answers"]["consent"]["quotes_allowed"] = True
    account = redact(form, rec, "public-anonymous", lang).account
    name = PLACEHOLDERS["name"][lang]
    english = ("account.narrative_english", f"{name} said the leaflet fell at dawn.")
    original = ("account.narrative_original", f"قال {name} إن المنشور سقط فجراً.")
    # The account in the statement's language comes first.
    assert [(i.path, i.value) for i in account] == (
        [english, original] if lang == "en" else [original, english])


def test_reports_never_import_the_vault_or_the_interfaces():
    package = Path(__file__).resolve().parents[2] / "testimony_app" / "reports"
    offenders = []
    for path in sorted(package.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 2 and node.module:
                if node.module.split(".")[0] in ("vault", "cli", "gui", "exchange"):
                    offenders.append(f"{path.name}: {node.module}")
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + [getattr(node, "module", "") or ""]
                offenders += [f"{path.name}: {n}" for n in names if n.startswith(
                    ("testimony_app.vault", "testimony_app.cli", "PySide6"))]
    assert offenders == []
