"""Redacted statements: a record cut down to a redaction level, laid out as a PDF.

Takes records (answers, marks, ids) from the caller; never imports the vault and never
writes files: the caller decides where the PDF bytes go and writes the audit event.
"""

from .errors import ConsentRefused, DoubtfulWords, ReportError
from .levels import LEVELS, allowed_levels, check_consent, parse_level
from .redact import StatementView, redact
from .redact_data import redact_answers

__all__ = [
    "LEVELS", "ConsentRefused", "DoubtfulWords", "ReportError", "StatementView", "allowed_levels",
    "check_consent", "forget_cached_text", "parse_level", "redact", "redact_answers",
]


def forget_cached_text() -> None:
    """Forget the words and letters that making statements keeps in memory for speed.

    Call when the vault locks, after every statement being made has finished (not while a
    PDF is being laid out on another thread). Loads nothing that is not loaded already.
    """
    import sys

    shaping = sys.modules.get(f"{__name__}.shaping")
    if shaping is not None:
        shaping.forget_shaped_text()
    fonts = sys.modules.get(f"{__name__}.fonts")
    if fonts is not None:
        fonts.forget_glyph_texts()
    names = sys.modules.get(f"{__name__}.names")
    if names is not None:
        names.forget_keys()
