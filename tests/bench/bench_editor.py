"""Benchmarks for the desktop editor on a large vault, each next to a baseline measured in
the same run:

(a) "New interview" -> an editable form, next to showing an empty QMainWindow;
(b) unlock -> a populated records list on the large vault, next to an empty QMainWindow
    and to the same unlock of a one-record vault (the key derivation is in both);
(c) typing into the narrative (MarkedTextEdit) while the working copy is saved every 2 s:
    the longest event-loop stall, next to the same typing without saves;
(d) the records list: first and 20th page for every sort order, filter and sorted search.

    python tests/bench/bench_editor.py                 # 100 000 records
    python tests/bench/bench_editor.py --records 5000 --json

The large vault holds only fictional demo records. It takes minutes to build, so it is
kept in the temporary folder (`--cache`, default /tmp/testimony-bench-editor-N.vault)
and reused by the next run; the small vault and the settings are made in a temporary
folder removed at the end. Nothing is asserted: figures are marked PASS or SHORT.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402
from report import Figure, table  # noqa: E402

from testimony_app.demo import demo_record, demo_records  # noqa: E402
from testimony_app.vault import Vault  # noqa: E402

PASSPHRASE = "bench-only harbour lantern copper meadow 2017"
SEED = 17032017
RUNS = 5
AUTOSAVE_MS = 2000
TYPE_INTERVAL_MS = 40  # a fast typist: 25 characters a second
TYPE_SECONDS = 10
PROBE_MS = 5

_START = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - _START:7.1f}s] {message}", file=sys.stderr, flush=True)


def wait_until(condition: Callable[[], bool], timeout_s: float = 60) -> None:
    """Run the event loop until `condition()` holds (the bench's qtbot.waitUntil)."""
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def settle() -> None:
    """Let queued work (layouts, paints, zero-timers) run, as before the user sees it."""
    for _ in range(3):
        QApplication.processEvents()


def large_vault(records: int, cache: Path) -> Path:
    if cache.exists():
        log(f"reusing {cache}")
        return cache
    log(f"building {cache} with {records} demo records (minutes; kept for the next run)")
    part = cache.with_name(cache.name + ".part")
    for leftover in part.parent.glob(part.name + "*"):
        leftover.unlink()
    vault = Vault.create(part, PASSPHRASE, researcher_name="Bench Researcher",
                         code_prefix="BEN", check_strength=False)
    try:
        vault.add_many(demo_records(records, seed=SEED), batch=1000)
    finally:
        vault.close()
    part.rename(cache)
    return cache


def small_vault(folder: Path) -> Path:
    path = folder / "one.vault"
    with Vault.create(path, PASSPHRASE, researcher_name="Bench Researcher",
                      code_prefix="BEN", check_strength=False) as vault:
        vault.add(demo_record(1, random.Random(1)))
    return path


# -- (a) and (b): windows --------------------------------------------------------------------


def empty_window_ms() -> float:
    start = time.perf_counter()
    window = QMainWindow()
    window.resize(1200, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    settle()
    elapsed = (time.perf_counter() - start) * 1000
    window.close()
    window.deleteLater()
    settle()
    return elapsed


def make_window(folder: Path, vault_path: Path):
    from testimony_app.gui.main_window import MainWindow
    from testimony_app.gui.prefs import Prefs

    prefs = Prefs(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(prefs, "en", idle_ms=3_600_000, vault_path=vault_path)
    window.resize(1200, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    return window


def unlock_ms(window) -> float:
    """Enter pressed on the unlock screen -> the list's first page shown."""
    field = window.unlock_screen.passphrase
    field.setText(PASSPHRASE)
    start = time.perf_counter()
    QTest.keyClick(field, Qt.Key.Key_Return)
    wait_until(lambda: window.vault is not None
               and window.stack.currentWidget() is window.records
               and window.records.model.rowCount() > 0)
    settle()
    return (time.perf_counter() - start) * 1000


def new_interview_ms(window) -> float:
    """"New interview" -> the editor shown with the keyboard in its first field."""
    start = time.perf_counter()
    window.new_interview()
    wait_until(lambda: window.stack.currentWidget() is window.editor
               and window.editor.isAncestorOf(QApplication.focusWidget()))
    settle()
    return (time.perf_counter() - start) * 1000


def bench_windows(vault_path: Path, one_path: Path, folder: Path) -> tuple[list[Figure], dict]:
    empty = []
    for _ in range(RUNS + 1):
        empty.append(empty_window_ms())
    empty = empty[1:]  # the first show pays for fonts and styles once
    log(f"empty QMainWindow shown: median {statistics.median(empty):.1f} ms")

    details: dict = {"empty_window_ms": empty}
    window = make_window(folder, vault_path)
    big_unlock, new_ms = [], []
    for run in range(RUNS):
        big_unlock.append(unlock_ms(window))
        new_ms.append(new_interview_ms(window))
        window.editor.leave()  # nothing typed: nothing is written
        wait_until(lambda: window.stack.currentWidget() is window.records)
        window.lock()
        settle()
        log(f"run {run + 1}: unlock -> list {big_unlock[-1]:.0f} ms,"
            f" new interview -> form {new_ms[-1]:.0f} ms")
    window.close()
    settle()
    small = make_window(folder, one_path)
    small_unlock = []
    for _ in range(RUNS):
        small_unlock.append(unlock_ms(small))
        small.lock()
        settle()
    small.close()
    settle()
    details.update(unlock_large_ms=big_unlock, unlock_one_record_ms=small_unlock,
                   new_interview_ms=new_ms)
    e, u, s, n = (statistics.median(x) for x in (empty, big_unlock, small_unlock, new_ms))
    figures = [
        Figure("new interview -> form, median", "ms", n, e, "<=", 300),
        Figure("new interview -> form, first", "ms", new_ms[0], e, "<=", 300),
        Figure("unlock -> list, bare = empty window", "ms", u, e, "ratio<=", 2),
        Figure("unlock -> list, bare = 1-record vault", "ms", u, s, "ratio<=", 2),
    ]
    return figures, details


# -- (c): typing while the working copy is saved ---------------------------------------------


def bench_typing(vault_path: Path) -> tuple[list[Figure], dict]:
    from testimony_app.form import current_form, validate
    from testimony_app.gui.editor.marked_text import MarkedTextEdit
    from testimony_app.vault.working_copy import delete_working_copy, save_working_copy

    vault = Vault.open(vault_path, PASSPHRASE)
    # The newest record is the one being edited: its working copy is written and removed
    # again, so the cached vault stays as it was built.
    record = vault.get(vault.list_records(limit=1)[0].id)
    answers = validate(current_form(), record.answers)[0]
    # A two-hour interview's account: some 30,000 characters in paragraphs, naming people
    # (so there are suggestions to underline) and a phone number.
    paragraph = (answers["account"]["narrative_original"] + " كان معنا محمد الجبوري وأحمد،"
                 " واتصلنا بالرقم ٠٧٧٠١٢٣٤٥٦٧. ") * 3
    narrative = "\n".join([paragraph] * (30_000 // len(paragraph) + 1))
    edit = MarkedTextEdit()
    edit.resize(700, 400)
    edit.show()
    QTest.qWaitForWindowExposed(edit)
    edit.set_text(narrative)
    edit.set_suggestions(["محمد", "أحمد", "الجبوري", "07701234567"])
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    suggested = len(edit.suggestions())

    def run(with_saves: bool) -> dict:
        saves: list[float] = []
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.elapsed()]
        typed = [0]
        text = " قال الشاهد إنهم سمعوا الطائرة ثم انفجاراً كبيراً"

        def probe() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        def type_one() -> None:
            ch = text[typed[0] % len(text)]
            QTest.sendKeyEvent(QTest.KeyAction.Click, edit, Qt.Key.Key_unknown, ch,
                               Qt.KeyboardModifier.NoModifier)
            typed[0] += 1

        def save() -> None:
            start = time.perf_counter()
            current = copy.deepcopy(answers)
            current["account"]["narrative_original"] = edit.text()
            marks = [dict(m, section="account", field="narrative_original", row=None)
                     for m in edit.marks()]
            save_working_copy(vault, record.id, record.revision, current, marks, "account")
            saves.append((time.perf_counter() - start) * 1000)

        timers = []
        for interval, slot in ((PROBE_MS, probe), (TYPE_INTERVAL_MS, type_one)) + (
                ((AUTOSAVE_MS, save),) if with_saves else ()):
            timer = QTimer()
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.setInterval(interval)
            timer.timeout.connect(slot)
            timer.start()
            timers.append(timer)
        wait_until(lambda: clock.elapsed() >= TYPE_SECONDS * 1000, TYPE_SECONDS + 30)
        for timer in timers:
            timer.stop()
        return {"max_stall_ms": max(gaps) - PROBE_MS, "p99_gap_ms": statistics.quantiles(
            gaps, n=100)[98], "saves_ms": saves, "typed": typed[0]}

    log(f"typing {TYPE_SECONDS} s without saves, then with a working-copy save every"
        f" {AUTOSAVE_MS} ms ({len(narrative):,} characters of narrative, {suggested}"
        " suggestions underlined)")
    quiet = run(False)
    busy = run(True)
    edit.close()
    delete_working_copy(vault, record.id)
    vault.close()
    figures = [
        Figure("typing: longest stall, saves every 2 s", "ms", busy["max_stall_ms"],
               quiet["max_stall_ms"], "<=", 50),
        Figure("working-copy save, median", "ms", statistics.median(busy["saves_ms"]), None),
    ]
    return figures, {"without_saves": quiet, "with_saves": busy,
                     "narrative_chars": len(narrative), "suggestions": suggested}


# -- (d): the records list's sort orders, filters and sorted searches -----------------------


def bench_listing(vault_path: Path) -> tuple[list[Figure], dict]:
    """One page of 200 for every sort order, direction and filter, and the 20th page."""
    from testimony_app.vault.listing import SORTS, RecordFilter

    vault = Vault.open(vault_path, PASSPHRASE)
    cases = []
    filters = [None, RecordFilter(status="draft"), RecordFilter(status="complete"),
               RecordFilter(researcher="Noor Saleh"),
               RecordFilter(incident_from="2017-03-17", incident_to="2017-03-17")]
    for sort in SORTS:
        for descending in (True, False):
            for where in filters:
                cases.append((f"list {sort} {'desc' if descending else 'asc'} {where}",
                              lambda s=sort, d=descending, w=where, b=None: vault.list_records(
                                  sort=s, descending=d, filters=w, before=b)))
    for query in ("احمد", "fictional", "الجبوري فاطمة", "xylophone"):
        for sort in (None, "updated", "code"):
            cases.append((f"search {query!r} sort {sort}",
                          lambda q=query, s=sort, b=None: vault.search(q, sort=s, before=b)))
    rows = []
    try:
        for name, page in cases:
            start = time.perf_counter()
            first = page()
            first_ms = (time.perf_counter() - start) * 1000
            deep_ms, before = 0.0, first[-1].rowid if len(first) == 200 else None
            for _ in range(19):  # walk to the 20th page, timing the last step
                if before is None:
                    break
                start = time.perf_counter()
                got = page(b=before)
                deep_ms = (time.perf_counter() - start) * 1000
                before = got[-1].rowid if len(got) == 200 else None
            rows.append({"case": name, "first_ms": first_ms, "page20_ms": deep_ms})
    finally:
        vault.close()
    firsts = sorted(r["first_ms"] for r in rows)
    slowest = sorted(rows, key=lambda r: max(r["first_ms"], r["page20_ms"]), reverse=True)
    figures = [
        Figure("records list page, median of cases", "ms", statistics.median(firsts), None),
        Figure("records list page, slowest case", "ms",
               max(slowest[0]["first_ms"], slowest[0]["page20_ms"]), None, "<=", 300),
    ]
    return figures, {"cases": rows, "slowest": slowest[:5]}


def editor(vault_path: Path, folder: Path) -> tuple[list[Figure], dict]:
    """Every editor figure on the vault at `vault_path` (also run by run.py)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    details: dict = {}
    figures, details["windows"] = bench_windows(vault_path, small_vault(folder), folder)
    found, details["typing"] = bench_typing(vault_path)
    figures += found
    log("records list: every sort order and filter, first and 20th page")
    found, details["listing"] = bench_listing(vault_path)
    del app
    return figures + found, details


def run(records: int, cache: Path) -> dict:
    vault_path = large_vault(records, cache)
    with tempfile.TemporaryDirectory(prefix="testimony-bench-editor-") as tmp:
        figures, details = editor(vault_path, Path(tmp))
    return {"records": records, "figures": [f.to_json() for f in figures],
            "table": table(figures), "details": details,
            "wall_s": time.perf_counter() - _START}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--cache", type=Path, default=None,
                        help="where the large vault is kept between runs")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    cache = args.cache or Path(tempfile.gettempdir()) / (
        f"testimony-bench-editor-{args.records}.vault")
    result = run(args.records, cache)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        typing = result["details"]["typing"]["with_saves"]
        print(f"Testimony editor benchmarks: {result['records']:,} records\n")
        print(result["table"])
        print(f"\ntyped {typing['typed']} characters; saves took "
              + ", ".join(f"{s:.0f}" for s in typing["saves_ms"]) + " ms;"
              f" wall time {result['wall_s']:.0f} s")
        print("slowest list pages: " + "; ".join(
            f"{r['case']} {r['first_ms']:.0f}/{r['page20_ms']:.0f} ms"
            for r in result["details"]["listing"]["slowest"][:3]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
