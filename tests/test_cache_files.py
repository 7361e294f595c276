"""The seen-file fast path: a file whose bytes an earlier run parsed is not parsed again; any edit is."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from briefing.cache import FILE_NAME, AnalysisCache, Entry, analyse_with_cache, file_key
from briefing.model import Article
from briefing.readers import read_file, read_seeds
from briefing.summarise import analyse

TODAY = dt.date(2025, 3, 4)
TEXT = "March 3, 2025\n\nLeaders Meet in Arden\n\nThe presidents of Norland and Sudria signed a treaty on the border.\n"


def read(seeds: Path, state: Path, today: dt.date = TODAY) -> tuple[list[Article], int]:
    """Every article read through the cache, and how many were not parsed again."""
    cache = AnalysisCache.open(state, "v1", today)
    assert cache is not None
    with cache:
        report = read_seeds(seeds, max_bytes=10**6, today=today, known=cache)
        reused = cache.files_reused
    return list(report.articles), reused


def paragraphs(articles: list[Article]) -> str:
    return " ".join(p for a in articles for p in a.paragraphs)


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "treaty.txt").write_text(TEXT, encoding="utf-8")
    (folder / "notes.md").write_text("# Transit\n\nThe parliament of Norland ratified the transit deal.\n")
    return folder


def test_known_files_give_exactly_the_articles_a_plain_read_gives(seeds: Path, tmp_path: Path) -> None:
    first, reused = read(seeds, tmp_path / "state")
    assert reused == 0
    again, reused = read(seeds, tmp_path / "state")
    assert reused == 2
    plain = [read_file(p, max_bytes=10**6, today=TODAY) for p in sorted(seeds.iterdir())]
    assert again == first == plain


def test_file_edited_in_place_with_the_same_size_and_mtime_is_parsed_again(seeds: Path, tmp_path: Path) -> None:
    path = seeds / "treaty.txt"
    read(seeds, tmp_path / "state")
    before = path.stat()
    edited = TEXT.replace("Sudria", "Wester")
    assert len(edited) == len(TEXT)
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # even with the old times restored
    articles, reused = read(seeds, tmp_path / "state")
    assert reused == 1
    assert "Wester" in paragraphs(articles)
    assert "Sudria" not in paragraphs(articles)


def test_replaced_file_is_parsed_again(seeds: Path, tmp_path: Path) -> None:
    read(seeds, tmp_path / "state")
    replacement = tmp_path / "new.txt"
    replacement.write_text(TEXT.replace("border", "rivers"), encoding="utf-8")
    replacement.replace(seeds / "treaty.txt")
    articles, reused = read(seeds, tmp_path / "state")
    assert reused == 1
    assert "rivers" in paragraphs(articles)


def test_renamed_copy_keeps_its_own_id_and_path(seeds: Path, tmp_path: Path) -> None:
    """Records are found by content: a copy under another name must still cite its own file."""
    read(seeds, tmp_path / "state")
    (seeds / "copy.txt").write_text(TEXT, encoding="utf-8")
    articles, reused = read(seeds, tmp_path / "state")
    assert reused == 3
    assert [(a.id, Path(a.path).name) for a in articles] == [
        ("copy", "copy.txt"),
        ("notes", "notes.md"),
        ("treaty", "treaty.txt"),
    ]


def test_same_bytes_under_another_reader_are_parsed_by_that_reader(seeds: Path, tmp_path: Path) -> None:
    read(seeds, tmp_path / "state")
    (seeds / "treaty.md").write_text(TEXT, encoding="utf-8")
    _, reused = read(seeds, tmp_path / "state")
    assert reused == 2  # the .md copy is new to the cache


def test_touched_file_is_neither_parsed_nor_analysed_again(seeds: Path, tmp_path: Path) -> None:
    def analyse_one(article: Article) -> Entry:
        [(_, analyses)] = analyse([article])
        return Entry(analyses)

    articles, _ = read(seeds, tmp_path / "state")
    with AnalysisCache(tmp_path / "state" / FILE_NAME, "v1", TODAY) as cache:
        analyse_with_cache(articles, cache, analyse_one)
    os.utime(seeds / "treaty.txt")
    with AnalysisCache(tmp_path / "state" / FILE_NAME, "v1", TODAY) as cache:
        articles = list(read_seeds(seeds, max_bytes=10**6, today=TODAY, known=cache).articles)
        analyse_with_cache(articles, cache, analyse_one)
        assert (cache.files_reused, cache.hits, cache.misses) == (2, 2, 0)


def test_another_day_reuses_readings_that_did_not_depend_on_the_day(seeds: Path, tmp_path: Path) -> None:
    """A full date and no date at all read the same on any day: a daily run does not parse again."""
    read(seeds, tmp_path / "state")
    later = TODAY + dt.timedelta(days=40)
    again, reused = read(seeds, tmp_path / "state", later)
    assert reused == 2
    assert again == [read_file(p, max_bytes=10**6, today=later) for p in sorted(seeds.iterdir())]


@pytest.mark.parametrize(
    ("dateline", "moves"),
    [("ARDEN, 5 January (Wire) - ", True), ("ARDEN, January 5 - ", True), ("5.1.25\n\n", False)],
)
def test_another_day_parses_again_what_the_day_decided(tmp_path: Path, dateline: str, moves: bool) -> None:
    """A date without a year (or with two digits) is resolved against today: a new day reads again."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "talks.txt").write_text(f"Talks in Arden\n\n{dateline}The ministers met in Arden.\n")
    (seeds / "plain.txt").write_text("Talks in Arden\n\nThe ministers met in Arden on Monday.\n")
    first, _ = read(seeds, tmp_path / "state", dt.date(2025, 12, 20))
    later = dt.date(2026, 1, 10)  # "January 5" was 2025-01-05, is now 2026-01-05
    again, reused = read(seeds, tmp_path / "state", later)
    assert reused == 1  # plain.txt only
    assert again == [read_file(p, max_bytes=10**6, today=later) for p in sorted(seeds.iterdir())]
    assert (again[1].date != first[1].date) is moves


def test_an_html_page_is_read_again_on_another_day(tmp_path: Path) -> None:
    """The HTML extractor may read the clock itself, so its readings are kept for one day only."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    body = "<p>The presidents of Norland and Sudria signed a treaty on the state border in Arden.</p>" * 3
    (seeds / "page.html").write_text(
        f"<html><head><title>Treaty</title></head><body><article>{body}</article></body></html>"
    )
    read(seeds, tmp_path / "state")
    _, reused = read(seeds, tmp_path / "state")
    assert reused == 1
    _, reused = read(seeds, tmp_path / "state", TODAY + dt.timedelta(days=1))
    assert reused == 0


def test_a_watched_day_notices_any_use() -> None:
    from briefing.readers import _WatchedDay

    uses = [
        lambda d: d.year,
        lambda d: d <= dt.date(2025, 1, 1),
        lambda d: dt.date(2025, 1, 1) < d,
        lambda d: f"{d}",
        lambda d: d - dt.date(2025, 1, 1),
        lambda d: d + dt.timedelta(days=1),
        lambda d: hash(d),
        lambda d: d.isoformat(),
    ]
    article = Article("a", "a.txt", None, None, None, None, ("x",))
    for use in uses:
        day = _WatchedDay(2025, 3, 4)
        assert not day.consulted(article)
        use(day)
        assert day.consulted(article)


def test_key_depends_on_bytes_and_context() -> None:
    assert file_key(b"abc", ".txt:2025-03-04") == file_key(b"abc", ".txt:2025-03-04")
    assert file_key(b"abc", ".txt:2025-03-04") != file_key(b"abd", ".txt:2025-03-04")
    assert file_key(b"abc", ".txt:2025-03-04") != file_key(b"abc", ".md:2025-03-04")


@pytest.mark.parametrize(
    "blob",
    [
        b"{}",
        b"[1,2,3,4,5,6]",
        b'["t",null,null,null,[],"00"]',
        b'["t","03/04/2025",null,null,[],"' + b"0" * 32 + b'"]',
        b"\xff",
    ],
    ids=["not-a-list", "wrong-types", "short-digest", "bad-date", "not-utf8"],
)
def test_corrupt_file_record_is_parsed_again(seeds: Path, tmp_path: Path, blob: bytes) -> None:
    from briefing.cache import _digest

    first, _ = read(seeds, tmp_path / "state")
    with sqlite3.connect(tmp_path / "state" / FILE_NAME) as db:
        # A matching digest: only the content checks stand in the way.
        db.execute("UPDATE readings SET blob = ?, digest = ?", (blob, _digest(blob)))
    again, reused = read(seeds, tmp_path / "state")
    assert (again, reused) == (first, 0)
    _, reused = read(seeds, tmp_path / "state")
    assert reused == 2  # rebuilt and trusted again


def test_record_with_a_wrong_digest_is_not_trusted(seeds: Path, tmp_path: Path) -> None:
    first, _ = read(seeds, tmp_path / "state")
    with sqlite3.connect(tmp_path / "state" / FILE_NAME) as db:
        db.execute("UPDATE readings SET blob = ?", (b'["forged",null,null,null,[],"' + b"0" * 32 + b'"]',))
    again, reused = read(seeds, tmp_path / "state")
    assert (again, reused) == (first, 0)


def test_known_articles_decode_their_paragraphs_only_when_used(seeds: Path, tmp_path: Path) -> None:
    """A warm run reads the metadata of every known file, the paragraphs of the few it analyses."""
    from dataclasses import replace

    from briefing.cache import _PARAGRAPHS, StoredArticle, article_key

    def decoded(a: Article) -> bool:
        try:
            _PARAGRAPHS.__get__(a, Article)
        except AttributeError:
            return False
        return True

    read(seeds, tmp_path / "state")
    cache = AnalysisCache.open(tmp_path / "state", "v1", TODAY)
    assert cache is not None
    again = list(read_seeds(seeds, max_bytes=10**6, today=TODAY, known=cache).articles)
    plain = [read_file(p, max_bytes=10**6, today=TODAY) for p in sorted(seeds.iterdir())]
    assert all(isinstance(a, StoredArticle) for a in again)
    assert not any(decoded(a) for a in again)
    # The key comes from the stored digest of the paragraphs, and is the key of the plain article.
    assert [article_key(a, "cues") for a in again] == [article_key(a, "cues") for a in plain]
    assert not any(decoded(a) for a in again)
    assert again[0] == plain[0] and plain[1] == again[1]  # fetched from the cache
    assert all(decoded(a) for a in again)
    cache.close()
    copy = replace(again[1], first_seen=dt.datetime(2025, 3, 4, tzinfo=dt.UTC))
    assert copy.paragraphs == plain[1].paragraphs
    assert article_key(copy, "cues") == article_key(plain[1], "cues")
    # Once the cache is closed, paragraphs not yet decoded come from the file itself.
    late, _ = read(seeds, tmp_path / "state")
    assert late == plain


@pytest.mark.parametrize("body", [b'["The presidents of Norland and Sudria signed a treaty."]', b"[1]", b"not json"])
def test_corrupt_stored_paragraphs_are_read_again_from_the_file(seeds: Path, tmp_path: Path, body: bytes) -> None:
    first, _ = read(seeds, tmp_path / "state")
    with sqlite3.connect(tmp_path / "state" / FILE_NAME) as db:
        db.execute("UPDATE readings SET body = ?", (body,))
    again, reused = read(seeds, tmp_path / "state")
    assert reused == 2  # the records themselves are sound
    assert [a.paragraphs for a in again] == [a.paragraphs for a in first]


def test_corrupt_stored_paragraphs_of_a_file_changed_since_stop_the_run(seeds: Path, tmp_path: Path) -> None:
    from briefing.errors import ReadError

    read(seeds, tmp_path / "state")
    with sqlite3.connect(tmp_path / "state" / FILE_NAME) as db:
        db.execute("UPDATE readings SET body = ?", (b'["forged"]',))
    again, _ = read(seeds, tmp_path / "state")
    (seeds / "treaty.txt").write_text(TEXT.replace("border", "rivers"), encoding="utf-8")
    treaty = next(a for a in again if a.id == "treaty")
    with pytest.raises(ReadError, match="changed while the briefing was being made"):
        _ = treaty.paragraphs


@pytest.mark.parametrize("where", ["seeds", "./seeds", "seeds/", "."])
def test_known_files_in_a_relative_folder_keep_the_paths_a_plain_read_gives(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """The warm path builds paths as strings: they must be what ``str(folder / name)`` gives."""
    monkeypatch.chdir(seeds.parent if where != "." else seeds)
    folder = Path(where)
    plain = list(read_seeds(folder, max_bytes=10**6, today=TODAY).articles)
    for _ in range(2):  # parsed, then known
        cache = AnalysisCache.open(tmp_path / "state", "v1", TODAY)
        assert cache is not None
        with cache:
            known = list(read_seeds(folder, max_bytes=10**6, today=TODAY, known=cache).articles)
        assert [(a.id, a.path) for a in known] == [(a.id, a.path) for a in plain]
        assert known == plain


def test_a_cache_with_the_old_files_table_opens_and_drops_it(seeds: Path, tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir()
    with sqlite3.connect(state / FILE_NAME) as db:
        db.execute("CREATE TABLE files (key TEXT PRIMARY KEY, version TEXT, digest TEXT, blob BLOB, used INTEGER)")
        db.execute("INSERT INTO files VALUES ('k', 'v1', 'd', x'00', 1)")
    first, reused = read(seeds, state)
    again, reused_again = read(seeds, state)
    assert (reused, reused_again) == (0, 2) and again == first
    with sqlite3.connect(state / FILE_NAME) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "files" not in tables and "readings" in tables
