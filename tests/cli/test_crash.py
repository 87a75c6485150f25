"""kill -9 during a bulk add of thousands of records: the vault must stay whole.

A child process adds 5,000 fictional interviews through Vault.add_many (one transaction
per batch) and reports each record as the vault reads it, so the parent can kill it with
SIGKILL in the middle of a batch. Afterwards the vault opens, verifies clean, holds only
whole batches, and every stored record is whole: its head revision exists, hashes to its
name, validates against its questionnaire, and is in the search index.
"""

from __future__ import annotations

import time

import pytest
from cli_harness import ChildLines, Cli, kill_9, running_child, with_vault

TOTAL, BATCH, KILL_AFTER = 5000, 500, 2250

# Progress is printed as the vault reads each record's answers, which it does inside the
# batch's transaction; "committed" lines come once a batch is stored.
_BULK_WRITER = """
import os, sys
from testimony_app.demo import demo_records
from testimony_app.vault import Vault

path, total, batch = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])

class Reported(dict):
    n = 0
    def get(self, key, default=None):
        if key == "answers":
            print("adding", self.n, flush=True)
        return super().get(key, default)

def docs():
    for n, doc in enumerate(demo_records(total, seed=11), 1):
        doc = Reported(doc)
        doc.n = n
        yield doc
        if n % batch == 0:
            print("committed", n, flush=True)

with Vault.open(path, os.environ["TESTIMONY_PASSPHRASE"]) as vault:
    vault.add_many(docs(), batch=batch)
print("finished", flush=True)
"""


@pytest.fixture
def cli(tmp_path, passphrase) -> Cli:
    return with_vault(Cli(tmp_path, passphrase))


def test_kill_9_mid_batch_leaves_only_whole_records(cli):
    from testimony_app.form import errors_of, get_form, validate
    from testimony_app.vault import Vault
    from testimony_app.vault.canonical import sha256_hex

    with running_child(_BULK_WRITER, str(cli.vault), str(TOTAL), str(BATCH),
                       env=cli.env()) as child:
        reader, committed = ChildLines(child), 0
        deadline = time.monotonic() + 120
        while True:
            line = reader.next_line(deadline)
            assert line not in (None, "finished"), child.stderr.read().decode()
            word, n = line.split()
            if word == "committed":
                committed = int(n)
            elif int(n) >= KILL_AFTER:
                break
        # The child is reading record KILL_AFTER inside its batch's open transaction.
        kill_9(child)
    assert committed == KILL_AFTER // BATCH * BATCH

    with Vault.open(cli.vault, cli.passphrase) as vault:
        count = vault.count()
        # The batch being written is absent (or, had it committed before the signal
        # landed, whole): never a part of one.
        assert count % BATCH == 0 and committed <= count < TOTAL
        assert vault.verify() == []

        conn = vault._conn
        rows = conn.execute(
            "SELECT r.rowid, r.id, r.head, v.hash, v.body FROM records r"
            " LEFT JOIN revisions v ON v.hash = r.head").fetchall()
        assert len(rows) == count
        assert conn.execute("SELECT count(*) FROM revisions").fetchone()[0] == count
        assert conn.execute("SELECT count(*) FROM search").fetchone()[0] == count
        indexed = {-r[0] for r in conn.execute("SELECT rowid FROM search")}
        assert indexed == {r[0] for r in rows}

        summaries = vault.list_records(limit=count + 1)
        assert len(summaries) == count
        codes = sorted(s.code for s in summaries)
        assert codes == [f"DEMO-{n:04d}" for n in range(1, count + 1)]
        english = 0
        for _rowid, record_id, head, found, body in rows:
            assert found == head and sha256_hex(body) == head, record_id
            record = vault.get(record_id)
            form = get_form(record.form_id, record.form_version)
            _, problems = validate(form, record.answers, complete=True)
            assert errors_of(problems) == [], record_id
            english += "FICTIONAL DEMONSTRATION RECORD" in \
                record.answers["account"]["narrative_original"]
        # The index answers for every record it should: the English half says FICTIONAL.
        assert len(vault.search("fictional demonstration", limit=count + 1)) == english
        assert english == count // 2

        # And the vault takes new records after the crash.
        from testimony_app.demo import demo_records

        assert vault.add_many(demo_records(3, seed=2, start=count + 1)) == 3
        assert vault.count() == count + 3 and vault.verify() == []
