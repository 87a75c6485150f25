"""Writing records and revisions that came from another vault (a hand-in bundle), keeping
their own hashes, authors, parents, ids and times (attachments and the sender's audit
events: repositories/attachments.py and repositories/audit.py).

Called by the records repository inside one `Vault.transaction()`; nothing is ever
overwritten: a revision or attachment already present is left as it is. Writes nothing
but the vault.
"""

from __future__ import annotations

from ..form import get_form
from .records import Record, summary_columns
from .researchers import fill_missing_authors
from .search import index_text, set_index


def revision_row(digest: str, body: bytes, rec: Record) -> tuple:
    """A foreign revision as a `revisions` row, under its own hash."""
    return (digest, rec.id, rec.parent, rec.number, rec.status, rec.reason, rec.author,
            rec.author_name, rec.created_at, body)


def insert_revisions(conn, rows: list[tuple]) -> None:
    """Store foreign revisions (`revision_row`s); one already here is left as it is."""
    conn.executemany(
        "INSERT OR IGNORE INTO revisions (hash, record_id, parent, number, status, reason,"
        " author, author_name, created_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    if any(row[3] == 1 for row in rows):
        fill_missing_authors(conn)


def record_row(rowid: int, head: Record, created_at: str, at: str) -> tuple[tuple, str]:
    """A `records` row for a record new to this vault, under the given rowid (the next
    free one), and its index text for the caller to index at commit."""
    form = get_form(head.form_id, head.form_version)
    cols = summary_columns(head.answers, form)
    # The first revision's author, when the head is that revision; else
    # `insert_revisions` fills it in once revision 1 is stored.
    row = (rowid, head.id, head.form_id, head.form_version, head.status, head.revision,
           created_at, at, cols["code"], cols["title"], cols["incident_date"],
           cols["researcher"], head.author if head.number == 1 else None)
    return row, index_text(form, head.answers)


def insert_records(conn, rows: list[tuple]) -> None:
    """Insert `record_row`s; their revisions go in after them (foreign keys)."""
    conn.executemany(
        "INSERT INTO records (rowid, id, form_id, form_version, status, head, created_at,"
        " updated_at, code, title, incident_date, researcher, author)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def move_head(conn, head: Record, at: str) -> None:
    """Fast-forward: the record's head becomes the newer imported revision; re-indexed."""
    cols = summary_columns(head.answers, get_form(head.form_id, head.form_version))
    conn.execute(
        "UPDATE records SET status = ?, head = ?, updated_at = ?, form_version = ?, code = ?,"
        " title = ?, incident_date = ?, researcher = ? WHERE id = ?",
        (head.status, head.revision, at, head.form_version, cols["code"], cols["title"],
         cols["incident_date"], cols["researcher"], head.id),
    )
    rowid = conn.execute("SELECT rowid FROM records WHERE id = ?", (head.id,)).fetchone()[0]
    set_index(conn, rowid, index_text(get_form(head.form_id, head.form_version), head.answers))
