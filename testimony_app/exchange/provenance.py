"""Re-verifying what was merged: every kept import's signed manifest, and every imported
revision against the manifest of the bundle it came in and its own hash.

Reads the vault only; writes nothing.
"""

from __future__ import annotations

import hashlib

from ..messages import Message
from ..vault.repositories import ImportInfo
from . import manifest as mf
from .errors import BundleRejected


def imports(store) -> list[ImportInfo]:
    """`store`: the vault, or a transaction of it (`Vault.transaction()`)."""
    return store.imports.all()


def verify_imports(store) -> list[Message]:
    """Every problem found, one message each (an empty list: all re-verified)."""
    problems: list[Message] = []
    listed: dict[str, set[str]] = {}
    for bundle_id, sender, sequence, raw, signature in store.imports.kept_manifests():
        try:
            m = mf.parse(bytes(raw))
        except BundleRejected:
            problems.append(Message("verify.manifest_unparsable", bundle=bundle_id))
            continue
        if not mf.verify_signature(bytes(raw), bytes(signature), m["sender_key"]):
            problems.append(Message("verify.manifest_signature", bundle=bundle_id))
        if (m["bundle_id"], m["sender"], m["sequence"]) != (bundle_id, sender, sequence):
            problems.append(Message("verify.manifest_differs", bundle=bundle_id))
        listed[bundle_id] = {e["id"] for e in m["entries"] if e["kind"] == "revision"}
    for revision, bundle_id, body in store.imports.provenance():
        if revision not in listed.get(bundle_id, set()):
            problems.append(Message("verify.not_in_bundle", revision=revision[:12]))
        if hashlib.sha256(bytes(body)).hexdigest() != revision:
            problems.append(Message("verify.altered_after_import", revision=revision[:12]))
    return problems
