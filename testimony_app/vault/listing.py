"""The records list's filters and sort orders as SQL, paged by keyset (never OFFSET).

A page is asked for with the rowid of the last row of the previous page; the row's sort
value is looked up by that rowid, so callers keep nothing but a number. Every order ends
with rowid, so paging never skips or repeats a row, and each runs down an index of
`records` (schema 3) rather than sorting the vault. Rows whose sort column is NULL come
after all others newest-first (before them oldest-first), as SQLite orders NULL lowest;
they are fetched as a segment of their own so that the index serves both.

Builds SQL text and arguments only; never executes anything but the cursor lookup.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import VaultError

# Sort name -> column. "created" is the order records were added (the FTS5 index's order).
SORTS = {"updated": "r.updated_at", "created": "r.rowid", "incident_date": "r.incident_date",
         "code": "r.code"}
STATUSES = ("draft", "complete")
_DATE_CHARS = set("0123456789-")
_PREFIX_END = "\x7f"  # after every character of a date: "2017-03" + this ends March


@dataclass(frozen=True)
class RecordFilter:
    """What the list shows. Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD", both ends
    inclusive (a month includes its days); updated dates are UTC days."""

    status: str | None = None
    researcher: str | None = None  # the fingerprint of the first revision's author
    incident_from: str | None = None
    incident_to: str | None = None
    updated_from: str | None = None
    updated_to: str | None = None
    conflicts_only: bool = False  # records with an open conflict after an import

    def is_empty(self) -> bool:
        return self == RecordFilter()


def _check_date(value: str, what: str) -> str:
    value = value.strip()
    parts = value.split("-")
    ok = (set(value) <= _DATE_CHARS and len(parts) <= 3 and len(parts[0]) == 4
          and all(len(p) == 2 for p in parts[1:]))
    if not ok:
        raise VaultError("vault.filter_date", what=what)
    return value


def where_clause(filters: RecordFilter | None, *, use_indexes: bool = True
                 ) -> tuple[list[str], list]:
    """SQL conditions on `records r` (AND-ed) and their arguments.

    Without `use_indexes` each column is written `+r.column`, which keeps SQLite from
    answering the filter through that column's index: right when the filter keeps many
    rows, since walking the sort order's index and skipping the few that fail stops after
    one page, where the filter's index would fetch and sort every row that passes.
    """
    if filters is None:
        return [], []
    conditions, args = [], []
    plus = "" if use_indexes else "+"
    if filters.status:
        if filters.status not in STATUSES:
            raise VaultError("vault.filter_status")
        conditions.append(f"{plus}r.status = ?")
        args.append(filters.status)
    if filters.conflicts_only:  # few rows: the conflicts table is read whole
        conditions.append("r.id IN (SELECT record_id FROM conflicts)")
    if filters.researcher:
        conditions.append(f"{plus}r.author = ?")
        args.append(filters.researcher)
    for column, start, end, what in (
            ("r.incident_date", filters.incident_from, filters.incident_to, "The incident date"),
            ("r.updated_at", filters.updated_from, filters.updated_to, "The date updated")):
        if start or end:
            conditions.append(f"{plus}{column} != ''")  # no date is not an early date
        if start:
            conditions.append(f"{plus}{column} >= ?")
            args.append(_check_date(start, what))
        if end:
            conditions.append(f"{plus}{column} <= ?")
            args.append(_check_date(end, what) + _PREFIX_END)
        if start and end and args[-2] > args[-1]:
            raise VaultError("vault.filter_range", what=what)
    return conditions, args


# Filters or searches keeping at least this many rows are "broad": see `where_clause`.
BROAD = 5000


@dataclass(frozen=True)
class Segment:
    """One index-ordered run of the list: its extra condition and ORDER BY."""

    condition: str
    order: str


def segments(sort: str, descending: bool) -> list[Segment]:
    if sort not in SORTS:
        raise VaultError("vault.sort", sorts=", ".join(SORTS))
    column, way = SORTS[sort], "DESC" if descending else "ASC"
    if column == "r.rowid":
        return [Segment("1", f"r.rowid {way}")]
    values = Segment(f"{column} IS NOT NULL", f"{column} {way}, r.rowid {way}")
    nulls = Segment(f"{column} IS NULL", f"r.rowid {way}")
    return [values, nulls] if descending else [nulls, values]


def cursor_value(conn, sort: str, rowid: int):
    """The sort value of the row a page ended on; KeyError if that row has gone."""
    row = conn.execute(f"SELECT {SORTS[sort]} FROM records r WHERE r.rowid = ?",
                       (rowid,)).fetchone()
    if row is None:
        raise KeyError(rowid)
    return row[0]


def after(sort: str, descending: bool, segment_index: int, cursor: tuple | None
          ) -> tuple[str, list] | None:
    """The condition for rows of segment `segment_index` that come after `cursor`
    ((segment index, value, rowid) of the last row seen); None if none can."""
    if cursor is None:
        return "1", []
    seg_of_cursor, value, rowid = cursor
    if segment_index < seg_of_cursor:
        return None
    if segment_index > seg_of_cursor:
        return "1", []
    op = "<" if descending else ">"
    column = SORTS[sort]
    if column == "r.rowid" or value is None:
        return f"r.rowid {op} ?", [rowid]
    return f"({column}, r.rowid) {op} (?, ?)", [value, rowid]


def segment_of(sort: str, descending: bool, value) -> int:
    if SORTS[sort] == "r.rowid":
        return 0
    is_null = value is None
    return (1 if is_null else 0) if descending else (0 if is_null else 1)
