"""Creating and opening vaults, and refusing everything that is not one.

A refused open must say why in words a researcher can act on, and must leave every byte of
the vault's folder as it was. Real SQLCipher files in tmp_path throughout.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest

from testimony_app.vault import (
    NotAVault,
    Vault,
    VaultError,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from testimony_app.vault.connection import connect

PASSPHRASE = "correct horse battery staple ' quoted كلمة سر"


def snapshot(folder) -> dict[str, str]:
    """SHA-256 of every file under `folder` (names included, so new files show up)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture
def closed_vault(tmp_path):
    """A vault with one record, closed: (path, record id)."""
    path = tmp_path / "v" / "field.vault"
    path.parent.mkdir()
    with Vault.create(path, PASSPHRASE, researcher_name="Hana", code_prefix="MOS") as v:
        record_id = v.add({"answers": {"account": {"narrative_original": "كنا في البيت"}}}).id
    return path, record_id


def test_create_then_open_round_trip(closed_vault):
    path, record_id = closed_vault
    with Vault.open(path, PASSPHRASE) as v:
        assert v.count() == 1
        record = v.get(record_id)
        assert record.answers["account"]["narrative_original"] == "كنا في البيت"
        assert record.answers["interview"]["code"] == "MOS-0001"
        assert v.researcher_name == "Hana"
        assert len(v.identity.fingerprint) == 64
        fingerprint = v.identity.fingerprint
    with Vault.open(path, PASSPHRASE) as again:
        assert again.identity.fingerprint == fingerprint  # the identity is kept in the vault
    assert not v.is_open
    with pytest.raises(VaultError, match="locked"):
        v.count()


def test_vault_file_is_not_plain_sqlite(closed_vault):
    path, _ = closed_vault
    head = path.read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT count(*) FROM sqlite_master").fetchone()


@pytest.mark.parametrize("wrong", [
    "correct horse battery staple ' quoted كلمة",
    PASSPHRASE.upper(),
    PASSPHRASE + " ",
    "",
])
def test_wrong_passphrase_changes_nothing(closed_vault, wrong):
    path, _ = closed_vault
    before = snapshot(path.parent)
    assert before  # the vault file is there
    with pytest.raises(WrongPassphrase) as info:
        Vault.open(path, wrong)
    assert "Wrong passphrase" in str(info.value)
    assert wrong == "" or wrong not in str(info.value)  # a secret is never echoed back
    assert snapshot(path.parent) == before
    with Vault.open(path, PASSPHRASE) as v:  # and the right one still works
        assert v.count() == 1


@pytest.mark.parametrize("secret", [
    "it's o'clock, isn't it ' '' '''",
    'say "hello" to the "quoted" words',
    "  spaces   before and after  ",
    "back\\slash \\' \\\\ and more\\",
    "كلمة سر عربية طويلة جداً للاختبار",
    "وشەی نهێنی کوردی ; DROP TABLE records; --",
])
def test_awkward_passphrases_work(tmp_path, secret):
    path = tmp_path / "awkward.vault"
    with Vault.create(path, secret, check_strength=False, code_prefix="MOS") as v:
        v.add({"answers": {}})
    with Vault.open(path, secret) as v:
        assert v.count() == 1
    with pytest.raises(WrongPassphrase):
        Vault.open(path, secret.strip() + "x")


def test_empty_passphrase_cannot_create(tmp_path):
    path = tmp_path / "empty.vault"
    with pytest.raises(WeakPassphrase):
        Vault.create(path, "", check_strength=False, code_prefix="MOS")
    with pytest.raises(WeakPassphrase):
        Vault.create(path, "", code_prefix="MOS")
    assert list(tmp_path.iterdir()) == []


def test_weak_passphrase_refused_on_create(tmp_path):
    with pytest.raises(WeakPassphrase, match="weak"):
        Vault.create(tmp_path / "weak.vault", "password123456", code_prefix="MOS")
    assert list(tmp_path.iterdir()) == []


def test_plain_sqlite_file_is_not_a_vault(tmp_path):
    path = tmp_path / "plain.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE records (id TEXT)")
    db.execute("INSERT INTO records VALUES ('x')")
    db.commit()
    db.close()
    before = snapshot(tmp_path)
    with pytest.raises(NotAVault, match="unencrypted SQLite database"):
        Vault.open(path, PASSPHRASE)
    assert snapshot(tmp_path) == before


def test_random_bytes_in_whole_pages_read_as_wrong_passphrase(tmp_path):
    # Whole 4096-byte pages of random data are indistinguishable from a vault opened with
    # the wrong passphrase (SQLCipher has no plaintext header): WrongPassphrase, by design.
    path = tmp_path / "noise.vault"
    path.write_bytes(os.urandom(4096 * 3))
    before = snapshot(tmp_path)
    with pytest.raises(WrongPassphrase, match="nothing was changed"):
        Vault.open(path, PASSPHRASE)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("size", [5000, 4097, 100])
def test_random_bytes_of_odd_size_are_not_a_vault(tmp_path, size):
    # A size that is not a whole number of pages cannot be a vault: NotAVault, not a
    # misleading "wrong passphrase".
    path = tmp_path / "photo.jpg"
    path.write_bytes(os.urandom(size))
    before = snapshot(tmp_path)
    with pytest.raises(NotAVault, match="not a Testimony vault"):
        Vault.open(path, PASSPHRASE)
    assert snapshot(tmp_path) == before


def test_empty_file_is_not_a_vault(tmp_path):
    path = tmp_path / "empty.vault"
    path.touch()
    with pytest.raises(NotAVault, match="empty"):
        Vault.open(path, PASSPHRASE)
    assert path.read_bytes() == b""


def test_encrypted_database_that_is_not_a_vault(tmp_path):
    path = tmp_path / "other.db"
    conn = connect(path, PASSPHRASE, create=True)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    with pytest.raises(NotAVault, match="not a Testimony vault"):
        Vault.open(path, PASSPHRASE)


def test_folder_is_not_a_vault(tmp_path):
    with pytest.raises(NotAVault, match="folder"):
        Vault.open(tmp_path, PASSPHRASE)


def test_missing_path(tmp_path):
    with pytest.raises(VaultNotFound, match="No vault at"):
        Vault.open(tmp_path / "nowhere.vault", PASSPHRASE)
    assert list(tmp_path.iterdir()) == []  # opening never creates a file


def test_create_never_writes_over_an_existing_file(tmp_path, closed_vault):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"my notes\n")
    with pytest.raises(VaultExists, match="already exists"):
        Vault.create(path, PASSPHRASE, code_prefix="MOS")
    assert path.read_bytes() == b"my notes\n"
    vault_path, _ = closed_vault
    before = snapshot(vault_path.parent)
    with pytest.raises(VaultExists):
        Vault.create(vault_path, PASSPHRASE, code_prefix="MOS")
    assert snapshot(vault_path.parent) == before


def test_create_in_missing_folder(tmp_path):
    with pytest.raises(VaultError, match="does not exist"):
        Vault.create(tmp_path / "absent" / "x.vault", PASSPHRASE, code_prefix="MOS")
    assert list(tmp_path.iterdir()) == []


def test_connection_settings(vault):
    conn = vault._conn
    version = conn.execute("PRAGMA cipher_version").fetchone()[0]
    assert version and version[0].isdigit()  # SQLCipher, not plain SQLite, is linked
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_settings_hold_after_reopen(vault_path, passphrase, vault):
    vault.close()
    with Vault.open(vault_path, passphrase) as v:
        assert v._conn.execute("PRAGMA temp_store").fetchone()[0] == 2
        assert v._conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert v._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert v.setting("app") == "testimony-vault"
        assert v.setting("code_prefix") == "MOS"
