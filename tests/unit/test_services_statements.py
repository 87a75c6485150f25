"""services.statements on real vaults and real PDFs: the one workflow behind `testimony
pdf` and the statement window (consent → pseudonym → redaction → layout → file → audit)."""

from __future__ import annotations

import hashlib
import random
import stat

import pytest

from testimony_app.demo import demo_record
from testimony_app.messages import Message
from testimony_app.reports import ConsentRefused, DoubtfulWords
from testimony_app.services import statements


def _add(vault, n: int, scope: str, narrative: str | None = None, **consent) -> str:
    doc = demo_record(n, random.Random(7))
    doc["answers"]["consent"].update(scope=scope, **consent)
    if narrative is not None:
        doc["answers"]["account"]["narrative_english"] = narrative
    return vault.add(doc).id


def _events(vault) -> list[tuple[str, dict]]:
    return [(e.subject, e.detail) for e in vault.audit_events() if e.action == "statement"]


def test_a_source_is_one_revision_with_the_pseudonym_and_the_levels_consent_allows(vault):
    record_id = _add(vault, 1, "partner_share")
    source = statements.open_source(vault, record_id)
    record = vault.get(record_id)
    assert (source.id, source.revision, source.code) == (record.id, record.revision,
                                                         "DEMO-0001")
    assert source.allowed == ("internal", "partner")
    assert source.record["answers"]["witness"]["pseudonym"]  # fixed by the vault
    statements.check_level(source, "partner")
    with pytest.raises(ConsentRefused, match="DEMO-0001"):
        statements.check_level(source, "public-anonymous")


def test_making_reads_the_source_only_and_reports_progress_between_the_steps(vault):
    source = statements.open_source(vault, _add(vault, 1, "named_public"))
    heard = []
    made = statements.make_statement(source, "internal", "ar", "Monitor",
                                     lambda done, total: heard.append((done, total)))
    assert heard == [(1, 2)]
    assert made.data.startswith(b"%PDF-") and made.doubtful == ()
    assert (made.level, made.lang, made.organisation, made.code) == ("internal", "ar",
                                                                     "Monitor", "DEMO-0001")
    assert made.file_name(source.id) == "DEMO-0001-internal-ar.pdf"

    class Stop(Exception):
        pass

    def stop(done, total):
        raise Stop

    with pytest.raises(Stop):  # a cancel between redaction and layout
        statements.make_statement(source, "internal", "en", "", stop)
    assert _events(vault) == []  # making writes nothing


def test_saving_writes_the_file_and_the_audit_entry_and_remembers_the_organisation(
        vault, tmp_path):
    source = statements.open_source(vault, _add(vault, 1, "named_public"))
    made = statements.make_statement(source, "partner", "en", "Civilian Harm Monitor")
    path = tmp_path / "chosen.pdf"
    statements.save_statement(vault, source, made, path)
    assert path.read_bytes() == made.data and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert statements.default_organisation(vault) == "Civilian Harm Monitor"
    assert _events(vault) == [(source.id, {
        "level": "partner", "lang": "en", "revision": source.revision,
        "sha256": hashlib.sha256(made.data).hexdigest(), "bytes": len(made.data),
        "to": "file"})]
    statements.record_output(vault, source, made, to="printer")
    assert _events(vault)[-1][1]["to"] == "printer"


def test_saving_checks_consent_once_more(vault, tmp_path):
    named = statements.open_source(vault, _add(vault, 1, "named_public"))
    made = statements.make_statement(named, "public-named", "en", "")
    partner = statements.open_source(vault, _add(vault, 3, "partner_share"))
    with pytest.raises(ConsentRefused):  # a statement at a level this one's consent refuses
        statements.save_statement(vault, partner, made, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists() and _events(vault) == []


def test_a_batch_refused_by_one_record_writes_nothing(vault, tmp_path):
    ok = _add(vault, 1, "named_public")
    refused = _add(vault, 3, "partner_share")
    out = tmp_path / "statements"
    with pytest.raises(ConsentRefused, match="DEMO-0003"):
        statements.write_statements(vault, [ok, refused], "public-named", "en", out)
    assert not out.exists() and _events(vault) == []


def test_doubtful_words_stop_a_batch_until_they_are_checked(vault, tmp_path):
    ok = _add(vault, 1, "named_public")
    doubtful = _add(vault, 2, "named_public", quotes_allowed=True,
                    narrative="My cousin Rami and Umm Salma hid in house 12 with Qusay.")
    out = tmp_path / "statements"
    before = vault.path.read_bytes()
    with pytest.raises(DoubtfulWords) as refused:
        statements.write_statements(vault, [ok, doubtful], "public-anonymous", "en", out)
    assert refused.value.found == {"DEMO-0002": ("cousin Rami", "Umm Salma", "Qusay",
                                                 "house 12")}
    assert refused.value.message == Message("report.doubtful", count=1, total=2)
    assert not out.exists() and vault.path.read_bytes() == before  # no pseudonym fixed
    written, heard = [], []
    paths = statements.write_statements(
        vault, [ok, doubtful], "public-anonymous", "en", out, checked=True,
        written=written.append, progress=lambda done, total: heard.append((done, total)))
    assert paths == written == [out / f"DEMO-000{n}-public-anonymous-en.pdf" for n in (1, 2)]
    assert heard == [(1, 2), (2, 2)]
    assert stat.S_IMODE(out.stat().st_mode) == 0o700
    events = _events(vault)
    assert [subject for subject, _ in events] == [ok, doubtful]
    assert [d["sha256"] for _, d in events] == [
        hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]
    assert all("to" not in d for _, d in events)


def test_a_batch_is_made_from_the_revisions_whose_consent_was_checked(vault, tmp_path):
    record_id = _add(vault, 1, "named_public")
    checked = statements.check_batch(vault, [record_id], "internal", "en", checked=False)
    assert checked == {record_id: vault.get(record_id).revision}
    (path,) = statements.write_statements(vault, [record_id], "internal", "en", tmp_path,
                                          organisation="Org")
    assert _events(vault)[0][1]["revision"] == checked[record_id]
    assert path.read_bytes().startswith(b"%PDF-")
