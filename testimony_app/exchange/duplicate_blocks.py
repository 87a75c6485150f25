"""Which witnesses are worth comparing: capped blocks, so the duplicate search stays close
to linear in the number of records however common a name is.

Every witness gives a few blocking chains, each from coarse to fine (for instance given
name, father's initial, incident date, neighbourhood, family initial). A witness joins the
block of a chain's first level unless more than `cap` chains share it; then that block is
split by the chain's next level, and so on. A block still too big at the last level is
sorted by its members' sort keys (their full names) and each member is compared only with
the `cap` nearest either side. So a pair is missed only when its block was crowded and the two
differ in a finer level (or sort far apart in a crowded last level); in a small vault
nothing is split at all.

Pure functions on the keys they are given: never read a vault, never score or decide.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

CAP = 30


class Blocks:
    """The blocks of a list of chains per witness (by index), and each witness's places."""

    def __init__(self, chains_of: list[list[tuple]], sort_keys: list, cap: int = CAP):
        self.cap = cap
        self.blocks: dict[tuple, list[int]] = {}
        crowded: dict[tuple, set[int]] = {}
        pending = [(chain, i) for i, chains in enumerate(chains_of) for chain in set(chains)]
        depth = 2  # the namespace and the first level
        while pending:
            counts = Counter(chain[:depth] for chain, _ in pending)
            deeper = []
            for chain, i in pending:
                key = chain[:depth]
                if counts[key] <= cap:
                    members = self.blocks.setdefault(key, [])
                    if not members or members[-1] != i:  # two chains of i, one block
                        members.append(i)
                elif depth >= len(chain):
                    crowded.setdefault(key, set()).add(i)
                else:
                    deeper.append((chain, i))
            pending, depth = deeper, depth + 1
        for key, crowd in crowded.items():
            self.blocks[key] = sorted(crowd, key=lambda i: (sort_keys[i], i))
        self.places: list[list[tuple[tuple, int]]] = [[] for _ in chains_of]
        for key, members in self.blocks.items():
            for pos, i in enumerate(members):
                self.places[i].append((key, pos))

    def neighbours(self, i: int) -> set[int]:
        """Every witness sharing a block with witness i (within the window of a crowded
        one); never i itself. Symmetric: j is i's neighbour exactly when i is j's."""
        out: set[int] = set()
        for key, pos in self.places[i]:
            members = self.blocks[key]
            if len(members) > self.cap:
                members = members[max(0, pos - self.cap):pos + self.cap + 1]
            out.update(members)
        out.discard(i)
        return out

    def sizes(self) -> Iterator[int]:
        return (len(m) for m in self.blocks.values())
