"""Where the shipped, read-only files live: all inside the package.

  testimony_app/data/forms/         questionnaire definitions (TOML)
  testimony_app/data/wordlists/     the word list for generated passphrases
  testimony_app/translations/       the interface catalogues: .ts sources (committed) and
                                    the .qm files Qt loads (built from them, not committed)

The package's folder is found with importlib.resources, so the same calls work from a
source checkout, an editable install, an installed wheel (pyproject.toml's package-data
ships these files) and a PyInstaller bundle, which keeps a package's data files under
sys._MEIPASS/testimony_app (collect them with collect_data_files("testimony_app")).
In every one of these the files are real files on disk, which Qt's translator needs: a
package imported from inside a zip archive is refused with a clear error.
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

_PACKAGE = __name__.rpartition(".")[0]


def package_files() -> Path:
    """The package's own folder, wherever it was installed or bundled."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / _PACKAGE
    found = files(_PACKAGE)
    if not isinstance(found, Path):
        raise RuntimeError(f"{_PACKAGE} must be installed as files, not inside an archive "
                           f"({found})")
    return found


def resource_path(*parts: str) -> Path:
    """A shipped data file or folder, e.g. resource_path("forms", "interview-v1.toml")."""
    return package_files().joinpath("data", *parts)


def translations_dir() -> Path:
    """The folder of the interface catalogues (testimony_<lang>.qm once built)."""
    return package_files() / "translations"
