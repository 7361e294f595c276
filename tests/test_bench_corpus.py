"""The benchmark corpus generator: deterministic, N articles, near-duplicates, dates spread over weeks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bench.corpus import Pool, generate, load_pool, write
from briefing.readers import read_seeds

POOL = Pool(
    sentences=(
        "The presidents of Norland and Sudria signed a treaty on the state border in Arden.",
        "President Ana Kovac proposed to create a joint water commission for the two rivers.",
        "The ministers agreed to hold joint exercises against terrorism along the mountain pass.",
        "Officials of both countries discussed trade, transport and energy links at length.",
        "The parliament of Norland ratified the agreement on the transit of goods by rail.",
        "Delegations from five states met in the capital to review the regional security plan.",
    ),
    titles=("Leaders of Norland and Sudria meet in Arden",),
)


def test_same_seed_gives_the_same_corpus_and_another_seed_does_not() -> None:
    assert generate(POOL, 40, seed=7) == generate(POOL, 40, seed=7)
    assert generate(POOL, 40, seed=7) != generate(POOL, 40, seed=8)


def test_makes_n_articles_with_unique_names() -> None:
    for n in (1, 10, 250):
        articles = generate(POOL, n, seed=1)
        assert len(articles) == n
        assert len({a.name for a in articles}) == n


def test_a_share_are_near_duplicates_of_an_earlier_article() -> None:
    articles = generate(POOL, 500, seed=3, duplicate_share=0.2)
    by_name = {a.name: a for a in articles}
    dups = [a for a in articles if a.duplicate_of]
    assert 60 <= len(dups) <= 140  # about a fifth
    for dup in dups:
        original = by_name[dup.duplicate_of]
        assert dup.title == original.title
        same = sum(
            x == y for p, q in zip(dup.paragraphs, original.paragraphs, strict=True) for x, y in zip(p, q, strict=True)
        )
        total = sum(len(p) for p in original.paragraphs)
        assert same >= total - 1  # one sentence replaced at most


def test_no_duplicates_when_the_share_is_zero() -> None:
    assert not any(a.duplicate_of for a in generate(POOL, 200, seed=3, duplicate_share=0.0))


def test_dates_spread_over_the_requested_weeks() -> None:
    start = dt.date(2025, 10, 6)
    dates = [a.date for a in generate(POOL, 300, seed=5, start=start, weeks=6)]
    assert min(dates) >= start
    assert max(dates) <= start + dt.timedelta(weeks=6, days=2)  # a re-run may come two days later
    weeks = {(d - start).days // 7 for d in dates}
    assert len(weeks) >= 6


def test_sentences_are_made_from_the_pool_words_only() -> None:
    vocabulary = {w for s in POOL.sentences for w in s.split()}
    for article in generate(POOL, 50, seed=2):
        for paragraph in article.paragraphs:
            for sentence in paragraph:
                assert set(sentence.split()) <= vocabulary


def test_written_files_are_read_back_with_title_and_date(tmp_path: Path) -> None:
    articles = generate(POOL, 12, seed=4)
    size = write(articles, tmp_path)
    assert size == sum(len(a.text.encode()) for a in articles)
    report = read_seeds(tmp_path, max_bytes=1_000_000, today=dt.date(2026, 1, 1))
    assert not report.skipped
    assert [a.id for a in report.articles] == [a.name for a in articles]
    assert [a.date for a in report.articles] == [a.date for a in articles]
    assert [a.title for a in report.articles] == [a.title for a in articles]


def test_pool_is_read_from_repository_articles(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(
        "March 3, 2025\n\nLeaders Meet in Arden\n\n"
        "The presidents of Norland and Sudria signed a treaty on the state border. Too short.\n",
        encoding="utf-8",
    )
    pool = load_pool([tmp_path, tmp_path / "missing"])
    assert pool.titles == ("Leaders Meet in Arden",)
    # Sentences under six words are left out: they make poor splice material.
    assert pool.sentences == ("The presidents of Norland and Sudria signed a treaty on the state border.",)


def test_peer_comparison_names_a_missing_package_before_anything_is_measured(monkeypatch) -> None:
    import importlib.util

    from bench.peer import missing

    # Whatever this environment has installed: sumy present, numpy missing, then both present.
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "numpy" else object())
    assert missing() == 'numpy is not installed (pip install -e ".[bench]", or pass --no-peer)'
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: object())
    assert missing() is None
