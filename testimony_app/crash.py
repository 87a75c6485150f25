"""What a bug may say about itself: its kind and where it happened, nothing more.

An exception's message, its arguments or a traceback's local values can quote testimony
or a passphrase, so neither the CLI nor the GUI ever shows them.
"""

from __future__ import annotations

from pathlib import Path


def describe(exc: BaseException) -> str:
    """'KeyError at record_store.py:88': the exception type and its innermost frame."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = "an unknown place" if tb is None else (
        f"{Path(tb.tb_frame.f_code.co_filename).name}:{tb.tb_lineno}")
    return f"{type(exc).__name__} at {where}"
