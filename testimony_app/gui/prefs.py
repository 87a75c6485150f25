"""User preferences kept in QSettings: language, lock delay, window geometry, last vault.

Only preferences live here, never testimony, never a passphrase, never a record id. The
vault's location is kept only when the user asks for it (it tells whoever holds the laptop
where the vault is), and the settings file is readable by the user alone (0600, in a 0700
folder when Testimony makes it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..i18n import LANGUAGES, default_language

ORGANISATION = "Testimony"
APPLICATION = "Testimony"
DEFAULT_LOCK_MINUTES = 5


class Prefs:
    """Typed access to the few stored preferences; wraps one QSettings object."""

    def __init__(self, settings: QSettings | None = None):
        self.settings = settings if settings is not None else QSettings(ORGANISATION,
                                                                         APPLICATION)
        self._make_private()

    def _make_private(self) -> None:
        """Create the settings file 0600 before Qt writes it (Qt keeps an existing file's
        mode when it saves), and narrow one an older release left readable to others."""
        name = self.settings.fileName()
        if sys.platform == "win32" or not os.path.isabs(name):  # the registry, not a file
            return
        path = Path(name)
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
            os.chmod(path, 0o600)
        except OSError:  # a read-only home: Qt will not be able to save either
            pass

    def _save(self) -> None:
        self.settings.sync()
        self._make_private()

    # -- language --------------------------------------------------------------------------

    def language(self) -> str:
        value = str(self.settings.value("language", "") or "")
        return value if value in LANGUAGES else default_language()

    def set_language(self, lang: str) -> None:
        if lang in LANGUAGES:
            self.settings.setValue("language", lang)
            self._save()

    # -- auto-lock -------------------------------------------------------------------------

    def lock_minutes(self) -> float:
        try:
            minutes = float(self.settings.value("lock_minutes", DEFAULT_LOCK_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_LOCK_MINUTES
        # A zero or negative delay would lock on every pause; a huge one defeats the lock.
        return min(max(minutes, 0.5), 24 * 60) if minutes == minutes else DEFAULT_LOCK_MINUTES

    # -- last vault ------------------------------------------------------------------------

    def remember_vault(self) -> bool:
        """Off unless the user ticked it: a remembered path points a searcher at the vault."""
        return str(self.settings.value("remember_vault", "false")).lower() == "true"

    def last_vault(self) -> Path | None:
        if not self.remember_vault():
            return None
        value = str(self.settings.value("last_vault", "") or "")
        return Path(value) if value else None

    def set_last_vault(self, path: Path | None, *, remember: bool = False) -> None:
        self.settings.setValue("remember_vault", "true" if remember else "false")
        if remember and path is not None:
            self.settings.setValue("last_vault", str(path))
        else:
            self.settings.remove("last_vault")
        self._save()

    # -- window ----------------------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        value = self.settings.value("geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self.settings.setValue("geometry", geometry)
