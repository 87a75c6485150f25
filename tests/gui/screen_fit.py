"""What "fits the screen" means, as a check on a real, shown window.

A window fits when its frame lies inside the screen's available geometry and everything in
it can be seen or scrolled to: every visible widget lies inside its window, unless it sits
in a scroll area's viewport, and then that scroll area can scroll in every direction its
content overflows (a content wider than the view with the horizontal bar switched off is
cut off for good).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea, QWidget

_SLACK = 1  # rounding of fractional scale factors


def _describe(widget: QWidget) -> str:
    name = widget.objectName() or ""
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__}({name!r}, {str(shown)[:30]!r})"


def _in_viewport(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            return True
        parent = area
    return False


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _scroll_cut(area: QScrollArea) -> list[str]:
    inner = area.widget()
    if inner is None or not inner.isVisible():
        return []
    view = area.viewport().size()
    problems = []
    if inner.width() > view.width() + _SLACK and \
            area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        problems.append(f"{_describe(area)}: content {inner.width()} px wide in a "
                        f"{view.width()} px view with no horizontal scroll bar")
    if inner.height() > view.height() + _SLACK and \
            area.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        problems.append(f"{_describe(area)}: content {inner.height()} px high in a "
                        f"{view.height()} px view with no vertical scroll bar")
    return problems


def fit_problems(window: QWidget) -> list[str]:
    """Why `window` does not fit its screen; empty when it does."""
    QApplication.processEvents()
    area = window.screen().availableGeometry().adjusted(-_SLACK, -_SLACK, _SLACK, _SLACK)
    problems = []
    title = window.windowTitle() or type(window).__name__
    if not area.contains(window.frameGeometry()):
        problems.append(f"{title}: window {window.frameGeometry()} outside the screen's "
                        f"{window.screen().availableGeometry()} "
                        f"(minimum size {window.minimumSizeHint()})")
    bounds = window.rect().adjusted(-_SLACK, -_SLACK, _SLACK, _SLACK)
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue  # hidden, or inside a window of its own (a dialog), checked apart
        if isinstance(widget, QScrollArea):
            problems += [f"{title}: {p}" for p in _scroll_cut(widget)]
        if _in_viewport(widget, window):
            continue
        rect = _rect_in(widget, window)
        if not bounds.contains(rect):
            problems.append(f"{title}: {_describe(widget)} at {rect} outside the window "
                            f"{window.rect()}")
    return problems


def shown_windows() -> list[QWidget]:
    passing = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)  # menus, tips: Qt places those
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w.windowType() not in passing]
