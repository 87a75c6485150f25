"""Attachments stored inside the vault: chunked intake, exact read-back, export, hashes.

A file handed over by a witness is evidence: what comes out must be byte-for-byte what
went in, with the SHA-256 recorded at intake. Nothing is written outside the vault except
by an explicit export.
"""

from __future__ import annotations

import hashlib
import io
import os
import random

import pytest

from testimony_app.demo import demo_record
from testimony_app.vault import AttachmentNotFound, VaultError
from testimony_app.vault.attachments import CHUNK


@pytest.fixture
def big_file(tmp_path):
    data = os.urandom(2 * CHUNK + 12_345)  # > 1 MiB, three chunks, the last one partial
    path = tmp_path / "leaflet scan.png"
    path.write_bytes(data)
    return path, data


def test_attach_multi_chunk_file_and_read_it_back(vault, big_file):
    path, data = big_file
    assert len(data) > 1024 * 1024
    record = vault.add({"answers": {}})
    info = vault.attach(record.id, path)
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert (info.size, info.name, info.media_type) == (len(data), path.name, "image/png")
    chunks = list(vault.attachment_chunks(info.id))
    assert len(chunks) == 3 and all(len(c) <= CHUNK for c in chunks)
    assert b"".join(chunks) == data
    assert vault.attachment(info.id) == info


def test_record_gains_an_attachments_row(vault, big_file):
    path, data = big_file
    record = vault.add({"answers": {}})
    info = vault.attach(record.id, path)
    head = vault.get(record.id)
    assert head.number == 2 and head.parent == record.revision
    assert head.answers["attachments"]["attachments"] == [{
        "file": info.id, "kind": "photo", "original_name": "leaflet scan.png",
        "sha256": hashlib.sha256(data).hexdigest()}]
    assert [a["id"] for a in head.attachments] == [info.id]
    second = vault.attach(record.id, io.BytesIO(b"%PDF-1.4 tiny"), name="certificate.pdf")
    rows = vault.get(record.id).answers["attachments"]["attachments"]
    assert [r["file"] for r in rows] == [info.id, second.id]
    assert rows[1]["kind"] == "document" and second.media_type == "application/pdf"


def test_export_writes_identical_bytes(vault, big_file, tmp_path):
    path, data = big_file
    record = vault.add({"answers": {}})
    info = vault.attach(record.id, path)
    dest = tmp_path / "out" / "copy.png"
    dest.parent.mkdir()
    exported = vault.export_attachment(info.id, dest)
    assert exported.sha256 == info.sha256
    assert dest.read_bytes() == data
    assert sorted(p.name for p in dest.parent.iterdir()) == ["copy.png"]  # no temp left
    events = [e for e in vault.audit_events() if e.action == "export"]
    assert events[-1].detail == {"attachment": info.id, "sha256": info.sha256}


def test_attach_to_complete_record_is_an_amendment(vault, tmp_path):
    record = vault.add(demo_record(1, random.Random(7)))
    info = vault.attach(record.id, io.BytesIO(b"RIFF....WAVE"), name="interview.wav")
    head = vault.get(record.id)
    assert head.status == "complete" and head.number == 2
    assert head.reason == "attachment added"  # a default reason: amendments always have one
    assert vault.get(record.id, revision=1).answers.get("attachments") is None
    actions = [e.action for e in vault.audit_events(record.id)]
    assert actions == ["create", "attach", "amend"]
    third = vault.attach(record.id, io.BytesIO(b"x"), name="b.txt", reason="second file")
    assert vault.get(record.id).reason == "second file"
    assert third.id != info.id


def test_attachment_names_never_carry_paths(vault):
    record = vault.add({"answers": {}})
    info = vault.attach(record.id, io.BytesIO(b"data"), name="../../etc/pass\x00wd")
    assert info.name == "passwd"
    info = vault.attach(record.id, io.BytesIO(b"data"), name="C:\\Users\\x\\.hidden.jpg")
    assert info.name == "hidden.jpg"


def test_empty_file(vault):
    record = vault.add({"answers": {}})
    info = vault.attach(record.id, io.BytesIO(b""), name="empty.txt")
    assert info.size == 0 and info.sha256 == hashlib.sha256(b"").hexdigest()
    assert b"".join(vault.attachment_chunks(info.id)) == b""


def test_unknown_attachment_and_missing_file(vault, tmp_path):
    with pytest.raises(AttachmentNotFound):
        list(vault.attachment_chunks("00000000-0000-4000-8000-000000000000"))
    record = vault.add({"answers": {}})
    with pytest.raises(VaultError, match="is not a file"):
        vault.attach(record.id, tmp_path / "absent.jpg")
    assert vault.get(record.id).number == 1


def test_attachment_survives_reopen(vault, vault_path, passphrase, big_file):
    from testimony_app.vault import Vault

    path, data = big_file
    record = vault.add({"answers": {}})
    info = vault.attach(record.id, path)
    vault.close()
    with Vault.open(vault_path, passphrase) as again:
        assert b"".join(again.attachment_chunks(info.id)) == data
        assert again.verify() == []
