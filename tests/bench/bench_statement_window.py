"""Statement window benchmark: from a change of level or language to the new PDF pages on
screen, for a 3-page Arabic statement, against the bare work the window cannot avoid in
the same run: bare ReportLab (shaping on) setting the same paragraphs, plus PDFium drawing
its pages at the same width.

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_statement_window.py [--json]

Each run changes the organisation named in the header (the PDF must be made again). The
window's 300 ms pause after a change (so that typing does not re-make the PDF at every
key) is left out: the clock starts when the statement is asked for. Nothing is
asserted; only a fictional record in a temporary vault is used.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_statement import PARAGRAPH, _bare
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from report import Figure, table

from testimony_app.demo import demo_record
from testimony_app.form import current_form
from testimony_app.gui.statement import pdf_pages
from testimony_app.gui.statement.statement_dialog import StatementDialog
from testimony_app.reports import redact
from testimony_app.vault import Vault

RUNS = 7
PASSPHRASE = "bench-only harbour lantern copper meadow 2017"


def _record() -> dict:
    import random

    doc = demo_record(2, random.Random(5))  # an Arabic interview
    doc["answers"]["account"]["narrative_original"] = "\n".join([PARAGRAPH * 3] * 4)
    doc["answers"]["consent"]["scope"] = "named_public"
    return doc


def _wait_until(app: QApplication, done, timeout_s: float = 30.0) -> None:
    end = time.perf_counter() + timeout_s
    loop = QEventLoop()
    while not done():
        if time.perf_counter() > end:
            raise TimeoutError("the statement window did not show its pages")
        QTimer.singleShot(1, loop.quit)
        loop.exec()


def _window_times(app: QApplication, vault: Vault, record_id: str) -> tuple[list[float], int]:
    dialog = StatementDialog(vault, record_id, "en")
    dialog.resize(1100, 800)
    dialog.show()
    times = []
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.level.setCurrentIndex(dialog.level.findData("internal"))
    for n in range(RUNS + 1):
        organisation = f"Documentation Project {n}"  # a change the PDF must follow
        dialog.organisation.setText(organisation)
        _wait_until(app, lambda: not dialog.task.running)
        dialog._settle.stop()  # the pause after a change is deliberate; not timed
        start = time.perf_counter()
        dialog._make()
        _wait_until(app, lambda wanted=organisation: dialog._made_for is not None
                    and dialog._made_for[2] == wanted and bool(dialog.preview.page_labels))
        if n:  # the first run loads fonts and caches
            times.append(time.perf_counter() - start)
    pages = len(dialog.preview.page_labels)
    width = dialog.preview.scroll.viewport().width()
    dialog.forget()
    dialog.close()
    return times, pages, width


def figures() -> tuple[list[Figure], dict]:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault.create(Path(folder) / "bench.vault", PASSPHRASE,
                             researcher_name="Bench", code_prefix="BEN", check_strength=False)
        try:
            record = vault.add(_record())
            ours, pages, width = _window_times(app, vault, record.id)
            view = redact(current_form(), {"id": record.id, "revision": record.revision,
                                           "answers": record.answers, "marks": record.marks},
                          "internal", "ar")
        finally:
            vault.close()
    bare = []
    for n in range(RUNS + 1):
        start = time.perf_counter()
        pdf_pages.pages_at_width(_bare(view), width)
        if n:
            bare.append(time.perf_counter() - start)
    ours_ms, bare_ms = statistics.median(ours) * 1000, statistics.median(bare) * 1000
    figure = Figure(f"statement window: change -> {pages} Arabic pages shown, bare = "
                    "ReportLab + PDFium", "ms", ours_ms, bare_ms, "ratio<=", 1.5)
    return [figure], {"window_ms": ours_ms, "bare_ms": bare_ms, "pages": pages}


def run() -> dict:
    found, detail = figures()
    return {**detail, "table": table(found)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run()
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "table"}, indent=2))
    else:
        print(result["table"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
