"""Dump everything the summariser decides on the speed benchmark's corpora, to prove a speed change
changed no output.

Usage (the old code from a detached checkout, then the new, then compare):

    git worktree add --detach /tmp/speedbase main
    python bench/compare_summaries.py --code /tmp/speedbase --out /tmp/before.json
    python bench/compare_summaries.py --out /tmp/after.json --against /tmp/before.json

``--code DIR`` imports ``briefing`` from DIR instead of this checkout (the corpus is always built
from this checkout's articles, so both dumps read the same text). The dump holds, for the 2 MB
corpora of ``bench/summariser_speed.py`` with and without repeated sentences: the briefing's
JSON contract, item scores, entities, and every sentence's analysis (labels, actor, condensed
text, importance, countries, people). ``--against`` exits 1 and names the first difference.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def dump(megabytes: float) -> dict[str, Any]:
    """The summariser's whole output on both benchmark corpora (see module docstring)."""
    # briefing first: summariser_speed puts this checkout first on the path when imported, and
    # the package already imported (from --code) is the one it then uses.
    from briefing.classify import clear_caches
    from briefing.render.json import to_contract
    from briefing.summarise import analyse, summarise

    speed = importlib.import_module("summariser_speed")
    now, corpus = speed.NOW, speed.corpus

    out: dict[str, Any] = {}
    for unique in (True, False):
        articles = corpus(megabytes, unique)
        clear_caches()
        # As the pipeline runs it: the classifier's words passed on to merging, where the code has them.
        words: dict[str, Any] | None = {} if "words" in inspect.signature(analyse).parameters else None
        # and unlabelled sentences condensed when read, where the code defers them (the dump reads them all)
        defer = {"defer": True} if "defer" in inspect.signature(analyse).parameters else {}
        analysed = analyse(articles, words=words, **defer) if words is not None else analyse(articles)
        briefing = summarise(analysed, title="bench", now=now, **({} if words is None else {"words": words}))
        contract = to_contract(briefing)
        for a in contract["articles"]:
            a.pop("path", None)  # where the checkout lives, not what the summariser decided
        contract["entities"] = [[e.name, e.kind, e.count] for e in briefing.entities]
        contract["scores"] = [[i.score for i in s.items] for s in briefing.sections]
        contract["summary_scores"] = [i.score for i in briefing.summary]
        contract["analyses"] = [_analysis(x) for _, xs in analysed for x in xs]
        out["unique" if unique else "repeats"] = contract
    return out


def _analysis(x: Any) -> list[Any]:
    s = x.sentence
    return [s.article_id, s.index, sorted(x.labels), x.actor, x.condensed, x.importance, x.countries, x.people]


def first_difference(a: Any, b: Any, where: str = "") -> str | None:
    """A path to the first place where ``a`` and ``b`` differ, or None when they are equal."""
    if type(a) is not type(b):
        return f"{where}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{where}/{key}: only on one side"
            if (found := first_difference(a[key], b[key], f"{where}/{key}")) is not None:
                return found
        return None
    if isinstance(a, list):
        for n, (x, y) in enumerate(zip(a, b, strict=False)):
            if (found := first_difference(x, y, f"{where}[{n}]")) is not None:
                return found
        return None if len(a) == len(b) else f"{where}: {len(a)} != {len(b)} entries"
    return None if a == b else f"{where}: {a!r} != {b!r}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose briefing package is run")
    ap.add_argument("--out", type=Path, required=True, help="where to write the dump (JSON)")
    ap.add_argument("--against", type=Path, help="an earlier dump to compare with")
    ap.add_argument("--mb", type=float, default=2.0)
    args = ap.parse_args()
    sys.path[:0] = [str(args.code.resolve()), str(ROOT / "bench")]
    data = json.loads(json.dumps(dump(args.mb), sort_keys=True))  # tuples become lists, as in the file
    args.out.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
    if args.against is None:
        return 0
    before = json.loads(args.against.read_text(encoding="utf-8"))
    found = first_difference(before, data)
    print("identical" if found is None else f"DIFFERENT at {found}")
    return 0 if found is None else 1


if __name__ == "__main__":
    raise SystemExit(main())
