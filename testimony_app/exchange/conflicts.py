"""Diverged histories after an import: listing them, showing both sides, and resolving one
by a new revision on top of this vault's head.

A resolution never rewrites either branch: it appends one revision whose content is the
local head's, the imported head's, a document the user edited or a field-by-field merge
(`field_merge`), with this vault's head
as its parent and the other head's full hash named in its (hashed) reason; the conflict
flag is then cleared and a `resolve` audit event kept. Writes nothing but the vault.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..form import get_form
from ..form.diff import Change, diff_answers
from ..vault.records import Record, record_from_body
from .errors import ExchangeError

KEEP = ("local", "imported")
REASON_PREFIX = "Resolves the diverged revision "


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


@dataclass(frozen=True)
class ConflictSides:
    """Both heads of a diverged record, for a side-by-side view; `changes` go from the
    local head's answers to the imported head's."""

    conflict: Conflict
    local: Record
    imported: Record
    changes: list[Change]


def list_conflicts(conn, record_id: str | None = None) -> list[Conflict]:
    rows = conn.execute(
        "SELECT c.record_id, coalesce(r.code, ''), r.head, c.other_head, c.bundle_id,"
        " c.flagged_at FROM conflicts c JOIN records r ON r.id = c.record_id"
        " WHERE ? IS NULL OR c.record_id = ? ORDER BY c.flagged_at, c.record_id",
        (record_id, record_id)).fetchall()
    return [Conflict(*r) for r in rows]


def find_conflict(conn, record_id: str, other: str | None = None) -> Conflict:
    """The record's open conflict; `other` (a hash prefix) picks one when several are open."""
    found = list_conflicts(conn, record_id)
    if other:
        found = [c for c in found if c.other_head.startswith(other.lower())]
    if not found:
        raise ExchangeError(f"Record {record_id} has no open conflict"
                            f"{' with that revision' if other else ''}.")
    if len(found) > 1:
        raise ExchangeError(f"Record {record_id} has {len(found)} open conflicts: name the "
                            "other revision (" + ", ".join(c.other_head[:12] for c in found)
                            + ").")
    return found[0]


def revision_of(conn, digest: str) -> Record:
    row = conn.execute("SELECT body FROM revisions WHERE hash = ?", (digest,)).fetchone()
    if row is None:
        raise ExchangeError(f"Revision {digest[:12]} is missing from this vault: run "
                            "'testimony verify'.")
    return record_from_body(digest, bytes(row[0]))


def sides(vault, record_id: str, *, other: str | None = None,
          lang: str = "en") -> ConflictSides:
    """The two heads of a diverged record and what differs between them (reads only)."""
    conn = vault.conn
    conflict = find_conflict(conn, record_id, other)
    local = revision_of(conn, conflict.local_head)
    imported = revision_of(conn, conflict.other_head)
    form = get_form(imported.form_id, imported.form_version)
    return ConflictSides(conflict, local, imported,
                         diff_answers(form, local.answers, imported.answers, lang))


def _doc_of(rec: Record) -> dict:
    return {"form_id": rec.form_id, "form_version": rec.form_version, "status": rec.status,
            "answers": rec.answers, "marks": rec.marks}


def resolve(vault, record_id: str, *, reason: str, keep: str | None = None,
            doc: dict | None = None, other: str | None = None) -> Record:
    """Settle a diverged record with a new revision; returns it.

    Exactly one of `keep` ("local" or "imported") and `doc` (a record document as
    `show --json` prints it, e.g. edited from both sides) gives the content. A complete
    record stays complete. Bad input raises before anything is written.
    """
    if (keep is None) == (doc is None):
        raise ExchangeError("Say which content to keep: the local head, the imported head, "
                            "or an edited document.")
    if keep is not None and keep not in KEEP:
        raise ExchangeError(f"Keep 'local' or 'imported', not {keep!r}.")
    if not (reason and reason.strip()):
        raise ExchangeError("Resolving a conflict needs a reason.")
    with vault.transaction() as conn:
        conflict = find_conflict(conn, record_id, other)
        local, imported = revision_of(conn, conflict.local_head), \
            revision_of(conn, conflict.other_head)
        chosen = {"local": local, "imported": imported}[keep] if keep else None
        content = _doc_of(chosen) if chosen else _edited(doc)
        if "complete" in (local.status, imported.status):
            content["status"] = "complete"  # nothing completed on either side is reopened
        return settle(vault, conn, conflict, content, reason, keep or "edited")


def settle(vault, conn, conflict: Conflict, content: dict, reason: str, how: str,
           detail: dict | None = None) -> Record:
    """Inside the open transaction: the resolving revision with `content`, and the flag
    cleared. `how` ("local", "imported", "edited", "merged") and `detail` (hashes only)
    go into the audit event."""
    resolved = vault.write_resolution(
        conn, conflict.record, content,
        f"{REASON_PREFIX}{conflict.other_head}: {reason.strip()}",
        {"other": conflict.other_head, "keep": how, "bundle": conflict.bundle,
         **(detail or {})})
    conn.execute("DELETE FROM conflicts WHERE record_id = ? AND other_head = ?",
                 (conflict.record, conflict.other_head))
    return resolved


def conflicted_records(conn) -> set[str]:
    """The ids of records with an open conflict (few: read whole, for the records list)."""
    return {r[0] for r in conn.execute("SELECT DISTINCT record_id FROM conflicts")}


def _edited(doc) -> dict:
    if not isinstance(doc, dict):
        raise ExchangeError("The resolved record must be a JSON object.")
    return dict(doc)  # checked like any saved document (unknown keys refused)
