"""One translated sentence for each error the core raises, for dialogs and labels.

Never puts a passphrase or testimony in a message: the core's errors carry neither, and
the sentences here name only paths the user chose.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..exchange import BundleAlarm, BundleRejected, ExchangeError
from ..i18n import isolate
from ..reports import ReportError
from ..vault import (
    NotAVault,
    StorageFull,
    VaultError,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)

# Each call spells out QCoreApplication.translate with literal strings: that is what
# pyside6-lupdate extracts (it does not follow aliases or variables).


def error_sentence(exc: BaseException, path: object = "") -> str:
    """What happened and what to do, in the interface language."""
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "Messages",
            "Wrong passphrase: the vault was not opened and nothing was changed.")
    if isinstance(exc, VaultNotFound):
        return QCoreApplication.translate(
            "Messages",
            "There is no vault at {path}: choose another file or create a vault.",
        ).format(path=isolate(str(path)))
    if isinstance(exc, VaultExists):
        return QCoreApplication.translate(
            "Messages",
            "{path} already exists: choose a new file name; a vault is never written "
            "over a file.",
        ).format(path=isolate(str(path)))
    if isinstance(exc, NotAVault):
        return QCoreApplication.translate(
            "Messages", "{path} is not a Testimony vault: choose another file.",
        ).format(path=isolate(str(path)))
    if isinstance(exc, StorageFull):
        return QCoreApplication.translate(
            "Messages",
            "The disk is full: nothing was saved; free some space and try again.")
    if isinstance(exc, WeakPassphrase):
        return QCoreApplication.translate(
            "Messages", "This passphrase is too easy to guess: add more unrelated words.")
    if isinstance(exc, BundleAlarm):
        return QCoreApplication.translate(
            "Messages",
            "ALARM: a different bundle with this bundle's id was imported before; this file "
            "may be forged or altered. Nothing was changed.")
    if isinstance(exc, BundleRejected):
        # What matters first is said in the interface language; the detail follows as the
        # exchange layer words it (one sentence, never testimony, a key or a passphrase).
        return QCoreApplication.translate(
            "Messages", "Bundle refused; nothing was changed. Detail: {why}",
        ).format(why=exc.reason)
    if isinstance(exc, ExchangeError):
        return str(exc)  # one sentence, never testimony, a key or a passphrase
    if isinstance(exc, ReportError):
        return str(exc)  # one sentence (a refused level, its consent): ids only, no testimony
    if isinstance(exc, VaultError):
        return str(exc)  # already one sentence, free of content and secrets
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Messages", "{path} could not be used: {reason}").format(
            path=path, reason=exc.strerror or type(exc).__name__)
    # An unexpected failure: name its type only, since its text could echo input.
    return QCoreApplication.translate(
        "Messages", "Something went wrong ({kind}); nothing was changed.",
    ).format(kind=type(exc).__name__)
