"""Layering: only testimony_app/gui may use Qt; only testimony_app/vault may reach the
database; the desktop app never uses the command line, and the services (both front ends'
workflows) use neither front end.

The command line, the vault and the questionnaire must run on a machine without a
display (and be testable without one), so no module outside gui/ may import PySide6 or
shiboken6, and importing the command or the vault must not load Qt behind our backs.
The vault is sealed: every other layer reads and writes through its repositories, never
through the connection or SQL of its own.
Imports are read from the syntax tree, not grepped, so comments and strings don't count.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from import_reader import package_imports

PACKAGE = Path(__file__).resolve().parents[2] / "testimony_app"
QT_ROOTS = {"PySide6", "shiboken6"}
DATABASE_ROOTS = {"sqlcipher3", "sqlite3"}
STATEMENT_CALLS = {"execute", "executemany", "executescript"}
CONNECTION_ATTRIBUTES = {"conn", "_conn", "_db", "_transaction"}  # `_transaction`: yields it
SQL = re.compile(r"\b(SELECT\b.*\bFROM|INSERT\s+(OR\s+[A-Z]+\s+)?INTO|UPDATE\s+\w+\s+SET|"
                 r"DELETE\s+FROM|(CREATE|DROP)\s+(TABLE|INDEX|TRIGGER|VIEW)|PRAGMA\s+\w+|"
                 r"BEGIN\s+(IMMEDIATE|EXCLUSIVE|DEFERRED)|WITH\s+RECURSIVE|VACUUM\b)", re.S)


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


def _imported(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
        return [node.module]
    if isinstance(node, ast.Call) and node.args and \
            isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
        func = node.func
        called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if called in ("import_module", "__import__"):
            return [node.args[0].value]
    return []


def _text(node: ast.AST) -> str | None:
    """A string argument as written: constants whole, f-strings' literal parts joined."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return " ".join(v.value for v in node.values
                        if isinstance(v, ast.Constant) and isinstance(v.value, str))
    if isinstance(node, ast.BinOp):  # "SELECT …" + "FROM …"
        parts = [_text(node.left), _text(node.right)]
        return " ".join(p for p in parts if p)
    return None


def database_reach(source: str, filename: str = "<source>") -> list[tuple[int, str]]:
    """(line, what) of every way a module reaches the database itself: importing SQLCipher
    or sqlite3, running a statement, touching a connection attribute, or handing SQL text
    to any call."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        found.extend((node.lineno, f"imports {n}") for n in _imported(node)
                     if n.split(".")[0] in DATABASE_ROOTS)
        if isinstance(node, ast.Attribute) and node.attr in CONNECTION_ATTRIBUTES:
            found.append((node.lineno, f"uses .{node.attr}"))
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Attribute) and node.func.attr in STATEMENT_CALLS:
            found.append((node.lineno, f"calls .{node.func.attr}()"))
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            text = _text(arg)
            if text and SQL.search(text):
                found.append((node.lineno, "passes SQL to a call"))
    return sorted(found)


def test_the_checker_sees_every_way_to_reach_the_database():
    source = (
        "import sqlite3\n"
        "from sqlcipher3 import dbapi2\n"
        "rows = vault.conn.execute('SELECT count(*) FROM records')\n"
        "vault._conn\n"
        "cur.executemany(sql, rows)\n"
        "run(f'SELECT id FROM {table} WHERE x = ?', 1)\n"
        "run('DELETE FROM ' + 'records')\n"
        "importlib.import_module('sqlite3')\n"
        "x = 'SELECT what FROM the menu'  # text kept, not passed to a call\n"
        "print(tr('Select a record from the list'))\n"
        "from . import sqlite3\n"  # a sibling module of that name is not the database
        "vault.records.head(record_id)\n"
    )
    found = database_reach(source)
    assert [line for line, _ in found] == [1, 2, 3, 3, 3, 4, 5, 6, 7, 8]
    assert {what for _, what in found} >= {"imports sqlite3", "imports sqlcipher3",
                                             "uses .conn", "uses ._conn", "calls .execute()",
                                             "calls .executemany()", "passes SQL to a call"}


def test_no_module_outside_the_vault_reaches_the_database():
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 20
    offenders = []
    for path in modules:
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "vault":
            continue
        for line, what in database_reach(path.read_text("utf-8"), str(path)):
            offenders.append(f"testimony_app/{relative}:{line} {what}")
    assert offenders == []


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


def offenders(folder: str, forbidden: tuple[str, ...]) -> list[str]:
    modules = sorted((PACKAGE / folder).rglob("*.py"))
    assert modules, folder
    out = []
    for path in modules:
        for line, module in package_imports(path):
            if any(module == f or module.startswith(f + ".") for f in forbidden):
                out.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}")
    return out


def test_the_import_reader_resolves_relative_imports():
    path = PACKAGE / "gui" / "exchange" / "export_dialog.py"
    modules = {module for _, module in package_imports(path)}
    assert "testimony_app.services.handin" in modules  # from ...services import handin
    assert "testimony_app.gui.vault_dialog" in modules  # from ..vault_dialog import …
    assert "PySide6.QtWidgets" in modules


def test_the_desktop_app_never_imports_the_command_line():
    assert offenders("gui", ("testimony_app.cli",)) == []


def test_services_use_neither_qt_nor_a_front_end():
    assert offenders("services", ("PySide6", "shiboken6", "testimony_app.cli",
                                  "testimony_app.gui", "argparse")) == []
    printing = []  # a service returns or raises; the front end presents
    for path in sorted((PACKAGE / "services").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
                printing.append(f"{path.name}:{node.lineno}")
    assert printing == []


def test_the_checks_see_a_front_end_imported():
    # The command line does import the services: the same check finds it.
    assert any("testimony_app.services" in line
               for line in offenders("cli", ("testimony_app.services",)))


# Each workflow and the command-line and desktop modules that present it: both call the
# one service (the workflow is not written again in a front end).
WORKFLOWS = {
    "statements": ("cli/report_commands.py", "gui/statement/statement_dialog.py"),
    "handin": ("cli/exchange_commands.py", "gui/exchange/export_dialog.py",
               "gui/exchange/import_dialog.py"),
    "keys": ("cli/exchange_commands.py", "gui/exchange/keys_dialog.py",
             "gui/exchange/export_dialog.py"),
    "conflicts": ("cli/conflict_commands.py", "gui/exchange/conflicts_dialog.py",
                  "gui/exchange/field_merge_dialog.py"),
    "duplicates": ("cli/exchange_commands.py", "gui/exchange/duplicates_dialog.py"),
    "records": ("cli/commands.py", "gui/editor/history_panel.py", "services/editing.py"),
    "attachments": ("cli/commands.py", "gui/editor/attachments_panel.py"),
    "vaults": ("cli/__init__.py", "cli/commands.py", "gui/main_window.py", "gui/workers.py",
               "gui/change_passphrase.py"),
}


def test_both_front_ends_call_the_same_workflow():
    missing = []
    for service, users in WORKFLOWS.items():
        for user in users:
            modules = {m for _, m in package_imports(PACKAGE / user)}
            if f"testimony_app.services.{service}" not in modules:
                missing.append(f"{user} does not use services.{service}")
    assert missing == []
