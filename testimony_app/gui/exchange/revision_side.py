"""One side of a diverged record, read-only, for the conflict view: the revision laid out
by its questionnaire like the record view, with the fields whose shown value differs from
the other side highlighted.

Every value is HTML-escaped (the imported side comes from a bundle); links and resources
are never followed; copies are noted for the clipboard guard. Holds testimony only while
shown: `clear()` forgets it. Never writes anything.
"""

from __future__ import annotations

from ...form import Form
from ...form.display import layout
from ...vault import Record
from ..record_view import RecordView

_HEADING = "margin-top:12px; margin-bottom:4px; color:#1a4d7a"
_ROW = "margin-top:0px; margin-bottom:3px"
_DIFFERS = "background-color:#fde8a6"
FIRST = "first-difference"


def shown_values(form: Form, answers: dict, lang: str) -> dict[str, str]:
    """Each field's shown value by its place in the record ("incident.date",
    "people.people[2].outcome")."""
    return {line.path: line.value for line in layout(form, answers, lang)
            if line.kind == "field"}


def differing_paths(form: Form, one: dict, other: dict, lang: str) -> set[str]:
    """The places where the two answers show something different (either side empty
    counts), compared place by place, as a reader scanning both columns would."""
    a, b = shown_values(form, one, lang), shown_values(form, other, lang)
    return {path for path in a.keys() | b.keys() if a.get(path) != b.get(path)}


class RevisionSide(RecordView):
    def __init__(self, lang: str, parent=None):
        super().__init__(lang, None, parent)
        self.highlighted: list[tuple[str, str]] = []  # (label, value) of highlighted fields
        self._differing: set[str] = set()

    def show_side(self, record: Record, form: Form, differing: set[str]) -> None:
        self.record_id = record.id
        self.highlighted = []
        self._differing = differing
        parts = self.answer_blocks(form, record.answers, self._side_field)
        self.setHtml("\n".join(parts))
        self.verticalScrollBar().setValue(0)
        if self.highlighted:
            self.scrollToAnchor(FIRST)

    def _side_field(self, line) -> list[str]:
        """A field's blocks, highlighted when the other side shows something else; the
        first highlighted one carries the anchor the view scrolls to."""
        blocks = self._field(line.label, line.value, line.depth)
        if line.path not in self._differing:
            return blocks
        self.highlighted.append((line.label, line.value))
        marked = []
        for block in blocks:
            block = block.replace('style="', f'style="{_DIFFERS}; ', 1)
            if len(self.highlighted) == 1:  # where the reader is taken first
                block = block.replace('">', f'"><a name="{FIRST}"></a>', 1)
            marked.append(block)
        return marked

    def clear(self) -> None:
        self.highlighted = []
        super().clear()
        self.setHtml("")
