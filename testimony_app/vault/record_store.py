"""Records in the vault: adding, saving revisions, reading, history (listing and search:
record_listing.py).

A mixin of `Vault` (one room per concern): it uses the vault's `_conn`, `_transaction()`,
`identity`, `researcher_name` and `_audit()`. Every write happens inside one transaction;
nothing here writes anywhere but the vault.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

import sqlcipher3

from ..form import Form, current_form, get_form
from ..messages import Message
from . import attachments as att
from . import signatures
from .canonical import not_before
from .canonical import utc_now as now
from .errors import (
    AmbiguousRecord,
    AmendReasonRequired,
    RecordNotFound,
    ValidationFailed,
    VaultError,
    doc_problem,
)
from .generated import fill_generated
from .identity import Identity
from .records import (
    DOC_KEYS,
    Record,
    RevisionInfo,
    check_answers,
    clean_marks,
    record_from_body,
    revision_body,
    summary_columns,
)
from .search import index_text, set_index


class RecordStore:
    if TYPE_CHECKING:  # the vault's own, which this mixin uses
        identity: Identity
        researcher_name: str
        _new_index: list[tuple[int, str]]

        @property
        def _conn(self) -> sqlcipher3.Connection: ...
        def _transaction(self) -> AbstractContextManager[sqlcipher3.Connection]: ...
        def _audit(self, action: str, subject: str | None, detail: dict, *,
                   conn=None) -> None: ...

    # -- records -------------------------------------------------------------------------

    def add(self, doc: dict, *, author_name: str | None = None,
            refuse_dropped: bool = False) -> Record:
        """Store a new record (draft or complete) as its first revision. `refuse_dropped`:
        a document written by hand is refused, not trimmed, when its conditions hide an
        answer it gives (see `check_answers`)."""
        with self._transaction() as conn:
            digest, body = self._add(conn, doc, author_name, refuse_dropped)
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
        with self._transaction() as conn:
            for doc in docs:
                self._add(conn, doc, None)
        return len(docs)

    def _add(self, conn, doc: dict, author_name: str | None,
             refuse_dropped: bool = False) -> tuple[str, bytes]:
        form, status, answers, marks = self._parse_doc(doc)
        record_id = str(doc.get("id") or uuid.uuid4())
        try:
            record_id = str(uuid.UUID(record_id))
        except ValueError:
            raise ValidationFailed([doc_problem("id", "record.not_uuid",
                                                id=repr(record_id))]) from None
        answers = fill_generated(conn, form, answers)
        answers = check_answers(form, answers, status, refuse_dropped=refuse_dropped)
        marks = clean_marks(form, answers, marks)
        at = now()
        digest, body = revision_body(
            record_id=record_id, parent=None, number=1, form=form, status=status, reason=None,
            author=self.identity.fingerprint, author_name=author_name or self.researcher_name,
            created_at=at, answers=answers, marks=marks,
        )
        cols = summary_columns(answers, form)
        try:
            cur = conn.execute(
                "INSERT INTO records (id, form_id, form_version, status, head, created_at,"
                " updated_at, code, title, incident_date, researcher, author)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (record_id, form.id, form.version, status, digest, at, at, cols["code"],
                 cols["title"], cols["incident_date"], cols["researcher"],
                 self.identity.fingerprint),
            )
        except sqlcipher3.IntegrityError:
            raise VaultError("vault.record_exists", record=record_id) from None
        self._insert_revision(conn, record_id, digest, None, 1, status, None, at, body)
        self._new_index.append((cur.lastrowid, index_text(form, answers)))  # at commit
        self._audit("create", record_id, {"revision": digest, "status": status}, conn=conn)
        return digest, body

    def save(self, record_id: str, doc: dict, *, reason: str | None = None,
             refuse_dropped: bool = False) -> Record | None:
        """Store a new revision; returns None when nothing changed.

        A draft is simply saved again. A complete record is amended: `reason` is required,
        the new revision must itself be complete, and the old one stays in the history.
        """
        with self._transaction() as conn:
            head = self._head(conn, record_id)
            form, status, answers, marks = self._checked(conn, head, doc, refuse_dropped)
            if (answers, marks, status, form.version) == (
                head.answers, head.marks, head.status, head.form_version
            ):
                return None  # saving an unchanged record amends nothing: no reason needed
            if head.status == "complete" and not (reason and reason.strip()):
                raise AmendReasonRequired()
            return self._append_revision(conn, head, form, status, answers, marks,
                                         reason.strip() if reason else None)

    def _checked(self, conn, head: Record, doc: dict,
                 refuse_dropped: bool = False) -> tuple[Form, str, dict, list]:
        """A document for the record's next revision, filled in and checked."""
        form, status, answers, marks = self._parse_doc(doc, default_status=head.status)
        if head.status == "complete" and status != "complete":
            raise ValidationFailed([doc_problem("status", "record.stays_complete")])
        answers = fill_generated(conn, form, answers, record_id=head.id)
        answers = check_answers(form, answers, status, refuse_dropped=refuse_dropped)
        marks = clean_marks(form, answers, marks)
        return form, status, answers, marks

    def _write_resolution(self, conn, record_id: str, doc: dict, reason: str,
                          detail: dict) -> Record:
        """`tx.records.write_resolution`, inside the open transaction `conn`."""
        if not (reason and reason.strip()):
            raise VaultError("vault.resolve_reason")
        head = self._head(conn, record_id)
        form, status, answers, marks = self._checked(conn, head, doc, refuse_dropped=True)
        return self._append_revision(conn, head, form, status, answers, marks, reason.strip(),
                                     action="resolve", detail=detail)

    def _append_revision(self, conn, head: Record, form: Form, status: str, answers: dict,
                         marks: list, reason: str | None, *, action: str | None = None,
                         detail: dict | None = None) -> Record:
        at = not_before(now(), head.created_at)
        number = head.number + 1
        digest, body = revision_body(
            record_id=head.id, parent=head.revision, number=number, form=form, status=status,
            reason=reason, author=self.identity.fingerprint,
            author_name=self.researcher_name, created_at=at, answers=answers, marks=marks,
        )
        self._insert_revision(conn, head.id, digest, head.revision, number, status, reason,
                              at, body)
        cols = summary_columns(answers, form)
        conn.execute(
            "UPDATE records SET status = ?, head = ?, updated_at = ?, form_version = ?,"
            " code = ?, title = ?, incident_date = ?, researcher = ? WHERE id = ?",
            (status, digest, at, form.version, cols["code"], cols["title"],
             cols["incident_date"], cols["researcher"], head.id),
        )
        rowid = conn.execute("SELECT rowid FROM records WHERE id = ?", (head.id,)).fetchone()[0]
        set_index(conn, rowid, index_text(form, answers))
        action = action or ("amend" if head.status == "complete" else (
            "complete" if status == "complete" else "save"))
        self._audit(action, head.id, {"revision": digest, "parent": head.revision,
                                      **(detail or {})}, conn=conn)
        return record_from_body(digest, body)

    def _insert_revision(self, conn, record_id, digest, parent, number, status, reason, at,
                         body) -> None:
        conn.execute(
            "INSERT INTO revisions (hash, record_id, parent, number, status, reason, author,"
            " author_name, created_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (digest, record_id, parent, number, status, reason, self.identity.fingerprint,
             self.researcher_name, at, body),
        )
        # Signed in the same transaction: a revision is never stored without its author's
        # signature (docs/vault-format.md, "Revision signatures").
        conn.execute("INSERT INTO revision_signatures (hash, signature) VALUES (?, ?)",
                     (digest, signatures.sign(self.identity, digest)))

    def _parse_doc(self, doc: Any, default_status: str = "draft"):
        if not isinstance(doc, dict):
            raise ValidationFailed([Message("record.not_an_object")])
        unknown = set(doc) - DOC_KEYS
        if unknown:
            raise ValidationFailed([doc_problem(k, "record.unknown_key") for k in sorted(unknown)])
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
        conn = self._conn
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
            # Digits only may also be a hash prefix ("2718…"), but not a short number: "9"
            # asked for revision 9, and must never quietly pick the revision whose hash
            # happens to start with 9. LIKE wildcards are never a prefix.
            short_number = prefix.isdecimal() and len(prefix) < 4
            if row is None and prefix and not short_number \
                    and all(c in "0123456789abcdef" for c in prefix):
                rows = conn.execute(
                    "SELECT hash, body FROM revisions WHERE record_id = ? AND hash LIKE ?"
                    " LIMIT 2", (record_id, f"{prefix}%"),
                ).fetchall()
                if len(rows) > 1:
                    raise VaultError("vault.revision_ambiguous", revision=revision)
                row = rows[0] if rows else None
            if row is None:
                self._head(conn, record_id)  # raises RecordNotFound if the record is absent
                raise VaultError("vault.no_such_revision", record=record_id, revision=revision)
            record = record_from_body(row[0], row[1])
        record.attachments = [a.__dict__ for a in att.of_record(conn, record_id)]
        return record

    def history(self, record_id: str) -> list[RevisionInfo]:
        self._head(self._conn, record_id)
        rows = self._conn.execute(
            "SELECT hash, parent, number, status, reason, author, author_name, created_at"
            " FROM revisions WHERE record_id = ? ORDER BY number, created_at", (record_id,),
        ).fetchall()
        known = signatures.authorship(self._conn, self.identity.public_key,
                                      [(r[0], r[5]) for r in rows])
        return [RevisionInfo(digest, parent, number, status, reason, author, author_name, at,
                             known[digest].state, known[digest].bundle_id,
                             known[digest].carried_by)
                for digest, parent, number, status, reason, author, author_name, at in rows]

    def resolve_id(self, prefix: str) -> str:
        """A full record id from an interview code or a unique id prefix (at least 4
        characters). A code or prefix shared by several records is refused, naming them."""
        rows = self._conn.execute("SELECT id FROM records WHERE code = ? ORDER BY rowid LIMIT 50",
                                 (prefix,)).fetchall()
        if not rows and len(prefix) >= 4 and all(c in "0123456789abcdef-"
                                                 for c in prefix.lower()):
            rows = self._conn.execute("SELECT id FROM records WHERE id LIKE ? LIMIT 50",
                                     (f"{prefix.lower()}%",)).fetchall()
        if not rows:
            raise RecordNotFound(prefix)
        if len(rows) > 1:
            raise AmbiguousRecord(prefix, [r[0] for r in rows])
        return rows[0][0]
