"""The audit log: a hash chain of every create, amend, attach, delete, export and
passphrase change.

Each entry's hash covers the previous entry's hash, so an edited or deleted entry breaks
the chain. The newest hash and the entry count are also kept in `meta`, signed with the
vault identity, so cutting entries off the end is detected too. Entries hold ids, hashes
and counts only: never testimony.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..messages import Message
from .canonical import canonical_json, sha256_hex

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str
    actor: str
    action: str
    subject: str | None
    detail: dict
    prev: str
    hash: str


def entry_hash(prev: str, seq: int, at: str, actor: str, action: str,
               subject: str | None, detail: dict) -> str:
    payload = {"seq": seq, "at": at, "actor": actor, "action": action,
               "subject": subject, "detail": detail, "prev": prev}
    return sha256_hex(canonical_json(payload))


def append(conn, *, at: str, actor: str, action: str, subject: str | None,
           detail: dict | None = None) -> str:
    detail = detail or {}
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    digest = entry_hash(prev, seq, at, actor, action, subject, detail)
    conn.execute(
        "INSERT INTO audit (seq, at, actor, action, subject, detail, prev, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, subject, canonical_json(detail).decode(), prev, digest),
    )
    return digest


def append_many(conn, *, at: str, actor: str, action: str,
                events: list[tuple[str | None, dict]]) -> None:
    """Append one entry per (subject, detail), chained in order: one read, one batch."""
    seq, prev = head(conn)
    rows = []
    for subject, detail in events:
        seq += 1
        digest = entry_hash(prev, seq, at, actor, action, subject, detail)
        rows.append((seq, at, actor, action, subject, canonical_json(detail).decode(), prev,
                     digest))
        prev = digest
    conn.executemany(
        "INSERT INTO audit (seq, at, actor, action, subject, detail, prev, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def head(conn) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def head_statement(count: int, digest: str) -> bytes:
    return f"testimony-audit-head:{count}:{digest}".encode()


def events(conn, subject: str | None = None) -> list[AuditEvent]:
    sql = "SELECT seq, at, actor, action, subject, detail, prev, hash FROM audit"
    args: tuple = ()
    if subject is not None:
        sql += " WHERE subject = ?"
        args = (subject,)
    rows = conn.execute(sql + " ORDER BY seq", args).fetchall()
    return [AuditEvent(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7]) for r in rows]


def chain_problems(conn) -> tuple[list[Message], int, str]:
    """Walk the whole chain; returns (problems, count, last hash)."""
    problems: list[Message] = []
    prev, expected_seq, count = GENESIS, 1, 0
    for e in events(conn):
        if e.seq != expected_seq:
            problems.append(Message("verify.audit_missing", entry=expected_seq))
        if e.prev != prev:
            problems.append(Message("verify.audit_unlinked", entry=e.seq))
        if entry_hash(e.prev, e.seq, e.at, e.actor, e.action, e.subject, e.detail) != e.hash:
            problems.append(Message("verify.audit_altered", entry=e.seq))
        prev, expected_seq, count = e.hash, e.seq + 1, count + 1
    return problems, count, prev
