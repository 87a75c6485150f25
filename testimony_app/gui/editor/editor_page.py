"""The interview editor page: section navigator, section pages, and the side panels.

Saving: every change restarts a short timer; when it fires (or the focus moves to another
field) the answers go to the record's working copy in the vault. A revision is written on
Save (Ctrl+S), Complete, and when the user leaves the record or the app locks. `clear()`
empties every widget: after it, no testimony is left in this page.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...form import Form
from ...services.editing import EditSession, default_answers
from ...vault import Vault, VaultError
from .editor_bar import EditorBar
from .navigator import SectionNavigator
from .page_content import collect_answers, collect_marks, show_checks, spread_marks
from .problems_panel import ProblemsPanel
from .saving import (
    complete_record,
    reload_attachment_rows,
    same_marks,
    save_revision,
    save_with_reason,
    write_working_copy,
)
from .section_page import SectionPage
from .side_panels import make_attachments_panel, make_history_panel

AUTOSAVE_MS = 2000
MAX_UNSAVED_MS = 8000  # typing without a pause still reaches the vault this often
VALIDATE_MS = 300


class EditorPage(QWidget):
    closed = Signal()  # the user went back to the list
    message = Signal(str)  # one sentence for the status bar
    saved = Signal()  # the working copy or a revision was written

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.vault: Vault | None = None
        self.session: EditSession | None = None
        self.form: Form | None = None
        self.pages: dict[str, SectionPage] = {}
        self._loading = False
        self.dirty = False
        self._stored: tuple[dict, list] = ({}, [])
        self._copied: tuple[dict, list] = ({}, [])

        self.bar = EditorBar(self)
        self.title, self.save_state = self.bar.title, self.bar.save_state
        self.back_button, self.save_button = self.bar.back_button, self.bar.save_button
        self.complete_button = self.bar.complete_button
        self.back_button.clicked.connect(self.leave)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.complete_button.clicked.connect(self.complete)

        self.stack = QStackedWidget(self)
        self.navigator: SectionNavigator | None = None
        self.problems = ProblemsPanel(self)
        self.problems.jump.connect(self.jump_to)
        self.side = QTabWidget(self)
        self.side.setObjectName("side_panels")
        self.side.addTab(self.problems, self.tr("Check"))
        self._add_helper_panels()
        # Not currentChanged: that also fires while the tab widget is being destroyed.
        self.side.tabBarClicked.connect(self._on_tab_clicked)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([860, 340])
        self.main = QHBoxLayout()
        self.main.addWidget(self.splitter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addLayout(self.main, 1)

        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.max_unsaved_ms = MAX_UNSAVED_MS
        self.unsaved_since = QElapsedTimer()
        self.unsaved_since.start()
        self.validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_MS)
        self.validate_timer.timeout.connect(self.revalidate)
        self._focus_hooked = False
        # Bound methods, never lambdas: a lambda holding `self` inside a connection of one
        # of its own children can crash Qt when the page is destroyed.
        # Not Alt+Down/Up: those open a drop-down list, and must keep doing so.
        for keys, slot in (("Ctrl+PgDown", self.next_section),
                           ("Ctrl+PgUp", self.previous_section),
                           (QKeySequence.StandardKey.Save, self._on_save_clicked),
                           ("Ctrl+Return", self.complete), ("Ctrl+Enter", self.complete)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _add_helper_panels(self) -> None:
        """History and attachments panels (their own modules) as side tabs."""
        self.attachments = make_attachments_panel(self)
        self.attachments.attached.connect(self._on_attached)
        self.attachments.busy_changed.connect(self._on_attachment_busy)
        self.history = make_history_panel(self)
        self.side.addTab(self.attachments, self.tr("Attachments"))
        self.side.addTab(self.history, self.tr("History"))
        # Every tab in sight: no scroll arrows hiding History; the panel is never narrower
        # than its tabs (the splitter stops there).
        tabs = self.side.tabBar()
        tabs.setUsesScrollButtons(False)
        tabs.setElideMode(Qt.TextElideMode.ElideNone)
        tabs.setExpanding(False)

    # -- building ----------------------------------------------------------------------------

    def _build(self, form: Form) -> None:
        if self.form is form:
            return
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        if self.navigator is not None:
            self.navigator.deleteLater()
        self.form, self.pages = form, {}
        self.navigator = SectionNavigator(form, self.lang, self)
        self.navigator.currentRowChanged.connect(self._on_nav_row)
        self.main.insertWidget(0, self.navigator)
        for section in form.sections:
            page = SectionPage(section, self.lang, self)
            page.group.changed.connect(self._on_changed)
            self.pages[section.name] = page
            self.stack.addWidget(page)

    # -- opening and leaving -----------------------------------------------------------------

    def new_interview(self, vault: Vault, form: Form | None = None) -> None:
        self.clear()
        self.vault, self.session = vault, EditSession.new(vault, form)
        self._build(self.session.form)
        self._load(default_answers(self.session.form), [], None)

    def open_record(self, vault: Vault, record_id: str, where: str | None = None) -> None:
        """Open a record (its working copy, if one was left) at a section or field path."""
        section = where.split(".", 1)[0] if where else None
        self.clear()
        self.vault = vault
        self.session, copy, record = EditSession.open(vault, record_id)
        self._build(self.session.form)
        if copy is not None:
            # The revision as the widgets give it back (so a copy equal to it counts as
            # no change), then the working copy, newer, written as a revision on leave.
            self._load(record.answers, record.marks, None, check=False)
            stored = self._stored
            self._load(copy.answers, copy.marks, section or copy.section)
            self.dirty, self._stored = True, stored
            self._copied = (copy.answers, copy.marks)
        else:
            self._load(record.answers, record.marks, section)
        self._open_panels()
        if where and "." in where:
            self.jump_to(where)

    def ensure_record(self) -> None:
        """A new interview becomes a record now (to attach a file to it, say)."""
        if self.session is not None and self.session.record_id is None:
            self.dirty = True
            self._copied = (None, None)  # nothing is in the vault yet: write it
            self.autosave()

    def _open_panels(self) -> None:
        if self.session and self.session.record_id:
            self.attachments.open(self.vault, self.session.record_id, self.lang)
            self.history.open(self.vault, self.session.record_id, self.lang)
            self._refresh_attachment_options()

    def reload(self, answers: dict, marks: list, section: str | None) -> None:
        """Show a stored revision again (after discarding edits): nothing unsaved is left."""
        self._load(answers, marks, section)
        self._open_panels()

    def _load(self, answers: dict, marks: list, section: str | None, *,
              check: bool = True) -> None:
        self._loading = True
        try:
            for name, page in self.pages.items():
                page.group.set_value(answers.get(name))
            self.set_marks(marks)
        finally:
            self._loading = False
        self.dirty = False
        self.mark_saved()
        if not check:
            return
        self._update_title()
        self.go_to_section(section or self.form.sections[0].name)
        self.revalidate()

    def leave(self) -> None:
        """Back to the list, after writing what was typed (asks a reason when amending)."""
        if self.session is not None and self.session.status == "complete" \
                and not self.unchanged():
            self.save(then=self._close)
            return
        if self.session is not None and self.unchanged() and not self._attachment_storing():
            # A working copy left equal to the revision (edits typed and taken back before
            # a lock) is no unsaved work: it must not be offered back at the next unlock.
            try:
                self.session.discard_working_copy()
            except VaultError:
                pass  # harmless: the copy equals the revision, offering it back is all
        self.save_draft()
        self._close()

    def _close(self) -> None:
        self.clear()
        self.closed.emit()

    def suspend(self) -> tuple[str, str] | None:
        """Before a lock: write everything; return (record id, the field path with the
        keyboard focus, else the section) to come back to."""
        if self.session is None:
            return None
        self.autosave()
        self.save_draft()
        page = self.stack.currentWidget()
        focused = QApplication.focusWidget()
        path = page.group.path_of(focused) if focused is not None else None
        where = (self.session.record_id, path or self.current_section())
        return where if where[0] else None

    def clear(self) -> None:
        """Forget every piece of testimony in this page."""
        self.autosave_timer.stop()
        self.validate_timer.stop()
        self._loading = True
        for page in self.pages.values():
            page.group.clear()
            page.group.apply_errors({})
        self._loading = False
        self.problems.clear()
        self.attachments.clear()
        self.history.clear()
        self.bar.clear()
        self.session, self.vault, self.dirty = None, None, False

    # -- answers -----------------------------------------------------------------------------

    def mark_saved(self, *, revision: bool = True) -> None:
        """Remember what is stored now (in a revision, or only in the working copy); only
        a difference from it is worth writing."""
        self._copied = (self.answers(), self.marks())
        if revision:
            self._stored = self._copied

    def unchanged(self, *, since_copy: bool = False) -> bool:
        answers, marks = self._copied if since_copy else self._stored
        return answers == self.answers() and same_marks(marks or [], self.marks())

    def answers(self) -> dict:
        return collect_answers(self.pages)

    def marks(self) -> list[dict]:
        return collect_marks(self.pages)

    def set_marks(self, marks: list) -> None:
        spread_marks(self.pages, marks)

    # -- navigation --------------------------------------------------------------------------

    def current_section(self) -> str:
        page = self.stack.currentWidget()
        return page.section.name if isinstance(page, SectionPage) else ""

    def go_to_section(self, name: str) -> None:
        if name in self.pages:
            self.navigator.setCurrentRow(self.navigator.names.index(name))

    def next_section(self) -> None:
        self.step(1)

    def previous_section(self) -> None:
        self.step(-1)

    def _on_save_clicked(self) -> None:
        self.save()

    def _on_tab_clicked(self, index: int) -> None:
        if self.side.widget(index) is self.attachments:
            self.ensure_record()

    def step(self, delta: int) -> None:
        if self.navigator is None:
            return
        row = self.navigator.currentRow() + delta
        if 0 <= row < self.navigator.count():
            self.navigator.setCurrentRow(row)
            self.stack.currentWidget().group.focus_first()

    def _on_nav_row(self, row: int) -> None:
        if 0 <= row < len(self.navigator.names):
            self.stack.setCurrentWidget(self.pages[self.navigator.names[row]])
            if self.navigator.names[row] == "attachments":
                self.ensure_record()
            if self.session is not None:
                self._on_changed(autosave_only=True)

    def jump_to(self, path: str) -> None:
        section = path.split(".", 1)[0]
        page = self.pages.get(section)
        if page is None:
            return
        self.go_to_section(section)
        widget = page.group.find(path) or page.group
        page.show_widget(widget)

    # -- changes, validation, saving ---------------------------------------------------------

    def _on_changed(self, *_args, autosave_only: bool = False) -> None:
        if self._loading or self.session is None:
            return
        if not self.dirty:
            self.unsaved_since.start()
        self.dirty = True
        if not autosave_only:
            self.validate_timer.start()
        if self.unsaved_since.elapsed() >= self.max_unsaved_ms:
            self.autosave()  # a few ms (see session.write_times): no stall worth a pause
        else:
            self.autosave_timer.start()

    # Focus changes are followed only while the page is shown: a page being destroyed (its
    # window closed) must not be called back about its own dying widgets.
    def showEvent(self, event) -> None:
        if not self._focus_hooked:
            QApplication.instance().focusChanged.connect(self._on_focus_changed)
            self._focus_hooked = True
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        if self._focus_hooked:
            QApplication.instance().focusChanged.disconnect(self._on_focus_changed)
            self._focus_hooked = False
        super().hideEvent(event)

    def _on_focus_changed(self, old, _new) -> None:
        # Plain attributes first: focus also moves while widgets are being destroyed, and
        # then nothing of Qt's may be asked about them.
        if not self.dirty or self.session is None or old is None or not self.isVisible():
            return
        if self.isAncestorOf(old):
            self.autosave()

    def revalidate(self) -> None:
        if self.form is not None:
            show_checks(self.form, self.pages, self.navigator)

    def autosave(self) -> None:
        """Write the working copy now (GUI thread: it takes a few ms, see the report)."""
        self.autosave_timer.stop()
        if not self.dirty or self.session is None:
            return
        if self._attachment_storing():  # its task owns the connection
            self.autosave_timer.start()
            return
        if self.unchanged(since_copy=True):
            return
        if write_working_copy(self):
            self.dirty = False

    def save_draft(self) -> None:
        if not self._attachment_storing():
            save_revision(self)

    def save(self, *, then=None) -> None:
        if not self._attachment_storing():
            save_with_reason(self, then)

    def complete(self) -> None:
        if not self._attachment_storing():
            complete_record(self)

    # -- attachments -------------------------------------------------------------------------

    def _on_attached(self) -> None:
        reload_attachment_rows(self)

    def _attachment_storing(self) -> bool:
        """A file is being stored: its task owns the connection, so nothing here may use
        it (Ctrl+S and the timers included). A storing that has just ended has its row
        taken in first, or a revision written now would leave the file out."""
        storing = getattr(self.attachments, "storing", None)  # the stand-in never stores
        return storing is not None and storing()

    def _on_attachment_busy(self, busy: bool) -> None:
        """While a file is stored, nothing here writes or reads: the answers, the bar and
        the history wait."""
        if busy:
            self.autosave_timer.stop()
        self.stack.setEnabled(not busy)
        self.bar.setEnabled(not busy)
        self.history.setEnabled(not busy)
        if not busy and self.dirty:
            self.autosave_timer.start()

    def _refresh_attachment_options(self) -> None:
        head = self.session.head()
        options = [(a["id"], a["name"]) for a in head.attachments]
        loading, self._loading = self._loading, True  # new choices are not a user's change
        try:
            for page in self.pages.values():
                for widget in page.group.attachment_fields():
                    widget.set_options(options)
        finally:
            self._loading = loading

    def _update_title(self) -> None:
        if self.session is None:
            return
        code = self.session.code or self.tr("New interview")
        status = self.tr("complete") if self.session.status == "complete" else self.tr("draft")
        self.title.setText(f"<b>{code}</b> — {status}")
