"""Language choice, text direction and bidi isolation of values (Qt-free).

The GUI sets Qt's layout direction from `direction()` before the first widget exists;
Qt ships no base translation for Sorani, so we never rely on Qt to guess it.
"""

from __future__ import annotations

import os

LANGUAGES = {"en": "English", "ar": "العربية", "ckb": "کوردی (سۆرانی)"}  # of the interface
# The one table of languages written right to left (ISO 639 codes), for the interface,
# questionnaires and statements alike.
RTL = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd",
                 "syr", "ug", "ur", "yi"})


def direction(lang: str) -> str:
    return "rtl" if lang in RTL else "ltr"


def is_rtl(lang: str) -> bool:
    return lang in RTL


def default_language() -> str:
    """TESTIMONY_LANG, else the system locale if we support it, else English."""
    for candidate in (os.environ.get("TESTIMONY_LANG"), os.environ.get("LANG", "")):
        code = (candidate or "").split(".")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


FSI, PDI = "\u2068", "\u2069"  # Unicode first-strong isolate and its end


def isolate(text: str) -> str:
    """`text` as a bidi isolate: its own direction, never reordered with what surrounds it.

    Without it a date such as 2017-03-17 shows as 17-03-2017 in a right-to-left line, and
    "2026-11-26 10:02" as "10:02 2026-11-26".
    """
    return f"{FSI}{text}{PDI}" if text else text


# Hebrew, Arabic, Syriac, Thaana… and the Arabic presentation forms.
_ARABIC_SCRIPT = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))


def text_direction(value: str) -> str | None:
    """'rtl' or 'ltr' from the first letter of `value` (None without letters)."""
    for ch in value:
        if ch.isalpha():
            code = ord(ch)
            return "rtl" if any(lo <= code <= hi for lo, hi in _ARABIC_SCRIPT) else "ltr"
    return None
