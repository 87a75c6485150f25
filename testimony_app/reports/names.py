"""Recorded names found in free text however they are written: Arabic spelling variants,
proclitics and suffixes, Sorani spellings of Arabic names, two-word names written as one,
a particle before a name, Latin transliterations (by consonant skeleton, skeletons.py).

Pure functions on strings; never looks at anything but the names and text it is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..form import fold
from ..form.normalise import is_function_word
from .skeletons import is_latin, skeleton

# Invisible format characters (soft hyphen, zero-width (non-)joiners, direction marks) that
# a keyboard or a paste can leave inside a name or a number; they never separate words.
INVISIBLE = "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
# A word, with Arabic diacritics, tatweel and invisible characters inside it; an underscore
# separates words (IMG_Ahmad_2017.jpg).
WORD = re.compile(f"(?:[^\\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640{INVISIBLE}])+")
# Particles of names that are also ordinary words; never withheld on their own.
_NAME_PARTICLES = frozenset(fold(w) for w in (
    "al", "el", "abu", "abou", "umm", "um", "bin", "ibn", "bint", "ابو", "أبو", "ام", "أم",
    "بن", "بنت", "ال",
))
# "عبد" and a name of God make one name (عبد الله, عبد الرحمن). A name of God alone is no
# name ("إن شاء الله", "Allah"): it is withheld only after "عبد", and "عبد" only before
# the rest of its name.
_COMPOUND_HEADS = frozenset({"عبد", "abd", "abdul", "abdel", "abdal"})
_NAMES_OF_GOD = frozenset(fold(w) for w in ("الله", "الرحمن", "الرحيم", "الكريم", "allah"))
# One-letter Arabic proclitics (and, so, with, for, like), which attach to a name written
# in running text: "وأحمد", "لأحمد", "بالجبوري". The article is not stripped from a word
# ("العمر", the age, is not عمر, Omar): family names are matched with and without it.
_CLITICS = ("و", "ف", "ب", "ل", "ك")
ARTICLE = "ال"
# Common words spelt like a common name once folded ("على", "on", folds like "علي", Ali):
# never taken for a name, or every Arabic sentence would lose its prepositions.
# Suffixes that attach to a name: the Sorani ezafe and "also" ("ئەحمەدی برام", "ئەحمەدیش"),
# and the plural of a family ("الجبوريين", "the Jubouris").
_SUFFIXES = tuple(fold(s) for s in ("یش", "ی", "ش", "ين", "ون", "s"))


@dataclass(frozen=True)
class Names:
    """Recorded names to withhold: folded words (and joined pairs), and the consonant
    skeletons that find them spelt another way in Latin text."""

    words: frozenset[str] = frozenset()
    skeletons: frozenset[str] = frozenset()
    compounds: frozenset[tuple[str, str]] = frozenset()  # ("عبد", "الله")

    def __bool__(self) -> bool:
        return bool(self.words or self.compounds)


def key(word: str) -> str:
    """A word as names are compared: folded, without invisible characters."""
    return fold(INVISIBLE_RE.sub("", word))


def name_tokens(values: Iterable[str]) -> Names:
    """The words of recorded names, minus particles and one-letter words, plus each two
    neighbouring words written as one ("عبد الله" -> "عبدالله", "أبو أحمد" -> "ابواحمد")."""
    words, compounds = set(), set()
    for value in values:
        parts = [key(m.group()) for m in WORD.finditer(str(value or ""))]
        words.update(a + b for a, b in zip(parts, parts[1:], strict=False)
                     if not (a + b).isdigit())
        compounds.update((a, b) for a, b in zip(parts, parts[1:], strict=False)
                         if a in _COMPOUND_HEADS)
        words.update(w for w in parts
                     if len(w) >= 2 and not w.isdigit() and
                     w not in _NAME_PARTICLES | _COMPOUND_HEADS | _NAMES_OF_GOD)
    # "الجبوري" is also written "جبوري", and a family name recorded bare takes the article.
    words |= {w[2:] for w in words if w.startswith(ARTICLE) and len(w) >= 6}
    words |= {ARTICLE + w for w in words if len(w) >= 5 and not w.isascii() and
              not w.startswith(ARTICLE)}
    found = {skeleton(w) for w in words | {b for _, b in compounds}}
    return Names(frozenset(words), frozenset(found - {""}), frozenset(compounds))


def word_forms(folded: str):
    """`folded` and what it is without up to two proclitics ("وبال" + name) and without a
    Sorani or Arabic suffix ("ئەحمەدی", "ئەحمەدیش")."""
    stems = {folded}
    for _ in range(2):
        stems |= {w[len(c):] for w in stems for c in _CLITICS
                  if w.startswith(c) and len(w) - len(c) >= 2}
        # "for the" is lam and the article without its alef: "للجبوري".
        stems |= {ARTICLE + w[2:] for w in stems if w.startswith("لل") and len(w) > 4}
    yield from stems
    for stem in stems:
        for suffix in _SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                yield stem[:-len(suffix)]


def _arabic_spelling(word: str) -> str:
    """A Sorani spelling of an Arabic name as Arabic writes it: Sorani writes the short
    vowels (ئەحمەد for أحمد, حەسەن for حسن) and long ones doubled (مەحموود for محمود)."""
    if word.startswith(("ئە", "ئی", "ئو")):
        word = "ا" + word[2:]
    word = word.replace("وو", "و").replace("یی", "ی").replace("ێ", "ی").replace("ۆ", "و")
    return word[:-1].replace("ە", "") + word[-1:]  # a final ە is Arabic's ta marbuta


def _is_name(word: str, names: Names) -> bool:
    bare = INVISIBLE_RE.sub("", word)
    if is_function_word(bare):
        return False
    folded = fold(bare)
    if any(form in names.words for form in word_forms(folded)):
        return True
    if bare.startswith("ئ") or any(ch in bare for ch in "ەێۆ"):
        if any(form in names.words for form in word_forms(fold(_arabic_spelling(bare)))):
            return True
    # A capitalised Latin word spelt differently from the recorded name (or the name
    # recorded only in Arabic script): compared by consonants. Only capitalised words, as
    # names are in English: "would" is not Walid.
    return (is_latin(folded) and INVISIBLE_RE.sub("", word)[:1].isupper() and
            skeleton(folded) in names.skeletons)


def name_spans(text: str, words: list[re.Match], names: Names) -> list[tuple[int, int]]:
    """(start, end) of every word of `words` (WORD matches in `text`) that is a recorded
    name, and of a particle just before one ("Abu Ahmad", "al-Jabouri")."""
    is_name = [_is_name(m.group(), names) for m in words]
    for i, (m, n) in enumerate(zip(words, words[1:], strict=False)):
        if names.compounds and text[m.end():n.start()].strip(" -\u00a0") == "" and any(
                (form, key(n.group())) in names.compounds for form in word_forms(key(m.group()))):
            is_name[i] = is_name[i + 1] = True
    for i, m in enumerate(words):
        if not is_name[i] and i + 1 < len(words) and is_name[i + 1] and (
                key(m.group()) in _NAME_PARTICLES | _COMPOUND_HEADS and
                text[m.end():words[i + 1].start()].strip(" -\u00a0") == ""):
            is_name[i] = True
    return [(m.start(), m.end()) for m, hit in zip(words, is_name, strict=True) if hit]
