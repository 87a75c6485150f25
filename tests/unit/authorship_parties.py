"""Real vaults for the authorship tests (a helper module, not a conftest): a supervisor
with two enrolled researchers (R7, R8) and a headquarters vault that enrolled the
supervisor as a relay; bundles forged with the independent writer
(tests/independent_bundle.py), never with the project's sealing code.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from pathlib import Path

import independent_bundle as ib
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from environment import PASSPHRASE

from testimony_app.demo import demo_record
from testimony_app.exchange import keys
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.seal import export_bundle
from testimony_app.vault import Vault


def private_key(vault: Vault) -> Ed25519PrivateKey:
    """The vault's identity key, read from its own table (what a researcher holds)."""
    row = vault._conn.execute("SELECT private_key FROM identity").fetchone()
    return Ed25519PrivateKey.from_private_bytes(bytes(row[0]))


def make(folder: Path, name: str) -> Vault:
    folder.mkdir(parents=True, exist_ok=True)
    return Vault.create(folder / f"{name}.vault", PASSPHRASE, researcher_name=name,
                        code_prefix=name[:3].upper(), check_strength=False)


def receiving(vault: Vault) -> tuple[bytes, str]:
    """A vault's recipient public key and its .tpub fingerprint, computed as the docs say."""
    public = keys.ensure_recipient_key(vault)
    fp = hashlib.sha256(b"testimony-public-key-1\n" + vault.identity.public_key + public)
    return public, fp.hexdigest()


def tpub(vault: Vault, receive: bool) -> keys.PublicKeyFile:
    return keys.parse_tpub(keys.own_public_key(vault, receive=receive).to_text().encode())


@dataclass
class Office:
    root: Path
    sup: Vault
    r7: Vault
    r8: Vault
    hq: Vault
    r7_to_sup: keys.EnrolledKey
    sup_to_hq: keys.EnrolledKey

    def close(self) -> None:
        for v in (self.sup, self.r7, self.r8, self.hq):
            v.close()

    def hand_in(self, researcher: Vault, name: str) -> Path:
        to = [k for k in keys.list_keys(researcher) if k.role in ("supervisor", "hq")]
        path = self.root / name
        export_bundle(researcher, to[:1], path)
        return path

    def forge(self, name: str, bundle: ib.Bundle, to: Vault | None = None) -> Path:
        to = to or self.sup
        path = self.root / name
        ib.write(path, bundle, *receiving(to))
        return path


def office(root: Path) -> Office:
    """R7 and R8 hand in to the supervisor; the supervisor passes on to headquarters,
    which enrolled it as a supervisor (a trusted relay)."""
    sup, r7, r8, hq = (make(root / n, n) for n in ("Supervisor", "Researcher 7",
                                                    "Researcher 8", "Headquarters"))
    r7_to_sup = keys.enroll(r7, tpub(sup, True), "supervisor")
    keys.enroll(r8, tpub(sup, True), "supervisor")
    keys.enroll(sup, tpub(r7, False), "researcher")
    keys.enroll(sup, tpub(r8, False), "researcher")
    sup_to_hq = keys.enroll(sup, tpub(hq, True), "hq")
    keys.enroll(hq, tpub(sup, True), "supervisor")
    return Office(root, sup, r7, r8, hq, r7_to_sup, sup_to_hq)


def record_of_r7(o: Office, seed: int = 7) -> str:
    """A record R7 wrote and handed in; the supervisor imported it. Its id."""
    rec = o.r7.add(demo_record(1, random.Random(seed)))
    import_bundle(o.sup, o.hand_in(o.r7, f"r7-{seed}.tbundle"))
    return rec.id


def chain_of(vault: Vault, record_id: str) -> list[ib.Revision]:
    """A record's history as the independent writer carries it, with its signatures."""
    rows = vault._conn.execute(
        "SELECT v.body, s.signature FROM revisions v LEFT JOIN revision_signatures s"
        " ON s.hash = v.hash WHERE v.record_id = ? ORDER BY v.number", (record_id,)).fetchall()
    return [ib.Revision(bytes(b), bytes(s) if s is not None else None) for b, s in rows]


def next_revision(chain: list[ib.Revision], *, author: str, author_name: str,
                  created_at: str | None = None, reason: str | None = "forged") -> bytes:
    """The body of a revision on top of `chain` with changed words, naming `author`."""
    head = chain[-1].doc
    answers = head["answers"]
    answers["account"]["narrative_original"] += " Words put in another's mouth."
    return ib.revision_body(record=head["record"], number=head["number"] + 1,
                            parent=chain[-1].hash, author=author, author_name=author_name,
                            answers=answers, created_at=created_at, status=head["status"],
                            reason=reason, form=head["form"], marks=head["marks"])
