"""Values the application makes rather than the researcher types: interview codes
(MOS-0042), per-incident pseudonyms (Witness A), person refs (P1) and attachment hashes.

Existing values are kept; only missing ones are filled. Counters live in `meta`.
"""

from __future__ import annotations

import string

from ..form import Form


def _next_counter(conn, key: str) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    value = int(row[0]) + 1 if row else 1
    conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, str(value)))
    return value


def letters(n: int) -> str:
    """1 -> A, 26 -> Z, 27 -> AA (spreadsheet-style)."""
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = string.ascii_uppercase[rem] + out
    return out


def incident_key(answers: dict, form: Form) -> str:
    """What pseudonyms are counted per: the incident reference, else its date."""
    return str(form.value(answers, "incident_ref") or form.value(answers, "incident_date") or
               "unknown")


def _make(conn, kind: str, answers: dict, form: Form) -> str | None:
    if kind == "interview_code":
        prefix = conn.execute("SELECT value FROM meta WHERE key = 'code_prefix'").fetchone()
        return f"{prefix[0] if prefix else 'INT'}-{_next_counter(conn, 'code_counter'):04d}"
    if kind == "pseudonym":
        n = _next_counter(conn, f"pseudonym:{incident_key(answers, form)}")
        return f"Witness {letters(n)}"
    return None


def fill_generated(conn, form: Form, answers: dict, record_id: str | None = None) -> dict:
    if not isinstance(answers, dict):
        return answers
    answers = {k: (dict(v) if isinstance(v, dict) else v) for k, v in answers.items()}
    for section, repeat, field in form.generated_fields:
        group = answers.get(section.name)
        if repeat is None:
            if group is None:
                group = answers[section.name] = {}
            if not isinstance(group, dict) or group.get(field.name):
                continue
            value = _make(conn, field.generated, answers, form)
            if value is not None:
                group[field.name] = value
        elif isinstance(group, dict) and isinstance(group.get(repeat.name), list):
            group[repeat.name] = _fill_rows(conn, repeat, field, group[repeat.name])
    return answers


def _fill_rows(conn, repeat, field, rows: list) -> list:
    rows = [dict(r) if isinstance(r, dict) else r for r in rows]
    if field.generated == "person_ref":
        used = {r.get(field.name) for r in rows if isinstance(r, dict)}
        n = 0
        for row in rows:
            if isinstance(row, dict) and not row.get(field.name):
                n += 1
                while f"P{n}" in used:
                    n += 1
                row[field.name] = f"P{n}"
                used.add(row[field.name])
    elif field.generated == "sha256":
        # The digest of the row's attachment.
        file = next((f.name for f in repeat.fields if f.type == "attachment"), None)
        for row in rows:
            if isinstance(row, dict) and not row.get(field.name) and file and row.get(file):
                found = conn.execute("SELECT sha256 FROM attachments WHERE id = ?",
                                     (str(row[file]),)).fetchone()
                if found:
                    row[field.name] = found[0]
    return rows
