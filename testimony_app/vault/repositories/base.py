"""What every repository shares: the vault it belongs to and, inside
`Vault.transaction()`, the transaction it is bound to.

A repository read from the vault itself (`vault.records.…`) reads through the vault's
connection as it stands; one read from a `Tx` (`tx.records.…`) reads and writes inside
that transaction, seeing its own writes. Writes are refused outside a transaction, so
what commits together is always written through one `Tx`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..vault import Vault


class Repository:
    def __init__(self, vault: Vault, conn=None):
        self._vault = vault
        self._bound = conn
        self._ended = False  # set when the transaction it is bound to has ended

    @property
    def _db(self):
        """The connection to read through: the transaction's, or the vault's own."""
        if self._bound is None:
            return self._vault._conn
        if self._ended:
            raise RuntimeError("this transaction has ended: open another with "
                               "vault.transaction()")
        return self._bound

    @property
    def _tx(self):
        """The open transaction's connection, for a write."""
        if self._bound is None:
            raise RuntimeError(f"{type(self).__name__} writes only inside vault.transaction()")
        return self._db
