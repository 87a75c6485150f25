"""The PDF's document information: the case code and level, and nothing about people.

Title = "<case code> - <level>"; author, subject and keywords say nothing of the witness,
the researcher, the machine or file paths. ReportLab writes no XMP packet and one
cross-reference table (no incremental updates); tests check both.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def document_info(code: str, level: str) -> dict:
    """Keyword arguments for ReportLab's DocTemplate that fix every info field."""
    return {
        "title": f"{code} - {level}",
        "author": "",
        "subject": f"Witness statement ({level})",
        "creator": "Testimony",
        "producer": "Testimony",
        "keywords": "",
        "lang": None,
    }


def file_name(code: str, record_id: str, level: str, lang: str) -> str:
    """`<code>-<level>-<lang>.pdf`, the code cut to letters, digits, `_` and `-` (the record
    id's start when nothing is left): the same name from the command line and the app."""
    stem = _UNSAFE.sub("_", code).strip("_") or record_id[:12]
    return f"{stem}-{level}-{lang}.pdf"
