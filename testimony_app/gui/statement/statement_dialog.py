"""The statement window: choose a level and a language, see the real PDF, print or save it.

The record is read once, when the window opens, and every statement made here comes from
that revision. The witness's consent caps the level exactly as on the command line
(`reports.check_consent`): a refused level cannot be chosen, and if one is forced the
core's sentence is shown and nothing is made. Redaction and layout run off the GUI thread
on the record alone (never the vault); PDFium draws pages on the GUI thread only.
A statement with doubtful words (words that may still identify someone) is saved or
printed only once the user ticks that they were checked, as `testimony pdf --checked`.
Writes nothing but the file the user chose (or what goes to the printer), and adds the
same audit entry as `testimony pdf` (each step is `services.statements`'s, as there).
Must never keep testimony after `forget()`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import LANGUAGES, isolate
from ...reports import LEVELS, ConsentRefused, ReportError, forget_cached_text
from ...reports.metadata import file_name
from ...services import statements
from ...vault import Vault, VaultError
from ..exchange.key_display import plain_tip
from ..file_dialogs import choose_new_path
from ..messages import error_sentence
from ..vault_dialog import VaultDialog
from ..vault_task import Cancelled
from . import pdf_pages
from .doubtful_list import DoubtfulList
from .level_words import LevelWords, default_level
from .page_preview import PagePreview
from .statement_printer import print_statement

_SETTLE_MS = 300  # typing in the organisation box re-makes the PDF once typing pauses


class StatementDialog(VaultDialog):
    def __init__(self, vault: Vault, record_id: str, lang: str,
                 parent: QWidget | None = None):
        # Read once, before the window exists (a missing record leaves no half-made window):
        # every statement made here is of this revision. Fixing the witness's pseudonym is
        # a write, which can fail (the vault busy): also before the window.
        source = statements.open_source(vault, record_id)
        super().__init__(vault, lang, parent)
        self._source: statements.StatementSource | None = source
        self._code = source.code
        self._allowed = source.allowed
        self.words = LevelWords(source.form, self._code, lang, self)
        self._statement: statements.Statement | None = None  # what the preview shows
        self._pdf: bytes | None = None
        self._made_for: tuple[str, str, str] | None = None  # what self._pdf shows
        self._tried: tuple[str, str, str] | None = None  # what was last asked of the task
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.print_dialog: QPrintDialog | None = None

        self.setWindowTitle(self.tr("Statement {code}").format(
            code=isolate(self._code or record_id[:12])))
        self._build(statements.default_organisation(vault), lang)
        self.task.succeeded.connect(self._made)
        self.task.failed.connect(self._failed)
        self.task.finished.connect(self._task_finished)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(_SETTLE_MS)
        self._settle.timeout.connect(self._make)
        self.level.currentIndexChanged.connect(self._changed)
        self.language.currentIndexChanged.connect(self._changed)
        self.organisation.textChanged.connect(self._changed)
        self.resize_to_fit(1040, 780)
        self._make()

    # -- building ----------------------------------------------------------------------

    def _build(self, organisation: str, lang: str) -> None:
        names = self.words.names()
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Redaction level"))
        refusals = []
        for level in LEVELS:
            self.level.addItem(names[level], level)
            if level not in self._allowed:
                sentence = self._refusal(level)
                refusals.append(sentence)
                item = self.level.model().item(self.level.count() - 1)
                item.setEnabled(False)
                item.setToolTip(plain_tip(sentence))  # it names the record's code
        self.level.setCurrentIndex(LEVELS.index(default_level(self._allowed)))

        self.level_note = QLabel()
        self.level_note.setWordWrap(True)
        self.level_note.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_note = QLabel()
        self.consent_note.setWordWrap(True)
        self.consent_note.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_note.setVisible(bool(refusals))
        if refusals:
            self.consent_note.setText(
                self.tr("Greyed-out levels are not allowed by the witness's consent:")
                + "\n" + refusals[0])

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the statement"))
        for code, name in LANGUAGES.items():
            if code in self._source.form.languages:  # the questionnaire is written in it
                self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))

        self.organisation = QLineEdit(organisation)
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setPlaceholderText(self.tr("Named in the header of every page"))

        self.doubtful = DoubtfulList()  # Save and Print wait until these are checked
        self.doubtful.changed.connect(self._update_buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_pdf)
        self.print_button.setToolTip(self.tr(
            "The system's print service keeps a copy of the pages until they are printed, "
            "outside the vault: print only where you trust the computer and the printer."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Redaction level"), self.level)
        form.addRow(self.level_note)
        form.addRow(self.consent_note)
        form.addRow(self.tr("Language of the statement"), self.language)
        form.addRow(self.tr("Organisation"), self.organisation)

        side = QVBoxLayout()
        side.addLayout(form)
        side.addStretch(1)
        side.addWidget(self.doubtful)
        side.addWidget(self.status)
        side.addWidget(self.save_button)
        side.addWidget(self.print_button)
        side.addWidget(buttons)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(300)

        self.preview = PagePreview()
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addWidget(self.preview, 1)
        self._show_level_note()
        self._update_buttons()

    def _refusal(self, level: str) -> str:
        try:
            statements.check_level(self._source, level)
        except ConsentRefused as exc:
            return self.words.refusal(exc)
        return ""

    # -- making the statement ----------------------------------------------------------

    def _wanted(self) -> tuple[str, str, str]:
        return (self.level.currentData(), self.language.currentData(),
                self.organisation.text().strip())

    def _changed(self) -> None:
        self._show_level_note()
        self.status.clear()
        self._update_buttons()  # the PDF on screen no longer matches the choices
        self.preview.set_busy(True)
        self._settle.start()

    def _show_level_note(self) -> None:
        self.level_note.setText(self.words.notes()[self.level.currentData()])

    def _make(self) -> None:
        """Make the PDF for the current choices, unless it is being made or is made."""
        if self._source is None or self.vault is None or self.task.running:
            return  # a running task's end calls this again
        wanted = self._wanted()
        if wanted == self._made_for:
            self.preview.set_busy(False)
            self._update_buttons()
            return
        level, lang, organisation = wanted
        self._tried = wanted
        source = self._source
        try:
            statements.check_level(source, level)
        except ConsentRefused as exc:
            self._drop_pdf()
            self.preview.show_message(self.words.refusal(exc))
            self.preview.set_busy(False)
            return

        def work(progress):  # worker thread: the record read at opening, never the vault
            # A lock may stop the work between redaction and layout (progress raises).
            return wanted, statements.make_statement(source, level, lang, organisation,
                                                     progress)

        self.preview.set_busy(True)
        self._update_buttons()
        self.task.start(work)

    def _made(self, result) -> None:
        made_for, statement = result
        if self.vault is None or made_for != self._wanted():
            return  # stale: the choices changed meanwhile, or the vault was locked
        self._statement, self._pdf, self._made_for = statement, statement.data, made_for
        self.doubtful.show_words(statement.doubtful)
        self.preview.show_pdf(statement.data)

    def _failed(self, exc: BaseException) -> None:
        if self.vault is None or isinstance(exc, Cancelled) or self._tried != self._wanted():
            return
        self._drop_pdf()
        self.preview.show_message(error_sentence(exc))

    def _task_finished(self) -> None:
        if self.vault is None:
            return
        if self._tried != self._wanted():
            self._make()  # the choices changed while the task ran
        else:
            self.preview.set_busy(False)
            self._update_buttons()

    def _drop_pdf(self) -> None:
        self._statement = self._pdf = self._made_for = None
        self.doubtful.clear()
        self._update_buttons()

    def _ready(self) -> bool:
        """A PDF of exactly the current choices is on screen and nothing is running."""
        return (self.vault is not None and self._pdf is not None and not self.task.running
                and self._made_for == self._wanted() and self.doubtful.checked())

    def _update_buttons(self) -> None:
        ready = self._ready()
        self.save_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    # -- output ------------------------------------------------------------------------

    def save_pdf(self) -> None:
        if not self._ready():
            return
        statement, (level, lang, _) = self._statement, self._made_for
        path = choose_new_path(
            self, self.tr("Save the statement as PDF"),
            file_name(self._code, self._source.id, level, lang),
            self.tr("PDF documents (*.pdf)"), confirm_replace=True)
        if not path or not self._ready() or self._statement is not statement:
            return  # cancelled, or locked or changed while the file dialog was up
        try:
            statements.save_statement(self.vault, self._source, statement, path)
        except (ReportError, OSError, VaultError) as exc:
            self.status.setText(error_sentence(exc, path))
            return
        self.status.setText(self.tr("Saved as {path}").format(path=isolate(path)))

    def print_pdf(self) -> None:
        if not self._ready():
            return
        self.printer.setDocName(file_name(self._code, self._source.id, *self._made_for[:2]))
        dialog = QPrintDialog(self.printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setMinMax(1, pdf_pages.page_count(self._pdf))
        dialog.finished.connect(self._print_answered)
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() in PySide wants a slot; QDialog's does not

    def _print_answered(self, result: int) -> None:
        self.print_dialog = None
        if result != QDialog.DialogCode.Accepted or not self._ready():
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = print_statement(self.printer, self._pdf)
        finally:
            QApplication.restoreOverrideCursor()
        if not pages:
            self.status.setText(self.tr("The printer did not accept the statement; try "
                                        "again or save it as PDF."))
            return
        try:  # the audit entry `testimony pdf` writes, plus where it went
            statements.record_output(self.vault, self._source, self._statement, to="printer")
        except VaultError as exc:
            self.status.setText(error_sentence(exc))
            return
        self.status.setText(self.tr("Sent %n page(s) to the printer.", "", pages))

    # -- forgetting --------------------------------------------------------------------

    def _drop_everything(self) -> None:
        self._settle.stop()
        if self.print_dialog is not None:
            self.print_dialog.reject()
            self.print_dialog = None
        self._source = None
        self._drop_pdf()
        self.preview.clear()
        self.status.clear()
        self.level_note.clear()
        self.consent_note.clear()
        self.setWindowTitle("")
        # `running` stays true until the task's queued signals arrive; what matters is
        # that no layout is using the cache now (the callers have waited for the work).
        if self.task.wait(0):
            forget_cached_text()  # the words of this statement, shaped for layout

    def forget(self) -> None:
        self._settle.stop()
        super().forget()  # stops the task and waits for it
        self._drop_everything()

    def done(self, result: int) -> None:
        if self.task.running:
            self.task.cancel()
            self.task.wait()
        self._drop_everything()
        super().done(result)
