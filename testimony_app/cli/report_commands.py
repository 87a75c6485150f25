"""`testimony pdf`: redacted PDF statements, one file per record, written atomically.

Every record's consent is checked before anything is written: a batch with one refused
record writes nothing. So is every statement's list of doubtful words (words that may
still identify someone, reports/doubtful.py): unless --checked says they were read, they
are printed and nothing is written. Each statement's SHA-256, level and source revision go into the
vault's audit log. The PDF bytes are the only thing written; never a temporary plaintext.
"""

from __future__ import annotations

import hashlib
import sys
from argparse import ArgumentTypeError
from pathlib import Path

from ..form import get_form
from ..reports import LEVELS, DoubtfulWords, ReportError, check_consent, parse_level, redact
from ..reports.metadata import file_name
from ..vault.pseudonyms import statement_answers
from .commands import _open, write_atomically
from .secrets_input import UsageError


def register(cmd) -> None:
    sp = cmd("pdf", pdf, "write redacted PDF statements of records")
    sp.add_argument("ids", nargs="+", metavar="ID", help="record ids (or unique prefixes)")
    sp.add_argument("--level", type=_level, default="public-anonymous",
                    help=f"redaction level: {', '.join(LEVELS)} (default public-anonymous)")
    sp.add_argument("--lang", choices=["en", "ar", "ckb"], default="en",
                    help="language of the statement")
    sp.add_argument("--out", required=True, help="directory for the PDF files")
    sp.add_argument("--organisation", help="organisation named in the header "
                    "(default: the vault's 'organisation' setting)")
    sp.add_argument("--checked", action="store_true",
                    help="the doubtful words of these statements (listed when this is not "
                    "given) were checked: write the statements")


def _level(text: str) -> str:
    try:
        return parse_level(text)
    except ReportError as exc:
        raise ArgumentTypeError(str(exc)) from None


class _Progress:
    """A progress bar on stderr for batches, only when stderr is a terminal."""

    def __init__(self, total: int):
        self.total = total
        self.show = total > 1 and sys.stderr.isatty()

    def step(self, done: int) -> None:
        if self.show:
            filled = int(30 * done / self.total)
            sys.stderr.write(f"\r[{'#' * filled}{' ' * (30 - filled)}] {done}/{self.total}")
            if done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def pdf(args) -> None:
    from ..reports.statement import render  # ReportLab loads only when a PDF is made

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is not a directory.")
    with _open(args) as vault:
        ids = []
        for given in args.ids:
            record_id = vault.resolve_id(given)
            if record_id not in ids:
                ids.append(record_id)
        # Consent first, for the whole batch, so that a refusal writes nothing; each
        # statement is then made from the very revision whose consent was checked (records
        # are read again one by one so a large batch keeps memory flat).
        checked, doubtful = {}, {}
        for record_id in ids:
            record = vault.get(record_id)
            checked[record_id] = record.revision
            code = str((record.answers.get("interview") or {}).get("code") or record_id)
            check_consent(record.answers, args.level, code)
            if not args.checked:
                # The doubtful words do not depend on the pseudonym: the record's own
                # answers do, and fixing a pseudonym now would change the vault.
                words = _doubtful(vault, record, args.level, args.lang)
                if words:
                    doubtful[code] = words
        if doubtful:
            raise DoubtfulWords(
                f"{len(doubtful)} of {len(ids)} statements would show words that may name "
                "someone or give an address away; read them in the record, mark what must "
                "be withheld, then run again (with --checked once they are checked). "
                "Nothing was written.", doubtful)
        out.mkdir(mode=0o700, parents=True, exist_ok=True)  # only after every check passed
        organisation = args.organisation or vault.setting("organisation", "")
        progress = _Progress(len(ids))
        for done, record_id in enumerate(ids, 1):
            record = vault.get(record_id, checked[record_id])
            form = get_form(record.form_id, record.form_version)
            view = redact(form, {"id": record.id, "revision": record.revision,
                                 "answers": statement_answers(vault, record),
                                 "marks": record.marks},
                          args.level, args.lang)
            data = render(view, organisation)
            path = out / file_name(view.code, record.id, args.level, args.lang)
            write_atomically(path, data)
            vault.record_event("statement", record.id, {
                "level": args.level, "lang": args.lang, "revision": record.revision,
                "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)})
            print(path)
            progress.step(done)


def _doubtful(vault, record, level: str, lang: str) -> tuple[str, ...]:
    form = get_form(record.form_id, record.form_version)
    return redact(form, {"id": record.id, "revision": record.revision,
                         "answers": record.answers, "marks": record.marks},
                  level, lang).doubtful
