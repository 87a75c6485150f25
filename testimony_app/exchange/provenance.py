"""Re-verifying what was merged: every kept import's signed manifest, and every imported
revision against the manifest of the bundle it came in and its own hash.

Reads the vault only; writes nothing.
"""

from __future__ import annotations

import hashlib

from ..vault.repositories import ImportInfo
from . import manifest as mf
from .errors import BundleRejected


def imports(store) -> list[ImportInfo]:
    """`store`: the vault, or a transaction of it (`Vault.transaction()`)."""
    return store.imports.all()


def verify_imports(store) -> list[str]:
    """Every problem found, one sentence each (an empty list: all re-verified)."""
    problems: list[str] = []
    listed: dict[str, set[str]] = {}
    for bundle_id, sender, sequence, raw, signature in store.imports.kept_manifests():
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
    for revision, bundle_id, body in store.imports.provenance():
        if revision not in listed.get(bundle_id, set()):
            problems.append(f"revision {revision[:12]} is not in the bundle it is said to "
                            "come from")
        if hashlib.sha256(bytes(body)).hexdigest() != revision:
            problems.append(f"revision {revision[:12]} was altered after it was imported")
    return problems
