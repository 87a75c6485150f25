"""One function per `testimony` subcommand. Each opens the vault, does one thing, closes."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path

from ..form import get_form
from ..form.display import layout
from ..i18n import default_language
from ..services import attachments, records, vaults
from ..vault import display_fingerprint
from .secrets_input import UsageError, current_passphrase, new_passphrase


@contextmanager
def _open(args):
    vault = vaults.open_vault(args.vault_path, current_passphrase(args))
    try:
        yield vault
    finally:
        vault.close()


def _emit_json(obj) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _read_doc(path: str) -> dict:
    if path == "-":
        return json.load(sys.stdin)
    # utf-8-sig: editors on Windows start UTF-8 files with a byte-order mark.
    with open(path, encoding="utf-8-sig") as fh:
        return json.load(fh)


def init(args) -> None:
    path = args.vault_path
    if args.passphrase_file and not args.new_passphrase_file:
        args.new_passphrase_file = args.passphrase_file

    def phrase() -> str:  # asked only once the path is known to be free
        return new_passphrase(args, file_attr="new_passphrase_file", env="TESTIMONY_PASSPHRASE")

    with vaults.create_vault(path, phrase, researcher_name=args.name,
                             code_prefix=args.code_prefix) as vault:
        print(f"Created vault {path}")
        print(f"Identity fingerprint: {vault.identity.display}")


def demo(args) -> None:
    if not 1 <= args.count <= 1_000_000:
        raise UsageError("--count must be between 1 and 1000000.")
    with _open(args) as vault:
        added = vaults.add_demo(vault, args.count, args.seed)
        print(f"Added {added} fictional demonstration interviews (marked FICTIONAL).")


def add(args) -> None:
    doc = _read_doc(args.file)
    with _open(args) as vault:
        record = records.add_record(vault, doc, refuse_dropped=True)
        print(f"{record.id} {records.record_code(record)}".rstrip())


def edit(args) -> None:
    doc = _read_doc(args.file)
    with _open(args) as vault:
        record = records.save_record(vault, vault.resolve_id(args.id), doc, reason=args.reason,
                                     refuse_dropped=True)
        if record is None:
            print("Nothing changed: no new revision was made.")
        else:
            print(f"Revision {record.number} {record.revision[:12]}")


def show(args) -> None:
    with _open(args) as vault:
        record = vault.get(vault.resolve_id(args.id), args.revision)
    if args.json:
        _emit_json(record.to_json())
        return
    lang = args.lang or default_language()
    form = get_form(record.form_id, record.form_version)
    print(f"{record.id}  [{record.status}]  revision {record.number} {record.revision[:12]}")
    for line in layout(form, record.answers, lang):
        indent = "  " * line.depth
        if line.kind == "section":
            print(f"\n{line.label}")
        elif line.kind == "row":
            print(f"{indent}{line.label}")
        else:
            print(f"{indent}{line.label}: {line.value}")
    for a in record.attachments:
        print(f"\nattachment {a['id']}  {a['name']}  {a['size']} bytes  sha256 {a['sha256']}")


def _print_summaries(rows, as_json: bool) -> None:
    if as_json:
        _emit_json([{k: v for k, v in asdict(r).items() if k != "rowid"} for r in rows])
        return
    for r in rows:
        print(f"{r.id}  {r.code:<10}  {r.status:<8}  {r.incident_date:<10}  {r.title}")


def list_(args) -> None:
    with _open(args) as vault:
        _print_summaries(vault.list_records(limit=args.limit), args.json)


def search(args) -> None:
    with _open(args) as vault:
        _print_summaries(vault.search(args.query, limit=args.limit), args.json)


def attach(args) -> None:
    with _open(args) as vault:
        info = attachments.attach_file(vault, vault.resolve_id(args.id), args.file,
                                       reason=args.reason)
        print(f"{info.id} sha256 {info.sha256} {info.size} bytes")


def extract(args) -> None:
    out = Path(args.out)
    with _open(args) as vault:
        info = attachments.export_attachment(vault, args.attachment_id, out)
        print(f"Wrote {out} ({info.size} bytes, sha256 {info.sha256})")


def history(args) -> None:
    if getattr(args, "diff", None):
        history_diff(args)
        return
    with _open(args) as vault:
        revisions = records.history(vault, vault.resolve_id(args.id))
    if args.json:
        _emit_json([asdict(r) for r in revisions])
        return
    for r in revisions:
        reason = f"  reason: {r.reason}" if r.reason else ""
        arrived = "written here" if r.bundle_id is None else \
            f"from bundle {r.bundle_id[:8]} sent by {display_fingerprint(r.carried_by or '', 2)}"
        print(f"{r.number:>3}  {r.hash[:12]}  {r.status:<8}  {r.created_at}  "
              f"{r.author_name or '?'} ({display_fingerprint(r.author, 2)})  "
              f"[{r.signature}; {arrived}]{reason}")


def history_diff(args) -> None:
    """What changed between two revisions (numbers or hash prefixes), field by field."""
    first, second = args.diff
    lang = args.lang or default_language()
    with _open(args) as vault:
        found = records.revision_changes(vault, vault.resolve_id(args.id), first, second, lang)
    if args.json:
        _emit_json([asdict(c) for c in found.changes])
        return
    assert found.old is not None  # the first of the two revisions named
    print(f"Revision {found.old.number} -> {found.new.number}: {len(found.changes)} change(s)")
    print_changes(found.changes)


def print_changes(changes) -> None:
    """`form.diff` changes, grouped by section: rows added (+), removed (-), values changed."""
    section = None
    for c in changes:
        if c.section != section:
            section = c.section
            print(f"\n{section}")
        if c.kind == "row_added":
            print(f"  + {c.label}: {c.new}")
        elif c.kind == "row_removed":
            print(f"  - {c.label}: {c.old}")
        else:
            print(f"  {c.label}: {c.old or '(empty)'} -> {c.new or '(empty)'}")


def delete(args) -> None:
    with _open(args) as vault:
        record_id = vault.resolve_id(args.id)
        if not args.yes:
            if not sys.stdin.isatty():
                raise UsageError("Refusing to delete without --yes when not in a terminal.")
            answer = input(f"Delete record {record_id} and all its revisions? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing deleted.")
                return
        records.delete_record(vault, record_id)
        print(f"Deleted {record_id}.")


def passwd(args) -> None:
    with _open(args) as vault:
        phrase = new_passphrase(args, file_attr="new_passphrase_file",
                                env="TESTIMONY_NEW_PASSPHRASE")
        vaults.change_passphrase(vault, phrase)
        print("Passphrase changed.")


def verify(args) -> None:
    from . import VerificationFailed

    with _open(args) as vault:
        checked = vaults.verify(vault)
    problems, unsigned = checked.problems, checked.unsigned_revisions
    if args.json:
        _emit_json({"ok": not problems, "problems": [str(p) for p in problems],
                    "unsigned_revisions": unsigned})
    else:
        for p in problems:
            print(p)
    if problems:
        raise VerificationFailed(f"verification failed: {len(problems)} problem(s) found.")
    if not args.json:
        print("Vault verified: encryption, integrity, audit chain and revision signatures "
              "are intact.")
        if unsigned:
            print(f"{unsigned} revision(s) carry no author's signature (written before "
                  "revisions were signed; see 'testimony history').")


def info(args) -> None:
    with _open(args) as vault:
        data = vaults.info(vault)
    if args.json:
        _emit_json(data)
    else:
        print(f"Vault {data['path']}\nIdentity {display_fingerprint(data['fingerprint'])}\n"
              f"Records {data['records']}")
