"""Stored dates and times (ISO 8601 text) as people read them, in the interface language.

Month names and digits come from the interface's QLocale (so Arabic and Sorani get
Eastern Arabic digits, as file sizes already do); each result is a bidi isolate, so it
keeps its order inside a line of the other direction. Anything that does not parse is
shown as stored: this module must never hide or alter a value it cannot read.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QTime

from ..i18n import isolate

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_TIME = re.compile(r"^(\d{2}):(\d{2})$")


def readable_date(text: str) -> str:
    """'2017-03-17' -> '17 March 2017'; '2017-03' -> 'March 2017'; '2017' -> '2017'."""
    m = _PARTIAL_DATE.match(text.strip())
    if not m:
        return text
    year, month, day = (int(g) if g else None for g in m.groups())
    date = QDate(year, month or 1, day or 1)
    if not date.isValid():
        return text
    pattern = "d MMMM yyyy" if day else "MMMM yyyy" if month else "yyyy"
    return isolate(QLocale().toString(date, pattern))


def readable_time(text: str) -> str:
    m = _TIME.match(text.strip())
    if not m:
        return text
    time = QTime(int(m.group(1)), int(m.group(2)))
    return isolate(QLocale().toString(time, "HH:mm")) if time.isValid() else text


def readable_datetime(text: str, *, to_local: bool = False) -> str:
    """'2017-03-20T10:30+03:00' -> '20 March 2017 10:30 (UTC+03:00)', in the offset it was
    recorded with; with `to_local` (the vault's own UTC stamps) in this computer's time."""
    try:
        when = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return text
    if when.tzinfo is None:
        return text
    offset = ""
    if to_local:
        when = when.astimezone()
    else:
        minutes = int(when.utcoffset().total_seconds()) // 60
        sign = "-" if minutes < 0 else "+"
        hours, minutes = divmod(abs(minutes), 60)
        offset = " (" + isolate(f"UTC{sign}{hours:02d}:{minutes:02d}") + ")"
    locale = QLocale()
    day = locale.toString(QDate(when.year, when.month, when.day), "d MMMM yyyy")
    clock = locale.toString(QTime(when.hour, when.minute), "HH:mm")
    return isolate(f"{day} {clock}") + offset
