"""The hand-in export window over real vaults: recipients from the enrolled keys, what goes
in, the file chosen through the dialog, a real bundle written in a task with a progress
bar (and opened by the supervisor), Cancel midway leaving no file, errors in one
sentence."""

from __future__ import annotations

import io
import os
from datetime import date

import pytest
from file_dialog_driver import answering_file_dialog
from unit.exchange_parties import make_vault, supervisor_with, vault_bytes

from testimony_app.demo import demo_records
from testimony_app.exchange import keys as k
from testimony_app.exchange.bundle_format import CHUNK
from testimony_app.exchange.preview import preview_bundle
from testimony_app.gui.exchange.export_dialog import ExportDialog, suggested_name
from testimony_app.gui.vault_task import Cancelled


@pytest.fixture
def world(tmp_path):
    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    res.add_many(demo_records(3, seed=11))
    yield sup, res
    sup.close()
    res.close()


def _dialog(qtbot, vault, **kw):
    dialog = ExportDialog(vault, "en", None, **kw)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _choose(dialog, path):
    with answering_file_dialog(path):
        dialog.choose_button.click()


def test_export_through_the_dialog_writes_a_bundle_the_supervisor_opens(
        qtbot, world, tmp_path, user_config):
    sup, res = world
    dialog = _dialog(qtbot, res)
    [(box, key)] = dialog.recipients
    assert box.isChecked() and key.role == "supervisor"
    assert dialog.what_label.text() == \
        "Everything not yet handed in to these recipients: 3 record(s)."
    assert not dialog.export_button.isEnabled()  # no file chosen yet
    _choose(dialog, tmp_path / "out" / "handin")  # the folder does not exist
    assert dialog.path_edit.text().endswith("handin.tbundle")
    with qtbot.waitSignal(dialog.task.finished, timeout=30_000):
        dialog.export_button.click()
    assert "does not exist" in dialog.message.text() and "\n" not in dialog.message.text()
    assert not (tmp_path / "out").exists()

    out = tmp_path / "handin.tbundle"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.task.finished, timeout=30_000):
        dialog.export_button.click()
    assert out.is_file()
    assert dialog.message.text().startswith(f"Wrote \u2068{out}\u2069: 3 record(s), ")
    assert dialog.progress.highest == 1000 and dialog.progress.isHidden()
    # Everything is handed in now: nothing left to export to this recipient.
    assert dialog.what_label.text().endswith(": 0 record(s).")
    assert not dialog.export_button.isEnabled()
    preview = preview_bundle(sup, out)
    assert preview.sender_status == "enrolled" and len(preview.records) == 3
    assert {r.outcome for r in preview.records} == {"new"}


def test_chosen_records_and_the_suggested_name(qtbot, world, tmp_path, user_config):
    sup, res = world
    rid = res.list_records(limit=1)[0].id
    dialog = _dialog(qtbot, res, record_ids=[rid])
    assert dialog.what_label.text() == "The 1 chosen record(s)."
    assert suggested_name("RES", date(2026, 11, 26)) == "handin-RES-2026-11-26.tbundle"
    out = tmp_path / "one.tbundle"
    _choose(dialog, out)
    with qtbot.waitSignal(dialog.task.finished, timeout=30_000):
        dialog.export_button.click()
    assert [r.id for r in preview_bundle(sup, out).records] == [rid]


def test_existing_file_is_refused_and_kept(qtbot, world, tmp_path, user_config):
    sup, res = world
    taken = tmp_path / "taken.tbundle"
    taken.write_bytes(b"someone else's file")
    dialog = _dialog(qtbot, res)
    _choose(dialog, taken)
    with qtbot.waitSignal(dialog.task.finished, timeout=30_000):
        dialog.export_button.click()
    assert "already exists" in dialog.message.text()
    assert taken.read_bytes() == b"someone else's file"


def test_cancel_midway_leaves_no_file(qtbot, world, tmp_path, user_config):
    sup, res = world
    rid = res.list_records(limit=1)[0].id
    res.attach(rid, io.BytesIO(os.urandom(400 * CHUNK)), name="recording.ogg")  # 25 MiB
    folder = tmp_path / "usb"
    folder.mkdir()
    before = vault_bytes(res)
    dialog = _dialog(qtbot, res)
    _choose(dialog, folder / "handin.tbundle")
    failures: list = []
    dialog.task.failed.connect(failures.append)

    def midway(done, total):
        if 0 < done < total and dialog.progress.cancel_button.isVisible():
            dialog.progress.cancel_button.click()

    dialog.task.progressed.connect(midway)
    with qtbot.waitSignal(dialog.task.finished, timeout=60_000):
        dialog.export_button.click()
    assert len(failures) == 1 and isinstance(failures[0], Cancelled)
    assert 0 < dialog.progress.highest < 1000
    assert dialog.message.text() == "Stopped: no bundle was written."
    assert os.listdir(folder) == []
    assert vault_bytes(res)[""] == before[""]
    assert dialog.export_button.isEnabled()  # and it can be tried again


def test_no_receiving_key_enrolled(qtbot, tmp_path):
    lone = make_vault(tmp_path / "lone", "Lone")
    try:
        other = make_vault(tmp_path / "other", "Other")
        k.enroll(lone, k.own_public_key(other, receive=False), "researcher")
        other.close()
        dialog = _dialog(qtbot, lone)
        assert dialog.recipients == [] and not dialog.export_button.isEnabled()
        assert dialog.what_label.text() == "Choose at least one recipient."
        dialog.close()
    finally:
        lone.close()
