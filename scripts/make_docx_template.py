#!/usr/bin/env python3
"""Write ``templates/briefing.docx``, the Word template the DOCX renderer starts from.

The renderer keeps everything this file defines (styles, fonts, colours, page setup, header
and footer with their logo) and replaces only the body. Users edit the result in Word or
LibreOffice; this script is how the shipped default is made, so it stays reviewable:

    .venv/bin/python scripts/make_docx_template.py [OUT.docx]

Header and footer text may use the placeholders ``{title}``, ``{marking}``, ``{period}``,
``{generated}``, ``{page}`` and ``{pages}``; the renderer fills them (``{page}`` and
``{pages}`` become Word PAGE and NUMPAGES fields, so "Page 3 of 7" is always right).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

ACCENT = RGBColor(0x1F, 0x3A, 0x5F)
MUTED = RGBColor(0x5B, 0x67, 0x70)
MARKING = RGBColor(0xA4, 0x26, 0x2C)
BODY_FONT = "Cambria"  # Office font; LibreOffice uses metric-compatible Caladea or falls back.
HEAD_FONT = "Calibri"  # Office font; LibreOffice uses Carlito. Both cover Cyrillic and Turkish.


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "templates" / "briefing.docx"
    out.write_bytes(build())
    print(out)
    return 0


def build() -> bytes:
    document = docx.Document()
    _page_setup(document)
    _styles(document)
    _running(document)
    props = document.core_properties
    props.title = "Briefing template"
    props.author = "briefing"
    props.comments = "Styles, page setup, header and footer for briefing DOCX output. Edit freely."
    # A fixed date keeps the committed template byte-stable when regenerated.
    props.created = props.modified = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    props.revision = 1
    document.add_paragraph("This body is replaced by the briefing. Edit styles, header and footer.")
    # python-docx's default package carries a thumbnail of some other document: drop it.
    rels = document.part.package.rels
    for rel_id in [r for r, rel in rels.items() if rel.reltype.endswith("/metadata/thumbnail")]:
        del rels[rel_id]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page_setup(document: Any) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)  # A4
    section.top_margin, section.bottom_margin = Cm(2.4), Cm(2.2)
    section.left_margin, section.right_margin = Cm(2.0), Cm(1.8)
    section.header_distance, section.footer_distance = Cm(1.0), Cm(1.0)


def _font(style: Any, name: str, size: float, color: RGBColor | None = None, bold: bool | None = None) -> None:
    style.font.name = name
    rfonts = style.element.get_or_add_rPr().find(qn("w:rFonts"))
    # Theme font attributes win over explicit names: drop them so the names below apply.
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    rfonts.set(qn("w:cs"), name)
    style.font.size = Pt(size)
    if color is not None:
        style.font.color.rgb = color
    if bold is not None:
        style.font.bold = bold


def _spacing(style: Any, before: float, after: float, line: float | None = None) -> None:
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if line is not None:
        fmt.line_spacing = line


def _paragraph_style(document: Any, name: str, base: str) -> Any:
    styles = document.styles
    style = styles[name] if name in [s.name for s in styles] else styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    return style


def _styles(document: Any) -> None:
    styles = document.styles
    _font(styles["Normal"], BODY_FONT, 10.5)
    _spacing(styles["Normal"], 0, 4, 1.1)
    title = styles["Title"]
    _font(title, HEAD_FONT, 26, ACCENT, True)
    _spacing(title, 0, 2)
    _border(title, "bottom", ACCENT, 18)
    _font(styles["Subtitle"], HEAD_FONT, 14, MUTED, False)
    styles["Subtitle"].font.italic = False
    _spacing(styles["Subtitle"], 2, 10)
    for level, size in ((1, 14), (2, 12)):
        heading = styles[f"Heading {level}"]
        _font(heading, HEAD_FONT, size, ACCENT, True)
        _spacing(heading, 14 if level == 1 else 10, 5)
        heading.paragraph_format.keep_with_next = True
    _border(styles["Heading 1"], "bottom", ACCENT, 8)
    _font(styles["List Bullet"], BODY_FONT, 10.5)
    _spacing(styles["List Bullet"], 0, 5, 1.1)
    quote = styles["Quote"]
    _font(quote, BODY_FONT, 9, MUTED)
    quote.font.italic = True
    quote.paragraph_format.left_indent = Cm(1.0)
    _spacing(quote, 0, 6)
    marking = _paragraph_style(document, "Marking", "Normal")
    _font(marking, HEAD_FONT, 9, MARKING, True)
    marking.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _border(marking, "top", MARKING, 6)
    _border(marking, "bottom", MARKING, 6)
    meta = _paragraph_style(document, "Briefing Meta", "Normal")
    _font(meta, HEAD_FONT, 9, MUTED)
    _spacing(meta, 0, 1)
    source = _paragraph_style(document, "Source Entry", "Normal")
    _font(source, BODY_FONT, 9)
    source.paragraph_format.left_indent = Cm(0.8)
    source.paragraph_format.first_line_indent = Cm(-0.8)
    _spacing(source, 0, 4)
    toc = _paragraph_style(document, "TOC Entry", "Normal")
    _font(toc, HEAD_FONT, 10)
    toc.paragraph_format.tab_stops.add_tab_stop(Cm(17.2), WD_TAB_ALIGNMENT.RIGHT)
    link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    link.font.color.rgb = ACCENT
    link.font.underline = True
    cite = styles.add_style("Citation", WD_STYLE_TYPE.CHARACTER)
    cite.font.color.rgb = ACCENT
    cite.font.superscript = True
    cite.font.size = Pt(8)
    width = document.sections[0].page_width - document.sections[0].left_margin - document.sections[0].right_margin
    for name in ("Header", "Footer"):
        _font(styles[name], HEAD_FONT, 8, MUTED)
        # The default styles carry Letter-width tabs; one right tab at the A4 text edge instead.
        styles[name].paragraph_format.tab_stops.clear_all()
        styles[name].paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    # The glance table uses this table style; restyle it in Word to change every table.
    styles["Light List Accent 1"].font.name = HEAD_FONT


def _border(style: Any, side: str, color: RGBColor, size: int) -> None:
    ppr = style.element.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
    for old in borders.findall(qn(f"w:{side}")):
        borders.remove(old)
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), "single")
    edge.set(qn("w:sz"), str(size))
    edge.set(qn("w:space"), "4")
    edge.set(qn("w:color"), str(color))
    borders.append(edge)


def _running(document: Any) -> None:
    """Header: logo, title, marking. Footer: generation date and "Page X of Y" placeholders."""
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.style = document.styles["Header"]
    header.add_run().add_picture(io.BytesIO(_logo_png()), height=Cm(0.5))
    header.add_run("  {title}\t")
    marking = header.add_run("{marking}")
    marking.bold = True
    marking.font.color.rgb = MARKING
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    footer.add_run("Generated {generated}\tPage {page} of {pages}")


def _logo_png() -> bytes:
    """A small placeholder logo (replace it in Word: right-click the image, Change Picture)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (64, 64), (0x1F, 0x3A, 0x5F))
    draw = ImageDraw.Draw(image)
    draw.rectangle((14, 14, 50, 50), outline=(255, 255, 255), width=5)
    draw.rectangle((26, 26, 38, 38), fill=(0xA4, 0x26, 0x2C))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
