"""Values and checks every test suite shares, importable by plain modules.

Test helper modules import from here, not from `conftest`: with conftest.py files in
several test folders, `import conftest` finds whichever was loaded first.
"""

from __future__ import annotations

import os
import shutil

import pytest

PASSPHRASE = "correct horse battery staple ' quoted كلمة سر"


def require_tool(name: str) -> str:
    """The path of a command-line tool; skip without it, except in CI where it must exist."""
    path = shutil.which(name)
    if path:
        return path
    if os.environ.get("CI") == "true":
        pytest.fail(f"{name} is required in CI (.ci/run installs it)")
    pytest.skip(f"{name} is not installed")
