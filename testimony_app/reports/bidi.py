"""Right-to-left and mixed text: bidi levels (a subset of the Unicode Bidirectional
Algorithm, UAX #9, enough for paragraphs of Arabic, Sorani, Latin and digits without
explicit embeddings) and the visual order of a line's runs.

Pure functions on strings; no fonts, no PDF.
"""

from __future__ import annotations

import unicodedata

_STRONG_R = ("R", "AL")
# Explicit embedding and isolate controls are not supported; they are treated as neutral.
_NEUTRAL = ("B", "S", "WS", "ON", "BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI",
            "FSI", "PDI")


def base_rtl(text: str, default: bool) -> bool:
    """Paragraph direction from its first strong character (rules P2, P3).

    A paragraph of digits and punctuation only (a phone number, a date) is left to right,
    whatever the document's direction, so that "0770 123 4567" keeps its group order.
    """
    for ch in text:
        t = unicodedata.bidirectional(ch)
        if t == "L":
            return False
        if t in _STRONG_R:
            return True
    return False if any(ch.isdigit() for ch in text) else default


def levels(text: str, rtl: bool) -> list[int]:
    """The embedding level of every character of a paragraph (even = left to right)."""
    base = 1 if rtl else 0
    sor = "R" if rtl else "L"
    types = [unicodedata.bidirectional(ch) or "L" for ch in text]
    n = len(types)
    # W1: a non-spacing mark takes the type of the character before it.
    prev = sor
    for i, t in enumerate(types):
        if t == "NSM":
            types[i] = "ON" if prev in _NEUTRAL else prev
        prev = types[i]
    # W2, W3: European digits after Arabic letters are Arabic numbers; AL is R.
    last_strong = sor
    for i, t in enumerate(types):
        if t in ("L", "R", "AL"):
            last_strong = t
        elif t == "EN" and last_strong == "AL":
            types[i] = "AN"
    types = ["R" if t == "AL" else t for t in types]
    # W4: one separator between two numbers of the same kind joins them. Unlike UAX #9,
    # a '-' joins Arabic numbers too, so that a date (2017-03-17) after Arabic words reads
    # as written instead of 17-03-2017.
    # Likewise one space between digit groups (a phone number, 0770 123 4567).
    for i in range(1, n - 1):
        if (types[i] in ("ES", "CS", "WS") and types[i - 1] == types[i + 1]
                and types[i - 1] in ("EN", "AN")):
            types[i] = types[i - 1]
    # W5: terminators (%, currency) next to European numbers are part of them.
    for i, t in enumerate(types):
        if t == "ET":
            j = i
            while j < n and types[j] == "ET":
                j += 1
            if (i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN"):
                for k in range(i, j):
                    types[k] = "EN"
    # W6: the remaining separators and terminators are neutral.
    types = ["ON" if t in ("ES", "ET", "CS") else t for t in types]
    # W7: European numbers in a left-to-right context are L.
    last_strong = sor
    for i, t in enumerate(types):
        if t in ("L", "R"):
            last_strong = t
        elif t == "EN" and last_strong == "L":
            types[i] = "L"
    # N1, N2: neutrals between two characters of the same direction take it (numbers count
    # as R); others take the paragraph direction.
    i = 0
    while i < n:
        if types[i] in _NEUTRAL:
            j = i
            while j < n and types[j] in _NEUTRAL:
                j += 1
            before = sor if i == 0 else _dir(types[i - 1])
            after = sor if j == n else _dir(types[j])
            fill = before if before == after else sor
            for k in range(i, j):
                types[k] = fill
            i = j
        else:
            i += 1
    # I1, I2.
    out = []
    for t in types:
        if base == 0:
            out.append(1 if t == "R" else 2 if t in ("AN", "EN") else 0)
        else:
            out.append(2 if t in ("L", "EN", "AN") else 1)
    return out


def _dir(t: str) -> str:
    return "L" if t == "L" else "R"


def visual_order(run_levels: list[int]) -> list[int]:
    """Indices of a line's runs in left-to-right order (rule L2)."""
    order = list(range(len(run_levels)))
    if not order:
        return order
    highest = max(run_levels)
    lowest_odd = min((lv for lv in run_levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if run_levels[order[i]] >= level:
                j = i
                while j < len(order) and run_levels[order[j]] >= level:
                    j += 1
                order[i:j] = order[i:j][::-1]
                i = j
            else:
                i += 1
    return order
