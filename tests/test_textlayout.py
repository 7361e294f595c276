import datetime as dt

import pytest
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


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("Lusaka, 12 March 2025", dt.date(2025, 3, 12)),
        ("June 22, 2025 - Nuuk, Greenland - Global Affairs Canada", dt.date(2025, 6, 22)),
        ("WORLD | 19 August 2025", dt.date(2025, 8, 19)),
        ("Press release 24.9.2025 13.30", dt.date(2025, 9, 24)),
        ("Published on 10/03/2025 18h40", dt.date(2025, 3, 10)),
        ("Posted 03/25/2025", dt.date(2025, 3, 25)),
        ("2025/02/19 15:42", dt.date(2025, 2, 19)),
        ("Sarajevo, 3 June 2025 (unofficial transcript)", dt.date(2025, 6, 3)),
        ("Wednesday, April 8, 2025", dt.date(2025, 4, 8)),
    ],
)
def test_a_header_line_with_place_or_label_gives_the_date(header: str, date: dt.date) -> None:
    lay = layout(f"Ministers meet in the valley\n\nBy Ana Kovac\n\n{header}\n\nThe ministers signed two agreements.")
    assert lay.date == date
    assert header not in lay.headings
    assert lay.headings == ("By Ana Kovac",)


def test_a_heading_with_a_day_but_no_year_or_after_the_prose_gives_no_date() -> None:
    lay = layout("Ministers meet\n\nTalks of 12 March\n\nThe ministers met.\n\nLusaka, 12 March 2025\n\nThey signed.")
    assert lay.date is None
    assert lay.headings == ("Talks of 12 March", "Lusaka, 12 March 2025")


def test_a_long_line_with_a_date_is_a_heading_not_a_header() -> None:
    line = "Agreement of 12 March 2025 between the two governments on the shared river basin"
    lay = layout(f"Ministers meet\n\n{line}\n\nThe ministers met.")
    assert lay.date is None and lay.headings == (line,)


@pytest.mark.parametrize(
    "title",
    [
        "After the summit, the bloc has a bank on paper. Will it lend?",
        "Can the two capitals share the river?",
        'Interview: "Our door stays open to every neighbour"',
        "S. Korea, U.S. agree to scaled-back drills; North warns of “countermeasures”",
    ],
)
def test_a_headline_may_ask_or_quote(title: str) -> None:
    lay = layout(f"{title}\n\n12 March 2025\n\nThe ministers signed two agreements.")
    assert lay.title == title
    assert lay.date == dt.date(2025, 3, 12)
    assert lay.paragraphs == ("The ministers signed two agreements.",)


def test_prose_that_opens_an_untitled_article_is_not_a_headline() -> None:
    first = 'The minister said on Friday that the two governments would sign, adding: "We are ready."'
    lay = layout(f"{first}\n\nThey talked for hours.")
    assert lay.title is None and lay.paragraphs[0] == first


def test_the_line_after_a_labelled_date_is_not_joined_to_it() -> None:
    lay = layout("date 2025-10-24\n\nnews desk report\n\nThe ministers met.")
    assert lay.date == dt.date(2025, 10, 24)
