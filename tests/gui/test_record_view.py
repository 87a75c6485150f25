"""The read-only record view: laid out by the questionnaire, escaped, right-to-left."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QLocale

from testimony_app.form.display import layout
from testimony_app.gui.local_dates import readable_datetime
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


def _plain(text: str) -> str:
    for mark in ("\u2066", "\u2067", "\u2068", "\u2069", "\u200f", "\u200e"):
        text = text.replace(mark, "")
    return text




@pytest.mark.parametrize("lang, locale, date, partial, start, saved_digit", [
    ("en", "en_GB", "17 March 2017", "March 2017", "20 March 2017 10:30 (UTC+03:00)", "2"),
    ("ar", "ar_IQ", "١٧ آذار ٢٠١٧", "آذار ٢٠١٧", "٢٠ آذار ٢٠١٧ ١٠:٣٠ (UTC+03:00)", "٢"),
    ("ckb", "ckb_IQ", "١٧ ئازار ٢٠١٧", "ئازار ٢٠١٧", "٢٠ ئازار ٢٠١٧ ١٠:٣٠ (UTC+03:00)", "٢"),
])
def test_dates_and_times_are_readable_and_localised(qtbot, vault, form, sample_doc, lang,
                                                    locale, date, partial, start,
                                                    saved_digit):
    doc = copy.deepcopy(sample_doc)
    doc["answers"]["incident"]["date"] = "2017-03-17"
    doc["answers"]["interview"]["start"] = "2017-03-20T10:30+03:00"
    doc["answers"]["people"]["people"][0]["date_of_death"] = "2017-03"
    record = vault.add(doc)
    before = QLocale()
    QLocale.setDefault(QLocale(locale))
    try:
        view = RecordView(lang)
        qtbot.addWidget(view)
        view.show_record(vault.get(record.id))
        html = view.record_html(vault.get(record.id), form)
        text = _plain(view.toPlainText())
        stored = vault.get(record.id).created_at  # UTC, "…T…Z"
        saved = _plain(readable_datetime(stored, to_local=True))
    finally:
        QLocale.setDefault(before)
    assert date in text and start in text
    assert "2017-03-17" not in text and "T10:30" not in text
    # Each date is a bidi isolate: it keeps its order inside a line of the other direction.
    assert "\u2068" in html
    assert partial in text  # a date known to the month only
    assert saved in text and saved_digit in saved and stored not in text
