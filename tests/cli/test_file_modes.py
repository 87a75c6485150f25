"""Every file Testimony writes is readable by its user alone (0600), and every folder it
makes is 0700, whatever the umask: vault and its -wal/-shm, public keys, bundles (and their
temporary names), exported attachments, statements. Run with umask 000, the most
permissive a user can have, so a mode that only the umask narrowed shows up."""

from __future__ import annotations

import stat

from cli_harness import Cli, demo_doc, files_under


def _modes(paths):
    return {p: stat.S_IMODE(p.stat().st_mode) for p in paths}


def test_every_file_written_is_private_whatever_the_umask(tmp_path, passphrase):
    usb = tmp_path / "usb"
    usb.mkdir()
    sup = Cli(tmp_path / "sup", passphrase)
    researcher = Cli(tmp_path / "r7", passphrase)
    for cli in (sup, researcher):
        cli.umask = 0
    ours = set(files_under([researcher.inbox, sup.inbox]))

    sup.ok("init", "--name", "Supervisor", "--code-prefix", "SUP")
    sup.ok("keys", "export", "--receive", "--out", str(usb / "sup.tpub"))
    researcher.ok("init", "--name", "Researcher 7", "--code-prefix", "R7")
    researcher.ok("keys", "enrol", str(usb / "sup.tpub"), "--role", "supervisor")
    researcher.ok("keys", "export", "--out", str(usb / "r7.tpub"))
    record = researcher.ok("add", str(researcher.write_json("w.json", demo_doc(2)))).split()[0]
    photo = researcher.inbox / "photo.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + bytes(5000))
    ours |= {researcher.inbox / "w.json", photo}
    attachment = researcher.ok("attach", record, str(photo)).split()[0]
    researcher.ok("extract", attachment, str(researcher.inbox / "copy.jpg"))
    researcher.ok("pdf", record, "--level", "internal", "--out",
                  str(researcher.inbox / "statements"))
    researcher.ok("export", "--to", str(usb / "sup.tpub"), "--out", str(usb / "1.tbundle"))
    sup.ok("keys", "enrol", str(usb / "r7.tpub"), "--role", "researcher")
    sup.ok("import", str(usb / "1.tbundle"))

    written = set(files_under([researcher.vault_dir, sup.vault_dir, researcher.inbox,
                               sup.inbox, usb])) - ours
    names = {p.name for p in written}
    assert {"field.vault", "sup.tpub", "r7.tpub", "copy.jpg", "1.tbundle"} <= names
    assert any(n.endswith(".pdf") for n in names)
    loose = {str(p): oct(m) for p, m in _modes(written).items() if m != 0o600}
    assert loose == {}
    folder = researcher.inbox / "statements"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
