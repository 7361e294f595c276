"""Measure two ways of cutting near-duplicate merging's work at scale (speed round 9; not a test).

``python bench/merge_by_text.py DIR [--samples FILE]`` reads the articles of ``DIR`` (e.g. a bench
corpus written by ``bench/corpus.py``), analyses them once and then, three times each, times:

1. the merge as it is (:func:`briefing.summarise._merge_duplicates`: LSH buckets of labelled
   *sentences*, every pair of a bucket of up to 8 compared, the first with each other above);
2. a prototype that groups identical texts exactly first and lets the LSH index see each distinct
   *text* once (:func:`merge_by_text`; the same bucket rule over distinct texts), a pure-Python loop
   calling the same compiled word tests.

It prints the work each does (buckets, pairs of texts whose words are compared), how the groups
differ (a changed group of the prototype either joins groups of the current merge or splits one)
and, for the pairs the current merge compares, how many a provable bound on the word pairs'
Jaccard index (:func:`pair_bound_passes`) would leave to the exact test. ``--samples FILE`` writes
the texts of up to 400 joined groups (the first two of each former group) as JSON, to read them.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import sys
import time
from collections.abc import Sequence
from operator import itemgetter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefing import collector
from briefing import summarise as S
from briefing.model import Analysis
from briefing.readers import read_seeds


def merge_by_text(analyses: Sequence[Analysis], words: dict[str, tuple[str, str]], stats: dict[str, int]) -> list:
    """Groups as :func:`_merge_duplicates` makes them, but over distinct texts (see the module doc).

    Sentences of one text are one fact when they come from two articles or more (the current rule
    joins any two of them from different articles); a text printed only by one article keeps its
    sentences apart, as now. A pair of distinct texts that the words accept joins each sentence of
    one with a sentence of the other from another article (and with the same labels when the
    verdict asks for them): for each sentence one such partner suffices, the rest are joined already.
    """
    labelled = [a for a in analyses if a.labels]
    keys: dict[str, S._LazyKeys] = {}
    occ: list[list[int]] = []
    for i, a in enumerate(labelled):
        k = keys.get(a.sentence.text)
        if k is None:
            k = keys[a.sentence.text] = S._LazyKeys(a.sentence.text, words.get(a.sentence.text), len(keys))
            occ.append([])
        occ[k.ordinal].append(i)
    texts = list(keys.values())
    parent = list(range(len(labelled)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[rj] = ri

    art = [a.sentence.article_id for a in labelled]
    settled = []  # all of a text's sentences are in one group
    for o in occ:
        several = len({art[i] for i in o}) > 1
        if several:
            for i in o[1:]:
                union(o[0], i)
        settled.append(several or len(o) == 1)

    def partner(members: list[int], article: str) -> int | None:
        if art[members[0]] != article:
            return members[0]
        return next((i for i in members if art[i] != art[members[0]]), None)

    def join(xs: list[int], ys: list[int]) -> None:
        for ws, vs in ((xs, ys), (ys, xs)):
            for v in vs:
                w = partner(ws, art[v])
                if w is not None:
                    union(w, v)

    verdicts: dict[tuple[int, int], int] = {}
    signatures = [k.signature for k in texts]
    distinct: dict[tuple[int, ...], None] = {}
    for lo in range(0, 2 * S._HASHES, 2 * S._BAND):
        buckets: collections.defaultdict[bytes, list[int]] = collections.defaultdict(list)
        for t, band in enumerate(map(itemgetter(slice(lo, lo + 2 * S._BAND)), signatures)):
            buckets[band].append(t)
        distinct.update((tuple(m), None) for m in buckets.values() if len(m) > 1)
    for bucket in distinct:
        size = len(bucket)
        for p in range(size - 1 if size <= S._SMALL_BUCKET else 1):
            for q in range(p + 1, size):
                s, t = bucket[p], bucket[q]
                if settled[s] and settled[t] and find(occ[s][0]) == find(occ[t][0]):
                    continue
                verdict = verdicts.get((s, t))
                if verdict is None:
                    verdict = verdicts[(s, t)] = S._verdict(texts[s], texts[t])
                if verdict == S._ALIKE:
                    join(occ[s], occ[t])
                elif verdict == S._ALIKE_IF_SAME_LABELS:
                    by_labels = _by_labels(occ[s], labelled)
                    for labels, ys in _by_labels(occ[t], labelled).items():
                        if labels in by_labels:
                            join(by_labels[labels], ys)
    stats.update(text_buckets=len(distinct), text_pairs_compared=len(verdicts), texts=len(texts))
    grouped: dict[int, list[Analysis]] = {}
    for i, a in enumerate(labelled):
        grouped.setdefault(find(i), []).append(a)
    return [S._Group(tuple(v)) for v in grouped.values()] + [S._Group((a,)) for a in analyses if not a.labels]


def _by_labels(members: list[int], labelled: list[Analysis]) -> dict[frozenset[str], list[int]]:
    out: dict[frozenset[str], list[int]] = {}
    for i in members:
        out.setdefault(labelled[i].labels, []).append(i)
    return out


def pair_bound_passes(a: S._LazyKeys, b: S._LazyKeys) -> bool:
    """False only if the word pairs of ``a`` and ``b`` surely have a Jaccard index under 3/5.

    ``d - 1`` distinct pairs at least in a text of ``d`` distinct words (two words or more); a shared
    pair has both words in the other text, so at most ``c`` pairs are shared: the positions of one
    text whose word and the next are words of the other. ``J >= 3/5`` needs ``8 c >= 3 (da + db - 2)``.
    """
    wa, wb = S.tokenize_lower(a.text), S.tokenize_lower(b.text)
    if len(wa) < 2 or len(wb) < 2:
        return True
    sa, sb = set(wa), set(wb)
    need = 3 * (len(sa) + len(sb) - 2)

    def shared(words: list[str], other: set[str]) -> int:
        inside = [w in other for w in words]
        return sum(1 for k in range(1, len(words)) if inside[k] and inside[k - 1])

    return 8 * min(shared(wa, sb), shared(wb, sa)) >= need


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--samples", type=Path)
    args = parser.parse_args()
    articles = read_seeds(args.corpus, max_bytes=50_000_000, today=dt.date(2026, 1, 5)).articles
    with collector.paused():
        words: dict[str, tuple[str, str]] = {}
        analyses = [x for _, xs in S.analyse(articles, words=words, defer=True) for x in xs]
        stats: dict[str, int] = {}
        for _ in range(3):
            t = time.process_time()
            now = S._merge_duplicates(analyses, {}, None, words)
            t_now = time.process_time() - t
            t = time.process_time()
            by_text = merge_by_text(analyses, words, stats)
            t_text = time.process_time() - t
            print(f"merge CPU s: current {t_now:.3f}, by distinct text (prototype, pure loop) {t_text:.3f}")
        print("by distinct text:", stats)

    def name(g: S._Group) -> tuple[tuple[str, int], ...]:
        return tuple((m.sentence.article_id, m.sentence.index) for m in g.members)

    old, new = [name(g) for g in now], [name(g) for g in by_text]
    where = {m: n for n, g in enumerate(old) for m in g}
    changed = set(new) - set(old)
    joined = [g for g in changed if len({where[m] for m in g}) > 1]
    print(
        f"groups: current {len(old)}, by text {len(new)}; current groups gone {len(set(old) - set(new))}; "
        f"new groups {len(changed)} (joining current groups {len(joined)}, splitting one {len(changed) - len(joined)})"
    )
    # The pairs of distinct texts the current merge compares (no find() skip: an upper bound).
    labelled = [a for a in analyses if a.labels]
    keys: dict[str, S._LazyKeys] = {}
    for a in labelled:
        keys.setdefault(a.sentence.text, S._LazyKeys(a.sentence.text, words.get(a.sentence.text), len(keys)))
    sources = [keys[a.sentence.text] for a in labelled]
    buckets_of: dict[tuple[int, ...], None] = {}
    for lo in range(0, 2 * S._HASHES, 2 * S._BAND):
        buckets: collections.defaultdict[bytes, list[int]] = collections.defaultdict(list)
        for i, k in enumerate(sources):
            buckets[k.signature[lo : lo + 2 * S._BAND]].append(i)
        buckets_of.update((tuple(m), None) for m in buckets.values() if len(m) > 1)
    pairs = set()
    for m in buckets_of:
        for p, q in S._candidates(len(m)):
            x, y = sources[m[p]], sources[m[q]]
            if x is not y and labelled[m[p]].sentence.article_id != labelled[m[q]].sentence.article_id:
                pairs.add((min(x.ordinal, y.ordinal), max(x.ordinal, y.ordinal)))
    ordered = list(keys.values())
    open_pairs = [pr for pr in pairs if pair_bound_passes(ordered[pr[0]], ordered[pr[1]])]
    print(
        f"current merge: pairs of texts compared <= {len(pairs)}; the pair bound leaves {len(open_pairs)} to the "
        f"exact test, whose pairs then need {len({t for pr in open_pairs for t in pr})} of "
        f"{len({t for pr in pairs for t in pr})} texts"
    )
    if args.samples:
        text_of = {(a.sentence.article_id, a.sentence.index): a.sentence.text for a in analyses}
        out = []
        for g in joined[:400]:
            parts: dict[int, list[str]] = {}
            for m in g:
                parts.setdefault(where[m], []).append(text_of[m])
            out.append([p[:2] for p in parts.values()])
        args.samples.write_text(json.dumps(out, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
