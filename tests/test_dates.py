import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefing.dates import find_date, parse_date_line

TODAY = dt.date(2025, 12, 1)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November 29, 2025", dt.date(2025, 11, 29)),
        ("29 November 2025", dt.date(2025, 11, 29)),
        ("Saturday, November 29, 2025", dt.date(2025, 11, 29)),
        ("2025-11-29", dt.date(2025, 11, 29)),
        ("date 2022-10-24 10:00", dt.date(2022, 10, 24)),
        ("30.09.14", dt.date(2014, 9, 30)),
        ("Nov. 3, 2024", dt.date(2024, 11, 3)),
        ("Published: 13 June 2018 14:20", dt.date(2018, 6, 13)),
    ],
)
def test_date_lines(line: str, expected: dt.date) -> None:
    assert parse_date_line(line, TODAY) == expected


@pytest.mark.parametrize(
    "line",
    ["President Tokayev", "The leaders met on November 29, 2025 in Tashkent.", "", "2025", "May the best win"],
)
def test_lines_that_are_not_only_a_date(line: str) -> None:
    assert parse_date_line(line, TODAY) is None


def test_yearless_date_takes_the_latest_year_not_in_the_future() -> None:
    assert find_date("BISHKEK. March 13", TODAY) == dt.date(2025, 3, 13)
    assert find_date("BISHKEK, December 13", TODAY) == dt.date(2024, 12, 13)


def test_impossible_dates_are_not_dates() -> None:
    assert parse_date_line("February 30, 2025", TODAY) is None
    assert find_date("on 2025-13-45 nothing happened", TODAY) is None


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_written_form_parses_back(day: dt.date) -> None:
    for text in (
        day.isoformat(),
        f"{day:%B} {day.day}, {day.year}",
        f"{day.day} {day:%B %Y}",
        f"{day:%b} {day.day}, {day.year}",
    ):
        assert parse_date_line(text, TODAY) == day, text


@given(st.text(max_size=80))
def test_parsing_arbitrary_text_never_raises(text: str) -> None:
    parse_date_line(text, TODAY)
    find_date(text, TODAY)
