"""A built wheel is the whole app: installed into a fresh venv, away from the checkout and
its editable install, it creates a demo vault and starts the desktop app in Arabic with
the questionnaire, the passphrase word list and the compiled catalogues it carries.

The wheel is built the way `make wheel` builds it (the catalogues compiled first, then
pip without build isolation), from a copy of the sources, so nothing is written into the
checkout. The fresh venv gets the test venv's dependencies through a .pth line, which adds
that site-packages to sys.path without running its .pth files: the checkout's editable
finder is not installed there, and nothing is downloaded.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from environment import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
# What a source build of the package reads besides the package itself.
BUILD_FILES = ("pyproject.toml", "setup.py", "README.md")
SHIPPED = ("testimony_app/data/forms/interview-v1.toml",
           "testimony_app/data/wordlists/eff_large_wordlist.txt",
           "testimony_app/translations/testimony_ar.qm",
           "testimony_app/translations/testimony_ckb.qm")

pytestmark = pytest.mark.slow


def run(*cmd: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: float = 120,
        ok: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)
    if ok:
        assert proc.returncode == 0, f"{cmd}\n{proc.stdout}\n{proc.stderr}"
    return proc


def copy_sources(tmp_path: Path) -> Path:
    """What a fresh clone holds for a build: the package (no compiled catalogues)."""
    source = tmp_path / "source"
    shutil.copytree(ROOT / "testimony_app", source / "testimony_app",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm"))
    for name in BUILD_FILES:
        shutil.copy2(ROOT / name, source / name)
    return source


def pip_wheel(source: Path, dist: Path, ok: bool = True) -> subprocess.CompletedProcess:
    return run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-index",
               "--no-build-isolation", "--wheel-dir", dist, source, cwd=source.parent, ok=ok)


def build_wheel(tmp_path: Path) -> Path:
    """As `make wheel` does: compile the catalogues, then build."""
    source = copy_sources(tmp_path)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((source / "testimony_app" / "translations").glob("*.ts")):
        run(lrelease, "-silent", ts, "-qm", ts.with_suffix(".qm"), cwd=source)
    dist = tmp_path / "dist"
    pip_wheel(source, dist)
    (wheel,) = dist.glob("testimony-*.whl")
    return wheel


def fresh_venv(tmp_path: Path, wheel: Path) -> Path:
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", "--without-pip", venv, cwd=tmp_path)
    python = venv / "bin" / "python"
    purelib = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))",
                  cwd=tmp_path).stdout.strip()
    deps = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    Path(purelib, "testimony-test-dependencies.pth").write_text(
        "".join(f"{d}\n" for d in sorted(deps)), "utf-8")
    run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
        "--no-index", wheel, cwd=tmp_path)
    return venv


def test_an_installed_wheel_runs_the_demo_and_the_arabic_desktop_app(tmp_path):
    wheel = build_wheel(tmp_path)
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert set(SHIPPED) <= names, sorted(set(SHIPPED) - names)
    assert not [n for n in names if n.endswith(".ts")]  # sources stay in the checkout

    venv = fresh_venv(tmp_path, wheel)
    elsewhere = tmp_path / "elsewhere"  # not the checkout: nothing importable from here
    home = elsewhere / "home"
    home.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "TESTIMONY_", "XDG_", "VIRTUAL_ENV"))}
    env.update({"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local" / "share"),
                "TMPDIR": str(elsewhere), "TESTIMONY_PASSPHRASE": PASSPHRASE,
                "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                "PYTHONDONTWRITEBYTECODE": "1"})
    testimony = venv / "bin" / "testimony"
    vault = elsewhere / "field.vault"
    run(testimony, "--vault", vault, "init", "--name", "Researcher 7", "--code-prefix", "MOS",
        cwd=elsewhere, env=env)
    run(testimony, "--vault", vault, "demo", "--count", "3", cwd=elsewhere, env=env)
    listed = run(testimony, "--vault", vault, "list", cwd=elsewhere, env=env).stdout
    assert listed.count("DEMO-MOS-") == 3
    shown = run(testimony, "--vault", vault, "show", "DEMO-MOS-0001", "--lang", "ar",
                cwd=elsewhere, env=env).stdout
    assert "C. الشاهد" in shown  # a section of the questionnaire, in Arabic

    check = shutil.copy2(HERE / "wheel_gui_check.py", elsewhere / "wheel_gui_check.py")
    out = run(venv / "bin" / "python", check, vault, cwd=elsewhere, env=env).stdout
    report = json.loads(out.strip().splitlines()[-1])
    # The installed package, not the checkout, with no editable finder in play.
    assert Path(report["package"]).is_relative_to(venv), report["package"]
    assert Path(report["catalogues"]).is_relative_to(venv)
    assert not [f for f in report["finders"] if "editable" in f.lower()], report["finders"]
    # The Arabic catalogue from the wheel, the word list, the questionnaire.
    assert report["translators"] >= 1
    assert report["unlock_button"] == "فتح"
    assert report["right_to_left"]
    assert report["passphrase_words"] == 6
    assert report["unlocked"] and report["rows"] == 3
    assert "الشاهد" in report["record_text"]


def test_no_wheel_is_built_without_the_compiled_catalogues(tmp_path):
    source = copy_sources(tmp_path)
    proc = pip_wheel(source, tmp_path / "dist", ok=False)
    assert proc.returncode != 0
    assert "testimony_ar.qm is missing" in proc.stdout + proc.stderr
    assert "make translations" in proc.stdout + proc.stderr
    assert not list((tmp_path / "dist").glob("*.whl"))
