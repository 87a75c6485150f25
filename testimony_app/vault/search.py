"""Full-text search: what goes into the index, and how a user's query is matched.

Both sides are folded (`form.fold`): Arabic diacritics, alef/ya/ta-marbuta variants,
Persian and Eastern Arabic digits, case and Latin accents, so "احمد" finds "أَحمد" and
"فاطمه" finds "فاطمة". The index is contentless: it stores tokens, not the text.

A record is indexed under the *negated* rowid of its `records` row. FTS5 walks prefix
queries fast in ascending rowid order and very slowly in descending order (seconds at
100,000 records), and users want the newest records first: ascending over negated rowids
is newest first at full speed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from ..form import NAME_PARTS, Form, fold, get_form

_WORD = re.compile(r"\w+", re.UNICODE)


def searchable_texts(form: Form, answers: dict) -> Iterator[str]:
    """Every answer of a `searchable` field (names, narratives, instruction wording)."""
    for section, repeat, field in form.searchable_fields:
        group = answers.get(section.name) or {}
        if repeat is None:
            values = [group.get(field.name)]
        else:
            values = [row.get(field.name) for row in group.get(repeat.name) or []]
        for value in values:
            yield from _texts_of(value)


def _texts_of(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):  # person_name
        for part in NAME_PARTS:
            if value.get(part):
                yield value[part]
        if isinstance(value.get("latin"), dict):
            yield from _texts_of(value["latin"])


def index_text(form: Form, answers: dict) -> str:
    return fold(" ".join(searchable_texts(form, answers)))


def index_record_body(conn, rowid: int, body: bytes) -> None:
    doc = json.loads(body)
    form = get_form(doc["form"][0], doc["form"][1])
    set_index(conn, rowid, index_text(form, doc["answers"]))


def set_index(conn, rowid: int, text: str) -> None:
    """Index the record whose `records.rowid` is `rowid` (replacing what was there)."""
    unindex(conn, rowid)
    conn.execute("INSERT INTO search (rowid, text) VALUES (?, ?)", (-rowid, text))


def index_new(conn, rows: list[tuple[int, str]]) -> None:
    """Index records added in this transaction, given as (records.rowid, text).

    FTS5 buffers a transaction's rows only while their rowids rise; a lower one forces a
    flush to a new segment. New records have ever-higher rowids, so ever-lower negated
    ones: insert them highest record first, or a bulk add writes a segment per record
    (more than ten times slower, and a fragmented index).
    """
    conn.executemany("INSERT INTO search (rowid, text) VALUES (?, ?)",
                     sorted(((-rowid, text) for rowid, text in rows)))


def unindex(conn, rowid: int) -> None:
    conn.execute("DELETE FROM search WHERE rowid = ?", (-rowid,))


def find(conn, expr: str, columns: str, *, limit: int, before: int | None) -> list[tuple]:
    """`columns` of `records r` for matching records, newest first, older than `before`."""
    extra, args = ("", ()) if before is None else (" AND search.rowid > ?", (-before,))
    return conn.execute(
        f"SELECT {columns} FROM search JOIN records r ON r.rowid = -search.rowid"
        f" WHERE search MATCH ?{extra} ORDER BY search.rowid LIMIT ?",
        (expr, *args, limit),
    ).fetchall()


def match_expression(query: str) -> str | None:
    """A user's words as an FTS5 expression: every word must match, as a prefix."""
    words = _WORD.findall(fold(query))
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)
