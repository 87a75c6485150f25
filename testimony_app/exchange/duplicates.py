"""Possible duplicate witnesses across researchers: the same person interviewed twice.

Scores pairs of records on the witness's name parts (Arabic folded, and Arabic and Latin
spellings reduced to a shared consonant skeleton so "محمد", "Muhammad" and "Mohammed"
meet), kunya, phone number, incident and household members. Scores are shown for review
and never merge anything; the supervisor links a pair as the same witness or marks it
distinct (`witness_links`), and a decided pair is not shown again.
"""

from __future__ import annotations

import heapq
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..form import Form, current_form, fold, get_form, normalise_digits
from ..messages import Message
from .duplicate_blocks import CAP, Blocks
from .errors import ExchangeError

THRESHOLD = 0.5
PARTS = {"given": 0.3, "father": 0.15, "grandfather": 0.1, "family": 0.15}
KUNYA = 0.2
# Folded Arabic-script letters (Arabic and Sorani) -> consonant class; others drop.
_AR = {"ب": "b", "پ": "b", "ت": "t", "ث": "t", "ج": "j", "چ": "c", "ح": "h", "خ": "x",
       "د": "d", "ذ": "d", "ر": "r", "ڕ": "r", "ز": "z", "ژ": "z", "س": "s", "ش": "s",
       "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "غ": "g", "گ": "g", "ف": "f", "ڤ": "f",
       "ق": "k", "ك": "k", "ل": "l", "ڵ": "l", "م": "m", "ن": "n", "ه": "h"}
_LATIN = [("kh", "x"), ("gh", "g"), ("sh", "s"), ("ch", "c"), ("th", "t"), ("dh", "d"),
          ("zh", "z"), ("ph", "f"), ("q", "k"), ("c", "k"), ("v", "f"), ("p", "b")]
_ARTICLE = re.compile(r"^(al|el|ul)[-\s']+")
# The first word of a kunya, folded, in both scripts: "أبو علي", "Abu Ali", "Umm Ali".
_KUNYA = {"ابو": "abu", "abu": "abu", "abou": "abu", "abo": "abu", "ام": "umm",
          "umm": "umm", "um": "umm", "oum": "umm", "om": "umm"}


@lru_cache(maxsize=65536)  # names repeat a great deal across thousands of records
def skeleton(name: str) -> str:
    """A spelling-independent key: consonant classes, no article, vowels or doubles, and
    no final h (ta marbuta, "-ah"): عبدالله ~ Abdullah, فاطمة ~ Fatimah."""
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
    out: list[str] = []
    for c in letters:
        if not out or out[-1] != c:
            out.append(c)
    if len(out) > 2 and out[-1] == "h":
        out.pop()
    return "".join(out)


def kunya_key(text: str) -> str:
    """"abu:l" for أبو علي, ابو علي or Abu Ali; "umm:l" for أم علي or Umm Ali; '' if
    `text` is not a kunya (a kunya names a child, so only the prefix and child count)."""
    words = fold(text or "").replace("-", " ").split()
    if len(words) < 2 or words[0] not in _KUNYA:
        return ""
    child = skeleton(" ".join(words[1:]))
    return f"{_KUNYA[words[0]]}:{child}" if child else ""


@dataclass(frozen=True)
class Witness:
    record_id: str
    parts: dict  # part -> set of skeletons
    kunya: str   # kunya_key
    phone: str
    incident: tuple  # (date, neighbourhood)
    household: frozenset
    sex: str = ""

    def block_chains(self) -> list[tuple]:
        """Blocking keys, each a chain from coarse to fine (see duplicate_blocks): a block
        too big at one level is split by the next. Given name + father's initial, given
        name + incident, the same with given and father swapped, phone, kunya."""
        given, father = self.parts.get("given", ()), self.parts.get("father", ())
        date, place = self.incident
        fam = min((f[:1] for f in self.parts.get("family", ())), default="")
        father_initial = {f[:1] for f in father} or {""}
        chains: list[tuple] = []
        for g in given:
            chains += [("name", g, fi, date, place, fam) for fi in father_initial]
            if date:
                chains += [("incident", g, date, place, fi, fam) for fi in father_initial]
            chains += [("name", f, g[:1], date, place, fam) for f in father]  # swapped
        if self.phone:
            chains.append(("phone", self.phone, date, place))
        if self.kunya:
            chains.append(("kunya", self.kunya, date, place, fam))
        return chains


def witness_of(record_id: str, answers: dict, form: Form | None = None) -> Witness:
    """What the duplicate search compares of a record, read by role (in the built-in
    questionnaire when no form is given)."""
    form = form if form is not None else current_form()
    name = form.value(answers, "witness_name")
    name = name if isinstance(name, dict) else {}
    latin = name.get("latin")
    latin = latin if isinstance(latin, dict) else {}
    kunyas = [kunya_key(v) for v in (name.get("kunya"), latin.get("kunya"))
              if isinstance(v, str)]
    parts = {}
    for part in PARTS:
        keys = set()
        for value in (name.get(part), latin.get(part)):
            if not isinstance(value, str):
                continue
            if part == "given" and kunya_key(value):  # "Umm Ali" typed as the name
                kunyas.append(kunya_key(value))
            else:
                keys.add(skeleton(value))
        keys.discard("")
        if keys:
            parts[part] = keys
    phone = form.value(answers, "witness_phone")
    digits = "".join(c for c in normalise_digits(str(phone or "")) if c.isdigit())
    household = set()
    for person in form.rows(answers, "people"):
        pname = form.value(answers, "person_name", person)
        if isinstance(pname, dict):
            g, f = skeleton(str(pname.get("given") or "")), skeleton(str(pname.get("family") or ""))
            if g:
                household.add((g, f))
    return Witness(record_id, parts, next((k for k in kunyas if k), ""),
                   digits[-9:] if len(digits) >= 7 else "",
                   (str(form.value(answers, "incident_date") or ""),
                    str(form.value(answers, "incident_place") or "")),
                   frozenset(household), str(form.value(answers, "witness_sex") or ""))


_SWAPPED = {"given": "father", "father": "given"}
# The reason each name part gives (testimony_app/messages). Made once: score() runs for
# every pair compared, and a list's `in` finds these by identity.
_PART_REASONS = {"given": Message("duplicate.given"), "father": Message("duplicate.father"),
                 "grandfather": Message("duplicate.grandfather"),
                 "family": Message("duplicate.family")}
_SAME_KUNYA, _SAME_PHONE = Message("duplicate.kunya"), Message("duplicate.phone")
_SAME_DATE_PLACE = Message("duplicate.incident_place")
_SAME_DATE = Message("duplicate.incident_date")


def _names(a: Witness, b: Witness) -> tuple[float, list[Message]]:
    """Name parts in common, as recorded or with given and father names swapped (a name
    written in the other order); the better of the two."""
    best, best_reasons = 0.0, []
    ap, bp = a.parts, b.parts
    # Not when both grandfathers are recorded and differ: that is a son named after his
    # grandfather (محمد حسين محمد) beside his father (حسين محمد علي), not one man twice.
    swap_too = not (ap.get("given", set()).isdisjoint(bp.get("father", ()))
                    or ap.get("father", set()).isdisjoint(bp.get("given", ()))
                    or (ap.get("grandfather") and bp.get("grandfather")
                        and ap["grandfather"].isdisjoint(bp["grandfather"])))
    for swap in (False, True) if swap_too else (False,):
        total, reasons = 0.0, []
        for part, weight in PARTS.items():
            mine = ap.get(part)
            if mine and not mine.isdisjoint(bp.get(_SWAPPED.get(part, part) if swap else part,
                                                   ())):
                total += weight
                reasons.append(_PART_REASONS[part])
        if total > best:
            best, best_reasons = total, reasons
    return best, best_reasons


def score(a: Witness, b: Witness) -> tuple[float, list[Message]]:
    """Evidence that a and b are one witness, 0..1, and its reasons (codes). Two recorded given
    names that do not meet (brothers who share a father, family, household and phone) or
    two recorded sexes that differ count against by the given name's weight."""
    total, reasons = _names(a, b)
    if a.parts.get("given") and b.parts.get("given") \
            and _PART_REASONS["given"] not in reasons:
        total -= PARTS["given"]
    if a.sex and b.sex and a.sex != b.sex:
        total -= PARTS["given"]
    if a.kunya and a.kunya == b.kunya:
        total += KUNYA
        reasons.append(_SAME_KUNYA)
    if a.phone and a.phone == b.phone:
        total += 0.35
        reasons.append(_SAME_PHONE)
    if a.incident[0] and a.incident[0] == b.incident[0]:
        same_place = a.incident[1] and a.incident[1] == b.incident[1]
        total += 0.1 if same_place else 0.05
        reasons.append(_SAME_DATE_PLACE if same_place else _SAME_DATE)
    shared = len(a.household & b.household)
    if shared:
        total += min(0.2, 0.1 * shared)
        reasons.append(Message("duplicate.household", count=shared))
    return round(max(0.0, min(total, 1.0)), 2), reasons


@dataclass(frozen=True)
class Candidate:
    a: str
    b: str
    score: float
    reasons: tuple

    def to_json(self) -> dict:
        return {"a": self.a, "b": self.b, "score": self.score,
                "reasons": [str(r) for r in self.reasons]}


def decided_pairs(store) -> set:
    """`store`: the vault, or a transaction of it (`Vault.transaction()`)."""
    return store.links.decided_pairs()


def local_witnesses(store) -> list[Witness]:
    out = []
    for rid, body in store.records.head_bodies():
        doc = json.loads(body)
        out.append(witness_of(rid, doc["answers"], get_form(doc["form"][0], doc["form"][1])))
    return out


def _sort_key(w: Witness) -> tuple:
    return tuple(min(w.parts.get(p, ("",))) for p in ("given", "father", "family",
                                                     "grandfather")) + (w.phone,)


def _blocks(witnesses: list[Witness], cap: int) -> Blocks:
    return Blocks([w.block_chains() for w in witnesses], [_sort_key(w) for w in witnesses],
                  cap)


def find(incoming: list[Witness], pool: list[Witness], decided: set, *,
         limit: int = 5, cap: int = CAP) -> dict[str, list[Candidate]]:
    """For each incoming witness, the best-scoring others in `pool` (and in `incoming`)."""
    everyone = pool + incoming
    blocks = _blocks(everyone, cap)
    out: dict[str, list[Candidate]] = {}
    for i in range(len(pool), len(everyone)):
        w, found = everyone[i], []
        for j in blocks.neighbours(i):
            other = everyone[j]
            if tuple(sorted((w.record_id, other.record_id))) in decided:
                continue
            s, reasons = score(w, other)
            if s >= THRESHOLD:
                found.append(Candidate(w.record_id, other.record_id, s, tuple(reasons)))
        if found:
            out[w.record_id] = sorted(found, key=lambda c: (-c.score, c.b))[:limit]
    return out


def vault_pairs(witnesses: list[Witness], decided: set, *, cap: int = CAP
                ) -> Iterator[Candidate]:
    """Every undecided pair that scores at or above the threshold, each once (a < b),
    one witness at a time: memory holds the blocks, never the pairs."""
    blocks = _blocks(witnesses, cap)
    for i, w in enumerate(witnesses):
        for j in blocks.neighbours(i):
            if j < i:
                continue  # met from j's side
            a, b = sorted((w.record_id, witnesses[j].record_id))
            if (a, b) in decided:
                continue
            s, reasons = score(w, witnesses[j])
            if s >= THRESHOLD:
                yield Candidate(a, b, s, tuple(reasons))


def vault_candidates(store, *, limit: int = 200, cap: int = CAP) -> list[Candidate]:
    """The `limit` best undecided pairs in the vault at or above the threshold."""
    return heapq.nsmallest(limit, vault_pairs(local_witnesses(store), decided_pairs(store),
                                              cap=cap),
                           key=lambda c: (-c.score, c.a, c.b))


def link(vault, a: str, b: str, relation: str) -> None:
    """Record the supervisor's decision on a pair: the same witness, or distinct."""
    if relation not in ("same", "distinct"):
        raise ExchangeError("link.kind")
    if a == b:
        raise ExchangeError("link.itself")
    a, b = sorted((a, b))
    with vault.transaction() as tx:
        for rid in (a, b):
            tx.records.head(rid)  # raises RecordNotFound
        tx.links.decide(a, b, relation)
        tx.audit.append("witness_link", a, {"other": b, "relation": relation})


def links(store) -> list[dict]:
    return store.links.all()
