"""The vault schema and its ordered migrations, versioned with PRAGMA user_version.

Each migration is SQL plus an optional Python step, applied in one transaction. A vault
made by any earlier version upgrades in order; a vault newer than this code is refused.
Released migrations are never edited: add a new one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .errors import NotAVault

APPLICATION_ID = 0x54455354  # "TEST": marks the file as a Testimony vault


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    sql: str
    after: Callable | None = None  # Python step run inside the same transaction


_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    private_key BLOB NOT NULL,
    public_key BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE records (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    form_id TEXT NOT NULL,
    form_version INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'complete')),
    head TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    code TEXT,
    title TEXT,
    incident_date TEXT,
    researcher TEXT
);
CREATE TABLE revisions (
    hash TEXT PRIMARY KEY,
    record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    parent TEXT,
    number INTEGER NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    author TEXT NOT NULL,
    author_name TEXT,
    created_at TEXT NOT NULL,
    body BLOB NOT NULL
);
CREATE INDEX revisions_record ON revisions(record_id, number);
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX attachments_record ON attachments(record_id);
CREATE TABLE attachment_chunks (
    attachment_id TEXT NOT NULL REFERENCES attachments(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (attachment_id, n)
) WITHOUT ROWID;
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT,
    detail TEXT NOT NULL,
    prev TEXT NOT NULL,
    hash TEXT NOT NULL
);
"""

# Contentless (tokens only, never the text) and detail=none (no positions): searches are
# AND-ed word prefixes, which need neither, and every saved record is cheaper to index.
_V2 = """
CREATE VIRTUAL TABLE search USING fts5(
    text, content='', contentless_delete=1, detail=none,
    tokenize="unicode61 remove_diacritics 2"
);
"""


# The editor's working copy: the answers being typed, saved every few seconds and on focus
# change, one row per open record, so a crash or kill -9 loses nothing and the revision
# history is not flooded with keystrokes. A revision is written from it when the user saves,
# completes or leaves the record. Indexes serve the records list's filters and sort orders.
_V3 = """
CREATE TABLE working_copies (
    record_id TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
    base TEXT NOT NULL,
    body BLOB NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE INDEX records_status ON records(status);
CREATE INDEX records_incident_date ON records(incident_date);
CREATE INDEX records_researcher ON records(researcher);
CREATE INDEX records_updated ON records(updated_at);
CREATE INDEX records_code ON records(code);
"""


# Hand-in bundles (docs/bundle-format.md). Private key halves stay inside the vault like
# the signing identity. Imported revisions live in `revisions` under their own hash; these
# tables say where they came from, what was handed in to whom, and what needs review.
_V4 = """
CREATE TABLE recipient_keys (
    fingerprint TEXT PRIMARY KEY,
    mlkem_seed BLOB NOT NULL,
    x25519_private BLOB NOT NULL,
    public_key BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE enrolled_keys (
    fingerprint TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('supervisor', 'researcher', 'hq')),
    label TEXT NOT NULL,
    signing_fp TEXT NOT NULL,
    signing_key BLOB NOT NULL,
    recipient_key BLOB,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX enrolled_keys_signing ON enrolled_keys(signing_fp);
CREATE TABLE exports (
    bundle_id TEXT PRIMARY KEY,
    sequence INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    recipients TEXT NOT NULL,
    records INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE handins (
    recipient TEXT NOT NULL,
    record_id TEXT NOT NULL,
    revision TEXT NOT NULL,
    bundle_id TEXT NOT NULL REFERENCES exports(bundle_id),
    PRIMARY KEY (recipient, record_id, revision)
) WITHOUT ROWID;
CREATE TABLE imports (
    bundle_id TEXT PRIMARY KEY,
    sender TEXT NOT NULL,
    sequence INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    manifest BLOB NOT NULL,
    signature BLOB NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX imports_sender ON imports(sender, sequence);
CREATE TABLE revision_provenance (
    revision TEXT PRIMARY KEY REFERENCES revisions(hash) ON DELETE CASCADE,
    bundle_id TEXT NOT NULL,
    sender TEXT NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE TABLE imported_audit (
    hash TEXT PRIMARY KEY,
    record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    bundle_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT,
    detail TEXT NOT NULL,
    prev TEXT NOT NULL
);
CREATE INDEX imported_audit_record ON imported_audit(record_id, seq);
CREATE TABLE conflicts (
    record_id TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    local_head TEXT NOT NULL,
    other_head TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    flagged_at TEXT NOT NULL,
    PRIMARY KEY (record_id, other_head)
);
CREATE TABLE witness_links (
    a TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    b TEXT NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    relation TEXT NOT NULL CHECK (relation IN ('same', 'distinct')),
    decided_at TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    PRIMARY KEY (a, b),
    CHECK (a < b)
);
"""

# Version 5: the pseudonym each witness has in this vault's statements. Pseudonyms are made
# per incident by the vault that saved the record, so two researchers' "Witness A" of one
# incident meet in the supervisor's vault; the first statement of a record fixes its
# pseudonym here, unique within the incident, and later statements reuse it.
_V5 = """
CREATE TABLE statement_pseudonyms (
    record_id TEXT PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
    incident TEXT NOT NULL,
    pseudonym TEXT NOT NULL,
    fixed_at TEXT NOT NULL,
    UNIQUE (incident, pseudonym)
);
"""

# Version 6: provable authorship. Each revision written from now on is signed by its
# author's identity key (over its hash, so the hashed body and old hashes stay as they
# were); signatures of imported revisions are kept too. `author_keys` holds the keys of
# authors this vault neither is nor enrolled, each vouched for by a trusted relay's
# bundle (docs/bundle-format.md, "Authorship").
_V6 = """
CREATE TABLE revision_signatures (
    hash TEXT PRIMARY KEY REFERENCES revisions(hash) ON DELETE CASCADE,
    signature BLOB NOT NULL
);
CREATE TABLE author_keys (
    fingerprint TEXT PRIMARY KEY,
    public_key BLOB NOT NULL,
    vouched_by TEXT NOT NULL,
    bundle_id TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
"""


def _index_existing(conn) -> None:
    # Imported here: search depends on the form layer, the schema module must not.
    from .search import index_record_body

    rows = conn.execute(
        "SELECT r.rowid, v.body FROM records r JOIN revisions v ON v.hash = r.head"
    ).fetchall()
    for rowid, body in rows:
        index_record_body(conn, rowid, body)


# Version 7: search terms beyond the folded word (Arabic bases, name skeletons: see
# search_terms.py), so every record is indexed again; and the author of each record's
# first revision, which the records list filters researchers by (researchers.py).
_V7 = """
ALTER TABLE records ADD COLUMN author TEXT;
CREATE INDEX records_author ON records(author);
"""


def _reindex_with_authors(conn) -> None:
    from .researchers import fill_missing_authors
    from .search import rebuild_index

    fill_missing_authors(conn)
    rebuild_index(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "records, revisions, attachments, audit log, identity", _V1),
    Migration(2, "full-text search with Arabic folding", _V2, _index_existing),
    Migration(3, "editor working copies; indexes for the records list", _V3),
    Migration(4, "hand-in bundles: keys, exports, imports, provenance, conflicts, witness links",
              _V4),
    Migration(5, "pseudonyms fixed for statements, unique within an incident", _V5),
    Migration(6, "revision signatures by their authors; keys of authors vouched for by relays",
              _V6),
    Migration(7, "search by Arabic bases and name skeletons; records' first authors", _V7,
              _reindex_with_authors),
)
LATEST = MIGRATIONS[-1].version


def current_version(conn) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn, target: int = LATEST) -> int:
    """Bring the schema up to `target`; returns the version found before."""
    found = current_version(conn)
    if found > LATEST:
        raise NotAVault("vault.newer_schema", schema=found)
    for m in MIGRATIONS:
        if found < m.version <= target:
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in _split(m.sql):
                    conn.execute(statement)
                if m.after:
                    m.after(conn)
                conn.execute(f"PRAGMA user_version = {m.version}")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    return found


def _split(sql: str) -> list[str]:
    """Split a migration into statements (no semicolons inside our literals)."""
    return [s.strip() for s in sql.split(";") if s.strip()]
