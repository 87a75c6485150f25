"""The `testimony` subcommands for hand-in bundles: keys, export, import, duplicates,
links, and (through `conflict_commands`) conflicts. Registered on the main parser by
`register(cmd)`.

Prints previews and outcomes to the terminal the user ran it in; never writes anything but
the vault, the bundle and the .tpub the user names.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..exchange import BundleRejected, ExchangeError
from ..exchange.padding import policy as padding_policy
from ..exchange.preview import Preview
from ..services import duplicates as dup
from ..services import handin
from ..services import keys as k
from ..vault.identity import display_fingerprint
from . import conflict_commands
from .commands import _emit_json, _open


def register(cmd) -> None:
    sp = cmd("keys", keys, "this vault's public key; enrol, list and revoke others' keys")
    sp.add_argument("action", choices=["export", "enrol", "list", "revoke"])
    sp.add_argument("target", nargs="?", help="enrol: a .tpub file; revoke: a fingerprint")
    sp.add_argument("--out", help="export: write the public key to this .tpub file")
    sp.add_argument("--receive", action="store_true",
                    help="export: include (creating if needed) a key to receive bundles")
    sp.add_argument("--role", choices=list(k.ROLES), help="enrol: supervisor, researcher, hq")
    sp.add_argument("--label", help="enrol: a name for the key (default: the file's label)")
    sp.add_argument("--json", action="store_true")

    sp = cmd("export", export, "seal records into an encrypted bundle for a supervisor")
    # extend, not store: "--to a --to b" and "--to a b" both mean a and b.
    sp.add_argument("--to", nargs="+", action="extend", required=True, metavar="KEYFILE",
                    help="enrolled recipients: .tpub files or fingerprints (1 to 16); "
                         "repeat --to or list several")
    sp.add_argument("--out", required=True, help="the bundle file to write (.tbundle)")
    sp.add_argument("--record", nargs="+", action="extend", metavar="ID",
                    help="only these records (default: all not yet handed in to them)")
    sp.add_argument("--pad", default="none", metavar="none|pow2|SIZE", type=_padding,
                    help="hide the amount handed in: pad the bundle to the next power of two "
                         "(up to twice the size) or to a multiple of SIZE such as 16M "
                         "(up to SIZE more); default none")

    sp = cmd("import", import_, "preview and merge bundles from researchers")
    sp.add_argument("files", nargs="+", metavar="FILE")
    sp.add_argument("--dry-run", action="store_true", help="preview only; change nothing")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--enrol-sender", "--confirm-sender", dest="enrol_sender",
                    metavar="FINGERPRINT",
                    help="first enrol the unknown sender of a bundle as a researcher, after "
                         "comparing this fingerprint (16 digits or more) with them")

    sp = cmd("duplicates", duplicates, "possible duplicate witnesses, for review")
    sp.add_argument("--json", action="store_true")

    sp = cmd("link", link, "decide whether two records are the same witness")
    sp.add_argument("a")
    sp.add_argument("b")
    group = sp.add_mutually_exclusive_group(required=True)
    group.add_argument("--same", action="store_true")
    group.add_argument("--distinct", action="store_true")

    conflict_commands.register(cmd)

    sp = cmd("imports", imports, "imported bundles, re-verified against their signatures")
    sp.add_argument("--json", action="store_true")


def keys(args) -> None:
    with _open(args) as vault:
        if args.action == "export":
            if args.out:
                tpub = k.save_public_key(vault, args.out, receive=args.receive)
                print(f"Wrote {args.out}")
            else:
                tpub = k.own_key(vault, receive=args.receive)
                sys.stdout.write(tpub.to_text())
            print(f"Fingerprint: {tpub.display}")
        elif args.action == "enrol":
            if not args.target or not args.role:
                raise ExchangeError("key.enrol_usage")
            key = k.enrol_key(vault, k.read_key_file(args.target), args.role, args.label)
            print(f"Enrolled {key.role} {key.label!r}: fingerprint {key.display}")
        elif args.action == "list":
            found = k.list_keys(vault)
            if args.json:
                _emit_json([x.to_json() for x in found])
            for x in [] if args.json else found:
                state = f"revoked {x.revoked_at}" if x.revoked_at else "active"
                print(f"{x.display}  {x.role:<10}  {state:<8}  {x.label}")
        else:
            if not args.target:
                raise ExchangeError("key.revoke_usage")
            key = k.revoke_key(vault, args.target)
            print(f"Revoked {key.role} {key.label!r} ({key.display}).")


def _padding(text: str) -> str:
    """A padding policy checked while parsing, so a bad one is a usage error (exit 2)."""
    try:
        padding_policy(text)
    except ExchangeError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def export(args) -> None:
    with _open(args) as vault:
        recipients = list(dict.fromkeys(k.find_recipient(vault, t) for t in args.to))
        ids = [vault.resolve_id(r) for r in args.record] if args.record else None
        result = handin.export(vault, recipients, args.out, record_ids=ids, padding=args.pad)
    print(f"Wrote {result.path}: {result.records} records, {result.revisions} revisions, "
          f"{result.attachments} attachments, {result.size} bytes (bundle {result.sequence}).")
    for r in recipients:
        print(f"Sealed to {r.label or 'unlabelled'} ({r.role}), fingerprint {r.display}")


def _print_preview(p: Preview) -> None:
    who = p.sender_label or p.sender_name or "unnamed"
    print(f"Bundle {p.bundle_id} from {who} ({p.sender_status}), fingerprint "
          f"{p.sender_display}, sequence {p.sequence}, made {p.created_at}")
    for w in p.warnings:
        print(f"  warning: {w}")
    for r in p.records:
        extra = f"{r.new_revisions} new revision(s), {r.attachments} attachment(s)"
        print(f"  {r.outcome:<9} {r.code:<10} {r.title}  ({extra})")
        for c in r.duplicates:
            print(f"    possible duplicate witness: {c.b} (score {c.score}: "
                  f"{', '.join(map(str, c.reasons))})")


def import_(args) -> None:
    reports: list[dict] = []
    refused: list[BundleRejected] = []
    with _open(args) as vault:
        for name in args.files:
            path = Path(name)
            report: dict = {"file": str(path)}
            try:
                preview = handin.preview_file(vault, path)
                report.update(preview.to_json())
                if not args.json:
                    _print_preview(preview)
                if args.dry_run:
                    report["applied"] = False
                    if not args.json:
                        print("Dry run: nothing was changed.")
                else:
                    _enrol_if_compared(vault, preview, args.enrol_sender, args.json)
                    result = handin.import_previewed(vault, preview)
                    report["applied"] = result.applied
                    if not args.json:
                        _print_outcome(result)
            except BundleRejected as exc:
                refused.append(exc)
                report["refused"] = str(exc)
                if len(args.files) > 1 and not args.json:
                    print(f"testimony: {path}: {exc}", file=sys.stderr)
            reports.append(report)
    if args.json:
        _emit_json(reports)
    if len(refused) == 1 and len(args.files) == 1:
        raise refused[0]  # one bundle, one line: its reason
    if refused:
        raise BundleRejected("bundle.some_refused", refused=len(refused), count=len(args.files))


def _enrol_if_compared(vault, preview, compared: str | None, quiet: bool) -> None:
    """--enrol-sender: enrolling is its own act, said on its own line, and done only for
    the unknown sender whose fingerprint it names."""
    key = handin.enrol_if_compared(vault, preview, compared)
    if key is not None and not quiet:
        print(f"Enrolled {key.label or 'unnamed'} as a researcher, fingerprint {key.display}.")


def _print_outcome(result) -> None:
    if not result.applied:
        print(f"Already imported on {result.preview.already_imported}: nothing changed.")
        return
    c = result.counts
    print(f"Imported: {c['new']} new, {c['updated']} updated, {c['conflict']} in conflict "
          f"(both histories kept), {c['present']} already present; {c['revisions']} "
          f"revisions, {c['attachments']} attachments.")


def duplicates(args) -> None:
    with _open(args) as vault:
        review = dup.review(vault)
    found, titles = review.candidates, review.codes
    if args.json:
        _emit_json([c.to_json() for c in found])
        return
    for c in found:
        print(f"{c.score:.2f}  {c.a} {titles.get(c.a, '')}  ~  {c.b} {titles.get(c.b, '')}  "
              f"({', '.join(map(str, c.reasons))})")
    if not found:
        print("No possible duplicate witnesses.")


def link(args) -> None:
    with _open(args) as vault:
        a, b = vault.resolve_id(args.a), vault.resolve_id(args.b)
        dup.decide(vault, a, b, "same" if args.same else "distinct")
    print(f"Recorded: {a} and {b} are {'the same witness' if args.same else 'distinct'}.")


def imports(args) -> None:
    from . import VerificationFailed

    with _open(args) as vault:
        checked = handin.verified_imports(vault)
    found, problems = checked.imports, checked.problems
    if args.json:
        _emit_json({"imports": [i.to_json() for i in found],
                    "problems": [str(p) for p in problems]})
    else:
        for i in found:
            print(f"{i.imported_at}  bundle {i.bundle_id}  from {display_fingerprint(i.sender)}"
                  f"  #{i.sequence}  {i.revisions} revision(s)")
        for p in problems:
            print(p)
    if problems:
        raise VerificationFailed(f"verification failed: {len(problems)} problem(s) found.")
    if not args.json:
        print(f"{len(found)} import(s) re-verified: signatures and revisions intact.")
