"""The statement window on a real vault: real PDFs previewed, saved, printed and read back."""

from __future__ import annotations

import copy
import hashlib
import io
import random
import stat

import pytest
from file_dialog_driver import answering_file_dialog
from pypdf import PdfReader
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from testimony_app.demo import demo_record
from testimony_app.gui.statement.statement_dialog import StatementDialog
from testimony_app.gui.vault_dialog import close_vault_dialogs
from testimony_app.reports import LEVELS, shaping
from testimony_app.reports.levels import BANNERS
from testimony_app.vault import RecordNotFound

CANARY_NAME = "Zubaydqx"
CANARY_PLACE = "CANARYHOUSE77"


def _doc(scope="named_public", **consent):
    doc = demo_record(4, random.Random(11))
    doc["answers"]["consent"] = {"given": True, "method": "verbal_noted", "scope": scope,
                                 "quotes_allowed": False, **consent}
    return doc


def _canary_doc():
    doc = _doc("anonymous_public")
    witness = doc["answers"]["witness"]
    witness["full_name"] = {**witness["full_name"], "given": CANARY_NAME}
    witness["current_residence"] = f"{CANARY_PLACE} street, house 7"
    return doc


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def open_dialog(qtbot, vault):
    """Store `doc` in the vault and open its statement window over a stand-in main window."""
    parents = []  # kept for the whole test: the window is the parent's child

    def run(doc, lang="en"):
        record = vault.add(copy.deepcopy(doc))
        parent = QWidget()
        qtbot.addWidget(parent)
        parents.append(parent)
        dialog = StatementDialog(vault, record.id, lang, parent)
        dialog.open()
        qtbot.waitExposed(dialog)
        return record, dialog

    yield run
    for parent in parents:
        close_vault_dialogs(parent)


def _ready(qtbot, dialog):
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=20_000)
    return dialog._pdf


def _choose(dialog, level=None, lang=None):
    if level is not None:
        dialog.level.setCurrentIndex(dialog.level.findData(level))
    if lang is not None:
        dialog.language.setCurrentIndex(dialog.language.findData(lang))


def _statement_events(vault, record_id):
    return [e for e in vault.audit_events(record_id) if e.action == "statement"]


def _enabled_levels(dialog):
    model = dialog.level.model()
    return [dialog.level.itemData(i) for i in range(dialog.level.count())
            if model.item(i).isEnabled()]


def test_preview_shows_every_page_of_the_real_pdf(qtbot, vault, open_dialog):
    _, dialog = open_dialog(_doc())
    data = _ready(qtbot, dialog)
    assert dialog.level.currentData() == "public-anonymous"  # the default for named_public
    assert "PUBLIC - REDACTED" in _text(data)
    shown = dialog.preview.page_labels
    assert len(shown) == _pages(data) >= 2
    assert all(not label.pixmap().isNull() for label in shown)
    width = dialog.preview.scroll.viewport().width()
    assert all(width - 40 < label.pixmap().deviceIndependentSize().width() <= width
               for label in shown)  # fit to the width of the view
    assert dialog.preview.position.text() == f"Page 1 of {len(shown)}"
    bar = dialog.preview.scroll.verticalScrollBar()

    def scrolled_to_the_end() -> bool:  # the scroll range grows once the layout has run
        bar.setValue(bar.maximum())
        return dialog.preview.position.text() == f"Page {len(shown)} of {len(shown)}"

    qtbot.waitUntil(scrolled_to_the_end, timeout=5_000)
    before = shown[0].pixmap().width()
    dialog.resize(dialog.width() + 200, dialog.height())
    qtbot.waitUntil(lambda: dialog.preview.page_labels and
                    dialog.preview.page_labels[0].pixmap().width() > before + 150)
    assert len(dialog.preview.page_labels) == len(shown)


def test_a_record_that_is_not_there_opens_no_window(qtbot, vault):
    parent = QWidget()
    qtbot.addWidget(parent)
    with pytest.raises(RecordNotFound):
        StatementDialog(vault, "no-such-record", "en", parent)
    assert parent.findChildren(StatementDialog) == []


def test_levels_follow_consent(qtbot, vault, open_dialog):
    _, dialog = open_dialog(_doc())
    assert _enabled_levels(dialog) == list(LEVELS)
    assert not dialog.consent_note.isVisible()
    dialog.close()

    _, dialog = open_dialog(_doc("anonymous_public"))
    assert _enabled_levels(dialog) == ["internal", "public-anonymous"]
    assert dialog.level.currentData() == "public-anonymous"
    dialog.close()

    _, dialog = open_dialog(_doc("partner_share"))
    assert _enabled_levels(dialog) == ["internal", "partner"]
    assert dialog.level.currentData() == "internal"  # no public level: the closed one
    dialog.close()

    _, dialog = open_dialog(_doc("withdrawn", withdrawn_at="2020-02-03T10:00:00+03:00"))
    assert _enabled_levels(dialog) == ["internal"]
    assert dialog.level.currentData() == "internal"
    assert dialog.consent_note.isVisible()
    assert "withdrew consent" in dialog.consent_note.text()
    refused = dialog.level.model().item(dialog.level.findData("public-named"))
    assert "withdrew consent" in refused.toolTip()
    assert "INTERNAL" in _text(_ready(qtbot, dialog))


def test_a_forced_refused_level_shows_the_sentence_and_writes_nothing(qtbot, vault, open_dialog,
                                                                      tmp_path):
    record, dialog = open_dialog(
        _doc("withdrawn", withdrawn_at="2020-02-03T10:00:00+03:00"))
    _ready(qtbot, dialog)
    before = vault.audit_count()
    _choose(dialog, level="public-named")  # disabled in the list; forced as a program can
    qtbot.waitUntil(dialog.preview.message.isVisible, timeout=5_000)
    assert dialog.preview.message.text() == (
        f"{record.answers['interview']['code']}: the witness withdrew consent; only an "
        "internal statement can be made.")
    assert dialog.preview.page_labels == [] and dialog._pdf is None
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    target = tmp_path / "refused.pdf"
    with answering_file_dialog(target):
        dialog.save_pdf()  # even asked directly, nothing is made
        dialog.print_pdf()
    assert not target.exists() and dialog.print_dialog is None
    assert vault.audit_count() == before


def test_save_writes_the_previewed_pdf_and_logs_it(qtbot, vault, open_dialog, tmp_path,
                                                    type_text):
    record, dialog = open_dialog(_doc())
    _choose(dialog, level="public-named")
    dialog.organisation.clear()
    type_text(dialog.organisation, "Field Office North")
    data = _ready(qtbot, dialog)
    text = _text(data)
    assert "PUBLIC - NAMED WITH CONSENT" in text and "Field Office North" in text
    target = tmp_path / "out" / "statement.pdf"
    target.parent.mkdir()
    with answering_file_dialog(target):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    written = target.read_bytes()
    assert written == data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["statement.pdf"]  # no temp
    assert "statement.pdf" in dialog.status.text()
    [event] = _statement_events(vault, record.id)
    assert event.detail == {"level": "public-named", "lang": "en",
                            "revision": record.revision,
                            "sha256": hashlib.sha256(written).hexdigest(),
                            "bytes": len(written), "to": "file"}
    assert vault.setting("organisation") == "Field Office North"


def test_an_unwritable_place_gets_one_sentence_and_no_audit(qtbot, vault, open_dialog,
                                                            tmp_path):
    record, dialog = open_dialog(_doc())
    _ready(qtbot, dialog)
    target = tmp_path / "missing-folder" / "statement.pdf"
    with answering_file_dialog(target):
        dialog.save_pdf()
    assert not target.exists()
    assert "could not be used" in dialog.status.text()
    assert _statement_events(vault, record.id) == []


def test_an_arabic_statement_has_arabic_text(qtbot, vault, open_dialog, tmp_path):
    _, dialog = open_dialog(_doc(), lang="en")
    assert dialog.language.currentData() == "en"  # the interface language by default
    _choose(dialog, lang="ar")
    qtbot.waitUntil(lambda: dialog._made_for is not None and dialog._made_for[1] == "ar",
                    timeout=20_000)
    _ready(qtbot, dialog)
    target = tmp_path / "ar.pdf"
    with answering_file_dialog(target):
        dialog.save_pdf()
    text = _text(target.read_bytes())
    assert BANNERS["public-anonymous"]["ar"] in text and "PUBLIC - REDACTED" not in text


def test_changes_while_making_leave_only_the_last_choice(qtbot, vault, open_dialog):
    _, dialog = open_dialog(_doc())
    for level in ("internal", "partner", "public-named", "internal", "partner"):
        _choose(dialog, level=level)
    _choose(dialog, lang="ckb")
    data = _ready(qtbot, dialog)
    assert dialog._made_for[:2] == ("partner", "ckb")
    assert "بۆ هاوبەشەکان" in _text(data)


def test_print_to_a_pdf_file(qtbot, vault, open_dialog, tmp_path):
    record, dialog = open_dialog(_doc())
    data = _ready(qtbot, dialog)
    target = tmp_path / "printed.pdf"
    dialog.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    dialog.printer.setOutputFileName(str(target))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.print_dialog is not None and
                    dialog.print_dialog.isVisible(), timeout=5_000)
    dialog.print_dialog.accept()
    qtbot.waitUntil(lambda: "printer" in dialog.status.text(), timeout=30_000)
    assert _pages(target.read_bytes()) == _pages(data)
    [event] = _statement_events(vault, record.id)
    assert event.detail["to"] == "printer"
    assert event.detail["sha256"] == hashlib.sha256(data).hexdigest()


def test_lock_clears_everything_and_closes(qtbot, vault, open_dialog):
    record, dialog = open_dialog(_doc())
    _ready(qtbot, dialog)
    assert shaping._shaped  # layout keeps shaped words while the vault is open
    parent = dialog.parentWidget()
    _choose(dialog, level="internal")  # a statement is being made when the lock comes
    close_vault_dialogs(parent)
    assert dialog.vault is None and dialog._pdf is None and dialog._source is None
    assert dialog._statement is None
    assert dialog.preview.page_labels == [] and dialog.preview._data is None
    assert not shaping._shaped
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not parent.findChildren(StatementDialog), timeout=5_000)


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_canary_in_internal_fields_never_reaches_a_public_statement(qtbot, open_dialog,
                                                                     tmp_path, lang):
    _, dialog = open_dialog(_canary_doc())
    _choose(dialog, lang=lang)
    _choose(dialog, level="internal")
    internal = _ready(qtbot, dialog)
    assert CANARY_NAME in _text(internal) and CANARY_PLACE in _text(internal)
    _choose(dialog, level="public-anonymous")
    qtbot.waitUntil(lambda: dialog._made_for is not None and
                    dialog._made_for[0] == "public-anonymous", timeout=20_000)
    _ready(qtbot, dialog)
    target = tmp_path / "public.pdf"
    with answering_file_dialog(target):
        dialog.save_pdf()
    written = target.read_bytes()
    text = _text(written)
    assert "PUBLIC - REDACTED" in text or BANNERS["public-anonymous"]["ar"] in text
    for canary in (CANARY_NAME, CANARY_PLACE):
        assert canary not in text
        assert canary.encode() not in written


def test_closing_as_the_statement_is_made_keeps_nothing(qtbot, vault, open_dialog):
    """The PDF is made, its signals still queued, when the user closes the window: the
    shaped words are forgotten and the late result is not drawn on the closing window."""
    _record, dialog = open_dialog(_canary_doc(), "ar")
    assert dialog.task.running
    assert dialog.task.wait(60)  # laid out; succeeded and finished not yet delivered
    assert shaping._shaped  # the statement's words, shaped for layout
    pages = []
    dialog.task.succeeded.connect(lambda _result: pages.append(len(dialog.preview.page_labels)))
    with qtbot.waitSignal(dialog.task.finished):
        dialog.reject()
    assert pages == [0] and dialog._pdf is None and dialog.preview._data is None
    assert not shaping._shaped


def test_a_code_that_looks_like_markup_is_shown_as_written(qtbot, vault, open_dialog):
    doc = _doc("withdrawn", withdrawn_at="2020-02-03T10:00:00+03:00")
    code = '<a href="https://example.invalid">X</a><img src="/etc/hostname">'
    doc["answers"]["interview"]["code"] = code
    _, dialog = open_dialog(doc)
    refused = dialog.level.model().item(dialog.level.findData("public-named"))
    tip = refused.toolTip()
    shown = QTextDocument()
    if QtGui.Qt.mightBeRichText(tip):
        shown.setHtml(tip)
    else:
        shown.setPlainText(tip)
    assert shown.toPlainText().startswith(code + ": the witness withdrew consent")
    assert code in dialog.consent_note.text()
    assert dialog.consent_note.textFormat() == Qt.TextFormat.PlainText
