"""Two researchers' "Witness A" of one incident meet in the supervisor's vault: their
statements must not give two witnesses one name, and a published pseudonym never changes.
Real vaults, real bundles, real PDFs read back."""

from __future__ import annotations

import io
import random

import pytest
from environment import PASSPHRASE
from exchange_parties import supervisor_key, supervisor_with

from testimony_app.demo import demo_record
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.seal import export_bundle
from testimony_app.form import get_form
from testimony_app.reports import redact
from testimony_app.reports.statement import render
from testimony_app.vault import Vault
from testimony_app.vault.pseudonyms import statement_answers, statement_pseudonym

INCIDENT = "MOSUL-2017-03-17-JADIDA"


def _witness(seed: int) -> dict:
    doc = demo_record(2, random.Random(seed))
    doc["answers"]["interview"]["incident_ref"] = INCIDENT
    doc["answers"]["consent"]["scope"] = "anonymous_public"
    return doc


@pytest.fixture
def merged(tmp_path):
    """A supervisor's vault holding one witness of the same incident from each of two
    researchers, each carrying "Witness A"; returns (supervisor, [record ids])."""
    sup, researchers = supervisor_with(tmp_path, "Layla", "Karim")
    ids = []
    for n, r in enumerate(researchers):
        record = r.add(_witness(40 + n))
        assert record.answers["witness"]["pseudonym"] == "Witness A"
        ids.append(record.id)
        export_bundle(r, [supervisor_key(r)], tmp_path / f"{n}.tbundle")
        import_bundle(sup, tmp_path / f"{n}.tbundle")
        r.close()
    yield sup, ids
    sup.close()


def _statement_text(vault, record_id: str) -> str:
    from pypdf import PdfReader

    record = vault.get(record_id)
    view = redact(get_form(record.form_id, record.form_version),
                  {"id": record.id, "revision": record.revision,
                   "answers": statement_answers(vault, record), "marks": record.marks},
                  "public-anonymous", "en")
    reader = PdfReader(io.BytesIO(render(view, "Org")))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_two_witnesses_of_one_incident_get_two_pseudonyms(merged):
    sup, (first, second) = merged
    assert "Witness A" in _statement_text(sup, first)
    text = _statement_text(sup, second)
    assert "Witness B" in text and "Witness A" not in text
    # The records themselves are unchanged: both still carry their researcher's letter.
    assert {sup.get(i).answers["witness"]["pseudonym"] for i in (first, second)} == {"Witness A"}
    assert sup.verify() == []


def test_a_published_pseudonym_never_changes(merged, tmp_path):
    sup, (first, second) = merged
    given = [statement_pseudonym(sup, i, sup.get(i).answers) for i in (second, first)]
    assert given == ["Witness A", "Witness B"]  # whichever is printed first keeps its own
    path = sup.path
    sup.close()
    again = Vault.open(path, PASSPHRASE)
    try:
        assert [again.pseudonyms.for_statement(i, again.get(i).answers)
                for i in (first, second)] == ["Witness B", "Witness A"]
        events = [e for e in again.audit_events() if e.action == "pseudonym"]
        assert len(events) == 2  # fixed once each, not at every statement
    finally:
        again.close()


def test_the_supervisors_own_witnesses_get_free_letters(merged):
    sup, ids = merged
    # The supervisor's vault had never made a pseudonym for this incident: its own first
    # witness carries "Witness A" as well.
    early = sup.add(_witness(77))
    assert early.answers["witness"]["pseudonym"] == "Witness A"
    assert [statement_pseudonym(sup, i, sup.get(i).answers) for i in ids] == \
        ["Witness A", "Witness B"]
    assert statement_pseudonym(sup, early.id, early.answers) == "Witness C"
    # The vault's counter moved past every letter given, for witnesses saved later.
    later = sup.add(_witness(78))
    assert later.answers["witness"]["pseudonym"] == "Witness D"
    assert statement_pseudonym(sup, later.id, later.answers) == "Witness D"


def test_a_record_without_a_generated_pseudonym_is_left_alone(vault):
    doc = _witness(5)
    doc["answers"]["witness"]["pseudonym"] = "Umm Ali"  # typed, not generated: not fixed
    record = vault.add(doc)
    assert statement_pseudonym(vault, record.id, record.answers) is None
    assert statement_answers(vault, record) is record.answers
