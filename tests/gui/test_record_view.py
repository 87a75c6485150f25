"""The read-only record view: laid out by the questionnaire, escaped, right-to-left."""

from __future__ import annotations

import copy

from PySide6.QtCore import QLocale

from testimony_app.form.display import layout
from testimony_app.gui.record_view import RecordView, text_direction


def test_sections_and_values_in_the_interface_language(qtbot, vault, form, sample_doc):
    record = vault.add(sample_doc)
    view = RecordView("ar")
    qtbot.addWidget(view)
    view.show_record(vault.get(record.id))
    text = view.toPlainText()
    for line in layout(form, record.answers, "ar"):
        if line.kind == "section":  # e.g. "C. الشاهد", marked right to left so the key
            key, _, label = line.label.partition(". ")  # stands first, on the right
            assert f"\u200f{key}.\u200f {label}" in text
    assert "الشاهد" in text
    assert 'dir="rtl"' in view.record_html(record, form)
    assert 'dir="ltr"' not in view.record_html(record, form).split("</h2>")[0]


def test_english_view_is_left_to_right(qtbot, vault, form, sample_doc):
    record = vault.add(sample_doc)
    view = RecordView("en")
    qtbot.addWidget(view)
    html = view.record_html(record, form)
    assert html.startswith('<h2 dir="ltr"')
    assert "C. Witness" in html


def test_values_are_text_never_markup(qtbot, vault, form, sample_doc, tmp_path):
    doc = copy.deepcopy(sample_doc)
    hostile = '<img src="file:///etc/passwd"><a href="https://example.org">x</a> & <b>'
    doc["answers"]["account"]["narrative_original"] = hostile
    record = vault.add(doc)
    view = RecordView("en")
    qtbot.addWidget(view)
    view.show_record(vault.get(record.id))
    assert hostile in view.toPlainText()
    assert "<img" not in view.record_html(record, form).replace("&lt;img", "")


def test_attachments_are_listed_by_name_size_and_hash(qtbot, vault, sample_doc, tmp_path):
    record = vault.add(sample_doc)
    leaflet = tmp_path / "leaflet photo.jpg"
    leaflet.write_bytes(b"\xff\xd8" + b"x" * 2046)
    info = vault.attach(record.id, leaflet)
    view = RecordView("en")
    qtbot.addWidget(view)
    view.show_record(vault.get(record.id))
    text = view.toPlainText()
    assert f"leaflet photo.jpg ({QLocale().formattedDataSize(2048)})" in text
    assert info.size == 2048
    assert info.sha256 in text
    assert info.id not in text  # the file's name stands in for its internal id


def test_clear_forgets_the_record(qtbot, vault, sample_doc):
    record = vault.add(sample_doc)
    view = RecordView("en")
    qtbot.addWidget(view)
    view.show_record(vault.get(record.id))
    code = record.answers["interview"]["code"]
    assert code in view.toPlainText()
    view.clear()
    assert code not in view.toPlainText() and view.record_id is None
    assert not view.document().isUndoAvailable()


def test_text_direction_from_the_first_letter():
    assert text_direction("أحمد — Ahmad") == "rtl"
    assert text_direction("2017: Ahmad أحمد") == "ltr"
    assert text_direction("ئەحمەد") == "rtl"  # Sorani letters
    assert text_direction("1234") is None
