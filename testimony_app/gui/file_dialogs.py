"""Choosing a vault file without leaving a trail of where vaults are kept.

Native dialogs may add the file to the desktop's "recent files" list, so Qt's own dialog
is used; but Qt's dialog records the folders it visited in the user's QtProject settings
(FileDialog/history, lastVisited). Those two entries are put back as they were after
every dialog, so only the app's own "remember this vault" preference decides.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_TRACE_KEYS = ("history", "lastVisited")


def _qt_dialog_settings() -> QSettings:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    return settings


@contextmanager
def no_folder_trace() -> Iterator[None]:
    before = _qt_dialog_settings()
    saved = {key: before.value(key) for key in _TRACE_KEYS if before.contains(key)}
    del before
    try:
        yield
    finally:
        after = _qt_dialog_settings()
        for key in _TRACE_KEYS:
            if key in saved:
                after.setValue(key, saved[key])
            else:
                after.remove(key)
        after.sync()


_OPTIONS = QFileDialog.Option.DontUseNativeDialog


def start_folder() -> Path:
    """The user's documents folder, else home: where a dialog opens when no folder is
    known (Qt would open in the working directory, often the install folder)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def _start(start: str) -> str:
    """`start` if it names a folder or file by its full path; a bare suggested file name
    goes into the start folder."""
    if start and Path(start).expanduser().is_absolute():
        return start
    return str(start_folder() / start) if start else str(start_folder())


def choose_file(parent: QWidget, title: str, start: str = "", filters: str = "") -> str:
    """An existing file to read: a vault to open, an attachment to add, a key to enrol."""
    with no_folder_trace():
        name, _ = QFileDialog.getOpenFileName(parent, title, _start(start), filters,
                                              options=_OPTIONS)
    return name


def choose_files(parent: QWidget, title: str, filters: str = "") -> list[str]:
    """Existing files to read: hand-in bundles to preview and import."""
    with no_folder_trace():
        names, _ = QFileDialog.getOpenFileNames(parent, title, _start(""), filters,
                                                options=_OPTIONS)
    return names


def choose_new_path(parent: QWidget, title: str, start: str = "", filters: str = "", *,
                    confirm_replace: bool = False) -> str:
    """Where to write a file. Without `confirm_replace` an existing file is refused by the
    caller with a sentence (a vault, a bundle, a key or an attachment is never written
    over); with it, Qt asks before the caller replaces it (a statement)."""
    options = _OPTIONS if confirm_replace else \
        _OPTIONS | QFileDialog.Option.DontConfirmOverwrite
    with no_folder_trace():
        name, _ = QFileDialog.getSaveFileName(parent, title, _start(start), filters,
                                              options=options)
    return name
