"""The vault's repositories: every table outside the vault's own records code is read
and written here, and only here (tests/unit/test_architecture.py keeps it so).

`vault.transaction()` yields a `Tx` whose repositories share that one transaction:
everything written through it commits together, or (on any error) nothing does. The
vault offers the same repositories for reads outside a transaction (`vault.keys.…`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attachments import AttachmentsRepository
from .audit import AuditRepository
from .conflicts import Conflict, ConflictsRepository
from .handins import HandinsRepository
from .imports import ImportInfo, ImportsRepository
from .keys import EnrolledKey, KeysRepository
from .links import LinksRepository
from .pseudonyms import PseudonymsRepository
from .records import RecordsRepository
from .settings import SettingsRepository

if TYPE_CHECKING:
    from ..vault import Vault

REPOSITORIES = {
    "records": RecordsRepository, "attachments": AttachmentsRepository,
    "audit": AuditRepository, "keys": KeysRepository, "handins": HandinsRepository,
    "imports": ImportsRepository, "conflicts": ConflictsRepository,
    "links": LinksRepository, "pseudonyms": PseudonymsRepository,
    "settings": SettingsRepository,
}


def bind_repositories(target, vault: Vault, conn) -> None:
    """Give `target` (the vault, or a `Tx`) one of each repository, bound to `conn`
    (None: the vault's connection as it stands, for reads)."""
    for name, cls in REPOSITORIES.items():
        setattr(target, name, cls(vault, conn))


class Repositories:
    """One of each repository (bound by `bind_repositories`), as the vault and a `Tx`
    offer them."""

    records: RecordsRepository
    attachments: AttachmentsRepository
    audit: AuditRepository
    keys: KeysRepository
    handins: HandinsRepository
    imports: ImportsRepository
    conflicts: ConflictsRepository
    links: LinksRepository
    pseudonyms: PseudonymsRepository
    settings: SettingsRepository


class Tx(Repositories):
    """One open transaction of a vault, seen through its repositories."""

    def __init__(self, vault: Vault, conn):
        self.identity = vault.identity
        bind_repositories(self, vault, conn)

    def end(self) -> None:
        """The transaction committed or rolled back: its repositories refuse any more use
        (a write through them would no longer be part of it)."""
        for name in REPOSITORIES:
            getattr(self, name)._ended = True


__all__ = ["Conflict", "EnrolledKey", "ImportInfo", "REPOSITORIES", "Repositories", "Tx",
           "bind_repositories"]
