"""Consonant skeletons of names, to find a recorded name spelt another way in Latin text.

A translator writes أحمد as "Ahmad" or "Ahmed", a recorded "al-Jubouri" comes back as
"Jabouri", and a name recorded only in Arabic script appears in the English account.
Transliterations differ mostly in their vowels, so a Latin word is compared with a name by
its consonants, each reduced to a class that covers the usual spellings ("kh" and خ, "q",
"k", ق and ك, doubled letters and shadda as one), and by whether it starts with a vowel
(أحمد "Ahmad" is not حامد "Hamid", nor "humid"). Skeletons of fewer than three consonants
(Ali's "l", Omar's "mr") would match ordinary words and are never used: such names are
caught only as recorded.

Pure functions on already folded words (see form.normalise.fold); never look at anything
but the words they are given.
"""

from __future__ import annotations

MIN_CONSONANTS = 3

# Folded Arabic-script letters (Arabic and Sorani) -> consonant class; absent = dropped
# (alef, ain, hamza, ta marbuta, and the vowel letters waw and yeh after the first letter).
_ARABIC = {
    "ب": "b", "پ": "b", "ت": "t", "ث": "t", "ط": "t", "ج": "j", "چ": "c", "ح": "h", "ه": "h",
    "خ": "x", "د": "d", "ذ": "d", "ض": "d", "ر": "r", "ڕ": "r", "ز": "z", "ظ": "z", "ژ": "z",
    "س": "s", "ص": "s", "ش": "S", "غ": "g", "گ": "g", "ف": "f", "ڤ": "f", "ق": "k", "ك": "k",
    "ل": "l", "ڵ": "l", "م": "m", "ن": "n",
}
_ARABIC_INITIAL = {"و": "w", "ي": "y"}
# Latin digraphs first, then single letters; vowels, and w/y after the first letter, drop.
_LATIN_DIGRAPHS = {"kh": "x", "gh": "g", "sh": "S", "ch": "c", "th": "t", "dh": "d",
                   "zh": "z", "ph": "f", "ck": "k"}
_LATIN = {
    "b": "b", "p": "b", "t": "t", "j": "j", "h": "h", "d": "d", "r": "r", "z": "z", "s": "s",
    "g": "g", "f": "f", "v": "f", "q": "k", "k": "k", "l": "l", "m": "m", "n": "n",
    "c": "c", "x": "x",
}
_LATIN_INITIAL = {"w": "w", "y": "y"}
# A word that starts with a vowel sound gets this mark in front of its consonants.
_VOWEL_START = "_"


def _collapse(classes: list[str], vowel_start: bool) -> str:
    out: list[str] = []
    for c in classes:
        if not out or out[-1] != c:
            out.append(c)
    # A final h is the ta marbuta or a trailing "-ah" ("Fatimah", "Abdullah"): dropped.
    if out and out[-1] == "h":
        out.pop()
    if len(out) < MIN_CONSONANTS:
        return ""
    return _VOWEL_START * vowel_start + "".join(out)


def _arabic(word: str) -> str:
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    classes = []
    for i, ch in enumerate(word):
        c = _ARABIC_INITIAL.get(ch) if i == 0 else None
        c = c or _ARABIC.get(ch)
        if c:
            classes.append(c)
    return _collapse(classes, word[:1] in ("ا", "ع"))


def _latin(word: str) -> str:
    if word.startswith(("al", "el")) and len(word) > 5:
        word = word[2:]  # "aljubouri" written as one word
    classes, i = [], 0
    while i < len(word):
        pair = word[i:i + 2]
        if pair in _LATIN_DIGRAPHS:
            classes.append(_LATIN_DIGRAPHS[pair])
            i += 2
            continue
        c = _LATIN_INITIAL.get(word[i]) if i == 0 else None
        c = c or _LATIN.get(word[i])
        if c:
            classes.append(c)
        i += 1
    return _collapse(classes, word[:1] in "aeiou")


def is_latin(word: str) -> bool:
    return word.isascii() and word.isalpha()


def skeleton(word: str) -> str:
    """The consonant skeleton of a folded name word, or '' when it is too short to use."""
    if is_latin(word):
        return _latin(word)
    if any("\u0600" <= ch <= "\u06ff" for ch in word):
        return _arabic(word)
    return ""


def vowel_key(word: str) -> str:
    """A folded Latin word's consonant classes with each run of vowels as one "V", for
    names too short for a skeleton: "Ali", "Aly", "Alee" and "Ally" all give "VlV";
    "Ruqaya" and "Rukia" give "rVkV". '' when the word has no consonant."""
    if not is_latin(word) or len(word) < 3:
        return ""
    out: list[str] = []
    i = 0
    while i < len(word):
        pair = word[i:i + 2]
        if pair in _LATIN_DIGRAPHS:
            c, i = _LATIN_DIGRAPHS[pair], i + 2
        else:
            ch = word[i]
            c = (_LATIN_INITIAL.get(ch) if i == 0 else None) or _LATIN.get(ch) or (
                "V" if ch in "aeiouyw" else "")
            i += 1
        if c and (not out or out[-1] != c):
            out.append(c)
    if len(out) > 2 and out[-1] == "h" and out[-2] == "V":
        out.pop()  # "Fatimah", "Sumayyah"
    return "".join(out) if any(c != "V" for c in out) else ""
