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
from typing import Any

from ..config import Config
from ..errors import RenderError
from ..model import Briefing
from .view import BriefingView, ViewOptions, to_view

#: The templates shipped with briefing (copied by `briefing templates init`).
DEFAULT_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
#: The variant behind ``archival = true``: PDF/A-3 allows embedded files, level "a" adds tags.
ARCHIVAL_VARIANT = "pdf/a-3a"


def view_options(config: Config) -> ViewOptions:
    """The presentation options a config asks for (shared by `generate` and `templates`)."""
    return ViewOptions(
        max_items=config.max_items_per_section,
        show_quotes=config.show_quotes,
        marking=config.marking,
        author=config.author,
        timezone=config.timezone,
        page_size=config.page_size,
        pdf_variant=config.pdf_variant or (ARCHIVAL_VARIANT if config.archival else ""),
        attach_json=config.archival,
        html_template=config.html_template,
    )


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

        return render_html(self.view, self.templates_dir, self.options.html_template)

    @functools.cached_property
    def contract(self) -> dict[str, Any]:
        """The JSON contract of the briefing, built once for the .json file and the fingerprint."""
        from .json import to_contract

        return to_contract(self.briefing)

    @functools.cached_property
    def compact(self) -> bytes:
        """The contract as compact JSON: encoded once for the .json file and the fingerprint."""
        from .json import compact

        return compact(self.contract)

    @functools.cached_property
    def json(self) -> bytes:
        """The JSON briefing, serialised once for the .json file and the archival attachment."""
        from .json import indented

        return indented(self.compact)

    @functools.cached_property
    def fingerprint(self) -> str:
        """Identity of the briefing's content, ignoring when it was generated."""
        from .json import fingerprint

        return fingerprint(self.compact)


def _json(ctx: RenderContext) -> bytes:
    return ctx.json


def _html(ctx: RenderContext) -> bytes:
    from .html import inline_stylesheets

    return inline_stylesheets(ctx.html, ctx.templates_dir).encode("utf-8")


def _pdf(ctx: RenderContext) -> bytes:
    from .pdf import ARCHIVE_ATTACHMENT, html_to_pdf

    attachments = ((ctx.json, ARCHIVE_ATTACHMENT),) if ctx.options.attach_json else ()
    return html_to_pdf(
        ctx.html,
        ctx.templates_dir,
        attachments=attachments,
        variant=ctx.options.pdf_variant or None,
        created=ctx.briefing.generated_at,
    )


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
