"""Possible duplicate witnesses (the same person interviewed twice, often by two
researchers): the pairs to review, with a brief of each witness, and the decisions.

Nothing is ever merged: a decision only records a link, and a decided pair leaves the list.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..exchange import duplicates as dup
from ..exchange.witness_brief import BRIEF, witness_brief
from ..vault import Vault

Candidate = dup.Candidate  # its reasons are messages (duplicate.* codes)
Progress = Callable[[int, int], None]

__all__ = ["BRIEF", "Candidate", "Review", "decide", "decisions", "review"]


@dataclass
class Review:
    candidates: list[Candidate]  # the best undecided pairs, best first
    links: list[dict]  # decisions taken, oldest first
    codes: dict[str, str]  # the code of every record named in either, by id
    briefs: dict[str, dict[str, str]] = field(default_factory=dict)  # by record id


def review(vault: Vault, lang: str | None = None,
           progress: Progress | None = None) -> Review:
    """The pairs to review and the decisions taken; with `lang`, a brief (in it) of every
    witness named in either. Reads the whole vault: `progress` hears each brief."""
    if progress is not None:
        progress(0, 0)
    found = dup.vault_candidates(vault)
    links = decisions(vault)
    ids = {rid for c in found for rid in (c.a, c.b)}
    ids |= {rid for link in links for rid in (link["a"], link["b"])}
    briefs: dict[str, dict[str, str]] = {}
    if lang:
        for done, rid in enumerate(sorted(ids), 1):
            briefs[rid] = witness_brief(vault, rid, lang)
            if progress is not None:
                progress(done, len(ids))
    return Review(found, links, vault.records.codes(sorted(ids)), briefs)


def decisions(vault: Vault) -> list[dict]:
    """Every decision taken (a, b, relation, decided_at), oldest first."""
    return dup.links(vault)


def decide(vault: Vault, a: str, b: str, relation: str) -> list[dict]:
    """Record that `a` and `b` are the "same" witness or "distinct" people (audited);
    the decisions taken, this one included."""
    dup.link(vault, a, b, relation)
    return decisions(vault)
