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


def parse_time(value: str) -> dt.datetime | None:
    """A stored timestamp as an aware datetime (None if it is not one), for comparing
    times written by different vaults."""
    try:
        parsed = dt.datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo is not None else None


def not_before(at: str, earlier: str) -> str:
    """`at`, or `earlier` when `at` is before it: a revision is never dated before its
    parent, even when this computer's clock is behind the one that wrote the parent."""
    mine, theirs = parse_time(at), parse_time(earlier)
    return earlier if mine and theirs and mine < theirs else at
