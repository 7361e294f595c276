"""The display-ready view of a briefing, shared by the HTML, PDF, DOCX and Markdown renderers
so that they all say the same thing. Pure. Templates receive a :class:`BriefingView` only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from ..model import Article, Briefing, Item


@dataclass(frozen=True, slots=True)
class SourceView:
    """One numbered entry of the Sources list."""

    number: int
    anchor: str
    article_id: str
    title: str
    outlet: str
    date: str
    link: str
    link_text: str


@dataclass(frozen=True, slots=True)
class ItemView:
    """One item as shown: actor (may be empty), condensed text, citation numbers, quotes."""

    actor: str
    text: str
    citations: tuple[int, ...]
    quotes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SectionView:
    """A section as shown, capped at ``max_items``; ``more`` counts items left to the JSON."""

    key: str
    title: str
    anchor: str
    items: tuple[ItemView, ...]
    total: int
    more: int


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of the at-a-glance chart (width in percent of the longest)."""

    label: str
    value: int
    percent: float


@dataclass(frozen=True, slots=True)
class GlanceView:
    """Counts per section, most-mentioned countries and people, chart bars."""

    counts: tuple[Bar, ...]
    countries: tuple[Bar, ...]
    people: tuple[Bar, ...]


@dataclass(frozen=True, slots=True)
class BriefingView:
    """Everything a template may use. See README section "Templates" for each field."""

    title: str
    subtitle: str
    period: str
    generated: str
    generated_iso: str
    timezone: str
    marking: str
    author: str
    keywords: str
    lang: str
    page_size: str
    show_quotes: bool
    source_count: int
    summary: tuple[ItemView, ...]
    sections: tuple[SectionView, ...]
    sources: tuple[SourceView, ...]
    glance: GlanceView


@dataclass(frozen=True, slots=True)
class ViewOptions:
    """Presentation options from the config."""

    max_items: int = 15
    show_quotes: bool = True
    marking: str = ""
    author: str = "briefing"
    timezone: str = "UTC"
    page_size: str = "A4"


def to_view(briefing: Briefing, options: ViewOptions = ViewOptions()) -> BriefingView:
    """Build the view: number the sources, cap the sections, format dates in ``timezone``."""
    tz = ZoneInfo(options.timezone)
    local = briefing.generated_at.astimezone(tz)
    numbers = {a.id: n for n, a in enumerate(briefing.articles, 1)}
    sections = tuple(_section_view(s.key, s.title, s.items, numbers, options.max_items) for s in briefing.sections)
    period = format_period(briefing.period.start, briefing.period.end)
    return BriefingView(
        title=briefing.title,
        subtitle=f"Period covered: {period}" if period else "Period covered: undated articles",
        period=period,
        generated=f"{local:%d %B %Y, %H:%M} {local.tzname()}",
        generated_iso=briefing.generated_at.isoformat(timespec="seconds"),
        timezone=options.timezone,
        marking=options.marking,
        author=options.author,
        keywords=", ".join(s.title for s in briefing.sections),
        lang="en",
        page_size=options.page_size,
        show_quotes=options.show_quotes,
        source_count=len(briefing.articles),
        summary=tuple(_item_view(i, numbers) for i in briefing.summary),
        sections=sections,
        sources=tuple(_source_view(a, numbers[a.id]) for a in briefing.articles),
        glance=_glance(briefing, sections),
    )


def format_period(start: dt.date | None, end: dt.date | None) -> str:
    """'23-29 November 2025', '30 November - 2 December 2025', or '' when undated."""
    if start is None or end is None:
        return ""
    if start == end:
        return f"{end.day} {end:%B %Y}"
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}-{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} - {end.day} {end:%B %Y}"
    return f"{start.day} {start:%B %Y} - {end.day} {end:%B %Y}"


def _section_view(key: str, title: str, items: Sequence[Item], numbers: dict[str, int], cap: int) -> SectionView:
    shown = tuple(_item_view(i, numbers) for i in items[:cap])
    return SectionView(key, title, f"section-{key}", shown, len(items), max(0, len(items) - cap))


def _item_view(item: Item, numbers: dict[str, int]) -> ItemView:
    cites = tuple(sorted({numbers[s.article] for s in item.sources if s.article in numbers}))
    quotes = tuple(dict.fromkeys(s.quote for s in item.sources))
    return ItemView(item.actor or "", item.text, cites, quotes)


def _source_view(article: Article, number: int) -> SourceView:
    link = article.url or _file_uri(article.path)
    return SourceView(
        number=number,
        anchor=f"source-{number}",
        article_id=article.id,
        title=article.title or article.id,
        outlet=article.outlet or "",
        date=f"{article.date.day} {article.date:%B %Y}" if article.date else "undated",
        link=link,
        link_text=article.url or article.path.rsplit("/", 1)[-1],
    )


def _file_uri(path: str) -> str:
    from pathlib import Path

    try:
        return Path(path).resolve().as_uri()
    except ValueError:
        return ""


def _bars(pairs: Sequence[tuple[str, int]]) -> tuple[Bar, ...]:
    top = max((v for _, v in pairs), default=0) or 1
    return tuple(Bar(label, value, round(100 * value / top, 1)) for label, value in pairs)


def _glance(briefing: Briefing, sections: Sequence[SectionView]) -> GlanceView:
    counts = _bars([(s.title, s.total) for s in sections])
    countries = _bars([(e.name, e.count) for e in briefing.entities if e.kind == "country"][:8])
    people = _bars([(e.name, e.count) for e in briefing.entities if e.kind == "person"][:8])
    return GlanceView(counts, countries, people)
