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

Candidate = dup.Candidate
reason_code = dup.reason_code
Progress = Callable[[int, int], None]

__all__ = ["BRIEF", "Candidate", "Review", "candidates_and_codes", "decide", "decisions",
           "reason_code", "review"]


@dataclass
class Review:
    candidates: list[Candidate]
    briefs: dict[str, dict[str, str]] = field(default_factory=dict)  # by record id
    links: list[dict] = field(default_factory=list)  # decisions taken, oldest first


def candidates_and_codes(vault: Vault) -> tuple[list[Candidate], dict[str, str]]:
    """The best undecided pairs, and every record's code by id."""
    found = dup.vault_candidates(vault)
    titles = vault.records.codes()
    return found, titles


def review(vault: Vault, lang: str, progress: Progress | None = None) -> Review:
    """The pairs to review and the decisions taken, with a brief (in `lang`) of every
    witness named in either. Reads the whole vault: `progress` hears each brief."""
    if progress is not None:
        progress(0, 0)
    found = dup.vault_candidates(vault)
    links = decisions(vault)
    ids = {rid for c in found for rid in (c.a, c.b)}
    ids |= {rid for link in links for rid in (link["a"], link["b"])}
    briefs: dict[str, dict[str, str]] = {}
    for done, rid in enumerate(sorted(ids), 1):
        briefs[rid] = witness_brief(vault, rid, lang)
        if progress is not None:
            progress(done, len(ids))
    return Review(found, briefs, links)


def decisions(vault: Vault) -> list[dict]:
    """Every decision taken (a, b, relation, decided_at), oldest first."""
    return dup.links(vault)


def decide(vault: Vault, a: str, b: str, relation: str) -> list[dict]:
    """Record that `a` and `b` are the "same" witness or "distinct" people (audited);
    the decisions taken, this one included."""
    dup.link(vault, a, b, relation)
    return decisions(vault)
