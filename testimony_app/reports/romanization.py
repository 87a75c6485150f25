"""Latin spellings of a name recorded in Arabic or Sorani script, as a pattern to match.

A name recorded only as علي comes back in an English account as "Ali", "Aly" or "Alee";
رقية as "Ruqaya", "Rukia" or "Roqiya"; a Sorani ئاراس as "Aras". Consonant skeletons
(skeletons.py) miss names of fewer than three consonants, so a recorded Arabic-script
word is turned into one regular expression that every usual Latin spelling of it matches,
letter by letter, from the table below. The table is documented in docs/statements.md:
the consonant values of ALA-LC and DIN 31635 romanization (without their diacritics)
plus the informal spellings of English-language reporting and Iraqi usage (ق as "g" in
Gasim, ج as "g", ك as "ch", "ou"/"oo" for و, "ee"/"ie"/"ey" for ي, ta marbuta as
a/ah/e/eh/at, doubled consonants for shadda, short vowels that Arabic does not write).

Pure functions on one word; never looks at anything but the word it is given.
"""

from __future__ import annotations

import re
import unicodedata

# Consonants -> Latin spellings (each may be written doubled, for shadda or by habit).
_CONSONANTS = {
    "ب": "b", "پ": "p|b", "ت": "t", "ث": "th|t|s", "ج": "j|g|dj", "چ": "ch|tch|c|j",
    "ح": "h|7", "خ": "kh|x|h|k", "د": "d", "ذ": "dh|th|z|d", "ر": "r", "ڕ": "r",
    "ز": "z", "ژ": "zh|j|z", "س": "s", "ش": "sh|ch|sch|s", "ص": "s", "ض": "d|dh|z",
    "ط": "t", "ظ": "z|dh|th|d", "غ": "gh|g|r", "ف": "f|ph", "ڤ": "v|f", "ق": "q|k|g|c",
    "ك": "k|c|ch|q", "ک": "k|c|ch|q", "گ": "g", "ل": "l", "ڵ": "l", "م": "m", "ن": "n",
    "ه": "h", "ھ": "h",
}
# Letters that are vowels, or a vowel's seat, between consonants.
_ALEF = "a|aa|e|â|ā|o|u|i"                 # long a; the article's alef after عبد ("Abdul")
_WAW = "w|u|o|oo|ou|ow|ū|uu|aw|ao"
_YEH = "y|i|ee|ie|ei|ey|ay|ai|ī|iy|ii|e"
_TA_MARBUTA = "a|ah|at|e|eh|et|a[ht]?"       # final ة/ه; "t" in a construct ("Fatimat")
_SHORT = "[aeiouâêîôû'ʿʾ]{0,2}"            # short vowels Arabic leaves unwritten
_VOWEL_START = "[aeiouâêîôû]{1,2}"
# Sorani writes its vowels: ە (a/e), ێ (ê), ۆ (o), وو (ū), ی (i/y).
_SORANI_VOWELS = {"ە": "a|e|eh|ah|ae", "ێ": "e|ê|ei|ey|ay|ai|i", "ۆ": "o|ô|aw|ow|oo",
                  "ى": "a|i|y|e"}
# Tashkeel, tatweel and invisible characters: never letters of a name.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u00ad\u061c"
                    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_ALEFS = "اأإآٱ"


def _letters(word: str) -> str:
    word = _MARKS.sub("", unicodedata.normalize("NFKC", word))
    return word.replace("ؤ", "و").replace("ء", "")


def _alt(spellings: str, doubled: bool = True) -> str:
    group = f"(?:{spellings})"
    return f"{group}{group}?" if doubled else group


def latin_pattern(word: str) -> str:
    """A regular expression (to use with re.fullmatch on a folded, lower-case Latin word)
    for the Latin spellings of one Arabic-script name word; '' when it has no letter."""
    letters = _letters(word)
    if letters.startswith("ال") and len(letters) > 3:
        # "al-Jubouri", "Aljubouri", "Jubouri": the article may be written or not.
        article, letters = "(?:[ae]l|ul)?", letters[2:]
    else:
        article = ""
    units: list[str] = []
    i = 0
    while i < len(letters):
        ch = letters[i]
        first, last = i == 0, i == len(letters) - 1
        if ch == "ئ" and first and letters[1:2] in ("ە", "ێ", "ۆ", "ی", "و", "ا", "ي"):
            units.append("['ʿʾ]?")  # Sorani's seat of a written vowel
        elif ch in _ALEFS or ch == "ع" or (ch == "ئ" and first):
            units.append(f"['ʿʾ]?{_VOWEL_START}" if first else
                         f"(?:{_ALEF}|['ʿʾ])?" if ch != "ع" else "['ʿʾ]?")
        elif ch == "و" and i + 1 < len(letters) and letters[i + 1] == "و":
            units.append("(?:u|oo|ou|uu|ū|o)")  # Sorani long u
            i += 1
        elif ch == "و":
            units.append("(?:w|v|o|ou|u)" if first else f"(?:{_WAW})?(?:w)?")
        elif ch in "يی":
            units.append("(?:y|i|e)" if first else
                         "(?:iyy?a|iya|ia|ie|iyah|iah|" + _YEH + ")" if last else
                         f"(?:{_YEH})?(?:y)?")
        elif ch in "ةه" and last and not first:
            units.append(f"(?:{_TA_MARBUTA})?")
        elif ch in _SORANI_VOWELS:
            units.append(_alt(_SORANI_VOWELS[ch], False))
        elif ch == "ئ":
            units.append("['ʿʾ]?")
        elif ch in _CONSONANTS:
            units.append(_alt(_CONSONANTS[ch]))
        elif ch.isalpha():
            return ""  # not an Arabic-script word: its Latin spellings are not ours to guess
        i += 1
    if not units:
        return ""
    return article + _SHORT.join(units) + "(?:[aeiouh]{0,2})?"
