"""What a supervisor needs to tell two possibly-duplicate witnesses apart: a brief of
each record (code, name parts, kunya, phone, incident, researcher, household), for the
duplicate review. Reads only; never decides anything.
"""

from __future__ import annotations

from ..form import get_form
from ..form.display import format_value, person_name

BRIEF = ("code", "given", "father", "grandfather", "family", "latin", "kunya", "phone",
         "incident_date", "incident_place", "researcher", "household")


def witness_brief(vault, record_id: str, lang: str) -> dict[str, str]:
    """What a reviewer needs to tell two witnesses apart, by the keys of BRIEF (reads only).
    The researcher is the author of the record's first revision."""
    record = vault.get(record_id)
    answers = record.answers
    form = get_form(record.form_id, record.form_version)
    witness = answers.get("witness") or {}
    name = witness.get("full_name") if isinstance(witness.get("full_name"), dict) else {}
    latin = name.get("latin") if isinstance(name.get("latin"), dict) else {}
    incident = answers.get("incident") or {}
    section = form.section("incident")
    place = [format_value(f, incident.get(f.name), lang) for f in section.fields
             if f.name in ("neighbourhood", "location_description")]
    household = []
    for row in (answers.get("people") or {}).get("people") or []:
        if isinstance(row, dict) and isinstance(row.get("name"), dict):
            shown = person_name(row["name"], latin=False) or person_name(row["name"])
            if shown:
                household.append(shown)
    first = vault.history(record_id)[0]
    brief = {"code": (answers.get("interview") or {}).get("code") or record_id[:8],
             "latin": " ".join(str(latin[p]) for p in ("given", "father", "grandfather",
                                                        "family") if latin.get(p)),
             "kunya": name.get("kunya") or latin.get("kunya") or "",
             "phone": witness.get("phone") or "",
             "incident_date": incident.get("date") or "",
             "incident_place": " — ".join(p for p in place if p),
             "researcher": first.author_name or first.author[:16],
             "household": ("، " if lang in ("ar", "ckb") else ", ").join(household)}
    for part in ("given", "father", "grandfather", "family"):
        brief[part] = str(name.get(part) or "")
    return {key: str(brief.get(key) or "") for key in BRIEF}
