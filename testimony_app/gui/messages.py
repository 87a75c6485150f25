"""The core's messages in the interface language, for dialogs, labels and the editor.

The core says everything as a code of testimony_app.messages with parameters; here its
English template is looked up in Qt's translation files (context "Core") and the
parameters put in, each a bidi isolate when the sentence is translated (Arabic, Sorani),
so "-1", a path or a fingerprint keeps its order. A few errors get a sentence of their own
that says what to do in the GUI.

Never puts a passphrase or testimony in a message: the core's messages carry neither, and
the sentences here name only paths the user chose.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..exchange import BundleAlarm, BundleRejected
from ..form import Problem
from ..i18n import isolate
from ..messages import CATALOGUE, CONTEXT, CodedError, Message, render
from ..vault import (
    NotAVault,
    StorageFull,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)

# Each call spells out QCoreApplication.translate with literal strings: that is what
# pyside6-lupdate extracts (it does not follow aliases or variables). The core's templates
# are extracted from testimony_app/messages, where each is marked QT_TRANSLATE_NOOP.


def _translate(context: str, template: str) -> str:
    return QCoreApplication.translate(context, template)


def message_text(message: Message) -> str:
    """A core message in the interface language; English where no translation is loaded."""
    translated = _translate(CONTEXT, CATALOGUE[message.code]) != CATALOGUE[message.code]
    return render(message, _translate, isolate if translated else str)


def problem_text(problem: Problem, lang: str) -> str:
    """A validator's problem in the interface language `lang`: the questionnaire's own
    words for its constraints, the catalogue's for the rest."""
    if problem.text is not None:
        return problem.text.get(lang)
    if problem.said is not None:
        return message_text(problem.said)
    return problem.message


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
        # What matters first is said as the GUI words it; the reason follows from the core.
        return QCoreApplication.translate(
            "Messages", "Bundle refused; nothing was changed. Detail: {why}",
        ).format(why=message_text(exc.why))
    if isinstance(exc, CodedError):
        return message_text(exc.message)  # one sentence, never testimony, a key or a passphrase
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Messages", "{path} could not be used: {reason}").format(
            path=path, reason=exc.strerror or type(exc).__name__)
    # An unexpected failure: name its type only, since its text could echo input.
    return QCoreApplication.translate(
        "Messages", "Something went wrong ({kind}); nothing was changed.",
    ).format(kind=type(exc).__name__)
