"""Possible duplicate witnesses: spelling and script variants meet, different people do
not, decisions hide a pair, and the import preview shows duplicates across researchers."""

from __future__ import annotations

import copy
import random

import pytest
from exchange_parties import supervisor_key, supervisor_with

from testimony_app.demo import demo_record
from testimony_app.exchange import ExchangeError
from testimony_app.exchange import duplicates as dup
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.preview import preview_bundle
from testimony_app.exchange.seal import export_bundle
from testimony_app.messages import Message


@pytest.mark.parametrize("a, b", [
    ("محمد", "Muhammad"), ("مُحَمَّد", "Mohammed"), ("أحمد", "Ahmed"), ("فاطمة", "Fatima"),
    ("فاطمه", "فاطمة"), ("الجبوري", "al-Jubouri"), ("الجبوري", "Al Jubouri"),
    ("حسين", "Hussein"), ("حسين", "Husayn"), ("إبراهيم", "Ibrahim"), ("خالد", "Khaled"),
])
def test_spelling_variants_share_a_skeleton(a, b):
    assert dup.skeleton(a) == dup.skeleton(b) != ""


@pytest.mark.parametrize("a, b", [("محمد", "أحمد"), ("علي", "عمر"),
                                  ("Fatima", "Zainab")])
def test_different_names_differ(a, b):
    assert dup.skeleton(a) != dup.skeleton(b)


def _witness(given, father, family, phone="", kunya="", latin=None):
    name = {"given": given, "father": father, "family": family}
    if kunya:
        name["kunya"] = kunya
    if latin:
        name["latin"] = latin
    return {"witness": {"full_name": name, "phone": phone},
            "incident": {"date": "2017-03-17", "neighbourhood": "al_jadida"}}


def test_same_witness_in_two_scripts_scores_high_and_strangers_low():
    arabic = dup.witness_of("a", _witness("محمد", "حسين", "الجبوري", "٠٧٧٠١٢٣٤٥٦٧",
                                          "أبو علي"))
    latin_only = dup.witness_of("b", {"witness": {"full_name": {"latin": {
        "given": "Mohammed", "father": "Husayn", "family": "al-Jubouri"}}, "kunya": "",
        "phone": "+964 770 123 4567"}, "incident": {"date": "2017-03-17"}})
    s, reasons = dup.score(arabic, latin_only)
    assert s >= 0.9 and Message("duplicate.phone") in reasons and \
        Message("duplicate.given") in reasons
    stranger = dup.witness_of("c", _witness("زينب", "عمر", "الطائي", "07709999999"))
    assert dup.score(arabic, stranger)[0] < dup.THRESHOLD
    by_kunya = dup.witness_of("d", _witness("", "", "", kunya="ابو علي"))
    assert Message("duplicate.kunya") in dup.score(arabic, by_kunya)[1]


def test_every_reason_has_a_code_for_the_interface():
    a = _witness("محمد", "حسين", "الجبوري", "07701234567", "أبو علي")
    a["witness"]["full_name"]["grandfather"] = "علي"
    a["people"] = {"people": [{"name": {"given": "هدى", "family": "علي"}},
                              {"name": {"given": "عمر", "family": "علي"}}]}
    b = copy.deepcopy(a)
    b["incident"]["neighbourhood"] = "old_city"
    _, reasons = dup.score(dup.witness_of("a", a), dup.witness_of("b", b))
    assert [(r.code, r.params.get("count", 0)) for r in reasons] == [
        ("duplicate.given", 0), ("duplicate.father", 0), ("duplicate.grandfather", 0),
        ("duplicate.family", 0), ("duplicate.kunya", 0), ("duplicate.phone", 0),
        ("duplicate.incident_date", 0), ("duplicate.household", 2)]
    # The command line prints them in English, as before they were codes.
    assert [str(r) for r in reasons] == [
        "given name", "father name", "grandfather name", "family name", "kunya", "phone",
        "incident date", "2 household member(s)"]
    _, reasons = dup.score(dup.witness_of("a", a), dup.witness_of("c", a))
    assert Message("duplicate.incident_place") in reasons


def test_duplicate_across_researchers_in_preview_then_decided(tmp_path):
    sup, (r1, r2) = supervisor_with(tmp_path, "Researcher 1", "Researcher 2")
    try:
        first = demo_record(2, random.Random(21))
        second = copy.deepcopy(first)
        second["answers"]["interview"]["code"] = "R2-0001"
        second["answers"]["account"]["narrative_original"] = "Another interview, same witness."
        name = second["answers"]["witness"]["full_name"]
        name["given"] = name["given"].replace("ة", "ه")  # a spelling variant
        a = r1.add(first)
        b = r2.add(second)
        export_bundle(r1, [supervisor_key(r1)], tmp_path / "1.tbundle")
        export_bundle(r2, [supervisor_key(r2)], tmp_path / "2.tbundle")
        import_bundle(sup, tmp_path / "1.tbundle")
        p = preview_bundle(sup, tmp_path / "2.tbundle")
        (rec,) = p.records
        assert [c.b for c in rec.duplicates] == [a.id] and rec.duplicates[0].score >= 0.9
        import_bundle(sup, tmp_path / "2.tbundle", preview=p)
        assert sup.count() == 2  # never merged automatically
        (pair,) = dup.vault_candidates(sup)
        assert {pair.a, pair.b} == {a.id, b.id}
        dup.link(sup, b.id, a.id, "distinct")
        assert dup.vault_candidates(sup) == []
        dup.link(sup, a.id, b.id, "same")
        assert [(x["relation"]) for x in dup.links(sup)] == ["same"]
        with pytest.raises(ExchangeError):
            dup.link(sup, a.id, a.id, "same")
        assert sup.verify() == []
    finally:
        for v in (sup, r1, r2):
            v.close()


# -- recall and precision on a constructed set; capped blocks ------------------------------

# Floors a little under what the search reaches on this set (recall 40/42 = 0.95,
# precision 40/48 = 0.83 when written): losing two more variant pairs, or showing three
# more near misses, fails here. Missed by design: a kunya with one child in common and
# nothing else (0.4). Wrongly shown: people these fields cannot tell apart (سعد/سعيد and
# حسن/حسين share a skeleton; brothers sharing a family phone; one triple name in two
# incidents; a cousin whose father's name differs, as a variant father's name would).
RECALL_FLOOR = 0.9
PRECISION_FLOOR = 0.78


def _shown(a: dict, b: dict) -> bool:
    """The pair as the vault-wide search sees it: blocking first, then the score."""
    return any(dup.vault_pairs([dup.witness_of("a", a), dup.witness_of("b", b)], set()))


def test_recall_and_precision_on_constructed_pairs(capsys):
    from duplicate_pairs import DIFFERENT, SAME

    assert len(SAME) >= 40 and len(DIFFERENT) >= 40
    found = [(kind, _shown(a, b)) for kind, a, b in SAME]
    wrong = [(kind, _shown(a, b)) for kind, a, b in DIFFERENT]
    tp = sum(shown for _, shown in found)
    fp = sum(shown for _, shown in wrong)
    recall, precision = tp / len(SAME), tp / (tp + fp)
    lines = [f"duplicates at threshold {dup.THRESHOLD}: recall {tp}/{len(SAME)} = {recall:.2f},"
             f" precision {tp}/{tp + fp} = {precision:.2f} ({fp}/{len(DIFFERENT)} near misses"
             " shown)"]
    for title, rows, flag in (("missed", found, False), ("wrongly shown", wrong, True)):
        kinds: dict = {}
        for kind, shown in rows:
            kinds.setdefault(kind, [0, 0])[shown == flag] += 1
        lines.append(f"  {title}: " + ", ".join(f"{k} {n}/{sum(c)}" for k, c in kinds.items()
                                                if (n := c[1])))
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert recall >= RECALL_FLOOR and precision >= PRECISION_FLOOR


def _crowd(n: int) -> list[dup.Witness]:
    """n men called محمد, fathers with one initial (h), spread over three places."""
    places = ["al_jadida", "old_city", "al_zahra"]
    out = []
    for i in range(n):
        answers = _witness("محمد", "حامد" if i % 2 else "حسن", "الجبوري")
        answers["incident"]["neighbourhood"] = places[i % 3]
        answers["witness"]["phone"] = f"0770{i:07d}"
        out.append(dup.witness_of(f"w{i:04d}", answers))
    return out


def _pairs(witnesses, cap):
    found = list(dup.vault_pairs(witnesses, set(), cap=cap))
    assert all(c.a < c.b for c in found) and len({(c.a, c.b) for c in found}) == len(found)
    return {frozenset((c.a, c.b)) for c in found}


def test_a_crowded_block_is_split_and_comparisons_stay_bounded():
    crowd, cap = _crowd(400), 20
    blocks = dup._blocks(crowd, cap)
    # Five chains each; a block still crowded at its last level compares each member with
    # at most `cap` neighbours either side: bounded by the cap, not by the crowd.
    assert max(len(blocks.neighbours(i)) for i in range(len(crowd))) <= 5 * 2 * cap
    assert sum(1 for size in blocks.sizes() if size > cap) >= 1
    x1 = dup.witness_of("x1", _witness("محمد", "حسين", "الطائي", "07801111111"))
    x2 = dup.witness_of("x2", _witness("محمد", "حسين", "", ""))
    assert frozenset(("x1", "x2")) in _pairs([x1, x2], cap)
    # In the crowd the (given, father initial) block is split down to the family initial,
    # and a pair where one record has no family name is lost there: what the cap costs.
    assert frozenset(("x1", "x2")) not in _pairs(crowd + [x1, x2], cap)
    x2 = dup.witness_of("x2", _witness("محمد", "حسين", "الطائي"))
    assert frozenset(("x1", "x2")) in _pairs(crowd + [x1, x2], cap)
    # Alike in every blocking key to a crowd still too big at its last level: compared
    # with its nearest neighbours in the sorted block, not with none.
    twin = dup.witness_of("twin", _witness("محمد", "حسن", "الجبوري", "07809999999"))
    assert any("twin" in pair for pair in _pairs(crowd + [twin], cap))
