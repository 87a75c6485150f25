"""Errors of statement generation; each message is one sentence a user can act on."""

from __future__ import annotations


class ReportError(Exception):
    """A statement cannot be made (bad level, language or record)."""


class ConsentRefused(ReportError):
    """The level asked for is more open than the witness's consent allows."""
