"""The links repository: the supervisor's decisions on possible duplicate witnesses
(the same person, or distinct), one per pair of records (a < b)."""

from __future__ import annotations

from ..canonical import utc_now as now
from .base import Repository


class LinksRepository(Repository):
    def decided_pairs(self) -> set[tuple[str, str]]:
        return {(a, b) for a, b in self._db.execute("SELECT a, b FROM witness_links")}

    def decide(self, a: str, b: str, relation: str) -> None:
        """Keep (or replace) the decision on the pair (a < b), made by this vault now."""
        self._tx.execute("INSERT OR REPLACE INTO witness_links (a, b, relation, decided_at,"
                         " decided_by) VALUES (?, ?, ?, ?, ?)",
                         (a, b, relation, now(), self._vault.identity.fingerprint))

    def all(self) -> list[dict]:
        rows = self._db.execute(
            "SELECT a, b, relation, decided_at FROM witness_links ORDER BY decided_at")
        return [{"a": a, "b": b, "relation": r, "decided_at": at} for a, b, r, at in rows]
