"""One word per concept in each language (docs/glossary.md), everywhere a user reads it.

For every piece of wording — the interface catalogues, the questionnaire, the statement's
fixed labels and banners — whose English names a concept of the glossary, the Arabic and
the Sorani must use the glossary's term and none of its rivals (the words the glossary
replaced, or the term of a neighbouring concept it must not be confused with). A few words
are wrong anywhere. The English decides which concepts a sentence holds, so a translation
that drops a term is caught as well as one that swaps it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from wording_units import (
    PLACEHOLDERS,
    Unit,
    banner_units,
    catalogue_units,
    plain,
    questionnaire_units,
    statement_label_units,
)


@dataclass(frozen=True)
class Term:
    concept: str
    en: str  # regex on the English: the wording names this concept
    ar: tuple[str, str | None] | None = None  # (the glossary's term, its rivals), regexes
    ckb: tuple[str, str | None] | None = None


# concept -> preferred term and rivals per language. Regexes see text without harakat,
# accelerators or isolates; Arabic roots stand for every form (خزن: خزنة، الخزنة، خزنتك).
TERMS = (
    Term("vault", r"\bvaults?\b", ("خزن|خزائن", None), ("گەنجینە", None)),
    Term("passphrase", r"(?i)\bpassphrases?\b", ("عبار(ة|تا) (ال)?مرور", None),
         ("دەستەواژە", None)),
    Term("revision", r"(?i)\brevisions?\b", ("مراجع", None), ("وەشان", "پێداچوونەوە")),
    Term("History", r"^History$", ("^تاريخ المراجعات$", None), ("^مێژوو$", None)),
    Term("interview", r"(?i)\binterviews?\b", ("مقابل", None), ("چاوپێکەوتن", None)),
    Term("witness", r"(?i)(?<!eye)\bwitness(es)?\b", ("شاهد|شهود", None), ("شایەت", None)),
    Term("eyewitness", r"(?i)\beyewitness", ("شاهد عيان", None), ("شایەتحاڵ", "شایەتی بینەر")),
    Term("account", r"\b[Aa]ccounts?\b|\btestimony\b", ("رواي", "إفاد"),
         ("گێڕانەوە", "لێدوان|ڕاگەیەندراو")),
    Term("statement", r"(?i)\bstatements?\b", ("إفاد", "رواي"),
         ("لێدوان", "ڕاگەیەندراو|گێڕانەوە")),
    Term("incident", r"(?i)\bincidents?\b", ("حادث", None), ("ڕووداو", None)),
    Term("household", r"(?i)\bhousehold", ("أسر", "أهل بيت"), ("خێزان", None)),
    Term("instruction to stay home", r"(?i)instructions? to stay home",
         ("التعليمات بالبقاء في المنازل", None), ("ڕێنمایی مانەوە لە ماڵەوە", None)),
    Term("informed consent", r"(?i)informed consent", ("المستنيرة", None), ("ئاگادارانە", None)),
    Term("consent scope", r"(?i)\bscope\b", ("نطاق", None), ("سنوور", "مەودا")),
    Term("guardian", r"(?i)\bguardian", ("وصي", "ولي"),
         ("سەرپەرشتیاری یاسایی", "سەرپەرشتیار(?!ی یاسایی)")),
    Term("supervisor", r"(?i)\bsupervisor", ("مشرف", "وصي"),
         ("سەرپەرشتیار", "سەرپەرشتیاری یاسایی")),
    Term("redaction level", r"(?i)redaction level", ("مستوى الحجب", None),
         ("ئاستی شاردنەوە", None)),
    Term("withheld", r"(?i)\bwithheld\b", ("حجب|محجوب", None), ("شارد", None)),
    Term("pseudonym", r"(?i)\bpseudonym", ("مستعار", None), ("خوازراو", None)),
    Term("bundle", r"(?i)\bbundles?\b", ("حزم", None), ("بەست", None)),
    Term("hand in", r"(?i)\bhand(ed)?[- ]in\b", ("سلم|تسليم", None), ("ڕادەست", None)),
    Term("enrol", r"(?i)\benrol", ("عتم", None), ("پەسەند", "تۆمار")),
    Term("revoke", r"(?i)\brevok", ("بطا?ل", None), ("هەڵ(دە)?وەش", None)),
    Term("fingerprint", r"(?i)\bfingerprint", ("بصم", None), ("پەنجەمۆر", None)),
    Term("conflict", r"(?i)\bconflicts?\b", ("تعارض", "تناقض"), ("ناکۆکی", "دژیەکی")),
    Term("inconsistency", r"(?i)\binconsisten", ("تناقض", "تعارض"), ("دژیەکی", "ناکۆکی")),
    Term("duplicate", r"(?i)\bduplicates?\b", ("تكرار|تكرر", None),
         ("دووبارە", "لەبەرگرتنەوە")),
    Term("audit log", r"(?i)audit log", ("سجل التدقيق", None), ("تۆماری وردبینی", None)),
    Term("kunya", r"(?i)\bkunya", ("كني", None), ("کونیە", None)),
    Term("killed", r"^Killed$", ("^مقتل$", None), ("^کوژرا$", None)),
    Term("injured", r"^Injured$", ("^إصابة$", None), ("^بریندار بوو$", None)),
    Term("unhurt", r"^Unhurt$", ("^نجاة دون إصابة$", None), ("^بریندار نەبوو$", None)),
    Term("missing", r"^Missing$", ("^فقدان$", None), ("^بێسەروشوێن$", None)),
    Term("female", r"^Female$", ("^أنثى$", None), ("^مێینە$", None)),
    Term("male", r"^Male$", ("^ذكر$", None), ("^نێرینە$", None)),
    Term("alleged combatant", r"(?i)alleged combatant", ("مقاتل", None), ("شەڕکەر", "چەکدار")),
    Term("partial", r"^partial$", ("^مكتمل جزئيا$", None), ("^ناتەواو$", None)),
    Term("has errors", r"^has errors$", ("^به أخطاء$", None), None),
    Term("Other", r"^Other$|^Other:|choose Other\b|'other'", ("غير ذلك", "أخرى"),
         ("هیتر", r"(^|«)تر(:|»)")),
    Term("date", r"(?i)\bdates?\b", ("تاريخ", None), ("بەروار", "ڕێکەوت")),
    Term("family name", r"(?i)\bfamily\b", ("عائل", "لقب"), None),
)

# Wrong wherever they stand, whatever the English says.
NEVER = {
    "ar": (
        (r"^جزئي$", "partial is مكتمل جزئيًا"),
        (r"فيه أخطاء", "has errors is به أخطاء"),
        (r"اللقب", "the family name is العائلة"),
        (r"(^|«)أخرى($|»|:)", "Other is «غير ذلك»"),
    ),
    "ckb": (
        (r"ڕاگەیەندراو", "a communiqué: the statement is لێدوان"),
        (r"شایەتی بینەر", "eyewitness is شایەتحاڵ"),
        (r"چەکداری گومانلێکراو", "labels a victim: alleged combatant is «گوایە شەڕکەر بووە»"),
        (r"^(مێ|نێر)$", "said of animals: مێینە / نێرینە"),
        (r"نیوەتەواو", "partial is ناتەواو"),
        (r"لەبەرگرتنەوە", "that is Copy: Duplicate is دووبارەکردنەوە"),
        (r"دەنگ و ڤیدیۆکان", "recordings are فایلە دەنگی و ڤیدیۆییەکان"),
        (r"ڕێکەوت", "the date is بەروار"),
        (r"مەودای ڕەزامەندی", "the consent scope is سنووری ڕەزامەندی"),
    ),
}

LEVEL_NAMES = {  # the glossary's redaction levels, as every banner and chooser names them
    "internal": {"ar": "داخلي", "ckb": "ناوخۆیی"},
    "partner": {"ar": "للشركاء", "ckb": "بۆ هاوبەشەکان"},
    "public-named": {"ar": "علني(،| -)? مع ذكر الاسم", "ckb": "گشتی(،| -)? بە ناوەوە"},
    "public-anonymous": {"ar": "علني(،| -)? دون ذكر الاسم", "ckb": "گشتی(،| -)? بێ ناو"},
}


def _english(unit: Unit) -> str:
    return re.sub(r"&(?!&)", "", PLACEHOLDERS.sub(" ", unit.en)).strip()


def wrong_terms(units: list[Unit]) -> list[str]:
    found = []
    for unit in units:
        english = _english(unit)
        present = [t for t in TERMS if re.search(t.en, english)]
        for lang in ("ar", "ckb"):
            text = plain(unit.text.get(lang) or "").strip()
            if not text:
                continue
            where = f"{unit.where}: {unit.en!r} -> {lang} {text!r}"
            for pattern, why in NEVER[lang]:
                if re.search(pattern, text):
                    found.append(f"{where}: {why}")
            for term in present:
                rule = getattr(term, lang)
                if rule is None:
                    continue
                preferred, rivals = rule
                if not re.search(preferred, text):
                    found.append(f"{where}: {term.concept} is not /{preferred}/")
                for m in re.finditer(rivals, text) if rivals else ():
                    # A rival that is the term of another concept the English names too.
                    if any(other is not term and getattr(other, lang)
                           and re.search(getattr(other, lang)[0], m.group(0))
                           for other in present):
                        continue
                    found.append(f"{where}: {term.concept} has the rival {m.group(0)!r}")
    return found


def test_catalogues_follow_the_glossary():
    assert wrong_terms(catalogue_units()) == []


def test_questionnaire_follows_the_glossary():
    assert wrong_terms(questionnaire_units()) == []


def test_statement_labels_follow_the_glossary():
    assert wrong_terms(statement_label_units()) == []


def test_interface_level_names_follow_the_glossary():
    words = {u.en: u for u in catalogue_units() if u.where.endswith("[LevelWords]")}
    chooser = {"internal": "Internal", "partner": "Partner", "public-named": "Public, named",
               "public-anonymous": "Public, anonymous"}
    for level, english in chooser.items():
        for lang, name in LEVEL_NAMES[level].items():
            assert re.fullmatch(name, plain(words[english].text[lang])), (level, lang)


def test_statement_names_its_level_as_the_glossary_does():
    from testimony_app.reports.levels import LEVEL_NAMES as PRINTED

    assert set(PRINTED) == set(LEVEL_NAMES)
    for level, names in LEVEL_NAMES.items():
        for lang, name in names.items():
            assert re.fullmatch(name, PRINTED[level][lang]), (level, lang)


def test_statement_banners_name_their_level_as_the_glossary_does():
    banners = {u.where.split("'")[1]: u for u in banner_units()}
    assert set(banners) == set(LEVEL_NAMES)
    wrong = [f"{level} {lang}: {banners[level].text[lang]!r}"
             for level, names in LEVEL_NAMES.items() for lang, name in names.items()
             if not re.search(name, plain(banners[level].text[lang]))]
    assert wrong == []


# -- the check itself ------------------------------------------------------------------------

@pytest.mark.parametrize(("en", "ar", "ckb", "complaint"), [
    ("The account is not shown.", "لا تُعرض الإفادة.", "گێڕانەوەکە پیشان نادرێت.", "rival"),
    ("Consent of a guardian", "موافقة الوصي", "ڕەزامەندیی سەرپەرشتیار", "rival"),
    ("Enrolled keys", "المفاتيح المعتمدة", "کلیلە تۆمارکراوەکان", "rival"),
    ("Inconsistencies", "التناقضات", "ناکۆکییەکان", "rival"),
    ("Killed", "قُتل", "کوژرا", "is not"),
    ("Female", "أنثى", "مێ", "animals"),
    ("Other", "أخرى", "هیتر", "غير ذلك"),
    ("Conflicts", "حالات التعارض", "", None),
    ("Hand this statement to the witness, with the account.",
     "سلِّم الإفادة إلى الشاهد مع رواية الشاهد.", "", None),
])
def test_a_rival_or_a_missing_term_is_flagged(en, ar, ckb, complaint):
    found = wrong_terms([Unit("sample", en, {"ar": ar, "ckb": ckb})])
    if complaint is None:
        assert found == []
    else:
        assert any(complaint in line for line in found), found
