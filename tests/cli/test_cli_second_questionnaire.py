"""End-to-end: with TESTIMONY_FORMS naming a folder of questionnaires, the command adds,
shows and lists a record of another questionnaire (casework, the built-in one's roles at
other paths) and writes its redacted statement, with no code change."""

from __future__ import annotations

from cli_harness import Cli, with_vault
from pypdf import PdfReader
from second_questionnaire import BROTHER, CASEWORKER, FOLDER, PHONE, WITNESS, case_doc


def test_add_list_and_statement_of_a_casework_record(tmp_path, passphrase):
    cli = with_vault(Cli(tmp_path, passphrase))
    env = {"TESTIMONY_FORMS": str(FOLDER)}
    record_id, code = cli.ok("add", cli.write_json("case.json", case_doc()), env=env).split()
    assert code == "MOS-0001"  # printed by its role
    shown = cli.ok("show", record_id, "--lang", "ar", env=env)
    assert "الشخص" in shown and WITNESS["given"] in shown  # the casework's own labels
    (row,) = cli.list_json()  # the list's columns, read by role when it was added
    assert (row["code"], row["incident_date"]) == ("MOS-0001", "2017-03-17")
    out = tmp_path / "statements"
    out.mkdir()
    (path,) = cli.ok("pdf", record_id, "--level", "public-anonymous", "--out", str(out),
                     "--checked", env=env).split()
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "MOS-0001" in text and "Witness A" in text
    for withheld in (WITNESS["given"], "Salma", BROTHER["given"], PHONE, CASEWORKER):
        assert withheld not in text, withheld
    # Without the folder the record names a questionnaire this installation lacks.
    assert "casework" in cli.fails(4, "show", record_id)
