"""Withholding spans of free text: the researcher's marks, plus what the level withholds
written unmarked: recorded names (found by names.py), phone numbers, map coordinates, the
house and street numbers of recorded addresses (addresses.py), a birth year.

Pure functions on strings. A withheld span is replaced by a fixed placeholder per kind
("[name withheld]"), the same whatever the length of what it hides, so the layout does not
reveal how long a name was. Never returns any character of a withheld span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..form import normalise_digits
from ..form.marks import KINDS
from ..i18n import isolate
from .addresses import address_numbers
from .names import INVISIBLE, WORD, Names, key, name_spans, word_forms

# Each placeholder is an isolate (bidi.isolate): it reads whole, brackets included, in a
# paragraph of either direction (an Arabic placeholder in an English account).
PLACEHOLDERS = {kind: {lang: isolate(text) for lang, text in texts.items()} for kind, texts in {
    "name": {"en": "[name withheld]", "ar": "[اسم محجوب]", "ckb": "[ناو شاردراوە]"},
    "place": {"en": "[place withheld]", "ar": "[مكان محجوب]", "ckb": "[شوێن شاردراوە]"},
    "phone": {"en": "[phone withheld]", "ar": "[رقم محجوب]", "ckb": "[ژمارە شاردراوە]"},
    "other": {"en": "[withheld]", "ar": "[محجوب]", "ckb": "[شاردراوە]"},
}.items()}

_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
# What people put between the groups of a phone number: spaces of every width, dots, dashes
# of every length, slashes, brackets, direction marks.
_GROUPING = f"[\\s.\\-\u2010-\u2015\u2212/(){INVISIBLE}]"
# Seven or more digits, possibly grouped, possibly after a '+' or '(';
# not digits inside a Latin word or code (CASE20170317X); an Arabic suffix may follow.
_PHONE = re.compile(f"(?<![A-Za-z0-9])[+(]?[{_DIGIT}](?:{_GROUPING}{{0,3}}[{_DIGIT}]){{6,}}"
                    "(?![A-Za-z0-9])")
_GROUPING_RUN = re.compile(f"{_GROUPING}+")
# Digit runs that are not phone numbers: dates, and a range of years ("2014-2017").
_NOT_PHONE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}-\d{1,2}-\d{4}$|"
                        r"^(?:19|20)\d\d-(?:19|20)\d\d$")
# Map coordinates, on digits already made ASCII: a decimal pair precise to 3 places or more
# ("36.3456, 43.1234", about 10 m) or degrees with minutes (36°20'44"N).
_COORDINATES = re.compile(
    r"(?<![\d.])[-+]?\d{1,3}[.,]\d{3,}(?:\s*[,،;/]\s*|\s+)[-+]?\d{1,3}[.,]\d{3,}(?!\d)"
    r"|\d{1,3} ?° ?\d{1,2} ?['′](?: ?\d{1,2}(?:[.,]\d+)? ?[\"″]?)? ?[NSEWnsew]?")

# An e-mail address: a way to reach the witness, withheld like a phone number.
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


def phrases(marked: Iterable[tuple[str, str]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(kind, words) of marked texts, to find them where they are written again unmarked."""
    out = set()
    for kind, text in marked:
        words = tuple(key(m.group()) for m in WORD.finditer(text))
        if words:
            out.add((kind, words))
    return tuple(sorted(out))


def _phrase_spans(text: str, words: list, found: tuple) -> list[Span]:
    spans = []
    for kind, phrase in found:
        n = len(phrase)
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            if (phrase[0] in word_forms(key(run[0].group())) and
                    all(key(m.group()) == w for m, w in zip(run[1:], phrase[1:], strict=True)) and
                    all(text[a.end():b.start()].strip(" ,-\u00a0\u060c") == ""
                        for a, b in zip(run, run[1:], strict=False))):
                spans.append(Span(run[0].start(), run[-1].end(), kind))
    return spans


def found_spans(text: str, names: Names, *, numbers: bool,
                years: frozenset[str] = frozenset(),
                addresses: frozenset[str] = frozenset(),
                phrases: tuple = ()) -> list[Span]:
    """Spans of recorded names (whole words, with a particle just before them: "Abu
    Ahmad", "al-Jabouri"); with `numbers`, of phone-like digit runs, e-mail addresses and
    map coordinates;
    of the `years` (a birth year), with the rest of a date they are written in; and of
    marked texts written again (see phrases). `addresses` are the numbers of recorded
    addresses (addresses.recorded_numbers), withheld after any address word."""
    spans = []
    words = list(WORD.finditer(text))
    if addresses:
        spans += [Span(start, end, "place") for start, end, number
                  in address_numbers(text, words) if number in addresses]
    if phrases:
        spans += _phrase_spans(text, words, phrases)
    if names:
        spans += [Span(start, end, "name") for start, end in name_spans(text, words, names)]
    ascii_digits = normalise_digits(text)  # one character for one: offsets stay the same
    if numbers:
        # Coordinates first: a pair that also looks like one long number stays a place.
        spans += [Span(m.start(), m.end(), "place") for m in _COORDINATES.finditer(ascii_digits)]
        spans += [Span(m.start(), m.end(), "other") for m in _EMAIL.finditer(text)]
        for m in _PHONE.finditer(text):
            digits = _GROUPING_RUN.sub("-", normalise_digits(m.group())).strip("-+")
            if not _NOT_PHONE.match(digits):
                spans.append(Span(m.start(), m.end(), "phone"))
    if years:
        alternatives = "|".join(sorted(re.escape(y) for y in years))
        dated = re.compile(f"(?<!\\d)(?:\\d{{1,2}}[-./]){{0,2}}(?:{alternatives})"
                           "(?:[-./]\\d{1,2}){0,2}(?!\\d)")
        spans += [Span(m.start(), m.end(), "other") for m in dated.finditer(ascii_digits)]
    return spans


def mark_spans(text: str, marks: Iterable[dict], kinds: frozenset[str]) -> list[Span]:
    """The researcher's marks on this text whose kind is withheld."""
    spans = []
    for mark in marks:
        kind = mark.get("kind") if mark.get("kind") in KINDS else "other"
        if kind not in kinds:
            continue
        start, end = mark.get("start"), mark.get("end")
        if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)):
            # A mark that does not fit the text (made on another version of it?): withhold
            # the whole text rather than guess where the span went.
            return [Span(0, len(text), kind)]
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


def segments(text: str, spans: list[Span]) -> list:
    """`text` as redacted data: its kept pieces (strings) and, for every withheld span, a
    marker {"withheld": kind}; never a character of a withheld span."""
    out: list = []
    pos = 0
    for span in _merge(text, spans):
        if span.start > pos:
            out.append(text[pos:span.start])
        out.append({"withheld": span.kind})
        pos = span.end
    if pos < len(text):
        out.append(text[pos:])
    return out


def render(pieces: list, lang: str) -> str:
    """Redacted data (see segments) as text in `lang`: each marker as its kind's
    placeholder, isolated (bidi.isolate) so that it reads whole in text of either
    direction."""
    out = []
    for piece in pieces:
        if isinstance(piece, dict):
            kind = piece["withheld"]
            out.append(PLACEHOLDERS[kind].get(lang, PLACEHOLDERS[kind]["en"]))
        else:
            out.append(piece)
    return "".join(out)


def withhold(text: str, spans: list[Span], lang: str) -> str:
    """`text` with every span replaced by its kind's placeholder in `lang`."""
    if not spans:
        return text
    return render(segments(text, spans), lang)
