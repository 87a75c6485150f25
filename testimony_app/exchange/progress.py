"""Progress reports for long exchange work (export, preview, import), as (bytes done,
bytes total) for a progress bar.

Reports are throttled to about one per 64 KiB, so a callback costs nothing per small
entry. A callback may raise (a cancelled task does): the exception goes straight up
through the work, which then cleans up as for any other failure (no file left, the
transaction rolled back). Never sees testimony: only byte counts.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]

STEP = 64 * 1024


class Meter:
    """Counts bytes and tells `progress` every STEP bytes and at the end."""

    def __init__(self, progress: Progress | None, total: int):
        self.progress, self.total, self.done, self._told = progress, total, 0, 0
        if progress is not None:
            progress(0, total)

    def add(self, count: int) -> None:
        self.done += count
        if self.progress is not None and (self.done - self._told >= STEP
                                          or self.done >= self.total):
            self._told = self.done
            self.progress(min(self.done, self.total), self.total)


def part_of(progress: Progress | None, index: int, parts: int) -> Progress | None:
    """Reports of one of `parts` equal passes over the same bytes, as one bar."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(index * total + done, parts * total)

    return report
