"""Re-verifying what was merged: every kept import's signed manifest, and every imported
revision against the manifest of the bundle it came in and its own hash.

Reads the vault only; writes nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from . import manifest as mf
from .errors import BundleRejected


@dataclass(frozen=True)
class ImportInfo:
    bundle_id: str
    sender: str
    sequence: int
    sha256: str
    imported_at: str
    revisions: int

    def to_json(self) -> dict:
        return dict(self.__dict__)


def imports(conn) -> list[ImportInfo]:
    rows = conn.execute(
        "SELECT i.bundle_id, i.sender, i.sequence, i.sha256, i.imported_at,"
        " (SELECT count(*) FROM revision_provenance p WHERE p.bundle_id = i.bundle_id)"
        " FROM imports i ORDER BY i.imported_at").fetchall()
    return [ImportInfo(*r) for r in rows]


def verify_imports(conn) -> list[str]:
    """Every problem found, one sentence each (an empty list: all re-verified)."""
    problems: list[str] = []
    listed: dict[str, set[str]] = {}
    for bundle_id, sender, sequence, raw, signature in conn.execute(
            "SELECT bundle_id, sender, sequence, manifest, signature FROM imports"):
        where = f"import of bundle {bundle_id}"
        try:
            m = mf.parse(bytes(raw))
        except BundleRejected:
            problems.append(f"{where}: its kept manifest no longer parses")
            continue
        if not mf.verify_signature(bytes(raw), bytes(signature), m["sender_key"]):
            problems.append(f"{where}: the sender's signature no longer verifies")
        if (m["bundle_id"], m["sender"], m["sequence"]) != (bundle_id, sender, sequence):
            problems.append(f"{where}: the kept record of it differs from its manifest")
        listed[bundle_id] = {e["id"] for e in m["entries"] if e["kind"] == "revision"}
    for revision, bundle_id, body in conn.execute(
            "SELECT p.revision, p.bundle_id, v.body FROM revision_provenance p"
            " JOIN revisions v ON v.hash = p.revision"):
        if revision not in listed.get(bundle_id, set()):
            problems.append(f"revision {revision[:12]} is not in the bundle it is said to "
                            "come from")
        if hashlib.sha256(bytes(body)).hexdigest() != revision:
            problems.append(f"revision {revision[:12]} was altered after it was imported")
    return problems
