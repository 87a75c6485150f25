"""The read-only record view: a record laid out by its questionnaire, as rich text.

Labels come from the form definition in the interface language (`form.display.layout`);
right-to-left languages get dir="rtl" on every block. Every value is HTML-escaped, links
and external resources are never followed, and what the user copies is noted so that
the clipboard can be cleared on lock.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QLocale, QMimeData, QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from ..form import Form, get_form
from ..form.display import layout
from ..i18n import direction, is_rtl, isolate, text_direction
from ..vault import Record
from .clipboard import ClipboardGuard
from .editor.section_page import section_title
from .local_dates import readable_date, readable_datetime, readable_time

_HEADING = "margin-top:14px; margin-bottom:4px; color:#1a4d7a"
_ROW = "margin-top:0px; margin-bottom:4px"


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


def _field_type(form: Form, path: str) -> str:
    """The type of the field at a layout path ('incident.date', 'people.people[2].dob')."""
    section_name, _, rest = path.partition(".")
    names = [re.sub(r"\[\d+\]$", "", part) for part in rest.split(".")]
    section = form.section(section_name)
    if section is None:
        return ""
    fields = section.fields
    found = None
    for name in names:
        found = next((f for f in fields if f.name == name), None)
        if found is None:
            return ""
        fields = found.fields
    return found.type if found is not None else ""


def _readable(kind: str, value: str) -> str:
    """Dates and times as people read them; every other value as it is."""
    if kind == "date":
        return readable_date(value)
    if kind == "time":
        return readable_time(value)
    if kind == "datetime":
        return readable_datetime(value)
    return value


class RecordView(QTextBrowser):
    def __init__(self, lang: str, guard: ClipboardGuard | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = lang
        self.guard = guard
        self.record_id: str | None = None
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.show_placeholder()

    # -- public ----------------------------------------------------------------------------

    def show_record(self, record: Record, form: Form | None = None) -> None:
        form = form or get_form(record.form_id, record.form_version)
        self.record_id = record.id
        self.setHtml(self.record_html(record, form))
        self.verticalScrollBar().setValue(0)

    def show_placeholder(self) -> None:
        self.record_id = None
        self.setHtml(self._block("p", _text(self.tr("Select a record to read it here.")),
                                 style="color:#666"))

    def clear(self) -> None:
        """Forget the record entirely (on lock): the document and its undo history."""
        self.record_id = None
        super().clear()
        self.document().clearUndoRedoStacks()
        self.show_placeholder()

    # -- layout ----------------------------------------------------------------------------

    def record_html(self, record: Record, form: Form) -> str:
        answers = record.answers
        files = {str(a.get("id")): a for a in record.attachments}
        parts = [self._block("h2", _text(form.value(answers, "record_code") or record.id[:8]))]
        status = self.tr("complete") if record.status == "complete" else self.tr("draft")
        facts = self.tr("{status} · revision {number} · saved {when}").format(
            status=status, number=record.number,
            when=readable_datetime(record.created_at, to_local=True))
        if record.author_name:
            facts += " · " + self.tr("by {name}").format(name=record.author_name)
        parts.append(self._block("p", _text(facts), style="color:#555"))
        listed: set[str] = set()

        def field(line) -> list[str]:
            value = line.value
            if value in files:  # an attachment field: its name and size, not its id
                listed.add(value)
                value = self._file_text(files[value])
            else:
                value = _readable(_field_type(form, line.path), value)
            return self._field(line.label, value, line.depth)

        parts.extend(self.answer_blocks(form, answers, field))
        unlisted = [a for key, a in files.items() if key not in listed]
        if unlisted:
            parts.append(self._block("h3", _text(self.tr("Attached files")), style=_HEADING))
            for item in unlisted:
                parts.append(self._block(
                    "p", f"<b>{_text(self._file_text(item))}</b><br>"
                         f'<span style="font-family:monospace; color:#555">sha256 '
                         f"{_text(str(item.get('sha256', '')))}</span>", indent=1,
                    style=_ROW))
        return "\n".join(parts)

    def answer_blocks(self, form: Form, answers: dict, field) -> list[str]:
        """The answers laid out by the questionnaire: section headings, repeat rows, and
        each field's blocks as `field(line)` makes them."""
        parts = []
        for line in layout(form, answers, self.lang):
            if line.kind == "section":
                title = section_title(form.section(line.path), self.lang)
                parts.append(self._block("h3", _text(title), style=_HEADING))
            elif line.kind == "row":
                parts.append(self._block("p", f"<b>{_text(line.label)}</b>",
                                         indent=line.depth, style=_ROW))
            else:
                parts.extend(field(line))
        return parts

    def _file_text(self, item: dict) -> str:
        size = QLocale().formattedDataSize(int(item.get("size") or 0))
        return f"{item.get('name', '')} ({size})"

    def _field(self, label: str, value: str, depth: int) -> list[str]:
        """A label and its value; a long value in the other script gets its own block, so
        that its words are not reordered around the label."""
        label_html = f'<span style="color:#555">{_text(label)}:</span>'
        value_dir = text_direction(value)
        if value_dir and value_dir != direction(self.lang) and len(value) > 30:
            return [self._block("p", label_html, indent=depth, style="margin-bottom:0px"),
                    self._block("p", _text(value), indent=depth, style=_ROW,
                                dir_=value_dir)]
        return [self._block("p", f"{label_html} {_text(isolate(value))}", indent=depth,
                            style=_ROW)]

    def _block(self, tag: str, inner: str, *, indent: int = 0, style: str = "",
               dir_: str | None = None) -> str:
        side = "right" if is_rtl(self.lang) else "left"
        css = f"margin-{side}:{indent * 18}px; {style}" if indent else style
        return f'<{tag} dir="{dir_ or direction(self.lang)}" style="{css}">{inner}</{tag}>'

    # -- safety ----------------------------------------------------------------------------

    def createMimeDataFromSelection(self) -> QMimeData:
        data = super().createMimeDataFromSelection()
        if self.guard is not None:
            self.guard.note(data.text())
        return data

    def loadResource(self, kind: int, name: QUrl) -> object:
        return None  # never read a file or URL named inside a record

