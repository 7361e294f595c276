"""Peer comparison on the gold dev corpus: sumy's LexRank, a lead-k baseline, and our summariser.

Every method sees the same articles (read by our reader, so titles and datelines are gone)
split into the same sentences (our splitter), and picks as many sentences per article as the
gold file marks ``key``; recall is the share of gold key sentences picked. Gold flags are read
from ``*.gold.json`` at run time; no corpus text is stored anywhere.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

NOW = dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC)
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_STOP = frozenset(
    "a an and are as at be by for from has have in is it its of on or that the this to was were will with".split()  # noqa: SIM905
)


class RegexTokenizer:
    """A sumy tokenizer needing no NLTK data: our sentence splitter and a word regex."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        from briefing.sentences import split_text

        return tuple(split_text(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(_WORD.findall(sentence))


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _recall(picked: Sequence[str], gold_keys: Sequence[str]) -> int:
    """Gold key sentences found among ``picked`` (same words, or one containing the other)."""
    mine = [_norm(p) for p in picked]
    return sum(any(g == m or (g and m and (g in m or m in g)) for m in mine) for g in map(_norm, gold_keys))


def missing() -> str | None:
    """Why the peer comparison cannot run here (a package it needs is not installed), or None when it can.

    Checked before any measurement, so that a long run is not lost at its end to a missing peer dependency.
    """
    import importlib.util

    for module in ("sumy", "numpy"):  # sumy's LexRank needs numpy, and imports it only when it summarises
        if importlib.util.find_spec(module) is None:
            return f'{module} is not installed (pip install -e ".[bench]", or pass --no-peer)'
    return None


def _lexrank(article: Any, k: int) -> list[str]:
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer

    parser = PlaintextParser.from_string("\n\n".join(article.paragraphs), RegexTokenizer())
    summarizer = LexRankSummarizer()
    summarizer.stop_words = _STOP
    return [str(s) for s in summarizer(parser.document, k)]


def _lead(article: Any, k: int) -> list[str]:
    from briefing.sentences import split_text

    return [s for p in article.paragraphs for s in split_text(p)][:k]


def _ours(article: Any, k: int) -> list[str]:
    from briefing.config import Config
    from briefing.pipeline import make_briefing

    briefing = make_briefing(Config(summary_items=k), [article], now=NOW)
    return [src.quote for item in briefing.summary for src in item.sources]


METHODS: dict[str, Callable[[Any, int], list[str]]] = {
    "briefing (ours)": _ours,
    "sumy LexRank": _lexrank,
    "lead-k baseline": _lead,
}


def compare(dev: Path) -> dict[str, Any]:
    """Time and key-sentence recall of each method over the gold articles in ``dev``."""
    from briefing.readers import read_file

    cases = []
    for gold_path in sorted(dev.glob("*.gold.json")):
        text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
        if not text_path.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        keys = [s["text"] for s in gold["sentences"] if s.get("key")]
        if keys:
            cases.append((read_file(text_path, max_bytes=10**7, today=NOW.date()), keys))
    total = sum(len(k) for _, k in cases)
    out: dict[str, Any] = {"articles": len(cases), "key_sentences": total, "methods": {}}
    for name, method in METHODS.items():
        method(cases[0][0], 1)  # warm-up: imports, lexicon
        start = time.perf_counter()
        found = sum(_recall(method(article, len(keys)), keys) for article, keys in cases)
        seconds = time.perf_counter() - start
        out["methods"][name] = {"seconds": round(seconds, 4), "recall": round(found / total, 3) if total else 0.0}
    return out
