"""The settings repository: the vault's `meta` values (its own bookkeeping, and the few
settings a user may change)."""

from __future__ import annotations

from ..errors import VaultError
from .base import Repository

# Settings a user may change; the rest of `meta` (audit head, counters, ids) is the
# vault's own bookkeeping and never written through here.
USER_SETTINGS = frozenset({"organisation"})


class SettingsRepository(Repository):
    def get(self, key: str, default: str = "") -> str:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        """Change a user setting (`USER_SETTINGS`) inside the transaction."""
        if key not in USER_SETTINGS:
            raise VaultError("vault.not_a_setting", key=key)
        self._tx.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))
