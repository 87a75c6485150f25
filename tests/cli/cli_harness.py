"""Harness for the end-to-end tests of the `testimony` command (a helper module, not a
conftest: pytest gives every conftest.py the module name "conftest", so a second one
would hide tests/conftest.py; shared values live in tests/environment.py).

Every command runs as a real subprocess with its own HOME, XDG config/data/cache dirs and
TMPDIR inside the test's tmp_path, so every file it could write can be scanned afterwards.
Every run is checked for what must never happen: a traceback, or a passphrase in any
output. Nothing here calls the command's code in-process.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

TESTIMONY = Path(sys.executable).parent / "testimony"
# Strong enough for the strength check, and unlike PASSPHRASE in every word.
NEW_PASSPHRASE = "ninety violet lanterns drift over قارب the Tigris"


class Cli:
    """One user's machine: private dirs, one vault path, the passphrases in play."""

    def __init__(self, root: Path, passphrase: str):
        self.root = root
        self.home = root / "home"
        self.config = self.home / ".config"
        self.data = self.home / ".local" / "share"
        self.cache = self.home / ".cache"
        self.tmp = root / "tmp"
        self.vault_dir = root / "vault"
        # The user's own files (JSON to import, files to attach, exports): plaintext by
        # the user's choice, so never part of a scan.
        self.inbox = root / "inbox"
        for d in (self.config, self.data, self.cache, self.tmp, self.vault_dir, self.inbox):
            d.mkdir(parents=True, exist_ok=True)
        self.vault = self.vault_dir / "field.vault"
        self.passphrase = passphrase
        self.secrets = {passphrase, NEW_PASSPHRASE}
        self.umask: int | None = None  # the commands' umask (None: the test's own)

    def scanned_dirs(self) -> list[Path]:
        """Where nothing readable may ever appear (HOME holds the XDG dirs)."""
        return [self.vault_dir, self.tmp, self.home]

    def env(self, **extra: str | None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("TESTIMONY_", "XDG_"))}
        env.update({
            "HOME": str(self.home), "XDG_CONFIG_HOME": str(self.config),
            "XDG_DATA_HOME": str(self.data), "XDG_CACHE_HOME": str(self.cache),
            "TMPDIR": str(self.tmp), "TMP": str(self.tmp), "TEMP": str(self.tmp),
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1",
            "TESTIMONY_PASSPHRASE": self.passphrase,
        })
        for key, value in extra.items():
            if value is None:
                env.pop(key, None)
            else:
                env[key] = value
        return env

    def run(self, *args: str, vault: Path | None | bool = True, input: str | None = None,
            env: dict[str, str | None] | None = None, stdout=None,
            timeout: float = 60) -> subprocess.CompletedProcess:
        cmd = [str(TESTIMONY)]
        if vault is True:
            cmd += ["--vault", str(self.vault)]
        elif vault:
            cmd += ["--vault", str(vault)]
        cmd += [str(a) for a in args]
        proc = subprocess.run(
            cmd, input=input, stdin=subprocess.DEVNULL if input is None else None,
            stdout=stdout if stdout is not None else subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace",
            env=self.env(**(env or {})), cwd=self.inbox, timeout=timeout,
            umask=-1 if self.umask is None else self.umask,
        )
        out = proc.stdout or ""
        assert "Traceback" not in proc.stderr + out, proc.stderr
        for secret in self.secrets:
            assert secret not in proc.stderr + out, "a passphrase was printed"
        return proc

    def ok(self, *args: str, **kw) -> str:
        """Run a command that must succeed, quietly on stderr; its stdout."""
        proc = self.run(*args, **kw)
        assert proc.returncode == 0, f"exit {proc.returncode}: {proc.stderr}"
        assert proc.stderr == "", proc.stderr
        return proc.stdout

    def fails(self, code: int, *args: str, details: bool = False, **kw) -> str:
        """Run a command that must fail with `code`; its one-line message.

        Only a validation failure (details=True) may follow the line with further
        problems, each indented.
        """
        proc = self.run(*args, **kw)
        assert proc.returncode == code, (
            f"expected exit {code}, got {proc.returncode}: {proc.stderr}{proc.stdout}")
        lines = proc.stderr.splitlines()
        assert lines, "a failure must say why on stderr"
        assert lines[0].startswith("testimony"), lines[0]
        assert lines[0].strip() and not lines[0].startswith(" ")
        if details:
            assert all(line.startswith("  ") for line in lines[1:]), proc.stderr
        else:
            assert len(lines) == 1, proc.stderr
        return lines[0]

    def write_json(self, name: str, doc) -> Path:
        path = self.inbox / name
        path.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
        return path

    def show_json(self, record_id: str, *extra: str) -> dict:
        return json.loads(self.ok("show", record_id, "--json", *extra))

    def list_json(self) -> list[dict]:
        return json.loads(self.ok("list", "--json"))

    def history_json(self, record_id: str) -> list[dict]:
        return json.loads(self.ok("history", record_id, "--json"))


def with_vault(cli: Cli) -> Cli:
    """The machine after `testimony init` made its vault."""
    cli.ok("init", "--name", "Test Researcher", "--code-prefix", "mos")
    return cli


def root_conftest(config) -> object:
    """tests/conftest.py as pytest loaded it, found by path rather than by module name."""
    path = Path(__file__).resolve().parents[1] / "conftest.py"
    for plugin in config.pluginmanager.get_plugins():
        file = getattr(plugin, "__file__", None)
        if file and Path(file).resolve() == path:
            return plugin
    raise LookupError(path)


def demo_doc(n: int, seed: int = 7) -> dict:
    """A complete, valid fictional interview (even n Arabic, odd n English)."""
    from testimony_app.demo import demo_record

    return demo_record(n, random.Random(seed))


def scan_for(dirs: list[Path], needles: dict[str, str]) -> list[str]:
    """Every (file, needle, encoding) where a needle's text occurs in a file's bytes.

    Each needle is looked for as UTF-8, UTF-16-LE and UTF-16-BE, as given and as the
    search index folds it (lower case, Arabic letter variants unified).
    """
    from testimony_app.form import fold

    patterns: list[tuple[str, str, bytes]] = []
    for label, text in needles.items():
        for variant in {text, fold(text), text.lower(), text.upper()}:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                patterns.append((label, encoding, variant.encode(encoding)))
    found = []
    for path in files_under(dirs):
        data = path.read_bytes()
        for label, encoding, pattern in patterns:
            if pattern in data:
                found.append(f"{path}: {label} ({encoding})")
    return found


def files_under(dirs: list[Path]) -> list[Path]:
    out = []
    for top in dirs:
        for root, _dirs, names in os.walk(top):
            out.extend(Path(root) / n for n in names if (Path(root) / n).is_file())
    return sorted(set(out))


class ChildLines:
    """A child process's stdout read line by line with a deadline: no sleeping, no hang."""

    def __init__(self, proc: subprocess.Popen):
        self.proc, self.buffer = proc, b""
        os.set_blocking(proc.stdout.fileno(), False)

    def next_line(self, deadline: float) -> str | None:
        """The next line; None at end of output. Fails the test past the deadline."""
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                pytest.fail("the child process did not report in time")
            readable, _, _ = select.select([self.proc.stdout], [], [], remaining)
            if not readable:
                continue
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                return None
            self.buffer += chunk
        line, self.buffer = self.buffer.split(b"\n", 1)
        return line.decode("utf-8")


@contextmanager
def running_child(script: str, *args: str, env: dict[str, str], stdin=None
                  ) -> Iterator[subprocess.Popen]:
    """A `python -c script` child; never left running or with open pipes afterwards."""
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdin=stdin, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env=env,
    )
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        for pipe in (child.stdin, child.stdout, child.stderr):
            if pipe is not None:
                pipe.close()


def kill_9(child: subprocess.Popen) -> None:
    """SIGKILL, as a crash or a pulled battery would: no cleanup runs in the child."""
    child.send_signal(signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL


def raw_connection(vault: Path, passphrase: str):
    """A bare SQLCipher connection to a vault, bypassing the app: to tamper with it."""
    import sqlcipher3

    conn = sqlcipher3.connect(str(vault), isolation_level=None)
    conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn
