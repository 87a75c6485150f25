"""The encrypted vault: one SQLCipher file holding records, revisions, attachments, the
audit log and the vault's identity.

Never writes testimony anywhere but the vault file (and its encrypted -wal). One
connection, owned by one thread at a time.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

import sqlcipher3

from ..form import Form, current_form, get_form
from . import attachments as att
from . import audit, schema
from .connection import connect, quote_passphrase, translate_storage_error
from .errors import (
    AmendReasonRequired,
    NotAVault,
    RecordNotFound,
    ValidationFailed,
    VaultError,
)
from .generated import fill_generated
from .identity import Identity, load_identity, new_keypair
from .passphrase import require_strong
from .records import (
    DOC_KEYS,
    Record,
    RevisionInfo,
    Summary,
    check_answers,
    clean_marks,
    record_from_body,
    revision_body,
    summary_columns,
)
from .search import find, index_text, match_expression, set_index, unindex

APP_MARK = "testimony-vault"


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Vault:
    """An open vault. Create with `Vault.create`, open with `Vault.open`; close when done."""

    def __init__(self, conn: sqlcipher3.Connection, path: Path):
        self._conn: sqlcipher3.Connection | None = conn
        self.path = path
        row = conn.execute("SELECT private_key, public_key FROM identity WHERE id = 1").fetchone()
        self.identity: Identity = load_identity(row[0], row[1])
        self.researcher_name = self.setting("researcher_name", "")

    # -- opening and closing -------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, passphrase: str, *, researcher_name: str = "",
               code_prefix: str = "INT", check_strength: bool = True) -> Vault:
        if check_strength:
            require_strong(passphrase)
        path = Path(path)
        conn = connect(path, passphrase, create=True)
        try:
            schema.migrate(conn)
            private, public = new_keypair()
            at = now()
            with _txn(conn):
                conn.execute(
                    "INSERT INTO identity (id, private_key, public_key, created_at)"
                    " VALUES (1, ?, ?, ?)", (private, public, at),
                )
                for key, value in (("app", APP_MARK), ("vault_id", str(uuid.uuid4())),
                                   ("created_at", at), ("researcher_name", researcher_name),
                                   ("code_prefix", code_prefix.upper() or "INT")):
                    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))
            vault = cls(conn, path)
            vault._audit("vault_create", None, {})
            return vault
        except BaseException:
            conn.close()
            from .connection import _remove_partial

            _remove_partial(path)
            raise

    @classmethod
    def open(cls, path: str | Path, passphrase: str) -> Vault:
        path = Path(path)
        conn = connect(path, passphrase)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if "meta" not in tables or "identity" not in tables:
                raise NotAVault(f"{path} is an encrypted database but not a Testimony vault.")
            mark = conn.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
            if not mark or mark[0] != APP_MARK:
                raise NotAVault(f"{path} is an encrypted database but not a Testimony vault.")
            schema.migrate(conn)
            return cls(conn, path)
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise VaultError("The vault is locked.")
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlcipher3.Connection]:
        """One all-or-nothing write; the signed audit head is refreshed before commit."""
        with _txn(self.conn) as conn:
            yield conn
            self._sign_audit_head(conn)

    # -- settings ------------------------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- records -------------------------------------------------------------------------

    def add(self, doc: dict, *, author_name: str | None = None) -> Record:
        """Store a new record (draft or complete) as its first revision."""
        with self.transaction() as conn:
            digest, body = self._add(conn, doc, author_name)
        return record_from_body(digest, body)

    def add_many(self, docs: Iterable[dict], *, batch: int = 1000) -> int:
        """Add many records, `batch` per transaction; each record is whole or absent."""
        count, pending = 0, []
        for doc in docs:
            pending.append(doc)
            if len(pending) >= batch:
                count += self._add_batch(pending)
                pending = []
        if pending:
            count += self._add_batch(pending)
        return count

    def _add_batch(self, docs: list[dict]) -> int:
        with self.transaction() as conn:
            for doc in docs:
                self._add(conn, doc, None)
        return len(docs)

    def _add(self, conn, doc: dict, author_name: str | None) -> tuple[str, bytes]:
        form, status, answers, marks = self._parse_doc(doc)
        record_id = str(doc.get("id") or uuid.uuid4())
        try:
            record_id = str(uuid.UUID(record_id))
        except ValueError:
            raise ValidationFailed([f"id: {record_id!r} is not a UUID"]) from None
        answers = fill_generated(conn, form, answers)
        answers = check_answers(form, answers, status)
        marks = clean_marks(form, answers, marks)
        at = now()
        digest, body = revision_body(
            record_id=record_id, parent=None, number=1, form=form, status=status, reason=None,
            author=self.identity.fingerprint, author_name=author_name or self.researcher_name,
            created_at=at, answers=answers, marks=marks,
        )
        cols = summary_columns(answers)
        try:
            cur = conn.execute(
                "INSERT INTO records (id, form_id, form_version, status, head, created_at,"
                " updated_at, code, title, incident_date, researcher)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (record_id, form.id, form.version, status, digest, at, at, cols["code"],
                 cols["title"], cols["incident_date"], cols["researcher"]),
            )
        except sqlcipher3.IntegrityError:
            raise VaultError(f"Record {record_id} already exists: use edit to change it.") from None
        self._insert_revision(conn, record_id, digest, None, 1, status, None, at, body)
        set_index(conn, cur.lastrowid, index_text(form, answers), new=True)
        self._audit("create", record_id, {"revision": digest, "status": status}, conn=conn)
        return digest, body

    def save(self, record_id: str, doc: dict, *, reason: str | None = None) -> Record | None:
        """Store a new revision; returns None when nothing changed.

        A draft is simply saved again. A complete record is amended: `reason` is required,
        the new revision must itself be complete, and the old one stays in the history.
        """
        with self.transaction() as conn:
            head = self._head(conn, record_id)
            form, status, answers, marks = self._parse_doc(doc, default_status=head.status)
            if head.status == "complete" and status != "complete":
                raise ValidationFailed(["status: a complete record stays complete"])
            answers = fill_generated(conn, form, answers, record_id=record_id)
            answers = check_answers(form, answers, status)
            marks = clean_marks(form, answers, marks)
            if (answers, marks, status, form.version) == (
                head.answers, head.marks, head.status, head.form_version
            ):
                return None  # saving an unchanged record amends nothing: no reason needed
            if head.status == "complete" and not (reason and reason.strip()):
                raise AmendReasonRequired()
            return self._append_revision(conn, head, form, status, answers, marks,
                                         reason.strip() if reason else None)

    def _append_revision(self, conn, head: Record, form: Form, status: str, answers: dict,
                         marks: list, reason: str | None) -> Record:
        at = now()
        number = head.number + 1
        digest, body = revision_body(
            record_id=head.id, parent=head.revision, number=number, form=form, status=status,
            reason=reason, author=self.identity.fingerprint,
            author_name=self.researcher_name, created_at=at, answers=answers, marks=marks,
        )
        self._insert_revision(conn, head.id, digest, head.revision, number, status, reason,
                              at, body)
        cols = summary_columns(answers)
        conn.execute(
            "UPDATE records SET status = ?, head = ?, updated_at = ?, form_version = ?,"
            " code = ?, title = ?, incident_date = ?, researcher = ? WHERE id = ?",
            (status, digest, at, form.version, cols["code"], cols["title"],
             cols["incident_date"], cols["researcher"], head.id),
        )
        rowid = conn.execute("SELECT rowid FROM records WHERE id = ?", (head.id,)).fetchone()[0]
        set_index(conn, rowid, index_text(form, answers))
        action = "amend" if head.status == "complete" else (
            "complete" if status == "complete" else "save")
        self._audit(action, head.id, {"revision": digest, "parent": head.revision}, conn=conn)
        return record_from_body(digest, body)

    def _insert_revision(self, conn, record_id, digest, parent, number, status, reason, at,
                         body) -> None:
        conn.execute(
            "INSERT INTO revisions (hash, record_id, parent, number, status, reason, author,"
            " author_name, created_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (digest, record_id, parent, number, status, reason, self.identity.fingerprint,
             self.researcher_name, at, body),
        )

    def _parse_doc(self, doc: Any, default_status: str = "draft"):
        if not isinstance(doc, dict):
            raise ValidationFailed(["the record must be a JSON object"])
        unknown = set(doc) - DOC_KEYS
        if unknown:
            raise ValidationFailed([f"{k}: is not a record key" for k in sorted(unknown)])
        form_id = doc.get("form_id")
        form = current_form() if form_id is None else get_form(form_id, doc.get("form_version"))
        status = doc.get("status") or default_status
        return form, status, doc.get("answers") or {}, doc.get("marks")

    def _head(self, conn, record_id: str) -> Record:
        row = conn.execute(
            "SELECT v.hash, v.body FROM records r JOIN revisions v ON v.hash = r.head"
            " WHERE r.id = ?", (record_id,),
        ).fetchone()
        if row is None:
            raise RecordNotFound(record_id)
        return record_from_body(row[0], row[1])

    def get(self, record_id: str, revision: str | int | None = None) -> Record:
        """A record at its head, or at a revision given by hash (prefix) or number."""
        conn = self.conn
        if revision is None:
            record = self._head(conn, record_id)
        else:
            row = None
            # isdecimal, not isdigit: int() refuses "²". Past SQLite's integer range
            # a number cannot name a revision (nor bind).
            if (isinstance(revision, int) or str(revision).isdecimal()) \
                    and 0 <= int(revision) < 2**63:
                row = conn.execute(
                    "SELECT hash, body FROM revisions WHERE record_id = ? AND number = ?"
                    " ORDER BY created_at DESC LIMIT 1", (record_id, int(revision)),
                ).fetchone()
            prefix = str(revision).lower()
            # Digits only may also be a hash prefix ("2718…"); LIKE wildcards never are.
            if row is None and prefix and all(c in "0123456789abcdef" for c in prefix):
                rows = conn.execute(
                    "SELECT hash, body FROM revisions WHERE record_id = ? AND hash LIKE ?"
                    " LIMIT 2", (record_id, f"{prefix}%"),
                ).fetchall()
                if len(rows) > 1:
                    raise VaultError(f"Revision {revision} is ambiguous: give more characters.")
                row = rows[0] if rows else None
            if row is None:
                self._head(conn, record_id)  # raises RecordNotFound if the record is absent
                raise VaultError(f"Record {record_id} has no revision {revision}.")
            record = record_from_body(row[0], row[1])
        record.attachments = [a.__dict__ for a in att.of_record(conn, record_id)]
        return record

    def history(self, record_id: str) -> list[RevisionInfo]:
        self._head(self.conn, record_id)
        rows = self.conn.execute(
            "SELECT hash, parent, number, status, reason, author, author_name, created_at"
            " FROM revisions WHERE record_id = ? ORDER BY number, created_at", (record_id,),
        ).fetchall()
        return [RevisionInfo(*r) for r in rows]

    def resolve_id(self, prefix: str) -> str:
        """A full record id from a unique prefix (at least 4 characters) or an interview code."""
        hexish = len(prefix) >= 4 and all(c in "0123456789abcdef-" for c in prefix.lower())
        rows = self.conn.execute(
            "SELECT id FROM records WHERE id LIKE ? OR code = ? LIMIT 2",
            (f"{prefix.lower()}%" if hexish else prefix, prefix),
        ).fetchall()
        if len(rows) != 1:
            raise RecordNotFound(prefix)
        return rows[0][0]

    # -- listing and search --------------------------------------------------------------

    _SUMMARY_COLUMNS = ("r.rowid, r.id, coalesce(r.code, ''), coalesce(r.title, ''), r.status,"
                        " coalesce(r.incident_date, ''), coalesce(r.researcher, ''), r.updated_at")
    _SUMMARY = f"SELECT {_SUMMARY_COLUMNS} FROM records r"

    def count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM records").fetchone()[0]

    def list_records(self, *, before: int | None = None, limit: int = 200) -> list[Summary]:
        """Newest first, one page at a time: pass the last row's `rowid` as `before`."""
        where, args = ("", ()) if before is None else (" WHERE r.rowid < ?", (before,))
        rows = self.conn.execute(
            f"{self._SUMMARY}{where} ORDER BY r.rowid DESC LIMIT ?", (*args, limit)
        ).fetchall()
        return [Summary(*r) for r in rows]

    def search(self, query: str, *, limit: int = 200, before: int | None = None
               ) -> list[Summary]:
        """Records whose names, narratives or instruction wording match every word."""
        expr = match_expression(query)
        if expr is None:
            return []
        rows = find(self.conn, expr, self._SUMMARY_COLUMNS, limit=limit, before=before)
        return [Summary(*r) for r in rows]

    # -- attachments ---------------------------------------------------------------------

    def attach(self, record_id: str, source: str | Path | BinaryIO, *, name: str | None = None,
               media_type: str | None = None, reason: str | None = None) -> att.AttachmentInfo:
        """Store a file inside the vault and list it in the record's attachments section."""
        if isinstance(source, str | Path):
            path = Path(source)
            if not path.is_file():
                raise VaultError(f"{path} is not a file.")
            with path.open("rb") as fh:
                return self.attach(record_id, fh, name=name or path.name,
                                   media_type=media_type, reason=reason)
        name = att.safe_name(name or "attachment")
        media_type = media_type or att.guess_media_type(name)
        with self.transaction() as conn:
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
        return att.info(self.conn, attachment_id)

    def attachment_chunks(self, attachment_id: str) -> Iterator[bytes]:
        return att.chunks(self.conn, attachment_id)

    def export_attachment(self, attachment_id: str, dest: str | Path) -> att.AttachmentInfo:
        info = att.export_to(self.conn, attachment_id, Path(dest))
        with self.transaction() as conn:
            self._audit("export", info.record_id, {"attachment": info.id,
                                                   "sha256": info.sha256}, conn=conn)
        return info

    # -- deletion, passphrase, audit -----------------------------------------------------

    def delete(self, record_id: str) -> None:
        """Delete a record with all its revisions and attachments, then scrub the file."""
        with self.transaction() as conn:
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
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.execute("VACUUM")
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def change_passphrase(self, new_passphrase: str, *, check_strength: bool = True) -> None:
        if check_strength:
            require_strong(new_passphrase)
        conn = self.conn
        with self.transaction() as c:
            self._audit("passphrase_change", None, {}, conn=c)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = DELETE")
        try:
            conn.execute(f"PRAGMA rekey = {quote_passphrase(new_passphrase)}")
        finally:
            conn.execute("PRAGMA journal_mode = WAL")

    def audit_events(self, subject: str | None = None) -> list[audit.AuditEvent]:
        return audit.events(self.conn, subject)

    def audit_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM audit").fetchone()[0]

    def record_event(self, action: str, subject: str | None, detail: dict) -> None:
        """Add an event for work done outside the vault (an export, a printed statement)."""
        with self.transaction() as conn:
            self._audit(action, subject, detail, conn=conn)

    def _audit(self, action: str, subject: str | None, detail: dict, *, conn=None) -> None:
        if conn is None:
            with self.transaction() as c:
                self._audit(action, subject, detail, conn=c)
            return
        audit.append(conn, at=now(), actor=self.identity.fingerprint, action=action,
                     subject=subject, detail=detail)

    def _sign_audit_head(self, conn) -> None:
        count, digest = audit.head(conn)
        signed = self.setting_in(conn, "audit_head")
        if signed == f"{count}:{digest}":
            return
        if signed:
            # Never re-sign over a cut or edited log: the entry signed last time must still
            # be there, unchanged, or the write is refused (and `verify` says why).
            old_count, _, old_hash = signed.partition(":")
            row = conn.execute("SELECT hash FROM audit WHERE seq = ?", (int(old_count),)
                               ).fetchone()
            if int(old_count) and (row is None or row[0] != old_hash):
                raise VaultError("The audit log was changed outside Testimony, so nothing was "
                                 "saved; run 'testimony verify' and report it.")
        signature = self.identity.sign(audit.head_statement(count, digest)).hex()
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                         [("audit_head", f"{count}:{digest}"), ("audit_head_sig", signature)])

    @staticmethod
    def setting_in(conn, key: str) -> str | None:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def verify(self) -> list[str]:
        """Every problem found: SQLCipher page MACs, SQLite integrity, audit chain, revisions."""
        from .verify import verify_vault

        return verify_vault(self)


@contextmanager
def _txn(conn) -> Iterator[Any]:
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


def _with_attachment_row(answers: dict, info: att.AttachmentInfo) -> dict:
    answers = {k: dict(v) for k, v in answers.items()}
    section = answers.setdefault("attachments", {})
    rows = list(section.get("attachments") or [])
    rows.append({"file": info.id, "kind": att.guess_kind(info.media_type),
                 "original_name": info.name, "sha256": info.sha256})
    section["attachments"] = rows
    return answers
