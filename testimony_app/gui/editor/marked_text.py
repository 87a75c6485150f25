"""A plain-text editor for narratives and instruction wording whose sensitive spans (names,
places, phone numbers, other identifying details) can be marked for later redaction.

Marks are offsets into `text()` (Python str indices) and follow every edit, undo and redo
(the arithmetic lives in `form.marks`). Names and phone numbers recorded elsewhere in the
record are offered as suggestions (dotted underline) until marked. Holds testimony in
memory only; never writes it anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from ...form import marks as mk
from ...i18n import text_direction
from .text_positions import QtPositions, overlapping, py_index

# Light backgrounds that keep dark text readable and tell the kinds apart.
KIND_COLOURS = {"name": "#ffe08a", "place": "#b8e6b0", "phone": "#a9d4ff", "other": "#f5b8d8"}
SUGGEST_DELAY_MS = 250


class MarkedTextEdit(QPlainTextEdit):
    changed = Signal()  # the text or the marks changed
    _replacing = False  # set_text is swapping the document's text: paint nothing

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._text = ""
        self._marks: list[dict] = []
        self._terms: list[str] = []
        self._suggested: list[dict] = []
        # Marks as they were at the end of each undo step, keyed by the undo stack's
        # depth and checked against the text: undo and redo bring the marks back too.
        self._snapshots: dict[int, tuple[int, list[dict]]] = {}
        self._suggest_timer = QTimer(self)
        self._suggest_timer.setSingleShot(True)
        self._suggest_timer.setInterval(SUGGEST_DELAY_MS)
        self._suggest_timer.timeout.connect(self._refresh_suggestions)
        # Set by the window: copies of testimony are noted, so that lock clears them.
        self.clipboard_guard = None
        self.setTabChangesFocus(True)  # Tab moves to the next field, as in every form
        self.document().contentsChange.connect(self._on_contents_change)
        self._build_actions()

    # -- the contract --------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Show `text` with no marks and a fresh undo history."""
        # While Qt replaces the text (QTextDocument::clear) it sets the document's list of
        # cursors aside, and the scroll bar it moves calls scrollContentsBy: a repaint then
        # frees the old highlights' cursors (or makes new ones) that the list still holds,
        # and destroying the document later writes into freed memory. So the highlights go
        # first, and nothing is painted until the new text is in.
        self.setExtraSelections([])
        self._replacing = True
        self.document().blockSignals(True)
        try:
            self.setPlainText(text)
        finally:
            self.document().blockSignals(False)
            self._replacing = False
        self._text = self.toPlainText()
        self._marks, self._suggested, self._snapshots = [], [], {}
        self._align_to_text()
        self._refresh_suggestions()

    def text(self) -> str:
        return self._text

    def marks(self) -> list[dict]:
        return [dict(m) for m in self._marks]

    def set_marks(self, marks: list) -> None:
        self._marks = mk.normalise(marks or [], len(self._text))
        self._remember()
        self._refresh_suggestions()

    def set_suggestions(self, terms: list[str]) -> None:
        terms = list(terms or [])
        if terms == self._terms:
            return  # the editor re-sends them after every change: nothing to redo
        self._terms = terms
        self._refresh_suggestions()

    def suggestions(self) -> list[dict]:
        """The unmarked occurrences currently underlined: `{start, end, kind, term}`."""
        return [dict(s) for s in self._suggested]

    def mark_selection(self, kind: str) -> bool:
        start, end = self._selection()
        if start == end:
            return False
        self._set_marks(mk.add(self._marks, start, end, kind))
        return True

    def unmark_selection(self, index: int | None = None) -> bool:
        """Unmark the selection; without one, the mark at `index` (else at the cursor)."""
        start, end = self._selection()
        if start == end:
            mark = mk.at(self._marks, start if index is None else index)
            if mark is None:
                return False
            start, end = mark["start"], mark["end"]
        before = self._marks
        self._set_marks(mk.remove(self._marks, start, end))
        return self._marks != before

    def accept_suggestion(self, suggestion: dict) -> None:
        self._set_marks(mk.add(self._marks, suggestion["start"], suggestion["end"],
                               suggestion["kind"]))

    def accept_all_suggestions(self) -> int:
        accepted = mk.suggestions(self._text, self._terms, self._marks)
        marks = self._marks
        for s in accepted:
            marks = mk.add(marks, s["start"], s["end"], s["kind"])
        self._set_marks(marks)
        return len(accepted)

    def clear(self) -> None:
        """Forget the text, its marks, suggestions and the undo history (on lock)."""
        self._terms = []
        self._suggest_timer.stop()
        self.set_text("")

    def createMimeDataFromSelection(self):
        mime = super().createMimeDataFromSelection()
        if self.clipboard_guard is not None:
            self.clipboard_guard.note(mime.text())
        return mime

    # -- following edits -------------------------------------------------------------------

    def _on_contents_change(self, position: int, _removed: int, _added: int) -> None:
        new = self.toPlainText()
        if new == self._text:
            return  # a format-only change
        hint = py_index(new, position)
        at, removed, added = mk.edit_between(self._text, new, hint)
        marks = mk.shift(self._marks, at, removed, added)
        snapshot = self._snapshots.get(self.document().availableUndoSteps())
        if snapshot is not None and snapshot[0] == hash(new):
            marks = [dict(m) for m in snapshot[1]]  # undo/redo back to a known state
        self._text, self._marks = new, marks
        self._align_to_text()  # the first letter may have changed
        self._remember()
        self._suggested = mk.shift(self._suggested, at, removed, added)
        self._paint()
        self._suggest_timer.start()
        self.changed.emit()

    def _align_to_text(self) -> None:
        """Align to the side the account starts from: right for Arabic script.

        A plain-text editor aligns every paragraph alike whatever its direction, so an
        Arabic account would hang from the left edge in an English interface. Each
        paragraph keeps its own reading order (English lines read left to right)."""
        side = Qt.AlignmentFlag.AlignRight if text_direction(self._text) == "rtl" \
            else Qt.AlignmentFlag.AlignLeft
        option = self.document().defaultTextOption()
        if option.alignment() & side and option.alignment() & Qt.AlignmentFlag.AlignAbsolute:
            return
        option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self.document().setDefaultTextOption(option)

    def _set_marks(self, marks: list[dict]) -> None:
        if marks == self._marks:
            return
        self._marks = marks
        self._remember()
        self._refresh_suggestions()
        self.changed.emit()

    def _remember(self) -> None:
        self._snapshots[self.document().availableUndoSteps()] = (
            hash(self._text), [dict(m) for m in self._marks])

    def _refresh_suggestions(self) -> None:
        self._suggest_timer.stop()
        self._suggested = mk.suggestions(self._text, self._terms, self._marks)
        self._paint()

    # -- showing marks -----------------------------------------------------------------------

    def _paint(self) -> None:
        """Colour the marks and underline the suggestions that are on screen.

        Only the visible part is painted (again on scrolling and resizing): a long account
        can hold hundreds of suggestions, and every keystroke repaints."""
        if self._replacing:
            return  # see set_text: no cursors may be made while the document is replaced
        first, last = self._visible_range()
        to_qt = QtPositions(self._text)
        selections = []
        for m in overlapping(self._marks, first, last):
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(KIND_COLOURS[m["kind"]]))
            fmt.setForeground(QColor("#000000"))
            selections.append(self._selection_for(m, fmt, to_qt))
        for s in overlapping(self._suggested, first, last):
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(QColor("#c0392b"))
            selections.append(self._selection_for(s, fmt, to_qt))
        self.setExtraSelections(selections)

    def _visible_range(self) -> tuple[int, int]:
        """Python indices from the first visible paragraph to the end of the last one."""
        block = self.firstVisibleBlock()
        if not block.isValid():
            return 0, len(self._text)
        bottom = self.viewport().height()
        offset = self.contentOffset()
        start = block.position()
        end = start
        while block.isValid():
            end = block.position() + block.length()
            if self.blockBoundingGeometry(block).translated(offset).top() > bottom:
                break
            block = block.next()
        return py_index(self._text, start), py_index(self._text, end)

    def _selection_for(self, span: dict, fmt: QTextCharFormat, to_qt: QtPositions
                       ) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.document())
        cursor.setPosition(to_qt(span["start"]))
        cursor.setPosition(to_qt(span["end"]), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor, selection.format = cursor, fmt
        return selection

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._paint()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._paint()

    def kind_label(self, kind: str) -> str:
        return {"name": self.tr("Name"), "place": self.tr("Place"),
                "phone": self.tr("Phone number"),
                "other": self.tr("Other identifying detail")}[kind]

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            self._show_tooltip(event)
            return True
        return super().viewportEvent(event)

    def _show_tooltip(self, event) -> None:
        index = py_index(self._text, self.cursorForPosition(event.pos()).position())
        mark = mk.at(self._marks, index)
        suggestion = mk.at(self._suggested, index)
        if mark is not None:
            text = self.tr("Marked: {kind}").format(kind=self.kind_label(mark["kind"]))
        elif suggestion is not None:
            text = self.tr("Suggested: {kind} recorded elsewhere in this interview").format(
                kind=self.kind_label(suggestion["kind"]))
        else:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPos(), text, self.viewport())

    # -- actions ---------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.mark_actions: dict[str, QAction] = {}
        for number, kind in enumerate(mk.KINDS, 1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+Shift+{number}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setData(kind)
            action.triggered.connect(self._on_mark_action)
            self.addAction(action)
            self.mark_actions[kind] = action
        self.unmark_action = QAction(self)
        self.unmark_action.setShortcut(QKeySequence("Ctrl+Shift+0"))
        self.unmark_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.unmark_action.triggered.connect(self._on_unmark_action)
        self.addAction(self.unmark_action)
        self.accept_all_action = QAction(self)
        self.accept_all_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.accept_all_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.accept_all_action.triggered.connect(self.accept_all_suggestions)
        self.addAction(self.accept_all_action)
        self._retranslate_actions()

    def _retranslate_actions(self) -> None:
        titles = {"name": self.tr("Mark as name"), "place": self.tr("Mark as place"),
                  "phone": self.tr("Mark as phone number"),
                  "other": self.tr("Mark as other identifying detail")}
        for kind, action in self.mark_actions.items():
            action.setText(titles[kind])
        self.unmark_action.setText(self.tr("Unmark"))
        self.accept_all_action.setText(self.tr("Mark all suggestions"))

    def build_context_menu(self, index: int) -> QMenu:
        """The standard edit menu plus marking; `index` is where the user clicked.

        The menu gets its own actions: disabling the widget's would also disable their
        shortcuts."""
        menu = self.createStandardContextMenu()
        menu.addSeparator()
        has_selection = self.textCursor().hasSelection()
        for kind, shortcut in self.mark_actions.items():
            action = menu.addAction(shortcut.text())
            action.setData(kind)
            action.triggered.connect(self._on_mark_action)
            action.setShortcut(shortcut.shortcut())
            action.setEnabled(has_selection)
        action = menu.addAction(self.unmark_action.text())
        action.setData(index)
        action.triggered.connect(self._on_unmark_action)
        action.setShortcut(self.unmark_action.shortcut())
        action.setEnabled(has_selection or mk.at(self._marks, index) is not None)
        suggestion = mk.at(self._suggested, index)
        menu.addSeparator()
        if suggestion is not None:
            action = menu.addAction(self.tr("Mark “{term}” as {kind}").format(
                term=suggestion["term"], kind=self.kind_label(suggestion["kind"]).lower()))
            action.setData(dict(suggestion))
            action.triggered.connect(self._on_suggestion_action)
        action = menu.addAction(self.accept_all_action.text(), self.accept_all_suggestions)
        action.setShortcut(self.accept_all_action.shortcut())
        action.setEnabled(bool(self._suggested))
        return menu

    # Every action is connected to a bound method and carries what it is about in its data,
    # never to a lambda holding `self`: PySide keeps such a lambda, and with it this widget's
    # Python wrapper, alive after Qt has deleted the action and the widget.
    def _on_mark_action(self) -> None:
        self.mark_selection(self.sender().data())

    def _on_unmark_action(self) -> None:
        index = self.sender().data()  # the widget's own action has none: use the cursor
        self.unmark_selection(index if isinstance(index, int) else None)

    def _on_suggestion_action(self) -> None:
        self.accept_suggestion(self.sender().data())

    def contextMenuEvent(self, event) -> None:
        cursor = self.cursorForPosition(event.pos())
        menu = self.build_context_menu(py_index(self._text, cursor.position()))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(event.globalPos())

    def _selection(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return (py_index(self._text, cursor.selectionStart()),
                py_index(self._text, cursor.selectionEnd()))
