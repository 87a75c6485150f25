"""The pseudonyms repository: the pseudonym each record carries in statements, fixed
at its first statement (see vault/pseudonyms.py)."""

from __future__ import annotations

from .. import pseudonyms
from ..records import Record
from .base import Repository


class PseudonymsRepository(Repository):
    def for_statement(self, record_id: str, answers: dict) -> str | None:
        """The record's statement pseudonym, fixing it (audited) on first use."""
        return pseudonyms.statement_pseudonym(self._vault, record_id, answers)

    def statement_answers(self, record: Record) -> dict:
        """The record's answers with its statement pseudonym (a copy)."""
        return pseudonyms.statement_answers(self._vault, record)
