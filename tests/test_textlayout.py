import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from briefing.textlayout import is_heading, parse_layout, strip_dateline

TODAY = dt.date(2025, 12, 1)


def layout(text: str):
    return parse_layout(text.splitlines(), TODAY)


def test_date_title_byline_heading_and_paragraphs() -> None:
    lay = layout(
        "November 29, 2025\n\nLeaders Meet in the Valley\n\nPresident Ana Kovac\n\n"
        "Tashkent, The Valley Observer: The leaders met on Friday. They talked.\n"
        "“We agree,” she said.\n\nTrade and Energy\n\nThe ministers signed two agreements."
    )
    assert lay.date == dt.date(2025, 11, 29)
    assert lay.title == "Leaders Meet in the Valley"
    assert lay.outlet == "The Valley Observer"
    assert lay.headings == ("President Ana Kovac", "Trade and Energy")
    assert lay.paragraphs == (
        "The leaders met on Friday. They talked.",
        "“We agree,” she said.",
        "The ministers signed two agreements.",
    )


def test_article_without_title_starts_with_prose() -> None:
    lay = layout("The presidents met in Astana on Friday and signed three documents.\n\nThey also talked.")
    assert lay.title is None
    assert len(lay.paragraphs) == 2


def test_hard_wrapped_lines_are_joined() -> None:
    lay = layout("A Title\n\nThe presidents met in Astana on Friday\nand signed three documents.")
    assert lay.paragraphs == ("The presidents met in Astana on Friday and signed three documents.",)


def test_source_and_url_lines_are_metadata() -> None:
    lay = layout("Title Here\nSource: Caravan Review\nURL: https://example.org/a\n\nThe sides agreed on a plan.")
    assert lay.outlet == "Caravan Review"
    assert lay.url == "https://example.org/a"


def test_datelines_of_several_agencies() -> None:
    cases = {
        "BISHKEK. March 13 (Interfax) - Kyrgyz officials met.": ("Interfax", dt.date(2025, 3, 13)),
        "CHOLPON-ATA /Kyrgyzstan/, July 21. /TASS/. The leader spoke.": ("TASS", dt.date(2025, 7, 21)),
        "ASTANA – The leaders met.": (None, None),
        "BISHKEK: The leaders met.": (None, None),
    }
    for text, (outlet, date) in cases.items():
        rest, found_outlet, found_date = strip_dateline(text, TODAY)
        assert rest[0].isupper() and len(rest) < len(text), text
        assert (found_outlet, found_date) == (outlet, date), text


def test_a_reporting_colon_is_not_a_dateline() -> None:
    text = "Tokayev said: the region is changing."
    assert strip_dateline(text, TODAY) == (text, None, None)
    text = "The President stressed: Cooperation matters."
    assert strip_dateline(text, TODAY)[0] == text


def test_headings_are_short_and_unpunctuated() -> None:
    assert is_heading("Strengthening Regional Stability and Security")
    assert not is_heading("The leaders met.")
    assert not is_heading("a long line " * 10)


@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60), max_size=12))
def test_paragraphs_are_built_only_from_input_words(lines: list[str]) -> None:
    lay = parse_layout(lines, TODAY)
    source_words = set(" ".join(lines).split())
    for paragraph in lay.paragraphs:
        assert paragraph.strip() == paragraph and paragraph
        assert set(paragraph.split()) <= source_words
