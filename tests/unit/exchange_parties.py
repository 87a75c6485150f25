"""Real vaults for the exchange tests (a helper module, not a conftest): a supervisor that
receives bundles and researchers enrolled with it, plus a forger that writes bundles with
chosen (hostile) contents through the real format code and a real signature.

No mocks: every vault is a SQLCipher file in a temporary folder, every bundle real bytes.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from pathlib import Path

from environment import PASSPHRASE

from testimony_app.exchange import keys, manifest
from testimony_app.exchange.bundle_format import StreamWriter, build_header
from testimony_app.vault import Vault
from testimony_app.vault.canonical import utc_now


def make_vault(folder: Path, name: str) -> Vault:
    folder.mkdir(parents=True, exist_ok=True)
    return Vault.create(folder / f"{name}.vault", PASSPHRASE, researcher_name=name,
                        code_prefix=name[:3].upper(), check_strength=False)


def supervisor_with(folder: Path, *researchers: str):
    """A supervisor vault with a recipient key and researcher vaults that each enrolled
    the supervisor (and were enrolled by it). Returns (supervisor, [researchers])."""
    sup = make_vault(folder / "office", "Supervisor")
    sup_key = keys.parse_tpub(keys.own_public_key(sup, receive=True).to_text().encode())
    out = []
    for name in researchers:
        r = make_vault(folder / name, name)
        keys.enroll(r, sup_key, "supervisor")
        keys.enroll(sup, keys.own_public_key(r, receive=False), "researcher")
        out.append(r)
    return sup, out


def supervisor_key(researcher: Vault) -> keys.EnrolledKey:
    return [k for k in keys.list_keys(researcher) if k.role == "supervisor"][0]


def vault_bytes(vault: Vault) -> dict[str, bytes]:
    """The vault's files as they are on disk (main file and write-ahead log)."""
    out = {}
    for suffix in ("", "-wal"):
        p = Path(f"{vault.path}{suffix}")
        out[suffix] = p.read_bytes() if p.exists() else b""
    return out


def entry_for(kind: str, record: str, data: bytes, **extra) -> dict:
    digest = hashlib.sha256(data).hexdigest()
    e = {"kind": kind, "id": extra.pop("id", digest if kind == "revision" else record),
         "record": record, "size": len(data), "sha256": digest}
    e.update(extra)
    return e


def forge(path: Path, signer: Vault, to: Vault, entries: list[tuple[dict, bytes]], /,
          **overrides) -> dict:
    """Write a bundle for `to` with exactly these entries, signed by `sender`; `overrides`
    replace manifest fields after the defaults. Returns the manifest."""
    sender = signer
    public = keys.ensure_recipient_key(to)
    header = build_header([keys.recipient_public(public)])
    m = {"format": 1, "bundle_id": str(uuid.uuid4()), "sender": sender.identity.fingerprint,
         "sender_key": base64.b64encode(sender.identity.public_key).decode(),
         "sender_name": sender.researcher_name, "sequence": 1, "created_at": utc_now(),
         "recipients": [keys.key_fingerprint(to.identity.public_key, public)],
         "header_sha256": header.sha256, "entries": [e for e, _ in entries]}
    m.update(overrides)
    raw, sig = manifest.sign(m, sender.identity)
    with open(path, "xb") as fh:
        fh.write(header.raw)
        w = StreamWriter(fh, header.payload_key)
        w.write(manifest.LENGTH.pack(len(raw)) + raw + sig)
        for _, data in entries:
            w.write(data)
        w.close()
    return m


def revision(sender: Vault, answers: dict, *, record: str | None = None, status="draft",
             form=("testimony-interview", 1), number=1, parent=None) -> tuple[dict, bytes]:
    """A revision entry as a sender would write it (any answers, valid or not)."""
    from testimony_app.vault.canonical import canonical_json

    record = record or str(uuid.uuid4())
    body = canonical_json({
        "record": record, "parent": parent, "number": number, "form": list(form),
        "status": status, "reason": None, "author": sender.identity.fingerprint,
        "author_name": sender.researcher_name, "created_at": utc_now(), "answers": answers,
        "marks": []})
    return entry_for("revision", record, body), body


def audit_entry(record: str, events: bytes = b"[]") -> tuple[dict, bytes]:
    return entry_for("audit", record, events), events
