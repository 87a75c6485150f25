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


# Public statements show the account in its original language and in English with the
# same redaction: every test here runs on both.
ACCOUNTS = ("narrative_english", "narrative_original")
FIELD = ACCOUNTS[0]


@pytest.fixture(autouse=True, params=ACCOUNTS)
def account_field(request):
    global FIELD
    FIELD = request.param
    yield FIELD
    FIELD = ACCOUNTS[0]


def _account(form, record, text: str, level="public-anonymous", lang="en", marks=()):
    rec = copy.deepcopy(record)
    rec["answers"]["account"][FIELD] = text
    rec["marks"] = list(marks)
    view = redact(form, rec, level, lang)
    return next(i.value for i in view.account if i.path == f"account.{FIELD}")


@pytest.mark.parametrize("written", [
    "فاطمه",              # ta marbuta as ha
    "أحـــمد",            # tatweel
    "أَحْمَدُ",             # harakat
    "إحمد",               # another hamza seat
    "وبالجبوري",          # two proclitics and the article
    "ولأحمد",             # and + for
    "للجبوري",            # for + the article without its alef
    "جبوري",              # the family name without its article
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
    mark = {"section": "account", "field": FIELD, "row": None,
            "start": start, "end": start + len("Sajida"), "kind": "name"}
    out = _account(form, record, text, marks=[mark])
    assert "ajida" not in out
    assert out.count(NAME["en"]) == 3
    # The mark's words are names only where names are withheld.
    assert _account(form, record, text, level="partner", marks=[mark]) == text


def test_overlapping_marks_withhold_their_union(form, record):
    text = "At Hay Nineveh, house of Kanaan-Samir, we hid."
    a, b = text.index("Hay"), text.index("house")
    marks = [{"section": "account", "field": FIELD, "row": None,
              "start": a, "end": b + 5, "kind": "place"},
             {"section": "account", "field": FIELD, "row": None,
              "start": b, "end": text.index(", we"), "kind": "name"}]
    out = _account(form, record, text, marks=marks)
    assert out == f"At {PLACEHOLDERS['other']['en']}, we hid."


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
    rec["answers"]["people"]["people"][1]["name"] = {"given": "علي", "family": "وليد",
                                                     "father": "عمر", "grandfather": "كامل"}
    en = ("On 17/3/2017 at 08:30 we would track the planes; from 2014-2017 we stayed, "
          "5 of us, in house 12.")
    assert _account(form, rec, en) == en
    ar = "سقطت القنبلة على البيت في 2017-03-17 وذهبنا إلى الجيران، العمر الكامل"
    assert _account(form, rec, ar, lang="ar") == ar
    # The same name, as a name, is still withheld.
    assert _account(form, rec, "Then Walid came.") == f"Then {NAME['en']} came."


@pytest.mark.parametrize("written", [
    "36.3456, 43.1234", "36.345678 43.123456", "٣٦٫٣٤٥٦، ٤٣٫١٢٣٤", "36°20'44\"N 43°07'24\"E",
])
def test_coordinates_in_free_text_are_withheld_from_partners_and_the_public(
        form, record, written):
    for level in ("partner", "public-anonymous"):
        out = _account(form, record, f"The house was at {written} near the mosque.", level)
        assert out == f"The house was at {PLACEHOLDERS['place']['en']} near the mosque."


def test_the_witness_birth_year_is_withheld_in_free_text_at_public_levels(form, record):
    rec = copy.deepcopy(record)
    rec["answers"]["witness"]["birth_year"] = 1979
    text = "I was born on 4/6/1979 and in 1979 my father built the house; in 2014 IS came."
    out = _account(form, rec, text)
    assert "1979" not in out and "4/6" not in out
    assert out.endswith("the house; in 2014 IS came.")
    assert _account(form, rec, text, level="partner") == text


@pytest.mark.parametrize("age", [{"age_at_incident": 15}, {"age_at_incident": None,
                                                          "birth_year": 2004}])
def test_a_minor_without_guardian_consent_gets_only_an_internal_statement(form, record, age):
    from testimony_app.reports import ConsentRefused, allowed_levels

    rec = copy.deepcopy(record)
    rec["answers"]["witness"].update(age)
    rec["answers"]["consent"]["guardian_consent"] = False
    assert allowed_levels(rec["answers"]) == ("internal",)
    with pytest.raises(ConsentRefused, match="under 18.*guardian"):
        redact(form, rec, "public-anonymous", "en")
    rec["answers"]["consent"]["guardian_consent"] = True
    assert redact(form, rec, "public-anonymous", "en").level == "public-anonymous"


@pytest.mark.parametrize(("recorded", "written"), [
    ("أحمد", "ئەحمەد"), ("حسن", "حەسەن"), ("محمود", "مەحموود"), ("أحمد", "ئەحمەدیش"),
    ("كريم", "کەریم"),
])
def test_an_arabic_name_spelt_the_sorani_way_is_withheld(form, record, recorded, written):
    rec = copy.deepcopy(record)
    rec["answers"]["people"]["people"][1]["name"] = {"given": recorded}
    text = f"{written} لە ماڵەوە بوو"
    assert _account(form, rec, text, lang="ckb") == f"{NAME['ckb']} لە ماڵەوە بوو"


def test_house_and_street_numbers_of_recorded_addresses_are_withheld(form, record):
    rec = copy.deepcopy(record)
    rec["answers"]["witness"]["current_residence"] = "Ankawa, street 30, house 7"
    rec["answers"]["incident"]["location_description"] = "حي التنك شارع 60 دار 12"
    place = PLACEHOLDERS["place"]
    en = "We now live in house 7 on Street 30; 7 of us, for 30 days."
    for level in ("partner", "public-anonymous"):
        assert _account(form, rec, en, level) == (
            f"We now live in {place['en']} on {place['en']}; 7 of us, for 30 days.")
    ar = "سقط الصاروخ على دار ١٢ في الشارع 60 وقتل 12 شخصاً"
    assert _account(form, rec, ar, lang="ar") == (
        f"سقط الصاروخ على {place['ar']} في {place['ar']} وقتل 12 شخصاً")


def test_pseudonyms_are_per_incident_and_stable(vault, form, sample_doc):
    def add(incident_ref: str):
        doc = copy.deepcopy(sample_doc)
        doc["answers"]["interview"]["incident_ref"] = incident_ref
        doc["answers"]["witness"].pop("pseudonym", None)
        doc["answers"]["consent"].update(given=True, scope="anonymous_public",
                                         withdrawn_at=None)
        return vault.add(doc)

    first, second, other = add("JADIDA-2017-03-17"), add("JADIDA-2017-03-17"), add("ZANJILI-1")
    letters = [r.answers["witness"]["pseudonym"] for r in (first, second, other)]
    assert letters == ["Witness A", "Witness B", "Witness A"]
    # Moving the record to another incident keeps the letter a statement already used.
    doc = {"form_id": first.form_id, "form_version": first.form_version,
           "status": first.status, "answers": copy.deepcopy(first.answers),
           "marks": first.marks}
    doc["answers"]["interview"]["incident_ref"] = "ZANJILI-1"
    vault.save(first.id, doc, reason="incident corrected")
    again = vault.get(first.id)
    assert again.answers["witness"]["pseudonym"] == "Witness A"
    view = redact(form, {"id": again.id, "revision": again.revision, "answers": again.answers,
                         "marks": again.marks}, "public-anonymous", "ar")
    assert view.witness_display in ("الشاهد أ", "الشاهدة أ")  # by the recorded sex


def test_partners_get_names_of_people_but_not_of_the_interview_team(form, record):
    text = "Layla Haddad asked and Samir translated; Ahmad answered, Fatima nodded."
    out = _account(form, record, text, level="partner")
    assert out == f"{NAME['en']} asked and {NAME['en']} translated; Ahmad answered, Fatima nodded."


def test_a_compound_name_is_withheld_but_not_the_word_for_god(form, record):
    """عبد الله is a name; الله alone, as in "إن شاء الله", is not."""
    text = "قال إن شاء الله، ثم جاء وعبد الله وعبدالله"
    assert _account(form, record, text, lang="ar") == f"قال إن شاء الله، ثم جاء {NAME['ar']}"
    rec = copy.deepcopy(record)
    rec["answers"]["people"]["people"][1]["name"] = {"given": "عبد الكريم",
                                                     "latin": {"given": "Abdul Karim"}}
    text = "Thank Allah, Abdul Karim lives; Karim and عبد الكريم and Abdulkarim"
    assert _account(form, rec, text) == (
        f"Thank Allah, {NAME['en']} lives; {NAME['en']} and {NAME['en']} and {NAME['en']}")
    rec["answers"]["people"]["people"][1]["name"] = {"given": "عبد الرحمن"}
    assert _account(form, rec, "Thank Allah, Abdul Rahman lives.") == (
        f"Thank Allah, {NAME['en']} lives.")


def test_names_in_file_names_and_contact_addresses_are_withheld(form, record):
    text = "See IMG_Ahmad_2017.jpg; write to a.jubouri@example.org or ahmad_99@example.org."
    for level in ("partner", "public-anonymous"):
        out = _account(form, record, text, level)
        assert "@" not in out and "jubouri" not in out.lower()
        if level == "public-anonymous":
            assert "Ahmad" not in out and out.startswith(
                "See IMG_\u2068[name withheld]\u2069_2017.jpg")


@pytest.mark.parametrize(("start", "end"), [(20, 10), (5, 500), (-3, 4), (True, 9)])
def test_a_mark_that_does_not_fit_its_text_withholds_all_of_it(form, record, start, end):
    text = "Sajida from the bakery on the corner told us."
    mark = {"section": "account", "field": FIELD, "row": None,
            "start": start, "end": end, "kind": "place"}
    assert _account(form, record, text, marks=[mark]) == PLACEHOLDERS["place"]["en"]


def test_a_family_name_in_the_plural_is_withheld(form, record):
    assert _account(form, record, "The Jubouris' house fell.") == (
        f"The {NAME['en']}' house fell.")
    assert _account(form, record, "سقط بيت الجبوريين", lang="ar") == f"سقط بيت {NAME['ar']}"


def test_a_place_marked_once_is_withheld_where_it_is_written_again(form, record):
    text = "We lived on Corniche Street. Later the corniche  street was bombed."
    start = text.index("Corniche")
    mark = {"section": "account", "field": FIELD, "row": None,
            "start": start, "end": start + len("Corniche Street"), "kind": "place"}
    place = PLACEHOLDERS["place"]["en"]
    assert _account(form, record, text, marks=[mark]) == (
        f"We lived on {place}. Later the {place} was bombed.")
    assert _account(form, record, text, level="partner", marks=[mark]) == text


_ARABIC_NAMES = ("محمد", "فاطمة", "حسين", "زينب", "الجبوري", "يوسف", "مريم", "إبراهيم")


def _disguise(name: str, data) -> str:
    """The name as a hurried typist or a keyboard might leave it."""
    from hypothesis import strategies as st

    swaps = {"ة": "ه", "ي": "ى", "إ": "ا", "أ": "ا"}
    out = []
    for ch in name:
        if ch in swaps and data.draw(st.booleans()):
            ch = swaps[ch]
        out.append(ch)
        if data.draw(st.booleans()):
            out.append(data.draw(st.sampled_from(["\u064e", "\u0651", "\u0640", "\u200c"])))
    prefix = data.draw(st.sampled_from(["", "و", "ف", "ب", "ل", "وب"]))
    return prefix + "".join(out)


def test_any_disguise_of_a_recorded_arabic_name_is_withheld(form, record):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from testimony_app.form import fold

    rec = copy.deepcopy(record)
    rec["answers"]["people"]["people"][1]["name"] = {"given": " ".join(_ARABIC_NAMES[:4]),
                                                     "family": " ".join(_ARABIC_NAMES[4:])}

    @settings(max_examples=150, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.sampled_from(_ARABIC_NAMES), st.data())
    def check(name, data):
        written = _disguise(name, data)
        out = _account(form, rec, f"قال {written} إن البيت قُصف", lang="ar")
        assert out == f"قال {NAME['ar']} إن البيت قُصف", written
        assert fold(name.removeprefix("ال")) not in fold(out)

    check()


def test_any_grouping_of_a_phone_number_is_withheld(form, record):
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    digits = {"ascii": "0123456789", "arabic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹"}
    separators = st.sampled_from(["", " ", "-", " - ", ".", "/", "\u00a0", "\u2013", "  ",
                                  "\u200f", ") "])

    @settings(max_examples=150, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(st.text("0123456789", min_size=9, max_size=9), st.sampled_from(sorted(digits)),
           st.lists(separators, min_size=10, max_size=10), st.sampled_from(["", "+964 ", "(0"]))
    def check(number, script, seps, prefix):
        number = "07" + number
        written = prefix + "".join(
            digits[script][int(d)] + (seps[i] if i in (3, 6, 8) else "")
            for i, d in enumerate(number))
        out = _account(form, record, f"Call {written} today.")
        assert out == f"Call {PHONE} today.", written

    check()
