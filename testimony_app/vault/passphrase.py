"""Passphrase strength checks and generated word passphrases.

The vault key is derived with SQLCipher's standard PBKDF2 (256,000 iterations), so the
passphrase itself must carry the strength: we refuse short or easily guessed ones.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from functools import cache

from ..resources import resource_path
from .errors import WeakPassphrase

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn's scale 0..4
GENERATED_WORDS = 6  # 6 words from 7,772 = 77 bits


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    guesses_log10: float
    crack_time: str  # at 10,000 guesses per second (slow hash, offline)
    problem: str  # empty when acceptable


@cache
def _words() -> tuple[str, ...]:
    """The list's words without the four that hold a hyphen (t-shirt, yo-yo…): words are
    joined with hyphens, and a phrase must read back as exactly its words (7,772 words
    left: 6 of them still give 77 bits)."""
    text = resource_path("wordlists", "eff_large_wordlist.txt").read_text("utf-8")
    return tuple(w.strip() for w in text.splitlines() if w.strip() and "-" not in w)


def generate_passphrase(words: int = GENERATED_WORDS) -> str:
    """A random passphrase of common English words, e.g. 'tidy-oxidize-ruby-…'."""
    wordlist = _words()
    return "-".join(secrets.choice(wordlist) for _ in range(words))


def estimate(passphrase: str) -> Strength:
    from zxcvbn import zxcvbn  # imported on use: it loads large dictionaries

    if not passphrase:
        return Strength(0, False, 0.0, "instantly", "The passphrase is empty.")
    # zxcvbn only looks at the first 100 characters; longer is strong anyway.
    result = zxcvbn(passphrase[:100])
    score = int(result["score"])
    crack = str(result["crack_times_display"]["offline_slow_hashing_1e4_per_second"])
    problem = ""
    if len(passphrase) < MIN_LENGTH:
        problem = f"Use at least {MIN_LENGTH} characters; several unrelated words are easiest."
    elif score < MIN_SCORE:
        warning = result["feedback"].get("warning") or "It is too easy to guess."
        problem = f"{warning.rstrip('.')}. Add more unrelated words."
    return Strength(score, not problem, float(result["guesses_log10"]), crack, problem)


def require_strong(passphrase: str) -> None:
    strength = estimate(passphrase)
    if not strength.acceptable:
        raise WeakPassphrase(f"Passphrase too weak: {strength.problem}")
