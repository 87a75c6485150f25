"""The marker pyside6-lupdate looks for: `QT_TRANSLATE_NOOP("Core", "text")` in a catalogue
module puts "text" in the translation files under the context Core. In Python it returns
the text unchanged, so the catalogue is plain English without Qt."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    return text
