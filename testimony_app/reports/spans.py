"""Withholding spans of free text: the researcher's marks, plus names and phone numbers
recorded in the record that appear unmarked.

Pure functions on strings. A withheld span is replaced by a fixed placeholder per kind
("[name withheld]"), the same whatever the length of what it hides, so the layout does not
reveal how long a name was. Never returns any character of a withheld span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..form import fold, normalise_digits
from . import skeletons

KINDS = ("name", "place", "phone", "other")

PLACEHOLDERS = {
    "name": {"en": "[name withheld]", "ar": "[اسم محجوب]", "ckb": "[ناو شاردراوە]"},
    "place": {"en": "[place withheld]", "ar": "[مكان محجوب]", "ckb": "[شوێن شاردراوە]"},
    "phone": {"en": "[phone withheld]", "ar": "[رقم محجوب]", "ckb": "[ژمارە شاردراوە]"},
    "other": {"en": "[withheld]", "ar": "[محجوب]", "ckb": "[شاردراوە]"},
}

# Invisible format characters (soft hyphen, zero-width (non-)joiners, direction marks) that
# a keyboard or a paste can leave inside a name or a number; they never separate words.
_INVISIBLE = "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
# A word, with Arabic diacritics, tatweel and invisible characters inside it.
_WORD = re.compile(f"[\\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640{_INVISIBLE}]+")
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
# What people put between the groups of a phone number: spaces of every width, dots, dashes
# of every length, slashes, brackets, direction marks.
_GROUPING = f"[\\s.\\-\u2010-\u2015\u2212/(){_INVISIBLE}]"
# Seven or more digits, possibly grouped, possibly after a '+' or '(';
# not digits inside a Latin word or code (CASE20170317X); an Arabic suffix may follow.
_PHONE = re.compile(f"(?<![A-Za-z0-9])[+(]?[{_DIGIT}](?:{_GROUPING}{{0,3}}[{_DIGIT}]){{6,}}"
                    "(?![A-Za-z0-9])")
_GROUPING_RUN = re.compile(f"{_GROUPING}+")
# Digit runs that are not phone numbers: dates, and a range of years ("2014-2017").
_NOT_PHONE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}-\d{1,2}-\d{4}$|"
                        r"^(?:19|20)\d\d-(?:19|20)\d\d$")
# Particles of names that are also ordinary words; never withheld on their own.
_NAME_PARTICLES = frozenset(fold(w) for w in (
    "al", "el", "abu", "abou", "umm", "um", "bin", "ibn", "bint", "ابو", "أبو", "ام", "أم",
    "بن", "بنت", "ال",
))
# One-letter Arabic proclitics (and, so, with, for, like) and the article, which attach to
# a name written in running text: "وأحمد", "لأحمد", "بالجبوري".
_CLITICS = tuple(fold(p) for p in ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"))
# Common words spelt like a common name once folded ("على", "on", folds like "علي", Ali):
# never taken for a name, or every Arabic sentence would lose its prepositions.
_FUNCTION_WORDS = frozenset({"على", "الى", "إلى", "حتى", "متى", "لدى"})
_HARAKAT = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Suffixes that attach to a name: the Sorani ezafe and "also" ("ئەحمەدی برام", "ئەحمەدیش").
_SUFFIXES = tuple(fold(s) for s in ("یش", "ی", "ش"))


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Names:
    """Recorded names to withhold: folded words (and joined pairs), and the consonant
    skeletons that find them spelt another way in Latin text."""

    words: frozenset[str] = frozenset()
    skeletons: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.words)


def _key(word: str) -> str:
    return fold(_INVISIBLE_RE.sub("", word))


def name_tokens(values: Iterable[str]) -> Names:
    """The words of recorded names, minus particles and one-letter words, plus each two
    neighbouring words written as one ("عبد الله" -> "عبدالله", "أبو أحمد" -> "ابواحمد")."""
    words = set()
    for value in values:
        parts = [_key(m.group()) for m in _WORD.finditer(str(value or ""))]
        words.update(a + b for a, b in zip(parts, parts[1:], strict=False)
                     if not (a + b).isdigit())
        words.update(w for w in parts
                     if len(w) >= 2 and w not in _NAME_PARTICLES and not w.isdigit())
    found = {skeletons.skeleton(w) for w in words}
    return Names(frozenset(words), frozenset(found - {""}))


def _forms(folded: str):
    """`folded` and what it is without up to two proclitics ("وبال" + name) and without a
    Sorani or Arabic suffix ("ئەحمەدی", "ئەحمەدیش")."""
    stems = {folded}
    for _ in range(2):
        stems |= {w[len(c):] for w in stems for c in _CLITICS
                  if w.startswith(c) and len(w) - len(c) >= 2}
    yield from stems
    for stem in stems:
        for suffix in _SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 3:
                yield stem[:-len(suffix)]


def _is_name(word: str, names: Names) -> bool:
    if _HARAKAT.sub("", _INVISIBLE_RE.sub("", word)) in _FUNCTION_WORDS:
        return False
    folded = _key(word)
    if any(form in names.words for form in _forms(folded)):
        return True
    # A capitalised Latin word spelt differently from the recorded name (or the name
    # recorded only in Arabic script): compared by consonants. Only capitalised words, as
    # names are in English: "would" is not Walid.
    return (skeletons.is_latin(folded) and _INVISIBLE_RE.sub("", word)[:1].isupper() and
            skeletons.skeleton(folded) in names.skeletons)


def found_spans(text: str, names: Names, *, phones: bool) -> list[Span]:
    """Spans of recorded names (whole words, with a particle just before them: "Abu
    Ahmad", "al-Jabouri") and of phone-like digit runs in `text`."""
    spans = []
    if names:
        words = list(_WORD.finditer(text))
        is_name = [_is_name(m.group(), names) for m in words]
        for i, m in enumerate(words):
            if not is_name[i] and i + 1 < len(words) and is_name[i + 1] and (
                    _key(m.group()) in _NAME_PARTICLES and
                    text[m.end():words[i + 1].start()].strip(" -\u00a0") == ""):
                is_name[i] = True
        spans += [Span(m.start(), m.end(), "name") for m, hit in zip(words, is_name,
                                                                      strict=True) if hit]
    if phones:
        for m in _PHONE.finditer(text):
            digits = _GROUPING_RUN.sub("-", normalise_digits(m.group())).strip("-+")
            if not _NOT_PHONE.match(digits):
                spans.append(Span(m.start(), m.end(), "phone"))
    return spans


def mark_spans(text: str, marks: Iterable[dict], kinds: frozenset[str]) -> list[Span]:
    """The researcher's marks on this text whose kind is withheld, clipped to the text."""
    spans = []
    for mark in marks:
        kind = mark.get("kind") if mark.get("kind") in KINDS else "other"
        if kind not in kinds:
            continue
        try:
            start, end = int(mark.get("start")), int(mark.get("end"))
        except (TypeError, ValueError):
            # A mark we cannot place: withhold the whole text rather than guess.
            return [Span(0, len(text), kind)]
        start, end = max(0, start), min(len(text), end)
        if start < end:
            spans.append(Span(start, end, kind))
    return spans


def _merge(text: str, spans: list[Span]) -> list[Span]:
    """Overlapping spans become one; names separated only by spaces or a dash become one."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged:
            last = merged[-1]
            gap = text[last.end:span.start]
            if span.start < last.end or (
                    last.kind == span.kind and gap.strip(" -\u00a0") == "" and
                    span.start - last.end <= 3):
                inside = span.end <= last.end
                kind = last.kind if last.kind == span.kind or inside else "other"
                merged[-1] = Span(last.start, max(last.end, span.end), kind)
                continue
        merged.append(span)
    return merged


def withhold(text: str, spans: list[Span], lang: str) -> str:
    """`text` with every span replaced by its kind's placeholder in `lang`."""
    if not spans:
        return text
    out, pos = [], 0
    for span in _merge(text, spans):
        out.append(text[pos:span.start])
        out.append(PLACEHOLDERS[span.kind].get(lang, PLACEHOLDERS[span.kind]["en"]))
        pos = span.end
    out.append(text[pos:])
    return "".join(out)
