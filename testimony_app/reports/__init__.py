"""Redacted statements: a record cut down to a redaction level, laid out as a PDF.

Takes records (answers, marks, ids) from the caller; never imports the vault and never
writes files: the caller decides where the PDF bytes go and writes the audit event.
"""

from .errors import ConsentRefused, ReportError
from .levels import LEVELS, allowed_levels, check_consent, parse_level
from .redact import StatementView, redact

__all__ = [
    "LEVELS", "ConsentRefused", "ReportError", "StatementView", "allowed_levels",
    "check_consent", "parse_level", "redact",
]
