"""Authorship end to end through the `testimony` command: R8 hands in a forged amendment
of R7's record (built by the independent bundle writer with R8's real key); `import`
refuses it with exit code 4 and the supervisor's vault files byte-identical; `history`
shows each revision's author, signature state and the bundle it arrived in; `verify`
checks every revision signature."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import independent_bundle as ib
import pytest
from cli_harness import Cli, demo_doc, raw_connection
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


@pytest.fixture
def office(tmp_path, passphrase):
    def machine(name: str) -> Cli:
        cli = Cli(tmp_path / name.replace(" ", ""), passphrase)
        cli.ok("init", "--name", name, "--code-prefix", name[:1] + name[-1])
        return cli

    usb = tmp_path / "usb"
    usb.mkdir()
    sup = machine("Supervisor")
    sup.ok("keys", "export", "--receive", "--out", str(usb / "sup.tpub"))
    researchers = []
    for name in ("Researcher 7", "Researcher 8"):
        r = machine(name)
        r.ok("keys", "enrol", str(usb / "sup.tpub"), "--role", "supervisor")
        tpub = usb / f"{name[-1]}.tpub"
        r.ok("keys", "export", "--out", str(tpub))
        sup.ok("keys", "enrol", str(tpub), "--role", "researcher")
        researchers.append(r)
    return usb, sup, *researchers


def files(cli: Cli) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in Path(cli.vault).parent.iterdir()
            if p.name.startswith(Path(cli.vault).name)}


def tpub_fields(path: Path) -> dict[str, str]:
    lines = path.read_text("utf-8").splitlines()[1:]
    return dict(line.split(": ", 1) for line in lines)


def test_forged_authorship_is_refused_and_history_shows_who_wrote_what(office, passphrase):
    usb, sup, r7, r8 = office
    doc = demo_doc(1, seed=71)
    record = r7.ok("add", str(r7.write_json("r.json", doc))).split()[0]
    r7.ok("export", "--to", str(usb / "sup.tpub"), "--out", str(usb / "r7.tbundle"))
    sup.ok("import", str(usb / "r7.tbundle"))
    (first,) = sup.history_json(record)
    assert first["signature"] == "signed"
    r7_fp = first["author"]

    conn = raw_connection(sup.vault, passphrase)
    body, sig = conn.execute("SELECT v.body, s.signature FROM revisions v JOIN"
                             " revision_signatures s ON s.hash = v.hash").fetchone()
    conn.close()
    conn = raw_connection(r8.vault, passphrase)
    r8_key = Ed25519PrivateKey.from_private_bytes(
        bytes(conn.execute("SELECT private_key FROM identity").fetchone()[0]))
    conn.close()
    genuine = ib.Revision(bytes(body), bytes(sig))
    parent = genuine.doc
    answers = parent["answers"]
    answers["account"]["narrative_original"] += " Words R7 never said."
    forged = ib.Revision(ib.revision_body(
        record=record, number=2, parent=genuine.hash, author=r7_fp,
        author_name="Researcher 7", answers=answers, status=parent["status"],
        reason="forged", form=parent["form"]))
    fields = tpub_fields(usb / "sup.tpub")
    recipient = base64.b64decode(fields["recipient"])
    # Bundles name a recipient by its key file: SHA-256 over both public keys (the
    # fingerprint line is the person's, the signing key's alone).
    recipient_fp = hashlib.sha256(b"testimony-public-key-1\n" + base64.b64decode(
        fields["signing"]) + recipient).hexdigest()

    cases = {
        "fresh-key": ib.revision_signature(Ed25519PrivateKey.generate(), forged.hash),
        "r8-key": ib.revision_signature(r8_key, forged.hash),
        "copied": genuine.signature,
        "unsigned": None,
    }
    for name, signature in cases.items():
        forged.signature = signature
        path = usb / f"{name}.tbundle"
        ib.write(path, ib.Bundle(r8_key, "Researcher 8", [ib.Record(record, [genuine, forged])]),
                 recipient, recipient_fp)
        before = files(sup)
        message = sup.fails(4, "import", str(path))
        assert "revision 2" in message, message
        assert files(sup) == before, name

    assert [h["number"] for h in sup.history_json(record)] == [1]
    text = sup.ok("history", record)
    assert "Researcher 7 (" in text and "[signed; from bundle " in text
    verified = json.loads(sup.ok("verify", "--json"))
    assert verified == {"ok": True, "problems": [], "unsigned_revisions": 0}
    assert "written here" in r7.ok("history", record)


def test_export_pads_on_request(office):
    usb, sup, r7, _ = office
    r7.ok("add", str(r7.write_json("r.json", demo_doc(1, seed=72))))
    out = r7.ok("export", "--to", str(usb / "sup.tpub"), "--out", str(usb / "p.tbundle"),
                "--pad", "1M")
    assert out.startswith(f"Wrote {usb / 'p.tbundle'}")
    assert (1 << 20) < (usb / "p.tbundle").stat().st_size < (1 << 20) + 2048
    sup.ok("import", str(usb / "p.tbundle"))
    assert len(sup.list_json()) == 1
    message = r7.fails(2, "export", "--to", str(usb / "sup.tpub"), "--out",
                       str(usb / "q.tbundle"), "--pad", "lots")
    assert "not understood" in message and not (usb / "q.tbundle").exists()
