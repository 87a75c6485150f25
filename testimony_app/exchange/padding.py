"""Bundle padding: zero bytes after the entries, inside the encryption, so a bundle's size
tells less about how much testimony it holds (docs/bundle-format.md, "Padding").

A policy names the size the plaintext is rounded up to: `none`, `pow2` (the next power of
two: at most twice the size) or a bucket such as `16M` (the next multiple: at most one
bucket more). Pure arithmetic; nothing here reads or writes a file.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .errors import ExchangeError
from .manifest import MAX_PADDING

_BUCKET = re.compile(r"([1-9][0-9]{0,6})([KMG])\Z")
_UNITS = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def policy(text: str) -> Callable[[int], int] | None:
    """The target size for a plaintext of n bytes, from `pow2` or `<n>K|M|G`; None for
    `none` (no padding)."""
    text = text.strip()
    if text == "none":
        return None
    if text == "pow2":
        return lambda n: 1 << max(n - 1, 1).bit_length()
    found = _BUCKET.match(text.upper())
    if not found:
        raise ExchangeError("seal.padding_unknown", padding=repr(text))
    bucket = int(found.group(1)) * _UNITS[found.group(2)]
    return lambda n: -(-n // bucket) * bucket


def padding_for(size_with: Callable[[int], int], target: Callable[[int], int]) -> int:
    """The padding p with size_with(p) + p == target(...): `size_with(p)` is the plaintext
    without padding when the manifest says p (its digits count too). Where no p fits a
    target exactly (a digit more or less in the manifest), the next target is taken."""
    goal = target(size_with(0) + 24)  # room for the padding's own digits
    for _ in range(64):
        pad = goal - size_with(0)
        for _ in range(4):
            if pad < 0:
                break
            again = goal - size_with(pad)
            if again == pad:
                if pad > MAX_PADDING:
                    raise ExchangeError("seal.padding_large")
                return pad
            pad = again
        goal = target(goal + 1)
    raise ExchangeError("seal.padding_none_fits")
