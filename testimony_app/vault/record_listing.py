"""Listing and searching records: keyset pages in any sort order, filters, full-text
matches. A mixin of `Vault` (beside `RecordStore`): it uses the vault's `_conn` and
`identity`, and reads only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sqlcipher3

from . import listing, researchers
from .identity import Identity
from .listing import RecordFilter
from .records import Summary
from .researchers import Researcher
from .search import find, match_expression


class RecordListing:
    if TYPE_CHECKING:  # the vault's own, which this mixin uses
        identity: Identity
        researcher_name: str

        @property
        def _conn(self) -> sqlcipher3.Connection: ...

    # -- listing and search --------------------------------------------------------------

    _SUMMARY_COLUMNS = ("r.rowid, r.id, coalesce(r.code, ''), coalesce(r.title, ''), r.status,"
                        " coalesce(r.incident_date, ''), coalesce(r.researcher, ''), r.updated_at,"
                        " coalesce(r.author, '')")
    _SUMMARY = f"SELECT {_SUMMARY_COLUMNS} FROM records r"

    def count(self) -> int:
        return self._conn.execute("SELECT count(*) FROM records").fetchone()[0]

    def list_records(self, *, before: int | None = None, limit: int = 200,
                     sort: str = "updated", descending: bool = True,
                     filters: RecordFilter | None = None) -> list[Summary]:
        """One page of the records list, most recently updated first by default.

        Pass the last row's `rowid` as `before` for the next page (keyset paging: each
        page costs the same, however deep). `sort` is one of `listing.SORTS`.
        """
        return self._page(None, before, limit, sort, descending, filters)

    def search(self, query: str, *, limit: int = 200, before: int | None = None,
               sort: str | None = None, descending: bool = True,
               filters: RecordFilter | None = None) -> list[Summary]:
        """Records whose names, narratives or instruction wording match every word.

        Without `sort`, newest added first, straight down the full-text index; with one,
        in that order, the matches being checked against an index of `records`.
        """
        expr = match_expression(query)
        if expr is None:
            return []
        if sort is not None:
            return self._page(expr, before, limit, sort, descending, filters)
        conditions, args = listing.where_clause(filters)
        if not conditions:
            rows = find(self._conn, expr, self._SUMMARY_COLUMNS, limit=limit, before=before)
            return [Summary(*r) for r in rows]
        if before is not None:
            conditions.append("search.rowid > ?")
            args.append(-before)
        rows = self._conn.execute(
            f"SELECT {self._SUMMARY_COLUMNS} FROM search JOIN records r"
            f" ON r.rowid = -search.rowid WHERE search MATCH ? AND {' AND '.join(conditions)}"
            " ORDER BY search.rowid LIMIT ?", (expr, *args, limit)).fetchall()
        return [Summary(*r) for r in rows]

    def researchers(self) -> list[Researcher]:
        """Everyone who made a record in the vault (the first revision's signing key),
        for the list's filter; see researchers.py."""
        return researchers.researchers(self._conn, self.identity.fingerprint,
                                       self.researcher_name)

    def _filters_are_broad(self, filters: RecordFilter | None) -> bool:
        """Whether the filters keep `listing.BROAD` rows or more (counted no further):
        then the sort order's index serves them best (see `listing.where_clause`)."""
        conditions, args = listing.where_clause(filters)
        return not conditions or self._conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM records r WHERE {' AND '.join(conditions)}"
            " LIMIT ?)", (*args, listing.BROAD)).fetchone()[0] >= listing.BROAD

    def _broad_matches(self, expr: str) -> set[int] | None:
        """The rowids matching `expr` when there are `listing.BROAD` or more, else None.

        A page of a broad search in another order than the index's walks that order and
        keeps the matches: SQL would build the whole match list again for every page.
        Kept for the next page until the vault changes (rowids only, never text)."""
        key = (expr, self._conn.total_changes, listing.BROAD)
        cached = getattr(self, "_match_cache", None)
        if cached is not None and cached[0] == key:
            return cached[1]
        broad = self._conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ? LIMIT ?)",
            (expr, listing.BROAD)).fetchone()[0] >= listing.BROAD
        matches = {-r[0] for r in self._conn.execute(
            "SELECT rowid FROM search WHERE search MATCH ?", (expr,))} if broad else None
        self._match_cache = (key, matches)
        return matches

    def _chunk_for(self, want: int, matches: set[int]) -> int:
        """How many rows to walk for `want` matches, from the share of rows that match:
        one walk per page where the order has no index and each walk sorts the table."""
        rows = self._conn.execute("SELECT max(rowid) FROM records").fetchone()[0] or 1
        return min(max(1000, int(1.5 * want * rows / max(len(matches), 1))), 100_000)

    def _page(self, expr: str | None, before: int | None, limit: int, sort: str,
              descending: bool, filters: RecordFilter | None) -> list[Summary]:
        conn = self._conn
        conditions, args = listing.where_clause(
            filters, use_indexes=not self._filters_are_broad(filters))
        matches = None if expr is None else self._broad_matches(expr)
        if expr is not None and matches is None:
            conditions.append("r.rowid IN (SELECT -rowid FROM search WHERE search MATCH ?)")
            args.append(expr)
        runs = listing.segments(sort, descending)
        cursor = None
        if before is not None:
            try:
                value = listing.cursor_value(conn, sort, before)
            except KeyError:
                return []  # the row the last page ended on was deleted: reload the list
            cursor = (listing.segment_of(sort, descending, value), value, before)
        rowids: list[int] = []
        for i, run in enumerate(runs):
            at = cursor
            while len(rowids) < limit:
                after = listing.after(sort, descending, i, at)
                if after is None:
                    break
                want = limit - len(rowids)
                chunk = want if matches is None else self._chunk_for(want, matches)
                # Rowids and sort values only: sorting narrow rows is several times faster
                # where no index gives the order; summaries are read for the page alone.
                got = conn.execute(
                    f"SELECT r.rowid, {listing.SORTS[sort]} FROM records r"
                    f" WHERE {' AND '.join([run.condition, after[0], *conditions])}"
                    f" ORDER BY {run.order} LIMIT ?", (*after[1], *args, chunk)).fetchall()
                kept = [r for r, _ in got if matches is None or r in matches]
                rowids.extend(kept[:want])
                if len(got) < chunk:
                    break  # this run is done
                at = (i, got[-1][1], got[-1][0])
            if len(rowids) >= limit:
                break
        if not rowids:
            return []
        found = {r[0]: Summary(*r) for r in conn.execute(
            f"{self._SUMMARY} WHERE r.rowid IN ({','.join('?' * len(rowids))})", rowids)}
        return [found[r] for r in rowids]
