"""A small, made-up briefing that exercises every template variable (``templates check`` and
``templates preview`` render it). Pure: the clock is passed in.

It holds every kind of content a template must cope with: all built-in sections plus a
user-defined one, a section over its cap (so "N more items" shows), an item without actor,
several citations, names in Cyrillic, Kazakh, Uzbek and Turkish letters, and text that looks
like markup ("R&D <draft>") which must print as written.
"""

from __future__ import annotations

import datetime as dt

from ..model import Article, Briefing, Entity, Item, Period, Section, Source
from .view import ViewOptions

_ARTICLES = (
    Article(
        id="summit-astana",
        path="/seeds/summit-astana.txt",
        title="Leaders of Central Asia meet in Astana",
        date=dt.date(2025, 11, 23),
        outlet="Example Wire",
        url="https://news.example.org/summit-astana",
        paragraphs=(
            "President Қасым-Жомарт Тоқаев opened the summit in Astana.",
            "The presidents signed a treaty on the state border.",
        ),
    ),
    Article(
        id="tashkent-forum",
        path="/seeds/tashkent-forum.txt",
        title="Oʻzbekiston hosts an energy forum",
        date=dt.date(2025, 11, 26),
        outlet="Sample Gazette",
        url=None,
        paragraphs=("Oʻzbekiston proposed a joint R&D <draft> programme on hydropower.",),
    ),
    Article(
        id="ankara-talks",
        path="/seeds/ankara-talks.txt",
        title="Türkiye and Kyrgyzstan discuss security",
        date=dt.date(2025, 11, 29),
        outlet=None,
        url="https://news.example.org/ankara-talks?a=1&b=2",
        paragraphs=("Minister Hakan Fidan said both sides will strengthen border security at Doğubayazıt.",),
    ),
)


def _item(text: str, actor: str | None, *cites: tuple[str, str]) -> Item:
    return Item(text=text, actor=actor, sources=tuple(Source(a, q) for a, q in cites))


_BORDER = ("summit-astana", "The presidents signed a treaty on the state border.")
_RND = ("tashkent-forum", "Oʻzbekiston proposed a joint R&D <draft> programme on hydropower.")
_SECURITY = ("ankara-talks", "Minister Hakan Fidan said both sides will strengthen border security at Doğubayazıt.")


def sample_briefing(now: dt.datetime) -> Briefing:
    """The sample briefing, generated at ``now``."""
    decisions = (
        _item("Signed a treaty on the state border.", "Қасым-Жомарт Тоқаев", _BORDER),
        _item("Agreed to meet again in Tashkent in 2026.", None, _BORDER, _RND),
    )
    proposals = tuple(
        _item(f"Proposed a joint R&D <draft> programme on hydropower (variant {n}).", "Oʻzbekiston", _RND)
        for n in range(1, 5)
    )
    security = (_item("Will strengthen border security at Doğubayazıt.", "Hakan Fidan", _SECURITY),)
    energy = (_item("Proposed a joint R&D <draft> programme on hydropower.", "Oʻzbekiston", _RND),)
    return Briefing(
        title="Sample Regional Briefing",
        generated_at=now,
        period=Period(dt.date(2025, 11, 23), dt.date(2025, 11, 29)),
        articles=_ARTICLES,
        summary=(decisions[0], proposals[0], security[0]),
        sections=(
            Section("decisions", "Key decisions", decisions),
            Section("proposals", "Proposals", proposals),
            Section("security", "Security", security),
            Section("energy", "Energy", energy),
        ),
        entities=(
            Entity("Kazakhstan", "country", 3),
            Entity("Oʻzbekiston", "country", 2),
            Entity("Türkiye", "country", 1),
            Entity("Қасым-Жомарт Тоқаев", "person", 2),
            Entity("Hakan Fidan", "person", 1),
        ),
    )


def sample_options(base: ViewOptions | None = None) -> ViewOptions:
    """``base`` with a marking, quotes on and a cap of 3, so every optional part shows."""
    from dataclasses import replace

    base = base or ViewOptions()
    return replace(base, marking=base.marking or "SAMPLE - NOT FOR DISTRIBUTION", show_quotes=True, max_items=3)
