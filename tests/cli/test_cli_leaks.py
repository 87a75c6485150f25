"""Failures while a testimony is open must not spill it: no marker, no passphrase, no
traceback in what the command prints, whatever goes wrong inside.

Each case opens a record holding unique markers (a witness's name, the narrative, the
wording of an instruction) and then fails: an invalid amendment, a missing revision,
a full disk under stdout, a terminal that cannot show Arabic, and a stored revision
damaged so that displaying it raises inside the display code.
"""

from __future__ import annotations

import json
import secrets

import pytest
from cli_harness import Cli, demo_doc, raw_connection, with_vault


@pytest.fixture
def marked(tmp_path, passphrase):
    cli = with_vault(Cli(tmp_path, passphrase))
    tag = secrets.token_hex(5).upper()
    markers = [f"CANARYx7QLEAK{tag}", f"كناريتسرب{tag}"]
    doc = demo_doc(2)
    doc["answers"]["witness"]["full_name"]["given"] = markers[0]
    doc["answers"]["account"]["narrative_original"] += f" {markers[1]} {markers[0]}"
    doc["answers"]["instructions"]["instructions"][0]["words_original"] = markers[1]
    record_id = cli.ok("add", cli.write_json("in.json", doc)).split()[0]
    assert markers[1] in cli.ok("show", record_id)
    return cli, record_id, markers


def _no_leak(proc, markers, code: int) -> str:
    assert proc.returncode == code, proc.stderr
    for marker in markers:
        assert marker not in proc.stderr, "testimony on stderr"
    lines = proc.stderr.splitlines()
    assert lines and lines[0].startswith("testimony: ")
    return lines[0]


def test_invalid_amendment_does_not_echo_the_record(marked):
    cli, record_id, markers = marked
    doc = cli.show_json(record_id)
    doc["answers"]["witness"]["sex"] = "unknown_value"
    doc["answers"]["witness"]["shoe_size"] = 44
    path = cli.write_json("bad.json", doc)
    proc = cli.run("edit", record_id, path, "--reason", f"fix {markers[0]}")
    assert "questionnaire: witness." in _no_leak(proc, markers, 4)
    proc = cli.run("edit", record_id, path)
    _no_leak(proc, markers, 4)
    doc["status"] = "draft"
    proc = cli.run("edit", record_id, cli.write_json("draft.json", doc), "--reason", "x")
    _no_leak(proc, markers, 4)


def test_missing_revision_and_unreadable_input(marked):
    cli, record_id, markers = marked
    # Longer than any hash, so only a (missing) revision number.
    _no_leak(cli.run("show", record_id, "--revision", "9" * 65), markers, 1)
    _no_leak(cli.run("show", record_id, "--revision", "not-a-hash"), markers, 1)
    broken = cli.inbox / "broken.json"
    broken.write_text(f'{{"answers": {{"account": "{markers[1]}" ', "utf-8")
    _no_leak(cli.run("edit", record_id, broken), markers, 4)


def test_output_failures_while_printing_a_record(marked):
    cli, record_id, markers = marked
    with open("/dev/full", "w") as full:
        proc = cli.run("show", record_id, stdout=full)
    assert "No space left" in _no_leak(proc, markers, 1)
    with open("/dev/full", "w") as full:
        proc = cli.run("show", record_id, "--json", stdout=full)
    _no_leak(proc, markers, 1)

    proc = cli.run("show", record_id, env={"PYTHONIOENCODING": "ascii"})
    assert "UTF-8 locale" in _no_leak(proc, markers, 1)
    assert markers[1] not in proc.stdout


def test_a_damaged_revision_fails_without_a_traceback(marked):
    cli, record_id, markers = marked
    conn = raw_connection(cli.vault, cli.passphrase)
    try:
        head, body = conn.execute(
            "SELECT v.hash, v.body FROM records r JOIN revisions v ON v.hash = r.head"
            " WHERE r.id = ?", (record_id,)).fetchone()
        doc = json.loads(body)
        # Rows that are not objects: the display code fails on them, holding the record.
        doc["answers"]["people"]["people"] = [markers[0], markers[1]]
        conn.execute("UPDATE revisions SET body = ? WHERE hash = ?",
                     (json.dumps(doc, ensure_ascii=False).encode("utf-8"), head))
    finally:
        conn.close()

    line = _no_leak(cli.run("show", record_id), markers, 1)
    assert line.endswith("nothing more was changed.") or "does not match" in line
    verify = cli.run("verify")
    assert verify.returncode == 4
    assert f"Revision {head[:12]} does not match its hash." in verify.stdout
