"""End-to-end: every exit code of the `testimony` command, and how its errors read.

0 ok, 1 error, 2 usage, 3 wrong passphrase or not a vault, 4 validation or verification
failure. Each failure is one line on stderr (a validation failure may list further
problems indented under it), never a traceback, never a passphrase (the harness checks
the last two on every run).
"""

from __future__ import annotations

import sqlite3
import subprocess

import pytest
from cli_harness import TESTIMONY, Cli, demo_doc, with_vault

WRONG = "a wrong but plausible passphrase ' مع كلمات"


@pytest.fixture
def cli(tmp_path, passphrase) -> Cli:
    cli = Cli(tmp_path, passphrase)
    cli.secrets.add(WRONG)
    return cli


@pytest.fixture
def vcli(cli) -> Cli:
    return with_vault(cli)


# -- 2: usage --------------------------------------------------------------------------

@pytest.mark.parametrize("args, expected", [
    (["frobnicate"], "invalid choice: 'frobnicate'"),
    ([], "required: COMMAND"),
    (["show"], "required: id"),
    (["edit", "some-id"], "required: file"),
    (["show", "x", "--lang", "fr"], "argument --lang: invalid choice: 'fr'"),
    (["list", "--limit", "many"], "invalid int value"),
    (["demo", "--count", "0"], "--count must be between"),
])
def test_usage_errors_exit_2(vcli, args, expected):
    assert expected in vcli.fails(2, *args)


def test_no_passphrase_and_no_terminal_exits_2(vcli):
    message = vcli.fails(2, "list", env={"TESTIMONY_PASSPHRASE": None})
    assert "--passphrase-file" in message and "TESTIMONY_PASSPHRASE" in message
    assert "Cannot read the passphrase file" in vcli.fails(
        2, "--passphrase-file", vcli.inbox / "missing.txt", "list")


# -- 3: wrong passphrase, not a vault ----------------------------------------------------

def test_wrong_or_empty_passphrase_exits_3(vcli):
    assert "Wrong passphrase" in vcli.fails(3, "list", env={"TESTIMONY_PASSPHRASE": WRONG})
    assert "Wrong passphrase" in vcli.fails(3, "info", env={"TESTIMONY_PASSPHRASE": ""})
    # A passphrase differing only by its quote is a different passphrase.
    near = vcli.passphrase.replace("'", "''")
    vcli.secrets.add(near)
    assert "Wrong passphrase" in vcli.fails(3, "list", env={"TESTIMONY_PASSPHRASE": near})
    assert vcli.list_json() == []  # and the right one still opens it


def _not_a_vault(cli: Cli, kind: str):
    path = cli.inbox / f"{kind}.vault"
    if kind == "folder":
        path.mkdir()
    elif kind == "random":
        path.write_bytes(bytes(range(256)) * 64)  # whole pages, like an encrypted file
    elif kind == "sqlite":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE records (id TEXT)")
        conn.commit()
        conn.close()
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("not a vault at all\n", "utf-8")
    return path


@pytest.mark.parametrize("kind, expected", [
    ("folder", "is a folder"),
    ("random", "Wrong passphrase"),  # indistinguishable from an encrypted file
    ("sqlite", "unencrypted SQLite database"),
    ("empty", "is empty"),
    ("text", "not a Testimony vault"),
    ("missing", "No vault at"),
])
def test_not_a_vault_exits_3(cli, kind, expected):
    path = _not_a_vault(cli, kind)
    before = path.read_bytes() if path.is_file() else None
    assert expected in cli.fails(3, "list", vault=path)
    # Nothing was written to it, and no new file appeared beside it.
    assert (path.read_bytes() if path.is_file() else None) == before
    assert not list(cli.inbox.glob(f"{kind}.vault-*"))


# -- 4: validation and verification ------------------------------------------------------

def test_records_that_do_not_fit_the_questionnaire_exit_4(vcli):
    bad_choice = demo_doc(1)
    bad_choice["answers"]["witness"]["sex"] = "zebra"
    line = vcli.fails(4, "add", vcli.write_json("choice.json", bad_choice), details=True)
    assert "does not fit the questionnaire: witness.sex" in line

    unknown = demo_doc(1)
    unknown["answers"]["witness"]["shoe_size"] = 44
    unknown["answers"]["incident"]["weather"] = "rain"
    proc = vcli.run("add", vcli.write_json("unknown.json", unknown))
    assert proc.returncode == 4
    first, *rest = proc.stderr.splitlines()
    assert "is not a field of this questionnaire (and 1 more)" in first
    assert len(rest) == 1 and rest[0].startswith("  ") and "is not a field" in rest[0]

    version = demo_doc(1) | {"form_id": "interview", "form_version": 99}
    assert "version 99" in vcli.fails(4, "add", vcli.write_json("v99.json", version))
    assert "not a record key" in vcli.fails(
        4, "add", vcli.write_json("key.json", demo_doc(1) | {"colour": "red"}))
    assert "must be a JSON object" in vcli.fails(4, "add", vcli.write_json("list.json", [1]))
    assert vcli.list_json() == []  # nothing was stored by any of them


def test_an_answer_its_condition_hides_is_refused_not_dropped(vcli):
    """A document written by hand that answers a question which does not apply (the date
    consent was withdrawn while the scope is not "withdrawn"; an "other" text beside a
    listed choice; an interpreter's name with no interpreter) is refused: the editor hides
    such a field as it is typed, but nobody would see it vanish from a file."""
    doc = demo_doc(1)
    doc["answers"]["consent"]["withdrawn_at"] = "2017-06-01T10:00:00+03:00"
    assert doc["answers"]["consent"]["scope"] != "withdrawn"
    line = vcli.fails(4, "add", vcli.write_json("withdrawn.json", doc), details=True)
    assert "consent.withdrawn_at" in line and "applies only when" in line
    assert vcli.list_json() == []

    record_id = vcli.ok("add", vcli.write_json("ok.json", demo_doc(1))).split()[0]
    before = vcli.history_json(record_id)
    for path, value in ((("consent", "withdrawn_at"), "2017-06-01T10:00:00+03:00"),
                        (("interview", "place_type_other"), "a tent"),
                        (("interview", "interpreter_name"), "Someone")):
        edited = vcli.show_json(record_id)
        edited["answers"]["interview"].update(interpreter_used=False, place_type="home")
        edited["answers"][path[0]][path[1]] = value
        line = vcli.fails(4, "edit", record_id, vcli.write_json("e.json", edited),
                          "--reason", "test", details=True)
        assert ".".join(path) in line
    assert vcli.history_json(record_id) == before
    no_choice = vcli.show_json(record_id)
    no_choice["answers"]["interview"]["place_type_other"] = "a tent"  # and no place chosen
    assert "place_type_other" in vcli.fails(4, "edit", record_id, vcli.write_json(
        "n.json", no_choice), "--reason", "test", details=True)
    assert vcli.history_json(record_id) == before

    withdrawn = demo_doc(1)
    withdrawn["answers"]["consent"].update(scope="withdrawn",
                                           withdrawn_at="2017-06-01T10:00:00+03:00")
    vcli.ok("add", vcli.write_json("w2.json", withdrawn))


def test_invalid_json_exits_4(vcli):
    broken = vcli.inbox / "broken.json"
    broken.write_text('{"answers": {\n  "witness": }', "utf-8")
    assert "not valid JSON (line 2)" in vcli.fails(4, "add", broken)
    latin1 = vcli.inbox / "latin1.json"
    latin1.write_bytes('{"answers": {"account": {"narrative_original": "café"}}}'
                       .encode("latin-1"))
    assert "not UTF-8" in vcli.fails(4, "add", latin1)
    vcli.ok("demo", "--count", "1")
    record_id = vcli.list_json()[0]["id"]
    assert "not valid JSON" in vcli.fails(4, "edit", record_id, broken)


def test_json_from_stdin_and_with_a_byte_order_mark(vcli):
    import json

    doc = json.dumps(demo_doc(3), ensure_ascii=False)
    assert vcli.ok("add", "-", input=doc).split()[1] == "DEMO-0003"
    bom = vcli.inbox / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + json.dumps(demo_doc(5)).encode("utf-8"))
    assert vcli.ok("add", bom).split()[1] == "DEMO-0005"


def test_weak_passphrase_at_init_exits_4(cli):
    cli.secrets.add("password1234")
    for weak in ("password1234", "short", ""):
        assert "too weak" in cli.fails(4, "init", "--code-prefix", "MOS",
                                       env={"TESTIMONY_PASSPHRASE": weak})
    assert not cli.vault.exists() and not list(cli.vault_dir.iterdir())


# -- 1: errors -------------------------------------------------------------------------

def test_errors_exit_1(vcli):
    vcli.ok("demo", "--count", "1")
    record_id = vcli.list_json()[0]["id"]
    # Longer than any hash, so it cannot be read as a hash prefix: only as a number.
    missing = "7" * 65
    assert f"no revision {missing}" in vcli.fails(1, "show", record_id, "--revision", missing)
    assert "no revision not-a-hash" in vcli.fails(1, "show", record_id, "--revision",
                                                   "not-a-hash")
    assert "No record" in vcli.fails(1, "show", "zzzz")
    assert "No record" in vcli.fails(1, "history", "DEMO-9999")
    other = demo_doc(1) | {"id": "3f1c1f58-3a4c-4a8e-9d0e-2f3b4c5d6e7f"}
    assert "another record" in vcli.fails(
        1, "edit", record_id, vcli.write_json("other.json", other))
    assert "cannot use" in vcli.fails(1, "add", vcli.inbox / "absent.json")
    existing = vcli.show_json(record_id)
    assert "already exists" in vcli.fails(
        1, "add", vcli.write_json("again.json", existing))
    assert "not a file" in vcli.fails(1, "attach", record_id, vcli.inbox)
    assert len(vcli.history_json(record_id)) == 1


def test_output_cut_short_is_quiet(vcli):
    """`testimony list --json | head -c 10`: the reader leaving is not an error."""
    vcli.ok("demo", "--count", "400")  # more JSON than a pipe holds
    proc = subprocess.Popen(
        [str(TESTIMONY), "--vault", str(vcli.vault), "list", "--json", "--limit", "400"],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=vcli.env(),
    )
    assert proc.stdout.read(5) == b'[\n  {'
    proc.stdout.close()
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert err == b""


def test_a_complete_record_breaking_a_questionnaire_rule_exits_4_and_a_draft_is_kept(vcli):
    doc = demo_doc(1)
    doc["answers"]["incident"].update(sheltering_min=35, sheltering_max=20)
    line = vcli.fails(4, "add", vcli.write_json("estimates.json", doc))
    assert "incident.sheltering_max: The highest estimate cannot be lower than the lowest" \
        in line
    assert vcli.list_json() == []
    doc["status"] = "draft"  # the witness said so: kept until it is checked
    record_id = vcli.ok("add", vcli.write_json("draft.json", doc)).split()[0]
    assert [r["id"] for r in vcli.list_json()] == [record_id]
