"""The field-by-field merge of a diverged record, between real vaults and real bundles:
fields one side changed since the common revision are taken from it, a field both sides
changed is refused until someone chooses, people are paired row by row by their person
reference, and sensitive-span marks always follow the text they were made on."""

from __future__ import annotations

import pytest
from exchange_parties import supervisor_key, supervisor_with, vault_bytes

from testimony_app.demo import demo_records
from testimony_app.exchange import ExchangeError
from testimony_app.exchange import conflicts as cf
from testimony_app.exchange import field_merge as fm
from testimony_app.exchange.merge import import_bundle
from testimony_app.exchange.provenance import verify_imports
from testimony_app.exchange.seal import export_bundle

NARRATIVE = "account.narrative_original"


@pytest.fixture
def parties(tmp_path):
    """diverge(local_edit, imported_edit): a record handed in, then edited by the
    supervisor (local) and by the researcher (imported), and the researcher's edit
    imported. Returns (supervisor, researcher, record id, the common revision)."""
    sup, (res,) = supervisor_with(tmp_path, "Researcher")
    res.add_many(demo_records(1, seed=21))
    (rid,) = [s.id for s in res.list_records()]
    count = iter(range(1, 100))

    def hand_in():
        path = tmp_path / f"{next(count)}.tbundle"
        export_bundle(res, [supervisor_key(res)], path)
        return import_bundle(sup, path)

    def diverge(local_edit, imported_edit):
        hand_in()
        base = sup.get(rid)
        for vault, edit in ((sup, local_edit), (res, imported_edit)):
            doc = vault.get(rid).to_json()
            edit(doc)
            vault.save(rid, doc, reason="checked")
        assert hand_in().counts["conflict"] == 1
        return sup, res, rid, base

    yield diverge
    sup.close()
    res.close()


def _set(section, name, value):
    def edit(doc):
        doc["answers"][section][name] = value
    return edit


def _both(*edits):
    def edit(doc):
        for e in edits:
            e(doc)
    return edit


def _person(doc, ref):
    return next(p for p in doc["answers"]["people"]["people"] if p["ref"] == ref)


def test_the_common_revision_is_found_in_both_histories(parties):
    sup, res, rid, base = parties(_set("account", "observations", "Calm."),
                                  _set("incident", "time_of_day", "night"))
    conflict = cf.find_conflict(sup, rid)
    assert fm.common_ancestor(sup, conflict.local_head, conflict.other_head) \
        == base.revision
    # Each side's further saves stay above it.
    plan = fm.merge_plan(sup, rid)
    assert plan.ancestor.revision == base.revision
    assert plan.local.revision == sup.get(rid).revision
    assert plan.imported.revision == res.get(rid).revision


def test_fields_changed_on_one_side_each_are_merged(parties):
    sup, res, rid, base = parties(_set("account", "observations", "Calm and precise."),
                                  _set("incident", "time_of_day", "night"))
    plan = fm.merge_plan(sup, rid)
    changed = {i.key: (i.changed, i.default) for i in plan.items}
    assert changed == {"incident.time_of_day": ("imported", "imported"),
                       "account.observations": ("local", "local")}
    assert plan.undecided() == []
    before = dict(sup._conn.execute("SELECT hash, body FROM revisions").fetchall())
    resolved = fm.resolve_merged(sup, rid, reason="each kept what they changed")
    assert resolved.answers["incident"]["time_of_day"] == "night"
    assert resolved.answers["account"]["observations"] == "Calm and precise."
    # Everything else is what both sides still share.
    assert resolved.answers["witness"] == base.answers["witness"]
    assert resolved.parent == plan.local.revision and resolved.status == "complete"
    assert resolved.reason.startswith(cf.REASON_PREFIX + plan.imported.revision)
    after = dict(sup._conn.execute("SELECT hash, body FROM revisions").fetchall())
    assert {h: after[h] for h in before} == before and len(after) == len(before) + 1
    (event,) = [e for e in sup.audit_events(rid) if e.action == "resolve"]
    assert event.detail["keep"] == "merged" and event.detail["ancestor"] == base.revision
    assert cf.list_conflicts(sup) == []
    assert sup.verify() == [] and verify_imports(sup) == []


def test_a_field_both_sides_changed_is_refused_until_chosen(parties):
    sup, res, rid, _ = parties(
        _both(_set("account", "narrative_original", "The supervisor's account."),
              _set("account", "observations", "Calm.")),
        _set("account", "narrative_original", "The researcher's account."))
    plan = fm.merge_plan(sup, rid)
    (both,) = [i for i in plan.items if i.changed == "both"]
    assert both.key == NARRATIVE and both.default is None
    assert both.local == "The supervisor's account."
    assert both.imported == "The researcher's account."
    sup._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = vault_bytes(sup)
    with pytest.raises(fm.UndecidedFields, match=r"Both sides changed "
                       r"account\.narrative_original since") as caught:
        fm.resolve_merged(sup, rid, reason="merge")
    assert caught.value.fields == [NARRATIVE]
    for take, message in (({"witness.sex": "local"}, "does not differ"),
                          ({NARRATIVE: "theirs"}, "not 'theirs'")):
        with pytest.raises(ExchangeError, match=message):
            fm.resolve_merged(sup, rid, reason="merge", take=take)
    with pytest.raises(ExchangeError, match="needs a reason"):
        fm.resolve_merged(sup, rid, reason=" ", take={NARRATIVE: "imported"})
    assert vault_bytes(sup) == before and len(cf.list_conflicts(sup)) == 1
    resolved = fm.resolve_merged(sup, rid, reason="the researcher heard it",
                                 take={NARRATIVE: "imported"})
    assert resolved.answers["account"]["narrative_original"] == "The researcher's account."
    assert resolved.answers["account"]["observations"] == "Calm."  # the one-side change


def test_a_choice_overrides_the_default_side(parties):
    sup, _, rid, base = parties(_set("account", "observations", "Calm."),
                                _set("incident", "time_of_day", "night"))
    resolved = fm.resolve_merged(sup, rid, reason="ours only",
                                 take={"incident.time_of_day": "local"})
    assert resolved.answers["incident"].get("time_of_day") == \
        base.answers["incident"].get("time_of_day")
    assert resolved.answers["account"]["observations"] == "Calm."


def test_people_are_merged_row_by_row_by_their_person_reference(parties):
    def local(doc):  # the supervisor corrects P1's age and removes P3
        _person(doc, "P1")["age"] = 25
        doc["answers"]["people"]["people"] = [
            p for p in doc["answers"]["people"]["people"] if p["ref"] != "P3"]

    def imported(doc):  # the researcher corrects P2's outcome and adds a person at the top
        _person(doc, "P2")["outcome"] = "injured"
        doc["answers"]["people"]["people"].insert(0, {
            "name": {"given": "Huda", "family": "al-Tai"}, "relationship": "neighbour",
            "sex": "female", "present": True, "outcome": "unhurt"})

    sup, res, rid, base = parties(local, imported)
    plan = fm.merge_plan(sup, rid)
    rows = {i.key: i.changed for i in plan.items if i.key.startswith("people.people[")}
    new_ref = next(p["ref"] for p in res.get(rid).answers["people"]["people"]
                   if p["name"].get("given") == "Huda")
    assert rows == {"people.people[P1]": "local", "people.people[P2]": "imported",
                    "people.people[P3]": "local", f"people.people[{new_ref}]": "imported"}
    resolved = fm.resolve_merged(sup, rid, reason="both corrections")
    people = {p["ref"]: p for p in resolved.answers["people"]["people"]}
    assert people["P1"]["age"] == 25 and people["P2"]["outcome"] == "injured"
    assert "P3" not in people and people[new_ref]["name"]["given"] == "Huda"
    untouched = [p for p in base.answers["people"]["people"] if p["ref"] not in
                 ("P1", "P2", "P3")]
    assert all(people[p["ref"]] == p for p in untouched)


def test_the_same_person_changed_on_both_sides_is_one_choice(parties):
    sup, res, rid, _ = parties(lambda d: _person(d, "P1").update(age=30),
                               lambda d: _person(d, "P1").update(age=31))
    plan = fm.merge_plan(sup, rid)
    (item,) = plan.items
    assert (item.key, item.changed, item.kind) == ("people.people[P1]", "both", "row")
    assert "30" in item.local and "31" in item.imported
    resolved = fm.resolve_merged(sup, rid, reason="checked the ID card",
                                 take={"people.people[P1]": "imported"})
    assert _person(resolved.to_json(), "P1")["age"] == 31


def test_instruction_rows_without_a_reference_pair_by_position(parties):
    def words(text):
        def edit(doc):
            doc["answers"]["instructions"]["instructions"][0]["words_translation"] = text
        return edit

    sup, _, rid, _ = parties(_set("account", "observations", "Calm."),
                             words("Stay in your homes."))
    (row,) = [i for i in fm.merge_plan(sup, rid).items if i.key.startswith("instructions")]
    assert (row.key, row.changed) == ("instructions.instructions[#1]", "imported")
    resolved = fm.resolve_merged(sup, rid, reason="merged")
    assert resolved.answers["instructions"]["instructions"][0]["words_translation"] == \
        "Stay in your homes."


def _mark(doc, field, start, end, row=None, section="account"):
    doc["marks"] = [*doc.get("marks", []), {"section": section, "field": field, "row": row,
                                            "start": start, "end": end, "kind": "name"}]


@pytest.mark.parametrize("take", ["local", "imported"])
def test_a_text_taken_from_a_side_keeps_that_sides_marks(parties, take):
    def local(doc):
        doc["answers"]["account"]["narrative_original"] = "Ahmed saw it. Then it fell."
        _mark(doc, "narrative_original", 0, 5)

    def imported(doc):
        doc["answers"]["account"]["narrative_original"] = "It fell at dawn, said Rasha."
        _mark(doc, "narrative_original", 22, 27)

    sup, _, rid, _ = parties(local, imported)
    resolved = fm.resolve_merged(sup, rid, reason="chosen", take={NARRATIVE: take})
    text = resolved.answers["account"]["narrative_original"]
    (mark,) = [m for m in resolved.marks if m["field"] == "narrative_original"]
    assert text[mark["start"]:mark["end"]] == ("Ahmed" if take == "local" else "Rasha")


def test_a_mark_added_on_one_side_alone_is_a_change_and_kept(parties):
    def local(doc):  # the supervisor only marks a name in the text both share
        text = doc["answers"]["account"]["narrative_original"]
        _mark(doc, "narrative_original", 0, min(5, len(text)))

    sup, res, rid, _ = parties(local, _set("account", "observations", "Calm."))
    plan = fm.merge_plan(sup, rid)
    marked = next(i for i in plan.items if i.key == NARRATIVE)
    assert (marked.changed, marked.marks_differ) == ("local", True)
    assert marked.local == marked.imported  # the words are the same
    resolved = fm.resolve_merged(sup, rid, reason="the mark is needed")
    assert [m["field"] for m in resolved.marks] == ["narrative_original"]
    assert resolved.answers["account"]["observations"] == "Calm."


def test_marks_on_person_rows_follow_the_rows_to_their_new_places(parties):
    def local(doc):  # mark P2's injuries text, on row 2 here
        _person(doc, "P2").update(outcome="injured", injuries="Burns, treated by Dr Salim")
        row = [p["ref"] for p in doc["answers"]["people"]["people"]].index("P2") + 1
        _mark(doc, "people.injuries", 18, 26, row=row, section="people")

    def imported(doc):  # a new person first: P2 moves to row 3 on this side
        doc["answers"]["people"]["people"].insert(0, {
            "name": {"given": "Huda"}, "relationship": "neighbour", "sex": "female",
            "present": True, "outcome": "unhurt"})

    sup, _, rid, _ = parties(local, imported)
    resolved = fm.resolve_merged(sup, rid, reason="both")
    rows = resolved.answers["people"]["people"]
    (mark,) = resolved.marks
    assert rows[mark["row"] - 1]["ref"] == "P2"
    assert rows[mark["row"] - 1]["injuries"][mark["start"]:mark["end"]] == "Dr Salim"


def test_a_merge_shown_before_either_head_moved_is_refused_after(parties):
    sup, _, rid, _ = parties(_set("account", "observations", "Calm."),
                             _set("incident", "time_of_day", "night"))
    plan = fm.merge_plan(sup, rid)
    heads = (plan.local.revision, plan.imported.revision)
    doc = sup.get(rid).to_json()
    doc["answers"]["account"]["observations"] = "Calm, then tired."
    sup.save(rid, doc, reason="later look")
    with pytest.raises(ExchangeError, match="changed since the merge was shown"):
        fm.resolve_merged(sup, rid, reason="merge", heads=heads)
    assert len(cf.list_conflicts(sup)) == 1


def test_instructions_that_cannot_be_paired_are_one_choice_for_the_whole_list(parties):
    def added(doc):
        rows = doc["answers"]["instructions"]["instructions"]
        rows.append({**rows[0], "words_translation": "Leave now."})

    sup, res, rid, _ = parties(added, _set("account", "observations", "Calm."))
    (item,) = [i for i in fm.merge_plan(sup, rid).items if i.key.startswith("instructions")]
    assert (item.key, item.kind, item.changed) == ("instructions.instructions", "rows", "local")
    assert "Leave now." in item.local and "Leave now." not in item.imported
    resolved = fm.resolve_merged(sup, rid, reason="merged")
    assert len(resolved.answers["instructions"]["instructions"]) == 2
    assert resolved.answers["account"]["observations"] == "Calm."


def test_a_mark_on_text_the_other_side_rewrote_is_a_choice_not_a_silent_mix(parties):
    """The supervisor marks a name in the shared text while the researcher rewrites that
    text: taking either side's words with the other's marks would put a span on the
    wrong letters (or leave a name unmarked), so the field is flagged for a choice."""
    def local(doc):
        doc["answers"]["account"]["narrative_original"] = "Salim ran to the shelter."
        _mark(doc, "narrative_original", 0, 5)

    def imported(doc):
        doc["answers"]["account"]["narrative_original"] = "Salim ran to the shelter."

    sup, res, rid, _ = parties(local, imported)
    # Both start from the same text; now the researcher rewrites it and hands it in again.
    doc = res.get(rid).to_json()
    doc["answers"]["account"]["narrative_original"] = "Then the neighbour, Salim, ran."
    res.save(rid, doc, reason="retold")
    bundle = sup.path.parent.parent / "again.tbundle"
    export_bundle(res, [supervisor_key(res)], bundle)
    import_bundle(sup, bundle)
    (item,) = [i for i in fm.merge_plan(sup, rid).items if i.key == NARRATIVE]
    assert (item.changed, item.marks_differ) == ("both", True)
    for take, word in (("local", "Salim"), ("imported", None)):
        plan = fm.merge_plan(sup, rid)
        merged = plan.document({NARRATIVE: take})
        text = merged["answers"]["account"]["narrative_original"]
        spans = [text[m["start"]:m["end"]] for m in merged["marks"]]
        assert spans == ([word] if word else [])


def test_a_person_added_on_each_side_is_two_people_not_one_choice(parties):
    """Each side adds someone; both vaults number the new row alike (the next free P).
    Pairing by that reference would make the supervisor pick one and lose the other."""
    def adds(given):
        def edit(doc):
            doc["answers"]["people"]["people"].append({
                "name": {"given": given}, "relationship": "neighbour", "sex": "female",
                "present": True, "outcome": "injured"})
        return edit

    sup, res, rid, base = parties(adds("Huda"), adds("Rasha"))
    new_ref = f"P{len(base.answers['people']['people']) + 1}"
    assert _person(sup.get(rid).to_json(), new_ref)["name"]["given"] == "Huda"
    assert _person(res.get(rid).to_json(), new_ref)["name"]["given"] == "Rasha"
    plan = fm.merge_plan(sup, rid)
    assert {(i.key, i.changed) for i in plan.items} == {
        (f"people.people[{new_ref}]", "local"),
        (f"people.people[{new_ref}, imported]", "imported")}
    resolved = fm.resolve_merged(sup, rid, reason="both neighbours were there")
    people = resolved.answers["people"]["people"]
    assert [p["name"]["given"] for p in people[-2:]] == ["Huda", "Rasha"]
    refs = [p["ref"] for p in people]
    assert len(set(refs)) == len(refs)  # Rasha numbered afresh
    assert _person(resolved.to_json(), new_ref)["name"]["given"] == "Huda"
