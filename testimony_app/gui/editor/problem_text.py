"""The validator's messages in the interface language, for the editor's fields and Check list.

The form layer stays English and Qt-free (the command line prints its messages as they
are); here each message it can produce is matched against an English template and given
its translation, with the numbers and names of the English message put back in. Every
template is a literal translate() call so that lupdate finds it.

A questionnaire's own message (a field's constraint) comes with its Arabic and Sorani from
the questionnaire file, and is shown in the interface language from there, not the table.

Never changes what a message says, only its language: a message that is not in the table
is shown in English rather than guessed at. The numbers and names put back into an Arabic
or Sorani sentence are bidi isolates, so "-1" or "['x', 'y']" keep their order.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

from ...form import Problem
from ...i18n import isolate

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _catalogue() -> dict[str, str]:
    """English template -> its translation now. Keys repeat the source text exactly (a
    test checks each one against its translate() call)."""
    return {
        "is required": QCoreApplication.translate("ProblemText", "is required"),
        "needs at least one row": QCoreApplication.translate(
            "ProblemText", "needs at least one row"),
        "needs at least {count} rows": QCoreApplication.translate(
            "ProblemText", "needs at least {count} rows"),
        "has more than {count} rows": QCoreApplication.translate(
            "ProblemText", "has more than {count} rows"),
        "expects a list of rows": QCoreApplication.translate(
            "ProblemText", "expects a list of rows"),
        "expects a whole number": QCoreApplication.translate(
            "ProblemText", "expects a whole number"),
        "expects a number": QCoreApplication.translate("ProblemText", "expects a number"),
        "expects a finite number": QCoreApplication.translate(
            "ProblemText", "expects a finite number"),
        "must be at least {minimum}": QCoreApplication.translate(
            "ProblemText", "must be at least {minimum}"),
        "must be at most {maximum}": QCoreApplication.translate(
            "ProblemText", "must be at most {maximum}"),
        "expects a date as YYYY, YYYY-MM or YYYY-MM-DD": QCoreApplication.translate(
            "ProblemText", "expects a date as YYYY, YYYY-MM or YYYY-MM-DD"),
        "is not a real calendar date": QCoreApplication.translate(
            "ProblemText", "is not a real calendar date"),
        "expects a time as HH:MM": QCoreApplication.translate(
            "ProblemText", "expects a time as HH:MM"),
        "expects a date and time such as 2017-03-20T10:30+03:00": QCoreApplication.translate(
            "ProblemText", "expects a date and time such as 2017-03-20T10:30+03:00"),
        "needs a time-zone offset, such as +03:00": QCoreApplication.translate(
            "ProblemText", "needs a time-zone offset, such as +03:00"),
        "expects text": QCoreApplication.translate("ProblemText", "expects text"),
        "contains a NUL character": QCoreApplication.translate(
            "ProblemText", "contains a NUL character"),
        "is longer than {length} characters": QCoreApplication.translate(
            "ProblemText", "is longer than {length} characters"),
        "expects yes or no (true/false)": QCoreApplication.translate(
            "ProblemText", "expects yes or no (true/false)"),
        "is not one of the choices": QCoreApplication.translate(
            "ProblemText", "is not one of the choices"),
        "expects a list of choices": QCoreApplication.translate(
            "ProblemText", "expects a list of choices"),
        "lists a choice twice": QCoreApplication.translate("ProblemText", "lists a choice twice"),
        "is answered, but applies only when {condition}: remove the answer, or change the "
        "answer it depends on": QCoreApplication.translate(
            "ProblemText", "is answered, but applies only when {condition}: remove the "
            "answer, or change the answer it depends on"),
        "applies only when 'other' is chosen": QCoreApplication.translate(
            "ProblemText", "applies only when 'other' is chosen"),
        "expects name parts (given, father, grandfather, family, kunya)":
            QCoreApplication.translate(
                "ProblemText", "expects name parts (given, father, grandfather, family, kunya)"),
        "has unknown name part(s) {parts}": QCoreApplication.translate(
            "ProblemText", "has unknown name part(s) {parts}"),
        "name part {part} must be short text": QCoreApplication.translate(
            "ProblemText", "name part {part} must be short text"),
        "expects lat, lon and precision": QCoreApplication.translate(
            "ProblemText", "expects lat, lon and precision"),
        "coordinates are out of range": QCoreApplication.translate(
            "ProblemText", "coordinates are out of range"),
        "precision is not one of the choices": QCoreApplication.translate(
            "ProblemText", "precision is not one of the choices"),
        "expects an attachment id": QCoreApplication.translate(
            "ProblemText", "expects an attachment id"),
        "cannot hold a value of type {type}": QCoreApplication.translate(
            "ProblemText", "cannot hold a value of type {type}"),
        "is not a field of this questionnaire": QCoreApplication.translate(
            "ProblemText", "is not a field of this questionnaire"),
        "must be an object with one entry per section": QCoreApplication.translate(
            "ProblemText", "must be an object with one entry per section"),
        "is not a section of this questionnaire": QCoreApplication.translate(
            "ProblemText", "is not a section of this questionnaire"),
        "must be an object of answers": QCoreApplication.translate(
            "ProblemText", "must be an object of answers"),
    }


def templates() -> tuple[str, ...]:
    """The English templates the table knows, placeholders and all."""
    return tuple(_catalogue())


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """"must be at least {minimum}" as a regex capturing `minimum`."""
    parts, last = [], 0
    for m in _PLACEHOLDER.finditer(template):
        parts += [re.escape(template[last:m.start()]), f"(?P<{m.group(1)}>.+?)"]
        last = m.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts))


def message_text(message: str) -> str:
    """One English validator message in the interface language (English if unknown)."""
    for template, translated in _catalogue().items():
        m = _pattern(template).fullmatch(message)
        if m:
            values = m.groupdict()
            if translated != template:  # a number or name put back into Arabic or Sorani
                values = {name: isolate(value) for name, value in values.items()}
            try:
                return translated.format(**values)
            except (KeyError, IndexError, ValueError):
                return message  # a broken translation must not hide the message
    return message


def problem_text(problem: Problem, lang: str) -> str:
    """The problem's message in the interface language `lang`."""
    if problem.text is not None:
        return problem.text.get(lang)
    return message_text(problem.message)
