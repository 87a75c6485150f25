"""Passphrase strength checks and generated word passphrases.

The vault key is derived with SQLCipher's standard PBKDF2 (256,000 iterations), so the
passphrase itself must carry the strength: we refuse short ones and ones zxcvbn expects
an attacker with a rack of graphics cards to guess within a century. This module must
never weaken that bar for convenience, nor keep or log a passphrase.
"""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from functools import cache

from ..resources import resource_path
from .errors import WeakPassphrase

MIN_LENGTH = 12
GENERATED_WORDS = 6  # 6 words from 7,772 = 77 bits

# The attacker we plan for: a state that has seized the laptop and guesses offline.
# SQLCipher 4 derives the key with PBKDF2-HMAC-SHA512 at 256,000 iterations; one recent
# graphics card does at most some 15,000 such guesses a second (hashcat's PBKDF2-HMAC-SHA512
# figures scaled to that iteration count). We assume a state's rack of several hundred:
# ten million guesses a second (docs/vault-format.md explains the figure).
ASSUMED_GUESSES_PER_SECOND = 1e7
MIN_GUESS_SECONDS = 100 * 365.25 * 86400  # a century at that rate
MIN_GUESSES_LOG10 = math.log10(ASSUMED_GUESSES_PER_SECOND * MIN_GUESS_SECONDS)  # ≈ 16.5

_TIME_BANDS = (  # (seconds below which, words), for the English crack-time sentence
    (60, "under a minute"), (3600, "minutes"), (86400, "hours"), (86400 * 31, "days"),
    (86400 * 365, "months"), (86400 * 365 * 100, "years"))


@dataclass(frozen=True)
class Strength:
    score: int  # 0..4
    acceptable: bool
    guesses_log10: float
    crack_time: str  # at ASSUMED_GUESSES_PER_SECOND (GPUs, offline)
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


def guess_seconds(guesses_log10: float) -> float:
    """Seconds the assumed attacker needs to try that many guesses."""
    return 10 ** guesses_log10 / ASSUMED_GUESSES_PER_SECOND


def guess_band(guesses_log10: float) -> int:
    """0..6: under a minute, minutes, hours, days, months, years, centuries."""
    seconds = guess_seconds(guesses_log10)
    for band, (limit, _) in enumerate(_TIME_BANDS):
        if seconds < limit:
            return band
    return len(_TIME_BANDS)


def _crack_time(guesses_log10: float) -> str:
    band = guess_band(guesses_log10)
    return _TIME_BANDS[band][1] if band < len(_TIME_BANDS) else "centuries"


def estimate(passphrase: str) -> Strength:
    from zxcvbn import zxcvbn  # imported on use: it loads large dictionaries

    if not passphrase:
        return Strength(0, False, 0.0, "instantly", "The passphrase is empty.")
    # zxcvbn only looks at the first 100 characters; longer is strong anyway.
    result = zxcvbn(passphrase[:100])
    score = int(result["score"])
    guesses_log10 = float(result["guesses_log10"])
    crack = _crack_time(guesses_log10)
    problem = ""
    if len(passphrase) < MIN_LENGTH:
        problem = f"Use at least {MIN_LENGTH} characters; several unrelated words are easiest."
    elif guesses_log10 < MIN_GUESSES_LOG10:
        warning = result["feedback"].get("warning") or (
            f"A rack of graphics cards could guess it in {crack}")
        problem = f"{warning.rstrip('.')}. Add more unrelated words."
    return Strength(score, not problem, guesses_log10, crack, problem)


def require_strong(passphrase: str) -> None:
    strength = estimate(passphrase)
    if not strength.acceptable:
        raise WeakPassphrase("vault.passphrase_weak", problem=strength.problem)
