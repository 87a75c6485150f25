"""Choosing a vault file without leaving a trail of where vaults are kept.

Native dialogs may add the file to the desktop's "recent files" list, so Qt's own dialog
is used; but Qt's dialog records the folders it visited in the user's QtProject settings
(FileDialog/history, lastVisited). Those two entries are put back as they were after
every dialog, so only the app's own "remember this vault" preference decides.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QSettings
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


def choose_existing_vault(parent: QWidget, title: str, start: str, filters: str) -> str:
    with no_folder_trace():
        name, _ = QFileDialog.getOpenFileName(parent, title, start, filters, options=_OPTIONS)
    return name


def choose_new_vault(parent: QWidget, title: str, start: str, filters: str) -> str:
    with no_folder_trace():
        # Overwriting is refused by the create screen itself, with a clear sentence.
        name, _ = QFileDialog.getSaveFileName(
            parent, title, start, filters,
            options=_OPTIONS | QFileDialog.Option.DontConfirmOverwrite)
    return name


def choose_attachment(parent: QWidget, title: str) -> str:
    """A file to store in the vault as an attachment."""
    with no_folder_trace():
        name, _ = QFileDialog.getOpenFileName(parent, title, "", "", options=_OPTIONS)
    return name


def choose_export_path(parent: QWidget, title: str, suggested_name: str) -> str:
    """Where to write an exported attachment (an existing file is refused by the vault)."""
    with no_folder_trace():
        name, _ = QFileDialog.getSaveFileName(
            parent, title, suggested_name, "",
            options=_OPTIONS | QFileDialog.Option.DontConfirmOverwrite)
    return name


def choose_statement_path(parent: QWidget, title: str, suggested_name: str,
                          filters: str) -> str:
    """Where to save a statement PDF; Qt asks before replacing an existing file."""
    with no_folder_trace():
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested_name, filters,
                                              options=_OPTIONS)
    return name


def choose_bundles(parent: QWidget, title: str, filters: str) -> list[str]:
    """One or more hand-in bundles to preview and import."""
    with no_folder_trace():
        names, _ = QFileDialog.getOpenFileNames(parent, title, "", filters, options=_OPTIONS)
    return names


def choose_key_file(parent: QWidget, title: str, filters: str) -> str:
    """Someone's public key file (.tpub) to enrol."""
    with no_folder_trace():
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters, options=_OPTIONS)
    return name


def choose_new_file(parent: QWidget, title: str, suggested_name: str, filters: str) -> str:
    """Where to write a new bundle or public key (an existing file is refused by the
    caller, with a sentence, rather than overwritten)."""
    with no_folder_trace():
        name, _ = QFileDialog.getSaveFileName(
            parent, title, suggested_name, filters,
            options=_OPTIONS | QFileDialog.Option.DontConfirmOverwrite)
    return name
