"""Values shown in a more general form at open levels (a field's `public_as`): an age as an
age band, a date as its month, a free-text address as the neighbourhood it names, a choice
as its label. Pure functions of the questionnaire and the value; they return values
(redact_data.py), put into words by redact.py."""

from __future__ import annotations

from ..form import Form, fold

LANGS = ("en", "ar", "ckb")
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "ar": ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
           "تشرين الأول", "تشرين الثاني", "كانون الأول"),
    "ckb": ("کانوونی دووەم", "شوبات", "ئادار", "نیسان", "ئایار", "حوزەیران", "تەمموز", "ئاب",
            "ئەیلوول", "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم"),
}


def age_band(age) -> str | None:
    """The age band (a choice value of the `person_age_band` role) an age falls in."""
    try:
        age = int(age)
    except (TypeError, ValueError):
        return None
    return ("infant" if age < 1 else "child" if age <= 12 else "adolescent" if age <= 17
            else "adult" if age <= 59 else "older")


def month(value, lang: str) -> str:
    text = str(value or "")
    try:
        year, month = int(text[:4]), int(text[5:7])
    except ValueError:
        return text[:4] if text[:4].isdigit() else ""
    if not 1 <= month <= 12:
        return str(year)
    return f"{MONTHS.get(lang, MONTHS['en'])[month - 1]} {year}"


def neighbourhood(form: Form, text: str) -> str | None:
    """The known place a free-text address names: the value of a choice of an
    `incident_place` field whose label (in any language) it contains; None when it names
    none (the address is then withheld)."""
    folded = fold(text)
    for ref in form.fields_with("incident_place"):
        for choice in ref.field.choices:
            if choice.other:
                continue
            for written in LANGS:
                label = choice.label.get(written)
                if label and fold(label) in folded:
                    return choice.value
    return None
