"""The vault's life: where it is by default, creating and opening it, changing its
passphrase, checking it end to end, and what it holds.

Never writes a new vault over an existing file; a new vault's folder is private to the
user (0700).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..exchange.provenance import verify_imports
from ..messages import Message
from ..vault import Vault, VaultExists


def default_vault_path() -> Path:
    """`testimony.vault` in the user data directory."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("Testimony", appauthor=False)) / "testimony.vault"


def vault_path(given: str | Path | None = None) -> Path:
    """The vault to use: `given`, else $TESTIMONY_VAULT, else the default file."""
    if given:
        return Path(given)
    env = os.environ.get("TESTIMONY_VAULT")
    return Path(env).expanduser() if env else default_vault_path()


def create_vault(path: str | Path, passphrase: str | Callable[[], str], *,
                 researcher_name: str = "", code_prefix: str) -> Vault:
    """A new vault at `path` (refused if anything is there). `passphrase` may be a
    function, asked only once the path is known to be free."""
    path = Path(path)
    if path.exists():
        raise VaultExists(path)
    # The default vault folder may not exist yet; keep it private to the user.
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    phrase = passphrase() if callable(passphrase) else passphrase
    return Vault.create(path, phrase, researcher_name=researcher_name, code_prefix=code_prefix)


def open_vault(path: str | Path, passphrase: str) -> Vault:
    return Vault.open(path, passphrase)


def change_passphrase(vault: Vault, new: str, *, current: str | None = None) -> None:
    """Re-encrypt the vault under `new` (after checking `current`, when given)."""
    vault.change_passphrase(new, current=current)


@dataclass(frozen=True)
class Verification:
    problems: list[Message]
    unsigned_revisions: int

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(vault: Vault) -> Verification:
    """The vault's own checks, then every import re-checked against its kept signed
    manifest (the exchange layer's; the vault layer cannot import it)."""
    problems = vault.verify() + verify_imports(vault)
    return Verification(problems, vault.unsigned_revisions())


def info(vault: Vault) -> dict:
    return {
        "path": str(vault.path), "vault_id": vault.setting("vault_id"),
        "researcher": vault.researcher_name, "fingerprint": vault.identity.fingerprint,
        "records": vault.count(), "audit_events": vault.audit_count(),
    }


def add_demo(vault: Vault, count: int, seed: int | None = None) -> int:
    """Fictional demonstration interviews (marked FICTIONAL), numbered after the last."""
    from ..demo import demo_records

    return vault.add_many(demo_records(count, seed=seed, start=vault.count() + 1,
                                       code_prefix=vault.setting("code_prefix")))
