"""The shipped files are found inside the package, from a checkout and from a bundle."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import testimony_app
from testimony_app.resources import package_files, resource_path, translations_dir

PACKAGE = Path(testimony_app.__file__).resolve().parent


def test_the_shipped_files_are_inside_the_package():
    assert package_files().resolve() == PACKAGE
    form = resource_path("forms", "interview-v1.toml")
    assert form.is_file() and form.resolve().is_relative_to(PACKAGE)
    assert resource_path("wordlists", "eff_large_wordlist.txt").read_text("utf-8").count(
        "\n") == 7776
    assert {"testimony_ar.ts", "testimony_ckb.ts"} <= {p.name for p in translations_dir().iterdir()}
    assert translations_dir().resolve() == PACKAGE / "translations"


def test_a_pyinstaller_bundle_reads_its_own_copy(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    bundled = tmp_path / "testimony_app"
    assert resource_path("forms", "x.toml") == bundled / "data" / "forms" / "x.toml"
    assert translations_dir() == bundled / "translations"


def test_a_package_inside_an_archive_is_refused_plainly(tmp_path):
    # Qt's translator needs real files; a zip import would otherwise fail far from here.
    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name in ("__init__.py", "resources.py"):
            zf.write(PACKAGE / name, f"testimony_app/{name}")
    code = "import testimony_app.resources as r; print(r.__file__); r.resource_path('forms')"
    proc = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(archive)})
    assert proc.stdout.startswith(str(archive))  # the archive's copy was the one imported
    assert proc.returncode != 0
    assert "testimony_app must be installed as files" in proc.stderr
