"""The vault's exceptions. Each carries a `message` (a code of testimony_app.messages);
str() is its English sentence, one a user can act on, never holding testimony or a
passphrase."""

from __future__ import annotations

from typing import Any

from ..form import Problem
from ..messages import CodedError, Message


class VaultError(CodedError):
    """Base of every error the vault raises on purpose."""


class WrongPassphrase(VaultError):
    def __init__(self):
        super().__init__("vault.wrong_passphrase")


class NotAVault(VaultError):
    """The path exists but is not a Testimony vault (folder, plain SQLite, other data)."""


class VaultNotFound(VaultError):
    def __init__(self, path):
        super().__init__("vault.not_found", path=path, command="'testimony init'")


class VaultExists(VaultError):
    def __init__(self, path):
        super().__init__("vault.exists", path=path)


class WeakPassphrase(VaultError):
    """A new passphrase that is too easy to guess; the message says why."""


class RecordNotFound(VaultError):
    def __init__(self, record_id):
        super().__init__("vault.record_not_found", record=record_id)


class AmbiguousRecord(VaultError):
    """A code or id prefix that names more than one record (two researchers' vaults can
    both hold a MOS-0001); `candidates` are the full ids."""

    def __init__(self, name, candidates):
        self.candidates = list(candidates)
        shown = ", ".join(c[:8] for c in self.candidates[:5])
        more = ", …" if len(self.candidates) > 5 else ""
        super().__init__("vault.ambiguous_record", name=name, count=len(self.candidates),
                         ids=shown + more)


class ValidationFailed(VaultError):
    """Answers that do not fit the questionnaire: `said` holds each problem as a message
    ("{path}: {problem}"), `problems` the same in English."""

    def __init__(self, said: list[Message]):
        self.said = said
        self.problems = [str(m) for m in said]
        if len(said) > 1:
            super().__init__("vault.does_not_fit_more", problem=said[0], more=len(said) - 1)
        else:
            super().__init__("vault.does_not_fit", problem=said[0])


def doc_problem(path: str, code: str, /, **params: Any) -> Message:
    """A problem of a record document at `path`, as a message."""
    return Message("record.problem_at", path=path, problem=Message(code, **params))


def problem_at(problem: Problem) -> Message:
    """The validator's problem as a message: its code, or (a questionnaire's own
    constraint, worded in the questionnaire) its English."""
    return Message("record.problem_at", path=problem.path,
                   problem=problem.said if problem.said is not None else problem.message)


class AmendReasonRequired(VaultError):
    def __init__(self):
        super().__init__("vault.amend_reason")


class AttachmentNotFound(VaultError):
    def __init__(self, attachment_id):
        super().__init__("vault.attachment_not_found", attachment=attachment_id)


class StorageFull(VaultError):
    def __init__(self):
        super().__init__("vault.disk_full")

