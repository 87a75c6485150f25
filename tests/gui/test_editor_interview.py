"""A whole interview typed into the editor with keyboard and mouse, completed, and read
back from the vault: every section, three people, two instructions, one attachment."""

from __future__ import annotations

from editor_driver import check, choose, field, focused, repeat, row_field, type_into
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from testimony_app.vault import Vault

NARRATIVE = "We were in the basement when the building fell. Abu Ahmed called 0770 123 4567."
WORDS_1 = "ابقوا في بيوتكم"
WORDS_2 = "Do not leave your homes"


def _next_section(qtbot, editor) -> None:
    focus = QApplication.focusWidget() or editor
    qtbot.keyClick(focus, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)


def test_complete_interview_by_keyboard_and_mouse(qtbot, make_window, closed_vault, unlock,
                                                  passphrase, tmp_path):
    window = make_window(vault_path=closed_vault)
    unlock(window, passphrase)
    window.activateWindow()
    qtbot.keyClick(window.records.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.editor
    qtbot.waitUntil(lambda: window.stack.currentWidget() is editor)
    assert editor.current_section() == "interview"

    # A. Interview
    type_into(qtbot, field(editor, "interview", "incident_ref").edit, "MOSUL-2017-03-17")
    type_into(qtbot, field(editor, "interview", "start").date, "2021-05-02")
    type_into(qtbot, field(editor, "interview", "start").time, "10:30")
    choose(qtbot, field(editor, "interview", "place_type").combo, "other")
    type_into(qtbot, field(editor, "interview", "place_type").other, "Community centre")
    type_into(qtbot, field(editor, "interview", "interviewers").edit, "R7")
    check(qtbot, field(editor, "interview", "languages"), "arabic")
    choose(qtbot, field(editor, "interview", "witness_type").combo, "survivor")
    _next_section(qtbot, editor)
    assert editor.current_section() == "consent"

    # B. Consent
    choose(qtbot, field(editor, "consent", "given").combo, True)
    choose(qtbot, field(editor, "consent", "method").combo, "verbal_noted")
    choose(qtbot, field(editor, "consent", "scope").combo, "anonymous_public")
    _next_section(qtbot, editor)

    # C. Witness: the name in Arabic script, typed one key at a time
    name = field(editor, "witness", "full_name")
    type_into(qtbot, name.arabic["given"], "فاطمة")
    type_into(qtbot, name.arabic["family"], "الطائي")
    type_into(qtbot, field(editor, "witness", "age_at_incident").edit, "34")
    type_into(qtbot, field(editor, "witness", "phone").edit, "0770 123 4567")
    _next_section(qtbot, editor)

    # D. Incident
    assert editor.current_section() == "incident"
    type_into(qtbot, field(editor, "incident", "date").edit, "2017-03-17")
    choose(qtbot, field(editor, "incident", "date_certainty").combo, "exact")
    choose(qtbot, field(editor, "incident", "neighbourhood").combo, "al_jadida")
    type_into(qtbot, field(editor, "incident", "location").lat, "36.3489")
    type_into(qtbot, field(editor, "incident", "location").lon, "43.119")
    choose(qtbot, field(editor, "incident", "location").precision, "street")
    _next_section(qtbot, editor)

    # E. Three people: the first with the button, the others with Ctrl+Shift+N
    people = repeat(editor, "people", "people")
    qtbot.mouseClick(people.add_button, Qt.MouseButton.LeftButton)
    for _ in range(2):
        qtbot.keyClick(focused(), Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(people.cards) == 3
    for row, (given, outcome) in enumerate(
            [("أحمد", "killed"), ("زينب", "injured"), ("علي", "unhurt")], 1):
        type_into(qtbot, row_field(editor, "people", "people", row, "name").arabic["given"],
                  given)
        choose(qtbot, row_field(editor, "people", "people", row, "outcome").combo, outcome)
    type_into(qtbot, row_field(editor, "people", "people", 2, "injuries").edit, "leg")
    assert "Killed" in people.cards[0].summary.text()
    _next_section(qtbot, editor)

    # F. Instructions: the repeat appears once "yes" is chosen
    choose(qtbot, field(editor, "instructions", "received").combo, "yes")
    instructions = repeat(editor, "instructions", "instructions")
    qtbot.waitUntil(lambda: instructions.isVisible())
    for words in (WORDS_1, WORDS_2):
        qtbot.mouseClick(instructions.add_button, Qt.MouseButton.LeftButton)
        row = len(instructions.cards)
        type_into(qtbot, row_field(editor, "instructions", "instructions", row,
                                   "words_original").edit, words)
    choose(qtbot, row_field(editor, "instructions", "instructions", 1, "source").combo,
           "coalition")
    check(qtbot, row_field(editor, "instructions", "instructions", 2, "channel"), "leaflet")
    _next_section(qtbot, editor)

    # G. Account
    assert editor.current_section() == "account"
    type_into(qtbot, field(editor, "account", "narrative_original").edit, NARRATIVE)
    _next_section(qtbot, editor)

    # H. Attachment: added through the attachments panel, stored in the vault
    picture = tmp_path / "inbox" / "leaflet.png"
    picture.parent.mkdir()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    assert image.save(str(picture))
    assert editor.session.record_id is not None  # opening section H stored the interview
    with qtbot.waitSignal(editor.attachments.attached):
        assert editor.attachments.add_file(str(picture))
    attachments = repeat(editor, "attachments", "attachments")
    qtbot.waitUntil(lambda: len(attachments.cards) == 1)
    choose(qtbot, row_field(editor, "attachments", "attachments", 1,
                            "contains_personal_data").combo, False)
    attachment_id = row_field(editor, "attachments", "attachments", 1, "file").value()

    qtbot.mouseClick(editor.complete_button, Qt.MouseButton.LeftButton)
    problems = [editor.problems.list.item(i).text() for i in range(editor.problems.list.count())]
    assert problems == []
    qtbot.waitUntil(lambda: editor.session.status == "complete")

    window.lock()
    with Vault.open(closed_vault, passphrase) as vault:
        [summary] = vault.list_records()
        record = vault.get(summary.id)
        answers = record.answers
        assert record.status == "complete"
        code = answers["interview"]["code"]
        assert code.startswith("MOS-")
        assert answers == {
            "interview": {"code": code, "incident_ref": "MOSUL-2017-03-17",
                          "start": "2021-05-02T10:30+03:00", "timezone": "Asia/Baghdad",
                          "place_type": "other", "place_type_other": "Community centre",
                          "interviewers": "R7", "languages": ["arabic"],
                          "witness_type": "survivor"},
            "consent": {"given": True, "method": "verbal_noted", "scope": "anonymous_public"},
            "witness": {"pseudonym": answers["witness"]["pseudonym"],
                        "full_name": {"given": "فاطمة", "family": "الطائي"},
                        "age_at_incident": 34, "phone": "0770 123 4567"},
            "incident": {"country": "iq", "neighbourhood": "al_jadida", "date": "2017-03-17",
                         "date_certainty": "exact",
                         "location": {"lat": 36.3489, "lon": 43.119, "precision": "street"}},
            "people": {"people": [
                {"ref": "P1", "name": {"given": "أحمد"}, "outcome": "killed"},
                {"ref": "P2", "name": {"given": "زينب"}, "outcome": "injured",
                 "injuries": "leg"},
                {"ref": "P3", "name": {"given": "علي"}, "outcome": "unhurt"}]},
            "instructions": {"received": "yes", "instructions": [
                {"words_original": WORDS_1, "source": "coalition"},
                {"words_original": WORDS_2, "channel": ["leaflet"]}]},
            "account": {"narrative_original": NARRATIVE},
            "attachments": {"attachments": [
                {"file": attachment_id, "kind": "photo", "original_name": "leaflet.png",
                 "sha256": vault.attachment(attachment_id).sha256,
                 "contains_personal_data": False}]},
        }
        assert answers["witness"]["pseudonym"]
        assert vault.attachment(attachment_id).name == "leaflet.png"
        assert vault._conn.execute("SELECT count(*) FROM working_copies").fetchone()[0] == 0
