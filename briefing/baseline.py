"""The naive keyword classifier issue 3 measures against: the "trivial regex pass". Pure.

It is what a user could write in ten minutes, and the yardstick for both quality and speed:

- sentences: one regex split after ``.``, ``!`` or ``?`` followed by space and a capital;
- labels: one precompiled alternation of keywords per category, searched in each sentence
  (a sentence carries every category whose keywords it contains);
- summary: the first three sentences of each article (LEAD-3);
- actor: none.

:func:`keyword_pass` is deliberately simple and is not the summariser: the speed target of
issue 3 ("at most 5x a trivial regex pass over the same text") compares
:func:`briefing.summarise.analyse` plus :func:`briefing.summarise.summarise` with it, on the
same text, in the same run (``bench/summariser_speed.py``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .model import Article, Briefing, Item, Section, Source

#: Keywords per category: the obvious words a naive classifier would pick, nothing more.
KEYWORDS: Mapping[str, tuple[str, ...]] = {
    "decision": ("signed", "adopted", "approved", "ratified", "agreed", "established", "launched", "appointed"),
    "proposal": ("proposed", "suggested", "called for", "urged", "initiative", "offered", "recommended"),
    "security": (
        "security", "terrorism", "extremism", "military", "defence", "defense", "border", "drug",
        "crime", "conflict", "weapons", "troops", "attack",
    ),
}  # fmt: skip

_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_PATTERNS = {
    label: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)
    for label, words in KEYWORDS.items()
}
LEAD = 3


@dataclass(frozen=True, slots=True)
class KeywordResult:
    """One article as the keyword classifier sees it."""

    sentences: tuple[str, ...]
    labels: tuple[frozenset[str], ...]  # one set per sentence
    summary: tuple[str, ...]  # the first ``LEAD`` sentences


def keyword_pass(paragraphs: Iterable[str]) -> KeywordResult:
    """Split ``paragraphs`` into sentences, label each by keyword, take the lead sentences."""
    sentences = tuple(s for p in paragraphs for s in _SPLIT.split(p.strip()) if s)
    labels = tuple(frozenset(k for k, pat in _PATTERNS.items() if pat.search(s)) for s in sentences)
    return KeywordResult(sentences, labels, sentences[:LEAD])


def keyword_briefing(articles: Sequence[Article], *, title: str, now: dt.datetime) -> Briefing:
    """A :class:`Briefing` made by :func:`keyword_pass` alone: the quality baseline of ``briefing eval --baseline``.

    Every labelled sentence is an item quoting itself, with no actor; the summary is LEAD-3 of
    each article. Sections are the summariser's built-in ones, so both briefings are scored alike.
    """
    from .summarise import BUILTIN_SECTIONS, period_of

    items: dict[str, list[Item]] = {key: [] for key in BUILTIN_SECTIONS}
    summary: list[Item] = []
    for a in articles:
        result = keyword_pass(a.paragraphs)
        for sentence, labels in zip(result.sentences, result.labels, strict=True):
            for key, (label, _) in BUILTIN_SECTIONS.items():
                if label in labels:
                    items[key].append(Item(sentence, None, (Source(a.id, sentence),)))
        summary += [Item(s, None, (Source(a.id, s),)) for s in result.summary]
    return Briefing(
        title=title,
        generated_at=now,
        period=period_of(articles),
        articles=tuple(articles),
        summary=tuple(summary),
        sections=tuple(Section(key, heading, tuple(items[key])) for key, (_, heading) in BUILTIN_SECTIONS.items()),
    )
