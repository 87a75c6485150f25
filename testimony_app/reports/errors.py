"""Errors of statement generation. Each carries a `message` (a code of
testimony_app.messages); str() is its English sentence, one a user can act on."""

from __future__ import annotations

from ..messages import CodedError, Message


class ReportError(CodedError):
    """A statement cannot be made (bad level, language or record)."""


class ConsentRefused(ReportError):
    """The level asked for is more open than the witness's consent allows.

    Besides its message it carries why, for an interface to word in its own language:
    `reason` is "withdrawn", "minor" (under 18, no guardian consent), "none" (no consent
    scope recorded) or "scope" (the scope does not allow the level); `scope`, `level` and
    `allowed` (the levels it does allow) as codes.
    """

    def __init__(self, said: Message, *, reason: str = "scope", scope: str | None = None,
                 level: str = "", allowed: tuple[str, ...] = ("internal",)):
        super().__init__(said)
        self.reason, self.scope, self.level, self.allowed = reason, scope, level, allowed


class DoubtfulWords(ReportError):
    """Statements would show words that may still identify someone (reports/doubtful.py)
    and nobody said they were checked. `found` maps each record's code to its words."""

    def __init__(self, said: Message, found: dict[str, tuple[str, ...]]):
        super().__init__(said)
        self.found = found
