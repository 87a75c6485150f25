"""One answer checked and normalised by its field's type (text, numbers, dates, times,
choices, names, places, attachments), for the validator. Raises `InvalidAnswer` with a coded
problem; returns the value as it is stored."""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from typing import Any

from ..messages import Message
from .model import NAME_PARTS, Field
from .normalise import normalise_digits

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$")


class InvalidAnswer(Exception):
    def __init__(self, code: str, said: str | Message, /, **params: Any):
        self.code = code
        self.said = said if isinstance(said, Message) else Message(said, **params)


def is_blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _as_int(value: Any) -> int:
    if isinstance(value, bool):
        raise InvalidAnswer("type", "problem.integer")
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = normalise_digits(value).strip()
        if re.fullmatch(r"-?\d+", text):
            return int(text)
    raise InvalidAnswer("type", "problem.integer")


def _as_decimal(value: Any) -> float:
    if isinstance(value, bool):
        raise InvalidAnswer("type", "problem.number")
    if isinstance(value, int | float):
        result = float(value)
    elif isinstance(value, str):
        try:
            result = float(normalise_digits(value).strip())
        except ValueError:
            raise InvalidAnswer("type", "problem.number") from None
    else:
        raise InvalidAnswer("type", "problem.number")
    if not math.isfinite(result):
        raise InvalidAnswer("type", "problem.finite")
    return result


def _check_range(f: Field, number: float) -> None:
    if f.min is not None and number < f.min:
        raise InvalidAnswer("range", "problem.minimum", minimum=f"{f.min:g}")
    if f.max is not None and number > f.max:
        raise InvalidAnswer("range", "problem.maximum", maximum=f"{f.max:g}")


def _as_date(value: Any) -> str:
    text = normalise_digits(value).strip() if isinstance(value, str) else ""
    m = _DATE.match(text)
    if not m:
        raise InvalidAnswer("type", "problem.date")
    year = int(m.group(1))
    month, day = (int(g) if g else None for g in m.groups()[1:])
    try:
        # "2017-00" is no month: only a missing part defaults to 1, never a zero.
        dt.date(year, 1 if month is None else month, 1 if day is None else day)
    except ValueError:
        raise InvalidAnswer("type", "problem.calendar") from None
    return text


def _as_time(value: Any) -> str:
    text = normalise_digits(value).strip() if isinstance(value, str) else ""
    if not _TIME.match(text):
        raise InvalidAnswer("type", "problem.time")
    return text


def _as_datetime(value: Any) -> str:
    text = normalise_digits(value).strip() if isinstance(value, str) else ""
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        raise InvalidAnswer("type", "problem.datetime") from None
    if parsed.tzinfo is None:
        raise InvalidAnswer("type", "problem.offset")
    return text


def as_text(f: Field, value: Any) -> str:
    if not isinstance(value, str):
        raise InvalidAnswer("type", "problem.text")
    if "\x00" in value:
        raise InvalidAnswer("type", "problem.nul")
    if f.max_length and len(value) > f.max_length:
        raise InvalidAnswer("range", "problem.too_long", length=f.max_length)
    return value


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value in ("true", "false"):
        return value == "true"
    raise InvalidAnswer("type", "problem.boolean")


def _as_choice(f: Field, value: Any) -> str:
    if not isinstance(value, str) or f.choice(value) is None:
        # The value is not quoted: it may be testimony typed into the wrong place.
        raise InvalidAnswer("choice", "problem.choice")
    return value


def _as_choices(f: Field, value: Any) -> list[str]:
    if not isinstance(value, list):
        raise InvalidAnswer("type", "problem.choices")
    out = [_as_choice(f, v) for v in value]
    if len(set(out)) != len(out):
        raise InvalidAnswer("choice", "problem.choice_twice")
    return out


def _name_parts(value: Any, allow_latin: bool) -> dict:
    if not isinstance(value, dict):
        raise InvalidAnswer("type", "problem.name_parts")
    allowed = set(NAME_PARTS) | ({"latin"} if allow_latin else set())
    unknown = set(value) - allowed
    if unknown:
        raise InvalidAnswer("unknown", "problem.unknown_parts", parts=sorted(unknown))
    out: dict[str, Any] = {}
    for part in NAME_PARTS:
        text = value.get(part)
        if is_blank(text):
            continue
        if not isinstance(text, str) or len(text) > 200 or "\x00" in text:
            raise InvalidAnswer("type", "problem.name_part_text", part=repr(part))
        out[part] = text
    if allow_latin and not is_blank(value.get("latin")):
        latin = _name_parts(value["latin"], allow_latin=False)
        if latin:
            out["latin"] = latin
    return out


def _as_geopoint(f: Field, value: Any) -> dict:
    if not isinstance(value, dict) or set(value) - {"lat", "lon", "precision"}:
        raise InvalidAnswer("type", "problem.geo")
    lat, lon = _as_decimal(value.get("lat")), _as_decimal(value.get("lon"))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InvalidAnswer("range", "problem.geo_range")
    out: dict[str, Any] = {"lat": lat, "lon": lon}
    precision = value.get("precision")
    if not is_blank(precision):
        if f.precision_choices and precision not in {c.value for c in f.precision_choices}:
            raise InvalidAnswer("choice", "problem.precision")
        out["precision"] = precision
    return out


def _as_attachment(value: Any) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise InvalidAnswer("type", "problem.attachment") from None


def normalise_value(f: Field, value: Any) -> Any:
    """Coerce one answer to its stored form, or raise InvalidAnswer."""
    t = f.type
    if t in ("text", "long_text"):
        return as_text(f, value)
    if t == "integer":
        number: float = _as_int(value)
        _check_range(f, number)
        return number
    if t == "decimal":
        number = _as_decimal(value)
        _check_range(f, number)
        return number
    if t == "date":
        return _as_date(value)
    if t == "time":
        return _as_time(value)
    if t == "datetime":
        return _as_datetime(value)
    if t == "bool":
        return _as_bool(value)
    if t == "select_one":
        return _as_choice(f, value)
    if t == "select_multiple":
        return _as_choices(f, value)
    if t == "geopoint":
        return _as_geopoint(f, value)
    if t == "person_name":
        return _name_parts(value, allow_latin=True)
    if t == "attachment":
        return _as_attachment(value)
    raise InvalidAnswer("type", "problem.value_type", type=t)
