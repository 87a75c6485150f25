"""Vault and bundle files written by an earlier release (tests/data/release-1, made by
tests/data/make_release_files.py) still open, verify and import with this code.

Each test works on copies in tmp_path: the committed files are never changed.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from testimony_app.exchange.merge import import_bundle
from testimony_app.vault import Vault

RELEASE_1 = Path(__file__).resolve().parents[1] / "data" / "release-1"
FACTS = json.loads((RELEASE_1 / "keys.json").read_text())


def copy_of(name: str, tmp_path: Path) -> Path:
    target = tmp_path / name
    shutil.copyfile(RELEASE_1 / name, target)
    return target


def test_release_1_researcher_vault_opens_and_verifies(tmp_path):
    with Vault.open(copy_of("researcher.vault", tmp_path), FACTS["passphrase"]) as v:
        assert v.identity.fingerprint == FACTS["researcher"]
        assert {r.id for r in v.list_records()} == set(FACTS["records"])
        assert [h.number for h in v.history(FACTS["amended"])] == [1, 2]
        assert v.verify() == []


def test_release_1_bundle_imports_into_release_1_supervisor_vault(tmp_path):
    bundle = copy_of("handin-2.tbundle", tmp_path)
    with Vault.open(copy_of("supervisor.vault", tmp_path), FACTS["passphrase"]) as sup:
        assert sup.verify() == []
        result = import_bundle(sup, bundle)
        assert result.applied and result.counts["updated"] == 1
        assert sup.get(FACTS["amended"]).number == 2
        assert sup.verify() == []
