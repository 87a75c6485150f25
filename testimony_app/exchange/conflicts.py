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
from ..vault.records import Record
from ..vault.repositories import Conflict
from .errors import ExchangeError

KEEP = ("local", "imported")
REASON_PREFIX = "Resolves the diverged revision "


@dataclass(frozen=True)
class ConflictSides:
    """Both heads of a diverged record, for a side-by-side view; `changes` go from the
    local head's answers to the imported head's."""

    conflict: Conflict
    local: Record
    imported: Record
    changes: list[Change]


def list_conflicts(store, record_id: str | None = None) -> list[Conflict]:
    """`store`: the vault, or a transaction of it (`Vault.transaction()`)."""
    return store.conflicts.open(record_id)


def find_conflict(store, record_id: str, other: str | None = None) -> Conflict:
    """The record's open conflict; `other` (a hash prefix) picks one when several are open."""
    found = list_conflicts(store, record_id)
    if other:
        found = [c for c in found if c.other_head.startswith(other.lower())]
    if not found:
        raise ExchangeError("conflict.none_with" if other else "conflict.none", record=record_id)
    if len(found) > 1:
        raise ExchangeError("conflict.several", record=record_id, count=len(found),
                            revisions=", ".join(c.other_head[:12] for c in found))
    return found[0]


def revision_of(store, digest: str) -> Record:
    found = store.records.revision(digest)
    if found is None:
        raise ExchangeError("conflict.revision_missing", revision=digest[:12],
                            command="'testimony verify'")
    return found


def sides(vault, record_id: str, *, other: str | None = None,
          lang: str = "en") -> ConflictSides:
    """The two heads of a diverged record and what differs between them (reads only)."""
    conflict = find_conflict(vault, record_id, other)
    local = revision_of(vault, conflict.local_head)
    imported = revision_of(vault, conflict.other_head)
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
        raise ExchangeError("conflict.say_which")
    if keep is not None and keep not in KEEP:
        raise ExchangeError("conflict.keep", keep=repr(keep))
    if not (reason and reason.strip()):
        raise ExchangeError("conflict.reason")
    with vault.transaction() as tx:
        conflict = find_conflict(tx, record_id, other)
        local, imported = revision_of(tx, conflict.local_head), \
            revision_of(tx, conflict.other_head)
        chosen = {"local": local, "imported": imported}[keep] if keep else None
        content = _doc_of(chosen) if chosen else _edited(doc)
        if "complete" in (local.status, imported.status):
            content["status"] = "complete"  # nothing completed on either side is reopened
        return settle(tx, conflict, content, reason, keep or "edited")


def settle(tx, conflict: Conflict, content: dict, reason: str, how: str,
           detail: dict | None = None) -> Record:
    """Inside the open transaction `tx`: the resolving revision with `content`, and the
    flag cleared. `how` ("local", "imported", "edited", "merged") and `detail` (hashes
    only) go into the audit event."""
    resolved = tx.records.write_resolution(
        conflict.record, content,
        f"{REASON_PREFIX}{conflict.other_head}: {reason.strip()}",
        {"other": conflict.other_head, "keep": how, "bundle": conflict.bundle,
         **(detail or {})})
    tx.conflicts.clear(conflict.record, conflict.other_head)
    return resolved


def conflicted_records(store) -> set[str]:
    """The ids of records with an open conflict (few: read whole, for the records list)."""
    return store.conflicts.records()


def _edited(doc) -> dict:
    if not isinstance(doc, dict):
        raise ExchangeError("conflict.not_an_object")
    return dict(doc)  # checked like any saved document (unknown keys refused)
