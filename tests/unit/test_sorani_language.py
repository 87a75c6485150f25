"""The Sorani catalogue declares Kurdish (ku), not ckb, for as long as the tools need it.

pyside6-lupdate refuses to update a catalogue whose language Qt has no plural rules for,
and Qt has none for Central Kurdish: a catalogue declaring ckb would silently stop taking
new strings. This test fails on the day lupdate accepts ckb; then the catalogue should
declare ckb (and the Makefile's note go). The app loads the catalogue by file name, so
the declaration changes nothing a user sees (tests/gui/test_sorani_catalogue.py).
"""

from __future__ import annotations

import shutil
import subprocess

from test_translations import LUPDATE_OPTIONS, TRANSLATIONS, read_catalogue, tool


def test_the_sorani_catalogue_declares_kurdish():
    language, _messages = read_catalogue((TRANSLATIONS / "testimony_ckb.ts").read_text("utf-8"))
    assert language == "ku"


def test_lupdate_still_refuses_a_catalogue_declared_ckb(tmp_path):
    copy = tmp_path / "testimony_ckb.ts"
    shutil.copyfile(TRANSLATIONS / "testimony_ckb.ts", copy)
    copy.write_text(copy.read_text("utf-8").replace('language="ku"', 'language="ckb"'), "utf-8")
    source = tmp_path / "strings.py"
    source.write_text('from PySide6.QtCore import QCoreApplication\n'
                      'QCoreApplication.translate("Probe", "A new string")\n', "utf-8")
    proc = subprocess.run([tool("pyside6-lupdate"), str(source), *LUPDATE_OPTIONS,
                           "-ts", str(copy)], capture_output=True, text=True, timeout=120)
    output = proc.stdout + proc.stderr
    assert "won't be updated" in output, "lupdate now takes ckb: declare it in the catalogue"
    assert "A new string" not in copy.read_text("utf-8")
