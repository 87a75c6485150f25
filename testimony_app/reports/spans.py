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

KINDS = ("name", "place", "phone", "other")

PLACEHOLDERS = {
    "name": {"en": "[name withheld]", "ar": "[اسم محجوب]", "ckb": "[ناو شاردراوە]"},
    "place": {"en": "[place withheld]", "ar": "[مكان محجوب]", "ckb": "[شوێن شاردراوە]"},
    "phone": {"en": "[phone withheld]", "ar": "[رقم محجوب]", "ckb": "[ژمارە شاردراوە]"},
    "other": {"en": "[withheld]", "ar": "[محجوب]", "ckb": "[شاردراوە]"},
}

# A word, with Arabic diacritics, tatweel and the zero-width non-joiner of Sorani inside it.
_WORD = re.compile("[\\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c]+")
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
# Seven or more digits, possibly grouped by spaces, dots or dashes, possibly after a '+';
# not digits inside a Latin word or code (CASE20170317X); an Arabic suffix may follow.
_PHONE = re.compile(f"(?<![A-Za-z0-9])\\+?[{_DIGIT}](?:[ .\\-]?[{_DIGIT}]){{6,}}"
                    "(?![A-Za-z0-9])")
_DATE = re.compile(r"^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{4}$")
# Particles of names that are also ordinary words; never withheld on their own.
_NAME_PARTICLES = frozenset(fold(w) for w in (
    "al", "el", "abu", "abou", "umm", "um", "bin", "ibn", "bint", "ابو", "أبو", "ام", "أم",
    "بن", "بنت", "ال",
))
# One-letter Arabic proclitics (and, so, with, for, like) and the article, which attach to
# a name written in running text: "وأحمد", "لأحمد", "بالجبوري".
_CLITICS = tuple(fold(p) for p in ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"))


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


def name_tokens(values: Iterable[str]) -> frozenset[str]:
    """Folded words of recorded names, minus particles and one-letter words."""
    out = set()
    for value in values:
        for m in _WORD.finditer(str(value or "")):
            word = fold(m.group())
            if len(word) >= 2 and word not in _NAME_PARTICLES and not word.isdigit():
                out.add(word)
    return frozenset(out)


def _is_name(word: str, names: frozenset[str]) -> bool:
    folded = fold(word)
    if folded in names:
        return True
    for clitic in _CLITICS:
        rest = folded[len(clitic):]
        if folded.startswith(clitic) and len(rest) >= 2 and rest in names:
            return True
    return False


def found_spans(text: str, names: frozenset[str], *, phones: bool) -> list[Span]:
    """Spans of recorded names (whole words) and of phone-like digit runs in `text`."""
    spans = []
    if names:
        spans += [Span(m.start(), m.end(), "name") for m in _WORD.finditer(text)
                  if _is_name(m.group(), names)]
    if phones:
        for m in _PHONE.finditer(text):
            digits = normalise_digits(m.group())
            if not _DATE.match(digits):
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
