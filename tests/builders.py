"""Build model records from literals (tests never depend on files unless they test reading)."""

from __future__ import annotations

import datetime as dt

from briefing.model import Article


def make_article(
    *paragraphs: str,
    id: str = "a1",
    title: str | None = "A title",
    date: dt.date | None = dt.date(2025, 3, 14),
    outlet: str | None = None,
    url: str | None = None,
) -> Article:
    return Article(
        id=id,
        path=f"/seeds/{id}.txt",
        title=title,
        date=date,
        outlet=outlet,
        url=url,
        paragraphs=tuple(paragraphs),
    )


#: Facts, each with a paraphrase or a reprint with an attribution, so that merging has work to do
#: (shared by the merge-memory and incremental tests, which add facts of their own).
REPORTED_FACTS = (
    (
        "The presidents of Norland and Sudria signed a treaty on the state border in Arden on Monday.",
        "Norland and Sudria signed a state border treaty in Arden on Monday, aides said.",
    ),
    (
        "The ministers agreed to hold joint exercises against terrorism next year.",
        "The ministers agreed to hold joint exercises against terrorism next year, the ministry said.",
    ),
    (
        "President Ana Kovac proposed to create a joint water commission for the Arden basin.",
        "Ana Kovac proposed a joint water commission for the Arden basin.",
    ),
    (
        "The parliament of Norland ratified the agreement on transit of goods by 112 votes.",
        "The parliament of Norland ratified the transit agreement by 112 votes.",
    ),
    (
        "The government of Sudria approved decree 12 on customs posts.",
        "The government of Sudria approved decree 399 on customs posts.",
    ),
)
