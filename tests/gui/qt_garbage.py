"""Qt objects that nothing but Python's cyclic garbage collector would delete.

A Qt object that Python owns (made in Python without a Qt parent, never handed to Qt) and
that sits in a reference cycle is deleted whenever the garbage collector next runs, on
whichever thread happens to allocate at that moment: often a vault task's or the vault
opener's worker thread. A window's widget tree deleted there, while the GUI thread is
building widgets of its own, kills the whole process with a segmentation fault, at a place
that has nothing to do with the object left behind.

So every GUI test ends with its deleted widgets really deleted and the cyclic garbage
collected on the GUI thread, and fails if a live Qt object was in that garbage: whatever
made it must delete it (deleteLater, a parent) instead of leaving it to the collector.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QPixmap
from shiboken6 import Shiboken

# QObjects (widgets, settings, timers…) and pixmaps may only be deleted on their own
# thread; plain values (QImage, QColor, QElapsedTimer…) may be deleted anywhere.
THREAD_BOUND = (QObject, QPixmap)


def _left_to_the_collector(obj: object) -> bool:
    return (isinstance(obj, THREAD_BOUND) and Shiboken.isValid(obj)
            and Shiboken.ownedByPython(obj))


def collect_here() -> list[str]:
    """Run the deletions Qt has queued (deleteLater) and collect the cyclic garbage on
    this thread; the class names of the live Qt objects that were in it, now deleted."""
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    flags = gc.get_debug()
    gc.set_debug(flags | gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        found = sorted(type(obj).__name__ for obj in gc.garbage if _left_to_the_collector(obj))
    finally:
        gc.set_debug(flags)
        gc.garbage.clear()
    gc.collect()  # the garbage saved above, deleted now and here
    return found
