"""`testimony pdf`: redacted PDF statements, one file per record, written atomically.

Every record's consent is checked before anything is written: a batch with one refused
record writes nothing. So is every statement's list of doubtful words (words that may
still identify someone, reports/doubtful.py): unless --checked says they were read, they
are printed and nothing is written. Each statement's SHA-256, level and source revision go into the
vault's audit log. The PDF bytes are the only thing written; never a temporary plaintext.
The workflow is `services.statements.write_statements`; this module reads the options
and shows each file written and a progress bar.
"""

from __future__ import annotations

import sys
from argparse import ArgumentTypeError
from pathlib import Path

from ..form import installed_languages
from ..reports import LEVELS, ReportError, parse_level
from ..services import statements
from .commands import _open
from .secrets_input import UsageError


def register(cmd) -> None:
    sp = cmd("pdf", pdf, "write redacted PDF statements of records")
    sp.add_argument("ids", nargs="+", metavar="ID", help="record ids (or unique prefixes)")
    sp.add_argument("--level", type=_level, default="public-anonymous",
                    help=f"redaction level: {', '.join(LEVELS)} (default public-anonymous)")
    sp.add_argument("--lang", choices=installed_languages(), default="en",
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
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is not a directory.")
    with _open(args) as vault:
        ids = []
        for given in args.ids:
            record_id = vault.resolve_id(given)
            if record_id not in ids:
                ids.append(record_id)
        progress = _Progress(len(ids))
        statements.write_statements(vault, ids, args.level, args.lang, out,
                                    organisation=args.organisation, checked=args.checked,
                                    written=print, progress=lambda done, _total:
                                    progress.step(done))
