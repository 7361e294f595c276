"""PDF read back with pypdf: text, pages, outline, metadata, fonts, archival variant, CSS edits."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from .render_support import (
    copy_templates,
    item,
    make_article,
    make_briefing,
    need_pdf,
    pdf_reader,
    pdf_text,
    rendered,
    squash,
)

NAMES = ("Қасым-Жомарт Тоқаев", "Oʻzbekiston", "Türkiye", "Beşiktaş", "Doğubayazıt", "Ұлттық Ғылым")


@pytest.fixture(scope="module")
def briefing():
    need_pdf()
    a = make_article("a", "Қасым-Жомарт Тоқаев met officials from Oʻzbekiston and Türkiye.")
    b = make_article("b", "Talks in Beşiktaş and Doğubayazıt covered R&D <draft> work at Ұлттық Ғылым.")
    return make_briefing(
        (a, b),
        {
            "decisions": (item("Met officials from Oʻzbekiston and Türkiye.", "Қасым-Жомарт Тоқаев", a),),
            "proposals": (item("Covered R&D <draft> work at Ұлттық Ғылым.", None, b),),
            "security": (item("Talks in Beşiktaş and Doğubayazıt.", "Türkiye", b, a),),
            "energy": (),
        },
        summary=(item("Met officials from Oʻzbekiston and Türkiye.", "Қасым-Жомарт Тоқаев", a),),
    )


@pytest.fixture(scope="module")
def pdf(briefing) -> bytes:
    return rendered(briefing, "pdf", marking="UNCLASSIFIED - FOR INTERNAL USE")


def test_is_a_pdf_with_running_page_numbers(pdf: bytes) -> None:
    assert pdf.startswith(b"%PDF-")
    reader = pdf_reader(pdf)
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        assert f"Page {number} of {pages}" in text
        assert "Generated 29 November 2025, 18:30 UTC" in text
        assert "UNCLASSIFIED - FOR INTERNAL USE" in text


def need_fonts_for(letters: str) -> None:
    """Skip when fontconfig knows no font with all ``letters`` (the PDF would show empty boxes)."""
    import shutil
    import subprocess

    if shutil.which("fc-list") is None:
        return  # cannot tell: let the test decide
    charset = " ".join(f"{ord(c):04x}" for c in sorted(set(letters)))
    found = subprocess.run(["fc-list", f":charset={charset}", "family"], capture_output=True, text=True).stdout
    if not found.strip():
        pytest.skip(f"no installed font covers {letters!r} (apt-get install fonts-dejavu-core)")


def test_names_in_cyrillic_kazakh_uzbek_and_turkish_letters_survive(pdf: bytes) -> None:
    need_fonts_for("".join(NAMES))
    text = pdf_text(pdf)
    for name in NAMES:
        assert name in text
    assert "R&D <draft>" in text
    assert "ş" in text and "ğ" in text and "ʻ" in text


def test_embedded_fonts_have_real_glyphs_for_those_letters(pdf: bytes) -> None:
    """Text extraction alone would pass with empty boxes: the embedded subsets must map each letter."""
    import io

    from fontTools.ttLib import TTFont

    need_fonts_for("".join(NAMES))
    mapped: set[str] = set()
    for page in pdf_reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            described = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            data = described["/FontDescriptor"].get_object()["/FontFile2"].get_object().get_data()
            mapped |= {chr(code) for code in (TTFont(io.BytesIO(data)).getBestCmap() or {})}
    letters = {c for c in "".join(NAMES) if c.isalpha() or c == "ʻ"}
    assert letters - mapped == set()


def test_outline_follows_the_headings(pdf: bytes) -> None:
    titles = [entry.title for entry in pdf_reader(pdf).outline]
    assert titles == [
        "Test Briefing",
        "At a glance",
        "Executive summary",
        "Key decisions",
        "Proposals",
        "Security",
        "Energy",
        "Sources",
    ]


def test_metadata_comes_from_the_view_and_the_run_clock(pdf: bytes) -> None:
    meta = pdf_reader(pdf).metadata
    assert meta["/Title"] == "Test Briefing"
    assert meta["/Author"] == "briefing"
    assert meta["/Subject"] == "Period covered: 23-29 November 2025"
    assert meta["/Keywords"] == "Key decisions, Proposals, Security, Energy"
    assert meta["/CreationDate"].startswith("D:20251129183000")


def test_fonts_are_embedded(pdf: bytes) -> None:
    fonts = []
    for page in pdf_reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            fonts.append(described["/FontDescriptor"].get_object())
    assert fonts
    assert all(any(k in f for k in ("/FontFile", "/FontFile2", "/FontFile3")) for f in fonts)


def test_citation_marks_link_inside_the_document(pdf: bytes) -> None:
    links = [
        annot.get_object()
        for page in pdf_reader(pdf).pages
        for annot in page.get("/Annots", [])
        if annot.get_object().get("/Subtype") == "/Link"
    ]
    internal = [a for a in links if "/Dest" in a or a.get("/A", {}).get("/S") == "/GoTo"]
    external = [a["/A"]["/URI"] for a in links if a.get("/A", {}).get("/S") == "/URI"]
    assert len(internal) >= 4  # [1], [2], [1]... on the items
    assert "https://example.org/a" in external


def test_page_size_a4_by_default_letter_by_config(briefing, pdf: bytes) -> None:
    a4 = pdf_reader(pdf).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    letter = pdf_reader(rendered(briefing, "pdf", page_size="Letter")).pages[0].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_long_briefing_has_a_table_of_contents_with_page_numbers(briefing) -> None:
    a = briefing.articles[0]
    sections = {
        k: tuple(item(f"Item {k} {n} about the border.", "Actor", a) for n in range(15))
        for k in ("decisions", "proposals")
    }
    reader = pdf_reader(rendered(make_briefing((a,), sections), "pdf"))
    toc_page = reader.pages[0].extract_text()
    assert "Contents" in toc_page
    numbers = dict(re.findall(r"(Executive summary|Proposals|Sources)[ .]*(\d+)", toc_page))
    assert set(numbers) == {"Executive summary", "Proposals", "Sources"}
    sources_page = int(numbers["Sources"])
    assert sources_page == len(reader.pages)
    assert "Sources" in reader.pages[sources_page - 1].extract_text()
    assert int(numbers["Executive summary"]) <= int(numbers["Proposals"]) <= sources_page


def test_archival_pdf_is_tagged_pdf_a_with_the_json_attached(briefing) -> None:
    reader = pdf_reader(rendered(briefing, "pdf", pdf_variant="pdf/a-3a", attach_json=True))
    attached = json.loads(reader.attachments["briefing.json"][0])
    assert attached["schema"] == "briefing/1" and attached["title"] == "Test Briefing"
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog and catalog["/MarkInfo"]["/Marked"]
    assert catalog["/Lang"] == "en" and catalog["/OutputIntents"][0]["/S"] == "/GTS_PDFA1"
    spec = catalog["/Names"]["/EmbeddedFiles"]["/Names"][1].get_object()
    assert (spec["/UF"], spec["/AFRelationship"]) == ("briefing.json", "/Data")
    assert catalog["/AF"][0].get_object()["/UF"] == "briefing.json"
    xmp = catalog["/Metadata"].get_object().get_data().decode()
    assert re.search(r"pdfaid:part.{0,3}3", xmp) and re.search(r"pdfaid:conformance.{0,3}A", xmp)


def test_pdf_ua_variant_is_tagged(briefing) -> None:
    catalog = pdf_reader(rendered(briefing, "pdf", pdf_variant="pdf/ua-1")).trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert "pdfuaid" in catalog["/Metadata"].get_object().get_data().decode()


def test_a_css_colour_edited_in_a_copied_template_shows_in_the_next_pdf(tmp_path: Path, briefing) -> None:
    templates = copy_templates(tmp_path / "t")
    css = templates / "briefing.css"
    css.write_text(css.read_text(encoding="utf-8").replace("--accent: #1f3a5f;", "--accent: #00ff00;"), "utf-8")
    green = re.compile(rb"(?<![\d.])0 1 0 (rg|RG)\b")

    def streams(data: bytes) -> bytes:
        return b"".join(page.get_contents().get_data() for page in pdf_reader(data).pages)

    assert green.search(streams(rendered(briefing, "pdf", templates)))
    assert not green.search(streams(rendered(briefing, "pdf")))


def test_every_item_appears_in_the_pdf_text(briefing, pdf: bytes) -> None:
    text = squash(pdf_text(pdf))
    for section in briefing.sections:
        for it in section.items:
            assert squash(it.text) in text
            assert squash(it.sources[0].quote) in text


def test_archival_config_selects_tagged_pdf_a_with_the_json() -> None:
    from briefing.config import load_config
    from briefing.errors import ConfigError
    from briefing.render import view_options

    options = view_options(load_config(None, {"archival": True}))
    assert (options.pdf_variant, options.attach_json) == ("pdf/a-3a", True)
    options = view_options(load_config(None, {"archival": True, "pdf_variant": "pdf/ua-1"}))
    assert (options.pdf_variant, options.attach_json) == ("pdf/ua-1", True)
    assert view_options(load_config(None, {})).pdf_variant == ""
    with pytest.raises(ConfigError, match=r"'pdf_variant' must be one of pdf/a-1b, .*, got 'pdf/z'"):
        load_config(None, {"pdf_variant": "pdf/z"})
