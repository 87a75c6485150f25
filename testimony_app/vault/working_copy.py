"""The editor's working copy: the answers being typed, kept in the vault between revisions.

One row per record in `working_copies` (schema 3): `base` is the revision the edit started
from, `body` the canonical JSON of `{answers, marks, section}`. It is replaced every few
seconds while the user types, so a crash or kill -9 loses at most those seconds, and it is
deleted once a revision has been written from it. Qt-free.

Never writes anywhere but the vault, never touches the revision history or the audit log
(a working copy is not testimony of record: it is the user's unsaved screen).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import sqlcipher3

from .canonical import canonical_json, utc_now
from .connection import immediate_transaction, translate_storage_error
from .errors import RecordNotFound, VaultError


@dataclass(frozen=True)
class WorkingCopy:
    record_id: str
    base: str  # the revision hash the edit started from
    answers: dict
    marks: list
    section: str | None
    saved_at: str


def working_copy_body(answers: dict, marks: list, section: str | None) -> bytes:
    return canonical_json({"answers": answers, "marks": marks, "section": section})


def save_working_copy(vault, record_id: str, base: str, answers: dict, marks: list,
                      section: str | None) -> str:
    """Write (or replace) the record's working copy; returns its `saved_at`."""
    body = working_copy_body(answers, marks, section)
    at = utc_now()
    # Not vault._transaction(): that signs the audit head, and a working copy stays out of it.
    with immediate_transaction(vault._conn) as conn:
        known = conn.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone()
        if known is None:
            raise RecordNotFound(record_id)
        conn.execute(
            "INSERT OR REPLACE INTO working_copies (record_id, base, body, saved_at)"
            " VALUES (?, ?, ?, ?)", (record_id, base, body, at))
    return at


def load_working_copy(vault, record_id: str) -> WorkingCopy | None:
    row = vault._conn.execute(
        "SELECT record_id, base, body, saved_at FROM working_copies WHERE record_id = ?",
        (record_id,)).fetchone()
    return _from_row(row) if row else None


def delete_working_copy(vault, record_id: str) -> bool:
    """Forget the record's working copy; True if there was one."""
    try:
        cur = vault._conn.execute("DELETE FROM working_copies WHERE record_id = ?", (record_id,))
    except sqlcipher3.Error as exc:
        raise translate_storage_error(exc) from None
    return cur.rowcount > 0


def pending_working_copies(vault) -> list[WorkingCopy]:
    """Every working copy left behind (by a crash, a kill or a lock), newest first."""
    rows = vault._conn.execute(
        "SELECT record_id, base, body, saved_at FROM working_copies ORDER BY saved_at DESC"
    ).fetchall()
    return [_from_row(r) for r in rows]


def _from_row(row) -> WorkingCopy:
    try:
        data = json.loads(bytes(row[2]).decode("utf-8"))
        answers, marks = data["answers"], data.get("marks") or []
        if not isinstance(answers, dict) or not isinstance(marks, list):
            raise ValueError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise VaultError("vault.working_copy_damaged", record=row[0]) from None
    section = data.get("section")
    return WorkingCopy(row[0], row[1], answers, marks,
                       section if isinstance(section, str) else None, row[3])
