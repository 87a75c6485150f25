"""What a supervisor needs to tell two possibly-duplicate witnesses apart: a brief of
each record (code, name parts, kunya, phone, incident, researcher, household), for the
duplicate review. Reads only; never decides anything.
"""

from __future__ import annotations

from ..form import get_form
from ..form.display import format_value, person_name
from ..i18n import is_rtl

BRIEF = ("code", "given", "father", "grandfather", "family", "latin", "kunya", "phone",
         "incident_date", "incident_place", "researcher", "household")


def witness_brief(vault, record_id: str, lang: str) -> dict[str, str]:
    """What a reviewer needs to tell two witnesses apart, by the keys of BRIEF (reads only).
    The researcher is the author of the record's first revision."""
    record = vault.get(record_id)
    answers = record.answers
    form = get_form(record.form_id, record.form_version)
    name = form.value(answers, "witness_name")
    name = name if isinstance(name, dict) else {}
    latin = name.get("latin")
    latin = latin if isinstance(latin, dict) else {}
    # The incident's place: the known places, then the street or landmark, in form order.
    place = [format_value(f, (answers.get(s.name) or {}).get(f.name), lang)
             for s, repeat, f in form.all_fields()
             if repeat is None and f.role in ("incident_place", "incident_address")]
    household = []
    for row in form.rows(answers, "people"):
        person = form.value(answers, "person_name", row)
        if isinstance(person, dict):
            shown = person_name(person, latin=False) or person_name(person)
            if shown:
                household.append(shown)
    first = vault.history(record_id)[0]
    brief = {"code": form.value(answers, "record_code") or record_id[:8],
             "latin": " ".join(str(latin[p]) for p in ("given", "father", "grandfather",
                                                        "family") if latin.get(p)),
             "kunya": name.get("kunya") or latin.get("kunya") or "",
             "phone": form.value(answers, "witness_phone") or "",
             "incident_date": form.value(answers, "incident_date") or "",
             "incident_place": " — ".join(p for p in place if p),
             "researcher": first.author_name or first.author[:16],
             "household": ("، " if is_rtl(lang) else ", ").join(household)}
    for part in ("given", "father", "grandfather", "family"):
        brief[part] = str(name.get(part) or "")
    return {key: str(brief.get(key) or "") for key in BRIEF}
