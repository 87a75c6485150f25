"""Reading a statement PDF back the ways a reader (or an adversary) would: pdftotext,
pypdf's text extraction, every stream decompressed, metadata, annotations, outlines."""

from __future__ import annotations

import io
import re
import subprocess
import zlib
from pathlib import Path

from environment import require_tool

# Direction marks poppler adds around embedded runs; not part of the text.
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdftotext(data: bytes, tmp_path: Path, *args: str) -> str:
    tool = require_tool("pdftotext")
    path = tmp_path / "statement.pdf"
    path.write_bytes(data)
    out = subprocess.run([tool, *args, str(path), "-"], capture_output=True, check=True,
                         timeout=60)
    return out.stdout.decode("utf-8")


def pypdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def streams(data: bytes) -> list[bytes]:
    """Every stream of the file, decompressed where it is compressed."""
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        raw = m.group(1)
        try:
            out.append(zlib.decompress(raw))
        except zlib.error:
            out.append(raw)
    return out


def clean(text: str) -> str:
    return " ".join(BIDI_CONTROLS.sub("", text).split())


def needle_forms(text: str) -> list[bytes]:
    utf16 = text.encode("utf-16-be")
    return [text.encode("utf-8"), utf16, utf16.hex().upper().encode(), text.encode("latin-1",
                                                                                   "ignore")]


def leaks(data: bytes, tmp_path: Path, needles: list[str]) -> list[str]:
    """Where any needle shows in the PDF: extracted text, bytes, streams, metadata."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    surfaces = {
        "pdftotext": pdftotext(data, tmp_path),
        "pdftotext -raw": pdftotext(data, tmp_path, "-raw"),
        "pypdf": pypdf_text(data),
        "metadata": repr(dict(reader.metadata or {})),
    }
    blobs = {"file": data, **{f"stream {i}": s for i, s in enumerate(streams(data))}}
    found = []
    for needle in needles:
        found += [f"{needle} in {name}" for name, text in surfaces.items()
                  if needle in text or needle in clean(text)]
        for form in needle_forms(needle):
            if form:
                found += [f"{needle} in {name}" for name, blob in blobs.items() if form in blob]
    return sorted(set(found))
