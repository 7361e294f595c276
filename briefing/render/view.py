"""The display-ready view of a briefing, shared by the HTML, PDF, DOCX and Markdown renderers
so that they all say the same thing. Pure. Templates receive a :class:`BriefingView` only.

Every field carries a ``#:`` comment: :func:`template_variables` reads them to produce the
README's list of template variables, and a test checks the README against it, so the guide
cannot drift from the code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import re
import typing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from ..model import Article, Briefing, Item


@dataclass(frozen=True, slots=True)
class SourceView:
    """One numbered entry of the Sources list."""

    #: Citation number, 1-based, in the order of the Sources list.
    number: int
    #: HTML id / DOCX bookmark of the entry ("source-3"); citation marks link to it.
    anchor: str
    #: The article id (its file name without extension).
    article_id: str
    #: Headline of the article (the id when it has none).
    title: str
    #: Outlet that published it ("" when unknown).
    outlet: str
    #: Publication date, e.g. "29 November 2025" ("undated" when unknown).
    date: str
    #: URL of the article, or a file:// URI of the seed file.
    link: str
    #: Text shown for the link: the URL or the file name.
    link_text: str


@dataclass(frozen=True, slots=True)
class ItemView:
    """One item as shown: actor (may be empty), condensed text, citation numbers, quotes."""

    #: Who acts ("" when the sentence names nobody); shown in bold.
    actor: str
    #: The condensed statement.
    text: str
    #: Numbers of the sources cited (link to "#source-N"), at most ``max_citations`` of them.
    citations: tuple[int, ...]
    #: The exact source sentences, one per distinct quote, at most ``max_quotes`` of them.
    quotes: tuple[str, ...]
    #: Further articles reporting the same fact, not cited here (the JSON lists them all).
    more_sources: int = 0


@dataclass(frozen=True, slots=True)
class SectionView:
    """A section as shown, capped at ``max_items``; ``more`` counts items left to the JSON."""

    #: JSON name of the section ("decisions", "proposals", "security" or a user key).
    key: str
    #: Heading of the section.
    title: str
    #: HTML id / DOCX bookmark of the heading ("section-decisions").
    anchor: str
    #: The items shown (at most max_items_per_section).
    items: tuple[ItemView, ...]
    #: Number of items in the JSON for this section.
    total: int
    #: Items not shown here (total minus shown); say "N more items in the JSON".
    more: int


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar of an at-a-glance chart."""

    #: What the bar counts (a section title, a country or a person).
    label: str
    #: The count.
    value: int
    #: Length relative to the longest bar of its chart, 0-100.
    percent: float


@dataclass(frozen=True, slots=True)
class GlanceView:
    """Counts per section, most-mentioned countries and people, for the "At a glance" part."""

    #: Items per section (all items, as in the JSON), in section order.
    counts: tuple[Bar, ...]
    #: The countries mentioned most (up to 8), most first.
    countries: tuple[Bar, ...]
    #: The people mentioned most (up to 8), most first.
    people: tuple[Bar, ...]
    #: Sum of the section counts.
    total_items: int


@dataclass(frozen=True, slots=True)
class BriefingView:
    """Everything a template may use, as ``b``. See README section "Templates"."""

    #: Title of the briefing.
    title: str
    #: "Period covered: 23-29 November 2025" (or "... undated articles").
    subtitle: str
    #: The period alone, "23-29 November 2025" ("" when no article is dated).
    period: str
    #: Generation date, time and zone, e.g. "29 November 2025, 18:00 UTC".
    generated: str
    #: Generation time as ISO 8601 (for metadata).
    generated_iso: str
    #: IANA time zone of the printed dates.
    timezone: str
    #: Marking line, e.g. "UNCLASSIFIED - FOR INTERNAL USE" ("" for none).
    marking: str
    #: Author for the document metadata.
    author: str
    #: Comma-separated keywords for the metadata (the section titles).
    keywords: str
    #: Language code of the document ("en").
    lang: str
    #: CSS page size, "A4" or "Letter".
    page_size: str
    #: Whether to show the exact quote under each item.
    show_quotes: bool
    #: Whether the briefing is long enough to carry a table of contents.
    toc: bool
    #: Number of articles the briefing was made from.
    source_count: int
    #: Executive summary items.
    summary: tuple[ItemView, ...]
    #: The sections in order: built-in ones, then user-defined ones.
    sections: tuple[SectionView, ...]
    #: The numbered Sources list: the articles cited by the items shown, in input order.
    sources: tuple[SourceView, ...]
    #: Articles read but cited by no item shown (listed in the JSON only).
    uncited: int
    #: Counts and chart data for "At a glance".
    glance: GlanceView


@dataclass(frozen=True, slots=True)
class ViewOptions:
    """Presentation options from the config (``render.view_options``); the defaults are the config's."""

    max_items: int = 15
    show_quotes: bool = True
    marking: str = ""
    author: str = "briefing"
    timezone: str = "UTC"
    page_size: str = "A4"
    #: PDF variant for WeasyPrint ("" plain, "pdf/a-3a" archival...); read by the PDF renderer.
    pdf_variant: str = ""
    #: Attach the JSON briefing to the PDF (archival copies carry their data).
    attach_json: bool = False
    #: Template file (in the templates folder) for HTML and PDF; may be a child template.
    html_template: str = "briefing.html.j2"
    #: Citations shown per item: a fact reprinted by 200 outlets cites the first few, then "N more".
    max_citations: int = 6
    #: Distinct quotes shown per item.
    max_quotes: int = 2


#: A briefing estimated above this many pages gets a table of contents.
TOC_MIN_PAGES = 4
#: Rough lines per page and per element, for the TOC estimate (A4, 10.5 pt).
_LINES_PER_PAGE = 52
_LINES_COVER = 30


def to_view(briefing: Briefing, options: ViewOptions = ViewOptions()) -> BriefingView:
    """Build the view: number the sources, cap the sections, format dates in ``timezone``."""
    numbers = _source_numbers(briefing, options)
    sections = tuple(_section_view(s.key, s.title, s.items, numbers, options) for s in briefing.sections)
    summary = tuple(_item_view(i, numbers, options) for i in briefing.summary)
    period = format_period(briefing.period.start, briefing.period.end)
    return BriefingView(
        title=briefing.title,
        subtitle=f"Period covered: {period}" if period else "Period covered: undated articles",
        period=period,
        generated=format_generated(briefing.generated_at, options.timezone),
        generated_iso=briefing.generated_at.isoformat(timespec="seconds"),
        timezone=options.timezone,
        marking=options.marking,
        author=options.author,
        keywords=", ".join(s.title for s in briefing.sections),
        lang="en",
        page_size=options.page_size,
        show_quotes=options.show_quotes,
        toc=estimated_pages(summary, sections, len(briefing.articles), options.show_quotes) >= TOC_MIN_PAGES,
        source_count=len(briefing.articles),
        summary=summary,
        sections=sections,
        sources=tuple(_source_view(a, numbers[a.id]) for a in briefing.articles if a.id in numbers),
        uncited=len(briefing.articles) - len(numbers),
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


def format_generated(when: dt.datetime, timezone: str) -> str:
    """'29 November 2025, 18:00 UTC' or '29 November 2025, 23:00 Asia/Almaty (UTC+05:00)'."""
    local = when.astimezone(ZoneInfo(timezone))
    stamp = f"{local.day} {local:%B %Y, %H:%M}"
    if timezone.upper() in ("UTC", "ETC/UTC"):
        return f"{stamp} UTC"
    offset = local.strftime("%z")
    return f"{stamp} {timezone} (UTC{offset[:3]}:{offset[3:]})"


def estimated_pages(summary: Sequence[ItemView], sections: Sequence[SectionView], sources: int, quotes: bool) -> float:
    """A cheap page estimate (no layout): decides whether a table of contents is worth it."""
    per_item = 3 + (3 if quotes else 0)
    items = len(summary) + sum(len(s.items) for s in sections)
    lines = _LINES_COVER + items * per_item + 4 * len(sections) + 2 * sources
    return lines / _LINES_PER_PAGE


def _source_numbers(briefing: Briefing, options: ViewOptions) -> dict[str, int]:
    """Article id -> citation number, for the articles the shown items cite (input order).

    A big briefing reads hundreds of articles; listing those no shown item cites would bury
    the ones that matter (the JSON keeps every article). Likewise an item cites only its
    first ``max_citations`` sources, so one fact reprinted everywhere stays one line.
    """
    shown = [*briefing.summary, *(i for s in briefing.sections for i in s.items[: options.max_items])]
    cited = {article for item in shown for article in _cited(item, options.max_citations)}
    return {a: n for n, a in enumerate((a.id for a in briefing.articles if a.id in cited), 1)}


def _section_view(
    key: str, title: str, items: Sequence[Item], numbers: dict[str, int], options: ViewOptions
) -> SectionView:
    cap = options.max_items
    shown = tuple(_item_view(i, numbers, options) for i in items[:cap])
    return SectionView(key, title, f"section-{key}", shown, len(items), max(0, len(items) - cap))


def _cited(item: Item, cap: int) -> list[str]:
    """The first ``cap`` distinct articles among the item's sources, in source order."""
    return list(dict.fromkeys(s.article for s in item.sources))[:cap]


def _item_view(item: Item, numbers: dict[str, int], options: ViewOptions) -> ItemView:
    articles = dict.fromkeys(s.article for s in item.sources)
    cited = _cited(item, options.max_citations)
    cites = tuple(sorted(numbers[a] for a in cited if a in numbers))
    quotes = tuple(dict.fromkeys(s.quote for s in item.sources if s.article in cited))[: options.max_quotes]
    return ItemView(item.actor or "", item.text, cites, quotes, len(articles) - len(cited))


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
    from pathlib import PurePosixPath

    # No filesystem access (this module is pure): a relative path stays a plain file name link.
    p = PurePosixPath(path)
    return p.as_uri() if p.is_absolute() else ""


def _bars(pairs: Sequence[tuple[str, int]]) -> tuple[Bar, ...]:
    top = max((v for _, v in pairs), default=0) or 1
    return tuple(Bar(label, value, round(100 * value / top, 1)) for label, value in pairs)


def _glance(briefing: Briefing, sections: Sequence[SectionView]) -> GlanceView:
    counts = _bars([(s.title, s.total) for s in sections])
    countries = _bars([(e.name, e.count) for e in briefing.entities if e.kind == "country"][:8])
    people = _bars([(e.name, e.count) for e in briefing.entities if e.kind == "person"][:8])
    return GlanceView(counts, countries, people, sum(s.total for s in sections))


# --- the template guide -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Variable:
    """One template variable: its path from ``b``, its type as written, what it holds."""

    path: str
    type: str
    doc: str


def template_variables(cls: type = BriefingView, prefix: str = "b") -> Iterator[Variable]:
    """Every variable a template can use, walking nested view dataclasses (tuples as ``[]``)."""
    docs = field_docs(cls)
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        inner = typing.get_args(hint)[0] if typing.get_origin(hint) is tuple else hint
        path = f"{prefix}.{f.name}"
        yield Variable(path, _type_name(hint), docs.get(f.name, ""))
        if dataclasses.is_dataclass(inner) and isinstance(inner, type):
            yield from template_variables(inner, f"{path}[]" if inner is not hint else path)


def field_docs(cls: type) -> dict[str, str]:
    """The ``#:`` comment above each field of dataclass ``cls``."""
    docs: dict[str, str] = {}
    pending: list[str] = []
    for line in inspect.getsource(cls).splitlines():
        stripped = line.strip()
        if stripped.startswith("#:"):
            pending.append(stripped[2:].strip())
            continue
        match = re.match(r"(\w+)\s*:", stripped)
        if match and pending:
            docs[match.group(1)] = " ".join(pending)
        pending = []
    return docs


def variables_markdown() -> str:
    """The README table of template variables (regenerate with `briefing templates variables`)."""
    rows = ["| Variable | Type | Meaning |", "|---|---|---|"]
    rows += [f"| `{v.path}` | `{v.type}` | {v.doc} |" for v in template_variables()]
    return "\n".join(rows) + "\n"


def _type_name(hint: typing.Any) -> str:
    if typing.get_origin(hint) is tuple:
        return f"list of {_type_name(typing.get_args(hint)[0])}"
    return getattr(hint, "__name__", str(hint))
