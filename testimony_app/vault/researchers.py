"""Researchers as the vault knows them, for the records list's filter: the signing key
(fingerprint) that wrote each record's first revision, kept in `records.author`.

The interview's free-text "interviewers" field ("R7, R9", "ب٧") names people however the
researcher typed it; the author of the first revision is one key per record, the same in
every vault the record reaches (it is in the hashed revision body), and is who made the
record. A researcher is shown by the label the vault gave their key when enrolling it,
else by this vault's own researcher name for its own key, else by the name the first
revision carries, always with the start of the fingerprint: two keys may share a name.

Reads and fills `records.author` only; never writes anything else.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_NAME = 60


def fill_missing_authors(conn) -> None:
    """Give every record without an author the author of its first revision, if stored.

    Adding a record writes its author with the row, and so does importing one whose
    first revision is its head; this catches the rest (an import that brings revision 1
    with later ones, and migration 6). Runs down the index on `author`, so it costs
    little when nothing is missing."""
    conn.execute(
        "UPDATE records SET author = (SELECT v.author FROM revisions v"
        " WHERE v.record_id = records.id AND v.number = 1 ORDER BY v.created_at LIMIT 1)"
        " WHERE author IS NULL")


@dataclass(frozen=True)
class Researcher:
    fingerprint: str
    name: str  # may be empty: a first revision written before a name was set

    @property
    def label(self) -> str:
        short = self.fingerprint[:8]
        return f"{self.name} ({short})" if self.name else short


def researchers(conn, own_fingerprint: str, own_name: str) -> list[Researcher]:
    """Everyone who made a record in this vault, by name then fingerprint."""
    fingerprints = [r[0] for r in conn.execute(
        "SELECT DISTINCT author FROM records WHERE author IS NOT NULL")]
    found = [Researcher(fp, _shown(_name(conn, fp, own_fingerprint, own_name)))
             for fp in fingerprints]
    return sorted(found, key=lambda r: (r.name.casefold(), r.fingerprint))


def _shown(name: str) -> str:
    """A name as it may be shown: a revision's name is whatever its author's vault said,
    so direction overrides, invisible and control characters (which could make one
    name or fingerprint pass for another) are dropped, and the length is capped."""
    text = " ".join("".join(c for c in name if c.isprintable()).split())
    return text[:MAX_NAME]


def _name(conn, fingerprint: str, own_fingerprint: str, own_name: str) -> str:
    row = conn.execute("SELECT label FROM enrolled_keys WHERE signing_fp = ?"
                       " ORDER BY revoked_at IS NOT NULL, enrolled_at DESC LIMIT 1",
                       (fingerprint,)).fetchone()
    if row and row[0].strip():
        return row[0].strip()
    if fingerprint == own_fingerprint and own_name.strip():
        return own_name.strip()
    # The name their newest record's first revision carries (names can change).
    row = conn.execute(
        "SELECT v.author_name FROM records r JOIN revisions v ON v.record_id = r.id"
        " AND v.number = 1 WHERE r.author = ? ORDER BY r.rowid DESC LIMIT 1",
        (fingerprint,)).fetchone()
    return (row[0] or "").strip() if row else ""
