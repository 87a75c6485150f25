"""Messages as codes: what the core says when it refuses, fails or finds a problem.

The core never words a sentence itself: it raises or returns a `Message` — a code from the
catalogue and its parameters — and a front end renders it. The command line renders the
English template (`str(message)`); the GUI looks the same template up in Qt's translation
files (the catalogue modules are read by pyside6-lupdate) and fills in the parameters, each
in a bidi isolate for Arabic and Sorani.

Never puts testimony, a key or a passphrase in a parameter: paths the user chose, ids,
codes, counts and fingerprints only. No Qt here (the command line runs without it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .catalogue import CATALOGUE, CONTEXT

__all__ = ["CATALOGUE", "CONTEXT", "CodedError", "Message", "render"]


class Message:
    """A catalogue code and its parameters. A parameter may itself be a Message (a reason
    inside a refusal); it is rendered in the same language."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: Any):
        if code not in CATALOGUE:
            raise KeyError(f"no message {code!r} in the catalogue")
        self.code, self.params = code, params

    def __str__(self) -> str:
        return render(self)

    def __repr__(self) -> str:
        return f"Message({self.code!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.code, self.params) == \
            (other.code, other.params)

    def __hash__(self) -> int:
        return hash(self.code)


def _english(context: str, template: str) -> str:
    return template


def render(message: Message, translate: Callable[[str, str], str] = _english,
           wrap: Callable[[str], str] = str) -> str:
    """The message's template through `translate(context, template)`, its parameters put
    in through `wrap` (a bidi isolate for right-to-left interfaces). A translation that
    lost or misspelt a placeholder falls back to the English template."""
    template = CATALOGUE[message.code]
    values: Mapping[str, str] = {
        name: render(value, translate, wrap) if isinstance(value, Message) else wrap(str(value))
        for name, value in message.params.items()}
    translated = translate(CONTEXT, template)
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


class CodedError(Exception):
    """An error of the core that carries its `message`; str() is the English sentence."""

    def __init__(self, code: str | Message, /, **params: Any):
        self.message = code if isinstance(code, Message) else Message(code, **params)
        super().__init__(str(self.message))
