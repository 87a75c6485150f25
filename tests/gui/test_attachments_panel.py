"""The attachments panel on a real vault: add through the file dialog, preview from memory,
recordings not played, export only by explicit action."""

from __future__ import annotations

import copy
import hashlib
import os
from pathlib import Path

import pytest
from file_dialog_driver import answering_file_dialog
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, Qt
from PySide6.QtGui import QColor, QImage

from testimony_app.gui.editor.attachments_panel import AttachmentsPanel


def _png_bytes(width=640, height=400) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    for x in range(width // 2):
        image.setPixelColor(x, x * height // width, QColor("#ffeb3b"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data)


@pytest.fixture
def record_id(vault, sample_doc):
    doc = copy.deepcopy(sample_doc)
    doc["status"] = "draft"
    return vault.add(doc).id


@pytest.fixture
def panel(qtbot, vault, record_id):
    panel = AttachmentsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    qtbot.waitExposed(panel)
    panel.open(vault, record_id)
    return panel


def _add(qtbot, panel, path: str) -> None:
    """Store a file as the panel does, in the background, and wait until it is done."""
    with qtbot.waitSignal(panel.task.finished, timeout=30_000):
        assert panel.add_file(path)


def _files_under(*folders) -> set[str]:
    found = set()
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            found.update(os.path.join(root, f) for f in files)
    return found


@pytest.mark.timeout(60)
def test_add_a_photo_through_the_dialog_and_preview_it_from_memory(
        qtbot, panel, vault, record_id, tmp_path, user_config, monkeypatch):
    # Qt reads TMPDIR on every use: a temporary file Qt made would land here, scanned.
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    photo = tmp_path / "incoming" / "street.png"
    photo.parent.mkdir()
    photo.write_bytes(_png_bytes())
    assert panel.table.topLevelItemCount() == 0 and not panel.export_button.isEnabled()
    photo_copy = photo.read_bytes()
    before = _files_under(tmp_path)

    with answering_file_dialog(photo):
        with qtbot.waitSignal(panel.attached):
            panel.add_button.click()

    item = panel.table.topLevelItem(0)
    digest = hashlib.sha256(photo_copy).hexdigest()
    # The questionnaire's word for the kind, not the stored value ("photo").
    assert [item.text(c) for c in (0, 1, 3)] == ["street.png", "Photo", digest[:12]]
    assert item.toolTip(3) == digest
    assert not panel.preview.pixmap().isNull()
    # With the original gone, picking the photo again still previews it: from the vault.
    photo.unlink()
    other = tmp_path / "incoming" / "note.txt"
    other.write_text("x")
    _add(qtbot, panel, str(other))
    assert panel.preview.pixmap().isNull()
    rect = panel.table.visualItemRect(panel.table.topLevelItem(0))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pixmap = panel.preview.pixmap()
    room = panel.preview.contentsRect()
    assert not pixmap.isNull() and pixmap.width() <= min(480, room.width())
    assert pixmap.height() <= room.height()
    assert abs(pixmap.width() / pixmap.height() - 640 / 400) < 0.02
    # Narrow (a side tab): the preview moves under the list and still fits.
    panel.resize(320, 700)
    qtbot.waitUntil(lambda: panel.splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: panel.preview.pixmap().width() <= panel.preview.contentsRect()
                    .width())
    # Previewing wrote nothing anywhere but the vault (Qt's dialog settings aside).
    after = _files_under(tmp_path)
    new = {f for f in after - before
           if not f.startswith((str(vault.path), str(user_config), str(other)))}
    assert new == set()
    # The record lists it in section H, in a new revision.
    row = vault.get(record_id).answers["attachments"]["attachments"][-2]
    assert (row["original_name"], row["kind"], row["sha256"]) == ("street.png", "photo", digest)
    assert QSettings(QSettings.Scope.UserScope, "QtProject").value("FileDialog/history") is None


def test_recordings_are_not_played(qtbot, panel, tmp_path):
    audio = tmp_path / "account.ogg"
    audio.write_bytes(b"OggS" + os.urandom(2000))
    _add(qtbot, panel, str(audio))
    assert panel.table.topLevelItem(0).text(1) == "Audio"
    assert "not played inside Testimony" in panel.preview.text()
    assert panel.preview.pixmap().isNull()


def test_a_document_has_no_preview_and_a_broken_image_says_so(qtbot, panel, tmp_path):
    doc = tmp_path / "letter.pdf"
    doc.write_bytes(b"%PDF-1.4 not really")
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"not a jpeg at all")
    _add(qtbot, panel, str(doc))
    assert panel.preview.text() == "No preview for this kind of file."
    _add(qtbot, panel, str(broken))
    assert panel.preview.text() == "This image could not be read."


def test_a_missing_file_is_one_sentence_and_changes_nothing(panel, vault, record_id, tmp_path):
    revisions = len(vault.history(record_id))
    assert not panel.add_file(str(tmp_path / "gone.png"))
    assert "is not a file" in panel.status.text()
    assert len(vault.history(record_id)) == revisions
    assert panel.table.topLevelItemCount() == 0


@pytest.mark.timeout(60)
def test_export_only_by_explicit_action(qtbot, panel, tmp_path, user_config):
    photo = tmp_path / "street.png"
    photo.write_bytes(_png_bytes(50, 40))
    _add(qtbot, panel, str(photo))
    out = tmp_path / "out" / "copy.png"
    out.parent.mkdir()
    assert list(out.parent.iterdir()) == []  # adding and previewing exported nothing
    with answering_file_dialog(out):
        panel.export_button.click()
    assert out.read_bytes() == photo.read_bytes()
    assert "Exported to" in panel.status.text()
    # Exporting over an existing file is refused with one sentence.
    assert not panel.export_selected(str(out))
    assert "already exists" in panel.status.text()


def test_clear_drops_rows_and_preview(qtbot, panel, tmp_path):
    photo = tmp_path / "street.png"
    photo.write_bytes(_png_bytes(50, 40))
    _add(qtbot, panel, str(photo))
    assert not panel.preview.pixmap().isNull()
    panel.clear()
    assert panel.table.topLevelItemCount() == 0
    assert panel.preview.pixmap().isNull() and panel.preview.text() == ""
    assert panel.vault is None and not panel.add_button.isEnabled()


def test_size_is_shown_readably(qtbot, panel, tmp_path):
    big = tmp_path / "notes.txt"
    big.write_bytes(b"x" * 3 * 1024 * 1024)
    _add(qtbot, panel, str(big))
    assert "3.0 MB" in panel.table.topLevelItem(0).text(2)
    assert Path(big).exists()


@pytest.mark.parametrize("lang, photo, leaflet", [("en", "Photo", "Leaflet"),
                                                  ("ar", "صورة", "منشور"),
                                                  ("ckb", "وێنە", "بڵاوکراوە")])
def test_kinds_are_the_questionnaires_words_in_the_interface_language(
        qtbot, vault, record_id, tmp_path, lang, photo, leaflet):
    panel = AttachmentsPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    panel.open(vault, record_id, lang)
    for name in ("street.png", "leaflet.png"):
        (tmp_path / name).write_bytes(_png_bytes(50, 40))
        _add(qtbot, panel, str(tmp_path / name))
    # The researcher says the second picture is of a leaflet: its row's kind wins.
    record = vault.get(record_id)
    answers = copy.deepcopy(record.answers)
    for row in answers["attachments"]["attachments"]:
        if row.get("original_name") == "leaflet.png":
            row["kind"] = "leaflet"
    vault.save(record_id, {"status": "draft", "answers": answers})
    panel.open(vault, record_id, lang)
    kinds = {panel.table.topLevelItem(i).text(0): panel.table.topLevelItem(i).text(1)
             for i in range(panel.table.topLevelItemCount())}
    assert kinds["street.png"] == photo and kinds["leaflet.png"] == leaflet
    assert "photo" not in kinds.values() and "leaflet" not in kinds.values()
