"""The records repository: what the exchange reads of records and revisions, and writes
of them inside a transaction (records and histories from other vaults, fast-forwards,
resolutions). Adding, saving and listing are the vault's own (`Vault.add/save/get/…`)."""

from __future__ import annotations

from collections.abc import Iterator

from .. import imported, signatures
from ..records import Record, record_from_body
from .base import Repository


class RecordsRepository(Repository):
    # -- reading -------------------------------------------------------------------------

    def head(self, record_id: str) -> Record:
        """The record's head revision (RecordNotFound when there is no such record)."""
        return self._vault._head(self._db, record_id)

    def head_of(self, record_id: str) -> str | None:
        """The hash of the record's head, or None when the vault has no such record."""
        row = self._db.execute("SELECT head FROM records WHERE id = ?", (record_id,)).fetchone()
        return row[0] if row else None

    def heads(self) -> dict[str, str]:
        """Every record's head hash, by record id."""
        return dict(self._db.execute("SELECT id, head FROM records").fetchall())

    def ids(self) -> set[str]:
        return {r[0] for r in self._db.execute("SELECT id FROM records")}

    def codes(self, ids: list[str] | None = None) -> dict[str, str]:
        """Every record's (or, given `ids`, those records') interview code ('' when it
        has none), by record id."""
        if ids is None:
            return dict(self._db.execute("SELECT id, coalesce(code, '') FROM records"))
        marks = ",".join("?" * len(ids))
        return dict(self._db.execute(
            f"SELECT id, coalesce(code, '') FROM records WHERE id IN ({marks})", ids)
        ) if ids else {}

    def using_code(self, code: str, *, other_than: str, limit: int = 5) -> list[str]:
        """Ids of (at most `limit`) records other than `other_than` with this code."""
        # The limit is written into the statement: a bound LIMIT made this query six
        # times slower (it runs once per record of a bundle being previewed).
        rows = self._db.execute(
            f"SELECT id FROM records WHERE code = ? AND id != ? LIMIT {int(limit)}",
            (code, other_than)).fetchall()
        return [r[0] for r in rows]

    def head_bodies(self) -> Iterator[tuple[str, bytes]]:
        """(record id, its head revision's stored body) of every record."""
        yield from self._db.execute(
            "SELECT r.id, v.body FROM records r JOIN revisions v ON v.hash = r.head")

    def revision(self, digest: str) -> Record | None:
        row = self._db.execute("SELECT body FROM revisions WHERE hash = ?",
                               (digest,)).fetchone()
        return None if row is None else record_from_body(digest, bytes(row[0]))

    def body(self, digest: str) -> bytes | None:
        """A revision's stored body, byte for byte (its hash is its SHA-256)."""
        row = self._db.execute("SELECT body FROM revisions WHERE hash = ?",
                               (digest,)).fetchone()
        return None if row is None else bytes(row[0])

    def has_revision(self, digest: str) -> bool:
        return self._db.execute("SELECT 1 FROM revisions WHERE hash = ?",
                                (digest,)).fetchone() is not None

    def present(self, hashes: list[str]) -> set[str]:
        """Which of `hashes` the vault holds as revisions."""
        marks = ",".join("?" * len(hashes))
        return {r[0] for r in self._db.execute(
            f"SELECT hash FROM revisions WHERE hash IN ({marks})", hashes)}

    def revision_links(self) -> Iterator[tuple[str, str, int, str | None, str]]:
        """(hash, record id, body size, parent, author) of every revision."""
        yield from self._db.execute(
            "SELECT hash, record_id, length(body), parent, author FROM revisions")

    def ancestry(self, digest: str) -> list[tuple[str, int]]:
        """(hash, number) of the revision and every revision it descends from."""
        return self._db.execute(
            "WITH RECURSIVE up(h, n) AS (SELECT hash, number FROM revisions WHERE hash = ?"
            " UNION ALL SELECT v.hash, v.number FROM revisions v JOIN revisions c"
            " ON v.hash = c.parent JOIN up ON c.hash = up.h) SELECT h, n FROM up",
            (digest,)).fetchall()

    def signatures(self, hashes: list[str]) -> dict[str, bytes]:
        """The authors' signatures kept for these revisions, by hash."""
        return signatures.of_revisions(self._db, hashes)

    def last_rowid(self) -> int:
        return self._db.execute("SELECT coalesce(max(rowid), 0) FROM records").fetchone()[0]

    # -- writing, inside a transaction ---------------------------------------------------

    def add_foreign(self, rows: list[tuple]) -> None:
        """Records new to this vault (`imported.record_row`s); their revisions after."""
        imported.insert_records(self._tx, rows)

    def add_foreign_revisions(self, rows: list[tuple],
                              signed: list[tuple[str, bytes]]) -> None:
        """Revisions from another vault (`imported.revision_row`s) and the (hash,
        signature) pairs accepted for them; one already here is left as it is."""
        imported.insert_revisions(self._tx, rows)
        signatures.insert(self._tx, signed)

    def move_head(self, head: Record, at: str) -> None:
        """Fast-forward: the record's head becomes the newer imported revision."""
        imported.move_head(self._tx, head, at)

    def index_at_commit(self, rowid: int, text: str) -> None:
        """Index a records row added in this transaction, when it commits."""
        _ = self._tx  # refused outside a transaction
        self._vault._new_index.append((rowid, text))

    def write_resolution(self, record_id: str, doc: dict, reason: str,
                         detail: dict) -> Record:
        """A new revision on top of the record's head that settles a diverged history
        (always written, even when the content is the head's, so the decision is in the
        hashed history). `detail` (hashes only) goes into the `resolve` audit event."""
        return self._vault._write_resolution(self._tx, record_id, doc, reason, detail)
