"""Builders for the summariser's tests: articles and analyses from literal text."""

from __future__ import annotations

import datetime as dt

from briefing.model import Analysis, Article, Briefing
from briefing.summarise import analyse, summarise

NOW = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def make_article(*paragraphs: str, id: str = "a", title: str | None = None) -> Article:
    """An article whose body is ``paragraphs`` (no layout parsing)."""
    return Article(id=id, path=f"{id}.txt", title=title, date=None, outlet=None, url=None, paragraphs=paragraphs)


def analyse_text(*paragraphs: str, title: str | None = None) -> tuple[Analysis, ...]:
    """Every sentence's analysis, for one article made of ``paragraphs``."""
    return analyse([make_article(*paragraphs, title=title)])[0][1]


def labels_of(*paragraphs: str) -> frozenset[str]:
    """The labels the last sentence of an article made of ``paragraphs`` carries."""
    return frozenset(analyse_text(*paragraphs)[-1].labels)


def last(*paragraphs: str) -> Analysis:
    """The analysis of the article's last sentence (earlier ones give it context)."""
    return analyse_text(*paragraphs)[-1]


def analyse_headed(title: str, headings: tuple[str, ...], *paragraphs: str) -> tuple[Analysis, ...]:
    """Every sentence's analysis, for one article with a title and heading lines (speeches, analyses, interviews)."""
    art = Article(
        id="s", path="s.txt", title=title, date=None, outlet=None, url=None, paragraphs=paragraphs, headings=headings
    )
    return analyse([art])[0][1]


def actor_of(out: tuple[Analysis, ...], start: str) -> str | None:
    """The actor of the first analysed sentence that opens with ``start``."""
    return next(a for a in out if a.sentence.text.startswith(start)).actor


def briefing_of(*articles: Article, summary_items: int = 4) -> Briefing:
    return summarise(analyse(articles), title="Test", now=NOW, summary_items=summary_items)
