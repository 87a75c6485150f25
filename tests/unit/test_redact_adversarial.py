"""An adversary reading a public statement to re-identify the witness: names spelt another
way, joined to particles or written in Latin, phone numbers grouped any way, names marked
once and written again; and a report writer who still needs to read the account."""

from __future__ import annotations

import copy

import pytest
from statement_records import canary_record

from testimony_app.reports import redact
from testimony_app.reports.spans import PLACEHOLDERS

NAME = {lang: PLACEHOLDERS["name"][lang] for lang in ("en", "ar", "ckb")}
PHONE = PLACEHOLDERS["phone"]["en"]

# A fictional witness, recorded the way researchers record names.
WITNESS = {"given": "أحمد", "father": "عبد الله", "family": "الجبوري", "kunya": "أبو خالد",
           "latin": {"given": "Ahmad", "family": "al-Jubouri", "kunya": "Abu Khalid"}}
# A living relative recorded in Arabic script only.
LIVING = {"given": "فاطمة", "family": "الشمري"}


@pytest.fixture(scope="module")
def record():
    from testimony_app.form import current_form

    rec = canary_record(current_form())
    answers = rec["answers"]
    answers["consent"]["quotes_allowed"] = True
    answers["witness"]["full_name"] = WITNESS
    answers["people"]["people"][1]["name"] = LIVING
    answers["interview"]["interviewers"] = "Layla Haddad"
    answers["interview"]["interpreter_name"] = "Samir Kanaan"
    rec["marks"] = []
    return rec


def _account(form, record, text: str, level="public-anonymous", lang="en", marks=()):
    rec = copy.deepcopy(record)
    rec["answers"]["account"]["narrative_english"] = text
    rec["marks"] = list(marks)
    view = redact(form, rec, level, lang)
    return next(i.value for i in view.account if i.path == "account.narrative_english")


@pytest.mark.parametrize("written", [
    "فاطمه",              # ta marbuta as ha
    "أحـــمد",            # tatweel
    "أَحْمَدُ",             # harakat
    "إحمد",               # another hamza seat
    "وبالجبوري",          # two proclitics and the article
    "ولأحمد",             # and + for
    "عبدالله",            # a two-word name written as one
    "ابوخالد",            # the kunya written as one word
    "أح\u200cمد",         # a zero-width non-joiner inside
    "أح\u200fمد",         # a direction mark inside
])
def test_arabic_spellings_of_a_recorded_name_are_withheld(form, record, written):
    text = f"قال {written} إن البيت قُصف"
    assert _account(form, record, text, lang="ar") == f"قال {NAME['ar']} إن البيت قُصف"


@pytest.mark.parametrize("written", [
    "Abu Khalid",        # the kunya, particle and all
    "Ahmed",             # another transliteration of the recorded Latin
    "al-Jabouri",        # another transliteration, with its article
    "Aljubouri",         # the article joined
    "Fatima",            # recorded only in Arabic script (فاطمة)
    "Fatimah al-Shammari",
    "Ah\u00admad",       # a soft hyphen inside
])
def test_latin_spellings_of_a_recorded_name_are_withheld(form, record, written):
    text = f"Then {written} said the leaflet fell at dawn."
    assert _account(form, record, text) == f"Then {NAME['en']} said the leaflet fell at dawn."


def test_a_sorani_name_with_a_suffix_is_withheld(form, record):
    rec = copy.deepcopy(record)
    rec["answers"]["people"]["people"][1]["name"] = {"given": "ئەحمەد"}
    for written in ("ئەحمەدی", "ئەحمەدیش"):
        assert _account(form, rec, f"{written} برام", lang="ckb") == f"{NAME['ckb']} برام"


def test_interviewer_and_interpreter_names_are_withheld(form, record):
    text = "Layla asked, Mr Kanaan translated."
    assert _account(form, record, text) == f"{NAME['en']} asked, Mr {NAME['en']} translated."


@pytest.mark.parametrize("written", [
    "0770 - 123 - 4567", "+964 770 123 4567", "(0770) 123-4567", "0770/123/4567",
    "0770\u00a0123\u00a04567", "0770–123–4567", "0770  123  4567", "\u200e0770\u200e 123 4567",
    "٠٧٧٠ ١٢٣ ٤٥٦٧", "۰۷۷۰-۱۲۳-۴۵۶۷", "00964.770.123.4567",
])
def test_phone_numbers_grouped_any_way_are_withheld(form, record, written):
    out = _account(form, record, f"Call {written} now.")
    assert out.startswith("Call ") and out.endswith(f"{PHONE} now.")
    digits = [c for c in out if c.isdigit()]
    assert digits == [], out


def test_a_name_marked_once_is_withheld_where_it_is_written_again_unmarked(form, record):
    text = "Umm Sajida came. Later Sajida ran, and sajida's cousin stayed."
    start = text.index("Sajida")
    mark = {"section": "account", "field": "narrative_english", "row": None,
            "start": start, "end": start + len("Sajida"), "kind": "name"}
    out = _account(form, record, text, marks=[mark])
    assert "ajida" not in out
    assert out.count(NAME["en"]) == 3
    # The mark's words are names only where names are withheld.
    assert _account(form, record, text, level="partner", marks=[mark]) == text


def test_overlapping_marks_withhold_their_union(form, record):
    text = "At Hay Nineveh, house of Kanaan-Samir, we hid."
    a, b = text.index("Hay"), text.index("house")
    marks = [{"section": "account", "field": "narrative_english", "row": None,
              "start": a, "end": b + 5, "kind": "place"},
             {"section": "account", "field": "narrative_english", "row": None,
              "start": b, "end": text.index(","), "kind": "name"}]
    out = _account(form, record, text, marks=marks)
    assert "Nineveh" not in out and "house" not in out and "Samir" not in out
    assert out.startswith("At [") and out.endswith(", we hid.")


def test_public_named_keeps_the_dead_but_withholds_the_living_in_free_text(form, record):
    rec = copy.deepcopy(record)
    people = rec["answers"]["people"]["people"]
    people[0]["name"] = {"given": "يوسف", "latin": {"given": "Yousef"}}  # killed
    people[1]["name"] = {"given": "زينب", "latin": {"given": "Zainab"}}  # injured, living
    text = "Yousef died; Zaynab survived; Ahmad told us."
    named = _account(form, rec, text, level="public-named")
    assert named == f"Yousef died; {NAME['en']} survived; Ahmad told us."
    anonymous = _account(form, rec, text)
    assert anonymous == f"{NAME['en']} died; {NAME['en']} survived; {NAME['en']} told us."


def test_the_account_stays_readable(form, record):
    """Dates, year ranges, counts and ordinary words that look like names are kept."""
    rec = copy.deepcopy(record)
    rec["answers"]["people"]["people"][1]["name"] = {"given": "علي", "family": "وليد"}
    en = ("On 17/3/2017 at 08:30 we would track the planes; from 2014-2017 we stayed, "
          "5 of us, in house 12.")
    assert _account(form, rec, en) == en
    ar = "سقطت القنبلة على البيت في 2017-03-17 وذهبنا إلى الجيران"
    assert _account(form, rec, ar, lang="ar") == ar
    # The same name, as a name, is still withheld.
    assert _account(form, rec, "Then Walid came.") == f"Then {NAME['en']} came."
