"""DOCX read back with python-docx: Word structure, fields, links, properties, template styles."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from briefing.errors import RenderError

from .render_support import (
    copy_templates,
    docx_document,
    docx_text,
    item,
    make_article,
    make_briefing,
    rendered,
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


@pytest.fixture(scope="module")
def briefing():
    a = make_article(
        "a", "Alpha's ministry announced R&D <draft> cooperation.\x0b", url="https://example.org/a?x=1&y=2"
    )
    b = make_article("b", "Oʻzbekiston and Türkiye signed a treaty.", url=None)
    return make_briefing(
        (a, b),
        {
            "decisions": (item("Signed a treaty.", "Oʻzbekiston", b),),
            "proposals": (item("Announced R&D <draft> cooperation.", "Alpha", a, b),),
            "security": (),
            "water": (item("Will share river data.", None, b),),
        },
        summary=(item("Signed a treaty.", "Oʻzbekiston", b),),
    )


@pytest.fixture(scope="module")
def data(briefing) -> bytes:
    return rendered(briefing, "docx", marking="UNCLASSIFIED - FOR INTERNAL USE")


def styles_of(document) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in document.paragraphs]


def test_title_headings_and_real_bullets(data: bytes) -> None:
    document = docx_document(data)
    pairs = styles_of(document)
    assert ("Title", "Test Briefing") in pairs
    assert ("Subtitle", "23-29 November 2025") in pairs
    assert ("Marking", "UNCLASSIFIED - FOR INTERNAL USE") in pairs
    headings = [text for style, text in pairs if style == "Heading 1"]
    assert headings == [
        "At a glance",
        "Executive summary",
        "Key decisions",
        "Proposals",
        "Security",
        "Water",
        "Sources",
    ]
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets and bullets[0].text.startswith("Oʻzbekiston: Signed a treaty.")
    assert bullets[0].runs[0].bold is True and bullets[0].runs[0].text == "Oʻzbekiston"
    # A real Word list: the style is bound to a numbering definition, not a typed bullet character.
    assert document.styles["List Bullet"].element.find(f"{W}pPr/{W}numPr") is not None


def test_at_a_glance_table(data: bytes) -> None:
    table = docx_document(data).tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows == [
        ["Section", "Items"],
        ["Key decisions", "1"],
        ["Proposals", "1"],
        ["Security", "0"],
        ["Water", "1"],
        ["Total", "3"],
    ]


def test_header_and_footer_carry_marking_and_page_fields(data: bytes) -> None:
    section = docx_document(data).sections[0]
    header_text = "".join(p.text for p in section.header.paragraphs)
    assert "Test Briefing" in header_text and "UNCLASSIFIED - FOR INTERNAL USE" in header_text
    assert "{" not in header_text
    footer = section.footer._element
    instructions = [t.text.strip() for t in footer.iter(f"{W}instrText")]
    assert instructions == ["PAGE", "NUMPAGES"]
    footer_text = "".join(t.text or "" for t in footer.iter(f"{W}t"))
    assert footer_text.startswith("Generated 29 November 2025, 18:30 UTC")
    assert "Page 1 of 1" in footer_text  # cached values; Word and LibreOffice recompute them


def test_citations_link_to_bookmarked_sources_and_sources_link_out(data: bytes) -> None:
    document = docx_document(data)
    body = document.element.body
    anchors = [h.get(f"{W}anchor") for h in body.iter(f"{W}hyperlink") if h.get(f"{W}anchor")]
    bookmarks = {b.get(f"{W}name") for b in body.iter(f"{W}bookmarkStart")}
    cited = ["source_2", "source_2", "source_1", "source_2", "source_2"]
    assert [a for a in anchors if a.startswith("source")] == cited
    assert {"source_1", "source_2", "section_decisions", "section_water"} <= bookmarks
    assert set(anchors) <= bookmarks
    ids = [b.get(f"{W}id") for b in body.iter(f"{W}bookmarkStart")]
    assert len(ids) == len(set(ids))
    external = {r.target_ref for r in document.part.rels.values() if r.reltype == HYPERLINK}
    assert external == {"https://example.org/a?x=1&y=2", "file:///seeds/b.txt"}
    assert "Headline of a" in docx_text(data)


def test_bookmark_names_are_valid_for_word() -> None:
    from briefing.render.docx import bookmark_name

    assert bookmark_name("source-12") == "source_12"
    assert bookmark_name("section-énergie") == "section__nergie"
    assert bookmark_name("1x") == "b1x"
    long_a, long_b = bookmark_name("section-" + "a" * 50), bookmark_name("section-" + "a" * 49 + "b")
    assert len(long_a) <= 40 and long_a != long_b


def test_core_properties(data: bytes) -> None:
    props = docx_document(data).core_properties
    assert (props.title, props.author, props.subject) == (
        "Test Briefing",
        "briefing",
        "Period covered: 23-29 November 2025",
    )
    assert props.keywords == "Key decisions, Proposals, Security, Water"
    assert props.created == dt.datetime(2025, 11, 29, 18, 30, tzinfo=dt.UTC)


def test_markup_and_control_characters_survive_as_text(data: bytes) -> None:
    text = docx_text(data)
    assert "Alpha: Announced R&D <draft> cooperation." in text
    assert "Alpha's ministry announced R&D <draft> cooperation." in text  # the quote, \x0b dropped


def test_long_briefing_gets_a_toc_field(briefing) -> None:
    a = briefing.articles[0]
    long = make_briefing((a,), {k: tuple(item(f"{k} {n}.", None, a) for n in range(15)) for k in ("decisions", "x")})
    document = docx_document(rendered(long, "docx"))
    instructions = [t.text for t in document.element.body.iter(f"{W}instrText")]
    assert instructions == [' TOC \\o "1-1" \\h \\z \\u ']
    assert document.settings.element.find(f"{W}updateFields") is not None
    short = docx_document(rendered(briefing, "docx"))
    assert not list(short.element.body.iter(f"{W}instrText"))


def test_a_style_changed_in_the_word_template_shows_in_the_next_docx(tmp_path: Path, briefing) -> None:
    import docx
    from docx.shared import Pt, RGBColor

    templates = copy_templates(tmp_path / "t")
    template = docx.Document(str(templates / "briefing.docx"))
    template.styles["Heading 1"].font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    template.styles["Heading 1"].font.size = Pt(19)
    template.sections[0].footer.paragraphs[0].text = "Custom footer {page}/{pages}"
    template.save(str(templates / "briefing.docx"))
    document = docx_document(rendered(briefing, "docx", templates))
    heading = document.styles["Heading 1"]
    assert (heading.font.color.rgb, heading.font.size) == (RGBColor(0xC0, 0x00, 0x00), Pt(19))
    footer = document.sections[0].footer._element
    assert "".join(t.text or "" for t in footer.iter(f"{W}t")) == "Custom footer 1/1"
    assert [t.text.strip() for t in footer.iter(f"{W}instrText")] == ["PAGE", "NUMPAGES"]


def test_an_empty_summary_or_section_says_so() -> None:
    a = make_article("a", "Alpha signed a treaty.")
    briefing = make_briefing((a,), {"decisions": (item("Signed a treaty.", "Alpha", a),), "security": ()})
    paragraphs = [p.text for p in docx_document(rendered(briefing, "docx")).paragraphs]
    after = {paragraphs[i - 1]: text for i, text in enumerate(paragraphs) if text == "No items in this period."}
    assert after == {"Executive summary": "No items in this period.", "Security": "No items in this period."}


@pytest.mark.parametrize("removed", [("Light List Accent 1",), ("Light List Accent 1", "Table Grid")])
def test_a_template_without_the_table_styles_still_gets_the_glance_table(
    tmp_path: Path, briefing, removed: tuple[str, ...]
) -> None:
    import docx

    templates = copy_templates(tmp_path / "t")
    template = docx.Document(str(templates / "briefing.docx"))
    for name in removed:
        template.styles[name].delete()
    template.save(str(templates / "briefing.docx"))
    table = docx_document(rendered(briefing, "docx", templates)).tables[0]
    assert [c.text for c in table.rows[-1].cells] == ["Total", "3"]
    assert table.style.name == ("Table Grid" if len(removed) == 1 else "Normal Table")


def test_without_a_template_python_docx_defaults_still_have_running_lines(tmp_path: Path, briefing) -> None:
    document = docx_document(rendered(briefing, "docx", tmp_path, marking="SECRET"))
    assert "SECRET" in document.sections[0].header.paragraphs[0].text
    assert [t.text.strip() for t in document.sections[0].footer._element.iter(f"{W}instrText")] == ["PAGE", "NUMPAGES"]


def test_broken_word_template_names_the_file(tmp_path: Path, briefing) -> None:
    (tmp_path / "briefing.docx").write_bytes(b"not a zip file")
    with pytest.raises(RenderError, match=r"briefing\.docx: not a usable Word template .*templates init"):
        rendered(briefing, "docx", tmp_path)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed here")
def test_libreoffice_opens_the_docx(tmp_path: Path, data: bytes) -> None:
    source = tmp_path / "b.docx"
    source.write_bytes(data)
    profile = (tmp_path / "profile").as_uri()
    command = ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "txt:Text"]
    result = subprocess.run(
        [*command, "--outdir", str(tmp_path), str(source)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    text = (tmp_path / "b.txt").read_text(encoding="utf-8-sig")
    assert result.returncode == 0, result.stderr
    assert "Announced R&D <draft> cooperation." in text
    assert "Oʻzbekiston: Signed a treaty." in text


def test_placeholders_split_over_runs_by_word_are_still_filled(tmp_path: Path, briefing) -> None:
    import docx

    templates = copy_templates(tmp_path / "t")
    template = docx.Document(str(templates / "briefing.docx"))
    footer = template.sections[0].footer.paragraphs[0]
    for run in list(footer.runs):
        run._r.getparent().remove(run._r)
    for text in ("{gener", "ated} - Page {pa", "ge} of {pages}"):
        footer.add_run(text)
    template.save(str(templates / "briefing.docx"))
    footer = docx_document(rendered(briefing, "docx", templates)).sections[0].footer._element
    assert "".join(t.text or "" for t in footer.iter(f"{W}t")) == "29 November 2025, 18:30 UTC - Page 1 of 1"
    assert [t.text.strip() for t in footer.iter(f"{W}instrText")] == ["PAGE", "NUMPAGES"]


def test_page_size_letter_applies_to_the_docx_too(briefing) -> None:
    a4 = docx_document(rendered(briefing, "docx")).sections[0]
    assert (round(a4.page_width.mm), round(a4.page_height.mm)) == (210, 297)
    letter = docx_document(rendered(briefing, "docx", page_size="Letter")).sections[0]
    assert (round(letter.page_width.inches, 2), round(letter.page_height.inches, 2)) == (8.5, 11.0)
