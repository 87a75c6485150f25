"""End-to-end: `testimony pdf` writes redacted statements, atomically and privately, logs
each in the audit log, and refuses a level the witness's consent does not allow."""

from __future__ import annotations

import hashlib
import json
import stat
import subprocess

import pytest
from cli_harness import Cli, demo_doc, raw_connection, scan_for, with_vault
from environment import require_tool


@pytest.fixture
def vcli(tmp_path, passphrase) -> Cli:
    return with_vault(Cli(tmp_path, passphrase))


def _add(cli: Cli, n: int, scope: str, **consent) -> tuple[str, dict]:
    doc = demo_doc(n)
    doc["answers"]["consent"].update(scope=scope, **consent)
    record_id = cli.ok("add", cli.write_json(f"r{n}.json", doc)).split()[0]
    return record_id, doc


def _out(cli: Cli):
    out = cli.root / "statements"
    out.mkdir(exist_ok=True)
    return out


def _statement_events(cli: Cli) -> list[tuple[str, dict]]:
    conn = raw_connection(cli.vault, cli.passphrase)
    try:
        rows = conn.execute("SELECT subject, detail FROM audit WHERE action = 'statement'"
                            " ORDER BY seq").fetchall()
    finally:
        conn.close()
    return [(subject, json.loads(detail)) for subject, detail in rows]


def test_pdf_writes_a_private_statement_and_logs_its_hash(vcli):
    record_id, doc = _add(vcli, 1, "anonymous_public")
    out = _out(vcli)
    printed = vcli.ok("pdf", record_id[:8], "--level", "public-anonymous", "--lang", "ar",
                      "--out", str(out), "--organisation", "Civilian Harm Monitor").split()
    path = out / "DEMO-0001-public-anonymous-ar.pdf"
    assert printed == [str(path)]
    data = path.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in out.iterdir()) == [path.name]  # no temporary left behind
    head = vcli.show_json(record_id)["revision"]
    assert _statement_events(vcli) == [(record_id, {
        "level": "public-anonymous", "lang": "ar", "revision": head,
        "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)})]
    # The witness's name is not in the file, and nothing was left in HOME or TMPDIR.
    name = doc["answers"]["witness"]["full_name"]["given"]
    latin = doc["answers"]["witness"]["full_name"]["latin"]["family"]
    assert scan_for([out, *vcli.scanned_dirs()], {"name": name, "latin": latin}) == []
    text = subprocess.run([require_tool("pdftotext"), str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "DEMO-0001" in text and "Civilian Harm Monitor" in text and latin not in text
    assert "Vault verified" in vcli.ok("verify")


def test_a_level_beyond_consent_is_refused_and_nothing_is_written(vcli):
    ok_id, _ = _add(vcli, 1, "named_public")
    refused_id, _ = _add(vcli, 3, "partner_share")
    out = _out(vcli)
    message = vcli.fails(4, "pdf", ok_id, refused_id, "--level", "public-named", "--out",
                         str(out))
    assert message == ("testimony: DEMO-0003: the witness's consent (partner_share) does not "
                       "allow a public-named statement; allowed: internal, partner.")
    assert list(out.iterdir()) == [] and _statement_events(vcli) == []
    vcli.ok("pdf", refused_id, "--level", "partner", "--out", str(out))
    assert [p.name for p in out.iterdir()] == ["DEMO-0003-partner-en.pdf"]


def test_withdrawn_consent_prints_nothing_but_internal(vcli):
    record_id, _ = _add(vcli, 1, "withdrawn", withdrawn_at="2017-06-01T10:00:00+03:00")
    out = _out(vcli)
    for level in ("partner", "public-named", "public-anonymous"):
        message = vcli.fails(4, "pdf", record_id, "--level", level, "--out", str(out))
        assert "withdrew consent" in message
    assert list(out.iterdir()) == []
    vcli.ok("pdf", record_id, "--level", "internal", "--lang", "ckb", "--out", str(out))
    assert [p.name for p in out.iterdir()] == ["DEMO-0001-internal-ckb.pdf"]


def test_bad_arguments_are_one_line_and_change_nothing(vcli):
    record_id, _ = _add(vcli, 1, "named_public")
    out = _out(vcli)
    assert "Unknown redaction level 'public'" in vcli.fails(
        2, "pdf", record_id, "--level", "public", "--out", str(out))
    (out / "a-file").write_bytes(b"")
    assert "is not a directory" in vcli.fails(
        2, "pdf", record_id, "--out", str(out / "a-file"))
    (out / "a-file").unlink()
    vcli.fails(2, "pdf", record_id, "--lang", "fr", "--out", str(out))
    assert list(out.iterdir()) == [] and _statement_events(vcli) == []


def test_a_missing_output_directory_is_created_for_the_user_only(vcli):
    record_id, _ = _add(vcli, 1, "named_public")
    out = _out(vcli) / "statements" / "march"
    vcli.ok("pdf", record_id, "--level", "internal", "--out", str(out))
    assert len(list(out.iterdir())) == 1
    assert out.stat().st_mode & 0o777 == 0o700


def test_a_batch_writes_one_statement_per_record(vcli):
    ids = [_add(vcli, n, "anonymous_public")[0] for n in (1, 2, 3)]
    out = _out(vcli)
    printed = vcli.ok("pdf", *ids, "--out", str(out)).split()
    assert printed == [str(out / f"DEMO-000{n}-public-anonymous-en.pdf") for n in (1, 2, 3)]
    assert [subject for subject, _ in _statement_events(vcli)] == ids


def test_a_batch_shows_a_progress_bar_on_a_terminal(vcli):
    import os
    import pty

    from cli_harness import TESTIMONY

    ids = [_add(vcli, n, "anonymous_public")[0] for n in (1, 2)]
    out = _out(vcli)
    leader, follower = pty.openpty()
    try:
        proc = subprocess.run(
            [str(TESTIMONY), "--vault", str(vcli.vault), "pdf", *ids, "--out", str(out)],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=follower,
            env=vcli.env(), cwd=vcli.inbox, timeout=60, check=False)
        os.close(follower)
        follower = -1
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed: everything was read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
        if follower >= 0:
            os.close(follower)
    assert proc.returncode == 0
    assert b"] 1/2" in shown and b"] 2/2" in shown and b"#" * 30 in shown
    assert len(proc.stdout.split()) == 2  # the bar is on the terminal, not in the output


def test_a_child_witness_needs_a_guardians_consent_for_any_shared_statement(vcli):
    doc = demo_doc(5)
    doc["status"] = "draft"  # a complete record could not lack the guardian's consent
    doc["answers"]["witness"]["age_at_incident"] = 15
    doc["answers"]["consent"].update(scope="named_public", guardian_consent=False)
    record_id = vcli.ok("add", vcli.write_json("child.json", doc)).split()[0]
    out = _out(vcli)
    message = vcli.fails(4, "pdf", record_id, "--level", "partner", "--out", str(out))
    assert message == ("testimony: DEMO-0005: the witness was under 18 and no guardian "
                       "consent is recorded; only an internal statement can be made.")
    assert list(out.iterdir()) == [] and _statement_events(vcli) == []
    vcli.ok("pdf", record_id, "--level", "internal", "--out", str(out))


def test_doubtful_words_are_listed_and_nothing_is_written_until_checked(vcli):
    ok_id, _ = _add(vcli, 1, "named_public")
    doc = demo_doc(2)
    doc["answers"]["consent"].update(scope="named_public", quotes_allowed=True)
    doc["answers"]["account"]["narrative_english"] = (
        "My cousin Rami and Umm Salma hid in house 12 with Qusay.")
    doubtful_id = vcli.ok("add", vcli.write_json("d.json", doc)).split()[0]
    out = _out(vcli)
    before = vcli.vault.read_bytes()
    proc = vcli.run("pdf", ok_id, doubtful_id, "--out", str(out))
    assert proc.returncode == 4 and proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert lines[0] == (
        "testimony: 1 of 2 statements would show words that may name someone or give an "
        "address away; read them in the record, mark what must be withheld, then run again "
        "(with --checked once they are checked). Nothing was written.")
    assert lines[1:] == ["  DEMO-0002: cousin Rami | Umm Salma | Qusay | house 12"]
    assert list(out.iterdir()) == [] and _statement_events(vcli) == []
    assert vcli.vault.read_bytes() == before  # not even a pseudonym was fixed
    # Internal statements withhold nothing, so they have nothing doubtful.
    vcli.ok("pdf", doubtful_id, "--level", "internal", "--out", str(out))
    printed = vcli.ok("pdf", ok_id, doubtful_id, "--checked", "--out", str(out)).split()
    assert printed == [str(out / f"DEMO-000{n}-public-anonymous-en.pdf") for n in (1, 2)]
