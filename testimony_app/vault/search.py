"""Full-text search: what goes into the index, and how a user's query is matched.

Both sides are folded (`form.fold`): Arabic diacritics, alef/ya/ta-marbuta variants,
Persian and Eastern Arabic digits, case and Latin accents, so "احمد" finds "أَحمد" and
"فاطمه" finds "فاطمة". Each word is also indexed under the terms of `search_terms`
(Arabic proclitics stripped, a light plural stem, consonant skeletons of names), so
"موصل" finds "بالموصل" and "Ahmad" finds "Ahmed" and "أحمد". The index is contentless:
it stores tokens, not the text.

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
from .search_terms import LATIN_ARTICLES, WORD, extra_terms, query_group

# A Latin word that starts with a capital (a name, in English); accented capitals are rare
# enough in transliterated names to be left to the prefix match.
_CAPITALISED = re.compile(r"(?<![^\W_])[A-Z][^\W_]*")


def searchable_texts(form: Form, answers: dict) -> Iterator[str]:
    """Every answer of a `searchable` field (names, narratives, instruction wording)."""
    for text, _ in _searchable(form, answers):
        yield text


def _searchable(form: Form, answers: dict) -> Iterator[tuple[str, bool]]:
    """(text, whether it is part of a person's name) of every searchable answer."""
    for section, repeat, field in form.searchable_fields:
        group = answers.get(section.name) or {}
        if repeat is None:
            values = [group.get(field.name)]
        else:
            values = [row.get(field.name) for row in group.get(repeat.name) or []]
        for value in values:
            for text in _texts_of(value):
                yield text, isinstance(value, dict)


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
    """The folded searchable text, followed by the extra terms of its words."""
    texts: list[str] = []
    names: list[str] = []
    capitalised: set[str] = set()
    for text, is_name in _searchable(form, answers):
        texts.append(text)
        if is_name:
            names.append(text)
        else:  # names in English text are capitalised: "would" is not Walid
            capitalised.update(w.lower() for w in _CAPITALISED.findall(text))
    folded = fold(" ".join(texts))  # once: folding each short answer costs more than all
    words = set(WORD.findall(folded))
    extra = extra_terms(words, set(WORD.findall(fold(" ".join(names)))), capitalised)
    return " ".join([folded, *sorted(extra)])


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
    """A user's words as an FTS5 expression: every word must match, as a prefix of an
    indexed word or exactly as one of its bases, stems or skeletons (`search_terms`).
    A Latin article before another word ("al-Jubouri") is part of that word's spelling."""
    words = WORD.findall(fold(query))
    words = [w for i, w in enumerate(words) if not (w in LATIN_ARTICLES and i + 1 < len(words))]
    if not words:
        return None
    groups = [query_group(w) for w in words]
    return " AND ".join(g[0] if len(g) == 1 else f"({' OR '.join(g)})" for g in groups)


def rebuild_index(conn, batch: int = 1000) -> None:
    """Index every record again from its head revision (a migration step: the terms a
    word is indexed under have changed). Newest record first, in batches: rising negated
    rowids keep FTS5 writing one segment at a time, and memory stays flat."""
    conn.execute("INSERT INTO search (search) VALUES ('delete-all')")
    rows = conn.execute("SELECT r.rowid, v.body FROM records r JOIN revisions v"
                        " ON v.hash = r.head ORDER BY r.rowid DESC")
    while chunk := rows.fetchmany(batch):
        texts = []
        for rowid, body in chunk:
            doc = json.loads(body)
            form = get_form(doc["form"][0], doc["form"][1])
            texts.append((rowid, index_text(form, doc["answers"])))
        index_new(conn, texts)
