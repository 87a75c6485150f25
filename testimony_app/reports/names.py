"""Recorded names found in free text however they are written: Arabic spelling variants,
proclitics and suffixes, Sorani spellings of Arabic names, two-word names written as one,
a particle before a name or joined to it, Latin transliterations (by consonant skeleton,
skeletons.py, and by the romanization table, romanization.py), a name split by a line
break, a hyphen or other punctuation, a name inside a longer token, and Cyrillic or Greek
letters that look like Latin ones.

Pure functions on strings; never looks at anything but the names and text it is given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from ..form import fold
from ..form.normalise import is_function_word
from ..form.skeletons import is_latin, skeleton, vowel_key
from .english_words import COMMON
from .romanization import latin_pattern

# Invisible format characters (soft hyphen, zero-width (non-)joiners, direction marks) that
# a keyboard or a paste can leave inside a name or a number; they never separate words.
INVISIBLE = "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
# Also dropped inside a word: the half rings and apostrophes of romanization ("ʿAli").
INVISIBLE_RE = re.compile(f"[{INVISIBLE}\u02bb\u02bc\u02be\u02bf]")
# Cyrillic and Greek letters drawn like Latin ones: "Аhmad" with a Cyrillic А is Ahmad.
_LOOKALIKES = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеіјорсхуѕԁһԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧοιν",
    "ABESIJKMHOPCTXYaeijopcxysdhqwABEZHIKMNOPTYXoiv")
# A word, with Arabic and Latin diacritics (combining accents: "Ahma\u0301d"), tatweel and
# invisible characters inside it; an underscore separates words (IMG_Ahmad_2017.jpg).
WORD = re.compile(f"(?:[^\\W_]|[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640{INVISIBLE}"
                  "\u02bb\u02bc\u02be\u02bf\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff"
                  "\u20d0-\u20ff\ufe20-\ufe2f])+")
# Particles of names that are also ordinary words; never withheld on their own.
_KUNYA_HEADS = ("ابو", "ابي", "ابا", "ام", "ابن", "بنت", "بن")  # folded; أبي and أبا are
# أبو's other cases ("لأبي خالد", "رأيت أبا خالد")
_LATIN_HEADS = ("abu", "abou", "aboo", "abo", "abi", "aba", "umm", "um", "omm", "om", "oum",
                "ibn", "bin", "bint", "al", "el")
_NAME_PARTICLES = frozenset(_KUNYA_HEADS + _LATIN_HEADS + ("ال",))
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
    vowel_keys: frozenset[str] = frozenset()  # of recorded Latin words (skeletons.vowel_key)
    latin: tuple[str, ...] = ()               # patterns of Latin spellings (romanization.py)
    inner: tuple[str, ...] = ()               # long names, found inside longer tokens
    # Words already looked at, while these names are in use (one statement): an account
    # says the same words many times.
    seen: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def __bool__(self) -> bool:
        return bool(self.words or self.compounds)


@lru_cache(maxsize=8192)
def key(word: str) -> str:
    """A word as names are compared: folded, without invisible characters.

    Remembers the words it folded, as layout does: forget_keys() forgets them."""
    return fold(INVISIBLE_RE.sub("", word).translate(_LOOKALIKES))


def forget_keys() -> None:
    """Forget the words folded and the name patterns compiled (they come from records)."""
    key.cache_clear()
    _compiled.cache_clear()


def name_tokens(values: Iterable[str]) -> Names:
    """The words of recorded names, minus particles and one-letter words, plus each two
    neighbouring words written as one ("عبد الله" -> "عبدالله", "أبو أحمد" -> "ابواحمد"),
    the Arabic spelling of a Sorani one, and what finds them spelt another way in Latin."""
    words: set[str] = set()
    compounds: set[tuple[str, str]] = set()
    patterns: set[str] = set()
    keys: set[str] = set()
    for value in values:
        raw = [m.group() for m in WORD.finditer(str(value or ""))]
        parts = [key(w) for w in raw]
        words.update(a + b for a, b in zip(parts, parts[1:], strict=False)
                     if not (a + b).isdigit())
        compounds.update((a, b) for a, b in zip(parts, parts[1:], strict=False)
                         if a in _COMPOUND_HEADS)
        patterns.update(latin_pattern(a + b) for a, b in zip(raw, raw[1:], strict=False)
                        if key(a) in _COMPOUND_HEADS)
        for w, part in zip(raw, parts, strict=True):
            if len(part) < 2 or part.isdigit() or part in (
                    _NAME_PARTICLES | _COMPOUND_HEADS | _NAMES_OF_GOD):
                continue
            words.add(part)
            if is_latin(part):
                keys.add(vowel_key(part))
            else:
                patterns.add(latin_pattern(w))
                if _is_sorani(w):
                    words.update(_arabic_spellings(w))
    # "الجبوري" is also written "جبوري", and a family name recorded bare takes the article.
    words |= {w[2:] for w in words if w.startswith(ARTICLE) and len(w) >= 6}
    words |= {ARTICLE + w for w in words if len(w) >= 5 and not w.isascii() and
              not w.startswith(ARTICLE)}
    found = {skeleton(w) for w in words | {b for _, b in compounds}}
    patterns.discard("")
    # A long Arabic-script name inside a longer word ("الجبوريينا"): five letters or more,
    # so that short names are not found inside ordinary words. Latin tokens are split into
    # their pieces instead (_PIECES): "Nadia" is not to be found inside "Canadian".
    inner = tuple(sorted(w for w in words if len(w) >= 5 and not w.isascii()))
    return Names(frozenset(words), frozenset(found - {""}), frozenset(compounds),
                 frozenset(keys - {""}), tuple(sorted(patterns)), inner)


@lru_cache(maxsize=1024)
def _compiled(pattern: str) -> re.Pattern:
    # Compiling is slow (a millisecond a name) and most statements need few: each pattern
    # is compiled when first needed, and kept (common names recur) until forget_keys().
    return re.compile(pattern)


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


def _arabic_spellings(word: str) -> set[str]:
    """Folded Arabic spellings of a Sorani spelling of an Arabic name: Sorani writes the
    short vowels (ئەحمەد for أحمد, حەسەن for حسن, عومەر for عمر, خالید for خالد) and long
    ones doubled (مەحموود for محمود)."""
    word = INVISIBLE_RE.sub("", word)
    if word.startswith(("ئە", "ئی", "ئو")):
        word = "ا" + word[2:]
    word = word.replace("وو", "و").replace("یی", "ی").replace("ێ", "ی").replace("ۆ", "و")
    word = word[:-1].replace("ە", "") + word[-1:]  # a final ە is Arabic's ta marbuta
    # A short i or u that Sorani writes and Arabic does not, between two letters.
    short = word[:1] + word[1:-1].replace("ی", "").replace("و", "") + word[-1:]
    return {fold(word), fold(short)}


def _is_sorani(word: str) -> bool:
    """Written the Sorani way: a Sorani letter, the Persian yeh or keheh, or ئ first."""
    return word.startswith("ئ") or any(ch in word for ch in "ەێۆڕڵیک")


def _without_head(folded: str):
    """`folded` without a kunya's or a family's particle joined to it ("ابيخالد",
    "abukhalid", "aljubouri"), when at least three letters are left."""
    heads = _LATIN_HEADS if is_latin(folded) else _KUNYA_HEADS
    return (folded[len(h):] for h in heads if folded.startswith(h) and len(folded) - len(h) >= 3)


def _latin_variant(folded: str, names: Names) -> bool:
    """A Latin word spelt differently from the recorded name, or the Latin spelling of a
    name recorded only in Arabic script."""
    if folded in COMMON:
        return False
    return (skeleton(folded) in names.skeletons or vowel_key(folded) in names.vowel_keys or
            any(_compiled(p).fullmatch(folded) for p in names.latin))


def _is_name(word: str, names: Names, inner: bool = True) -> bool:
    bare = INVISIBLE_RE.sub("", word)
    if is_function_word(bare):
        return False
    folded = key(bare)
    forms = set(word_forms(folded))
    forms |= {rest for form in tuple(forms) for rest in _without_head(form)}
    if forms & names.words:
        return True
    if _is_sorani(bare) and any(form in names.words for spelling in _arabic_spellings(bare)
                                for form in word_forms(spelling)):
        return True
    if inner and len(folded) > 5 and any(w in folded for w in names.inner):
        return True
    # A token of several pieces: letters and digits ("Ali2017"), two scripts ("Aliعلي"),
    # joined capitalised words ("AliHassan"): each piece is looked at on its own.
    whole = _MARKS.sub("", unicodedata.normalize("NFKC", bare)).translate(_LOOKALIKES)
    pieces = _PIECES.findall(whole)
    if len(pieces) > 1 or (pieces and pieces[0] != whole):
        return any(_is_name(piece, names, inner) for piece in pieces if len(piece) >= 2)
    # A capitalised Latin word spelt differently from the recorded name (or the name
    # recorded only in Arabic script). Only capitalised words, as names are in English:
    # "would" is not Walid.
    if not (is_latin(folded) and bare.translate(_LOOKALIKES)[:1].isupper()):
        return False
    return any(_latin_variant(form, names) for form in forms)


# Harakat and tatweel, which separate no pieces of a word.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PIECES = re.compile(r"[A-Z][a-z]+|[a-z]+|[A-Z]+(?![a-z])|[^\W\dA-Za-z_]+")
# What may split one name into pieces: a hyphen or a line break (with a hyphen), dots
# ("A.h.m.a.d"), a slash, an apostrophe ("Sa'ad"), an underscore; at most this many pieces.
_SPLITTERS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212.'\u2018\u2019`\u00b4\u02b9/\\_"
                       "\n\r\u2028\u2029·|*")
_MAX_PIECES = 8


_BREAKS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212\n\r\u2028\u2029")


def _joinable(gap: str) -> bool:
    """A gap inside a name written in pieces; with a space in it only when it also holds a
    line break or a hyphen ("Ah-\nmad", "Ah- mad"), never a sentence's end ("it. Then")."""
    inner = gap.strip(" \t\u00a0")
    if not (0 < len(gap) <= 4 and inner != "" and all(ch in _SPLITTERS for ch in inner)):
        return False
    return inner == gap or any(ch in _BREAKS for ch in inner)


def _split_names(text: str, words: list[re.Match], names: Names,
                 is_name: list[bool]) -> list[tuple[int, int]]:
    """Names written in pieces: "Ah-\nmad", "Jubo-\nuri", "أح\nمد", "K.h.a.l.i.d", "A h m a
    d", and two pieces separated by one space that together are a recorded word ("Ah mad")."""
    out = []
    for i, m in enumerate(words):
        if is_name[i]:
            continue
        joined, end = m.group(), m.end()
        for j in range(i + 1, min(len(words), i + _MAX_PIECES)):
            gap = text[end:words[j].start()]
            # Letters spaced out ("A h m a d", "أ ح م د") are one word.
            spaced = (gap in (" ", "\u00a0") and len(words[j - 1].group()) <= 3 and
                      len(words[j].group()) <= 3 and
                      len(key(words[j - 1].group())) == 1 == len(key(words[j].group())))
            exact_only = gap == " " and not spaced
            if not (exact_only and j == i + 1) and not spaced and not _joinable(gap):
                break
            joined += words[j].group()
            end = words[j].end()
            if exact_only:
                if len(joined) >= 4 and key(joined) in names.words:
                    out.append((m.start(), end))
                break
            if is_name[j]:
                break
            if _is_name(joined, names, inner=False):
                out.append((m.start(), end))
                break
    return out


def _known_name(word: str, names: Names) -> bool:
    found = names.seen.get(word)
    if found is None:
        found = names.seen[word] = _is_name(word, names)
    return found


def _particle(word: str) -> bool:
    return any(form in _NAME_PARTICLES | _COMPOUND_HEADS for form in word_forms(key(word)))


def name_spans(text: str, words: list[re.Match], names: Names) -> list[tuple[int, int]]:
    """(start, end) of every word of `words` (WORD matches in `text`) that is a recorded
    name, of a particle just before one ("Abu Ahmad", "al-Jabouri", "لأبي خالد"), and of
    a name written in pieces (see _split_names)."""
    is_name = [_known_name(m.group(), names) for m in words]
    for i, (m, n) in enumerate(zip(words, words[1:], strict=False)):
        if names.compounds and text[m.end():n.start()].strip(" -\u00a0\n") == "" and any(
                (form, key(n.group())) in names.compounds for form in word_forms(key(m.group()))):
            is_name[i] = is_name[i + 1] = True
    for i, m in enumerate(words):
        if not is_name[i] and i + 1 < len(words) and is_name[i + 1] and _particle(
                m.group()) and text[m.end():words[i + 1].start()].strip(" -\u00a0\n") == "":
            is_name[i] = True
    out = [(m.start(), m.end()) for m, hit in zip(words, is_name, strict=True) if hit]
    return out + _split_names(text, words, names, is_name)
