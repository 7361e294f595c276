"""Renderers: one function per format, registered in ``RENDERERS``.

Each renderer takes a :class:`RenderContext` and returns the bytes of one file. They all
start from the same :class:`~briefing.model.Briefing` (JSON) or the same
:class:`~briefing.render.view.BriefingView` (HTML, PDF, DOCX, Markdown), so outputs
cannot disagree.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import RenderError
from ..model import Briefing
from .view import BriefingView, ViewOptions, to_view


@dataclass(frozen=True)
class RenderContext:
    """The briefing, its view and where templates live; the view and HTML are built once."""

    briefing: Briefing
    options: ViewOptions
    templates_dir: Path

    @functools.cached_property
    def view(self) -> BriefingView:
        return to_view(self.briefing, self.options)

    @functools.cached_property
    def html(self) -> str:
        from .html import render_html

        return render_html(self.view, self.templates_dir)


def _json(ctx: RenderContext) -> bytes:
    from .json import render_json

    return render_json(ctx.briefing)


def _html(ctx: RenderContext) -> bytes:
    return ctx.html.encode("utf-8")


def _pdf(ctx: RenderContext) -> bytes:
    from .pdf import html_to_pdf

    return html_to_pdf(ctx.html, ctx.templates_dir)


def _docx(ctx: RenderContext) -> bytes:
    from .docx import render_docx

    return render_docx(ctx.view, ctx.templates_dir, ctx.briefing.generated_at)


def _md(ctx: RenderContext) -> bytes:
    from .markdown import render_markdown

    return render_markdown(ctx.view).encode("utf-8")


RENDERERS: dict[str, Callable[[RenderContext], bytes]] = {
    "json": _json,
    "html": _html,
    "pdf": _pdf,
    "docx": _docx,
    "md": _md,
}


def render(ctx: RenderContext, fmt: str) -> bytes:
    """Bytes of ``ctx.briefing`` in format ``fmt``; unknown formats list the valid ones."""
    try:
        renderer = RENDERERS[fmt]
    except KeyError:
        raise RenderError(f"Unknown format '{fmt}' (valid: {', '.join(RENDERERS)})") from None
    return renderer(ctx)
