"""The encrypted vault (SQLCipher): records, revisions, attachments, search, audit log.

Never writes testimony outside the vault file; never opens a database without SQLCipher.
"""

from .attachments import AttachmentInfo
from .errors import (
    AmbiguousRecord,
    AmendReasonRequired,
    AttachmentNotFound,
    NotAVault,
    RecordNotFound,
    StorageFull,
    ValidationFailed,
    VaultError,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from .identity import Identity, display_fingerprint
from .passphrase import Strength, estimate, generate_passphrase, require_strong
from .records import Record, RevisionInfo, Summary
from .vault import Vault

__all__ = [
    "AmbiguousRecord", "AmendReasonRequired", "AttachmentInfo", "AttachmentNotFound",
    "Identity", "NotAVault",
    "Record", "RecordNotFound", "RevisionInfo", "StorageFull", "Strength", "Summary",
    "ValidationFailed", "Vault", "VaultError", "VaultExists", "VaultNotFound",
    "WeakPassphrase", "WrongPassphrase", "display_fingerprint", "estimate",
    "generate_passphrase", "require_strong",
]
