"""Editorial voice, round 31b (issue 3): "This newspaper urges ..." and an editorial's "we" are the outlet the
article appeared in; a gold record's outlet reaches the article it scores. Sentences written for the test."""

from __future__ import annotations

import json
from pathlib import Path

from briefing.commands.eval import load_gold_dir
from briefing.lexicon import load_lexicon
from briefing.model import Article
from briefing.rules.context import editorial_voice
from briefing.summarise import analyse


def _article(
    title: str, *paragraphs: str, outlet: str | None = "The Harbour Gazette", headings: tuple[str, ...] = ()
) -> Article:
    return Article(
        id="e", path="e.txt", title=title, date=None, outlet=outlet, url=None, paragraphs=paragraphs, headings=headings
    )


def _actors(article: Article) -> list[str | None]:
    return [a.actor for a in analyse([article])[0][1]]


def test_an_editorials_self_name_and_we_are_its_outlet() -> None:
    actors = _actors(
        _article(
            "Editorial: The port deal needs daylight",
            "The ministers signed the port deal in private on Monday.",
            "This paper urges the government to publish the port deal in full.",
            "We urge the senate to hold a public hearing on the deal.",
        )
    )
    assert actors[0] is not None and "Harbour Gazette" not in actors[0]
    assert actors[1] is not None and "Harbour Gazette" in actors[1]
    assert actors[2] == "The Harbour Gazette"


def test_news_and_signed_columns_have_no_editorial_voice() -> None:
    lex = load_lexicon()
    assert editorial_voice(_article("Editorial: Ports", "x."), lex) == "The Harbour Gazette"
    assert editorial_voice(_article("Ports deal signed in private", "x."), lex) is None
    assert editorial_voice(_article("Editorial: Ports", "x.", outlet=None), lex) is None
    assert editorial_voice(_article("Editorial: Ports", "x.", headings=("By Ana Silva",)), lex) is None
    # in news, "we" stays unresolved to the outlet
    actors = _actors(
        _article(
            "Port deal signed", "The ministers signed the port deal.", "We urge the senate to act, a senator said."
        )
    )
    assert actors[-1] != "The Harbour Gazette"


def test_a_gold_records_outlet_reaches_the_article(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text("Editorial: Ports\n\nThis newspaper urges the senate to hold a hearing.\n")
    record = {"id": "e", "outlet": "The Harbour Gazette", "sentences": [{"text": "x", "labels": []}]}
    (tmp_path / "e.gold.json").write_text(json.dumps(record))
    import datetime as dt

    [(_, article)] = load_gold_dir(tmp_path, max_bytes=100_000, today=dt.date(2026, 3, 1))
    assert article.outlet == "The Harbour Gazette"
    record.pop("outlet")
    (tmp_path / "e.gold.json").write_text(json.dumps(record))
    [(_, bare)] = load_gold_dir(tmp_path, max_bytes=100_000, today=dt.date(2026, 3, 1))
    assert bare.outlet is None
