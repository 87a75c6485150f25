"""Hand-in bundles: sealing records for enrolled recipients, checking bundles (every
check, nothing written), importing one from an enrolled sender, and re-verifying past
imports.

An unknown sender is imported only once enrolled, which is an act of its own after the
fingerprint was compared; a revoked sender never. An import is passed its preview, so a
file that changed since is refused. Writes nothing but the vault and the bundle named.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..exchange import BundleRejected, ExchangeError, provenance
from ..exchange.keys import EnrolledKey
from ..exchange.merge import ImportResult, enrol_sender, import_bundle
from ..exchange.preview import Preview, preview_bundle
from ..exchange.seal import ExportResult, export_bundle, pending_records
from ..messages import Message
from ..vault import Vault, VaultError

Progress = Callable[[int, int], None]

# What checking a bundle may refuse with one sentence; anything else is a failure.
REFUSALS = (ExchangeError, VaultError, OSError)

__all__ = ["REFUSALS", "ExportResult", "ImportResult", "Preview", "enrol_sender"]


def pending_count(vault: Vault, recipients: list[EnrolledKey]) -> int:
    """How many records have not yet been handed in to every one of `recipients`."""
    return len(pending_records(vault, recipients))


def export(vault: Vault, recipients: list[EnrolledKey], out: str | Path, *,
           record_ids: list[str] | None = None, padding: str = "none",
           progress: Progress | None = None) -> ExportResult:
    """Seal `record_ids` (default: everything not yet handed in to them) into bundle
    `out`; a cancel (`progress` raising) leaves no file."""
    return export_bundle(vault, recipients, Path(out), record_ids=record_ids,
                         padding=padding, progress=progress)


def preview_file(vault: Vault, path: str | Path, progress: Progress | None = None) -> Preview:
    """Every check of a bundle file, and what it would change; nothing is written."""
    if not Path(path).is_file():
        raise BundleRejected("bundle.not_a_file", path=path)
    return preview_bundle(vault, path, progress=progress)


def duplicate_codes(vault: Vault, preview: Preview) -> dict[str, str]:
    """The local codes of the records a bundle's witnesses may duplicate."""
    ids = sorted({c.b for r in preview.records for c in r.duplicates})
    return vault.records.codes(ids)


@dataclass(frozen=True)
class BundleCheck:
    path: str
    outcome: Preview | BaseException  # the preview, or the refusal (one of REFUSALS)
    codes: dict[str, str]  # local codes of possible duplicates


class _FileShare:
    """One file's share of a single bar over several files (thousandths per file)."""

    def __init__(self, progress: Progress, index: int, count: int):
        self.progress, self.index, self.count = progress, index, count

    def __call__(self, done: int, total: int) -> None:
        part = done * 1000 // total if total else 1000
        self.progress(self.index * 1000 + part, self.count * 1000)


def preview_files(vault: Vault, paths: list[str], progress: Progress) -> list[BundleCheck]:
    """Each file checked in turn, a refusal kept as its outcome; `progress` hears one bar
    for all, a thousandth per file."""
    found: list[BundleCheck] = []
    for index, name in enumerate(paths):
        try:
            preview = preview_file(vault, name, _FileShare(progress, index, len(paths)))
        except REFUSALS as exc:
            found.append(BundleCheck(name, exc, {}))
            continue
        found.append(BundleCheck(name, preview, duplicate_codes(vault, preview)))
    return found


def enrol_if_compared(vault: Vault, preview: Preview, compared: str | None) -> EnrolledKey | None:
    """Enrol the bundle's unknown sender when `compared` (16 digits or more, as read
    aloud) starts its fingerprint; otherwise nobody (and the import refuses them)."""
    wanted = (compared or "").replace(" ", "").lower()
    if compared is None or preview.sender_status != "unknown" or len(wanted) < 16 \
            or not preview.sender.startswith(wanted):
        return None
    return enrol_sender(vault, preview, compared)


def import_previewed(vault: Vault, preview: Preview,
                     progress: Progress | None = None) -> ImportResult:
    """Merge the bundle just previewed (refused if the file changed since, or the sender
    is not enrolled now), in one transaction."""
    return import_bundle(vault, preview.path, preview=preview, progress=progress)


@dataclass(frozen=True)
class ImportsCheck:
    imports: list[provenance.ImportInfo]
    problems: list[Message]


def verified_imports(vault: Vault) -> ImportsCheck:
    """Every bundle imported, re-verified against its kept signed manifest."""
    return ImportsCheck(provenance.imports(vault), provenance.verify_imports(vault))
