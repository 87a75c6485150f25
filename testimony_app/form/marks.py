"""Sensitive-span marks inside one text answer: keeping them on the right words while the
text is edited, and finding the names and phone numbers that are not marked yet.

A mark here is a dict `{start, end, kind}` over Python str indices of one text (the
record document adds `section`, `field` and `row`). Marks never overlap and are kept
sorted. Pure functions on strings and lists; no I/O, no Qt. Never stores or logs text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .model import NAME_PARTS, Form
from .normalise import fold, is_function_word

KINDS = ("name", "place", "phone", "other")
_MIN_TERM = 2  # a one-letter "name" would mark half the narrative
_MIN_PHONE_DIGITS = 5
_PHONE_CHARS = re.compile(r"^[\d\s+\-().]+$")


# "and", "so", "with/by", "for/to", "like" written joined to the next word: "وعلي" is
# "and Ali". Only the name after it is suggested.
_PROCLITIC = "[وفبلك]?"
# Common words that fold to the same letters as a common name ("على", "on", folds like
# "علي", Ali): never suggested, or every narrative would be full of false names.


def _mark(start: int, end: int, kind: str) -> dict:
    return {"start": start, "end": end, "kind": kind}


def normalise(marks: Iterable[dict], length: int) -> list[dict]:
    """Valid marks only (inside the text, a known kind, not empty), sorted; a later mark
    wins where two overlap."""
    out: list[dict] = []
    for m in marks:
        try:
            start, end, kind = int(m["start"]), int(m["end"]), m["kind"]
        except (KeyError, TypeError, ValueError):
            continue
        start, end = max(0, start), min(length, end)
        if start < end and kind in KINDS:
            out = add(out, start, end, kind)
    return out


def shift(marks: list[dict], position: int, removed: int, added: int) -> list[dict]:
    """The marks after `removed` characters at `position` were replaced by `added` ones.

    Text typed inside a mark belongs to it; text typed at either edge does not. Deleted
    characters leave the mark; a mark whose characters are all deleted disappears.
    """
    cut_end = position + removed
    out = []
    for m in marks:
        start, end = m["start"], m["end"]
        if start < position:
            new_start = start
        elif start >= cut_end:
            new_start = start - removed + added
        else:
            new_start = position + added
        if end <= position:
            new_end = end
        elif end > cut_end:
            new_end = end - removed + added
        else:
            new_end = position
        if new_start < new_end:
            out.append(dict(m, start=new_start, end=new_end))  # keeps a suggestion's term
    return out


def edit_between(old: str, new: str, hint: int | None = None) -> tuple[int, int, int]:
    """(position, removed, added) of one edit turning `old` into `new`.

    `hint` is where the editor says the edit began: with repeated letters ("ll") the
    difference alone cannot tell which one was typed, the hint can.
    """
    prefix = _common_prefix(old, new)
    if hint is not None:
        prefix = max(0, min(prefix, hint))
    suffix = _common_suffix(old[prefix:], new[prefix:])
    return prefix, len(old) - prefix - suffix, len(new) - prefix - suffix


def _common_prefix(a: str, b: str) -> int:
    # Binary search over slice comparisons: done in C, so a keystroke in a 30,000-character
    # account costs microseconds, not a Python loop over every character.
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _common_suffix(a: str, b: str) -> int:
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[len(a) - mid:] == b[len(b) - mid:]:
            low = mid
        else:
            high = mid - 1
    return low


def remove(marks: list[dict], start: int, end: int) -> list[dict]:
    """Unmark [start, end): marks overlapping it are cut back (or split in two)."""
    out = []
    for m in marks:
        if m["end"] <= start or m["start"] >= end:
            out.append(dict(m))
            continue
        if m["start"] < start:
            out.append(_mark(m["start"], start, m["kind"]))
        if m["end"] > end:
            out.append(_mark(end, m["end"], m["kind"]))
    return sorted(out, key=lambda m: m["start"])


def add(marks: list[dict], start: int, end: int, kind: str) -> list[dict]:
    """Mark [start, end) as `kind`, replacing whatever was marked there."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    if start >= end:
        return [dict(m) for m in marks]
    out = remove(marks, start, end)
    out.append(_mark(start, end, kind))
    return sorted(out, key=lambda m: m["start"])


def at(marks: list[dict], position: int) -> dict | None:
    """The mark covering the character at `position`, if any."""
    for m in marks:
        if m["start"] <= position < m["end"]:
            return m
    return None


# -- suggestions ---------------------------------------------------------------------------


def _folded(text: str, keep=None) -> tuple[str, list[int]]:
    """`text` folded character by character, with each folded character's index in
    `text` (folding drops diacritics, so lengths differ). `keep` filters characters.

    Each distinct character is folded once: a long account has a few hundred."""
    table = {c: fold(c) for c in set(text)}
    if keep is not None:
        table = {c: (f if keep(c) else "") for c, f in table.items()}
    if all(len(f) == 1 for f in table.values()):
        return text.translate({ord(c): f for c, f in table.items()}), list(range(len(text)))
    chars, origin = [], []
    for i, ch in enumerate(text):
        out = table[ch]
        if len(out) == 1:
            chars.append(out)
            origin.append(i)
        elif out:
            chars.extend(out)
            origin.extend([i] * len(out))
    return "".join(chars), origin


def _digit_at(text: str, index: int) -> bool:
    return 0 <= index < len(text) and fold(text[index]).isdigit()


def _is_phone(term: str) -> bool:
    digits = sum(c.isdigit() for c in fold(term))
    return digits >= _MIN_PHONE_DIGITS and bool(_PHONE_CHARS.match(fold(term)))


def suggestions(text: str, terms: Iterable[str], marks: list[dict]) -> list[dict]:
    """Where `terms` (names, phone numbers) occur in `text` and are not marked yet.

    Names match as whole words, whatever the diacritics, alef and ta-marbuta spelling or
    case; phone numbers match digit for digit, in Arabic or Latin digits, whatever the
    spaces and dashes. Returns `{start, end, kind, term}` sorted by start, never overlapping
    each other or a mark.
    """
    names, phones = set(), set()
    for term in terms:
        term = (term or "").strip()
        if _is_phone(term):
            phones.add("".join(c for c in fold(term) if c.isdigit()))
        elif len(fold(term).strip()) >= _MIN_TERM:
            names.add(fold(term).strip())
    found: list[dict] = []
    if names:
        folded, origin = _folded(text)
        # Longest first, so "Abu Ali" wins over "Ali" where both match.
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        pattern = rf"(?<!\w){_PROCLITIC}(?P<name>{alternatives})(?!\w)"
        for m in re.finditer(pattern, folded):
            start, end = origin[m.start("name")], origin[m.end("name") - 1] + 1
            if is_function_word(text[start:end]):
                continue
            found.append(_mark(start, end, "name") | {"term": text[start:end]})
    if phones:
        digits, origin = _folded(text, keep=lambda c: fold(c).isdigit())
        for phone in phones:
            for m in re.finditer(f"(?={re.escape(phone)})", digits):
                start = origin[m.start()]
                end = origin[m.start() + len(phone) - 1] + 1
                # Digits far apart ("12 ... 345") are not one number: only separators
                # between; and a longer number that merely contains this one is not it.
                if _PHONE_CHARS.match(fold(text[start:end])) and not (
                        _digit_at(text, start - 1) or _digit_at(text, end)):
                    found.append(_mark(start, end, "phone") | {"term": text[start:end]})
    out: list[dict] = []
    for s in sorted(found, key=lambda s: (s["start"], -s["end"])):
        if any(s["start"] < m["end"] and m["start"] < s["end"] for m in marks):
            continue
        if out and s["start"] < out[-1]["end"]:
            continue
        out.append(s)
    return out


def suggestion_terms(form: Form, answers: dict) -> list[str]:
    """Names and phone numbers recorded elsewhere in a record: every part of every person
    name (Arabic script and Latin) and every phone field, for `suggestions`."""
    terms: list[str] = []
    for section, repeat, field in form.all_fields():
        group = answers.get(section.name) or {}
        if repeat is None:
            values = [group.get(field.name)]
        else:
            values = [row.get(field.name) for row in group.get(repeat.name) or []
                      if isinstance(row, dict)]
        for value in values:
            if field.type == "person_name" and isinstance(value, dict):
                terms.extend(name_parts(value))
            elif field.type == "text" and "phone" in field.name and isinstance(value, str):
                terms.append(value)
    return list(dict.fromkeys(t for t in terms if t.strip()))


def name_parts(value) -> list[str]:
    """Every non-empty part of a person_name answer, Arabic and Latin (a plain string as
    itself)."""
    if not isinstance(value, dict):
        return [value] if isinstance(value, str) and value.strip() else []
    parts = [value.get(p) for p in NAME_PARTS]
    latin = value.get("latin")
    if isinstance(latin, dict):
        parts += [latin.get(p) for p in NAME_PARTS]
    return [p for p in parts if isinstance(p, str) and p.strip()]
