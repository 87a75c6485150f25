"""Fixtures shared by every test suite: real SQLCipher vaults in tmp_path, never mocks."""

from __future__ import annotations

import os

import pytest

# Qt must never need a display in tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from environment import PASSPHRASE, require_tool  # noqa: E402,F401 - shared names


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_path(tmp_path):
    return tmp_path / "vault" / "test.vault"


@pytest.fixture
def vault(vault_path, passphrase):
    from testimony_app.vault import Vault

    vault_path.parent.mkdir(parents=True, exist_ok=True)
    v = Vault.create(vault_path, passphrase, researcher_name="Test Researcher",
                     code_prefix="MOS")
    yield v
    v.close()


@pytest.fixture
def form():
    from testimony_app.form import current_form

    return current_form()


@pytest.fixture
def sample_doc():
    """A complete, valid interview (fictional) in Arabic with English translation."""
    import random

    from testimony_app.demo import demo_record

    return demo_record(1, random.Random(7))
