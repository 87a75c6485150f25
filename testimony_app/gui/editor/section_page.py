"""One section of the questionnaire as a scrollable page: its hint, then its fields.

Never holds answers itself: they are in its GroupForm.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout, QScrollArea, QVBoxLayout, QWidget

from ...form import Section
from ...i18n import is_rtl
from .field_base import HINT_STYLE
from .group_form import GroupForm


def section_title(section: Section, lang: str) -> str:
    """"E. People present"; in right-to-left languages the line is marked right to left
    (its first letter, the key, is Latin) so the key stands at the start, on the right."""
    mark = "\u200f" if is_rtl(lang) else ""
    return f"{mark}{section.key}.{mark} {section.label.get(lang)}"


class SectionPage(QScrollArea):
    def __init__(self, section: Section, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"section_{section.name}")
        self.setWidgetResizable(True)
        # As needed, never off: on a narrow screen a person card wider than the page
        # must still be reachable.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        title = QLabel(f"<h2>{section_title(section, lang)}</h2>", inner)
        layout.addWidget(title)
        if section.hint:
            hint = QLabel(section.hint.get(lang), inner)
            hint.setWordWrap(True)
            hint.setStyleSheet(HINT_STYLE)
            layout.addWidget(hint)
        self.group = GroupForm(section.fields, lang, section.name, section.name, inner)
        layout.addWidget(self.group)
        layout.addStretch(1)
        self.setWidget(inner)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refit()

    def refit(self) -> None:
        """Lay the page out again from scratch. Boxes shown or hidden while the page was
        hidden (a form cleared at a lock, the Latin name row) leave height-for-width
        figures cached for other contents; taken as they are, they squash the section's
        boxes to half height under their longer wrapped hints (Arabic's showed it)."""
        inner = self.widget()
        if inner is None:
            return
        for layout in inner.findChildren(QLayout):
            layout.invalidate()
        inner.layout().invalidate()
        inner.layout().activate()
        self.setWidgetResizable(True)  # the content's size again, from the fresh figures

    def show_widget(self, widget: QWidget) -> None:
        """Scroll to `widget` and give it the keyboard focus."""
        self.ensureWidgetVisible(widget, 50, 80)
        widget.setFocus()
