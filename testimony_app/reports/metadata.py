"""The PDF's document information: the case code and level, and nothing about people.

Title = "<case code> - <level>"; author, subject and keywords say nothing of the witness,
the researcher, the machine or file paths. ReportLab writes no XMP packet and one
cross-reference table (no incremental updates); tests check both.
"""

from __future__ import annotations


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
