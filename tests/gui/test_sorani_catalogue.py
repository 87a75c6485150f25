"""The app installs the Sorani catalogue for the language code ckb, although the catalogue
declares Kurdish (ku) for lupdate's sake (tests/unit/test_sorani_language.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from testimony_app.gui import app as app_module
from testimony_app.gui.app import apply_language, remove_language

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = ROOT / "testimony_app" / "translations"


def test_choosing_ckb_installs_the_sorani_catalogue(qapp, tmp_path, monkeypatch):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(CATALOGUES / "testimony_ckb.ts"), "-qm",
                    str(tmp_path / "testimony_ckb.qm")], check=True, capture_output=True,
                   timeout=120)
    monkeypatch.setattr(app_module, "translations_dir", lambda: tmp_path)
    app = QApplication.instance()
    translators = apply_language(app, "ckb")
    try:
        assert translators
        assert QCoreApplication.translate("UnlockScreen", "Unlock") == "کردنەوە"
        assert QCoreApplication.translate("KeysDialog", "Enrol") == "پەسەندکردن"
    finally:
        remove_language(app, translators)
    assert QCoreApplication.translate("UnlockScreen", "Unlock") == "Unlock"
