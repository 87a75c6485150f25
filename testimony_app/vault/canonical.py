"""Canonical forms: the exact JSON bytes that revision and audit hashes are computed over,
and the UTC timestamps stored with them."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any


def canonical_json(obj: Any) -> bytes:
    return json.dumps(
        obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def utc_now() -> str:
    """Now, in UTC, as ISO 8601 with milliseconds: '2026-11-26T10:02:03.123Z'."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
