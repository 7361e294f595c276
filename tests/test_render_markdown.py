"""Markdown: the same view as text; article text never turns into Markdown syntax."""

from __future__ import annotations

import re

from briefing.render.markdown import escape

from .render_support import item, make_article, make_briefing, rendered


def unescape(text: str) -> str:
    """What a CommonMark reader shows for backslash-escaped text."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


def test_escape_keeps_text_literal() -> None:
    for text in ("R&D <draft>", "# not a heading", "*stars* and _under_ [link](x)", "a | b", "&amp; stays"):
        assert unescape(escape(text)) == text
    assert escape("R&D <draft>") == "R&D \\<draft\\>"
    assert escape("line\n# two") == "line \\# two"


def test_markdown_lists_items_with_actor_citations_quotes_and_sources() -> None:
    a = make_article("a", "Alpha announced R&D <draft> cooperation.")
    briefing = make_briefing(
        (a,),
        {"decisions": (item("Announced R&D <draft> cooperation.", "Alpha", a),), "security": ()},
        summary=(item("Announced R&D <draft> cooperation.", "Alpha", a),),
    )
    text = rendered(briefing, "md", marking="INTERNAL").decode()
    assert text.startswith("**INTERNAL**\n\n# Test Briefing\n")
    assert "- **Alpha**: Announced R&D \\<draft\\> cooperation. [\\[1\\]](#source-1)" in text
    assert "  > Alpha announced R&D \\<draft\\> cooperation." in text
    assert "## Security\n\nNo items in this period." in text
    assert '1. <a id="source-1"></a>Headline of a. Test Wire, 25 November 2025. <https://example.org/a>' in text
    assert "- Key decisions: 1" in text
    assert "> Alpha" not in rendered(briefing, "md", show_quotes=False).decode()


def test_capped_sections_say_how_many_more() -> None:
    a = make_article("a", "Text.")
    briefing = make_briefing((a,), {"decisions": tuple(item(f"Item {n}.", None, a) for n in range(4))})
    text = rendered(briefing, "md", max_items=3).decode()
    assert "Item 2." in text and "Item 3." not in text
    assert "*1 more item in the JSON briefing.*" in text


def test_markdown_says_what_html_and_docx_say_for_empty_lists_and_uncited_articles() -> None:
    a = make_article("a", "Alpha signed a treaty.")
    b = make_article("b", "Beta met Gamma.")
    briefing = make_briefing((a, b), {"decisions": (item("Signed a treaty.", "Alpha", a),), "security": ()})
    text = rendered(briefing, "md").decode()
    assert "## Executive summary\n\nNo items in this period.\n" in text
    uncited = "1 further article read but not cited above; the JSON briefing lists every article."
    assert f"*{uncited}*" in text
    assert uncited in rendered(briefing, "html").decode()
