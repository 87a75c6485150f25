"""Passphrase strength, generated passphrases and changing a vault's passphrase.

The key is derived with SQLCipher's standard PBKDF2, so the passphrase must carry the
strength: weak ones are refused, and a refused change leaves the old passphrase working.
"""

from __future__ import annotations

import pytest

from testimony_app.resources import resource_path
from testimony_app.vault import (
    Vault,
    WeakPassphrase,
    WrongPassphrase,
    estimate,
    generate_passphrase,
    require_strong,
)

NEW = "lantern orbit velvet quarry mosaic thistle"


def test_change_passphrase(vault, vault_path, passphrase):
    record = vault.add({"answers": {"account": {"narrative_original": "still here"}}})
    vault.change_passphrase(NEW)
    assert vault.get(record.id).answers["account"]["narrative_original"] == "still here"
    assert vault._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # back to WAL
    assert vault.audit_events()[-1].action == "passphrase_change"
    assert vault.audit_events()[-1].detail == {}  # never the passphrase
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, passphrase)
    with Vault.open(vault_path, NEW) as v:
        assert v.get(record.id).answers["account"]["narrative_original"] == "still here"
        assert v.verify() == []


@pytest.mark.parametrize("weak", ["", "short", "password123456", "aaaaaaaaaaaaaaaa",
                                  "qwertyuiop1234"])
def test_weak_new_passphrase_is_refused_and_old_still_works(vault, vault_path, passphrase, weak):
    before = vault.audit_count()
    with pytest.raises(WeakPassphrase, match="too weak"):
        vault.change_passphrase(weak)
    assert vault.audit_count() == before  # nothing happened, nothing logged
    vault.close()
    with Vault.open(vault_path, passphrase) as v:
        assert v.count() == 0


def test_generated_passphrase_words_come_from_the_list():
    words = set(resource_path("wordlists", "eff_large_wordlist.txt").read_text().split())
    assert len(words) == 7776
    from testimony_app.vault.passphrase import _words

    # Words holding the separator are left out, or a phrase would not split back into six.
    assert len(_words()) == 7772 and not any("-" in w for w in _words())
    seen = set()
    for _ in range(20):
        phrase = generate_passphrase()
        parts = phrase.split("-")
        assert len(parts) == 6
        assert all(p in words for p in parts), phrase
        assert estimate(phrase).acceptable, phrase
        require_strong(phrase)  # does not raise
        seen.add(phrase)
    assert len(seen) == 20  # random, not a fixed phrase


def test_generated_passphrase_opens_a_vault(tmp_path):
    phrase = generate_passphrase()
    path = tmp_path / "generated.vault"
    Vault.create(path, phrase, code_prefix="MOS").close()
    with Vault.open(path, phrase) as v:
        assert v.count() == 0


@pytest.mark.parametrize("weak", ["password123456", "Password123456!", "iloveyou123456",
                                  "abcdefghijklmn", "123456789012"])
def test_common_passwords_are_not_acceptable(weak):
    strength = estimate(weak)
    assert not strength.acceptable
    assert strength.score < 3
    assert strength.problem


@pytest.mark.parametrize("short", ["", "a", "Tr0ub4dor&3", "x7#Kq!9z"])
def test_short_passphrases_are_refused(short):
    strength = estimate(short)
    assert not strength.acceptable
    assert "empty" in strength.problem or "at least 12" in strength.problem
    with pytest.raises(WeakPassphrase):
        require_strong(short)


def test_strong_passphrase_estimate():
    strength = estimate(NEW)
    assert strength.acceptable and strength.problem == ""
    assert strength.score >= 3
    assert strength.guesses_log10 > 12
    assert strength.crack_time  # e.g. "centuries"
    assert estimate("كلمة سر عربية طويلة مع كلمات كثيرة").acceptable


# A seized laptop is attacked offline on GPUs: the bar is a century at the assumed rate.
@pytest.mark.parametrize("guessable", [
    "mosul2017mosul",  # the finding: zxcvbn's top score, but hours on a rack of GPUs
    "aljadida17march2017",
    "Mosul-2017-Mosul!",
    "iloveyoumosul2017",
    "correcthorsebattery",
])
def test_passphrases_a_gpu_rack_guesses_within_a_century_are_refused(guessable):
    strength = estimate(guessable)
    assert len(guessable) >= 12
    assert not strength.acceptable, strength
    assert strength.problem.endswith("Add more unrelated words.")
    assert strength.crack_time != "centuries"
    with pytest.raises(WeakPassphrase, match="too weak"):
        require_strong(guessable)


def test_the_bar_is_a_century_at_the_assumed_gpu_rate():
    from testimony_app.vault.passphrase import (
        ASSUMED_GUESSES_PER_SECOND,
        MIN_GUESSES_LOG10,
        guess_seconds,
    )

    # PBKDF2-HMAC-SHA512 × 256,000: ~15,000 guesses/s per top GPU; a rack of hundreds.
    assert ASSUMED_GUESSES_PER_SECOND >= 1e7
    assert guess_seconds(MIN_GUESSES_LOG10) == pytest.approx(100 * 365.25 * 86400)
    below = estimate("mosul2017mosul")
    assert below.guesses_log10 < MIN_GUESSES_LOG10 and below.crack_time == "hours"


@pytest.mark.parametrize("strong", [
    NEW,
    "correct horse battery staple ' quoted كلمة سر",  # tests/environment.py PASSPHRASE
    "ninety violet lanterns drift over قارب the Tigris",  # the CLI tests' new passphrase
])
def test_the_suites_strong_passphrases_clear_the_bar(strong):
    strength = estimate(strong)
    assert strength.acceptable and strength.crack_time == "centuries", strength


def test_every_generated_passphrase_clears_the_bar():
    from testimony_app.vault.passphrase import MIN_GUESSES_LOG10

    # The weakest of many generated phrases still keeps a wide margin over the bar.
    weakest = min(estimate(generate_passphrase()).guesses_log10 for _ in range(200))
    assert weakest > MIN_GUESSES_LOG10 + 6


def test_a_wrong_current_passphrase_changes_nothing(vault, vault_path, passphrase):
    before = vault.audit_count()
    for wrong in (passphrase + " ", passphrase.upper(), NEW):
        with pytest.raises(WrongPassphrase):
            vault.change_passphrase(NEW, current=wrong)
    assert vault.audit_count() == before
    vault.change_passphrase(NEW, current=passphrase)  # the right one works
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_path, passphrase)
    Vault.open(vault_path, NEW).close()
