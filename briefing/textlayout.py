"""Recognise the layout of a news article given as lines of text.

News copy has a conventional shape: an optional date line, a headline, bylines and
section headings (short lines without final punctuation), then body paragraphs, the
first of which may open with a dateline ("BISHKEK. March 13 (Interfax) - ",
"Tashkent, The Gulf Observer: "). ``parse_layout`` separates these; it is pure.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .dates import find_date, header_date, parse_date_line


@dataclass(frozen=True, slots=True)
class Layout:
    """The parts of an article found by :func:`parse_layout`."""

    title: str | None
    date: dt.date | None
    outlet: str | None
    url: str | None
    headings: tuple[str, ...]
    paragraphs: tuple[str, ...]


_TERMINAL = tuple('.!?;:…"”’»)')
_URL = re.compile(r"^(?:url|source|link)?\s*:?\s*(https?://\S+)\s*$", re.I)
_META = re.compile(r"^(source|outlet|publisher|url)\s*:\s*(.+)$", re.I)
_MAX_HEADING_WORDS = 16
_MAX_TITLE_WORDS = 40


_CREDIT = re.compile(r"\s*\([^()]{1,40}\)\s*$")
# A bare dateline or agency label on a line of its own: "Trend:", "BISHKEK –", "ASTANA, Kazinform -".
_LABEL_LINE = re.compile(r"^[A-ZÀ-Ý][\w’'./, -]{0,40}?\s*(?::|[–—]|-{1,2})$")


def is_heading(line: str) -> bool:
    """A short line without final punctuation is a heading, byline or caption, not prose.

    A caption may end with a credit in brackets ("Leaders at the summit (Kabar)"). A line ending
    in "; and" or "; or" is a list item running on to the next one, not a heading.
    """
    words = line.split()
    bare = _CREDIT.sub("", line).rstrip()
    listed = _LIST_JOINT.search(bare) is not None
    return 0 < len(words) <= _MAX_HEADING_WORDS and bool(bare) and not bare.endswith(_TERMINAL) and not listed


_LIST_JOINT = re.compile(r";\s*(?:and|or)$")


def is_label_line(line: str) -> bool:
    """'Trend:' or 'BISHKEK –' alone on a line: a dateline whose sentence starts on the next line."""
    words = re.findall(r"[^\s,.:/–—-]+", line)
    capitalised = all(w[0].isupper() or w[0].isdigit() for w in words)
    return 0 < len(words) <= 4 and capitalised and bool(_LABEL_LINE.match(line.strip()))


def parse_layout(
    lines: list[str],
    today: dt.date,
    *,
    markdown_headings: bool = False,
    has_title: bool = True,
) -> Layout:
    """Split ``lines`` into metadata, headings and body paragraphs (see module docstring)."""
    title: str | None = None
    date: dt.date | None = None
    outlet: str | None = None
    url: str | None = None
    headings: list[str] = []
    paragraphs: list[str] = []
    for line in _unwrap(lines):
        md_heading = markdown_headings and line.startswith("#")
        text = line.lstrip("#").strip() if md_heading else line
        if not paragraphs and (found := parse_date_line(text, today)):
            date = date or found  # a second date line ("13 June 2018 12:42 (UTC+04:00)") is not prose either
            continue
        if not paragraphs and is_label_line(text):
            outlet = outlet or (text.rstrip(":–—- ") if not text.isupper() and text.endswith(":") else None)
            continue
        if not paragraphs and (m := _URL.match(text)):
            url = m.group(1)
            continue
        if not paragraphs and (m := _META.match(text)):
            key, value = m.group(1).lower(), m.group(2).strip()
            if key == "url":
                url = value
            else:
                outlet = value
            continue
        # The first line, unpunctuated, is the headline even when long ("Statement by X, President
        # of Y, at the Summit of Z on W"): prose ends in punctuation.
        first_line = title is None and has_title and not paragraphs and not headings
        long_title = first_line and len(text.split()) <= _MAX_TITLE_WORDS and not text.rstrip().endswith(_TERMINAL)
        if first_line and _asking_headline(text):
            title = text  # "Can Tashkent bring the Taliban into the talks?", 'Interview: "A seat waits for them"'
            continue
        if md_heading or is_heading(text) or long_title:
            if first_line:
                title = text
            elif not paragraphs and date is None and (found := header_date(text, today)):
                date = found  # "Lusaka, 23 April 2026", "BUSINESS | 19 August 2026": a header, not a heading
            else:
                headings.append(text)
            continue
        paragraphs.append(text)
    if paragraphs:
        first, line_outlet, line_date = strip_dateline(paragraphs[0], today)
        tag = paragraphs[0][: len(paragraphs[0]) - len(first)].rstrip()
        if tag.endswith(":") and any(p.startswith(tag + " ") for p in paragraphs[1:]):
            # "Cassis: This morning ..." and again "Cassis: I understand ...": a transcript's speaker tag, no place
            first, line_outlet, line_date = paragraphs[0], None, None
        paragraphs[0] = first
        outlet = outlet or line_outlet
        date = date or line_date
    return Layout(title, date, outlet, url, tuple(headings), tuple(p for p in paragraphs if p))


#: Headlines may ask or quote: they end in "?", "!" or a closing quotation mark that closes no sentence.
_QUOTE_CLOSERS = ('"', "”", "’", "»")
_MAX_ASKING_WORDS = 25


def _asking_headline(line: str) -> bool:
    """A first line that ends like prose but is a headline: a question or exclamation of at most 25 words
    ("After Bishkek, the SCO has a bank on paper. Will it lend?"), or a quotation whose last words end no
    sentence ('North warns of "countermeasures"'). Prose opening an untitled article runs longer or closes its
    quote after a sentence's end ('... he said, "we will sign."')."""
    bare = line.rstrip()
    if not bare or len(bare.split()) > _MAX_ASKING_WORDS:
        return False
    if bare.endswith(("?", "!")):
        return True
    return bare.endswith(_QUOTE_CLOSERS) and not bare[:-1].rstrip().endswith(tuple(".!?,;:…"))


#: A labelled date line ("date 2022-10-24"): the next line ("nCa Report") never continues it.
_DATE_LABEL = re.compile(r"^(?:date|published|posted|updated)\b[:\s]*\d", re.I)


def _unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines (a line continuing in lower case) and drop blanks.

    A list item closed by "; and" or "; or" and a blank line is a paragraph of its own: the next item opens after
    it ("to resume the exercise in 2027; and" / "to review the memorandum."), however it begins."""
    out: list[str] = []
    blank = False
    for raw in lines:
        line = " ".join(raw.split())
        if not line:
            blank = bool(out)
            continue
        # A line going on in lower case continues the one before (headings are followed by
        # capitalised prose), so even a short unpunctuated line is joined to it.
        item = blank and _LIST_JOINT.search(out[-1]) is not None
        blank = False
        if (
            out
            and not out[-1].endswith(_TERMINAL)
            and line[0].islower()
            and not _DATE_LABEL.match(out[-1])
            and not item
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


# A dateline: place names (capitalised words, "/Kyrgyzstan/"), an optional date, an
# optional agency in brackets or slashes, then a separator (dash or colon), before the
# first sentence. Every word must be capitalised, a number or a connector, so that
# "Tokayev said: ..." (a lower-case verb) is never mistaken for one.
_DATELINE = re.compile(
    r"^(?P<head>[A-ZÀ-Ý][^\s:–—]*(?:[ ,./]+[^\s:–—]+){0,9}?)"
    r"(?P<sep>\s*(?:[–—]|-{1,2})\s+|:\s+|\.\s*/[A-Z]+/\.\s+|\s+\([A-Z][\w .&-]{1,40}\)\s*[–—-]\s+)"
)
_CONNECTORS = {"of", "the", "de", "al", "el", "and"}
_AGENCY = re.compile(r"\(([A-Z][\w .&-]{1,40})\)|/([A-Z]{2,})/")


def strip_dateline(paragraph: str, today: dt.date) -> tuple[str, str | None, dt.date | None]:
    """Remove a leading dateline; return (rest, outlet, date) with what it named."""
    m = _DATELINE.match(paragraph)
    if not m:
        return _strip_capital_dateline(paragraph, today)
    head = m.group("head")
    words = re.findall(r"[^\s,./()]+", head)
    if not words or not all(w[0].isupper() or w[0].isdigit() or w.lower() in _CONNECTORS for w in words):
        return paragraph, None, None
    rest = paragraph[m.end() :]
    if not rest or not (rest[0].isupper() or rest[0] in "\"“'‘"):
        return paragraph, None, None
    agency = _AGENCY.search(m.group(0))
    outlet = next((g for g in agency.groups() if g), None) if agency else _outlet_from_chunks(head)
    return rest, outlet, find_date(head, today)


# "ULAANBAATAR, MONTSAME. President ...": a dateline in capitals closed by a full stop.
_CAPITAL_DATELINE = re.compile(r"^(?P<head>[A-ZÀ-Ý]{2,}(?:[ ,/-]+[A-ZÀ-Ý]{2,}){0,4})\.\s+(?=[A-Z\"“])")


def _strip_capital_dateline(paragraph: str, today: dt.date) -> tuple[str, str | None, dt.date | None]:
    m = _CAPITAL_DATELINE.match(paragraph)
    if not m or "," not in m.group("head"):
        return paragraph, None, None  # one capitalised word ("NATO.") is a sentence, not a dateline
    chunks = [c.strip() for c in m.group("head").split(",")]
    return paragraph[m.end() :], chunks[-1] if len(chunks) > 1 else None, find_date(m.group("head"), today)


def _outlet_from_chunks(head: str) -> str | None:
    """'Tashkent, The Gulf Observer' -> 'The Gulf Observer'; 'Baku, Azerbaijan, June 13 Trend' -> 'Trend'."""
    from .entities import is_country

    chunks = [c.strip(" .") for c in head.split(",")]
    if len(chunks) < 2:
        return None
    last = re.sub(r"^[A-Z][a-z]+\.?\s+\d{1,2}\s*", "", chunks[-1]).strip()
    if not last or is_country(last) or last[0].isdigit():
        return None
    return last
