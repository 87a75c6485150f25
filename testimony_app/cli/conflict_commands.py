"""The `testimony conflicts` and `testimony resolve` subcommands: diverged histories after
an import, both sides of one, and settling one with a new revision.

Prints to the terminal the user ran it in; never writes anything but the vault.
"""

from __future__ import annotations

from dataclasses import asdict

from ..exchange import conflicts as cf
from .commands import _emit_json, _open, _read_doc, print_changes


def register(cmd) -> None:
    sp = cmd("conflicts", conflicts,
             "records whose histories diverged on import; with ID, both sides of one")
    sp.add_argument("id", nargs="?", help="show what differs between the two heads")
    sp.add_argument("--other", metavar="HASH", help="which conflict, when a record has several")
    sp.add_argument("--lang", choices=["en", "ar", "ckb"], default="en")
    sp.add_argument("--json", action="store_true")

    sp = cmd("resolve", resolve,
             "settle a diverged record with a new revision (neither history is rewritten)")
    sp.add_argument("id")
    group = sp.add_mutually_exclusive_group(required=True)
    group.add_argument("--keep", choices=list(cf.KEEP),
                       help="keep this vault's head or the imported head")
    group.add_argument("--from", dest="from_file", metavar="FILE",
                       help="a record document (as 'show --json' prints it) edited from both")
    sp.add_argument("--reason", required=True, help="why it is resolved this way")
    sp.add_argument("--other", metavar="HASH", help="which conflict, when a record has several")


def conflicts(args) -> None:
    with _open(args) as vault:
        if args.id:
            _show_sides(cf.sides(vault, vault.resolve_id(args.id), other=args.other,
                                 lang=args.lang), args.json)
            return
        items = cf.list_conflicts(vault.conn)
    if args.json:
        _emit_json([c.to_json() for c in items])
        return
    for c in items:
        print(f"{c.record} {c.code}: ours {c.local_head[:12]}, theirs {c.other_head[:12]} "
              f"(bundle {c.bundle})")
    if not items:
        print("No conflicts.")


def _show_sides(s: cf.ConflictSides, as_json: bool) -> None:
    if as_json:
        _emit_json({"conflict": s.conflict.to_json(), "local": s.local.to_json(),
                    "imported": s.imported.to_json(),
                    "changes": [asdict(c) for c in s.changes]})
        return
    for name, rec in (("ours", s.local), ("theirs", s.imported)):
        print(f"{name:<6} revision {rec.number} {rec.revision[:12]} by "
              f"{rec.author_name or rec.author[:12]}, {rec.created_at}, {rec.status}")
    print_changes(s.changes)
    if not s.changes:
        print("  The answers are the same on both sides.")


def resolve(args) -> None:
    doc = _read_doc(args.from_file) if args.from_file else None
    with _open(args) as vault:
        record_id = vault.resolve_id(args.id)
        record = cf.resolve(vault, record_id, reason=args.reason, keep=args.keep, doc=doc,
                            other=args.other)
    print(f"Resolved {record_id}: revision {record.number} {record.revision[:12]}.")
