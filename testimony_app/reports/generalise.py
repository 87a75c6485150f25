"""Values shown in a more general form at open levels (a field's `public_as`): an age as an
age band, a date as its month, a free-text address as the neighbourhood it names, a choice
as its label. Pure functions of the questionnaire and the value."""

from __future__ import annotations

from ..form import Form, fold
from . import spans

LANGS = ("en", "ar", "ckb")
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ar": ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
           "تشرين الأول", "تشرين الثاني", "كانون الأول"),
    "ckb": ("کانوونی دووەم", "شوبات", "ئادار", "نیسان", "ئایار", "حوزەیران", "تەمموز", "ئاب",
            "ئەیلوول", "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم"),
}


def age_band(form: Form, age, lang: str) -> str:
    try:
        age = int(age)
    except (TypeError, ValueError):
        return ""
    value = ("infant" if age < 1 else "child" if age <= 12 else "adolescent" if age <= 17
             else "adult" if age <= 59 else "older")
    return choice_label(form, "age_band", value, lang)


def month(value, lang: str) -> str:
    text = str(value or "")
    try:
        year, month = int(text[:4]), int(text[5:7])
    except ValueError:
        return text[:4] if text[:4].isdigit() else ""
    if not 1 <= month <= 12:
        return str(year)
    return f"{MONTHS.get(lang, MONTHS['en'])[month - 1]} {year}"


def choice_label(form: Form, list_name: str, value, lang: str) -> str:
    for choice in form.choice_lists.get(list_name, ()):
        if choice.value == value:
            return choice.label.get(lang)
    return str(value or "")


def neighbourhood(form: Form, text: str, lang: str) -> str:
    """A free-text address generalised to a known neighbourhood it names, else withheld."""
    folded = fold(text)
    for choice in form.choice_lists.get("neighbourhood", ()):
        if choice.other:
            continue
        for written in LANGS:
            label = choice.label.get(written)
            if label and fold(label) in folded:
                return choice.label.get(lang)
    return spans.PLACEHOLDERS["place"].get(lang, spans.PLACEHOLDERS["place"]["en"])
