"""Statement benchmark: pages per second of a 3-page Arabic statement against bare
ReportLab (shaping on) setting the same paragraphs in the same run, and resident memory
over a batch of statements (flat, or the batch would not scale).

    python tests/bench/bench_statement.py              # 1,000 statements in the batch
    python tests/bench/bench_statement.py --batch 200 --json

Nothing is asserted; figures are marked PASS or SHORT. Only fictional records are used and
nothing is written to disk: PDFs are made in memory and dropped.
"""

from __future__ import annotations

import argparse
import copy
import gc
import io
import json
import random
import statistics
import sys
import time
from xml.sax.saxutils import escape

from report import Figure, table

from testimony_app.demo import demo_record, demo_records
from testimony_app.form import current_form
from testimony_app.reports import redact
from testimony_app.reports.fonts import font_file
from testimony_app.reports.statement import render

RUNS = 9
PARAGRAPH = ("كنا في البيت مع العائلة عندما سقطت القنبلة في 17 آذار 2017. قالوا لنا في المنشور: "
             "«ابقوا في بيوتكم ولا تخرجوا، القوات قادمة لتحريركم». بقينا في السرداب مع الجيران "
             "وكان عددنا 23 شخصاً، ولم يستطع أحد الخروج لأن مقاتلي داعش كانوا في الشارع. ")


def _view(form):
    record = demo_record(2, random.Random(5))  # an Arabic interview
    record = copy.deepcopy(record)
    record["answers"]["account"]["narrative_original"] = "\n".join([PARAGRAPH * 3] * 4)
    record["answers"]["consent"]["scope"] = "named_public"
    return redact(form, {"id": "bench", "revision": "0" * 64, **record}, "internal", "ar")


def _pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def _bare(view) -> bytes:
    """Bare ReportLab: the view's paragraphs in Paragraphs with HarfBuzz shaping."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    if "BareAmiri" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BareAmiri", font_file("TestimonyAmiri"), shapable=True))
    style = ParagraphStyle("bare", fontName="BareAmiri", fontSize=10.5, leading=17,
                           alignment=TA_RIGHT, shaping=1)
    story = []
    for text in view.texts():
        for para in str(text).split("\n"):
            if para:
                story.append(Paragraph(escape(para), style))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build(story)
    return out.getvalue()


def _speeds(view) -> tuple[float, int, float, int]:
    """Median pages/s of ours and of bare ReportLab, runs alternated so that drift (CPU
    clocks, other load) falls on both alike."""
    ours = lambda: render(view, "Bench Organisation")  # noqa: E731
    bare = lambda: _bare(view)  # noqa: E731
    pages = _pages(ours()), _pages(bare())  # also the warm-up: fonts and caches
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(RUNS):
        for side, fn in enumerate((ours, bare)):
            start = time.perf_counter()
            fn()
            times[side].append(time.perf_counter() - start)
    return (pages[0] / statistics.median(times[0]), pages[0],
            pages[1] / statistics.median(times[1]), pages[1])


def _rss_kb() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def bench_batch(form, count: int) -> tuple[Figure, dict]:
    """Redact and render `count` demo statements one after another, as `testimony pdf`."""
    samples = {}
    marks = {max(1, count // 10), count // 2, count}
    start = time.perf_counter()
    for n, record in enumerate(demo_records(count, seed=17032017), 1):
        record["answers"]["consent"]["scope"] = "named_public"
        lang = ("en", "ar", "ckb")[n % 3]
        render(redact(form, {"id": f"r{n}", "revision": "0" * 64, **record},
                      "public-anonymous", lang), "Bench Organisation")
        if n in marks:
            gc.collect()
            samples[n] = _rss_kb()
    elapsed = time.perf_counter() - start
    first = samples[min(samples)]
    growth = (samples[count] - first) / 1024
    figure = Figure(f"RSS growth, statements {min(samples)}..{count}", "MiB", growth, None,
                    "<=", 25)
    return figure, {"rss_kb": samples, "statements_per_s": count / elapsed}


def figures(batch: int) -> tuple[list[Figure], dict]:
    form = current_form()
    view = _view(form)
    ours_pps, ours_pages, bare_pps, bare_pages = _speeds(view)
    speed = Figure(f"3-page Arabic statement ({ours_pages} pages; bare {bare_pages})",
                   "pages/s", ours_pps, bare_pps, "ratio>=", 0.7)
    memory, detail = bench_batch(form, batch)
    return [speed, memory], detail


def run(batch: int) -> dict:
    found, detail = figures(batch)
    return {"figures": [f.to_json() for f in found], "detail": detail, "table": table(found)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=1000, help="statements in the batch")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(max(10, args.batch))
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k != "table"}, indent=2))
    else:
        print(result["table"])
        detail = result["detail"]
        print(f"batch: {detail['statements_per_s']:.1f} statements/s; "
              f"RSS kB at {detail['rss_kb']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
