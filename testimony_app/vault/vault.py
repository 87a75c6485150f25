"""The encrypted vault: one SQLCipher file holding records, revisions, attachments, the
audit log and the vault's identity.

Never writes testimony anywhere but the vault file (and its encrypted -wal). One
connection, owned by one thread at a time.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlcipher3

from ..form import get_form
from ..messages import Message
from . import attachments as att
from . import audit, schema
from .audit import AuditEvent
from .canonical import utc_now as now
from .connection import (
    connect,
    immediate_transaction,
    quote_passphrase,
    remove_vault_files,
)
from .errors import NotAVault, RecordNotFound, VaultError
from .identity import Identity, load_identity, new_keypair
from .passphrase import require_strong
from .record_listing import RecordListing
from .record_store import RecordStore
from .records import check_answers
from .repositories import Repositories, Tx, bind_repositories
from .repositories.settings import USER_SETTINGS
from .search import index_new, unindex

APP_MARK = "testimony-vault"


class Vault(RecordStore, RecordListing, Repositories):
    """An open vault. Create with `Vault.create`, open with `Vault.open`; close when done.
    Its repositories (`vault.keys`, …) read outside a transaction."""

    def __init__(self, conn: sqlcipher3.Connection, path: Path):
        self._db: sqlcipher3.Connection | None = conn
        self.path = path
        bind_repositories(self, self, None)
        row = conn.execute("SELECT private_key, public_key FROM identity WHERE id = 1").fetchone()
        self.identity: Identity = load_identity(row[0], row[1])
        self.researcher_name = self.setting("researcher_name", "")

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, passphrase: str, *, researcher_name: str = "",
               code_prefix: str, check_strength: bool = True) -> Vault:
        code_prefix = code_prefix.strip().upper()
        if not (2 <= len(code_prefix) <= 8 and code_prefix.isascii() and code_prefix.isalnum()):
            raise VaultError("vault.code_prefix")
        if check_strength:
            require_strong(passphrase)
        path = Path(path)
        conn = connect(path, passphrase, create=True)
        try:
            schema.migrate(conn)
            private, public = new_keypair()
            at = now()
            with immediate_transaction(conn):
                conn.execute(
                    "INSERT INTO identity (id, private_key, public_key, created_at)"
                    " VALUES (1, ?, ?, ?)", (private, public, at),
                )
                for key, value in (("app", APP_MARK), ("vault_id", str(uuid.uuid4())),
                                   ("created_at", at), ("researcher_name", researcher_name),
                                   ("code_prefix", code_prefix)):
                    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
            vault = cls(conn, path)
            vault._audit("vault_create", None, {})
            return vault
        except BaseException:
            conn.close()
            remove_vault_files(path)
            raise

    @classmethod
    def open(cls, path: str | Path, passphrase: str) -> Vault:
        path = Path(path)
        conn = connect(path, passphrase)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "meta" not in tables or "identity" not in tables:
                raise NotAVault("vault.other_database", path=path)
            mark = conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
            if not mark or mark[0] != APP_MARK:
                raise NotAVault("vault.other_database", path=path)
            schema.migrate(conn)
            return cls(conn, path)
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @property
    def is_open(self) -> bool:
        return self._db is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def _conn(self) -> sqlcipher3.Connection:
        """The one connection: private to vault/ (every other layer goes through the
        repositories). Shared between threads one owner at a time: see `connect`."""
        if self._db is None:
            raise VaultError("vault.locked")
        return self._db

    def interrupt(self) -> None:
        """Stop the statement running on the connection now (from another thread): it
        raises in the thread running it, whose transaction rolls back."""
        if self._db is not None:
            self._db.interrupt()

    @contextmanager
    def transaction(self) -> Iterator[Tx]:
        """One all-or-nothing write through the repositories bound to it (`tx.records`,
        `tx.audit`, `tx.imports`…): everything done through `tx` commits together or not
        at all; new records are indexed and the signed audit head refreshed before
        commit."""
        with self._transaction() as conn:
            tx = Tx(self, conn)
            try:
                yield tx
            finally:
                tx.end()

    @contextmanager
    def _transaction(self) -> Iterator[sqlcipher3.Connection]:
        self._new_index: list[tuple[int, str]] = []
        try:
            with immediate_transaction(self._conn) as conn:
                yield conn
                index_new(conn, self._new_index)
                self._sign_audit_head(conn)
        finally:
            self._new_index = []

    # -- settings ------------------------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        return self.settings.get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        """Change a setting a user may change (`repositories.settings.USER_SETTINGS`)."""
        value = str(value).strip()
        if key in USER_SETTINGS and self.setting(key, "") == value:
            return
        with self.transaction() as tx:
            tx.settings.set(key, value)

    # -- attachments ---------------------------------------------------------------------

    def attach(self, record_id: str, source: str | Path | att.Readable, *,
               name: str | None = None,
               media_type: str | None = None, reason: str | None = None) -> att.AttachmentInfo:
        """Store a file inside the vault and list it in the record's attachments section."""
        if isinstance(source, str | Path):
            path = Path(source)
            if not path.is_file():
                raise VaultError("vault.not_a_file", path=path)
            with path.open("rb") as fh:
                return self.attach(record_id, fh, name=name or path.name,
                                   media_type=media_type, reason=reason)
        name = att.safe_name(name or "attachment")
        media_type = media_type or att.guess_media_type(name)
        with self._transaction() as conn:
            head = self._head(conn, record_id)
            if head.status == "complete" and not (reason and reason.strip()):
                reason = "attachment added"
            info = att.store(conn, record_id, source, name=name, media_type=media_type,
                             created_at=now())
            answers = _with_attachment_row(head.answers, info)
            form = get_form(head.form_id, head.form_version)
            answers = check_answers(form, answers, head.status)
            self._audit("attach", record_id, {"attachment": info.id, "sha256": info.sha256,
                                              "size": info.size}, conn=conn)
            self._append_revision(conn, head, form, head.status, answers, head.marks,
                                  reason if head.status == "complete" else None)
            return info

    def attachment(self, attachment_id: str) -> att.AttachmentInfo:
        return att.info(self._conn, attachment_id)

    def attachment_chunks(self, attachment_id: str) -> Iterator[bytes]:
        return att.chunks(self._conn, attachment_id)

    def export_attachment(self, attachment_id: str, dest: str | Path) -> att.AttachmentInfo:
        info = att.export_to(self._conn, attachment_id, Path(dest))
        self._audit("export", info.record_id, {"attachment": info.id, "sha256": info.sha256})
        return info

    # -- deletion, passphrase, audit -----------------------------------------------------

    def delete(self, record_id: str) -> None:
        """Delete a record with all its revisions and attachments, then scrub the file."""
        with self._transaction() as conn:
            row = conn.execute("SELECT rowid, head FROM records WHERE id = ?",
                               (record_id,)).fetchone()
            if row is None:
                raise RecordNotFound(record_id)
            unindex(conn, row[0])
            # A contentless index only marks the row deleted; its words stay in the index
            # pages until a merge. Merge now so the record's names leave the file too.
            conn.execute("INSERT INTO search (search) VALUES ('optimize')")
            conn.execute("DELETE FROM records WHERE id = ?", (record_id,))
            self._audit("delete", record_id, {"head": row[1]}, conn=conn)
        # Old pages must not linger: fold the WAL back and rebuild the file.
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.execute("VACUUM")
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def check_passphrase(self, passphrase: str) -> None:
        """Raise WrongPassphrase unless `passphrase` opens this vault's file (a second,
        short-lived connection: the open one keeps its key)."""
        connect(self.path, passphrase).close()

    def change_passphrase(self, new_passphrase: str, *, check_strength: bool = True,
                          current: str | None = None) -> None:
        """Re-encrypt the file under a new passphrase. With `current`, that passphrase is
        checked first: a wrong one (or a weak new one) changes nothing."""
        if check_strength:
            require_strong(new_passphrase)
        if current is not None:
            self.check_passphrase(current)
        conn = self._conn
        self._audit("passphrase_change", None, {})
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        try:
            conn.execute(f"PRAGMA rekey = {quote_passphrase(new_passphrase)}")
        finally:
            conn.execute("PRAGMA journal_mode = WAL")

    def audit_events(self, subject: str | None = None) -> list[AuditEvent]:
        return self.audit.events(subject)

    def audit_count(self) -> int:
        return self.audit.count()

    def record_event(self, action: str, subject: str | None, detail: dict) -> None:
        """Log something done with a record outside the vault (a statement written out).

        `detail` holds ids, hashes and levels only: never testimony.
        """
        self._audit(action, subject, detail)

    def _audit(self, action: str, subject: str | None, detail: dict, *, conn=None) -> None:
        if conn is None:
            with self._transaction() as c:
                self._audit(action, subject, detail, conn=c)
            return
        audit.append(conn, at=now(), actor=self.identity.fingerprint, action=action,
                     subject=subject, detail=detail)

    def _sign_audit_head(self, conn) -> None:
        count, digest = audit.head(conn)
        signed = self._setting_in(conn, "audit_head")
        if signed == f"{count}:{digest}":
            return
        if signed:
            # Never re-sign over a cut or edited log: the entry signed last time must still
            # be there, unchanged, or the write is refused (and `verify` says why).
            old_count, _, old_hash = signed.partition(":")
            row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (int(old_count),)
                               ).fetchone()
            if int(old_count) and (row is None or row[0] != old_hash):
                raise VaultError("vault.audit_changed", command="'testimony verify'")
        signature = self.identity.sign(audit.head_statement(count, digest)).hex()
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                         [("audit_head", f"{count}:{digest}"), ("audit_head_sig", signature)])

    @staticmethod
    def _setting_in(conn, key: str) -> str | None:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def verify(self) -> list[Message]:
        """Every problem found: SQLCipher page MACs, SQLite integrity, audit chain, revisions."""
        from .verify import verify_vault

        return verify_vault(self)

    def unsigned_revisions(self) -> int:
        """How many revisions carry no author's signature (made before signatures)."""
        return self._conn.execute(
            "SELECT count(*) FROM revisions v WHERE NOT EXISTS (SELECT 1 FROM"
            " revision_signatures s WHERE s.hash = v.hash)").fetchone()[0]


def _with_attachment_row(answers: dict, info: att.AttachmentInfo) -> dict:
    answers = {k: dict(v) for k, v in answers.items()}
    section = answers.setdefault("attachments", {})
    rows = list(section.get("attachments") or [])
    rows.append({"file": info.id, "kind": att.guess_kind(info.media_type),
                 "original_name": info.name, "sha256": info.sha256})
    section["attachments"] = rows
    return answers
