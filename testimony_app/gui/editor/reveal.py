"""Keeping a card just added (or picked in the overview) in view while the layouts place it.

A new card gets its place, and the page its scroll range, only as the layouts run level by
level (the overview above the cards grows too), so one `ensureWidgetVisible` comes too
early. Instead of polling on a timer, the scroll is done again whenever something that moves
the card happens: the page's scroll range changes, or the card, the page's content or the
focused field inside the card is moved or resized. It stops as soon as the user goes
elsewhere: focus leaves the card, the wheel turns or the scroll bar is dragged.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

_MOVES = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.LayoutRequest)


class Revealer(QObject):
    """One card at a time, in the scroll area that holds it."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self._card: QWidget | None = None
        self._area: QScrollArea | None = None
        self._watched: list[QObject] = []
        self._queued = False

    def reveal(self, card: QWidget) -> None:
        self.stop()
        area = card.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None:
            return
        self._card, self._area = card, area
        bar = area.verticalScrollBar()
        bar.rangeChanged.connect(self._soon)
        bar.sliderPressed.connect(self.stop)
        QApplication.instance().focusChanged.connect(self._on_focus)
        self._watch(card, area.widget(), area.viewport(), QApplication.focusWidget())
        self._soon()

    def forget(self, card: QWidget) -> None:
        """`card` is about to be deleted: stop watching it (and what lies inside it)."""
        if card is self._card or any(
                isinstance(w, QWidget) and (w is card or card.isAncestorOf(w))
                for w in self._watched):
            self.stop()

    def stop(self) -> None:
        if self._area is not None:
            bar = self._area.verticalScrollBar()
            bar.rangeChanged.disconnect(self._soon)
            bar.sliderPressed.disconnect(self.stop)
            QApplication.instance().focusChanged.disconnect(self._on_focus)
        for obj in self._watched:
            obj.removeEventFilter(self)
        self._watched, self._card, self._area = [], None, None

    # -- internals -------------------------------------------------------------------------

    def _watch(self, *objects: QObject | None) -> None:
        for obj in objects:
            if obj is not None and obj not in self._watched:
                obj.installEventFilter(self)
                self._watched.append(obj)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self._area is None:
            return False
        if obj is self._area.viewport():
            if event.type() == QEvent.Type.Wheel:
                self.stop()  # the user scrolls elsewhere: leave the page where they put it
        elif event.type() in _MOVES:
            self._soon()
        return False

    def _soon(self, *_args) -> None:
        # After the layout pass now running: several changes in a row give one scroll.
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self._scroll)

    def _scroll(self) -> None:
        self._queued = False
        card, area = self._card, self._area
        if card is None or area is None:
            return
        focused = QApplication.focusWidget()
        inside = focused is not None and card.isAncestorOf(focused)
        if inside:
            self._watch(focused)
        area.ensureWidgetVisible(focused if inside else card, 20, 20)

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        card = self._card
        if card is not None and new is not None and new is not card \
                and not card.isAncestorOf(new):
            self.stop()
