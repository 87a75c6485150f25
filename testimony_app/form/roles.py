"""The roles a questionnaire tags its fields with: what the application knows a field as.

Redaction, consent, pseudonyms, duplicates, the list's columns and the statement read
answers by role (`Form.value`, `Form.rows`, `Form.role`), never by a field's path, so
another questionnaire with the same roles works with no code change. The vocabulary is
documented in docs/form-format.md; `check_roles` refuses a questionnaire that uses a role
wrongly, with a sentence saying which field and why.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Form

_TEXTS = ("text", "long_text")
_DATES = ("date", "datetime")
_SELECTS = ("select_one", "select_multiple")


@dataclass(frozen=True)
class RoleRule:
    types: tuple[str, ...]   # the field types the role may tag
    within: str | None       # the repeat role whose rows hold it; None: outside any repeat
    unique: bool = True      # at most one field of the questionnaire (or of its repeat)
    values: tuple[str, ...] = ()  # choice values the application gives a meaning to:
    only: bool = False       # ... the only values allowed (else: values that must be there)


# Values with a meaning of their own: consent scopes (reports/levels.py), the outcomes that
# mean a person died (public-named statements name the dead), the sexes statements word
# by ("her brother", «الشاهدة») and the age bands ages are generalised to.
CONSENT_SCOPES = ("named_public", "anonymous_public", "anonymous_aggregate", "partner_share",
                  "internal_only", "withdrawn")
DEAD = ("killed", "died_later")
SEXES = ("female", "male")
AGE_BANDS = ("infant", "child", "adolescent", "adult", "older")

ROLES: dict[str, RoleRule] = {
    # The interview
    "record_code": RoleRule(("text",), None),
    "incident_ref": RoleRule(("text",), None),
    "researcher": RoleRule(_TEXTS, None),
    "interpreter": RoleRule(_TEXTS, None),
    # Consent
    "consent_given": RoleRule(("bool",), None),
    "consent_scope": RoleRule(("select_one",), None, values=CONSENT_SCOPES, only=True),
    "consent_quotes": RoleRule(("bool",), None),
    "consent_guardian": RoleRule(("bool",), None),
    "consent_withdrawn": RoleRule(_DATES, None),
    # The witness (the name holds the name parts and the kunya)
    "witness_name": RoleRule(("person_name",), None),
    "witness_pseudonym": RoleRule(("text",), None),
    "witness_sex": RoleRule(("select_one",), None, values=SEXES),
    "witness_birth_year": RoleRule(("integer",), None),
    "witness_age": RoleRule(("integer",), None),
    "witness_phone": RoleRule(_TEXTS, None),
    # A free-text address whose house and street numbers are withheld where not shown
    "address": RoleRule(_TEXTS, None, unique=False),
    # The incident
    "incident_date": RoleRule(("date",), None),
    "incident_place": RoleRule(("select_one", "text"), None, unique=False),
    # The incident's street, landmark or house: an address (see `address`) and its place
    "incident_address": RoleRule(_TEXTS, None),
    # Everyone in the household: one row each
    "people": RoleRule(("repeat",), None),
    "person_ref": RoleRule(("text",), "people"),
    "person_name": RoleRule(("person_name",), "people"),
    "person_sex": RoleRule(("select_one",), "people", values=SEXES),
    "person_age": RoleRule(("integer",), "people"),
    "person_age_band": RoleRule(("select_one",), "people", values=AGE_BANDS),
    "person_relationship": RoleRule(("select_one",), "people"),
    "person_outcome": RoleRule(("select_one",), "people", values=DEAD),
    # Every instruction to stay home: one row each
    "instructions_received": RoleRule(("select_one", "bool"), None),
    "instructions": RoleRule(("repeat",), None),
    "instruction_source": RoleRule(_SELECTS + _TEXTS, "instructions"),
    "instruction_channel": RoleRule(_SELECTS + _TEXTS, "instructions"),
    "instruction_time": RoleRule(_DATES + ("time",), "instructions"),
    "instruction_words": RoleRule(_TEXTS, "instructions", unique=False),
    # The account itself
    "account_original": RoleRule(_TEXTS, None),
    "account_translation": RoleRule(_TEXTS, None),
    "account_notes": RoleRule(_TEXTS, None, unique=False),
}


def check_roles(form: Form) -> tuple[str, str] | None:
    """The first misuse of a role in `form` as (field path, reason), or None."""
    counted: dict[tuple[str, str | None], str] = {}
    for _, repeat, f in form.all_fields():
        if f.role is None:
            continue
        rule = ROLES.get(f.role)
        if rule is None:
            return f.path, f"unknown role {f.role!r} (see docs/form-format.md for the roles)"
        if f.type not in rule.types:
            return f.path, (f"the role {f.role!r} needs a field of type "
                            f"{' or '.join(rule.types)}, not {f.type}")
        where = repeat.role if repeat is not None else None
        if where != rule.within:
            inside = (f"inside the repeat with the role {rule.within!r}" if rule.within
                      else "outside any repeat")
            return f.path, f"the role {f.role!r} belongs to a field {inside}"
        if rule.values:
            missing = [v for v in rule.values if f.choice(v) is None]
            unknown = [c.value for c in f.choices if c.value not in rule.values]
            if rule.only and unknown:
                return f.path, (f"the role {f.role!r} takes only the choice values "
                                f"{', '.join(rule.values)}, not {', '.join(unknown)}")
            if not rule.only and missing:
                return f.path, (f"the role {f.role!r} needs the choice values "
                                f"{', '.join(missing)}")
        key = (f.role, repeat.path if repeat is not None else None)
        if rule.unique and key in counted:
            return f.path, (f"the role {f.role!r} is already given to {counted[key]}; "
                            "only one field may have it")
        counted.setdefault(key, f.path)
    return None
