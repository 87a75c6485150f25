"""What changed between two revisions, as wrapped rich text for the history panel.

Each field gets its label and, on lines of their own, the value before (red) and after
(green): values can be whole paragraphs, and the panel is often a narrow side tab. Every
value is HTML-escaped and runs in its own direction; links and resources are never
followed; copies are noted for the clipboard guard. Holds testimony only while shown.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget

from ...form.diff import Change
from ...i18n import direction, is_rtl, isolate, text_direction

_HEADING = "margin-top:10px; margin-bottom:2px; color:#1a4d7a; font-weight:bold"
_OLD = "color:#a61b1b"
_NEW = "color:#1d6b2f"


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


class ChangesView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.lang = "en"
        self.clipboard_guard = None  # set by the window: copies are cleared on lock
        self.shown: list[tuple[str, str, str]] = []  # (label, before, after), as listed
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)

    def show_changes(self, lang: str, changes: list[Change], headings: dict[str, str],
                     extra: list[tuple[str, str, str]] = ()) -> None:
        """`changes` grouped by section (`headings` maps a change's section to the text
        shown), then `extra` lines of (label, before, after)."""
        self.lang = lang
        parts, section, self.shown = [], None, []
        for change in changes:
            if change.section != section:
                section = change.section
                parts.append(self._block(_text(headings.get(section, section)), _HEADING))
            label = change.label
            if change.kind == "row_added":
                label = self.tr("Added: {row}").format(row=change.label)
            elif change.kind == "row_removed":
                label = self.tr("Removed: {row}").format(row=change.label)
            parts += self._field(label, change.old, change.new)
        if extra:
            parts.append(self._block("&nbsp;", ""))
        for label, old, new in extra:
            parts += self._field(label, old, new)
        self.setHtml("\n".join(parts))

    def clear(self) -> None:
        self.shown = []
        super().clear()
        self.document().clearUndoRedoStacks()

    def _field(self, label: str, old: str, new: str) -> list[str]:
        self.shown.append((label, old, new))
        out = [self._block(f"<b>{_text(label)}</b>", "margin-top:6px", indent=1)]
        for value, prefix, style in ((old, self.tr("Before:"), _OLD),
                                     (new, self.tr("After:"), _NEW)):
            if not value:
                continue
            if len(value) <= 40:
                out.append(self._block(f"{_text(prefix)} {_text(isolate(value))}", style,
                                       indent=2))
            else:  # a paragraph: on its own, in its own direction, under its prefix
                out.append(self._block(_text(prefix), style, indent=2))
                out.append(self._block(_text(value), style, indent=2,
                                       dir_=text_direction(value)))
        return out

    def _block(self, inner: str, style: str, *, indent: int = 0, dir_: str | None = None
               ) -> str:
        side = "right" if is_rtl(self.lang) else "left"
        css = f"margin-{side}:{indent * 14}px; margin-bottom:0px; {style}"
        return f'<p dir="{dir_ or direction(self.lang)}" style="{css}">{inner}</p>'

    def createMimeDataFromSelection(self) -> QMimeData:
        data = super().createMimeDataFromSelection()
        if self.clipboard_guard is not None:
            self.clipboard_guard.note(data.text())
        return data

    def loadResource(self, kind: int, name: QUrl) -> object:
        return None  # never read a file or URL named inside a record
