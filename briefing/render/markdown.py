"""Markdown from the same :class:`BriefingView` (for e-mail bodies, wikis and diffs). Pure."""

from __future__ import annotations

import re

from .view import BriefingView, ItemView

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def escape(text: str) -> str:
    """Escape Markdown syntax so article text shows literally."""
    return _SPECIAL.sub(r"\\\1", text)


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
    lines += ["## Executive summary", ""] + [_item(i) for i in view.summary] + [""]
    for section in view.sections:
        lines += [f"## {escape(section.title)}", ""]
        lines += [_item(i) for i in section.items] or ["No items in this period."]
        if section.more:
            lines.append(f"\n*{section.more} more items in the JSON briefing.*")
        lines.append("")
    lines += ["## Sources", ""]
    for s in view.sources:
        meta = ", ".join(escape(x) for x in (s.outlet, s.date) if x)
        link = f" <{s.link}>" if s.link.startswith("http") else f" ({escape(s.link_text)})"
        lines.append(f'{s.number}. <a id="{s.anchor}"></a>{escape(s.title)}. {meta}.{link}')
    return "\n".join(lines) + "\n"


def _item(item: ItemView) -> str:
    actor = f"**{escape(item.actor)}**: " if item.actor else ""
    cites = "".join(f" [\\[{n}\\]](#source-{n})" for n in item.citations)
    return f"- {actor}{escape(item.text)}{cites}"
