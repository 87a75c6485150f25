"""Writing a file the user asked for (a statement, an exported attachment, a public key):
whole or not at all, and never over something it should not replace.

Used by the command line and the desktop app alike. Writes only the bytes it is given to
the path it is given (or to a temporary name beside it, never elsewhere), with mode 0600,
flushed to the disk before it counts as written.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def _write_new_file(path: Path, data: bytes) -> None:
    """Create `path` (it must not exist), write `data` and fsync; remove it on failure."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary name in the same directory, then rename:
    a crash leaves the old file or the new one, never half of it (an existing file is
    replaced)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    _write_new_file(tmp, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_new(path: Path, data: bytes) -> None:
    """Write `data` to `path` only if no file is there: nothing is written over, even a
    file made between a check and this call."""
    _write_new_file(Path(path), data)
