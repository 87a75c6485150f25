"""Right-to-left and mixed text: bidi levels (a subset of the Unicode Bidirectional
Algorithm, UAX #9, enough for paragraphs of Arabic, Sorani, Latin and digits, with
directional isolates but without explicit embeddings) and the visual order of a line's
runs.

Pure functions on strings; no fonts, no PDF.
"""

from __future__ import annotations

import unicodedata

from ..i18n import FSI, PDI

_STRONG_R = ("R", "AL")
# Explicit embedding controls are not supported; they are treated as neutral.
_NEUTRAL = ("B", "S", "WS", "ON", "BN", "LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI",
            "FSI", "PDI")
# Directional isolates (X5a-X5c): LRI, RLI, FSI (direction of its first strong letter).
LRI, RLI = "\u2066", "\u2067"
_ISOLATES = {LRI: False, RLI: True, FSI: None}
CONTROLS = frozenset((LRI, RLI, FSI, PDI))
_OBJECT = "\ufffc"  # a neutral standing for an isolate in the text around it


def base_rtl(text: str, default: bool) -> bool:
    """A paragraph's direction: that of most of its letters (outside isolates).

    UAX #9 takes the first strong letter (P2, P3); the majority is taken here so that an
    Arabic paragraph that starts with a Latin name ("ISF قالوا لنا…") still reads right to
    left. A tie goes to the first strong letter. A paragraph of digits and punctuation
    only (a phone number, a date) is left to right, whatever the document's direction, so
    that "0770 123 4567" keeps its group order.
    """
    text = _outside_isolates(text)
    left = right = 0
    first = None
    for ch in text:
        t = unicodedata.bidirectional(ch)
        if t == "L":
            left += 1
        elif t in _STRONG_R:
            right += 1
        else:
            continue
        if first is None:
            first = t != "L"
    if left != right:
        return right > left
    if first is not None:
        return first
    return False if any(ch.isdigit() for ch in text) else default


def _first_strong_rtl(text: str) -> bool:
    for ch in _outside_isolates(text):
        t = unicodedata.bidirectional(ch)
        if t == "L" or t in _STRONG_R:
            return t != "L"
    return False


def _isolate_spans(text: str) -> list[tuple[int, int]]:
    """(initiator, end) of each outermost isolate; an unclosed one runs to the end."""
    spans, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in _ISOLATES:
            if depth == 0:
                start = i
            depth += 1
        elif ch == PDI and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    if depth:
        spans.append((start, len(text)))
    return spans


def _outside_isolates(text: str) -> str:
    spans = _isolate_spans(text)
    if not spans:
        return text
    out, at = [], 0
    for start, end in spans:
        out.append(text[at:start])
        at = end
    out.append(text[at:])
    return "".join(out)


def levels(text: str, rtl: bool) -> list[int]:
    """The embedding level of every character of a paragraph (even = left to right).

    An isolate counts as one neutral character in the text around it (X5a-X5c, BD13);
    its content is resolved on its own at the next level of its direction.
    """
    spans = _isolate_spans(text)
    if not spans:
        return _levels(text, rtl)
    outer, at = [], 0
    for start, end in spans:
        outer.append(text[at:start])
        outer.append(_OBJECT)
        at = end
    outer.append(text[at:])
    outer_levels = _levels("".join(outer), rtl)
    base = 1 if rtl else 0
    out: list[int] = []
    at = j = 0
    for start, end in spans:
        out += outer_levels[j:j + start - at]
        j += start - at
        level = outer_levels[j]
        j += 1
        closed = end - start >= 2 and text[end - 1] == PDI
        inner = text[start + 1:end - 1 if closed else end]
        inner_rtl = _ISOLATES[text[start]]
        if inner_rtl is None:
            inner_rtl = _first_strong_rtl(inner)
        # The least level above the paragraph's of the isolate's direction.
        inner_base = base + 1 if (base + 1) % 2 == inner_rtl else base + 2
        shift = inner_base - (1 if inner_rtl else 0)
        out.append(level)
        out += [lv + shift for lv in levels(inner, inner_rtl)]
        if closed:
            out.append(level)
        at = end
    out += outer_levels[j:]
    return out


def _levels(text: str, rtl: bool) -> list[int]:
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
