"""The language a piece of testimony is written in, from its letters: enough to put the
account in the statement's own language first. Pure; never guesses beyond the script."""

from __future__ import annotations

import unicodedata

# Letters Sorani writes and Arabic does not (ڕ ڵ ێ ۆ ە, and the Persian-derived پ چ ژ گ ڤ
# that Sorani uses every day). The Arabic-only ة ي ك ى do not occur in Sorani.
_SORANI = frozenset("ڕڵێۆەپچژگڤیک")
_ARABIC_ONLY = frozenset("ةيكى")


def text_language(text: str) -> str | None:
    """"ar", "ckb" or "en" by the letters of `text` (most of them); None when it has none."""
    arabic = latin = sorani = arabic_only = 0
    for ch in text:
        if not ch.isalpha():
            continue
        if ch in _SORANI:
            sorani += 1
        if ch in _ARABIC_ONLY:
            arabic_only += 1
        if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufefc":
            arabic += 1
        elif unicodedata.name(ch, "").startswith("LATIN"):
            latin += 1
    if not arabic and not latin:
        return None
    if latin > arabic:
        return "en"
    return "ckb" if sorani > arabic_only else "ar"
