"""Open SQLCipher connections the one safe way.

Key first, then a real read (a wrong key fails only there), then proof that SQLCipher is
linked (`cipher_version`), then the pragmas that keep plaintext off the disk. There is no
fallback to the standard library's unencrypted `sqlite3`, ever.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from .errors import (
    NotAVault,
    StorageFull,
    VaultError,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)

_SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"


def quote_passphrase(passphrase: str) -> str:
    """The passphrase as an SQL string literal: single quotes doubled, nothing else."""
    if "\x00" in passphrase:
        raise VaultError("vault.passphrase_nul")
    return "'" + passphrase.replace("'", "''") + "'"


def _classify_file(path: Path) -> None:
    """Raise early for paths that cannot be a vault, without opening them as a database."""
    if not path.exists():
        raise VaultNotFound(path)
    if path.is_dir():
        raise NotAVault("vault.is_folder", path=path)
    try:
        with path.open("rb") as fh:
            head = fh.read(16)
    except PermissionError:
        raise NotAVault("vault.unreadable", path=path) from None
    size = path.stat().st_size
    if size == 0:
        raise NotAVault("vault.empty_file", path=path)
    if head == _SQLITE_PLAIN_HEADER:
        raise NotAVault("vault.plain_sqlite", path=path)
    if size % 512:
        # SQLCipher files are whole pages; anything else is some other kind of file.
        raise NotAVault("vault.not_a_vault", path=path)


def connect(path: Path, passphrase: str, *, create: bool = False) -> sqlcipher3.Connection:
    """Open (or, with create=True, make) an encrypted database and prove the key is right."""
    path = Path(path)
    if not create:
        _classify_file(path)
    if not passphrase:
        # SQLCipher refuses an empty key with its own error; to the user it is a wrong one.
        if create:
            raise WeakPassphrase("vault.passphrase_empty")
        raise WrongPassphrase()
    key = quote_passphrase(passphrase)
    if create:
        if path.exists() or path.is_symlink():
            raise VaultExists(path)
        if not path.parent.is_dir():
            raise VaultError("vault.no_folder", path=path.parent)
        # Readable by the owner only; SQLite gives the -wal and -shm files the same mode.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    # check_same_thread=False: the GUI hands the connection between threads, one owner at
    # a time: a vault is opened or created in a pool thread (gui/workers.py), and
    # gui/vault_task.py runs export, bundle preview and import, attachment storing, the
    # duplicates search and passphrase changes off the GUI thread, whose lock may
    # `Vault.interrupt()` them. Nothing outside vault/ holds the connection.
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher would print decryption failures to stderr; we report them ourselves.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {key}")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "not a database" in str(exc) or "encrypted" in str(exc):
                raise WrongPassphrase() from None
            raise NotAVault("vault.unreadable_vault", path=path) from None
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise VaultError("vault.no_sqlcipher")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA cipher_memory_security = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA busy_timeout = 3000")  # ride out another process's commit
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: fewer page decryptions
        return conn
    except BaseException:
        conn.close()
        if create:
            remove_vault_files(path)
        raise


def remove_vault_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        try:
            os.unlink(f"{path}{suffix}")
        except FileNotFoundError:
            pass


def is_disk_full(exc: BaseException) -> bool:
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return True
    text = str(exc).lower()
    return "database or disk is full" in text or "disk i/o error" in text


def translate_storage_error(exc: BaseException) -> BaseException:
    """SQLite's errors as the vault's own, each with a sentence a user can act on."""
    if is_disk_full(exc):
        return StorageFull()
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return VaultError("vault.busy")
    return exc


@contextmanager
def immediate_transaction(conn) -> Iterator[Any]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error; storage errors as ours."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.Error as exc:
        raise translate_storage_error(exc) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        try:
            conn.execute("ROLLBACK")
        except sqlcipher3.Error:
            pass
        if isinstance(exc, sqlcipher3.Error):
            raise translate_storage_error(exc) from None
        raise
