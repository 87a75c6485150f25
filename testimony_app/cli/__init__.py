"""The `testimony` command: every operation of the app, scriptable.

Exit codes: 0 ok, 1 error, 2 usage, 3 wrong passphrase or not a vault,
4 validation or verification failure. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

from ..crash import describe
from ..exchange import BundleRejected, ExchangeError, KeyFileInvalid
from ..form import FormError, MissingRole, UnknownForm, installed_languages
from ..reports import ConsentRefused, DoubtfulWords, ReportError
from ..services.vaults import vault_path
from ..vault import (
    NotAVault,
    ValidationFailed,
    VaultError,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from . import commands, exchange_commands, report_commands
from .secrets_input import UsageError

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_LOCKED, EXIT_INVALID = 0, 1, 2, 3, 4


class VerificationFailed(Exception):
    """`verify` found problems (exit code 4)."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr like every other error."""

    def error(self, message: str):
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see '{self.prog} --help').\n")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="testimony",
        description="Offline, encrypted interview records for human-rights field research.",
    )
    p.add_argument("--vault", help="vault file (default: $TESTIMONY_VAULT or the user data dir)")
    p.add_argument("--passphrase-file", help="read the passphrase from the first line of FILE")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def cmd(name, func, help_text):
        sp = sub.add_parser(name, help=help_text, description=help_text)
        sp.set_defaults(func=func)
        return sp

    sp = cmd("init", commands.init, "create a new vault")
    sp.add_argument("--name", default="", help="researcher name recorded as author")
    sp.add_argument("--code-prefix", required=True,
                    help="this researcher's own prefix of interview codes (MOS7 gives "
                         "MOS7-0001): 2 to 8 letters or digits, unique in the organisation")
    sp.add_argument("--new-passphrase-file", help="read the new passphrase from FILE")
    sp.add_argument("--generate", action="store_true", help="generate a word passphrase")

    sp = cmd("demo", commands.demo, "add fictional demonstration interviews (EN and AR)")
    sp.add_argument("--count", type=int, default=20)
    sp.add_argument("--seed", type=int, default=None)

    sp = cmd("add", commands.add, "add a record from a JSON file ('-' for stdin)")
    sp.add_argument("file")

    sp = cmd("edit", commands.edit, "save a new revision of a record from a JSON file")
    sp.add_argument("id")
    sp.add_argument("file")
    sp.add_argument("--reason", help="why a complete record is amended")

    sp = cmd("show", commands.show, "show a record")
    sp.add_argument("id")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--revision", help="revision number or hash prefix")
    sp.add_argument("--lang", choices=installed_languages(), default=None)

    sp = cmd("list", commands.list_, "list records, newest first")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--limit", type=int, default=100)

    sp = cmd("search", commands.search, "full-text search of names, accounts and instructions")
    sp.add_argument("query")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--limit", type=int, default=100)

    sp = cmd("attach", commands.attach, "store a file inside the vault with a record")
    sp.add_argument("id")
    sp.add_argument("file")
    sp.add_argument("--reason", help="amendment reason for a complete record")

    sp = cmd("extract", commands.extract, "write an attachment out to a file (explicit export)")
    sp.add_argument("attachment_id")
    sp.add_argument("out")

    sp = cmd("history", commands.history, "list a record's revisions")
    sp.add_argument("id")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--diff", nargs=2, metavar=("A", "B"),
                    help="what changed from revision A to B (numbers or hash prefixes)")
    sp.add_argument("--lang", choices=installed_languages(), default=None)

    sp = cmd("delete", commands.delete, "delete a record and scrub it from the file")
    sp.add_argument("id")
    sp.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    sp = cmd("passwd", commands.passwd, "change the vault passphrase")
    sp.add_argument("--new-passphrase-file", help="read the new passphrase from FILE")
    sp.add_argument("--generate", action="store_true", help="generate a word passphrase")

    sp = cmd("verify", commands.verify, "check encryption, integrity and the audit chain")
    sp.add_argument("--json", action="store_true")

    sp = cmd("info", commands.info, "show the vault's identity fingerprint and counts")
    sp.add_argument("--json", action="store_true")
    exchange_commands.register(cmd)
    report_commands.register(cmd)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)  # exits with 2 on usage errors
    args.vault_path = vault_path(args.vault)
    try:
        args.func(args)
        return EXIT_OK
    except UsageError as exc:
        return _fail(f"testimony: {exc}", EXIT_USAGE)
    except (WrongPassphrase, NotAVault, VaultNotFound) as exc:
        return _fail(f"testimony: {exc}", EXIT_LOCKED)
    except ValidationFailed as exc:
        # The summary line first, then each further problem indented under it.
        _fail(f"testimony: {exc}", EXIT_INVALID)
        for problem in exc.problems[1:]:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_INVALID
    except (BundleRejected, KeyFileInvalid) as exc:  # a refused bundle or key file
        return _fail(f"testimony: {exc}", EXIT_INVALID)
    except ExchangeError as exc:
        return _fail(f"testimony: {exc}", EXIT_ERROR)
    except ConsentRefused as exc:  # a level more open than the witness's consent
        return _fail(f"testimony: {exc}", EXIT_INVALID)
    except DoubtfulWords as exc:  # each record's doubtful words under the line
        _fail(f"testimony: {exc}", EXIT_INVALID)
        for code, words in exc.found.items():
            print(f"  {code}: {' | '.join(words)}", file=sys.stderr)
        return EXIT_INVALID
    except ReportError as exc:
        return _fail(f"testimony: {exc}", EXIT_ERROR)
    except (WeakPassphrase, UnknownForm, VerificationFailed) as exc:
        return _fail(f"testimony: {exc}", EXIT_INVALID)
    except (VaultError, FormError, MissingRole) as exc:  # MissingRole: a role is lacking
        return _fail(f"testimony: {exc}", EXIT_ERROR)
    except json.JSONDecodeError as exc:
        return _fail(f"testimony: the file is not valid JSON (line {exc.lineno}).", EXIT_INVALID)
    except UnicodeDecodeError:
        return _fail("testimony: the file is not UTF-8 text.", EXIT_INVALID)
    except UnicodeEncodeError:
        encoding = getattr(sys.stdout, "encoding", None) or "unknown"
        return _fail(f"testimony: the terminal's encoding ({encoding}) cannot show this text; "
                     "use a UTF-8 locale such as C.UTF-8.", EXIT_ERROR)
    except BrokenPipeError:
        # The reader (e.g. `head`) went away: stop quietly, and keep Python's final flush
        # of stdout from failing again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        name = f" {exc.filename}" if exc.filename else ""
        return _fail(f"testimony: cannot use{name}: {exc.strerror or exc}.", EXIT_ERROR)
    except KeyboardInterrupt:
        return _fail("testimony: interrupted; nothing more was changed.", EXIT_ERROR)
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        # A bug. Its message or a traceback could quote testimony, so only the kind of
        # error and where it happened are shown.
        return _fail(f"testimony: internal error ({describe(exc)}); "
                     "nothing more was changed.", EXIT_ERROR)


def _fail(message: str, code: int) -> int:
    print(message, file=sys.stderr)
    return code


def run() -> None:
    sys.exit(main())
