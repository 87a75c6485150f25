"""Figures and how they are shown: an aligned table for people, JSON for machines.

A figure is never asserted: it is marked PASS or SHORT against the target from the
performance issue, and the numbers speak for themselves.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass
class Figure:
    name: str
    unit: str
    ours: float
    bare: float | None
    # "ratio>=": ours/bare at least `target`; "ratio<=": at most; "<=": ours at most; None.
    rule: str | None = None
    target: float | None = None

    @property
    def ratio(self) -> float | None:
        if self.bare in (None, 0):
            return None
        return self.ours / self.bare

    @property
    def target_text(self) -> str:
        if self.rule is None:
            return ""
        if self.rule == "ratio>=":
            return f">= {self.target:g}x bare"
        if self.rule == "ratio<=":
            return f"<= {self.target:g}x bare"
        return f"<= {self.target:g} {self.unit}"

    @property
    def mark(self) -> str:
        if self.rule is None:
            return ""
        value = self.ours if self.rule == "<=" else self.ratio
        if value is None:
            return "?"
        ok = value >= self.target if self.rule == "ratio>=" else value <= self.target
        return "PASS" if ok else "SHORT"

    def to_json(self) -> dict:
        out = asdict(self)
        out.update(ratio=self.ratio, target_text=self.target_text, mark=self.mark or None)
        return out


def _num(value: float | None) -> str:
    if value is None:
        return "-"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 100:
        return f"{value:.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def table(figures: list[Figure]) -> str:
    head = ("figure", "testimony", "bare", "ratio", "target", "")
    rows = [head] + [
        (f"{f.name} ({f.unit})", _num(f.ours), _num(f.bare),
         "-" if f.ratio is None else f"{f.ratio:.2f}x", f.target_text, f.mark)
        for f in figures
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])]
        cells += [row[i].rjust(widths[i]) for i in (1, 2, 3)]
        cells += [row[4].ljust(widths[4]), row[5]]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths[:5]) + "  -----")
    return "\n".join(lines)
