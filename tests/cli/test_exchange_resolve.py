"""A diverged record settled through the `testimony` command (`conflicts ID`, `resolve`),
and `testimony verify` re-checking every import: an import's kept manifest or an
imported revision edited in SQL outside Testimony is reported with exit code 4."""

from __future__ import annotations

import json

import pytest
from cli_harness import Cli, demo_doc, raw_connection


@pytest.fixture
def diverged(tmp_path, passphrase):
    sup, res = Cli(tmp_path / "sup", passphrase), Cli(tmp_path / "res", passphrase)
    sup.ok("init", "--name", "Supervisor", "--code-prefix", "SUP")
    res.ok("init", "--name", "Researcher", "--code-prefix", "RES")
    usb = tmp_path / "usb"
    usb.mkdir()
    sup.ok("keys", "export", "--receive", "--out", str(usb / "sup.tpub"))
    res.ok("keys", "enrol", str(usb / "sup.tpub"), "--role", "supervisor")
    res.ok("keys", "export", "--out", str(usb / "res.tpub"))
    sup.ok("keys", "enrol", str(usb / "res.tpub"), "--role", "researcher")
    rid = res.ok("add", str(res.write_json("w.json", demo_doc(2, seed=41)))).split()[0]
    res.ok("export", "--to", str(usb / "sup.tpub"), "--out", str(usb / "1.tbundle"))
    sup.ok("import", str(usb / "1.tbundle"))
    for cli, note in ((sup, " Supervisor's note."), (res, " Researcher's correction.")):
        doc = cli.show_json(rid)
        doc["answers"]["account"]["narrative_original"] += note
        cli.ok("edit", rid, str(cli.write_json("e.json", doc)), "--reason", "checked")
    res.ok("export", "--to", str(usb / "sup.tpub"), "--out", str(usb / "2.tbundle"))
    assert "1 in conflict" in sup.ok("import", str(usb / "2.tbundle"))
    return sup, res, rid


def test_conflict_shown_and_resolved_from_the_command_line(diverged):
    sup, res, rid = diverged
    text = sup.ok("conflicts", rid)
    assert "Supervisor's note." in text and "Researcher's correction." in text
    sides = json.loads(sup.ok("conflicts", rid, "--json"))
    assert sides["imported"]["revision"] == res.show_json(rid)["revision"]
    assert [c["path"] for c in sides["changes"]] == ["account.narrative_original"]

    assert "--reason" in sup.fails(2, "resolve", rid, "--keep", "imported")
    assert "not valid JSON" in sup.fails(4, "resolve", rid, "--from", _bad_json(sup),
                                         "--reason", "x")
    assert len(json.loads(sup.ok("conflicts", "--json"))) == 1

    edited = sides["local"]
    edited["answers"]["account"]["narrative_original"] = \
        sides["imported"]["answers"]["account"]["narrative_original"] + " Both."
    out = sup.ok("resolve", rid, "--from", str(sup.write_json("both.json", edited)),
                 "--reason", "both kept")
    assert out.startswith(f"Resolved {rid}: revision 3 ")
    shown = sup.show_json(rid)
    assert shown["answers"]["account"]["narrative_original"].endswith("correction. Both.")
    assert shown["reason"].endswith(": both kept")
    assert len(sup.history_json(rid)) == 4  # both branches and the resolution
    assert "No conflicts." in sup.ok("conflicts")
    assert "no open conflict" in sup.fails(1, "resolve", rid, "--keep", "local",
                                          "--reason", "again")
    assert "Vault verified" in sup.ok("verify")


def test_merge_field_by_field_from_the_command_line(diverged):
    sup, res, rid = diverged
    doc = sup.show_json(rid)  # one more field changed here only, after the import
    doc["answers"]["account"]["observations"] = "Calm, precise."
    sup.ok("edit", rid, str(sup.write_json("o.json", doc)), "--reason", "observed")
    text = sup.ok("conflicts", rid)
    assert "account.narrative_original: CHANGED ON BOTH SIDES" in text
    assert "account.observations: changed here" in text
    plan = json.loads(sup.ok("conflicts", rid, "--json"))["merge"]
    assert {(i["key"], i["default"]) for i in plan} == {
        ("account.narrative_original", None), ("account.observations", "local")}

    before = sup.vault.read_bytes()
    refused = sup.fails(1, "resolve", rid, "--merge", "--reason", "merge")
    assert "Both sides changed account.narrative_original since" in refused
    assert "--take FIELD=local" in refused
    assert "not 'mine'" in sup.fails(1, "resolve", rid, "--merge", "--reason", "m",
                                     "--take", "account.narrative_original=mine")
    assert "does not differ" in sup.fails(1, "resolve", rid, "--merge", "--reason", "m",
                                          "--take", "witness.sex=local")
    assert "with --merge" in sup.fails(1, "resolve", rid, "--keep", "local", "--reason",
                                       "m", "--take", "account.observations=local")
    assert "FIELD=local" in sup.fails(1, "resolve", rid, "--merge", "--reason", "m",
                                      "--take", "account.observations")
    assert sup.vault.read_bytes() == before

    out = sup.ok("resolve", rid, "--merge", "--reason", "both looked at",
                 "--take", "account.narrative_original=imported")
    assert out.startswith(f"Resolved {rid}: revision 4 ")
    shown = sup.show_json(rid)
    account = shown["answers"]["account"]
    assert account["narrative_original"].endswith("Researcher's correction.")
    assert account["observations"] == "Calm, precise."
    assert "No conflicts." in sup.ok("conflicts")
    assert "Vault verified" in sup.ok("verify")


def _bad_json(cli: Cli) -> str:
    path = cli.inbox / "broken.json"
    path.write_text("{not json", "utf-8")
    return str(path)


@pytest.mark.parametrize("tamper, expected", [
    ("UPDATE imports SET sequence = sequence + 7", "differs from its manifest"),
    ("UPDATE imports SET manifest = CAST(replace(CAST(manifest AS TEXT), '\"sequence\":1',"
     " '\"sequence\":9') AS BLOB) WHERE sequence = 1", "no longer verifies"),
    ("UPDATE revision_provenance SET bundle_id = (SELECT bundle_id FROM imports"
     " ORDER BY sequence LIMIT 1)", "is not in the bundle"),
    ("UPDATE revisions SET body = CAST(replace(CAST(body AS TEXT), 'Researcher''s',"
     " 'Someone''s') AS BLOB) WHERE hash IN (SELECT revision FROM revision_provenance)",
     "altered after it was imported"),
])
def test_verify_rechecks_imports(diverged, tamper, expected):
    sup, _, _ = diverged
    assert "Vault verified" in sup.ok("verify")
    conn = raw_connection(sup.vault, sup.passphrase)
    try:
        assert conn.execute(tamper).rowcount >= 1
    finally:
        conn.close()
    sup.fails(4, "verify")
    report = json.loads(sup.run("verify", "--json").stdout)
    assert report["ok"] is False
    assert any(expected in p for p in report["problems"]), report["problems"]
