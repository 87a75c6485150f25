"""Where the CLI gets passphrases: --passphrase-file, TESTIMONY_PASSPHRASE, or a prompt.

Passphrases are never echoed, logged or put into an error message.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from ..vault import estimate, generate_passphrase


class UsageError(Exception):
    """Wrong use of the command line (exit code 2)."""


def _read_file(path: str) -> str:
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"Cannot read the passphrase file {path}: "
                         f"{getattr(exc, 'strerror', None) or 'not UTF-8 text'}.") from None
    # The first line, without its line ending; spaces inside are part of the passphrase.
    return text.splitlines()[0] if text.splitlines() else ""


def _prompt(text: str) -> str:
    if not sys.stdin.isatty():
        raise UsageError("No passphrase given: use --passphrase-file or TESTIMONY_PASSPHRASE "
                         "when not running in a terminal.")
    return getpass.getpass(text)


def current_passphrase(args) -> str:
    if getattr(args, "passphrase_file", None):
        return _read_file(args.passphrase_file)
    if os.environ.get("TESTIMONY_PASSPHRASE") is not None:
        return os.environ["TESTIMONY_PASSPHRASE"]
    return _prompt("Vault passphrase: ")


def new_passphrase(args, *, file_attr: str, env: str) -> str:
    """A new passphrase from a file, the environment, generation or a double prompt."""
    if getattr(args, file_attr, None):
        return _read_file(getattr(args, file_attr))
    if os.environ.get(env) is not None:
        return os.environ[env]
    if getattr(args, "generate", False):
        phrase = generate_passphrase()
        print(f"New passphrase (write it down, it is shown once): {phrase}")
        return phrase
    suggestion = generate_passphrase()
    print(f"Suggested passphrase: {suggestion}", file=sys.stderr)
    while True:
        first = _prompt("New passphrase: ")
        strength = estimate(first)
        if not strength.acceptable:
            print(strength.problem, file=sys.stderr)
            continue
        print(f"Estimated time to guess offline: {strength.crack_time}.", file=sys.stderr)
        if _prompt("Repeat it: ") == first:
            return first
        print("The two entries differ; try again.", file=sys.stderr)
