"""Deleting a testimony removes it from the vault file itself, not just from view.

After delete (checkpoint + VACUUM), a unique marker that was in the record must be absent
from every table of the decrypted database AND from every decrypted page of the file,
including free pages and the full-text index, where deleted words could otherwise linger.
"""

from __future__ import annotations

import hashlib
import io
import random

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from testimony_app.demo import demo_record

MARKER = "Qx7Zulfiqarmarker"
ARABIC_MARKER = "زهرةالنرجسالفريدة"


def decrypted_pages(path, passphrase: str) -> list[bytes]:
    """Every page of a SQLCipher 4 file decrypted with default settings (no SQLite involved).

    PBKDF2-HMAC-SHA512, 256,000 iterations, over the 16-byte salt at the start of the file;
    AES-256-CBC per 4096-byte page, with an 80-byte reserve (16-byte IV, 64-byte HMAC).
    """
    data = path.read_bytes()
    assert len(data) % 4096 == 0
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), data[:16], 256_000, 32)
    pages = []
    for offset in range(0, len(data), 4096):
        page = data[offset:offset + 4096]
        iv = page[4096 - 80:4096 - 64]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        start = 16 if offset == 0 else 0  # page 1 begins with the salt
        pages.append(decryptor.update(page[start:4096 - 80]) + decryptor.finalize())
    return pages


def decrypted_file_contains(path, passphrase: str, needles: list[bytes]) -> list[bytes]:
    pages = decrypted_pages(path, passphrase)
    # Page 1 decrypts to a SQLite header: page size 4096, 80 reserved bytes. This proves
    # the decryption above is right, so "not found" below means something.
    assert pages[0][:2] == (4096).to_bytes(2, "big") and pages[0][4] == 80
    return [n for n in needles if any(n in p for p in pages)]


def rows_containing(conn, needles: list[bytes]) -> list[str]:
    """`table` for every row of every table holding one of the needles (decrypted DB)."""
    hits = []
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    for table in tables:
        for row in conn.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                raw = value if isinstance(value, bytes) else str(value).encode()
                if any(n in raw for n in needles):
                    hits.append(table)
    return hits


def marked_record(n: int = 1) -> dict:
    doc = demo_record(n, random.Random(n))
    doc["answers"]["account"]["narrative_original"] += f" {MARKER} {ARABIC_MARKER}"
    doc["answers"]["witness"]["full_name"]["family"] = ARABIC_MARKER
    return doc


def test_deleted_record_leaves_no_trace_in_the_decrypted_file(vault, vault_path, passphrase):
    keep = [vault.add(demo_record(n, random.Random(n))).id for n in range(2, 6)]
    doc = marked_record()
    record = vault.add(doc)
    doc = record.to_json()
    doc["answers"]["account"]["observations"] = f"amended, still {MARKER}"
    vault.save(record.id, doc, reason="observations")
    attachment = vault.attach(record.id, io.BytesIO(MARKER.encode() * 50_000), name="m.bin")
    keep.append(vault.add(demo_record(9, random.Random(9))).id)
    needles = [MARKER.encode(), MARKER.lower().encode(), ARABIC_MARKER.encode()]

    # Positive control: while the record exists, both checks see the marker.
    assert rows_containing(vault._conn, needles)
    vault._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert decrypted_file_contains(vault_path, passphrase, needles) == needles

    vault.delete(record.id)

    assert rows_containing(vault._conn, needles) == []
    for table in ("records", "revisions", "attachments"):
        column = "id" if table == "records" else "record_id"
        count = vault._conn.execute(
            f"SELECT count(*) FROM {table} WHERE {column} = ?", (record.id,)).fetchone()[0]
        assert count == 0, table
    assert vault._conn.execute("SELECT count(*) FROM attachment_chunks WHERE attachment_id = ?",
                               (attachment.id,)).fetchone()[0] == 0
    wal = vault_path.with_name(vault_path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed and truncated
    assert decrypted_file_contains(vault_path, passphrase, needles) == []

    # The rest of the vault is intact.
    assert sorted(s.id for s in vault.list_records()) == sorted(keep)
    assert vault.verify() == []
    assert vault.search(MARKER) == [] and vault.search(ARABIC_MARKER) == []


def test_delete_is_audited_without_content(vault):
    record = vault.add(marked_record())
    vault.delete(record.id)
    event = vault.audit_events()[-1]
    assert (event.action, event.subject) == ("delete", record.id)
    assert event.detail == {"head": record.revision}
    assert MARKER not in str(event.detail)


def test_deleting_an_unknown_record_changes_nothing(vault):
    from testimony_app.vault import RecordNotFound

    vault.add({"answers": {}})
    before = vault.audit_count()
    with pytest.raises(RecordNotFound):
        vault.delete("00000000-0000-4000-8000-000000000000")
    assert vault.audit_count() == before
    assert vault.count() == 1
