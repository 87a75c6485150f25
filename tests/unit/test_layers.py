"""The layers: gui | cli → services → exchange | reports → vault → form.

A module may import its own layer and any layer below it, never above; `exchange` and
`reports` (and `demo`, fictional records for trying the app) do not import each other, nor
do `gui` and `cli`. The shared modules beside the layers (i18n, messages, resources,
output_file, crash) import only each other.
Imports are read from the syntax tree (relative ones resolved), so comments, strings and
`TYPE_CHECKING` blocks are judged like any other import: a type from a higher layer is
still a dependency on it.
"""

from __future__ import annotations

from pathlib import Path

from import_reader import package_imports

PACKAGE = Path(__file__).resolve().parents[2] / "testimony_app"

# Rank: higher may import lower or equal; equal ranks listed together may not import
# each other (they are siblings, not one layer).
RANK = {
    "gui": 5, "cli": 5,
    "services": 4,
    "exchange": 3, "reports": 3, "demo": 3,
    "vault": 2,
    "form": 1,
    "i18n": 0, "messages": 0, "resources": 0, "output_file": 0, "crash": 0,
}


def part_of(module: str) -> str | None:
    """The layer of a dotted module name inside the package (None: outside it)."""
    parts = module.split(".")
    if parts[0] != "testimony_app" or len(parts) < 2:
        return None
    return parts[1]


def offences(root: Path = PACKAGE) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        source = relative.parts[0].removesuffix(".py")
        if source == "__init__" or source == "__main__":
            continue
        if source not in RANK:
            found.append(f"{relative}: not in a known layer")
            continue
        said = set()  # `from ..x import y` reads as x and x.y: one offence a line
        for line, module in package_imports(path, root):
            target = part_of(module)
            if target is None or target == source or (line, target) in said:
                continue
            said.add((line, target))
            if target not in RANK:
                found.append(f"{relative}:{line} imports {module} (not in a known layer)")
            elif RANK[target] > RANK[source] or (RANK[target] == RANK[source] > 0):
                found.append(f"{relative}:{line} imports {module} "
                             f"({source} may not use {target})")
    return found


def test_the_checker_resolves_relative_imports_and_refuses_upward_ones(tmp_path):
    root = tmp_path / "testimony_app"
    (root / "vault" / "repositories").mkdir(parents=True)
    (root / "form").mkdir()
    (root / "vault" / "__init__.py").write_text("from .repositories import x\n")
    (root / "vault" / "repositories" / "a.py").write_text(
        "from ...form import f\n"            # down: allowed
        "from ...reports.names import n\n"   # up: refused
        "import testimony_app.services\n"    # up: refused
        "from .. import schema\n"            # own layer
        "x = 'from ..gui import w'\n")       # a string, not an import
    (root / "form" / "b.py").write_text(
        "if TYPE_CHECKING:\n    from ..vault import Vault\n")  # still a dependency
    assert offences(root) == [
        "form/b.py:2 imports testimony_app.vault (form may not use vault)",
        "vault/repositories/a.py:2 imports testimony_app.reports.names "
        "(vault may not use reports)",
        "vault/repositories/a.py:3 imports testimony_app.services (vault may not use services)",
    ]


def test_siblings_do_not_import_each_other(tmp_path):
    root = tmp_path / "testimony_app"
    (root / "exchange").mkdir(parents=True)
    (root / "exchange" / "c.py").write_text("from ..reports import statement\n")
    assert offences(root) == [
        "exchange/c.py:1 imports testimony_app.reports (exchange may not use reports)"]


def test_every_module_keeps_to_its_layer():
    assert len(list(PACKAGE.rglob("*.py"))) > 100  # the walk covers the package
    assert offences() == []
