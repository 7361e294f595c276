"""Where the summariser's time goes: CPU time of each phase of ``make_briefing``'s no-cache path.

Usage: ``python bench/phases.py CORPUS_DIR [--repeats R]`` (a folder of articles, e.g. one that
``bench/run.py --workdir DIR`` leaves as ``DIR/corpus-10000``). Prints the trivial regex pass and, for
each phase, the median CPU time (``time.process_time``) over R cold runs (``classify.clear_caches()``
before each), microseconds per article and the ratio to the regex pass: split into sentences,
per-article analysis, near-duplicate merge, section items, executive summary, entities, and freeing
the analyses. The phases are those of :func:`briefing.pipeline.make_briefing` (the cyclic collector
paused, as there); CPU time, not wall time, so that other work on the machine counts less.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.stage import TODAY, regex_pass


def run_once(articles: list[Any]) -> dict[str, float]:
    """CPU seconds of each phase of one cold run over ``articles``."""
    from briefing import classify, collector
    from briefing import summarise as s
    from briefing.entities import count_entities
    from briefing.lexicon import load_lexicon
    from briefing.sentences import split_article

    lex = load_lexicon()
    specs = s.default_specs()
    clock = time.process_time
    out: dict[str, float] = {}
    with collector.paused():
        t = clock()
        words: dict[str, tuple[str, str]] = {}
        split = [(a, split_article(a)) for a in articles]
        repeated = classify.repeated_texts(ss for _, ss in split)
        out["split"] = clock() - t
        t = clock()
        analysed = [
            (a, classify.analyse_article(a, ss, lex, (), words, defer=True, repeated=repeated)) for a, ss in split
        ]
        classify.forget(repeated)
        out["analyse"] = clock() - t
        t = clock()
        analyses = [x for _, xs in analysed for x in xs]
        groups = s._merge_duplicates(analyses, {}, None, words)
        out["merge"] = clock() - t
        t = clock()
        filled = s._section_items(groups, [spec.label for spec in specs])
        out["sections"] = clock() - t
        t = clock()
        s._summary(groups, 4)
        out["summary"] = clock() - t
        t = clock()
        people = [p for x in analyses for p in x.people]
        count_entities((c for x in analyses for c in x.countries), people)
        out["entities"] = clock() - t
        t = clock()
        del analysed, analyses, groups, words, split, filled
        out["free"] = clock() - t
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="folder of articles")
    parser.add_argument("--repeats", type=int, default=3, help="cold runs (median reported)")
    args = parser.parse_args(argv)
    from briefing import classify
    from briefing.readers import read_seeds
    from briefing.summarise import analyse

    articles = list(read_seeds(args.corpus, max_bytes=50_000_000, today=TODAY).articles)
    regex_pass(articles[:20])
    analyse(articles[:20])  # lazy imports and lexicon loaded before the clock starts
    regex: list[float] = []
    runs: list[dict[str, float]] = []
    for _ in range(args.repeats):
        t = time.process_time()
        regex_pass(articles)
        regex.append(time.process_time() - t)
        classify.clear_caches()
        gc.collect()
        runs.append(run_once(articles))
    floor = statistics.median(regex)
    n = len(articles)
    print(f"N={n}: regex pass {floor:.3f} s CPU ({floor / n * 1e6:.0f} us per article)")
    total = 0.0
    for phase in runs[0]:
        median = statistics.median(r[phase] for r in runs)
        total += median
        print(f"  {phase:9s} {median:7.3f} s {median / n * 1e6:6.0f} us/article {median / floor:5.2f}x")
    print(f"  {'total':9s} {total:7.3f} s {total / floor:5.2f}x the regex pass")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
