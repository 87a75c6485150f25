"""`testimony-gui`: start the desktop app in the chosen language.

The language is settled before the first widget exists: --lang, else the stored
preference, else the system's. Layout direction is set here from the language, never
guessed by Qt (which has no Sorani base translation). Nothing here touches testimony.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from .. import resources
from ..i18n import LANGUAGES, is_rtl
from .prefs import APPLICATION, ORGANISATION, Prefs

# QLocale names for our language codes: Sorani is Central Kurdish written in Arabic script.
_QT_LOCALE = {"en": "en_GB", "ar": "ar_IQ", "ckb": "ckb_IQ"}


def translations_dir() -> Path:
    """Where the built .qm catalogues live: inside the package (see resources.py)."""
    return resources.translations_dir()


# The list apply_language last returned: switch_language swaps its contents in place, so
# whoever holds it (main(), a test) still removes the translators in use at the end.
_in_use: list[QTranslator] = []


def apply_language(app: QApplication, lang: str) -> list[QTranslator]:
    """Install translations for `lang` and set the layout direction; returns the
    translators, which must be kept alive as long as they are installed."""
    global _in_use
    installed = _in_use = _install(app, lang)
    return installed


def switch_language(app: QApplication, lang: str) -> None:
    """Replace the translators in use by those of `lang` (the running app's windows
    then build their texts again: see MainWindow.choose_language)."""
    for translator in _in_use:
        app.removeTranslator(translator)
    _in_use[:] = _install(app, lang)


def _install(app: QApplication, lang: str) -> list[QTranslator]:
    QLocale.setDefault(QLocale(_QT_LOCALE.get(lang, lang)))
    installed: list[QTranslator] = []
    if lang != "en":
        candidates = [
            (translations_dir(), f"testimony_{lang}"),
            (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
             f"qtbase_{lang}"),
        ]
        for folder, name in candidates:
            translator = QTranslator(app)
            # Absent catalogues are normal (not built yet, or Qt has none for Sorani).
            if translator.load(name, str(folder)) and app.installTranslator(translator):
                installed.append(translator)
    # After the translators: our choice wins over any direction a catalogue declares.
    direction = Qt.LayoutDirection.RightToLeft if is_rtl(lang) else Qt.LayoutDirection.LeftToRight
    QGuiApplication.setLayoutDirection(direction)
    return installed


def remove_language(app: QApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    QGuiApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="testimony-gui",
                                     description="Testimony: encrypted interview records.")
    parser.add_argument("--lang", choices=sorted(LANGUAGES),
                        help="interface language (default: the saved choice or the system's)")
    parser.add_argument("--vault", type=Path, help="the vault file to unlock")
    # Qt's own options (-style, -platform …) are left for QApplication.
    args, _unknown = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Testimony")
    app.setDesktopFileName("testimony")
    prefs = Prefs()
    lang = args.lang or prefs.language()
    translators = apply_language(app, lang)

    from . import crash_guard
    from .main_window import MainWindow  # widgets only after the language is settled

    crash_guard.install()
    window = MainWindow(prefs, lang, vault_path=args.vault.expanduser() if args.vault else None)
    window.show()
    try:
        return app.exec()
    finally:
        # Deleted here, on the GUI thread. The window sits in reference cycles: left to
        # Python's garbage collector, it (and the settings) would be deleted at whatever
        # later collection, on whichever thread runs it, and a widget tree deleted off
        # the GUI thread crashes the process.
        window.deleteLater()
        prefs.settings.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        remove_language(app, translators)


if __name__ == "__main__":
    sys.exit(main())
