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
