"""Records for the statement tests: one with a canary in every field, and the Arabic and
Sorani wording whose extraction order the round-trip tests check. Fictional throughout."""

from __future__ import annotations

import hashlib

from testimony_app.form import Form

# Words that must read back in this order from an Arabic statement.
ARABIC_WORDS = "قالوا لنا أبلغهم في المنشور أن نبقى في البيوت"
SORANI_WORDS = "پێیان وتین لە ماڵەوە بمێننەوە ڕێگەکان داخراون"


def canary(path: str) -> str:
    """A value no label or placeholder contains: CANARY + a number from the path."""
    return f"CANARY{int(hashlib.sha256(path.encode()).hexdigest()[:12], 16) % 10**8:08d}Q"


def _value(form: Form, field, path: str):
    t = field.type
    if t in ("text", "long_text"):
        return canary(path)
    if t == "person_name":
        return {"given": canary(path + ".given"), "family": canary(path + ".family"),
                "latin": {"given": canary(path + ".latin")}}
    if t == "integer":
        return 47
    if t == "date":
        return "2016-11-23"
    if t == "datetime":
        return "2016-11-23T09:41:00+03:00"
    if t == "bool":
        return True
    if t == "geopoint":
        return {"lat": 36.345678, "lon": 43.123456, "precision": "exact_building"}
    if t in ("select_one", "select_multiple"):
        value = field.choices[0].value if field.choices else None
        return [value] if t == "select_multiple" else value
    return None


# Values that must stay as they are for the record to make sense.
_FIXED = {
    ("interview", "code"): "MOS-0042",
    ("interview", "incident_ref"): "JADIDA-2017-03-17",
    ("witness", "pseudonym"): "Witness B",
    ("witness", "sex"): "female",
    ("witness", "phone"): "0770 123 4567",
    ("incident", "date"): "2017-03-17",
    ("consent", "given"): True,
    ("consent", "scope"): "named_public",
    ("consent", "quotes_allowed"): False,
    ("consent", "withdrawn_at"): None,
    ("instructions", "received"): "yes",
}


def canary_record(form: Form) -> dict:
    """Every field of every section answered; text fields hold canaries; two people (one
    killed, one living) and one instruction whose public words carry marked spans and
    unmarked recorded names and phone numbers."""
    answers: dict = {}
    for section in form.sections:
        group = answers.setdefault(section.name, {})
        for f in section.fields:
            if f.type == "repeat":
                rows = []
                for i in (1, 2):
                    row = {}
                    for sub in f.fields:
                        row[sub.name] = _value(form, sub, f"{section.name}.{f.name}.{i}.{sub.name}")
                    rows.append(row)
                group[f.name] = rows
            elif f.type != "note":
                group[f.name] = _FIXED.get((section.name, f.name),
                                           _value(form, f, f"{section.name}.{f.name}"))
            if f.type == "select_one" and any(c.other for c in f.choices):
                group[f"{f.name}_other"] = canary(f"{section.name}.{f.name}_other")
    people = answers["people"]["people"]
    people[0].update(ref="P1", relationship="brother", sex="male", age=9, outcome="killed")
    people[1].update(ref="P2", relationship="neighbour", sex="female", age=83,
                     outcome="injured")
    witness_given = answers["witness"]["full_name"]["given"]
    living_given = people[1]["name"]["given"]
    words = (f"MARKEDNAME said {witness_given} and {living_given} must stay; call "
             f"0770 999 8888; MARKEDPLACE street; MARKEDPHONE; MARKEDOTHER.")
    instruction = answers["instructions"]["instructions"][0]
    instruction["words_original"] = words
    marks = []
    for token, kind in (("MARKEDNAME", "name"), ("MARKEDPLACE", "place"),
                        ("MARKEDPHONE", "phone"), ("MARKEDOTHER", "other")):
        start = words.index(token)
        marks.append({"section": "instructions", "field": "instructions.words_original",
                      "row": 1, "start": start, "end": start + len(token), "kind": kind})
    return {"id": "rec-canary", "revision": "ab" * 32, "answers": answers, "marks": marks}


def hidden_canaries(form: Form, record: dict, level: str) -> list[str]:
    """Canaries of every field the level must not show (its value and its name parts)."""
    open_at = {"internal": ("public", "partner", "internal"),
               "partner": ("public", "partner"),
               "public-named": ("public",), "public-anonymous": ("public",)}[level]
    hidden = []
    for section, repeat, f in form.all_fields():
        if f.sensitivity in open_at or f.type not in ("text", "long_text", "person_name"):
            continue
        if f.generated or (f.public_as == "redacted" and
                           record["answers"]["consent"].get("quotes_allowed")):
            continue
        if f.type == "person_name" and level == "partner":
            continue  # partner statements keep names
        paths = ([f"{section.name}.{repeat.name}.{i}.{f.name}" for i in (1, 2)] if repeat
                 else [f"{section.name}.{f.name}"])
        for path in paths:
            if level == "public-named" and path in ("witness.full_name",
                                                   "people.people.1.name"):
                continue  # the consenting witness and the dead keep their names
            if f.type == "person_name":
                hidden += [canary(path + ".given"), canary(path + ".family"),
                           canary(path + ".latin")]
            else:
                hidden.append(canary(path))
    if level != "internal":
        hidden += ["MARKEDPHONE", "123 4567", "999 8888"]
        for section, _, f in form.all_fields():
            if any(c.other for c in f.choices) and f.sensitivity not in open_at:
                hidden.append(canary(f"{section.name}.{f.name}_other"))
    if level in ("public-named", "public-anonymous"):
        hidden += ["MARKEDNAME", "MARKEDPLACE", "MARKEDOTHER"]
    return hidden


def internal_canaries() -> list[str]:
    """Canaries of internal fields that an internal statement shows."""
    return [canary("witness.full_name.given"), canary("witness.current_residence"),
            canary("account.narrative_original"), canary("incident.location_description"),
            canary("interview.interviewers"), canary("people.people.2.name.family")]
