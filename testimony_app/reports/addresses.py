"""House and street numbers of recorded addresses, found where free text writes them again
with any address word ("house 47", "House No. 47", "بيت رقم ٤٧", "داره ٤٧", "ماڵی ژمارە ٤٧"),
and address numbers that no address records, for the statement's maker to check.

Pure functions on strings and WORD matches; never looks at anything but what it is given.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..form import fold, normalise_digits
from .names import ARTICLE, key, word_forms

# Words that put a number in an address, in English, Arabic and Sorani (folded when used).
_ADDRESS_WORDS = (
    "house", "houses", "home", "building", "bldg", "flat", "apartment", "apt", "block", "blk",
    "street", "st", "road", "rd", "lane", "alley", "avenue", "ave", "district", "quarter",
    "sector", "plot", "door", "gate", "mahalla", "mahala", "hay", "zuqaq", "zqaq",
    "دار", "بيت", "منزل", "مبنى", "بنايه", "عماره", "شقه", "زقاق", "شارع", "طريق", "درب",
    "حي", "محله", "قطعه", "باب", "مجمع", "فرع", "عكد", "دربونه",
    "ماڵ", "خانوو", "باڵەخانە", "شوقە", "کۆڵان", "کۆلان", "شەقام", "گەڕەک", "ڕێگا", "بلۆک",
    "دەرگا",
)
# Words that may stand between the address word and its number ("No.", "رقم", "ژمارە").
_NUMBER_WORDS = ("no", "nr", "num", "number", "numbers", "رقم", "ژمارە", "ژماره")
# Possessive and other suffixes an address word takes: "بيتنا", "داره", "ماڵەکەمان".
_SUFFIXES = tuple(sorted({fold(s) for s in (
    "نا", "ه", "ها", "هم", "هن", "ي", "ك", "كم", "ى", "ەکە", "ەکەمان", "ەکەیان", "ەکەم",
    "مان", "یان", "ی", "م", "ت", "s")}, key=len, reverse=True))
_WORDS = frozenset(fold(w) for w in _ADDRESS_WORDS)
# Most words hold no address word at all: this finds the few worth taking apart.
_SOME_WORD = re.compile("|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)))
_NUMBER_MARKS = frozenset(fold(w) for w in _NUMBER_WORDS)
_DIGITS = re.compile(r"^\d+")
# What may stand between the parts: spaces, a colon, a hash, a dash, a full stop, a comma.
_GAP = re.compile("[\\s,:#\\-.\u060c\u2013\u2014/\u00a0\u200b-\u200f]{0,4}")


def _stems(word: str):
    """A folded word, without clitics, the article and a possessive suffix."""
    for form in word_forms(word):
        bare = form[len(ARTICLE):] if form.startswith(ARTICLE) and len(form) > 3 else form
        yield from (form, bare)
        yield from (bare[:-len(s)] for s in _SUFFIXES if bare.endswith(s) and
                    len(bare) - len(s) >= 2)


def is_address_word(word: str) -> bool:
    return _kind(word) in ("address", "number")


def _kind(word: str) -> str:
    """'address', 'number' (No., رقم), 'digits', or '' for any other word."""
    folded = key(word)
    if _DIGITS.match(normalise_digits(folded)):
        return "digits"
    if folded in _NUMBER_MARKS:
        return "number"
    if not _SOME_WORD.search(folded):
        return ""
    return "address" if any(s in _WORDS for s in _stems(folded)) else ""


def recorded_numbers(addresses: Iterable[str]) -> frozenset[str]:
    """Every number written in the recorded addresses a level does not show."""
    return frozenset(n.lstrip("0") or "0" for text in addresses
                     for n in re.findall(r"\d+", normalise_digits(str(text or ""))))


def address_numbers(text: str, words: list[re.Match]) -> list[tuple[int, int, str]]:
    """(start, end, number) of each address word or number word followed by a number
    ("House No. 47"), or a number followed by an address word ("47 شارع")."""
    out = []
    kinds = [_kind(m.group()) for m in words]
    covered = -1  # "House No. 47" is one address, not also "No. 47"
    for i, m in enumerate(words):
        if kinds[i] not in ("address", "number") or m.start() < covered:
            continue
        j = i + 1
        while j < len(words) and kinds[j] == "number" and j - i <= 2 and _close(text, words, j):
            j += 1
        if j < len(words) and kinds[j] == "digits" and _close(text, words, j):
            out.append((m.start(), words[j].end(), _number(words[j].group())))
            covered = words[j].end()
    for i, m in enumerate(words[:-1]):
        if kinds[i] == "digits" and kinds[i + 1] == "address" and _close(text, words, i + 1):
            out.append((m.start(), words[i + 1].end(), _number(m.group())))
    return out


def _number(word: str) -> str:
    """The number a 'digits' word starts with, without leading zeros ("0" for zeros)."""
    digits = _DIGITS.match(normalise_digits(key(word)))
    return (digits.group() if digits else "").lstrip("0") or "0"


def _close(text: str, words: list[re.Match], j: int) -> bool:
    return _GAP.fullmatch(text[words[j - 1].end():words[j].start()]) is not None
