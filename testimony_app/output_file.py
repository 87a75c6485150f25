"""Writing a file the user asked for (a statement, a bundle, an exported attachment, a
public key): whole or not at all, never over something it should not replace, and readable
by the user alone.

Used by the command line and the desktop app alike. Writes only the bytes it is given to
the path it is given (or to a temporary name beside it, never elsewhere), with mode 0600
whatever the umask, flushed to the disk before it counts as written. Every file Testimony
writes outside the vault is opened through `open_new_private`.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import BinaryIO

PRIVATE = 0o600


def open_new_private(path: Path) -> BinaryIO:
    """Create `path` for writing, mode 0600; it must not exist (a file made between a check
    and this call is not written over, and a link planted there is not followed)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, PRIVATE)
    try:
        os.fchmod(fd, PRIVATE)  # a umask can only take bits away; this is belt and braces
    except (AttributeError, OSError):  # not on every platform (Windows)
        pass
    return os.fdopen(fd, "wb")


def _write_new_file(path: Path, data: bytes) -> None:
    """Create `path` (it must not exist), write `data` and fsync; remove it on failure."""
    fh = open_new_private(path)
    try:
        with fh:
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
