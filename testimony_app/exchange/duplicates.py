"""Possible duplicate witnesses across researchers: the same person interviewed twice.

Scores pairs of records on the witness's name parts (Arabic folded, and Arabic and Latin
spellings reduced to a shared consonant skeleton so "محمد", "Muhammad" and "Mohammed"
meet), kunya, phone number, incident and household members. Scores are shown for review
and never merge anything; the supervisor links a pair as the same witness or marks it
distinct (`witness_links`), and a decided pair is not shown again.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from ..form import fold, normalise_digits
from ..vault.canonical import utc_now as now
from .errors import ExchangeError

THRESHOLD = 0.5
PARTS = {"given": 0.3, "father": 0.15, "grandfather": 0.1, "family": 0.15}
_AR = {"ب": "b", "ت": "t", "ث": "t", "ج": "j", "ح": "h", "خ": "x", "د": "d", "ذ": "d",
       "ر": "r", "ز": "z", "س": "s", "ش": "s", "ص": "s", "ض": "d", "ط": "t", "ظ": "z",
       "غ": "g", "ف": "f", "ق": "k", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h"}
_LATIN = [("kh", "x"), ("gh", "g"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("ph", "f"),
          ("q", "k"), ("c", "k"), ("v", "f"), ("p", "b")]
_ARTICLE = re.compile(r"^(al|el|ul)[-\s']+")


@lru_cache(maxsize=65536)  # names repeat a great deal across thousands of records
def skeleton(name: str) -> str:
    """A spelling-independent key: consonant classes, no article, vowels or doubles."""
    text = fold(name or "").strip()
    if not text:
        return ""
    if text.isascii():
        text = _ARTICLE.sub("", text)
        for a, b in _LATIN:
            text = text.replace(a, b)
        letters = [c for c in text if c.isalpha() and c not in "aeiouyw"]
    else:
        text = text[2:] if text.startswith("ال") and len(text) > 3 else text
        letters = [_AR[c] for c in text if c in _AR]
        if letters and text.endswith("ه") and len(letters) > 2:
            letters.pop()  # ta marbuta (folded to ha) is a vowel ending: فاطمة ~ Fatima
    out = []
    for c in letters:
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


@dataclass(frozen=True)
class Witness:
    record_id: str
    parts: dict  # part -> set of skeletons
    kunya: str
    phone: str
    incident: tuple
    household: frozenset

    def block_keys(self) -> set:
        keys = set()
        given, father, family = (self.parts.get(p, set()) for p in ("given", "father", "family"))
        for g in given:
            for f in father or {""}:
                for fam in family or {""}:
                    keys.add(("name", g, f, fam))
        if self.phone:
            keys.add(("phone", self.phone))
        if self.kunya:
            keys.add(("kunya", self.kunya))
        return keys


def witness_of(record_id: str, answers: dict) -> Witness:
    w = answers.get("witness") or {}
    name = w.get("full_name") or {}
    latin = name.get("latin") if isinstance(name.get("latin"), dict) else {}
    parts = {}
    for part in PARTS:
        keys = {skeleton(v) for v in (name.get(part), latin.get(part)) if isinstance(v, str)}
        keys.discard("")
        if keys:
            parts[part] = keys
    digits = "".join(c for c in normalise_digits(str(w.get("phone") or "")) if c.isdigit())
    incident = answers.get("incident") or {}
    household = set()
    for person in (answers.get("people") or {}).get("people") or []:
        pname = person.get("name") if isinstance(person, dict) else None
        if isinstance(pname, dict):
            g, f = skeleton(str(pname.get("given") or "")), skeleton(str(pname.get("family") or ""))
            if g:
                household.add((g, f))
    return Witness(record_id, parts, fold(str(name.get("kunya") or "")).strip(),
                   digits[-9:] if len(digits) >= 7 else "",
                   (incident.get("date") or "", incident.get("neighbourhood") or ""),
                   frozenset(household))


def score(a: Witness, b: Witness) -> tuple[float, list[str]]:
    total, reasons = 0.0, []
    for part, weight in PARTS.items():
        if a.parts.get(part) and a.parts.get(part, set()) & b.parts.get(part, set()):
            total += weight
            reasons.append(f"{part} name")
    if a.kunya and a.kunya == b.kunya:
        total += 0.15
        reasons.append("kunya")
    if a.phone and a.phone == b.phone:
        total += 0.35
        reasons.append("phone")
    if a.incident[0] and a.incident[0] == b.incident[0]:
        same_place = a.incident[1] and a.incident[1] == b.incident[1]
        total += 0.1 if same_place else 0.05
        reasons.append("incident date and place" if same_place else "incident date")
    shared = len(a.household & b.household)
    if shared:
        total += min(0.2, 0.1 * shared)
        reasons.append(f"{shared} household member(s)")
    return round(min(total, 1.0), 2), reasons


def reason_code(reason: str) -> tuple[str, int]:
    """One of `score`'s English reason phrases as (code, count), for an interface that
    words it in its own language: "given name" -> ("given", 0), "kunya", "phone",
    "incident date" -> ("incident_date", 0), "incident date and place" ->
    ("incident_place", 0), "2 household member(s)" -> ("household", 2). A phrase it does
    not know comes back as (phrase, 0)."""
    if reason.endswith(" name") and reason[:-5] in PARTS:
        return reason[:-5], 0
    fixed = {"kunya": "kunya", "phone": "phone", "incident date": "incident_date",
             "incident date and place": "incident_place"}
    if reason in fixed:
        return fixed[reason], 0
    count, _, rest = reason.partition(" ")
    if count.isdecimal() and rest == "household member(s)":
        return "household", int(count)
    return reason, 0


@dataclass(frozen=True)
class Candidate:
    a: str
    b: str
    score: float
    reasons: tuple

    def to_json(self) -> dict:
        return {"a": self.a, "b": self.b, "score": self.score, "reasons": list(self.reasons)}


def decided_pairs(conn) -> set:
    return {(a, b) for a, b in conn.execute("SELECT a, b FROM witness_links")}


def local_witnesses(conn) -> list[Witness]:
    rows = conn.execute("SELECT r.id, v.body FROM records r JOIN revisions v ON v.hash = r.head")
    return [witness_of(rid, json.loads(body)["answers"]) for rid, body in rows]


def find(incoming: list[Witness], pool: list[Witness], decided: set, *,
         limit: int = 5) -> dict[str, list[Candidate]]:
    """For each incoming witness, the best-scoring others in `pool` (and in `incoming`)."""
    blocks: dict = {}
    for w in pool + incoming:
        for key in w.block_keys():
            blocks.setdefault(key, []).append(w)
    out: dict[str, list[Candidate]] = {}
    for w in incoming:
        seen, found = {w.record_id}, []
        for key in w.block_keys():
            for other in blocks.get(key, ()):
                if other.record_id in seen:
                    continue
                seen.add(other.record_id)
                pair = tuple(sorted((w.record_id, other.record_id)))
                if pair in decided:
                    continue
                s, reasons = score(w, other)
                if s >= THRESHOLD:
                    found.append(Candidate(w.record_id, other.record_id, s, tuple(reasons)))
        if found:
            out[w.record_id] = sorted(found, key=lambda c: -c.score)[:limit]
    return out


def vault_candidates(conn, *, limit: int = 200) -> list[Candidate]:
    """Every undecided pair in the vault that scores at or above the threshold."""
    pool = local_witnesses(conn)
    pairs: dict = {}
    for found in find(pool, [], decided_pairs(conn)).values():
        for c in found:
            pairs.setdefault(tuple(sorted((c.a, c.b))), c)
    return sorted(pairs.values(), key=lambda c: (-c.score, c.a, c.b))[:limit]


def link(vault, a: str, b: str, relation: str) -> None:
    """Record the supervisor's decision on a pair: the same witness, or distinct."""
    if relation not in ("same", "distinct"):
        raise ExchangeError("A link is 'same' or 'distinct'.")
    if a == b:
        raise ExchangeError("A record cannot be linked to itself.")
    a, b = sorted((a, b))
    with vault.transaction() as conn:
        for rid in (a, b):
            vault.head_in(conn, rid)
        conn.execute("INSERT OR REPLACE INTO witness_links (a, b, relation, decided_at,"
                     " decided_by) VALUES (?, ?, ?, ?, ?)",
                     (a, b, relation, now(), vault.identity.fingerprint))
        vault.audit_in(conn, "witness_link", a, {"other": b, "relation": relation})


def links(conn) -> list[dict]:
    rows = conn.execute("SELECT a, b, relation, decided_at FROM witness_links ORDER BY decided_at")
    return [{"a": a, "b": b, "relation": r, "decided_at": at} for a, b, r, at in rows]
