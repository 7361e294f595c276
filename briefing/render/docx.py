"""DOCX through python-docx, walking the same :class:`BriefingView` as the HTML template.

Styles, fonts and page setup come from ``templates/briefing.docx`` when it exists (edit it
in Word or LibreOffice); this module only chooses which style each part uses. python-docx
has no hyperlink API, so external links and internal citation links are written as
``w:hyperlink`` XML here.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from .view import BriefingView, ItemView

TEMPLATE_NAME = "briefing.docx"


def render_docx(view: BriefingView, templates_dir: Path, generated_at: Any = None) -> bytes:
    """DOCX bytes of ``view``; body content of the template document is replaced."""
    import docx

    template = templates_dir / TEMPLATE_NAME
    document = docx.Document(str(template)) if template.is_file() else docx.Document()
    _clear_body(document)
    _core_properties(document, view, generated_at)
    if view.marking:
        document.add_paragraph(view.marking, style=_style(document, "Marking", "Normal"))
    document.add_paragraph(view.title, style="Title")
    document.add_paragraph(view.subtitle, style=_style(document, "Subtitle", "Normal"))
    document.add_paragraph(f"Generated {view.generated} · {view.source_count} sources")
    _glance(document, view)
    document.add_heading("Executive summary", level=1)
    for item in view.summary:
        _item(document, item, view.show_quotes)
    for section in view.sections:
        document.add_heading(section.title, level=1)
        if not section.items:
            document.add_paragraph("No items in this period.")
        for item in section.items:
            _item(document, item, view.show_quotes)
        if section.more:
            document.add_paragraph(f"{section.more} more items in the JSON briefing.")
    document.add_heading("Sources", level=1)
    for src in view.sources:
        p = document.add_paragraph(style=_style(document, "List Number", "Normal"))
        _bookmark(p, src.anchor, src.number)
        p.add_run(f"[{src.number}] {src.title}. ")
        p.add_run(", ".join(x for x in (src.outlet, src.date) if x) + ". ")
        if src.link:
            add_hyperlink(p, src.link, src.link_text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _style(document: Any, name: str, fallback: str) -> str:
    names = {s.name for s in document.styles}
    return name if name in names else fallback


def _clear_body(document: Any) -> None:
    """Remove the template's sample paragraphs and tables, keeping its section settings."""
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)


def _core_properties(document: Any, view: BriefingView, generated_at: Any) -> None:
    props = document.core_properties
    props.title = view.title
    props.author = view.author
    props.subject = view.subtitle
    props.keywords = view.keywords
    if generated_at is not None:
        props.created = generated_at
        props.modified = generated_at


def _glance(document: Any, view: BriefingView) -> None:
    document.add_heading("At a glance", level=1)
    table = document.add_table(rows=1, cols=2)
    table.style = _style(document, "Table Grid", table.style.name if table.style else "Normal Table")
    table.rows[0].cells[0].text = "Section"
    table.rows[0].cells[1].text = "Items"
    for bar in view.glance.counts:
        row = table.add_row().cells
        row[0].text = bar.label
        row[1].text = str(bar.value)
    for label, bars in (("Countries", view.glance.countries), ("People", view.glance.people)):
        if bars:
            document.add_paragraph(f"{label}: " + ", ".join(f"{b.label} ({b.value})" for b in bars))


def _item(document: Any, item: ItemView, show_quotes: bool) -> None:
    p = document.add_paragraph(style=_style(document, "List Bullet", "Normal"))
    if item.actor:
        p.add_run(item.actor).bold = True
        p.add_run(": ")
    p.add_run(item.text)
    for n in item.citations:
        p.add_run(" ")
        add_internal_link(p, f"source-{n}", f"[{n}]")
    if show_quotes:
        for quote in item.quotes:
            q = document.add_paragraph(style=_style(document, "Quote", "Normal"))
            q.add_run(f"“{quote}”").italic = True


def add_hyperlink(paragraph: Any, url: str, text: str) -> Any:
    """Append an external hyperlink run (a relationship plus ``w:hyperlink``)."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml.ns import qn

    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = _link_element(text)
    link.set(qn("r:id"), rel_id)
    paragraph._p.append(link)
    return link


def add_internal_link(paragraph: Any, anchor: str, text: str) -> Any:
    """Append a hyperlink to the bookmark ``anchor`` in the same document."""
    from docx.oxml.ns import qn

    link = _link_element(text)
    link.set(qn("w:anchor"), anchor)
    paragraph._p.append(link)
    return link


def _link_element(text: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    link = OxmlElement("w:hyperlink")
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "1F4E79")
    props.append(color)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(underline)
    run.append(props)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    return link


def _bookmark(paragraph: Any, name: str, ident: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    paragraph._p.insert(0, start)
    paragraph._p.append(end)
