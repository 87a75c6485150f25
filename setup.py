"""What pyproject.toml cannot say: a wheel is never built without the interface catalogues.

The .qm files Qt loads are built from the committed .ts sources (`make translations`, which
`make wheel` runs first) and shipped as package data. A wheel built before them, or after
a .ts changed, would install an app that silently speaks only English: refuse instead.
Editable installs are not checked (`make` installs one before it can build the catalogues).
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.errors import FileError

CATALOGUES = Path(__file__).resolve().parent / "testimony_app" / "translations"


def catalogue_problems(folder: Path) -> list[str]:
    """Why the built catalogues in `folder` must not be shipped; empty when they may."""
    sources = {p.stem: p for p in folder.glob("*.ts")}
    built = {p.stem: p for p in folder.glob("*.qm")}
    if not sources and not built:
        return [f"no catalogues in {folder}"]
    problems = []
    for stem, ts in sorted(sources.items()):
        qm = built.get(stem)
        if qm is None:
            problems.append(f"{stem}.qm is missing")
        elif qm.stat().st_mtime < ts.stat().st_mtime:
            problems.append(f"{stem}.qm is older than {stem}.ts")
    return problems


class BuildWithCatalogues(build_py):
    def run(self) -> None:
        if not getattr(self, "editable_mode", False):
            problems = catalogue_problems(CATALOGUES)
            if problems:
                raise FileError("; ".join(problems) + ": run `make translations` first "
                                "(or `make wheel`)")
        super().run()


setup(cmdclass={"build_py": BuildWithCatalogues})
