"""Plaintext canary scan: testimony must never be readable outside the encrypted vault.

Unique marker strings (ASCII and Arabic) go into a witness's name, the narrative, the
wording of instructions, an attachment's content and name. After real `testimony` runs
(add, edit, attach, search, show, list, history, extract), while a writer holds the vault
open, and after a writer is killed with SIGKILL inside a transaction, no marker may
appear in any file under the vault's folder, TMPDIR, HOME or the XDG config/data/cache
dirs, in UTF-8, UTF-16-LE or UTF-16-BE, as typed or as the search index folds it.
The user's own input files and explicit exports live in `inbox`, which is not scanned.
"""

from __future__ import annotations

import secrets
import subprocess
import time

import pytest
from cli_harness import (
    ChildLines,
    Cli,
    demo_doc,
    files_under,
    kill_9,
    running_child,
    scan_for,
    with_vault,
)

_ARABIC_LETTERS = "بتثجحخدذرزسشصضطظعغفقلمنهوي"


def _markers() -> dict[str, str]:
    """One ASCII and one Arabic marker per place, each a single search token."""
    tag = secrets.token_hex(5).upper()
    ar = "".join(secrets.choice(_ARABIC_LETTERS) for _ in range(8))
    places = {"name": "اسم", "story": "رواية", "words": "كلمات", "file": "ملف",
              "edit": "تعديل", "title": "عنوان"}
    out = {}
    for place, arabic in places.items():
        out[f"{place}_en"] = f"CANARYx7Q{place.upper()}{tag}"
        out[f"{place}_ar"] = f"كناري{arabic}{ar}"
    return out


def _record(m: dict[str, str]) -> dict:
    doc = demo_doc(2)
    answers = doc["answers"]
    answers["witness"]["full_name"]["given"] = m["name_en"]
    answers["witness"]["full_name"]["family"] = m["name_ar"]
    answers["account"]["narrative_original"] = (
        f"كنا في البيت {m['story_ar']} عندما سقطت القنبلة. {m['story_en']} was there.")
    instruction = answers["instructions"]["instructions"][0]
    instruction["words_original"] = f"ابقوا في بيوتكم {m['words_ar']}"
    instruction["words_translation"] = f"Stay in your homes {m['words_en']}"
    return doc


@pytest.fixture
def cli(tmp_path, passphrase) -> Cli:
    return with_vault(Cli(tmp_path, passphrase))


def _assert_scanner_sees(tmp_path, markers: dict[str, str]) -> None:
    """The scan itself must be able to fail: it finds markers planted on purpose."""
    control = tmp_path / "control"
    control.mkdir()
    (control / "le.bin").write_bytes(b"\x00" + markers["name_ar"].encode("utf-16-le"))
    (control / "be.bin").write_bytes(markers["story_en"].lower().encode("utf-16-be"))
    found = scan_for([control], markers)
    assert any("name_ar (utf-16-le)" in f for f in found), found
    assert any("story_en (utf-16-be)" in f for f in found), found


def test_no_marker_outside_the_vault_after_cli_use(cli, tmp_path):
    m = _markers()
    _assert_scanner_sees(tmp_path, m)

    record_id = cli.ok("add", cli.write_json("in.json", _record(m))).split()[0]
    edited = _record(m)
    edited["answers"]["account"]["narrative_english"] = (
        f"We were at home {m['edit_en']} {m['edit_ar']}.")
    assert cli.ok("edit", record_id, cli.write_json("edit.json", edited),
                  "--reason", f"added the translation {m['title_en']}").startswith("Revision")
    attachment = cli.inbox / f"{m['file_en']}-{m['title_ar']}.txt"
    attachment.write_text(f"{m['file_en']}\n{m['file_ar']}\n", "utf-8")
    att_id = cli.ok("attach", record_id, attachment).split()[0]

    # Every marker went in and comes back out through the command.
    shown = cli.ok("show", record_id)
    for key in ("name_en", "name_ar", "story_en", "story_ar", "words_en", "words_ar",
                "edit_en", "edit_ar"):
        assert m[key] in shown, key
    assert m["title_ar"] in cli.ok("show", record_id, "--json")
    for key in ("name_en", "name_ar", "story_ar", "words_en", "edit_ar"):
        assert cli.ok("search", m[key]).startswith(record_id), key
    assert m["name_en"] in cli.ok("list")
    assert m["title_en"] in cli.ok("history", record_id)
    export = cli.inbox / "export.txt"
    cli.ok("extract", att_id, export)
    assert m["file_ar"] in export.read_text("utf-8")
    assert "Vault verified" in cli.ok("verify")

    # The scan is of real files: the vault is among them, and the user's inbox shows
    # what a leak would look like.
    scanned = files_under(cli.scanned_dirs())
    assert cli.vault in scanned
    assert scan_for([cli.inbox], m)
    assert scan_for(cli.scanned_dirs(), m) == []


# The child: bulk add through Vault.add_many, one transaction per batch. The record
# numbered PAUSE_AT stops the writer while the vault reads it, that is inside the open
# transaction of its batch, and waits on stdin, which is never answered: the test scans
# the files there, then kills the child with SIGKILL.
_BULK_WRITER = """
import os, random, sys
from testimony_app.demo import demo_record
from testimony_app.vault import Vault

path, batch, pause_at, name, words = sys.argv[1:6]
batch, pause_at = int(batch), int(pause_at)

class Stalling(dict):
    def get(self, key, default=None):
        if key == "answers":
            print("paused", flush=True)
            sys.stdin.readline()
        return super().get(key, default)

def docs():
    rng = random.Random(3)
    for n in range(1, 1_000_000):
        doc = demo_record(n, rng)
        doc["answers"]["witness"]["full_name"]["given"] = name
        doc["answers"]["account"]["narrative_original"] += " " + words
        yield Stalling(doc) if n == pause_at else doc
        if n % batch == 0:
            print("committed", n, flush=True)

with Vault.open(path, os.environ["TESTIMONY_PASSPHRASE"]) as vault:
    vault.add_many(docs(), batch=batch)
"""


def test_no_marker_while_writing_nor_after_kill_9(cli, tmp_path):
    from testimony_app.vault import Vault

    m = _markers()
    needles = {"name_en": m["name_en"], "story_ar": m["story_ar"]}
    batch, pause_at = 100, 450
    with running_child(_BULK_WRITER, str(cli.vault), str(batch), str(pause_at),
                       m["name_en"], m["story_ar"], env=cli.env(), stdin=subprocess.PIPE
                       ) as child:
        lines, reader = [], ChildLines(child)
        deadline = time.monotonic() + 120
        while (line := reader.next_line(deadline)) not in ("paused", None):
            lines.append(line)
        assert line == "paused", child.stderr.read().decode()
        assert lines == [f"committed {n}" for n in range(batch, pause_at, batch)]

        # In use: committed batches sit in the -wal, a transaction is open.
        wal, shm = cli.vault.with_name(cli.vault.name + "-wal"), \
            cli.vault.with_name(cli.vault.name + "-shm")
        assert wal.stat().st_size > 100_000 and shm.exists()
        assert scan_for(cli.scanned_dirs(), needles) == []

        kill_9(child)

    # Killed: the -wal and -shm stay behind, with everything that was written.
    assert wal.stat().st_size > 100_000 and shm.exists()
    assert {wal, shm, cli.vault} <= set(files_under(cli.scanned_dirs()))
    assert scan_for(cli.scanned_dirs(), needles) == []

    with Vault.open(cli.vault, cli.passphrase) as vault:
        # Only whole batches: the one being written when the child died is absent.
        assert vault.count() == pause_at // batch * batch
        assert vault.verify() == []
        assert len(vault.search(m["name_en"], limit=1000)) == vault.count()
    assert scan_for(cli.scanned_dirs(), needles) == []
