"""End-to-end: creating a vault and working with records through the `testimony` command.

Each test drives the installed command in subprocesses, as a researcher would, and checks
what it prints and what it stored. It never calls the command's code in-process.
"""

from __future__ import annotations

import json

import pytest
from cli_harness import Cli, demo_doc, raw_connection, with_vault


@pytest.fixture
def cli(tmp_path, passphrase) -> Cli:
    return Cli(tmp_path, passphrase)


@pytest.fixture
def vcli(cli) -> Cli:
    return with_vault(cli)


def _draft(narrative: str) -> dict:
    return {"status": "draft", "answers": {
        "witness": {"full_name": {"given": "Layla", "family": "al-Tai"}},
        "account": {"narrative_original": narrative},
    }}


def test_init_creates_an_encrypted_vault_with_its_identity(cli):
    out = cli.ok("init", "--name", "Test Researcher", "--code-prefix", "mos")
    assert f"Created vault {cli.vault}" in out
    shown = out.split("Identity fingerprint: ", 1)[1].split()
    assert len(shown) == 8 and all(len(group) == 4 for group in shown)
    assert cli.vault.read_bytes()[:16] != b"SQLite format 3\x00"

    info = json.loads(cli.ok("info", "--json"))
    assert info["researcher"] == "Test Researcher"
    assert info["records"] == 0 and info["audit_events"] >= 1
    assert info["fingerprint"].startswith("".join(shown))
    text = cli.ok("info")
    assert f"Identity {' '.join(shown)}" in text and "Records 0" in text

    # A vault is never written over.
    assert "already exists" in cli.fails(1, "init", "--code-prefix", "MOS")
    assert json.loads(cli.ok("info", "--json"))["fingerprint"] == info["fingerprint"]


def test_default_vault_path_and_passphrase_file(cli):
    phrase_file = cli.inbox / "phrase.txt"
    phrase_file.write_text(cli.passphrase + "\n", "utf-8")
    no_env = {"TESTIMONY_PASSPHRASE": None}
    # Without --vault the vault goes to the user data dir, which honours XDG_DATA_HOME.
    cli.ok("--passphrase-file", phrase_file, "init", "--code-prefix", "MOS", vault=False,
           env=no_env)
    default = cli.data / "Testimony" / "testimony.vault"
    assert default.is_file()
    assert json.loads(cli.ok("--passphrase-file", phrase_file, "info", "--json",
                             vault=False, env=no_env))["path"] == str(default)
    # TESTIMONY_VAULT names the vault too.
    cli.ok("demo", "--count", "1", vault=False, env={"TESTIMONY_VAULT": str(default)})
    assert json.loads(cli.ok("info", "--json", vault=default))["records"] == 1


def test_demo_list_and_show(vcli):
    assert "Added 3 fictional" in vcli.ok("demo", "--count", "3", "--seed", "5")
    rows = vcli.list_json()
    assert [r["code"] for r in rows] == ["DEMO-MOS-0003", "DEMO-MOS-0002", "DEMO-MOS-0001"]
    assert set(rows[0]) == {"id", "code", "title", "status", "incident_date", "researcher",
                            "author", "updated_at"}
    assert all(r["title"] and r["status"] == "complete" for r in rows)
    lines = vcli.ok("list").splitlines()
    assert len(lines) == 3 and lines[0].startswith(rows[0]["id"])

    # Records are found by interview code as well as by id (or a unique id prefix).
    english = vcli.ok("show", "DEMO-MOS-0001")
    assert english.startswith(f"{rows[2]['id']}  [complete]  revision 1 ")
    assert "Interview code: DEMO-MOS-0001" in english
    assert "FICTIONAL DEMONSTRATION RECORD" in english
    assert vcli.ok("show", rows[2]["id"][:8]) == english
    arabic = vcli.ok("show", "DEMO-MOS-0001", "--lang", "ar")
    assert "DEMO-MOS-0001" in arabic and arabic != english
    assert any("\u0600" <= ch <= "\u06ff" for ch in arabic.split("DEMO-MOS-0001")[0])

    # A code two records share (two researchers' MOS-0001 in a supervisor's vault) is
    # refused by every command that takes one, naming both.
    twin = demo_doc(9)
    twin["answers"]["interview"]["code"] = "DEMO-MOS-0001"
    twin_id = vcli.ok("add", vcli.write_json("twin.json", twin)).split()[0]
    for command in (["show"], ["history"], ["pdf", "--level", "internal", "--out", "o"]):
        line = vcli.fails(1, command[0], "DEMO-MOS-0001", *command[1:])
        assert "DEMO-MOS-0001 is ambiguous: it names 2 records" in line
        assert rows[2]["id"][:8] in line and twin_id[:8] in line
    assert vcli.show_json(twin_id)["id"] == twin_id

    doc = vcli.show_json("DEMO-MOS-0002")
    assert doc["id"] == rows[1]["id"] and doc["number"] == 1 and doc["parent"] is None
    assert doc["answers"]["interview"]["code"] == "DEMO-MOS-0002"
    assert doc["author_name"] == "Test Researcher" and len(doc["revision"]) == 64


def test_add_then_edit_draft_complete_and_amend(vcli):
    out = vcli.ok("add", vcli.write_json("draft.json", _draft("First words.")))
    record_id, code = out.split()
    assert code == "MOS-0001"  # the prefix given to init, upper-cased
    # A draft saves again without a reason.
    assert vcli.ok("edit", code, vcli.write_json("d2.json", _draft("Second words."))
                   ).startswith("Revision 2 ")

    complete = demo_doc(1)
    complete["answers"]["interview"]["code"] = code
    assert vcli.ok("edit", record_id, vcli.write_json("c.json", complete)
                   ).startswith("Revision 3 ")

    changed = json.loads(json.dumps(complete))
    changed["answers"]["account"]["narrative_original"] += " A later correction."
    path = vcli.write_json("amend.json", changed)
    message = vcli.fails(1, "edit", record_id, path)
    assert "needs a reason" in message
    assert len(vcli.history_json(record_id)) == 3

    assert vcli.ok("edit", record_id, path, "--reason", "corrected a date"
                   ).startswith("Revision 4 ")
    history = vcli.history_json(record_id)
    assert [h["number"] for h in history] == [1, 2, 3, 4]
    assert [h["status"] for h in history] == ["draft", "draft", "complete", "complete"]
    assert history[3]["reason"] == "corrected a date" and history[2]["reason"] is None
    assert [h["parent"] for h in history[1:]] == [h["hash"] for h in history[:-1]]
    text = vcli.ok("history", record_id).splitlines()
    assert len(text) == 4 and text[3].endswith("reason: corrected a date")

    head = vcli.show_json(record_id)
    assert head["number"] == 4 and head["revision"] == history[3]["hash"]
    assert head["answers"]["account"]["narrative_original"].endswith("A later correction.")
    first = vcli.show_json(record_id, "--revision", "1")
    assert first["status"] == "draft"
    assert first["answers"]["account"]["narrative_original"] == "First words."
    assert "First words." in vcli.ok("show", record_id, "--revision", "1")
    by_hash = vcli.show_json(record_id, "--revision", history[1]["hash"][:10])
    assert by_hash["answers"]["account"]["narrative_original"] == "Second words."


def test_search_matches_arabic_spelling_variants(vcli):
    doc = demo_doc(2)
    # Names the demonstration data never uses, stored with diacritics.
    doc["answers"]["witness"]["full_name"] = {"given": "أُسامة", "family": "الرِّفاعي"}
    record_id = vcli.ok("add", vcli.write_json("ar.json", doc)).split()[0]
    vcli.ok("add", vcli.write_json("en.json", demo_doc(3)))

    # Without diacritics, plain alef, ha for ta marbuta: all find the stored spelling.
    for query in ("اسامه", "أسامة", "الرفاعي", "اسامة الرفاعى"):
        lines = vcli.ok("search", query).splitlines()
        assert [line.split()[0] for line in lines] == [record_id], query
    found = json.loads(vcli.ok("search", "اسامه", "--json"))
    assert [r["id"] for r in found] == [record_id]
    assert vcli.ok("search", "اسامه قنديل") == ""


def test_show_json_round_trips_into_add_and_edit(vcli, tmp_path):
    vcli.ok("demo", "--count", "2", "--seed", "3")
    record_id = vcli.list_json()[0]["id"]
    exported = vcli.ok("show", record_id, "--json")
    path = vcli.inbox / "exported.json"
    path.write_text(exported, "utf-8")
    original = json.loads(exported)

    # Unchanged, the same record: nothing to amend, so no reason is needed either.
    assert vcli.ok("edit", record_id, path).startswith("Nothing changed")
    assert vcli.ok("edit", record_id, path, "--reason", "x").startswith("Nothing changed")
    assert len(vcli.history_json(record_id)) == 1

    other = Cli(tmp_path / "second", vcli.passphrase)
    with_vault(other)
    assert other.ok("add", path).split()[0] == record_id
    copied = other.show_json(record_id)
    for key in ("id", "form_id", "form_version", "status", "answers", "marks"):
        assert copied[key] == original[key], key
    assert copied["author"] != original["author"]  # the second vault's own identity


def test_attach_and_extract(vcli):
    vcli.ok("demo", "--count", "1")
    record_id = vcli.list_json()[0]["id"]
    content = bytes(range(256)) * 4096 + b"tail"  # over 1 MiB: several chunks
    source = vcli.inbox / "photo.jpg"
    source.write_bytes(content)
    att_id, _, sha, size, _ = vcli.ok("attach", record_id, source).split()
    import hashlib

    assert sha == hashlib.sha256(content).hexdigest() and int(size) == len(content)
    record = vcli.show_json(record_id)
    assert record["number"] == 2 and record["reason"] == "attachment added"
    assert [a["id"] for a in record["attachments"]] == [att_id]
    rows = record["answers"]["attachments"]["attachments"]
    assert rows == [{"file": att_id, "kind": "photo", "original_name": "photo.jpg",
                     "sha256": sha}]
    assert f"attachment {att_id}  photo.jpg  {len(content)} bytes" in vcli.ok("show", record_id)

    out = vcli.inbox / "out.bin"
    assert f"sha256 {sha}" in vcli.ok("extract", att_id, out)
    assert out.read_bytes() == content
    assert "already exists" in vcli.fails(1, "extract", att_id, out)
    assert "not a file" in vcli.fails(1, "attach", record_id, vcli.inbox / "missing.jpg")
    assert vcli.fails(1, "extract", "no-such-attachment", vcli.inbox / "x.bin")


def test_delete_needs_yes_without_a_terminal(vcli):
    vcli.ok("demo", "--count", "2")
    keep, gone = (r["id"] for r in vcli.list_json())
    assert "--yes" in vcli.fails(2, "delete", gone)
    assert len(vcli.list_json()) == 2
    assert vcli.ok("delete", gone, "--yes") == f"Deleted {gone}.\n"
    assert [r["id"] for r in vcli.list_json()] == [keep]
    assert "No record" in vcli.fails(1, "show", gone)


def test_passwd_changes_the_key(vcli):
    from cli_harness import NEW_PASSPHRASE

    vcli.ok("demo", "--count", "1")
    # A weak new passphrase is refused and the old one keeps working.
    assert "too weak" in vcli.fails(4, "passwd", env={"TESTIMONY_NEW_PASSPHRASE": "abc"})
    assert vcli.ok("passwd", env={"TESTIMONY_NEW_PASSPHRASE": NEW_PASSPHRASE}
                   ) == "Passphrase changed.\n"
    assert "Wrong passphrase" in vcli.fails(3, "list")
    rows = json.loads(vcli.ok("list", "--json",
                              env={"TESTIMONY_PASSPHRASE": NEW_PASSPHRASE}))
    assert len(rows) == 1
    assert vcli.ok("verify", env={"TESTIMONY_PASSPHRASE": NEW_PASSPHRASE})


def test_verify_finds_an_edited_audit_entry(vcli):
    vcli.ok("demo", "--count", "2")
    assert "Vault verified" in vcli.ok("verify")
    assert json.loads(vcli.ok("verify", "--json")) == {"ok": True, "problems": [],
                                                        "unsigned_revisions": 0}

    conn = raw_connection(vcli.vault, vcli.passphrase)
    try:
        # Rewrite what the log says about the first record's creation.
        changed = conn.execute(
            "UPDATE audit SET detail = '{\"status\": \"draft\"}'"
            " WHERE seq = (SELECT min(seq) FROM audit WHERE action = 'create')"
        ).rowcount
        assert changed == 1
    finally:
        conn.close()

    proc = vcli.run("verify")
    assert proc.returncode == 4
    assert proc.stderr.startswith("testimony: verification failed") and \
        len(proc.stderr.splitlines()) == 1
    assert "Audit entry 2 was altered." in proc.stdout
    report = json.loads(vcli.run("verify", "--json").stdout)
    assert report["ok"] is False and report["problems"]
