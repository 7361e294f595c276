"""Markdown from the same :class:`BriefingView` (for e-mail bodies, wikis and diffs). Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .view import BriefingView, ItemView

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")
#: "&" only where it would start an entity ("&amp;"): plain "R&D" stays readable.
_ENTITY = re.compile(r"&(?=#?\w+;)")
#: Line breaks inside article text: an item must stay one Markdown line.
_NEWLINES = re.compile(r"\s*\n\s*")


def escape(text: str) -> str:
    """Escape Markdown syntax so article text shows literally (on one line)."""
    return _ENTITY.sub(r"\\&", _SPECIAL.sub(r"\\\1", _NEWLINES.sub(" ", text)))


def render_markdown(view: BriefingView) -> str:
    """The briefing as CommonMark text with numbered citation links."""
    lines = []
    if view.marking:
        lines += [f"**{escape(view.marking)}**", ""]
    lines += [
        f"# {escape(view.title)}",
        "",
        f"{escape(view.subtitle)}  ",
        f"Generated {view.generated} · {view.source_count} sources",
        "",
    ]
    lines += ["## At a glance", ""]
    lines += [f"- {escape(bar.label)}: {bar.value}" for bar in view.glance.counts]
    for label, bars in (
        ("Countries mentioned most", view.glance.countries),
        ("People mentioned most", view.glance.people),
    ):
        if bars:
            lines += ["", f"{label}: " + ", ".join(f"{escape(b.label)} ({b.value})" for b in bars)]
    lines.append("")
    lines += ["## Executive summary", "", *_items(view.summary, view.show_quotes), ""]
    for section in view.sections:
        lines += [f"## {escape(section.title)}", ""]
        lines += _items(section.items, view.show_quotes)
        if section.more:
            plural = "s" if section.more != 1 else ""
            lines.append(f"\n*{section.more} more item{plural} in the JSON briefing.*")
        lines.append("")
    lines += ["## Sources", ""]
    for s in view.sources:
        meta = ", ".join(escape(x) for x in (s.outlet, s.date) if x)
        link = f" <{s.link}>" if s.link.startswith("http") else f" ({escape(s.link_text)})"
        lines.append(f'{s.number}. <a id="{s.anchor}"></a>{escape(s.title)}. {meta}.{link}')
    if view.uncited:
        plural = "s" if view.uncited != 1 else ""
        tail = "read but not cited above; the JSON briefing lists every article."
        lines += ["", f"*{view.uncited} further article{plural} {tail}*"]
    return "\n".join(lines) + "\n"


def _items(items: Sequence[ItemView], show_quotes: bool) -> list[str]:
    """One line per item, or the same "no items" line as the HTML and DOCX."""
    return [_item(i, show_quotes) for i in items] or ["No items in this period."]


def _item(item: ItemView, show_quotes: bool) -> str:
    actor = f"**{escape(item.actor)}**: " if item.actor else ""
    cites = "".join(f" [\\[{n}\\]](#source-{n})" for n in item.citations)
    if item.more_sources:
        cites += f" (+{item.more_sources} more source{'s' if item.more_sources != 1 else ''})"
    quotes = "".join(f"\n\n  > {escape(q)}" for q in item.quotes) if show_quotes else ""
    return f"- {actor}{escape(item.text)}{cites}{quotes}"
