"""The vault's exceptions. Messages are one sentence a user can act on, and never
contain testimony or a passphrase."""

from __future__ import annotations


class VaultError(Exception):
    """Base of every error the vault raises on purpose."""


class WrongPassphrase(VaultError):
    def __init__(self):
        super().__init__("Wrong passphrase: the vault was not opened and nothing was changed.")


class NotAVault(VaultError):
    """The path exists but is not a Testimony vault (folder, plain SQLite, other data)."""


class VaultNotFound(VaultError):
    def __init__(self, path):
        super().__init__(
            f"No vault at {path}: check the path, or create one with 'testimony init'."
        )


class VaultExists(VaultError):
    def __init__(self, path):
        super().__init__(f"{path} already exists: a new vault is never written over a file.")


class WeakPassphrase(VaultError):
    """A new passphrase that is too easy to guess; the message says why."""


class RecordNotFound(VaultError):
    def __init__(self, record_id):
        super().__init__(f"No record {record_id} in this vault.")


class AmbiguousRecord(VaultError):
    """A code or id prefix that names more than one record (two researchers' vaults can
    both hold a MOS-0001); `candidates` are the full ids."""

    def __init__(self, name, candidates):
        self.candidates = list(candidates)
        shown = ", ".join(c[:8] for c in self.candidates[:5])
        more = ", …" if len(self.candidates) > 5 else ""
        super().__init__(f"{name} is ambiguous: it names {len(self.candidates)} records "
                         f"(ids {shown}{more}); give the id instead.")


class ValidationFailed(VaultError):
    """Answers that do not fit the questionnaire; `problems` lists each one."""

    def __init__(self, problems):
        self.problems = problems
        first = problems[0] if problems else "unknown problem"
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"The record does not fit the questionnaire: {first}{more}.")


class AmendReasonRequired(VaultError):
    def __init__(self):
        super().__init__("This record is complete: an amendment needs a reason.")


class AttachmentNotFound(VaultError):
    def __init__(self, attachment_id):
        super().__init__(f"No attachment {attachment_id} in this vault.")


class StorageFull(VaultError):
    def __init__(self):
        super().__init__("The disk is full: nothing was saved; free some space and try again.")
