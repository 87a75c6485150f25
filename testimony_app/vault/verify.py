"""`testimony verify`: SQLCipher page MACs, SQLite integrity, the audit chain and its
signed head, every revision's hash and every revision signature."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from ..messages import Message
from . import audit, signatures
from .canonical import sha256_hex

if TYPE_CHECKING:
    from .vault import Vault


def verify_vault(vault: Vault) -> list[Message]:
    conn = vault._conn
    problems: list[Message] = []
    for (line,) in conn.execute("PRAGMA cipher_integrity_check").fetchall():
        problems.append(Message("verify.encryption", line=line))
    result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        problems.extend(Message("verify.database", line=r) for r in result)

    chain, count, last = audit.chain_problems(conn)
    problems.extend(chain)
    head = vault._setting_in(conn, "audit_head")
    signature = vault._setting_in(conn, "audit_head_sig")
    if head != f"{count}:{last}":
        problems.append(Message("verify.audit_cut"))
    elif not signature or not vault.identity.verify(
        bytes.fromhex(signature), audit.head_statement(count, last)
    ):
        problems.append(Message("verify.audit_head"))

    for digest, body in conn.execute("SELECT hash, body FROM revisions"):
        if sha256_hex(body) != digest:
            problems.append(Message("verify.revision_hash", revision=digest[:12]))
    problems.extend(signatures.problems(conn, vault.identity.public_key)[0])
    for (record_id,) in conn.execute(
        "SELECT r.id FROM records r LEFT JOIN revisions v ON v.hash = r.head"
        " WHERE v.hash IS NULL"
    ):
        problems.append(Message("verify.missing_head", record=record_id))
    for att_id, size, sha in conn.execute("SELECT id, size, sha256 FROM attachments"):
        digest, total = hashlib.sha256(), 0
        for (chunk,) in conn.execute(
            "SELECT data FROM attachment_chunks WHERE attachment_id = ? ORDER BY n", (att_id,)
        ):
            digest.update(chunk)
            total += len(chunk)
        if digest.hexdigest() != sha or total != size:
            problems.append(Message("verify.attachment", attachment=att_id))
    return problems
