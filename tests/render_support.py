"""Builders and readers for the renderer tests: briefings from literals, PDF/DOCX read back."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from briefing.model import Article, Briefing, Entity, Item, Period, Section, Source
from briefing.render import DEFAULT_TEMPLATES, RenderContext, render
from briefing.render.view import ViewOptions

NOW = dt.datetime(2025, 11, 29, 18, 30, tzinfo=dt.UTC)


def make_article(ident: str, text: str, **kw: Any) -> Article:
    """An article whose single paragraph is ``text``."""
    return Article(
        id=ident,
        path=kw.pop("path", f"/seeds/{ident}.txt"),
        title=kw.pop("title", f"Headline of {ident}"),
        date=kw.pop("date", dt.date(2025, 11, 25)),
        outlet=kw.pop("outlet", "Test Wire"),
        url=kw.pop("url", f"https://example.org/{ident}"),
        paragraphs=(text,),
        **kw,
    )


def item(text: str, actor: str | None, *articles: Article) -> Item:
    """An item citing the (first) paragraph of each article."""
    return Item(text=text, actor=actor, sources=tuple(Source(a.id, a.paragraphs[0]) for a in articles))


def make_briefing(
    articles: tuple[Article, ...],
    sections: dict[str, tuple[Item, ...]],
    summary: tuple[Item, ...] = (),
    *,
    title: str = "Test Briefing",
    entities: tuple[Entity, ...] = (),
    period: Period | None = None,
) -> Briefing:
    titles = {"decisions": "Key decisions", "proposals": "Proposals", "security": "Security"}
    return Briefing(
        title=title,
        generated_at=NOW,
        period=period or Period(dt.date(2025, 11, 23), dt.date(2025, 11, 29)),
        articles=articles,
        summary=summary,
        sections=tuple(Section(k, titles.get(k, k.capitalize()), v) for k, v in sections.items()),
        entities=entities,
    )


def rendered(briefing: Briefing, fmt: str, templates: Path = DEFAULT_TEMPLATES, **options: Any) -> bytes:
    return render(RenderContext(briefing, ViewOptions(**options), templates), fmt)


def copy_templates(dest: Path) -> Path:
    shutil.copytree(DEFAULT_TEMPLATES, dest)
    return dest


def need_pdf() -> None:
    """Skip the calling test when WeasyPrint (or Pango under it) cannot load here."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as err:
        pytest.skip(f"PDF rendering unavailable here: {err}")


def pdf_reader(data: bytes) -> Any:
    import pypdf

    return pypdf.PdfReader(io.BytesIO(data))


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in pdf_reader(data).pages)


def squash(text: str) -> str:
    """Text without any whitespace: PDF line breaks fall anywhere, the characters do not move."""
    return re.sub(r"\s+", "", text)


def docx_document(data: bytes) -> Any:
    import docx

    return docx.Document(io.BytesIO(data))


def docx_text(data: bytes) -> str:
    """All body text, including table cells."""
    document = docx_document(data)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)
