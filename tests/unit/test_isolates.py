"""Literal dates, times, offsets, digit runs and Latin text inside an Arabic or Sorani
sentence sit in a Unicode bidi isolate (U+2066 LRI or U+2068 FSI … U+2069 PDI).

Without one, «2017-03-17» in a right-to-left line shows as 17-03-2017 (read as
day-month-year) and «+03:00» as 03:00+. Checked in the interface catalogues (which hold
the validator's messages too) and every label, hint and message of the questionnaire.
Placeholders ({name}, %n) are filled in at run time and isolated by the code that fills
them; file-dialog patterns such as (*.vault) must end their filter, so they are left bare.
"""

from __future__ import annotations

import pytest
from wording_units import LANGS, LRI, PDI, catalogue_units, questionnaire_units, unisolated


def _bare(units) -> list[str]:
    return [f"{u.where}: {u.en!r} -> {lang}: {u.text[lang]!r} leaves {runs} bare"
            for u in units for lang in LANGS
            if (runs := unisolated(u.text.get(lang, "")))]


def test_catalogues_isolate_every_literal():
    units = catalogue_units()
    assert len(units) > 400
    assert _bare(units) == []


def test_questionnaire_isolates_every_literal():
    units = questionnaire_units()
    assert len(units) > 300
    assert _bare(units) == []


@pytest.mark.parametrize(("text", "bare"), [
    ("مثلًا 2017-03", ["2017", "03"]),
    ("(العراق: +03:00)", ["03", "00"]),
    ("بصمة SHA-256", ["SHA", "256"]),
    ("17 تموز", ["17"]),
    ("أقفلها بـ Ctrl+L.", ["Ctrl", "L"]),
    (f"{LRI}SHA-256{PDI} و SHA", ["SHA"]),
])
def test_a_bare_literal_is_found(text, bare):
    assert unisolated(text) == bare


@pytest.mark.parametrize("text", [
    f"مثلًا {LRI}2017-03{PDI}",
    f"(العراق: {LRI}+03:00{PDI})",
    "\u2068SHA-256\u2069",
    "حفظ {path}: %n سجل",
    "خزائن «شهادة» (*.vault);;جميع الملفات (*)",
    "&تصدير…",
    "٢ تا ٨",  # Arabic-Indic digits belong to the sentence's own direction
])
def test_isolated_literals_and_placeholders_pass(text):
    assert unisolated(text) == []
