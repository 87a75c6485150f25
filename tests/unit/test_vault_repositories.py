"""The vault's repositories: what is written through one transaction commits together or
not at all, a transaction sees its own writes, and nothing is written outside one."""

from __future__ import annotations

import random

import pytest

from testimony_app.demo import demo_record
from testimony_app.vault import RecordNotFound, Vault, VaultError


def _two_records(vault: Vault) -> tuple[str, str]:
    """Two records' ids, in the order they were added."""
    a, b = (vault.add(demo_record(n, random.Random(5))).id for n in (1, 2))
    return a, b


def test_writes_through_one_transaction_commit_together(vault):
    a, b = sorted(_two_records(vault))
    before = vault.audit_count()
    with vault.transaction() as tx:
        tx.links.decide(a, b, "distinct")
        assert tx.links.decided_pairs() == {(a, b)}  # the transaction sees its own write
        tx.audit.append("witness_link", a, {"other": b, "relation": "distinct"})
    assert vault.links.decided_pairs() == {(a, b)}
    assert [x["relation"] for x in vault.links.all()] == ["distinct"]
    assert vault.audit_count() == before + 1
    assert vault.audit_events(a)[-1].action == "witness_link"
    assert vault.verify() == []  # the audit head was signed with the transaction


def test_a_failed_transaction_leaves_nothing(vault):
    a, b = sorted(_two_records(vault))
    before = vault.audit_count()
    with pytest.raises(RecordNotFound):
        with vault.transaction() as tx:
            tx.links.decide(a, b, "same")
            tx.audit.append("witness_link", a, {"other": b, "relation": "same"})
            tx.records.head("00000000-0000-0000-0000-000000000000")  # refuses: rolled back
    assert vault.links.decided_pairs() == set() and vault.audit_count() == before
    assert vault.verify() == []


def test_repositories_of_the_vault_only_read(vault):
    a, b = sorted(_two_records(vault))
    with pytest.raises(RuntimeError, match="only inside vault.transaction"):
        vault.links.decide(a, b, "same")
    with pytest.raises(RuntimeError, match="only inside vault.transaction"):
        vault.audit.append("witness_link", a, {})
    with pytest.raises(RuntimeError, match="only inside vault.transaction"):
        vault.records.index_at_commit(1, "text")
    assert vault.links.all() == []


def test_a_transaction_ended_is_not_written_through(vault):
    a, b = sorted(_two_records(vault))
    with vault.transaction() as tx:
        tx.records.head(a)
    with pytest.raises(RuntimeError, match="transaction has ended"):
        tx.links.decide(a, b, "same")  # it would be written outside any transaction
    with pytest.raises(RuntimeError, match="transaction has ended"):
        tx.records.ids()
    assert vault.links.all() == []
    with pytest.raises(RuntimeError, match="transaction of its own"):
        with vault.transaction() as tx:
            tx.pseudonyms.for_statement(a, vault.get(a).answers)


def test_reads_name_what_they_mean(vault):
    a, b = _two_records(vault)
    head = vault.get(a)
    assert vault.records.head(a).revision == head.revision
    assert vault.records.head_of(a) == head.revision and vault.records.head_of("x") is None
    assert vault.records.ids() == {a, b} == set(vault.records.heads())
    assert vault.records.revision(head.revision).answers == head.answers
    assert vault.records.present([head.revision, "0" * 64]) == {head.revision}
    assert vault.records.ancestry(head.revision) == [(head.revision, 1)]
    codes = vault.records.codes()
    assert set(codes) == {a, b} and vault.records.codes([a]) == {a: codes[a]}
    assert vault.records.codes([]) == {}
    assert vault.conflicts.open() == [] and vault.imports.all() == []
    assert vault.handins.next_sequence() == 1
    assert vault.handins.pending(["f" * 64]) == [a, b]  # nothing handed in: both, in order


def test_the_connection_is_not_public(vault):
    assert not hasattr(vault, "conn")
    vault.close()
    with pytest.raises(VaultError, match="locked"):
        vault.records.ids()
