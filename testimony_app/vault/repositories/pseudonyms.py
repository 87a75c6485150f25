"""The pseudonyms repository: the pseudonym each record carries in statements, fixed
at its first statement (see vault/pseudonyms.py)."""

from __future__ import annotations

from ...form import Form
from .. import pseudonyms
from ..records import Record
from .base import Repository


class PseudonymsRepository(Repository):
    """Fixing a pseudonym is a transaction of its own: use `vault.pseudonyms`."""

    def for_statement(self, record_id: str, answers: dict,
                      form: Form | None = None) -> str | None:
        """The record's statement pseudonym, fixing it (audited) on first use; `answers`
        read by the roles of `form` (the built-in questionnaire when None)."""
        self._own_transaction()
        return pseudonyms.statement_pseudonym(self._vault, record_id, answers, form)

    def statement_answers(self, record: Record) -> dict:
        """The record's answers with its statement pseudonym (a copy)."""
        self._own_transaction()
        return pseudonyms.statement_answers(self._vault, record)

    def _own_transaction(self) -> None:
        if self._bound is not None:
            raise RuntimeError("a statement pseudonym is fixed in a transaction of its own: "
                               "use vault.pseudonyms, not tx.pseudonyms")
