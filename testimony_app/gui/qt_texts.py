"""Qt's own words on standard buttons, in the languages Qt ships no catalogue for.

Qt writes OK, Cancel, Close, Yes… on the buttons of its dialogs and message boxes through
its own catalogues, under the context "QPlatformTheme". Qt has an Arabic one but none for
Sorani, so a Sorani user saw English buttons. Naming the texts here puts them in our
catalogues (lupdate reads these calls), which the app installs for every language; Qt
then finds them when it draws its buttons. Nothing here is testimony.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def standard_button_texts() -> tuple[str, ...]:
    """The buttons the app's windows use, as Qt words them now (each spelled out: lupdate
    does not follow aliases)."""
    return (
        QCoreApplication.translate("QPlatformTheme", "OK"),
        QCoreApplication.translate("QPlatformTheme", "Cancel"),
        QCoreApplication.translate("QPlatformTheme", "Close"),
        QCoreApplication.translate("QPlatformTheme", "&Yes"),
        QCoreApplication.translate("QPlatformTheme", "&No"),
        QCoreApplication.translate("QPlatformTheme", "Save"),
        QCoreApplication.translate("QPlatformTheme", "Open"),
        QCoreApplication.translate("QPlatformTheme", "Discard"),
    )
