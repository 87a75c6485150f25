"""The shipped files are found inside the package, from a checkout and from a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import testimony_app
from testimony_app.resources import package_files, resource_path, translations_dir

PACKAGE = Path(testimony_app.__file__).resolve().parent


def test_the_shipped_files_are_inside_the_package():
    assert Path(package_files()).resolve() == PACKAGE
    form = resource_path("forms", "interview-v1.toml")
    assert form.is_file() and Path(form).resolve().is_relative_to(PACKAGE)
    assert resource_path("wordlists", "eff_large_wordlist.txt").read_text("utf-8").count(
        "\n") == 7776
    assert {"testimony_ar.ts", "testimony_ckb.ts"} <= {p.name for p in translations_dir().iterdir()}


def test_a_pyinstaller_bundle_reads_its_own_copy(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    bundled = tmp_path / "testimony_app"
    assert resource_path("forms", "x.toml") == bundled / "data" / "forms" / "x.toml"
    assert translations_dir() == bundled / "translations"
