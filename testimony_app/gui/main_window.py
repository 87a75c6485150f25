"""The main window: start screens, the records page, menus, Lock and the idle auto-lock.

Owns the open vault (one connection, used from the GUI thread only). Locking closes it
and clears every widget holding testimony, the tooltip, and the clipboard where the app
put testimony on it; nothing of a record survives a lock in this process's widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QStackedWidget,
    QToolTip,
    QWidget,
)

from ..i18n import LANGUAGES
from ..reports import forget_cached_text
from ..services import vaults
from ..vault import Vault, VaultError
from .app import switch_language
from .clipboard import ClipboardGuard
from .create_vault import CreateVaultScreen
from .editor.editor_page import EditorPage
from .editor.resume_offer import offer_resume
from .idle import IdleWatcher
from .messages import error_sentence
from .prefs import Prefs
from .records_page import RecordsPage
from .unlock import UnlockScreen
from .vault_dialog import close_vault_dialogs
from .vault_task import stop_vault_tasks, vault_busy
from .vault_windows import VaultWindows
from .window_fit import fit_to_screen, keep_on_screen
from .workers import wait_for_workers


def starting_vault_path(prefs: Prefs, explicit: Path | None = None) -> Path:
    """--vault, else the remembered vault, else $TESTIMONY_VAULT, else the default file."""
    if explicit is not None:
        return explicit
    remembered = prefs.last_vault()
    if remembered is not None:
        return remembered
    return vaults.vault_path()


class MainWindow(QMainWindow):
    vault_opened = Signal()
    vault_locked = Signal()

    def __init__(self, prefs: Prefs, lang: str, *, idle_ms: int | None = None,
                 vault_path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.prefs = prefs
        self.lang = lang
        self.vault: Vault | None = None
        self.guard = ClipboardGuard(self)
        if idle_ms is None:
            idle_ms = int(prefs.lock_minutes() * 60_000)
        self.idle = IdleWatcher(idle_ms, self)
        self.idle.idle.connect(self.auto_lock)

        self._return_to: tuple[str, str] | None = None  # (record, section) open at lock
        self._build_ui()
        # Made now, not at the first message: the window's height must not change then.
        self.statusBar().setObjectName("status")
        self.setWindowTitle(self.tr("Testimony"))
        fit_to_screen(self, 1100, 720)
        geometry = prefs.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
            keep_on_screen(self)  # saved on a larger screen, or at another scale

        self._path = starting_vault_path(prefs, vault_path)
        if self._path.exists():
            self.show_unlock(self._path)
        else:
            self.show_create(self._path)

    # -- the window's contents (built again when the language changes) -------------------

    def _build_ui(self) -> None:
        """Pages, menus and toolbar in the current language. Actions and toolbar belong to
        `_chrome`, so that a language change can drop them all at once."""
        self._chrome = QObject(self)
        self.unlock_screen = UnlockScreen(self)
        self.unlock_screen.remember.setChecked(self.prefs.remember_vault())
        self.unlock_screen.opened.connect(self._on_vault_opened)
        self.unlock_screen.create_requested.connect(self.new_vault)
        self.create_screen = CreateVaultScreen(self.lang, self)
        self.create_screen.opened.connect(self._on_vault_opened)
        # Bound methods, not lambdas holding `self`, in connections of the window's own
        # children: such a lambda can crash Qt when the window is deleted.
        self.create_screen.back_requested.connect(self._back_to_unlock)
        self.records = RecordsPage(self.lang, self.guard, self)
        self.records.failed.connect(self._show_status)
        self.records.edit_requested.connect(self.edit_record)
        self.editor = EditorPage(self.lang, self)
        self.editor.closed.connect(self._on_editor_closed)
        self.editor.message.connect(self._show_status)
        self.stack = QStackedWidget(self)
        for page in (self.unlock_screen, self.create_screen, self.records, self.editor):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

        self._build_menus()

    # -- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        vault_menu = self.vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        self.new_action = QAction(self.tr("&New vault…"), self._chrome)
        self.new_action.triggered.connect(self.new_vault)
        self.open_action = QAction(self.tr("&Open vault…"), self._chrome)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_vault)
        self.lock_action = QAction(self.tr("&Lock"), self._chrome)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self._lock_now)
        self.lock_action.setEnabled(False)
        self.quit_action = QAction(self.tr("&Quit"), self._chrome)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        vault_menu.addAction(self.new_action)
        vault_menu.addAction(self.open_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.lock_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.quit_action)

        record_menu = self.record_menu = self.menuBar().addMenu(self.tr("&Interview"))
        self.new_interview_action = QAction(self.tr("&New interview"), self._chrome)
        self.new_interview_action.setObjectName("new_interview")
        self.new_interview_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_interview_action.triggered.connect(self.new_interview)
        self.new_interview_action.setEnabled(False)
        record_menu.addAction(self.new_interview_action)
        toolbar = self.toolbar = self.addToolBar(self.tr("Interview"))
        toolbar.setObjectName("interview_toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.new_interview_action)
        self.windows = VaultWindows(self)
        self.records.conflict_requested.connect(self.windows.open_conflict_of)

        language_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self._chrome)
        group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self._chrome, checkable=True)
            action.setChecked(code == self.lang)
            action.setData(code)
            action.triggered.connect(self._on_language_action)
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action

    def _on_language_action(self) -> None:
        self.choose_language(self.sender().data())

    def _show_page(self, page: QWidget) -> None:
        # Not through the stack's currentChanged signal: the stack emits it while the
        # window is being deleted, when no Python slot of the window may run.
        self.stack.setCurrentWidget(page)
        self.windows.update()

    def _back_to_unlock(self) -> None:
        self.show_unlock(self.unlock_screen.path or self._path)

    def _lock_now(self) -> None:
        self.lock()

    def choose_language(self, lang: str) -> None:
        """Switch the interface language now, keeping the vault as it is: a locked vault
        stays locked; an open one stays open, back on the list or the record and section
        being edited. Every page is built again in the new language; the old pages are
        cleared of testimony first (as at a lock) and deleted."""
        if lang == self.lang:
            self.prefs.set_language(lang)
            return
        if vault_busy() or self.unlock_screen.opener.busy or self.create_screen.opener.busy:
            self.language_actions[self.lang].setChecked(True)
            self._show_status(self.tr("Wait until the current work is done, then choose "
                                      "the language again."))
            return
        self.prefs.set_language(lang)
        vault, where = self.vault, None
        QToolTip.hideText()
        close_vault_dialogs(self)
        for box in self.findChildren(QMessageBox):  # a resume offer, say: built again
            box.close()
        if vault is not None and self.stack.currentWidget() is self.editor:
            where = self.editor.suspend()  # writes what was typed, as a lock does
        self.editor.clear()
        self.records.clear()
        self.unlock_screen.passphrase.wipe()
        self.create_screen.reset()
        switch_language(QApplication.instance(), lang)
        self.lang = lang
        self.statusBar().clearMessage()  # a message in the old language
        # setMenuBar and setCentralWidget delete the old bar and pages (later, safely: this
        # runs from one of the old menu's actions).
        self.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        self.windows.deleteLater()
        self._chrome.deleteLater()
        self.setMenuBar(QMenuBar(self))
        self._build_ui()
        if vault is None:
            self.setWindowTitle(self.tr("Testimony"))
            if self._path.exists():
                self.show_unlock(self._path)
            else:
                self.show_create(self._path)
            return
        self._show_vault(vault)
        if where is not None:
            self.edit_record(*where)

    # -- screens ---------------------------------------------------------------------------

    def show_unlock(self, path: Path, message: str = "") -> None:
        self._path = path
        self.unlock_screen.start(path, message=message)
        self._show_page(self.unlock_screen)
        self.unlock_screen.passphrase.setFocus()

    def show_create(self, path: Path | None = None) -> None:
        if path is None or path.exists():
            path = _free_name(vaults.default_vault_path())
        self.create_screen.start(path)
        self._show_page(self.create_screen)
        self.create_screen.name_edit.setFocus()

    def new_vault(self) -> None:
        if self.vault is not None:
            self.lock()
        self.show_create(None)

    def open_vault(self) -> None:
        if self.vault is not None:
            self.lock()
        if self.stack.currentWidget() is not self.unlock_screen:
            self.show_unlock(self._path)
        self.unlock_screen.choose_vault()

    # -- open, lock ------------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self.vault is not None

    def _on_vault_opened(self, vault: Vault) -> None:
        if self.vault is not None:  # never two open vaults: keep the one already shown
            vault.close()
            return
        self.vault = vault
        self._path = vault.path
        self.prefs.set_last_vault(vault.path, remember=self.unlock_screen.remember.isChecked())
        self._show_vault(vault)
        self.statusBar().showMessage(self.tr("Vault unlocked. Lock it with Ctrl+L."), 5_000)
        self.idle.start()
        if self._return_to is not None:  # back to the record and section open at the lock
            record_id, section = self._return_to
            self._return_to = None
            self.edit_record(record_id, section)
        else:
            offer_resume(self, vault, self.edit_record)
        self.vault_opened.emit()

    def _show_vault(self, vault: Vault) -> None:
        """The records list of the open vault, and the menus that need one."""
        self.records.open(vault)
        self._show_page(self.records)
        self.lock_action.setEnabled(True)
        self.new_interview_action.setEnabled(True)
        self.setWindowTitle(self.tr("Testimony — {name}").format(name=vault.path.name))

    def lock(self, message: str = "") -> None:
        """Close the vault and forget everything it showed; back to the unlock screen."""
        self.idle.stop()
        QToolTip.hideText()  # a tooltip may be showing a witness's name
        # An export or import in progress stops and rolls back first; work that does not
        # stop within a minute has its SQLite statement interrupted.
        if not stop_vault_tasks() and self.vault is not None:
            self.vault.interrupt()
            stop_vault_tasks(10.0)
        problems: list[str] = []  # what the editor could not write, said on the unlock screen
        note = problems.append
        self.editor.message.connect(note)
        try:
            close_vault_dialogs(self)
            if self.vault is not None and self.stack.currentWidget() is self.editor:
                self._return_to = self.editor.suspend()  # writes what was typed, in the vault
            if problems and not message:
                message = problems[-1]
        except Exception as exc:  # noqa: BLE001 - the lock goes on whatever failed
            # Nothing may keep the vault open: a lock that fails half-way is worse than
            # losing the last seconds of typing (the working copy holds the rest).
            message = error_sentence(exc)
        finally:
            self.editor.message.disconnect(note)
        forget_cached_text()  # statements' shaped words and letters, kept for speed
        self.editor.clear()
        self.records.clear()
        self.guard.clear_if_ours()
        was_open = self.vault is not None
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self.lock_action.setEnabled(False)
        self.new_interview_action.setEnabled(False)
        self.setWindowTitle(self.tr("Testimony"))
        self.statusBar().clearMessage()
        self.show_unlock(self._path, message)
        if was_open:
            self.vault_locked.emit()

    # -- the editor ------------------------------------------------------------------------

    def _vault_taken(self) -> bool:
        """A file being stored owns the vault's connection: say so rather than wait."""
        if vault_busy():
            self.statusBar().showMessage(self.tr(
                "A file is being stored in the vault: wait until it is done."), 10_000)
            return True
        return False

    def new_interview(self) -> None:
        if self.vault is None or self._vault_taken():
            return
        if self.stack.currentWidget() is self.editor:
            self.editor.save_draft()
        self.editor.new_interview(self.vault)
        self._show_page(self.editor)
        self.editor.stack.currentWidget().group.focus_first()

    def edit_record(self, record_id: str, section: str | None = None) -> None:
        if self.vault is None or self._vault_taken():
            return
        shown = self.stack.currentWidget()
        self._show_page(self.editor)  # first: focus only goes to shown widgets
        try:
            self.editor.open_record(self.vault, record_id, section)
        except VaultError as exc:
            self._show_page(shown)
            self.statusBar().showMessage(error_sentence(exc), 10_000)

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    def _on_editor_closed(self) -> None:
        if self.vault is not None:
            self.records.open(self.vault)
            self._show_page(self.records)

    def auto_lock(self) -> None:
        if self.vault is None:
            return
        minutes = max(1, round(self.idle.interval_ms / 60_000))
        self.lock(self.tr("Locked after %n min without use.", "", minutes))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.set_geometry(self.saveGeometry())
        self.lock()
        self.unlock_screen.opener.cancel()
        self.create_screen.opener.cancel()
        wait_for_workers()
        super().closeEvent(event)


def _free_name(path: Path) -> Path:
    """`path`, or `path` with -2, -3… added before the suffix if that file exists."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate
