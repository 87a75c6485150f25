"""The `testimony conflicts` and `testimony resolve` subcommands: diverged histories after
an import, both sides of one, and settling one with a new revision.

Prints to the terminal the user ran it in; never writes anything but the vault.
"""

from __future__ import annotations

from dataclasses import asdict

from ..exchange.errors import ExchangeError
from ..form import installed_languages
from ..services import conflicts as cf
from .commands import _emit_json, _open, _read_doc, print_changes


def register(cmd) -> None:
    sp = cmd("conflicts", conflicts,
             "records whose histories diverged on import; with ID, both sides of one")
    sp.add_argument("id", nargs="?", help="show what differs between the two heads")
    sp.add_argument("--other", metavar="HASH", help="which conflict, when a record has several")
    sp.add_argument("--lang", choices=installed_languages(), default="en")
    sp.add_argument("--json", action="store_true")

    sp = cmd("resolve", resolve,
             "settle a diverged record with a new revision (neither history is rewritten)")
    sp.add_argument("id")
    group = sp.add_mutually_exclusive_group(required=True)
    group.add_argument("--keep", choices=list(cf.KEEP),
                       help="keep this vault's head or the imported head")
    group.add_argument("--from", dest="from_file", metavar="FILE",
                       help="a record document (as 'show --json' prints it) edited from both")
    group.add_argument("--merge", action="store_true",
                       help="merge field by field: what one side changed since the common "
                            "revision is taken from it")
    sp.add_argument("--take", action="append", default=[], metavar="FIELD=local|imported",
                    help="with --merge: the side of a field both changed (repeatable)")
    sp.add_argument("--reason", required=True, help="why it is resolved this way")
    sp.add_argument("--other", metavar="HASH", help="which conflict, when a record has several")


def conflicts(args) -> None:
    with _open(args) as vault:
        if args.id:
            record_id = vault.resolve_id(args.id)
            sides, plan = cf.sides_and_plan(vault, record_id, other=args.other, lang=args.lang)
            _show_sides(sides, plan, args.json)
            return
        items = cf.list_conflicts(vault)
    if args.json:
        _emit_json([c.to_json() for c in items])
        return
    for c in items:
        print(f"{c.record} {c.code}: ours {c.local_head[:12]}, theirs {c.other_head[:12]} "
              f"(bundle {c.bundle})")
    if not items:
        print("No conflicts.")


_WHO = {"local": "changed here", "imported": "changed by the sender",
        "both": "CHANGED ON BOTH SIDES: choose with --take"}


def _show_sides(s: cf.ConflictSides, plan: cf.MergePlan | None, as_json: bool) -> None:
    if as_json:
        _emit_json({"conflict": s.conflict.to_json(), "local": s.local.to_json(),
                    "imported": s.imported.to_json(),
                    "changes": [asdict(c) for c in s.changes],
                    "ancestor": plan.ancestor.revision if plan and plan.ancestor else None,
                    "merge": [{**asdict(i), "default": i.default} for i in plan.items]
                    if plan else None})
        return
    for name, rec in (("ours", s.local), ("theirs", s.imported)):
        print(f"{name:<6} revision {rec.number} {rec.revision[:12]} by "
              f"{rec.author_name or rec.author[:12]}, {rec.created_at}, {rec.status}")
    print_changes(s.changes)
    if not s.changes:
        print("  The answers are the same on both sides.")
    if plan is not None and plan.items:
        base = plan.ancestor.number if plan.ancestor else "none"
        print(f"Fields for 'resolve --merge' (common revision {base}):")
        for item in plan.items:
            marks = ", sensitive marks differ" if item.marks_differ else ""
            print(f"  {item.key}: {_WHO[item.changed]}{marks}")


def _takes(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, side = pair.partition("=")
        if not sep or not name:
            raise ExchangeError("conflict.take_pair", pair=repr(pair))
        out[name.strip()] = side.strip()
    return out


def resolve(args) -> None:
    if args.take and not args.merge:
        raise ExchangeError("conflict.take_needs_merge")
    doc = _read_doc(args.from_file) if args.from_file else None
    with _open(args) as vault:
        record_id = vault.resolve_id(args.id)
        if args.merge:
            try:
                record = cf.resolve_merged(vault, record_id, reason=args.reason,
                                           take=_takes(args.take), other=args.other)
            except cf.UndecidedFields as exc:
                raise ExchangeError("conflict.undecided_take",
                                    fields=", ".join(exc.fields)) from None
        elif args.keep:
            record = cf.keep_version(vault, record_id, args.keep, reason=args.reason,
                                     other=args.other)
        else:
            record = cf.resolve_with(vault, record_id, doc, reason=args.reason,
                                     other=args.other)
    print(f"Resolved {record_id}: revision {record.number} {record.revision[:12]}.")
