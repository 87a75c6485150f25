"""The audit repository: this vault's own hash chain, and the chains other vaults sent
(kept apart). Entries hold ids, hashes and counts only: never testimony."""

from __future__ import annotations

from .. import audit as chain
from ..canonical import canonical_json
from ..canonical import utc_now as now
from .base import Repository


class AuditRepository(Repository):
    def append(self, action: str, subject: str | None, detail: dict) -> None:
        """One event of this vault's chain, signed by this vault (ids and hashes only)."""
        chain.append(self._tx, at=now(), actor=self._vault.identity.fingerprint,
                     action=action, subject=subject, detail=detail)

    def append_many(self, action: str, events: list[tuple[str | None, dict]]) -> None:
        """One `action` event per (subject, detail), chained in order."""
        chain.append_many(self._tx, at=now(), actor=self._vault.identity.fingerprint,
                          action=action, events=events)

    def events(self, subject: str | None = None) -> list[chain.AuditEvent]:
        return chain.events(self._db, subject)

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM audit").fetchone()[0]

    def keep_foreign(self, bundle_id: str, events: list[tuple[str, dict]]) -> None:
        """The sender's own audit events, as (record id, event), kept apart from this
        vault's chain; an event already kept (same hash) is left as it is."""
        self._tx.executemany(
            "INSERT OR IGNORE INTO imported_audit (hash, record_id, bundle_id, seq, at, actor,"
            " action, subject, detail, prev) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(e["hash"], record_id, bundle_id, e["seq"], e["at"], e["actor"], e["action"],
              e["subject"], canonical_json(e["detail"]).decode(), e["prev"])
             for record_id, e in events],
        )
