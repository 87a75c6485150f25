"""Where the shipped, read-only files live: all inside the package.

  testimony_app/data/forms/         questionnaire definitions (TOML)
  testimony_app/data/wordlists/     the word list for generated passphrases
  testimony_app/translations/       the interface catalogues: .ts sources (committed) and
                                    the .qm files Qt loads (built from them, not committed)

They are read through importlib.resources, so the same calls work from a source checkout,
an editable install, an installed wheel (pyproject.toml's package-data ships them) and a
PyInstaller bundle, which keeps a package's data files under sys._MEIPASS/testimony_app
(collect them with collect_data_files("testimony_app")).

What these functions return is a Traversable: a pathlib.Path whenever the package is on
disk, which it is in every case above. Code that needs a real file name (Qt's translator)
goes through importlib.resources.as_file.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

_PACKAGE = __name__.rpartition(".")[0]


def package_files() -> Traversable:
    """The package's own folder, wherever it was installed or bundled."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / _PACKAGE
    return files(_PACKAGE)


def resource_path(*parts: str) -> Traversable:
    """A shipped data file or folder, e.g. resource_path("forms", "interview-v1.toml")."""
    found = package_files() / "data"
    for part in parts:
        found = found / part
    return found


def translations_dir() -> Traversable:
    """The folder of the interface catalogues (testimony_<lang>.qm once built)."""
    return package_files() / "translations"
