"""The hostile review's classes of identities reaching public statements through free text
that nobody marked: a kunya at public-named, Latin spellings of names (recorded only in
Arabic or Sorani script, or spelt otherwise than recorded), address words other than the
recorded one, a name split by a line break or a hyphen; each in English, Arabic and
Sorani statements, read back from real PDFs (pdftotext and pypdf, every stream)."""

from __future__ import annotations

import copy

import pytest
from statement_pdf import leaks
from statement_records import canary_record

from testimony_app.reports import redact
from testimony_app.reports.spans import PLACEHOLDERS
from testimony_app.reports.statement import render

LANGS = ("en", "ar", "ckb")
ORG = "Iraq Civilian Harm Monitor"
AT = "2026-11-26 12:00:00Z"

# Fictional people. The witness's kunya names a son; the dead woman's kunya names a son.
WITNESS = {"given": "أحمد", "family": "الجبوري", "kunya": "أبو خالد",
           "latin": {"given": "Ahmad", "family": "al-Jubouri", "kunya": "Abu Khalid"}}
DEAD = {"given": "سمية", "kunya": "أم عمر"}                       # Arabic script only
LIVING = {"given": "رقية", "family": "الشمري", "kunya": "أم علي"}  # Arabic script only
KURD = {"given": "ئاراس", "family": "کەریم"}                      # Sorani script only


@pytest.fixture(scope="module")
def record():
    from testimony_app.form import current_form

    rec = canary_record(current_form())
    answers = rec["answers"]
    answers["consent"]["quotes_allowed"] = True
    answers["witness"]["full_name"] = WITNESS
    answers["witness"]["current_residence"] = "Ankawa, house 38614"
    answers["witness"]["residence_at_incident"] = "حي التنك، شارع ٥٩٢٠٧"
    people = answers["people"]["people"]
    people[0].update(name=DEAD, outcome="killed")
    people[1].update(name=LIVING, outcome="injured")
    answers["interview"]["interpreter_name"] = "هێمن " + KURD["given"] + " " + KURD["family"]
    rec["marks"] = []
    return rec


def _view(form, record, text: str, level: str, lang: str):
    """The statement view with `text` as the first instruction's wording (a public field,
    shown at every level) and as the account, in English and in the original language
    (both shown at public levels, with the same redaction)."""
    rec = copy.deepcopy(record)
    rec["answers"]["instructions"]["instructions"][0]["words_original"] = text
    rec["answers"]["account"]["narrative_english"] = text
    rec["answers"]["account"]["narrative_original"] = text
    return redact(form, rec, level, lang)


def _words(form, record, text: str, level="public-anonymous", lang="en") -> str:
    view = _view(form, record, text, level, lang)
    return next(i.value for i in view.instructions[0] if i.path.endswith("words_original"))


def _pdf_leaks(form, record, text, level, lang, tmp_path, needles) -> list[str]:
    data = render(_view(form, record, text, level, lang), ORG, generated_at=AT)
    return leaks(data, tmp_path, needles)


def _check_pdfs(form, record, text, level, tmp_path, needles):
    """No needle on any surface of the statement at `level` in any language; the same
    text in an internal statement shows them (the check can fail)."""
    for lang in LANGS:
        assert _pdf_leaks(form, record, text, level, lang, tmp_path, needles) == [], lang
    shown = _pdf_leaks(form, record, text, "internal", "en", tmp_path, needles)
    assert {n for n in needles if any(f.startswith(f"{n} in ") for f in shown)} == set(needles)


KUNYAS = [
    "أبو خالد", "ابو خالد", "أبوخالد", "ابوخالد", "وأبو خالد", "لأبي خالد", "رأينا أبا خالد",
    "أبـــو خـــالد", "أَبُو خَالِد", "أبو\u200cخالد", "ابي\u200fخالد", "بأم عمر", "وأم عمر",
    "ام عمر", "امعمر", "لامّ عمر", "ئەبو خالید", "دایکی عومەر",
    "Abu Khalid", "Abou Khaled", "Abukhalid", "Abu-Khalid", "Umm Omar", "Om Umar",
    "Umm-Omar", "Oum Omar",
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("written", KUNYAS)
def test_a_kunya_in_free_text_is_withheld_at_public_named(form, record, written, lang):
    out = _words(form, record, f"قال {written} اليوم", "public-named", lang)
    name = PLACEHOLDERS["name"][lang]
    assert "خالد" not in out and "عمر" not in out and "khal" not in out.lower()
    assert "mar" not in out.lower() and "خالید" not in out and "عومەر" not in out
    assert name in out and out.startswith("قال ") and out.endswith(" اليوم")


def test_a_kunya_shows_on_no_surface_of_a_public_named_pdf(form, record, tmp_path):
    text = " ، ".join(KUNYAS)
    # (عمر alone is in the Arabic label for age, العمر: the view test above checks it.)
    _check_pdfs(form, record, text, "public-named", tmp_path,
                ["خالد", "Khal", "Omar", "Umar", "خالید", "عومەر"])


LATIN = [
    # Recorded only in Arabic script (رقية الشمري أم علي, سمية أم عمر).
    "Ruqayya", "Rukia", "Roqaya", "Ruqiya", "Rokaya", "Ruqaiya", "Shammari", "al-Shamari",
    "Alshammary", "Umm Ali", "Om Aly", "Umm Alee", "Sumaya", "Sumaiya", "Somaia",
    "Sumayyah",
    # Spelt otherwise than the recorded Latin (Ahmad al-Jubouri, Abu Khalid).
    "Ahmed", "Ahmmad", "Jubouri", "al-Jabbouri", "Aljboori", "Abou Khaled", "Khaleed",
    # Recorded only in Sorani script (ئاراس کەریم, the interpreter).
    "Aras", "Karim", "Kareem",
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("written", LATIN)
def test_latin_spellings_of_recorded_names_are_withheld(form, record, written, lang):
    out = _words(form, record, f"Then {written} said the leaflet fell.", lang=lang)
    assert out == f"Then {PLACEHOLDERS['name'][lang]} said the leaflet fell."


def test_latin_spellings_show_on_no_surface_of_a_public_pdf(form, record, tmp_path):
    text = "Then " + ", then ".join(LATIN) + " said the leaflet fell."
    _check_pdfs(form, record, text, "public-anonymous", tmp_path,
                [w.removeprefix("al-") for w in LATIN])


# 38614 is the house number of the current residence (shown only internally), 59207 the
# street of the residence at the incident (shown to partners, withheld from the public).
HOUSE = [
    "House No. 38614", "house #38614", "Bldg. 38614", "building number 38614", "home: 38614",
    "دار ٣٨٦١٤", "بيت رقم ٣٨٦١٤", "منزل ۳۸۶۱۴", "بيتنا ٣٨٦١٤", "وبمنزل 38614", "الدار ٣٨٦١٤",
    "ماڵی ژمارە ٣٨٦١٤", "خانووی ٣٨٦١٤", "٣٨٦١٤ شارع",
]
STREET = ["Street 59207", "St. 59207", "road no 59207", "شارع 59207", "بشارع رقم ٥٩٢٠٧",
          "شەقامی ٥٩٢٠٧"]


@pytest.mark.parametrize("level", ["partner", "public-anonymous"])
@pytest.mark.parametrize("written", HOUSE + STREET)
def test_any_address_word_with_a_recorded_number_is_withheld(form, record, written, level):
    for lang in LANGS:
        out = _words(form, record, f"We lived in {written} then.", level, lang)
        if level == "partner" and written in STREET:
            assert out == f"We lived in {written} then."  # partners see that address
        else:
            assert out == f"We lived in {PLACEHOLDERS['place'][lang]} then.", written


def test_address_numbers_show_on_no_surface_of_a_pdf(form, record, tmp_path):
    _check_pdfs(form, record, "، ".join(HOUSE), "partner", tmp_path, ["38614", "٣٨٦١٤", "۳۸۶۱۴"])
    _check_pdfs(form, record, "، ".join(HOUSE + STREET), "public-anonymous", tmp_path,
                ["38614", "٣٨٦١٤", "۳۸۶۱۴", "59207", "٥٩٢٠٧"])


def test_numbers_that_are_not_addresses_stay(form, record):
    text = "38614 people fled; for 59207 days we waited; 7 of us."
    assert _words(form, record, text) == text


SPLIT = [
    "Ah-\nmad", "Ah-\r\nmad", "Ah–\nmad", "Ah\u00ad\nmad", "Ah-\n  mad", "Jubo-\nuri",
    "Ru-\nqayya", "Kha-\nlid", "Ah\nmad", "K.h.a.l.i.d", "A/h/m/a/d", "Ah mad",
    "أح\nمد", "أح-\nمد", "A h m a d", "أ ح م د", "الجبو-\nري", "رقـ\nـية", "خا\nلد", "ئەح-\nمەد",
]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("written", SPLIT)
def test_a_name_split_by_a_line_break_or_a_hyphen_is_withheld(form, record, written, lang):
    out = _words(form, record, f"قال {written} اليوم", lang=lang)
    assert out == f"قال {PLACEHOLDERS['name'][lang]} اليوم"


def test_split_names_show_on_no_surface_of_a_public_pdf(form, record, tmp_path):
    text = " و ".join(SPLIT)
    _check_pdfs(form, record, text, "public-anonymous", tmp_path,
                ["mad", "Jubo", "qayya", "lid", "أح", "جبو", "ئەح"])


OTHER_DISGUISES = [
    ("\u0410hmad", "hmad"),           # Cyrillic А
    ("Ahm\u0430d", "Ahm"),            # Cyrillic а inside
    ("\u0391hmad", "hmad"),           # Greek Alpha
    ("Ａｈｍａｄ", "ｈｍ"),             # full-width
    ("Ah\u200bmad", "mad"),           # zero-width space
    ("Ahma\u0301d", "Ahm"),           # a combining accent
    ("Ru`qayya", "qayya"),            # a backtick for the hamza or ain
    ("\ufe83\ufea3\ufee4\ufeaa", "\ufea3"),  # Arabic presentation forms (أحمد)
    ("A h m a d", "h m"),             # spaced out
    ("أ ح م د", "ح م"),
    ("ʿAli-Shammari", "hamm"),        # a romanization half ring, joined by a hyphen
    ("IMG-Ahmad2017", "hmad"),        # inside a longer token
    ("Rukia2017", "Ruk"),
    ("AhmadJubouri", "Jub"),
    ("Aliعلي", "Ali"),
    ("#AlJubouri", "Jub"),
    ("الجبوريون", "جبوري"),
    ("والجبوريين", "جبوري"),
    ("Ahmad's", "hmad"),
    ("Ahmadi", "hmad"),
]


@pytest.mark.parametrize(("written", "needle"), OTHER_DISGUISES)
def test_look_alike_letters_and_longer_tokens_do_not_hide_a_name(form, record, written,
                                                                 needle):
    out = _words(form, record, f"Then {written} came.")
    assert needle not in out and PLACEHOLDERS["name"]["en"] in out, out


def test_ordinary_words_are_not_taken_for_short_names(form, record):
    """Sentences that start with words a loose spelling of علي, عمر or أم could match."""
    text = ("Near the mosque we hid. Nor did they warn us. More came. All of us ran. "
            "Also the school. Omitted nothing.")
    assert _words(form, record, text) == text
    ar = "على البيت وأمام الجامع ذهبنا إلى عمارة الجيران"
    assert _words(form, record, ar, lang="ar") == ar


def test_a_latin_name_is_not_looked_for_inside_ordinary_words(form, record):
    rec = copy.deepcopy(record)
    rec["answers"]["people"]["people"][1]["name"] = {"given": "نادية", "family": "أمينة",
                                                     "latin": {"given": "Nadia",
                                                               "family": "Amina"}}
    text = "A Canadian doctor did the examination; Nadia and Amina stayed."
    assert _words(form, rec, text) == (
        f"A Canadian doctor did the examination; {PLACEHOLDERS['name']['en']} and "
        f"{PLACEHOLDERS['name']['en']} stayed.")
