"""How well near-duplicate merging groups judged sentence pairs, for one or more LSH settings.

Usage::

    python bench/dedup_quality.py                        # the current setting, tests/data/dedup_pairs.jsonl
    python bench/dedup_quality.py --settings 8x3,8x4,10x4,12x4 --corpus /tmp/c10000

The pairs file holds one JSON object a line: ``id``, ``a``, ``b`` (one sentence each), ``same`` (a
careful analyst lists the two as one fact with two sources), ``kind`` (reprint, rewrite, different,
template). Each pair becomes two one-sentence articles from different outlets, analysed by the real
classifier (:func:`briefing.summarise.analyse`) and merged by the real merge
(:func:`briefing.summarise._merge_duplicates`), the pair on its own (no other sentence can bridge
them). A setting ``BxR`` is MinHash with ``B * R`` hashes in ``B`` bands of ``R`` rows.

Per setting it prints, for each kind and overall: pairs, both sentences labelled (merging only
groups labelled sentences), LSH candidates (the two texts share a band), grouped (one group holds
both), and the grouping's precision, recall and F1 against ``same``; with ``--corpus DIR`` (a bench
corpus, e.g. ``/work/notes/mk.py 10000 DIR``) also the merge's median CPU time on it and how many
sentences end in a group of several. ``--json FILE`` writes the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import struct
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_PAIRS = ROOT / "tests" / "data" / "dedup_pairs.jsonl"
KINDS = ("reprint", "rewrite", "different", "template")


@dataclass(frozen=True)
class PairResult:
    """What merging made of one judged pair."""

    id: str
    kind: str
    same: bool
    labelled: bool
    candidate: bool
    grouped: bool


def load_pairs(path: Path) -> list[dict[str, Any]]:
    """The judged pairs of a JSON-lines file (see module docstring)."""
    pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for p in pairs:
        missing = {"id", "a", "b", "same", "kind"} - set(p)
        if missing:
            raise SystemExit(f"{path}: pair {p.get('id', '?')} lacks {', '.join(sorted(missing))}")
    return pairs


def use_setting(bands: int, rows: int) -> None:
    """Make :mod:`briefing.summarise` hash ``bands * rows`` values in ``bands`` bands of ``rows``
    (module globals, read at each call; the stem rows cached for another width are dropped)."""
    from briefing import summarise as s

    hashes = bands * rows
    s._HASHES, s._BAND = hashes, rows
    s._UNPACK = struct.Struct(f"<{hashes}H").unpack
    s._PACK = struct.Struct(f"<{hashes}H").pack
    s._ROWS.clear()
    s._DIGESTS.clear()


def judge(pair: dict[str, Any]) -> PairResult:
    """Analyse and merge one pair as two one-sentence articles of different outlets."""
    from briefing import summarise as s
    from briefing.model import Article

    arts = [
        Article(f"{pair['id']}-{side}", f"{pair['id']}-{side}.txt", None, None, outlet, None, (pair[side],))
        for side, outlet in (("a", "Outlet One"), ("b", "Outlet Two"))
    ]
    words: dict[str, tuple[str, str]] = {}
    analyses = [x for _, xs in s.analyse(arts, words=words) for x in xs]
    groups = s._merge_duplicates(analyses, {}, None, words)
    grouped = any(len({m.sentence.article_id for m in g.members}) == 2 for g in groups)
    labelled = all(any(x.labels for x in analyses if x.sentence.article_id == a.id) for a in arts)
    ka, kb = s.merge_keys_of(pair["a"]).signature, s.merge_keys_of(pair["b"]).signature
    width = 2 * s._BAND
    candidate = any(ka[lo : lo + width] == kb[lo : lo + width] for lo in range(0, len(ka), width))
    return PairResult(pair["id"], pair["kind"], bool(pair["same"]), labelled, candidate, grouped)


def scores(results: list[PairResult]) -> dict[str, float]:
    """Precision, recall and F1 of ``grouped`` against ``same`` (1.0 where nothing is asked)."""
    tp = sum(r.grouped and r.same for r in results)
    grouped = sum(r.grouped for r in results)
    same = sum(r.same for r in results)
    precision = tp / grouped if grouped else 1.0
    recall = tp / same if same else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def table(results: list[PairResult]) -> list[dict[str, Any]]:
    """One row per kind, then "all": counts and scores (see module docstring)."""
    rows = []
    kinds = [k for k in KINDS if any(r.kind == k for r in results)]
    kinds += sorted({r.kind for r in results} - set(kinds))
    for kind in [*kinds, "all"]:
        part = [r for r in results if kind in ("all", r.kind)]
        same = [r for r in part if r.same]
        rows.append(
            {
                "kind": kind,
                "pairs": len(part),
                "same": len(same),
                "labelled": sum(r.labelled for r in part),
                "candidates": sum(r.candidate for r in part),
                "candidate_recall": sum(r.candidate for r in same) / len(same) if same else None,
                "grouped": sum(r.grouped for r in part),
                **scores(part),
            }
        )
    return rows


def merge_cpu(corpus: Path, repeats: int) -> dict[str, float]:
    """The merge's median CPU seconds on a bench corpus with the current setting, and its grouping."""
    import datetime as dt

    from briefing import classify, collector
    from briefing import summarise as s
    from briefing.readers import read_seeds

    articles = list(read_seeds(corpus, max_bytes=50_000_000, today=dt.date(2026, 1, 5)).articles)
    with collector.paused():
        words: dict[str, tuple[str, str]] = {}
        classify.clear_caches()
        analyses = [x for _, xs in s.analyse(articles, words=words, defer=True) for x in xs]
        times = []
        for _ in range(repeats):
            s._ROWS.clear()
            s._DIGESTS.clear()
            t = time.process_time()
            groups = s._merge_duplicates(analyses, {}, None, words)
            times.append(time.process_time() - t)
    several = [g for g in groups if len(g.members) > 1]
    return {
        "merge_cpu": statistics.median(times),
        "groups_of_several": len(several),
        "sentences_grouped": sum(len(g.members) for g in several),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS, help="judged pairs (JSON lines)")
    parser.add_argument("--settings", help="comma-separated BANDSxROWS, e.g. 8x3,8x4 (default: the current one)")
    parser.add_argument("--corpus", type=Path, help="bench corpus folder: also time the merge on it")
    parser.add_argument("--repeats", type=int, default=3, help="merge timings per setting (median)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures as JSON")
    parser.add_argument("--list", action="store_true", help="also list each pair the grouping gets wrong")
    args = parser.parse_args(argv)
    from briefing import summarise as s

    if not args.pairs.is_file():
        parser.error(f"{args.pairs}: no such pairs file (give --pairs FILE)")
    pairs = load_pairs(args.pairs)
    current = (s._HASHES // s._BAND, s._BAND)
    settings = [current]
    if args.settings:
        try:
            settings = [(int(b), int(r)) for b, r in (x.lower().split("x") for x in args.settings.split(","))]
        except ValueError:
            parser.error(f"--settings {args.settings!r}: write each as BANDSxROWS, e.g. 8x3")
    out = []
    for bands, rows in settings:
        use_setting(bands, rows)
        results = [judge(p) for p in pairs]
        entry: dict[str, Any] = {"setting": f"{bands}x{rows}", "rows": table(results)}
        if args.corpus is not None:
            entry.update(merge_cpu(args.corpus, args.repeats))
        entry["wrong"] = [r.id for r in results if r.grouped != r.same]
        out.append(entry)
        print(f"\n{bands}x{rows} ({bands * rows} hashes)")
        widths = (("pairs", 5), ("same", 5), ("lab", 5), ("cand", 5), ("c.rec", 6), ("grp", 5), ("P", 6), ("R", 6))
        print(f"  {'kind':<10} " + " ".join(h.rjust(w) for h, w in (*widths, ("F1", 6))))
        for row in entry["rows"]:
            crec = "" if row["candidate_recall"] is None else f"{row['candidate_recall']:.3f}"
            print(
                f"  {row['kind']:<10} {row['pairs']:>5} {row['same']:>5} {row['labelled']:>5} {row['candidates']:>5}"
                f" {crec:>6} {row['grouped']:>5} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f}"
            )
        if args.corpus is not None:
            print(
                f"  merge on {args.corpus}: {entry['merge_cpu']:.3f} s CPU, {entry['groups_of_several']} groups of"
                f" several holding {entry['sentences_grouped']} sentences"
            )
        if args.list:
            for r in results:
                if r.grouped != r.same:
                    print(f"  wrong: {r.id} {r.kind} same={r.same} labelled={r.labelled} candidate={r.candidate}")
        sys.stdout.flush()
    use_setting(*current)
    if args.json is not None:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
