"""Layering: only testimony_app/gui may use Qt.

The command line, the vault and the questionnaire must run on a machine without a
display (and be testable without one), so no module outside gui/ may import PySide6 or
shiboken6, and importing the command or the vault must not load Qt behind our backs.
Imports are read from the syntax tree, not grepped, so comments and strings don't count.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "testimony_app"
QT_ROOTS = {"PySide6", "shiboken6"}


def qt_imports(source: str, filename: str = "<source>") -> list[tuple[int, str]]:
    """(line, module) of every Qt import: import statements and dynamic imports by name."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args and \
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__"):
                names = [node.args[0].value]
        found.extend((node.lineno, n) for n in names if n.split(".")[0] in QT_ROOTS)
    return found


def test_the_checker_sees_every_form_of_qt_import():
    source = (
        "import os\n"
        "import PySide6\n"
        "from PySide6.QtCore import Qt\n"
        "import shiboken6 as sb\n"
        "def f():\n"
        "    import PySide6.QtWidgets\n"
        "    importlib.import_module('PySide6.QtGui')\n"
        "from . import PySide6\n"  # a sibling module of that name is not Qt
        "x = 'import PySide6'  # text, not an import\n"
    )
    assert [line for line, _ in qt_imports(source)] == [2, 3, 4, 6, 7]


def test_no_module_outside_gui_imports_qt():
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 20  # the walk really covers the package
    offenders = []
    for path in modules:
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "gui":
            continue
        for line, module in qt_imports(path.read_text("utf-8"), str(path)):
            offenders.append(f"testimony_app/{relative}:{line} imports {module}")
    assert offenders == []


def test_command_line_and_vault_load_without_qt():
    code = (
        "import sys\n"
        "import testimony_app.cli, testimony_app.cli.commands, testimony_app.cli.secrets_input\n"
        "import testimony_app.vault, testimony_app.form, testimony_app.form.display\n"
        "import testimony_app.demo, testimony_app.i18n\n"
        "from testimony_app.vault import estimate\n"
        "estimate('a passphrase to load the strength checker')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')))\n"
        "print('testimony_app.cli.commands' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split("\n")[:2] == ["[]", "True"]
