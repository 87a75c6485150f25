"""The field-by-field merge of a diverged record: what each side changed since the two
heads' common revision, a default side for every field that differs, and the merged
record document built from a choice per field.

A field is a top-level answer (with its "other" text), one row of a repeat paired across
the sides by its person reference or attachment (or by position when no row was added or
removed anywhere), else a whole repeat. A field's sensitive-span marks travel with it:
a text taken from a side keeps that side's marks, so a mark never points into text it was
not made for. Reads the vault only; writing is `resolve_merged`, through the conflict
core's one resolution path.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from ..form import Form, get_form
from ..form.diff import _key_field, _row_summary, _row_title
from ..form.display import format_value
from ..vault.records import Record
from . import conflicts as cf
from .errors import ExchangeError

SIDES = ("local", "imported")


class UndecidedFields(ExchangeError):
    """Both sides changed these fields since their common revision: a person must pick."""

    def __init__(self, fields: list[str]):
        self.fields = fields
        super().__init__("conflict.undecided", fields=", ".join(fields))


@dataclass(frozen=True)
class MergeItem:
    """One field that differs between the two heads."""

    key: str  # "account.narrative_original", "people.people[P2]", "instructions.instructions"
    kind: str  # "field", "row" (one paired repeat row) or "rows" (a whole repeat)
    section: str  # "H. Account"
    label: str
    local: str  # shown value on each side ("" where the side has none)
    imported: str
    changed: str  # who changed it since the common revision: "local", "imported", "both"
    marks_differ: bool  # the sensitive spans differ, not (only) the words

    @property
    def default(self) -> str | None:
        return None if self.changed == "both" else self.changed


@dataclass
class _Unit:
    """A field's raw part of one side: its answers and its marks (row-free)."""

    value: Any  # the raw answer: a section's answers, a row, the rows, or None
    marks: list


@dataclass
class MergePlan:
    conflict: cf.Conflict
    local: Record
    imported: Record
    ancestor: Record | None  # None: no shared revision (then every change counts as both)
    form: Form
    items: list[MergeItem]
    _units: dict = field(default_factory=dict, repr=False)  # key -> {side: _Unit}
    _repeats: dict = field(default_factory=dict, repr=False)  # (section, repeat) -> keys
    _renumber: dict = field(default_factory=dict, repr=False)  # key -> reference to drop

    def defaults(self) -> dict[str, str]:
        return {i.key: i.default for i in self.items if i.default}

    def undecided(self, take: dict[str, str] | None = None) -> list[str]:
        return [i.key for i in self.items if i.default is None and i.key not in (take or {})]

    def document(self, take: dict[str, str] | None = None) -> dict:
        """The merged record document: each differing field from the side `take` names,
        else its default side. Raises UndecidedFields or ExchangeError for a bad choice."""
        take = dict(take or {})
        known = {i.key for i in self.items}
        for key, side in take.items():
            if key not in known:
                raise ExchangeError("conflict.field_same", field=key,
                                    command="'testimony conflicts ID'")
            if side not in SIDES:
                raise ExchangeError("conflict.side", field=key, side=repr(side))
        missing = self.undecided(take)
        if missing:
            raise UndecidedFields(missing)
        chosen = {**self.defaults(), **take}
        answers = copy.deepcopy(self.local.answers)
        marks: list[dict] = []
        for section in self.form.sections:
            for f in section.fields:
                if f.type == "note":
                    continue
                if f.type == "repeat" and (section.name, f.name) in self._repeats:
                    self._place_rows(answers, marks, section.name, f.name, chosen)
                    continue
                key = f"{section.name}.{f.name}"
                unit = self._units[key][chosen.get(key, "local")]
                group = answers.setdefault(section.name, {})
                if f.type == "repeat":  # a whole list, its marks already on its rows
                    group.pop(f.name, None)
                    if unit.value:
                        group[f.name] = copy.deepcopy(unit.value)
                    marks += [{**m, "section": section.name} for m in unit.marks]
                    continue
                for name in (f.name, f"{f.name}_other"):
                    group.pop(name, None)
                group.update(copy.deepcopy(unit.value))
                marks += [{**m, "section": section.name} for m in unit.marks]
            if answers.get(section.name) == {} and section.name not in self.local.answers:
                del answers[section.name]
        status = "complete" if "complete" in (self.local.status, self.imported.status) \
            else "draft"
        return {"form_id": self.form.id, "form_version": self.form.version, "status": status,
                "answers": answers, "marks": marks}

    def _place_rows(self, answers, marks, section, repeat, chosen) -> None:
        rows = []
        for key in self._repeats[(section, repeat)]:
            unit = self._units[key][chosen.get(key, "local")]
            if unit.value is None:
                continue  # the chosen side has no such row
            row = copy.deepcopy(unit.value)
            if key in self._renumber:
                row.pop(self._renumber[key], None)  # filled afresh when written
            rows.append(row)
            marks += [{**m, "section": section, "row": len(rows)} for m in unit.marks]
        group = answers.setdefault(section, {})
        if rows:
            group[repeat] = rows
        else:
            group.pop(repeat, None)


def _field_units(section: str, f, answers: dict, marks: list) -> _Unit:
    group = answers.get(section) or {}
    value = {n: group[n] for n in (f.name, f"{f.name}_other") if n in group}
    own = [{"field": m["field"], "row": None, "start": m["start"], "end": m["end"],
            "kind": m["kind"]} for m in marks
           if m["section"] == section and m["field"] == f.name and m.get("row") is None]
    return _Unit(value, own)


def _row_marks(section: str, repeat: str, marks: list, row: int) -> list:
    return [{"field": m["field"], "start": m["start"], "end": m["end"], "kind": m["kind"]}
            for m in marks if m["section"] == section and m.get("row") == row
            and str(m["field"]).startswith(f"{repeat}.")]


def _rows_of(answers: dict, section: str, repeat: str) -> list:
    rows = (answers.get(section) or {}).get(repeat) or []
    return [r for r in rows if isinstance(r, dict)]


def _row_keys(key_field, states: list[list]) -> list[list[str]] | None:
    """Each side's row keys ("P2", or "#3" by position), or None if rows cannot be
    paired (a row without a unique key, and rows added or removed somewhere)."""
    if key_field is not None:
        keyed = [[str(r.get(key_field.name) or "") for r in rows] for rows in states]
        if all(all(keys) and len(set(keys)) == len(keys) for keys in keyed):
            return keyed
    if len({len(rows) for rows in states}) == 1:
        return [[f"#{i + 1}" for i in range(len(rows))] for rows in states]
    return None


def _rows_units(section: str, repeat, records: dict[str, Record | None], plan: MergePlan,
                lang: str) -> list[tuple[str, str, dict[str, _Unit], str]]:
    """The repeat's fields: (key, label, {side: _Unit}, kind), rows in merged order."""
    names = list(records)
    states = {s: _rows_of(r.answers, section, repeat.name) if r else [] for s, r in
              records.items()}
    keys = _row_keys(_key_field(repeat), [states[s] for s in names])
    base = f"{section}.{repeat.name}"
    if keys is None:  # one field: the whole list, with the marks on its rows
        whole: dict[str, _Unit] = {}
        for s, r in records.items():
            rows = states[s]
            own = [{"field": m["field"], "row": m["row"], "start": m["start"],
                    "end": m["end"], "kind": m["kind"]}
                   for m in (r.marks if r else [])
                   if m["section"] == section and str(m["field"]).startswith(f"{repeat.name}.")]
            whole[s] = _Unit(rows or None, own)
        label = repeat.label.get(lang)
        return [(base, label, whole, "rows")]
    keyed = dict(zip(names, keys, strict=True))
    order = list(keyed["local"]) + [k for k in keyed["imported"] if k not in keyed["local"]]
    key_field = _key_field(repeat)
    out: list[tuple[str, str, dict[str, _Unit], str]] = []
    for k in order:
        units: dict[str, _Unit] = {}
        title = ""
        for s, r in records.items():
            at = keyed[s].index(k) if k in keyed[s] else None
            row = states[s][at] if at is not None else None
            units[s] = _Unit(row, _row_marks(section, repeat.name, r.marks if r else [],
                                             at + 1) if at is not None else [])
            if row is not None and s != "ancestor":
                title = title or _row_title(repeat, row, (at or 0) + 1, lang)
        both_added = (records["ancestor"] is not None and k not in keyed["ancestor"]
                      and units["local"].value is not None
                      and units["imported"].value is not None
                      and units["local"].value != units["imported"].value)
        if both_added and key_field is not None and not k.startswith("#"):
            # Each side added a row and the vault numbered both alike (P4 here, P4 there):
            # two people, not one changed twice. Both are kept; the imported one is
            # numbered afresh when written (its reference dropped, then filled).
            none = _Unit(None, [])
            mine, theirs = units["local"], units["imported"]
            out.append((f"{base}[{k}]", title, {"local": mine, "imported": none,
                                                 "ancestor": none}, "row"))
            key = f"{base}[{k}, imported]"
            plan._renumber[key] = key_field.name
            out.append((key, _row_title(repeat, theirs.value, keyed["imported"].index(k) + 1,
                                        lang),
                        {"local": none, "imported": theirs, "ancestor": none}, "row"))
            continue
        out.append((f"{base}[{k}]", title, units, "row"))
    plan._repeats[(section, repeat.name)] = [key for key, *_ in out]
    return out


def _shown(kind: str, f, unit: _Unit, lang: str) -> str:
    if unit.value in (None, {}, []):
        return ""
    if kind == "field":
        return format_value(f, unit.value.get(f.name), lang,
                            other=unit.value.get(f"{f.name}_other"))
    rows = unit.value if kind == "rows" else [unit.value]
    return ("\n" if kind == "rows" else "").join(_row_summary(f, r, lang) for r in rows)


def plan_merge(store, conflict: cf.Conflict, lang: str = "en") -> MergePlan:
    """Reads only: the merge of `conflict`'s two heads over their common revision."""
    local = cf.revision_of(store, conflict.local_head)
    imported = cf.revision_of(store, conflict.other_head)
    if local.form_id != imported.form_id:
        raise ExchangeError("conflict.other_forms")
    ancestor_hash = common_ancestor(store, conflict.local_head, conflict.other_head)
    ancestor = cf.revision_of(store, ancestor_hash) if ancestor_hash else None
    form = get_form(local.form_id, max(local.form_version, imported.form_version))
    plan = MergePlan(conflict, local, imported, ancestor, form, [])
    records = {"local": local, "imported": imported, "ancestor": ancestor}
    for section in form.sections:
        heading = f"{section.key}. {section.label.get(lang)}"
        for f in section.fields:
            if f.type == "note":
                continue
            if f.type == "repeat":
                found = _rows_units(section.name, f, records, plan, lang)
            else:
                units = {s: _field_units(section.name, f, r.answers, r.marks) if r
                         else _Unit({}, []) for s, r in records.items()}
                found = [(f"{section.name}.{f.name}", f.label.get(lang), units, "field")]
            for key, label, units, kind in found:
                plan._units[key] = units
                item = _item(key, kind, heading, label, f, units, lang)
                if item is not None:
                    plan.items.append(item)
    return plan


def _item(key, kind, heading, label, f, units, lang) -> MergeItem | None:
    mine, theirs, base = units["local"], units["imported"], units["ancestor"]
    if (mine.value, mine.marks) == (theirs.value, theirs.marks):
        return None
    empty: dict | None = {"field": {}}.get(kind)
    norm = [u.value if u.value not in (None, {}, []) else empty for u in (mine, theirs, base)]
    if (norm[0], mine.marks) == (norm[2], base.marks):
        changed = "imported"
    elif (norm[1], theirs.marks) == (norm[2], base.marks):
        changed = "local"
    else:
        changed = "both"
    return MergeItem(key, kind, heading, label, _shown(kind, f, mine, lang),
                     _shown(kind, f, theirs, lang), changed,
                     marks_differ=mine.marks != theirs.marks)


def common_ancestor(store, one: str, other: str) -> str | None:
    """The newest revision both heads descend from (both histories are in the vault)."""
    mine = {h for h, _ in store.records.ancestry(one)}
    theirs = sorted(store.records.ancestry(other), key=lambda r: -r[1])
    return next((h for h, _ in theirs if h in mine), None)


def merge_plan(vault, record_id: str, *, other: str | None = None,
               lang: str = "en") -> MergePlan:
    return plan_merge(vault, cf.find_conflict(vault, record_id, other), lang)


def resolve_merged(vault, record_id: str, *, reason: str, take: dict[str, str] | None = None,
                   other: str | None = None,
                   heads: tuple[str, str] | None = None) -> Record:
    """Settle a diverged record with the field-by-field merge: fields one side changed
    come from that side, `take` picks the others ({key: "local"|"imported"}). `heads`
    (local, imported) as shown to the user: refused if either has moved since. Bad input
    raises before anything is written."""
    if not (reason and reason.strip()):
        raise ExchangeError("conflict.reason")
    with vault.transaction() as tx:
        conflict = cf.find_conflict(tx, record_id, other)
        if heads is not None and heads != (conflict.local_head, conflict.other_head):
            raise ExchangeError("conflict.changed")
        plan = plan_merge(tx, conflict)
        doc = plan.document(take)
        ancestor = plan.ancestor.revision if plan.ancestor else None
        return cf.settle(tx, conflict, doc, reason, "merged",
                         {"ancestor": ancestor})
