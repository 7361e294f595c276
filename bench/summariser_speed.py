"""Summariser cost against the trivial regex pass (briefing.baseline.keyword_pass), same text, same run.

Usage: python bench/summariser_speed.py [--mb 2] [--profile]

The corpus is the repository's own articles (seeds/ and tests/data/articles/) repeated, each
copy with a distinct id and its numbers shifted, until it reaches ``--mb`` megabytes of text.
Both passes see exactly the same Article objects; the best of three runs of each is kept, in
wall time and in CPU time (the steadier figure on a machine shared with other jobs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.baseline import keyword_pass  # noqa: E402
from briefing.classify import clear_caches  # noqa: E402
from briefing.model import Article  # noqa: E402
from briefing.readers import read_file  # noqa: E402
from briefing.summarise import analyse, summarise  # noqa: E402

NOW = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


_SENTENCE_END = re.compile(r"(\w)([.!?])(?=\s|$)")


def corpus(megabytes: float, unique: bool = False) -> list[Article]:
    paths = sorted(p for d in ("seeds", "tests/data/articles") for p in (ROOT / d).iterdir() if p.is_file())
    base = []
    for p in paths:
        try:
            base.append(read_file(p, max_bytes=10_000_000, today=NOW.date()))
        except (OSError, ValueError):  # a fixture that is bad input on purpose
            continue
    out: list[Article] = []
    size, n = 0, 0
    while size < megabytes * 1_000_000:
        a = base[n % len(base)]
        # Shift numbers so copies are distinct texts (no cache can serve a repeat).
        paras = tuple(re.sub(r"\d+", lambda m, n=n: str(int(m.group()) + n), p) for p in a.paragraphs)
        if unique:
            # A copy number before every sentence end: no sentence repeats, so no cache helps.
            paras = tuple(_SENTENCE_END.sub(rf"\1 ({n})\2", p) for p in paras)
        out.append(replace(a, id=f"{a.id}-{n}", paragraphs=paras))
        size += sum(len(p) for p in paras)
        n += 1
    return out


def best_of(fn, runs: int = 3) -> tuple[float, float]:
    """(best wall time, best CPU time of this process) over ``runs`` runs of ``fn``.

    CPU time is what another job on a shared machine disturbs least: a pass that waited for
    the CPU counts only the time it ran.
    """
    wall, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return min(wall), min(cpu)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--profile", action="store_true", help="print a cProfile of the summariser instead")
    ap.add_argument("--unique", action="store_true", help="make every sentence of every copy distinct")
    args = ap.parse_args()
    arts = corpus(args.mb, args.unique)
    mb = sum(len(p) for a in arts for p in a.paragraphs) / 1e6

    def trivial() -> None:
        for a in arts:
            keyword_pass(a.paragraphs)

    def full() -> None:
        clear_caches()  # each run starts cold: only repeats within the corpus itself can hit
        words: dict[str, tuple[str, str]] = {}  # as the pipeline passes the classifier's words on
        summarise(analyse(arts, words=words), title="bench", now=NOW, words=words)

    if args.profile:
        import cProfile
        import pstats

        cProfile.runctx("full()", globals(), {"full": full}, "/tmp/summariser.prof")
        pstats.Stats("/tmp/summariser.prof").sort_stats("tottime").print_stats(25)
        return 0
    full()  # warm caches that are per process (lexicon, country names), not per text
    t_trivial, c_trivial = best_of(trivial)
    t_full, c_full = best_of(full, 1 if mb > 5 else 3)
    texts = [s for a in arts for s in keyword_pass(a.paragraphs).sentences]
    print(f"corpus: {len(arts)} articles, {mb:.2f} MB, {len(texts)} sentences ({len(set(texts))} distinct)")
    print(f"trivial regex pass : {t_trivial:8.3f} s  {mb / t_trivial:8.2f} MB/s")
    print(f"summariser         : {t_full:8.3f} s  {mb / t_full:8.2f} MB/s")
    print(f"ratio              : {t_full / t_trivial:8.1f}x  (target <= 5x)")
    print(f"ratio in CPU time  : {c_full / c_trivial:8.1f}x  ({c_trivial:.3f} s / {c_full:.3f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
