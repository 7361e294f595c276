"""One benchmark stage in a fresh process: ``python -m bench.stage STAGE CORPUS_DIR --repeats R``.

Prints one JSON line: the wall time of each repeat (seconds) and the process's peak resident
memory (MB). Inputs a stage needs (articles read, briefing made) are prepared before the
clock starts; one untimed warm-up run loads lazy imports and caches first. Running each stage
in its own process keeps one stage's memory out of another's peak.

Stages: ``read``, ``regex`` (trivial regex pass, the floor for the summariser), ``summarise``,
``pdf`` and ``pdf_bare`` (WeasyPrint alone on the same HTML), ``docx`` and ``docx_bare``
(python-docx alone with the same paragraphs), ``generate`` (the CLI, once, in this process).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

NOW = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
TODAY = NOW.date()
REPO = Path(__file__).resolve().parent.parent
TEMPLATES = REPO / "templates"


def regex_pass(articles: list[Any]) -> int:
    """The naive keyword classifier of :mod:`briefing.baseline` (regex split + keyword patterns)
    over every article: what a summariser could do with no linguistics at all. Returns the
    number of labelled sentences, so the work cannot be optimised away."""
    from briefing.baseline import keyword_pass

    return sum(1 for a in articles for found in keyword_pass(a.paragraphs).labels if found)


def _articles(corpus: Path) -> Any:
    from briefing.readers import read_seeds

    return read_seeds(corpus, max_bytes=50_000_000, today=TODAY).articles


def _briefing(corpus: Path, limit: int | None = None) -> Any:
    from briefing.config import Config
    from briefing.pipeline import make_briefing

    return make_briefing(Config(), _articles(corpus)[:limit], now=NOW)


def _context(briefing: Any) -> Any:
    from briefing.render import RenderContext
    from briefing.render.view import ViewOptions

    return RenderContext(briefing, ViewOptions(), TEMPLATES)


def prepare(stage: str, corpus: Path) -> tuple[Callable[[], object], Callable[[], object]]:
    """``(work, warm_up)`` of ``stage``: the timed callable, with its inputs built, and a cheap warm-up."""
    if stage == "read":
        from briefing.readers import read_file

        first = sorted(corpus.iterdir())[:20]
        return (lambda: _articles(corpus)), (lambda: [read_file(p, max_bytes=10**8, today=TODAY) for p in first])
    if stage == "regex":
        articles = _articles(corpus)
        return (lambda: regex_pass(articles)), (lambda: regex_pass(articles[:20]))
    if stage == "summarise":
        from briefing.classify import clear_caches
        from briefing.config import Config
        from briefing.pipeline import make_briefing

        articles = _articles(corpus)

        def cold() -> object:
            # Each repeat a cold start, as one `briefing generate` is: without this, the second repeat finds every
            # sentence "seen before" and caches its reading, and the third reads those caches (speed round 14).
            clear_caches()
            return make_briefing(Config(), articles, now=NOW)

        return cold, (lambda: make_briefing(Config(), articles[:20], now=NOW))
    if stage in ("pdf", "docx"):
        from briefing.render import render

        briefing, small = _briefing(corpus), _briefing(corpus, limit=5)
        # A fresh context each time: the view and HTML are part of our rendering cost.
        return (lambda: render(_context(briefing), stage)), (lambda: render(_context(small), stage))
    if stage == "pdf_bare":
        import weasyprint

        html, small = _context(_briefing(corpus)).html, _context(_briefing(corpus, limit=5)).html
        base = TEMPLATES.as_uri() + "/"
        return (lambda: weasyprint.HTML(string=html, base_url=base).write_pdf()), (
            lambda: weasyprint.HTML(string=small, base_url=base).write_pdf()
        )
    if stage == "docx_bare":
        paragraphs = _docx_paragraphs(_context(_briefing(corpus)).view)
        return (lambda: _bare_docx(paragraphs)), (lambda: _bare_docx(paragraphs[:20]))
    raise SystemExit(f"unknown stage {stage!r}")


def _docx_paragraphs(view: Any) -> list[str]:
    """The text of every paragraph the project's DOCX holds, in order (headings included)."""
    out = [view.title, view.subtitle, "Executive summary"]
    for item in view.summary:
        out += [f"{item.actor}: {item.text}", *item.quotes]
    for section in view.sections:
        out.append(section.title)
        for item in section.items:
            out += [f"{item.actor}: {item.text}", *item.quotes]
    out += [f"[{s.number}] {s.title}. {s.outlet}, {s.date}. {s.link_text}" for s in view.sources]
    return out


def _bare_docx(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def peak_rss_mb() -> float:
    # Linux reports ru_maxrss in KiB.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("stage")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--cli", nargs=argparse.REMAINDER, default=[], help="generate: the CLI arguments")
    args = parser.parse_args(argv)
    cpu: list[float] = []
    if args.stage == "generate":
        from briefing.cli import main as cli_main

        start = time.perf_counter()
        code = cli_main(args.cli)
        times = [time.perf_counter() - start]
        if code != 0:
            raise SystemExit(f"briefing {' '.join(args.cli)} exited with {code}")
    else:
        work, warm_up = prepare(args.stage, args.corpus)
        warm_up()  # lazy imports, lexicon, fonts
        times = []
        for _ in range(args.repeats):
            start, start_cpu = time.perf_counter(), time.process_time()
            work()
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    # CPU seconds beside wall seconds: on a shared machine another process's work lengthens the wall time
    # of a run but not its CPU time (bench/run.py's paired summariser/regex ratio reads them).
    report: dict[str, object] = {"times": times, "peak_rss_mb": round(peak_rss_mb(), 1)}
    if cpu:
        report["cpu"] = cpu
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
