"""Text normalisation shared by validation, search and duplicate detection.

Pure functions on strings; no I/O.
"""

from __future__ import annotations

import re
import unicodedata

# Eastern Arabic (U+0660..) and Persian/Urdu (U+06F0..) digits -> ASCII.
_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})
_DIGITS[ord("٫")] = "."  # Arabic decimal separator
_DIGITS[ord("٬")] = ","  # Arabic thousands separator
_DIGITS[ord("−")] = "-"  # minus sign


def normalise_digits(text: str) -> str:
    """Replace Eastern Arabic and Persian digits (and the Arabic decimal mark) by ASCII."""
    return text.translate(_DIGITS)


# Folding for search: spelling variants of Arabic script that people type interchangeably.
_FOLD = {
    # alef forms -> bare alef
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    # alef maqsura and Persian/Kurdish yeh forms -> yeh
    "ى": "ي", "ی": "ي", "ې": "ي", "ێ": "ي", "ئ": "ي",
    # ta marbuta -> ha; Kurdish ae -> ha
    "ة": "ه", "ە": "ه", "ھ": "ه", "ۀ": "ه",
    # waw with hamza and Kurdish o/u forms -> waw
    "ؤ": "و", "ۆ": "و", "ۇ": "و",
    # keheh -> kaf
    "ک": "ك", "ڪ": "ك",
    "ء": "",
}
_FOLD_TABLE = {ord(k): v for k, v in _FOLD.items()}
_FOLD_TABLE.update(_DIGITS)
# Tashkeel (harakat, tanwin, shadda, sukun, dagger alef), Quranic marks and tatweel.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Combining diacritical marks of Latin, Greek and Cyrillic (after NFD).
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Fold text for matching: case, Latin accents, Arabic diacritics and letter variants.

    "أحمد", "احمد" and "أَحْمَد" fold to the same string; so do "فاطمة" and "فاطمه".
    """
    text = unicodedata.normalize("NFKC", text)
    text = _MARKS.sub("", text)
    text = text.translate(_FOLD_TABLE)
    if not text.isascii():
        # Strip Latin combining accents (é -> e); Arabic marks are already gone.
        text = _COMBINING.sub("", unicodedata.normalize("NFD", text))
        text = unicodedata.normalize("NFC", text)
    return text.casefold()


# Common words spelled like a name once harakat are dropped (على "on" and علي "Ali" fold
# alike): never taken for a recorded name, in the editor's suggestions or in redaction.
_FUNCTION_WORDS = frozenset({"على", "الى", "إلى", "حتى", "متى", "لدى"})


def is_function_word(word: str) -> bool:
    """`word`, harakat and tatweel aside, is a common word that looks like a name."""
    return _MARKS.sub("", word) in _FUNCTION_WORDS
