"""Redaction levels and the consent caps on them.

Pure data and checks. A statement's level is never more open than the witness's consent
scope allows; when in doubt (no scope recorded, consent not given) only `internal` is
allowed.
"""

from __future__ import annotations

from ..form import Form, current_form
from ..messages import Message
from .errors import ConsentRefused, ReportError

# From most closed to most open.
LEVELS = ("internal", "partner", "public-named", "public-anonymous")
PUBLIC_LEVELS = ("public-named", "public-anonymous")

# Which levels each consent scope allows. A partner statement keeps names, so a witness who
# agreed only to anonymous publication is not shared by name with partners either;
# statistics-only consent allows no statement beyond internal use.
_ALLOWED = {
    "named_public": frozenset(LEVELS),
    "anonymous_public": frozenset({"internal", "public-anonymous"}),
    "anonymous_aggregate": frozenset({"internal"}),
    "partner_share": frozenset({"internal", "partner"}),
    "internal_only": frozenset({"internal"}),
    "withdrawn": frozenset({"internal"}),
}

BANNERS = {
    "internal": {"en": "INTERNAL - CONTAINS IDENTIFYING DETAILS",
                 "ar": "داخلي - يتضمن معلومات تكشف الهوية",
                 "ckb": "ناوخۆیی - زانیاریی ناسێنەری تێدایە"},
    "partner": {"en": "PARTNER - NOT FOR PUBLICATION",
                "ar": "للشركاء - ليس للنشر",
                "ckb": "بۆ هاوبەشەکان - بۆ بڵاوکردنەوە نییە"},
    "public-named": {"en": "PUBLIC - NAMED WITH CONSENT",
                     "ar": "علني مع ذكر الاسم - بموافقة الشاهد",
                     "ckb": "گشتی بە ناوەوە - بە ڕەزامەندی"},
    "public-anonymous": {"en": "PUBLIC - REDACTED",
                         "ar": "علني - دون ذكر الاسم",
                         "ckb": "گشتی - بێ ناو"},
}
# The levels' names where a statement names its own level (provenance, footer).
LEVEL_NAMES = {
    "internal": {"en": "internal", "ar": "داخلي", "ckb": "ناوخۆیی"},
    "partner": {"en": "partner", "ar": "للشركاء", "ckb": "بۆ هاوبەشەکان"},
    "public-named": {"en": "public-named", "ar": "علني مع ذكر الاسم", "ckb": "گشتی بە ناوەوە"},
    "public-anonymous": {"en": "public-anonymous", "ar": "علني دون ذكر الاسم",
                         "ckb": "گشتی بێ ناو"},
}


def parse_level(text: str) -> str:
    """'public_anonymous', 'Public-Anonymous' -> 'public-anonymous'; unknown -> ReportError."""
    level = str(text).strip().lower().replace("_", "-")
    if level not in LEVELS:
        raise ReportError("report.unknown_level", level=text, levels=", ".join(LEVELS))
    return level


def _form(form: Form | None) -> Form:
    """The questionnaire whose roles the answers are read by (the built-in one when the
    caller has no record's form at hand)."""
    return form if form is not None else current_form()


def witness_age(answers: dict, form: Form | None = None) -> int | None:
    """The witness's age at the incident: as recorded, else from the birth year."""
    form = _form(form)
    age = form.value(answers, "witness_age")
    if isinstance(age, int):
        return age
    born = form.value(answers, "witness_birth_year")
    year = str(form.value(answers, "incident_date") or "")[:4]
    if isinstance(born, int) and year.isdigit():
        return int(year) - born
    return None


def _minor_without_guardian(answers: dict, form: Form) -> bool:
    age = witness_age(answers, form)
    return (age is not None and age < 18 and
            form.value(answers, "consent_guardian") is not True)


def consent_scope(answers: dict, form: Form | None = None) -> str | None:
    """The consent scope the record's answers give (None when none holds), read by role:
    a questionnaire without a consent scope allows internal statements only."""
    form = _form(form)
    if not isinstance(answers, dict) or form.role("consent_scope") is None:
        return None
    if form.value(answers, "consent_withdrawn"):
        return "withdrawn"
    # A child's own consent is not enough: a parent's or guardian's is needed too.
    if form.value(answers, "consent_given") is not True or _minor_without_guardian(answers,
                                                                                  form):
        return None
    scope = form.value(answers, "consent_scope")
    return scope if scope in _ALLOWED else None


def allowed_levels(answers: dict, form: Form | None = None) -> tuple[str, ...]:
    """The levels this record's consent allows, most closed first."""
    scope = consent_scope(answers, form)
    allowed = _ALLOWED[scope] if scope is not None else frozenset({"internal"})
    return tuple(level for level in LEVELS if level in allowed)


def check_consent(answers: dict, level: str, code: str = "", form: Form | None = None) -> None:
    """Raise ConsentRefused when `level` is more open than the consent allows."""
    level = parse_level(level)
    form = _form(form)
    allowed = allowed_levels(answers, form)
    if level in allowed:
        return
    scope = consent_scope(answers, form)
    if scope == "withdrawn":
        reason = Message("consent.withdrawn")
    elif scope is None and _minor_without_guardian(answers, form):
        reason = Message("consent.minor")
    elif scope is None:
        reason = Message("consent.none")
    else:
        reason = Message("consent.scope", scope=scope, level=level, allowed=", ".join(allowed))
    said = Message("consent.of_record", record=code, reason=reason) if code else reason
    raise ConsentRefused(said, reason=reason.code.split(".")[1], scope=scope, level=level,
                         allowed=allowed)
