"""The conflicts repository: records whose history diverged on import, flagged until a
resolution settles them."""

from __future__ import annotations

from dataclasses import dataclass

from .base import Repository


@dataclass(frozen=True)
class Conflict:
    record: str
    code: str
    local_head: str  # this vault's head now (it may have moved since the flag)
    other_head: str
    bundle: str
    flagged_at: str

    def to_json(self) -> dict:
        return dict(self.__dict__)


class ConflictsRepository(Repository):
    def open(self, record_id: str | None = None) -> list[Conflict]:
        """Every open conflict (of one record, given its id), oldest flag first."""
        rows = self._db.execute(
            "SELECT c.record_id, coalesce(r.code, ''), r.head, c.other_head, c.bundle_id,"
            " c.flagged_at FROM conflicts c JOIN records r ON r.id = c.record_id"
            " WHERE ? IS NULL OR c.record_id = ? ORDER BY c.flagged_at, c.record_id",
            (record_id, record_id)).fetchall()
        return [Conflict(*r) for r in rows]

    def records(self) -> set[str]:
        """The ids of records with an open conflict (few: read whole)."""
        return {r[0] for r in self._db.execute("SELECT DISTINCT record_id FROM conflicts")}

    def flag(self, record_id: str, local_head: str, other_head: str, branch: list[str],
             bundle_id: str, at: str) -> None:
        """Flag `other_head` against `local_head`; a flag on an earlier revision of the
        same `branch` (its hashes) is replaced, not added to."""
        marks = ",".join("?" * len(branch))
        self._tx.execute(
            f"DELETE FROM conflicts WHERE record_id = ? AND other_head IN ({marks})",
            (record_id, *branch))
        self._tx.execute("INSERT INTO conflicts (record_id, local_head, other_head, bundle_id,"
                         " flagged_at) VALUES (?, ?, ?, ?, ?)",
                         (record_id, local_head, other_head, bundle_id, at))

    def clear(self, record_id: str, other_head: str) -> None:
        self._tx.execute("DELETE FROM conflicts WHERE record_id = ? AND other_head = ?",
                         (record_id, other_head))
