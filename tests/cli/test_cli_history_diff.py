"""`testimony history ID --diff A B`: what changed between two revisions, end to end."""

from __future__ import annotations

import json

import pytest
from cli_harness import Cli, demo_doc, with_vault


@pytest.fixture
def vcli(tmp_path, passphrase) -> Cli:
    return with_vault(Cli(tmp_path, passphrase))


def test_history_diff_lists_changed_fields(vcli):
    doc = demo_doc(1)
    record_id = vcli.ok("add", vcli.write_json("a.json", doc)).split()[0]
    head = vcli.show_json(record_id)
    changed = {"status": "complete", "answers": json.loads(json.dumps(head["answers"]))}
    old_date = changed["answers"]["incident"]["date"]
    changed["answers"]["incident"]["date"] = "2017-03-18"
    changed["answers"]["witness"]["occupation"] = "Baker"
    vcli.ok("edit", record_id, vcli.write_json("b.json", changed), "--reason", "date fixed")

    text = vcli.ok("history", record_id, "--diff", "1", "2", "--lang", "en")
    assert text.splitlines()[0] == "Revision 1 -> 2: 2 change(s)"
    assert f"{old_date} -> 2017-03-18" in text
    assert "(empty) -> Baker" in text
    found = json.loads(vcli.ok("history", record_id, "--diff", "1", "2", "--json"))
    assert [c["path"] for c in found] == ["witness.occupation", "incident.date"]
    assert vcli.ok("history", record_id, "--diff", "2", "2").startswith(
        "Revision 2 -> 2: 0 change(s)")
    assert "has no revision 9" in vcli.fails(1, "history", record_id, "--diff", "1", "9")
