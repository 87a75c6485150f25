"""The witness's pseudonym in this vault's statements, unique within an incident.

Each vault makes pseudonyms ("Witness A") per incident when a record is first saved. After
hand-ins, a supervisor's vault can hold two witnesses of one incident who are both
"Witness A" in their own researchers' vaults; two published statements must not give
them one name. The first statement of a record fixes its pseudonym here: the one the
record carries, unless another record of the incident has already been given it, else the
first letter that no record of the incident carries or has been given. Later statements
reuse it, so a published pseudonym never changes. The record itself is never rewritten
(its revisions are evidence); the fixed pseudonym lives beside it, and its fixing is an
audit event.
"""

from __future__ import annotations

import copy
import json
import re

from ..form import Form, current_form, get_form
from .canonical import utc_now
from .generated import incident_key, letters

_GENERATED = re.compile(r"^Witness [A-Z]{1,3}$")


def _carried(conn, incident: str) -> set[str]:
    """Pseudonyms the head revisions of the incident's records carry (a full scan, only
    when a record's own pseudonym is taken)."""
    rows = conn.execute("SELECT r.form_id, r.form_version, v.body FROM records r"
                        " JOIN revisions v ON v.hash = r.head")
    carried = set()
    for form_id, version, body in rows:
        form = get_form(form_id, version)
        answers = json.loads(body).get("answers") or {}
        pseudonym = form.value(answers, "witness_pseudonym")
        if pseudonym and incident_key(answers, form) == incident:
            carried.add(pseudonym)
    return carried


def _bump_counter(conn, incident: str, n: int) -> None:
    """New records of the incident saved here later must not be given letter `n` again."""
    key = f"pseudonym:{incident}"
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    if row is None or int(row[0]) < n:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, str(n)))


def statement_pseudonym(vault, record_id: str, answers: dict,
                        form: Form | None = None) -> str | None:
    """The record's pseudonym for statements (fixed at its first statement); None when the
    record carries no generated pseudonym (statements then say "the witness"). Read by
    role, in the built-in questionnaire when no form is given."""
    form = form if form is not None else current_form()
    stored = str(form.value(answers, "witness_pseudonym") or "").strip()
    incident = incident_key(answers, form)
    with vault._transaction() as conn:
        row = conn.execute("SELECT pseudonym FROM statement_pseudonyms WHERE record_id = ?",
                           (record_id,)).fetchone()
        if row is not None:
            return row[0]
        if not _GENERATED.match(stored):
            return None
        given = {p for (p,) in conn.execute(
            "SELECT pseudonym FROM statement_pseudonyms WHERE incident = ?", (incident,))}
        chosen = stored
        if stored in given:
            taken = given | _carried(conn, incident)
            n = 1
            while f"Witness {letters(n)}" in taken:
                n += 1
            chosen = f"Witness {letters(n)}"
            _bump_counter(conn, incident, n)
        conn.execute("INSERT INTO statement_pseudonyms (record_id, incident, pseudonym,"
                     " fixed_at) VALUES (?, ?, ?, ?)", (record_id, incident, chosen, utc_now()))
        vault._audit("pseudonym", record_id, {"pseudonym": chosen, "carried": stored}, conn=conn)
    return chosen


def statement_answers(vault, record) -> dict:
    """The record's answers as statements show them: with the pseudonym fixed for
    statements in this vault (a copy; the record is unchanged)."""
    form = get_form(record.form_id, record.form_version)
    fixed = statement_pseudonym(vault, record.id, record.answers, form)
    stored = form.value(record.answers, "witness_pseudonym")
    if fixed is None or fixed == stored:
        return record.answers
    answers = copy.deepcopy(record.answers)
    where = form.needs("witness_pseudonym", "pseudonym")
    answers.setdefault(where.section.name, {})[where.field.name] = fixed
    return answers
