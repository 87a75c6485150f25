"""Window sizes that fit the screen the window opens on.

A window opens at its preferred size or at the screen's free area, whichever is smaller
(laptops of 1024×600, or 1366×768 at 150 %, have far less room than the preferred sizes);
what then does not fit scrolls inside the window. Must never give a window a fixed size
or a minimum larger than such a screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left for the window manager's title bar and borders, which Qt only knows once the
# window is shown: a window sized to the whole free area would otherwise hang off it.
_FRAME_ALLOWANCE = QSize(16, 40)


def free_area(window: QWidget) -> QRect:
    """The available geometry of the screen `window` is (or will be) on."""
    screen = window.screen()
    if screen is None and window.parentWidget() is not None:
        screen = window.parentWidget().screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _frame(window: QWidget) -> QSize:
    for known in (window, window.parentWidget()):
        if known is not None and known.isVisible():
            extra = known.frameGeometry().size() - known.geometry().size()
            if extra.width() > 0 or extra.height() > 0:
                return extra
    return _FRAME_ALLOWANCE


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize `window` to width × height, or less if its screen has less room."""
    area, frame = free_area(window), _frame(window)
    window.resize(min(width, area.width() - frame.width()),
                  min(height, area.height() - frame.height()))


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move `window` (a restored geometry, say) back inside its screen."""
    area, frame = free_area(window), _frame(window)
    size = window.size().boundedTo(QSize(area.width() - frame.width(),
                                         area.height() - frame.height()))
    if size != window.size():
        window.resize(size)
    outer = window.frameGeometry()
    x = max(area.left(), min(outer.left(), area.right() + 1 - outer.width()))
    y = max(area.top(), min(outer.top(), area.bottom() + 1 - outer.height()))
    if (x, y) != (outer.left(), outer.top()):
        window.move(x, y)
