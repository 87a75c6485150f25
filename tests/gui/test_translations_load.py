"""The built catalogues work in Qt: lrelease compiles each .ts, and a QTranslator loaded
the way the app loads it turns real widgets' English into Arabic or Sorani."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from testimony_app.gui.app import translations_dir
from testimony_app.gui.unlock import UnlockScreen

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "testimony_app" / "translations"
UNLOCK = {"ar": "فتح", "ckb": "کردنەوە"}


def lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    assert found, "pyside6-lrelease not found (it ships with PySide6)"
    return found


@pytest.fixture
def installed(qapp, tmp_path):
    """Build testimony_<lang>.qm into tmp_path and install it, as apply_language does."""
    translators: list[QTranslator] = []

    def install(lang: str) -> QTranslator:
        qm = tmp_path / f"testimony_{lang}.qm"
        proc = subprocess.run([lrelease(), str(CATALOGUES / f"testimony_{lang}.ts"),
                               "-qm", str(qm)], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert "0 unfinished" in proc.stdout
        translator = QTranslator()
        assert translator.load(f"testimony_{lang}", str(tmp_path))
        assert qapp.installTranslator(translator)
        translators.append(translator)
        return translator

    yield install
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_app_looks_for_catalogues_where_they_are_built():
    assert Path(translations_dir()).resolve() == CATALOGUES.resolve()
    assert {"testimony_ar.ts", "testimony_ckb.ts"} <= {
        p.name for p in translations_dir().iterdir()}


@pytest.mark.parametrize("lang", sorted(UNLOCK))
def test_catalogue_translates_a_real_screen(qtbot, installed, lang):
    installed(lang)
    screen = UnlockScreen()
    qtbot.addWidget(screen)
    assert screen.unlock_button.text() == UNLOCK[lang]
    assert screen.passphrase.placeholderText() != "Passphrase"
    # Contexts other than widgets' class names: the error sentences.
    sentence = QCoreApplication.translate("Messages", "{path} could not be used: {reason}")
    assert sentence != "{path} could not be used: {reason}"
    assert sentence.format(path="/x", reason="r").count("/x") == 1


def test_arabic_plural_forms_follow_the_number(installed):
    installed("ar")

    def locked(n: int) -> str:
        return QCoreApplication.translate("MainWindow", "Locked after %n min without use.",
                                          "", n)

    assert locked(2) == "أُقفلت الخزنة بعد 2 دقيقتين دون استخدام."  # dual
    assert locked(5) == "أُقفلت الخزنة بعد 5 دقائق دون استخدام."  # 3 to 10
    assert locked(15) == "أُقفلت الخزنة بعد 15 دقيقة دون استخدام."  # 11 to 99


def test_sorani_counts_read_the_same_for_one_and_many(installed):
    installed("ckb")
    one, many = (QCoreApplication.translate("RecordsPage", "Records: %n", "", n)
                 for n in (1, 30))
    assert (one, many) == ("تۆمارەکان: 1", "تۆمارەکان: 30")


def test_qt_own_buttons_are_worded_in_sorani(installed):
    # Qt ships no Sorani catalogue: its OK / Close / Yes come from ours.
    from PySide6.QtWidgets import QDialogButtonBox

    from testimony_app.gui.qt_texts import standard_button_texts

    english = standard_button_texts()
    installed("ckb")
    sorani = standard_button_texts()
    assert all(s != e for s, e in zip(sorani, english, strict=True))
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                           | QDialogButtonBox.StandardButton.Ok)
    assert box.button(QDialogButtonBox.StandardButton.Close).text() == "داخستن"
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "باشە"
