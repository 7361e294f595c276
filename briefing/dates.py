"""Find and parse the dates news copy prints: "November 29, 2025", "29 Nov 2025",
"2025-11-29", "30.09.14", "date 2022-10-24 10:00", and year-less "March 13" (whose year is
the latest one that does not put the date after ``today``). Pure; ``today`` is injected.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
_PATTERNS = [
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(_WEEKDAY + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})", re.I),
    re.compile(_WEEKDAY + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MON + r",?\s+(?P<y>\d{4})", re.I),
    re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?![\d.])"),
    re.compile(_MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b", re.I),
    re.compile(r"\b(?P<d>\d{1,2})\s+" + _MON + r"\b", re.I),
]
_DATE_LINE = re.compile(r"^(?:date|published|posted|updated)?[:\s]*", re.I)
_TIME = re.compile(
    r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:\(?(?:[A-Z]{2,4}(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|[+-]\d{2}:?\d{2})\)?)?)\s*$",
    re.I,
)


def find_date(text: str, today: dt.date) -> dt.date | None:
    """The first date written in ``text``, or None."""
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if m and (found := _build(m, today)):
            return found
    return None


#: Numeric dates with slashes: "2026/02/19" (year first) and "10/03/2026" (day first, as most of the world writes
#: it; a first number over 12 or a second one over 12 settles the order either way).
_SLASH_YMD = re.compile(r"(?<![\d/])(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?![\d/])")
_SLASH_DMY = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?![\d/])")
#: How many words a header line may hold besides its date ("Lusaka, 23 April 2026", "June 22, 2026 - Nuuk,
#: Greenland - Global Affairs Canada", "Sarajevo, 3 June 2026 (unofficial transcript)").
_HEADER_WORDS = 10


def header_date(line: str, today: dt.date) -> dt.date | None:
    """The date of a header line that names a place, a label or a section beside a full date with its year
    ("Lusaka, 23 April 2026", "BUSINESS | 19 August 2026", "Press release 24.9.2026 13.30", "Published on
    10/03/2026 18h40", "2026/02/19 15:42"), else None.

    Contract: only for lines the layout already holds for headings (short, no final punctuation) before the
    first paragraph; a date without a year ("Lusaka, 23 April") is not taken, since a heading may name a day
    the story is about; a line of more than ten words is a headline or a caption, not a header.
    """
    if len(line.split()) > _HEADER_WORDS:
        return None
    for pattern in _PATTERNS[:4]:
        m = pattern.search(line)
        if m and (found := _build(m, today)):
            return found
    if m := _SLASH_YMD.search(line):
        return _build(m, today)
    if m := _SLASH_DMY.search(line):
        a, b = int(m.group("a")), int(m.group("b"))
        day, month = (b, a) if b > 12 >= a else (a, b)
        try:
            return dt.date(int(m.group("y")), month, day)
        except ValueError:
            return None
    return None


def parse_date_line(line: str, today: dt.date) -> dt.date | None:
    """The date when ``line`` is nothing but a date (optionally labelled and timed), else None."""
    body = _TIME.sub("", _DATE_LINE.sub("", line.strip(), count=1)).strip(" ,|-")
    if not body or len(body) > 40:
        return None
    for pattern in _PATTERNS[:4]:
        m = pattern.fullmatch(body)
        if m and (found := _build(m, today)):
            return found
    return None


def _build(m: re.Match[str], today: dt.date) -> dt.date | None:
    parts = m.groupdict()
    month = _MONTHS[parts["mon"].lower().rstrip(".")] if parts.get("mon") else int(parts["m"])
    day = int(parts["d"])
    year_text = parts.get("y")
    try:
        if year_text is None:
            candidate = dt.date(today.year, month, day)
            return candidate if candidate <= today else dt.date(today.year - 1, month, day)
        year = int(year_text)
        if year < 100:
            year += 2000 if year <= today.year % 100 else 1900
        return dt.date(year, month, day)
    except ValueError:
        return None
