"""Conflicts: records whose histories diverged on import (changed here and by the sender
after a hand-in), both versions side by side, and settling one with a new revision on top
of this vault's head: keeping one version, an edited document, or a field-by-field merge.

Neither history is ever rewritten; a reason is required; a resolution is one transaction
(bad input, or a version that moved since it was shown, writes nothing).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..exchange import conflicts as cf
from ..exchange import field_merge as fm
from ..exchange.errors import ExchangeError
from ..exchange.provenance import imports
from ..vault import Record, Vault

Conflict = cf.Conflict
ConflictSides = cf.ConflictSides
MergePlan = fm.MergePlan
MergeItem = fm.MergeItem
UndecidedFields = fm.UndecidedFields
KEEP = cf.KEEP


def list_conflicts(vault: Vault) -> list[Conflict]:
    """Every open conflict, oldest flag first."""
    return cf.list_conflicts(vault)


def conflicted_records(vault: Vault) -> set[str]:
    """The ids of the records with an open conflict (for marking them in a list)."""
    return cf.conflicted_records(vault)


@dataclass(frozen=True)
class ConflictEntry:
    conflict: Conflict
    author_name: str  # who wrote the imported version ("" when not named)
    sender: str  # the fingerprint of the bundle's sender ("" when not known)


def conflict_entries(vault: Vault) -> list[ConflictEntry]:
    """Every open conflict with who wrote the imported version and who sent it."""
    senders = {i.bundle_id: i.sender for i in imports(vault)}
    return [ConflictEntry(c, vault.get(c.record, c.other_head).author_name or "",
                          senders.get(c.bundle, ""))
            for c in list_conflicts(vault)]


def sides(vault: Vault, record_id: str, *, other: str | None = None,
          lang: str = "en") -> ConflictSides:
    """Both versions of a diverged record and what differs (reads only)."""
    return cf.sides(vault, record_id, other=other, lang=lang)


def merge_plan(vault: Vault, record_id: str, *, other: str | None = None,
               lang: str = "en") -> MergePlan:
    """Every field that differs, who changed it since the common revision, and the side
    preset for it."""
    return fm.merge_plan(vault, record_id, other=other, lang=lang)


def sides_and_plan(vault: Vault, record_id: str, *, other: str | None = None,
                   lang: str = "en") -> tuple[ConflictSides, MergePlan | None]:
    """Both versions, and the field-by-field merge plan (None when no merge is possible,
    e.g. the two versions use two questionnaires: both sides are still shown)."""
    found = sides(vault, record_id, other=other, lang=lang)
    try:
        plan = merge_plan(vault, record_id, other=other, lang=lang)
    except ExchangeError:
        plan = None
    return found, plan


def keep_version(vault: Vault, record_id: str, keep: str, *, reason: str,
                 other: str | None = None) -> Record:
    """Settle with this vault's version ("local") or the imported one ("imported")."""
    return cf.resolve(vault, record_id, reason=reason, keep=keep, other=other)


def resolve_with(vault: Vault, record_id: str, doc: dict | None, *, reason: str,
                 other: str | None = None) -> Record:
    """Settle with a record document edited from both versions (none: refused, as
    `cf.resolve` refuses a resolution that gives no content)."""
    return cf.resolve(vault, record_id, reason=reason, doc=doc, other=other)


def resolve_merged(vault: Vault, record_id: str, *, reason: str, take: dict[str, str],
                   other: str | None = None,
                   heads: tuple[str, str] | None = None) -> Record:
    """Settle with the field-by-field merge: `take` picks the side of each field both
    changed; `heads` (as shown) refuses versions that moved since. Raises UndecidedFields
    when a field both changed has no side."""
    return fm.resolve_merged(vault, record_id, reason=reason, take=take, other=other,
                             heads=heads)
