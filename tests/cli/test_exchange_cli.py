"""Three researchers hand in to one supervisor, end to end through the `testimony`
command: keys exchanged as .tpub files, bundles exported and imported with a preview,
a duplicate witness found across researchers, a conflicting amendment kept beside the
supervisor's own, a replay that changes nothing, a damaged bundle refused with exit
code 4, and a canary that appears in plaintext in no file anything left behind (bundles
included)."""

from __future__ import annotations

import copy
import json
import secrets

import pytest
from cli_harness import Cli, demo_doc, files_under, scan_for


@pytest.fixture
def office(tmp_path, passphrase):
    def machine(name: str) -> Cli:
        cli = Cli(tmp_path / name, passphrase)
        cli.ok("init", "--name", name, "--code-prefix", name[:3])
        return cli

    sup = machine("Supervisor")
    (tmp_path / "usb").mkdir()
    sup.ok("keys", "export", "--receive", "--out", str(tmp_path / "usb" / "sup.tpub"))
    researchers = []
    for name in ("R1", "R2", "R3"):
        r = machine(name)
        r.ok("keys", "enrol", str(tmp_path / "usb" / "sup.tpub"), "--role", "supervisor")
        r.ok("keys", "export", "--out", str(tmp_path / "usb" / f"{name}.tpub"))
        sup.ok("keys", "enrol", str(tmp_path / "usb" / f"{name}.tpub"), "--role", "researcher")
        researchers.append(r)
    return tmp_path, sup, researchers


def _add(cli: Cli, doc: dict, name: str) -> str:
    return cli.ok("add", str(cli.write_json(name, doc))).split()[0]


def test_three_researchers_one_supervisor(office):
    root, sup, (r1, r2, r3) = office
    usb = root / "usb"
    canary = f"CANARYx9X{secrets.token_hex(6).upper()}"
    first = demo_doc(2, seed=31)
    first["answers"]["account"]["narrative_original"] += f" {canary}"
    witness_record = _add(r1, first, "w1.json")
    # R2 interviewed the same witness (a spelling variant of the name, same phone).
    again = copy.deepcopy(first)
    again["answers"]["interview"]["code"] = "R2-0001"
    again["answers"]["account"]["narrative_original"] = "A second interview, same person."
    again["answers"]["witness"]["full_name"]["given"] = \
        again["answers"]["witness"]["full_name"]["given"].replace("ة", "ه")
    duplicate_record = _add(r2, again, "w2.json")
    _add(r3, demo_doc(3, seed=33), "w3.json")
    _add(r3, demo_doc(4, seed=34), "w4.json")

    for i, r in enumerate((r1, r2, r3), 1):
        out = r.ok("export", "--to", str(usb / "sup.tpub"), "--out", str(usb / f"{i}.tbundle"))
        assert out.startswith(f"Wrote {usb / f'{i}.tbundle'}")

    dry = json.loads(sup.ok("import", str(usb / "1.tbundle"), "--dry-run", "--json"))
    assert dry[0]["applied"] is False and dry[0]["counts"]["new"] == 1
    assert json.loads(sup.ok("list", "--json")) == []

    reports = json.loads(sup.ok("import", *(str(usb / f"{i}.tbundle") for i in (1, 2, 3)),
                                "--json"))
    assert [r["applied"] for r in reports] == [True, True, True]
    assert [r["sender_status"] for r in reports] == ["enrolled"] * 3
    assert [r["counts"]["new"] for r in reports] == [1, 1, 2]
    (dup_rec,) = reports[1]["records"]
    assert [c["b"] for c in dup_rec["possible_duplicates"]] == [witness_record]
    assert len(sup.list_json()) == 4

    # The same bundle again: nothing changes, and it says so.
    assert "Already imported" in sup.ok("import", str(usb / "1.tbundle"))

    # Conflicting amendments: the supervisor corrects the record, so does R1.
    mine = sup.show_json(witness_record)
    mine["answers"]["account"]["narrative_original"] += " Supervisor's note."
    sup.ok("edit", witness_record, str(sup.write_json("s.json", mine)), "--reason", "checked")
    theirs = r1.show_json(witness_record)
    theirs["answers"]["account"]["narrative_original"] += " Researcher's correction."
    r1.ok("edit", witness_record, str(r1.write_json("r.json", theirs)), "--reason", "recalled")
    r1.ok("export", "--to", str(usb / "sup.tpub"), "--out", str(usb / "1b.tbundle"))
    text = sup.ok("import", str(usb / "1b.tbundle"))
    assert "conflict" in text and "1 in conflict" in text
    (conflict,) = json.loads(sup.ok("conflicts", "--json"))
    assert conflict["record"] == witness_record
    assert sup.show_json(witness_record)["answers"]["account"]["narrative_original"] \
        .endswith("Supervisor's note.")
    assert len(sup.history_json(witness_record)) == 3  # both branches kept

    # Duplicates are shown for review and decided by the supervisor, never merged.
    (pair,) = json.loads(sup.ok("duplicates", "--json"))
    assert {pair["a"], pair["b"]} == {witness_record, duplicate_record}
    sup.ok("link", witness_record, duplicate_record, "--same")
    assert json.loads(sup.ok("duplicates", "--json")) == []

    # A damaged bundle: exit 4, one sentence, nothing imported.
    damaged = bytearray((usb / "3.tbundle").read_bytes())
    damaged[len(damaged) // 2] ^= 1
    (usb / "bad.tbundle").write_bytes(bytes(damaged))
    before = sup.list_json()
    line = sup.fails(4, "import", str(usb / "bad.tbundle"))
    assert "refused" in line
    assert sup.list_json() == before
    assert "Vault verified" in sup.ok("verify")
    checked = json.loads(sup.ok("imports", "--json"))
    assert len(checked["imports"]) == 4 and checked["problems"] == []

    # Revoked researcher: refused with exit 4.
    keys = json.loads(sup.ok("keys", "list", "--json"))
    r3_key = [k for k in keys if k["label"] == "R3"][0]["fingerprint"]
    sup.ok("keys", "revoke", r3_key[:16])
    _add(r3, demo_doc(5, seed=35), "w5.json")
    r3.ok("export", "--to", str(usb / "sup.tpub"), "--out", str(usb / "3b.tbundle"))
    assert "revoked" in sup.fails(4, "import", str(usb / "3b.tbundle"))

    # The canary is nowhere in plaintext: vaults, temp and home dirs of every machine, and
    # the bundles and key files on the stick.
    machines = (sup, r1, r2, r3)
    dirs = [d for m in machines for d in m.scanned_dirs()] + [usb]
    assert len(files_under([usb])) >= 9
    assert scan_for(dirs, {"canary": canary}) == []
    assert not [p for p in files_under(dirs) if p.name.endswith(".part")]


def test_usage_and_key_errors(office):
    root, sup, (r1, _, _) = office
    usb = root / "usb"
    assert "not enrolled" in r1.fails(1, "export", "--to", str(usb / "R2.tpub"),
                                      "--out", str(usb / "x.tbundle"))
    (usb / "junk.tpub").write_text("hello\n")
    assert "not a Testimony public key" in sup.fails(4, "keys", "enrol", str(usb / "junk.tpub"),
                                                     "--role", "researcher")
    assert "Nothing to hand in" in r1.fails(1, "export", "--to", str(usb / "sup.tpub"),
                                            "--out", str(usb / "x.tbundle"))
    assert "not a file" in sup.fails(4, "import", str(usb / "missing.tbundle"))
    sup.fails(2, "import")


@pytest.mark.parametrize("form", ["repeated", "listed"])
def test_a_bundle_is_sealed_to_every_recipient_named(office, passphrase, form):
    """`--to a --to b` and `--to a b` both seal to a and b (a repeated option once kept
    only the last), and the export says whom it sealed to."""
    root, sup, (r1, _, _) = office
    usb = root / "usb"
    hq = Cli(root / "HQ", passphrase)
    hq.ok("init", "--name", "Headquarters", "--code-prefix", "HQ")
    hq.ok("keys", "export", "--receive", "--out", str(usb / "hq.tpub"))
    hq.ok("keys", "enrol", str(usb / "R1.tpub"), "--role", "researcher")
    r1.ok("keys", "enrol", str(usb / "hq.tpub"), "--role", "hq")
    _add(r1, demo_doc(2, seed=5), "w.json")
    to = ["--to", str(usb / "sup.tpub"), "--to", str(usb / "hq.tpub")] if form == "repeated" \
        else ["--to", str(usb / "sup.tpub"), str(usb / "hq.tpub")]
    out = r1.ok("export", *to, "--to", str(usb / "sup.tpub"), "--out", str(usb / "b.tbundle"))
    sealed = [line for line in out.splitlines() if line.startswith("Sealed to")]
    assert len(sealed) == 2  # sup named twice is sealed to once
    assert any("Supervisor" in line for line in sealed)
    assert any("Headquarters" in line for line in sealed)
    for receiver in (sup, hq):
        receiver.ok("import", str(usb / "b.tbundle"))
        assert len(receiver.list_json()) == 1


def test_disk_full_during_export_leaves_nothing(office):
    import resource
    import signal
    import subprocess

    from cli_harness import TESTIMONY

    root, _, (r1, _, _) = office
    usb = root / "usb"
    _add(r1, demo_doc(2, seed=41), "a.json")
    record = r1.list_json()[0]["id"]
    audio = r1.inbox / "audio.ogg"
    audio.write_bytes(bytes(range(256)) * 8192)  # 2 MiB
    r1.ok("attach", record, str(audio))

    def limit_file_size():
        # Writes past 1 MiB fail (EFBIG) as on a full stick; the signal would kill instead.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (1 << 20, 1 << 20))

    proc = subprocess.run(
        [str(TESTIMONY), "--vault", str(r1.vault), "export", "--to", str(usb / "sup.tpub"),
         "--out", str(usb / "full.tbundle")], env=r1.env(), capture_output=True, text=True,
        preexec_fn=limit_file_size, timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.startswith("testimony: The disk is full: nothing was saved")
    assert len(proc.stderr.splitlines()) == 1
    assert sorted(p.name for p in usb.iterdir() if "full" in p.name) == []
    out = r1.ok("export", "--to", str(usb / "sup.tpub"), "--out", str(usb / "ok.tbundle"))
    assert "(bundle 1)" in out  # the failed export was not remembered


def test_unknown_sender_confirmed_by_fingerprint(office, passphrase):
    root, sup, _ = office
    usb = root / "usb"
    r4 = Cli(root / "R4", passphrase)
    r4.ok("init", "--name", "R4", "--code-prefix", "R4")
    r4.ok("keys", "enrol", str(usb / "sup.tpub"), "--role", "supervisor")
    _add(r4, demo_doc(6, seed=36), "w.json")
    r4.ok("export", "--to", str(usb / "sup.tpub"), "--out", str(usb / "4.tbundle"))
    preview = json.loads(sup.ok("import", str(usb / "4.tbundle"), "--dry-run", "--json"))[0]
    assert preview["sender_status"] == "unknown"
    assert any("not enrolled" in w for w in preview["warnings"])
    assert "is not enrolled" in sup.fails(4, "import", str(usb / "4.tbundle"))
    fingerprint = json.loads(r4.ok("info", "--json"))["fingerprint"]
    assert preview["sender"] == fingerprint
    wrong = "0123456789abcdef"
    assert "is not enrolled" in sup.fails(4, "import", str(usb / "4.tbundle"),
                                          "--enrol-sender", wrong)
    out = sup.ok("import", str(usb / "4.tbundle"), "--enrol-sender", fingerprint[:16])
    assert f"Enrolled R4 as a researcher, fingerprint {fingerprint[:4]}" in out
    assert "1 new" in out
    (key,) = [k for k in json.loads(sup.ok("keys", "list", "--json")) if k["label"] == "R4"]
    assert key["role"] == "researcher" and key["fingerprint"] == fingerprint
