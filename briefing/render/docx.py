"""DOCX through python-docx, walking the same :class:`BriefingView` as the HTML template.

Styles, fonts, page setup, header and footer come from ``templates/briefing.docx`` (edit it in
Word or LibreOffice; ``scripts/make_docx_template.py`` makes the default). This module only
chooses which style each part uses and replaces the template's body. Header and footer
placeholders (``{title}``, ``{marking}``, ``{period}``, ``{generated}``, ``{page}``,
``{pages}``) are filled here; ``{page}``/``{pages}`` become PAGE/NUMPAGES fields.

python-docx has no hyperlink or field API: external links, internal citation links (to
bookmarks on the Sources entries), the TOC field and page fields are written as XML here.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import RenderError
from .view import BriefingView, ItemView

TEMPLATE_NAME = "briefing.docx"

# The styles this renderer applies, by name. The Word template defines them; where one is
# missing, the plainer style noted beside it stands in. `templates check` reports missing ones
# from STYLES, so a style used here and not listed there would go unreported.
NORMAL = "Normal"
TITLE = "Title"
SUBTITLE = "Subtitle"
MARKING = "Marking"
META = "Briefing Meta"
HEADING = "Heading 1"
TOC_HEADING = "TOC Heading"  # else HEADING
TOC_ENTRY = "TOC Entry"
TABLE = "Light List Accent 1"  # table style, else TABLE_PLAIN, else Word's plain table
TABLE_PLAIN = "Table Grid"  # only a stand-in: not in STYLES
BULLET = "List Bullet"
QUOTE = "Quote"
CITATION = "Citation"  # character style, else HYPERLINK
SOURCE = "Source Entry"
HYPERLINK = "Hyperlink"  # character style, else blue and underlined
#: Every style the renderer applies when the template has it.
STYLES = (
    NORMAL,
    TITLE,
    SUBTITLE,
    MARKING,
    META,
    HEADING,
    TOC_HEADING,
    TOC_ENTRY,
    TABLE,
    BULLET,
    QUOTE,
    CITATION,
    SOURCE,
    HYPERLINK,
)

#: Characters XML 1.0 cannot hold; python-docx would crash on them, Word would refuse the file.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
DEFAULT_FOOTER = "Generated {generated}\tPage {page} of {pages}"
_PLACEHOLDER = re.compile(r"\{(title|marking|period|generated|page|pages)\}")


def render_docx(view: BriefingView, templates_dir: Path, generated_at: dt.datetime | None = None) -> bytes:
    """DOCX bytes of ``view``; the template's body is replaced, everything else kept."""
    document = _open_template(templates_dir / TEMPLATE_NAME)
    _clear_body(document)
    _core_properties(document, view, generated_at)
    for section in document.sections:
        _fill_running(section, view)
        if view.page_size == "Letter":
            _letter(section)
    out = _Writer(document)
    _cover(out, view)
    if view.toc:
        _toc(out, view)
    _glance(out, view)
    out.heading("Executive summary", "summary")
    _items(out, view.summary, view.show_quotes)
    for section in view.sections:
        out.heading(section.title, section.anchor)
        _items(out, section.items, view.show_quotes)
        if section.more:
            out.paragraph(f"{section.more} more item{'s' if section.more != 1 else ''} in the JSON briefing.")
    _sources(out, view)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


class _Writer:
    """Appends to a document body in linear time.

    python-docx looks a style up by name on every ``add_paragraph(style=...)`` and scans every
    relationship on every ``relate_to``: both are per-item costs that made big briefings
    quadratic. Here style ids are resolved once and hyperlink relationships are numbered here.
    """

    def __init__(self, document: Any) -> None:
        self.document = document
        self.styles = {s.name: s.style_id for s in document.styles}
        self.bookmarks = itertools.count(1)  # bookmark ids, unique in the document
        self.links = itertools.count(1)
        self.rels: dict[str, str] = {}

    def style(self, name: str, fallback: str = NORMAL) -> str:
        """Style id of ``name``, else of ``fallback`` (the template may lack our custom styles)."""
        return self.styles.get(name) or self.styles.get(fallback) or NORMAL

    def paragraph(self, text: str = "", style: str = NORMAL, fallback: str = NORMAL) -> Any:
        p = self.document.add_paragraph(_text(text) if text else None)
        p._p.style = self.style(style, fallback)
        return p

    def heading(self, text: str, anchor: str) -> Any:
        heading = self.paragraph(text, HEADING)
        _bookmark(heading, anchor, next(self.bookmarks))
        return heading

    def external_link(self, paragraph: Any, url: str, text: str) -> Any:
        """Append a hyperlink run to ``url`` (one relationship per distinct URL)."""
        from docx.opc.constants import RELATIONSHIP_TYPE
        from docx.oxml.ns import qn

        rel_id = self.rels.get(url)
        if rel_id is None:
            rel_id = self.rels[url] = f"rIdBriefingLink{next(self.links)}"
            paragraph.part.rels.add_relationship(RELATIONSHIP_TYPE.HYPERLINK, url, rel_id, is_external=True)
        link = _link_element(text, self.styles.get(HYPERLINK))
        link.set(qn("r:id"), rel_id)
        paragraph._p.append(link)
        return link

    def internal_link(self, paragraph: Any, anchor: str, text: str, style: str = HYPERLINK) -> Any:
        """Append a hyperlink to the bookmark ``anchor`` in the same document."""
        from docx.oxml.ns import qn

        link = _link_element(text, self.styles.get(style) or self.styles.get(HYPERLINK))
        link.set(qn("w:anchor"), bookmark_name(anchor))
        paragraph._p.append(link)
        return link


def _open_template(path: Path) -> Any:
    """The template document, or python-docx's default one when there is no template file."""
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not path.exists():
        return docx.Document()
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise RenderError(
            f"{path}: not a usable Word template ({type(err).__name__}: {err}); "
            "save it again as .docx, or restore it with `briefing templates init`"
        ) from None


def _text(value: str) -> str:
    return _NOT_XML.sub("", value)


def _letter(section: Any) -> None:
    """US Letter instead of the template's page (page_size = "Letter"); margins and orientation kept."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Inches

    short, long = Inches(8.5), Inches(11)
    landscape = section.orientation == WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = (long, short) if landscape else (short, long)


def _clear_body(document: Any) -> None:
    """Remove the template's sample paragraphs and tables, keeping its section settings."""
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)


def _core_properties(document: Any, view: BriefingView, generated_at: dt.datetime | None) -> None:
    props = document.core_properties
    props.title = _text(view.title)
    props.author = _text(view.author)
    props.last_modified_by = _text(view.author)
    props.subject = _text(view.subtitle)
    props.keywords = _text(view.keywords)
    props.comments = f"Generated by briefing on {view.generated}"
    props.revision = 1
    if generated_at is not None:
        props.created = generated_at
        props.modified = generated_at


def _cover(out: _Writer, view: BriefingView) -> None:
    if view.marking:
        out.paragraph(view.marking, MARKING)
    out.paragraph(view.title, TITLE)
    out.paragraph(view.period or "Undated articles", SUBTITLE)
    plural = "s" if view.source_count != 1 else ""
    for line in (
        f"Period covered: {view.period or 'undated articles'}",
        f"Generated: {view.generated}",
        f"Sources: {view.source_count} article{plural}" + (f", {len(view.sources)} cited" if view.uncited else ""),
        f"Items: {view.glance.total_items} in {len(view.sections)} sections",
    ):
        out.paragraph(line, META)


def _toc(out: _Writer, view: BriefingView) -> None:
    """A Word TOC field; its cached result lists the headings (Word fills page numbers on update)."""
    out.paragraph("Contents", TOC_HEADING, HEADING)
    entries = [("At a glance", "at-a-glance"), ("Executive summary", "summary")]
    entries += [(s.title, s.anchor) for s in view.sections] + [("Sources", "sources")]
    last = len(entries) - 1
    for n, (title, anchor) in enumerate(entries):
        p = out.paragraph(style=TOC_ENTRY)
        if n == 0:
            _field_begin(p, 'TOC \\o "1-1" \\h \\z \\u')
        out.internal_link(p, anchor, _text(title))
        if n == last:
            _field_end(p)
    _update_fields_on_open(out.document)


def _glance(out: _Writer, view: BriefingView) -> None:
    from docx.shared import Pt

    out.heading("At a glance", "at-a-glance")
    table = out.document.add_table(rows=1, cols=2)
    style = _style_name(out, TABLE, TABLE_PLAIN)
    if style in out.styles:  # else Word's plain table: a template may lack both
        table.style = out.document.styles[style]
    head = table.rows[0].cells
    head[0].text, head[1].text = "Section", "Items"
    for bar in view.glance.counts:
        row = table.add_row().cells
        row[0].text, row[1].text = _text(bar.label), str(bar.value)
    total = table.add_row().cells
    total[0].text, total[1].text = "Total", str(view.glance.total_items)
    lists = (("Countries mentioned most", view.glance.countries), ("People mentioned most", view.glance.people))
    for label, bars in lists:
        if bars:
            p = out.paragraph()
            p.paragraph_format.space_before = Pt(6)
            p.add_run(f"{label}: ").bold = True
            p.add_run(_text(", ".join(f"{b.label} ({b.value})" for b in bars)))


def _style_name(out: _Writer, name: str, fallback: str) -> str:
    return name if name in out.styles else fallback


def _items(out: _Writer, items: Sequence[ItemView], show_quotes: bool) -> None:
    for item in items:
        _item(out, item, show_quotes)
    if not items:
        out.paragraph("No items in this period.")


def _item(out: _Writer, item: ItemView, show_quotes: bool) -> None:
    p = out.paragraph(style=BULLET)
    if item.actor:
        p.add_run(_text(item.actor)).bold = True
        p.add_run(": ")
    p.add_run(_text(item.text))
    for n in item.citations:
        out.internal_link(p, f"source-{n}", f"[{n}]", style=CITATION)
    if item.more_sources:
        p.add_run(f" +{item.more_sources} more source{'s' if item.more_sources != 1 else ''}")
    if show_quotes:
        for quote in item.quotes:
            out.paragraph(quote, QUOTE)


def _sources(out: _Writer, view: BriefingView) -> None:
    out.heading("Sources", "sources")
    for src in view.sources:
        p = out.paragraph(style=SOURCE)
        _bookmark(p, src.anchor, next(out.bookmarks))
        p.add_run(f"[{src.number}]\t")
        p.add_run(_text(src.title)).bold = True
        p.add_run(". ")
        if src.outlet:
            p.add_run(_text(src.outlet)).italic = True
            p.add_run(", ")
        p.add_run(f"{src.date}. ")
        if src.link:
            out.external_link(p, src.link, _text(src.link_text))
        else:
            p.add_run(_text(src.link_text))
    if view.uncited:
        plural = "s" if view.uncited != 1 else ""
        out.paragraph(
            f"{view.uncited} further article{plural} read but not cited above; the JSON briefing lists every article."
        )


# --- header and footer ------------------------------------------------------------------


def _fill_running(section: Any, view: BriefingView) -> None:
    """Replace placeholders in the header and footer (a default footer when the template has none)."""
    values = {"title": view.title, "marking": view.marking, "period": view.period, "generated": view.generated}
    for part in (section.header, section.footer):
        for p in _paragraphs(part):
            if _PLACEHOLDER.search(p.text):
                _fill_paragraph(p, values)
    # Without a template (or with an emptied one) the running lines still say where you are.
    for part, default in ((section.header, "{title}\t{marking}"), (section.footer, DEFAULT_FOOTER)):
        if not any(p.text.strip() or p._p.xpath(".//w:drawing") for p in _paragraphs(part)):
            _fill_paragraph_text(part.paragraphs[0], default, values)
    if view.marking and not any(view.marking in p.text for p in _paragraphs(section.header)):
        section.header.paragraphs[0].add_run(("\t" if section.header.paragraphs[0].text else "") + view.marking)


def _paragraphs(part: Any) -> Iterator[Any]:
    yield from part.paragraphs
    for table in part.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def _fill_paragraph(p: Any, values: dict[str, str]) -> None:
    """Rebuild ``p`` run by run: Word often splits "{title}" over several runs when edited."""
    text_runs = [r for r in p.runs if not r._r.xpath(".//w:drawing")]
    if not text_runs:
        return
    # Keep images (the logo) and each run's formatting where a placeholder sits in one run.
    for run in text_runs:
        if _PLACEHOLDER.search(run.text) and "{" not in _PLACEHOLDER.sub("", run.text):
            _fill_run(p, run, values)
        elif "{" in run.text or "}" in run.text:
            # A placeholder split over runs: join the rest of the paragraph's text into this run.
            joined = "".join(r.text for r in text_runs[text_runs.index(run) :])
            for later in text_runs[text_runs.index(run) + 1 :]:
                later._r.getparent().remove(later._r)
            run.text = joined
            _fill_run(p, run, values)
            return


def _fill_run(p: Any, run: Any, values: dict[str, str]) -> None:
    """Split ``run`` at its placeholders: text ones become text, page ones become fields."""
    import copy

    pieces = _PLACEHOLDER.split(run.text)  # text, name, text, name, ...
    anchor = run._r
    run.text = _text(pieces[0])
    for i in range(1, len(pieces), 2):
        name, tail = pieces[i], pieces[i + 1]
        if name in ("page", "pages"):
            for element in _field_runs("PAGE" if name == "page" else "NUMPAGES", "1", anchor):
                anchor.addnext(element)
                anchor = element
        else:
            tail = values[name] + tail
        if tail:
            new = copy.deepcopy(run._r)
            for t in new.xpath("./w:t"):
                new.remove(t)
            anchor.addnext(new)
            anchor = new
            from docx.text.run import Run

            Run(new, p).text = _text(tail)


def _fill_paragraph_text(p: Any, text: str, values: dict[str, str]) -> None:
    run = p.add_run(text)
    _fill_run(p, run, values)


def _field_runs(instruction: str, cached: str, like: Any) -> list[Any]:
    """begin / instrText / separate / cached result / end runs of a simple complex field."""
    import copy

    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    runs = []
    for kind, text in (
        ("begin", None),
        ("instr", f" {instruction} "),
        ("separate", None),
        ("text", cached),
        ("end", None),
    ):
        r = copy.deepcopy(like)
        for child in list(r):
            if not child.tag.endswith("}rPr"):
                r.remove(child)
        if kind == "instr":
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = text
        elif kind == "text":
            node = OxmlElement("w:t")
            node.text = text
        else:
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
        r.append(node)
        runs.append(r)
    return runs


def _field_begin(p: Any, instruction: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind in ("begin", "instr", "separate"):
        run = p.add_run()
        if kind == "instr":
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = f" {instruction} "
        else:
            node = OxmlElement("w:fldChar")
            node.set(qn("w:fldCharType"), kind)
        run._r.append(node)


def _field_end(p: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    node = OxmlElement("w:fldChar")
    node.set(qn("w:fldCharType"), "end")
    p.add_run()._r.append(node)


def _update_fields_on_open(document: Any) -> None:
    """Ask Word to refresh fields (the TOC page numbers) when the file is opened."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    settings = document.settings.element
    if settings.find(qn("w:updateFields")) is None:
        node = OxmlElement("w:updateFields")
        node.set(qn("w:val"), "true")
        settings.append(node)


# --- links and bookmarks ------------------------------------------------------------------


def _link_element(text: str, style_id: str | None) -> Any:
    """``w:hyperlink`` with one run; styled by ``style_id``, or blue and underlined without one."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    link = OxmlElement("w:hyperlink")
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    if style_id:
        node = OxmlElement("w:rStyle")
        node.set(qn("w:val"), style_id)
        props.append(node)
    else:
        for tag, value in (("w:color", "1F3A5F"), ("w:u", "single")):
            node = OxmlElement(tag)
            node.set(qn("w:val"), value)
            props.append(node)
    run.append(props)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    return link


def bookmark_name(anchor: str) -> str:
    """A Word bookmark name for an HTML anchor: a letter first, then letters, digits, "_"; 40 at most.

    ("source-3" -> "source_3"; Word drops bookmarks with hyphens, and "_" first means hidden.)
    """
    name = re.sub(r"[^A-Za-z0-9_]", "_", anchor)
    if not name[:1].isalpha():
        name = f"b{name}"
    if len(name) > 40:  # keep long section keys distinct: a short hash of the full anchor
        import hashlib

        name = f"{name[:31]}_{hashlib.sha1(anchor.encode()).hexdigest()[:8]}"
    return name


def _bookmark(paragraph: Any, anchor: str, ident: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(ident))
    start.set(qn("w:name"), bookmark_name(anchor))
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(ident))
    ppr = paragraph._p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(end)
