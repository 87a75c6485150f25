"""The bare baselines: what plain `sqlcipher3` costs for the same work, with none of
Testimony's code in the timed path.

Same SQLCipher build, same passphrase, same pragmas as the vault's connection, same rows.
Everything here writes only inside the benchmark's temporary folder.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import sqlcipher3

# The pragmas the vault sets after the key (testimony_app/vault/connection.py), so the
# baseline pays the same page encryption, secure_delete scrubbing and memory wiping.
PRAGMAS = (
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    "PRAGMA foreign_keys = ON",
    "PRAGMA cipher_memory_security = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA cache_size = -65536",  # the vault's 64 MiB page cache: a fair race
)
TOKENIZER = "unicode61 remove_diacritics 2"


def keyed(path: Path, passphrase: str) -> sqlcipher3.Connection:
    """Connect, key, and do the first read (where a wrong key would fail)."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def open_db(path: Path, passphrase: str) -> sqlcipher3.Connection:
    conn = keyed(path, passphrase)
    for pragma in PRAGMAS:
        conn.execute(pragma)
    return conn


def bulk_insert(path: Path, passphrase: str, docs: list[dict], batch: int = 1000) -> float:
    """Insert json.dumps of each doc into a one-table database; returns the seconds taken."""
    conn = open_db(path, passphrase)
    try:
        conn.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        start = time.perf_counter()
        for i in range(0, len(docs), batch):
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO docs (body) VALUES (?)",
                             [(json.dumps(d),) for d in docs[i:i + batch]])
            conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def build_fts(path: Path, passphrase: str, texts: list[str], batch: int = 1000) -> float:
    """A plain FTS5 table (content kept, same tokenizer) over the same texts.

    Rows go in under the negated doc id, so that ascending rowid order (the order FTS5
    reads fast) is newest first: the best bare query for the vault's newest-first page.
    """
    conn = open_db(path, passphrase)
    try:
        conn.execute(f"CREATE VIRTUAL TABLE fts USING fts5(text, tokenize='{TOKENIZER}')")
        start = time.perf_counter()
        for i in range(0, len(texts), batch):
            conn.execute("BEGIN IMMEDIATE")
            conn.executemany("INSERT INTO fts (rowid, text) VALUES (?, ?)",
                             sorted((-(i + n + 1), t) for n, t in enumerate(texts[i:i + batch])))
            conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def unlock_seconds(path: Path, passphrase: str) -> float:
    """Time connect + PRAGMA key + first read; the close is not timed."""
    start = time.perf_counter()
    conn = keyed(path, passphrase)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def search(conn: sqlcipher3.Connection, expression: str, limit: int) -> list[int]:
    """Newest first, like the vault's search: MATCH, rowid order, a page of `limit`."""
    rows = conn.execute("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid LIMIT ?",
                        (expression, limit)).fetchall()
    return [-r[0] for r in rows]


def vault_rows(vault_path: Path, passphrase: str, texts: list[str]) -> list[tuple]:
    """Every row the vault stored, per record, read back with a bare connection:
    (records row, revisions row, search text, audit row). `texts` are the index texts in
    record order (the contentless index cannot give them back)."""
    conn = keyed(vault_path, passphrase)
    try:
        records = conn.execute(
            "SELECT id, form_id, form_version, status, head, created_at, updated_at, code,"
            " title, incident_date, researcher FROM records ORDER BY rowid").fetchall()
        revisions = {r[1]: r for r in conn.execute(
            "SELECT hash, record_id, parent, number, status, reason, author, author_name,"
            " created_at, body FROM revisions")}
        audits = {r[4]: r for r in conn.execute(
            "SELECT seq, at, actor, action, subject, detail, prev, hash FROM audit"
            " WHERE action = 'create'")}
    finally:
        conn.close()
    return [(rec, revisions[rec[0]], text, audits[rec[0]])
            for rec, text in zip(records, texts, strict=True)]


def same_rows_insert(path: Path, passphrase: str, schema_sql: list[str], rows: list[tuple],
                     batch: int = 1000) -> float:
    """Insert exactly the rows the vault wrote (records, revisions, search index, audit)
    into the same schema, `batch` records per transaction: the storage half of a bulk
    add with none of our Python. Returns the seconds taken."""
    conn = open_db(path, passphrase)
    try:
        for statement in schema_sql:
            conn.execute(statement)
        start = time.perf_counter()
        for i in range(0, len(rows), batch):
            conn.execute("BEGIN IMMEDIATE")
            index = []
            for rowid, (rec, rev, text, audit) in enumerate(rows[i:i + batch], i + 1):
                conn.execute(
                    "INSERT INTO records (rowid, id, form_id, form_version, status, head,"
                    " created_at, updated_at, code, title, incident_date, researcher)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (rowid, *rec))
                conn.execute(
                    "INSERT INTO revisions (hash, record_id, parent, number, status, reason,"
                    " author, author_name, created_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                    " ?, ?)", rev)
                index.append((-rowid, text))
                conn.execute(
                    "INSERT INTO audit (seq, at, actor, action, subject, detail, prev, hash)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", audit)
            # In rising rowid order, as the vault does: FTS5 then buffers the batch.
            conn.executemany("INSERT INTO search (rowid, text) VALUES (?, ?)", sorted(index))
            conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()
