"""The run snapshot: a warm run's briefing is byte for byte the one a run without cache makes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import random
import struct
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import msgspec
import pytest

from briefing.cache import FILE_NAME, AnalysisCache
from briefing.config import Config, SectionConfig
from briefing.incremental import _DECODER, _ENCODER, _articles_digest
from briefing.model import Article
from briefing.pipeline import RunOptions, make_briefing
from briefing.render.json import render_json

from .builders import REPORTED_FACTS, make_article

NOW = dt.datetime(2025, 3, 20, 9, 0, tzinfo=dt.UTC)

#: The shared facts plus two of this module's own, in a fixed order.
FACTS = (
    *REPORTED_FACTS[:4],
    (
        "Border guards of Kazakhstan and Uzbekistan will hold joint patrols against smuggling from May.",
        "From May, border guards of Kazakhstan and Uzbekistan will hold joint patrols against smuggling.",
    ),
    REPORTED_FACTS[4],
    (
        "Energy ministers of Kyrgyzstan and Tajikistan agreed to build a power line to the border.",
        "Kyrgyzstan and Tajikistan agreed to build a power line, their energy ministers said.",
    ),
)
#: Sentences no section takes: they still compete for the executive summary.
PLAIN = (
    "The weather in Arden was cold and the streets were quiet.",
    "Delegates visited the old museum of the capital after lunch.",
    "Observers from Kazakhstan noted the long history of the talks.",
    "Foreign Minister Ivan Petrov of Norland praised the hosts at a dinner.",
)
#: Printed by nearly every article: its buckets grow past eight members.
WIRE = "The summit of the leaders of Central Asia opened in Arden with a joint statement on security."


def article(rng: random.Random, ident: str) -> Article:
    """Two to four sentences of FACTS (either wording), maybe WIRE, and one or two PLAIN ones."""
    picks = [rng.choice(rng.choice(FACTS)) for _ in range(rng.randint(2, 4))]
    if rng.random() < 0.7:
        picks.insert(rng.randint(0, len(picks)), WIRE)
    picks += rng.sample(PLAIN, rng.randint(1, 2))
    rng.shuffle(picks)
    day = dt.date(2025, 3, 1) + dt.timedelta(days=rng.randint(0, 15))
    return dataclasses.replace(make_article(" ".join(dict.fromkeys(picks)), id=ident), date=day)


def json_of(config: Config, articles: Sequence[Article], cache: AnalysisCache | None) -> bytes:
    return render_json(make_briefing(config, articles, now=NOW, cache=cache))


def warm(
    config: Config, articles: Sequence[Article], state: Path, version: str = "v1"
) -> tuple[bytes, bool, AnalysisCache]:
    """The JSON of a cached run over ``articles``, whether it used the snapshot, and the cache."""
    with AnalysisCache(state / FILE_NAME, version) as cache:
        data = json_of(config, articles, cache)
    return data, cache.snapshot_used, cache


Step = Callable[[random.Random, list[Article]], list[Article]]


def add_last(rng: random.Random, arts: list[Article]) -> list[Article]:
    return [*arts, article(rng, f"z{rng.randrange(10**6):06}")]


def add_first(rng: random.Random, arts: list[Article]) -> list[Article]:
    return [article(rng, f"a{rng.randrange(10**6):06}"), *arts]  # its WIRE leads every bucket


def add_middle(rng: random.Random, arts: list[Article]) -> list[Article]:
    at = rng.randrange(len(arts) + 1)
    return [*arts[:at], article(rng, f"m{rng.randrange(10**6):06}"), *arts[at:]]


def remove(rng: random.Random, arts: list[Article]) -> list[Article]:
    at = rng.randrange(len(arts))
    return arts[:at] + arts[at + 1 :]


def edit(rng: random.Random, arts: list[Article]) -> list[Article]:
    at = rng.randrange(len(arts))
    return [*arts[:at], article(rng, arts[at].id), *arts[at + 1 :]]


def rename(rng: random.Random, arts: list[Article]) -> list[Article]:
    at = rng.randrange(len(arts))
    moved = dataclasses.replace(arts[at], id=f"r{rng.randrange(10**6):06}")
    return [*arts[:at], *arts[at + 1 :], moved]  # read in path order: a renamed file moves


def unchanged(rng: random.Random, arts: list[Article]) -> list[Article]:
    return arts


STEPS: tuple[Step, ...] = (add_last, add_first, add_middle, remove, edit, rename, unchanged)


@pytest.mark.parametrize("seed", range(6))
def test_warm_runs_through_random_changes_write_the_no_cache_json(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    config = Config()
    articles = [article(rng, f"k{n:03}") for n in range(14)]
    data, used, _ = warm(config, articles, tmp_path)
    assert not used  # nothing to start from
    assert data == json_of(config, articles, None)
    for _ in range(8):
        steps = rng.sample(STEPS, rng.randint(1, 3))
        for step in steps:
            articles = step(rng, articles)
        data, used, _ = warm(config, articles, tmp_path)
        assert used, [s.__name__ for s in steps]
        assert data == json_of(config, articles, None), [s.__name__ for s in steps]


def test_the_corpus_merges_across_articles_and_fills_big_buckets(tmp_path: Path) -> None:
    """Guards the test above: its corpus must exercise groups of several articles and buckets of nine or more."""
    import json

    rng = random.Random(0)
    articles = [article(rng, f"k{n:03}") for n in range(14)]
    data = json.loads(json_of(Config(), articles, None))
    cited = [len({s["article"] for s in item["sources"]}) for items in data["sections"].values() for item in items]
    assert max(cited) >= 9
    assert sum(n > 1 for n in cited) >= 3
    assert data["entities"] and data["summary"]


def test_a_new_article_that_joins_an_old_group_and_one_that_splits_it(tmp_path: Path) -> None:
    config = Config()
    base = [
        make_article(FACTS[0][0] + " " + PLAIN[0], id="b1"),
        make_article(FACTS[1][0] + " " + PLAIN[1], id="b2"),
        make_article(FACTS[0][1] + " " + FACTS[1][1], id="b3"),
    ]
    warm(config, base, tmp_path)
    joined = [*base, make_article(FACTS[0][0] + " " + FACTS[2][0], id="b4")]  # reprints b1's fact
    data, used, _ = warm(config, joined, tmp_path)
    assert used and data == json_of(config, joined, None)
    assert b'"article": "b4"' in data
    split = [joined[0], joined[1], joined[3]]  # b3, which tied b1 and b4 to the paraphrase, removed
    data, used, _ = warm(config, split, tmp_path)
    assert used and data == json_of(config, split, None)


def test_changed_summary_length_and_user_sections_are_exact(tmp_path: Path) -> None:
    rng = random.Random(4)
    articles = [article(rng, f"k{n:03}") for n in range(12)]
    warm(Config(), articles, tmp_path)
    longer = Config(summary_items=9)
    articles = add_middle(rng, articles)
    data, used, _ = warm(longer, articles, tmp_path)
    assert used and data == json_of(longer, articles, None)
    energy = Config(sections={"energy": SectionConfig("Energy", ("power line",))})
    data, used, _ = warm(energy, articles, tmp_path)
    assert not used  # other cues: other analyses, another snapshot
    assert data == json_of(energy, articles, None)
    assert b'"energy": [\n      {' in data
    articles = add_last(rng, articles)
    data, used, _ = warm(energy, articles, tmp_path)
    assert used and data == json_of(energy, articles, None)


def test_a_new_summariser_version_drops_the_snapshot(tmp_path: Path) -> None:
    rng = random.Random(2)
    articles = [article(rng, f"k{n:03}") for n in range(8)]
    warm(Config(), articles, tmp_path, "v1")
    data, used, _ = warm(Config(), articles, tmp_path, "v2")
    assert not used and data == json_of(Config(), articles, None)
    [path] = tmp_path.glob("snapshot-*.bin")
    assert b"v2\n" in path.read_bytes()[:32]
    articles = add_last(random.Random(3), articles)
    data, used, _ = warm(Config(), articles, tmp_path, "v2")
    assert used and data == json_of(Config(), articles, None)


def _rewrite(state: Path, change: Callable[[bytes], bytes], *, crc: bool = True) -> None:
    """Apply ``change`` to the stored snapshot blob; with ``crc``, make its header fit the result."""
    [path] = state.glob("snapshot-*.bin")
    data = path.read_bytes()
    head = data.index(b"\n") + 1 + 12
    blob = data[head:]
    new = change(blob)
    size, checksum = (len(new), zlib.crc32(new)) if crc else (len(blob), zlib.crc32(blob))
    path.write_bytes(data[: head - 12] + struct.pack("<QI", size, checksum) + new)


def _reencoded(**changes: object) -> Callable[[bytes], bytes]:
    def change(blob: bytes) -> bytes:
        return _ENCODER.encode(msgspec.structs.replace(_DECODER.decode(blob), **changes))

    return change


def _drop_article(blob: bytes) -> bytes:
    """An article's record gone (the rest left as they were)."""
    snap = _DECODER.decode(blob)
    return _ENCODER.encode(msgspec.structs.replace(snap, articles=snap.articles[1:]))


def _drop_article_and_digest(blob: bytes) -> bytes:
    """An article's record gone and the digest of the article keys made to fit: its
    sentences are still counted in their groups' sizes."""
    snap = _DECODER.decode(blob)
    articles = [a for a in snap.articles if a.groups][1:]
    digest = _articles_digest(a.key for a in articles)
    return _ENCODER.encode(msgspec.structs.replace(snap, articles=articles, articles_digest=digest))


def _forged_group(blob: bytes) -> bytes:
    """A sentence placed in a group that does not exist."""
    snap = _DECODER.decode(blob)
    first = next(a for a in snap.articles if a.groups)
    bad = msgspec.structs.replace(first, groups=[len(snap.groups), *first.groups[1:]])
    return _ENCODER.encode(msgspec.structs.replace(snap, articles=[bad if a is first else a for a in snap.articles]))


def _broken_item(blob: bytes) -> bytes:
    """An item that is no JSON (it would be copied into the file as it is)."""
    snap = _DECODER.decode(blob)
    bad = msgspec.structs.replace(snap.groups[0], item=snap.groups[0].item[:-1])
    return _ENCODER.encode(msgspec.structs.replace(snap, groups=[bad, *snap.groups[1:]]))


def _split_item(blob: bytes) -> bytes:
    """An item that is two JSON values."""
    snap = _DECODER.decode(blob)
    bad = msgspec.structs.replace(snap.groups[0], item=snap.groups[0].item + b',{"text": 1}')
    return _ENCODER.encode(msgspec.structs.replace(snap, groups=[bad, *snap.groups[1:]]))


def _moved_sentence(blob: bytes) -> bytes:
    """A sentence moved to another group: both groups' sizes no longer fit."""
    snap = _DECODER.decode(blob)
    first = next(a for a in snap.articles if a.groups)
    other = next(g for g in range(len(snap.groups)) if g != first.groups[0])
    bad = msgspec.structs.replace(first, groups=[other, *first.groups[1:]])
    return _ENCODER.encode(msgspec.structs.replace(snap, articles=[bad if a is first else a for a in snap.articles]))


@pytest.mark.parametrize(
    ("change", "crc"),
    [
        (lambda b: b[:-1] + bytes([b[-1] ^ 1]), False),  # bad CRC
        (lambda b: b[:-100], False),  # cut short: the length recorded no longer fits
        (lambda b: b[: len(b) // 2], True),  # truncated, CRC made to fit
        (_reencoded(format=99), True),  # wrong format
        (_reencoded(context='{"other": []}'), True),  # made for other user sections
        (_drop_article, True),  # an article recorded no more
        (_drop_article_and_digest, True),  # ... with the digest of the keys made to fit
        (_forged_group, True),  # a sentence in a group that does not exist
        (_moved_sentence, True),  # a sentence in another group
        (_broken_item, True),  # an item that is no JSON
        (_split_item, True),  # an item that is two JSON values
    ],
    ids=[
        *("crc", "short", "truncated", "format", "context", "article-set", "article-set-digest", "group", "moved"),
        *("item", "split-item"),
    ],
)
def test_a_damaged_snapshot_is_rebuilt_never_trusted(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, change: Callable[[bytes], bytes], crc: bool
) -> None:
    rng = random.Random(9)
    config = Config()
    articles = [article(rng, f"k{n:03}") for n in range(10)]
    warm(config, articles, tmp_path)
    _rewrite(tmp_path, change, crc=crc)
    articles = add_middle(rng, articles)
    with caplog.at_level(logging.WARNING):
        data, used, _ = warm(config, articles, tmp_path)
    assert not used and data == json_of(config, articles, None)
    assert "snapshot" in caplog.text
    articles = add_last(rng, articles)
    data, used, _ = warm(config, articles, tmp_path)  # rebuilt by the run above
    assert used and data == json_of(config, articles, None)


def test_articles_read_in_another_order_take_the_full_path(tmp_path: Path) -> None:
    rng = random.Random(5)
    articles = [article(rng, f"k{n:03}") for n in range(8)]
    warm(Config(), articles, tmp_path)
    shuffled = articles[::-1]
    data, used, _ = warm(Config(), shuffled, tmp_path)
    assert not used and data == json_of(Config(), shuffled, None)


def test_a_warm_run_decodes_few_analyses(tmp_path: Path) -> None:
    """The point of the snapshot: most articles' analyses are not even decoded."""
    rng = random.Random(6)
    # A summary of one item: its eight candidates leave most unlabelled sentences out of the
    # running (with four, this small corpus has too few groups and every article competes).
    config = Config(summary_items=1)
    articles = [article(rng, f"k{n:03}") for n in range(40)]
    warm(config, articles, tmp_path)
    articles = add_last(rng, articles)
    data, used, cache = warm(config, articles, tmp_path)
    assert used and data == json_of(config, articles, None)
    assert cache.hits < len(articles) // 3, cache.hits


def test_other_renderers_show_reused_items_as_a_run_without_cache(tmp_path: Path) -> None:
    from briefing.model import EncodedItem
    from briefing.render import RenderContext, render, view_options

    rng = random.Random(8)
    config = Config()
    articles = [article(rng, f"k{n:03}") for n in range(12)]
    warm(config, articles, tmp_path)
    articles = add_middle(rng, articles)
    with AnalysisCache(tmp_path / FILE_NAME, "v1") as cache:
        reused = make_briefing(config, articles, now=NOW, cache=cache)
        assert cache.snapshot_used
    plain = make_briefing(config, articles, now=NOW)
    assert any(isinstance(i, EncodedItem) for s in reused.sections for i in s.items)
    assert reused == plain
    for fmt in ("md", "html"):
        got = render(RenderContext(reused, view_options(config), config.templates), fmt)
        assert got == render(RenderContext(plain, view_options(config), config.templates), fmt), fmt


def test_an_encoded_item_is_the_item_it_encodes() -> None:
    from briefing.model import EncodedItem, Item, Source
    from briefing.render.json import encode_item

    item = Item('Agreed on the "Arden line" \\ at last', None, (Source("a1", "Zoë said so."),), 2.5)
    encoded = EncodedItem(encode_item(item), 2.5)
    assert encoded == item and item == encoded and hash(encoded) == hash(item)
    assert (encoded.text, encoded.actor, encoded.sources, encoded.score) == (item.text, None, item.sources, 2.5)
    assert encoded != dataclasses.replace(item, score=1.0)
    assert "Arden line" in repr(encoded)


def test_a_warm_run_without_the_merge_memory_regroups_what_it_cannot_vouch_for(tmp_path: Path) -> None:
    """With no remembered bucket, no old group touched by a change can be kept whole: each is
    grouped again from all its buckets, and the briefing is still exact."""
    import sqlite3

    rng = random.Random(12)
    config = Config()
    articles = [article(rng, f"k{n:03}") for n in range(16)]
    warm(config, articles, tmp_path)
    for step in (add_middle, remove, edit, add_first):
        articles = step(rng, articles)
        with sqlite3.connect(tmp_path / FILE_NAME) as db:
            db.execute("DELETE FROM buckets")
        data, used, _ = warm(config, articles, tmp_path)
        assert used and data == json_of(config, articles, None), step.__name__


def test_an_unchanged_rerun_keeps_the_snapshot_as_it_is(tmp_path: Path) -> None:
    rng = random.Random(13)
    articles = [article(rng, f"k{n:03}") for n in range(8)]
    first, _, _ = warm(Config(), articles, tmp_path)
    [path] = tmp_path.glob("snapshot-*.bin")
    path.chmod(0o444)  # a write would replace it: the mode would not survive
    data, used, _ = warm(Config(), articles, tmp_path)
    assert used and data == first == json_of(Config(), articles, None)
    assert path.stat().st_mode & 0o777 == 0o444


def test_a_run_over_mostly_other_articles_takes_the_full_path(tmp_path: Path) -> None:
    rng = random.Random(14)
    config = Config()
    warm(config, [article(rng, f"k{n:03}") for n in range(8)], tmp_path)
    others = [article(rng, f"o{n:03}") for n in range(8)]
    data, used, _ = warm(config, others, tmp_path)
    assert not used and data == json_of(config, others, None)
    data, used, _ = warm(config, [*others, article(rng, "p000")], tmp_path)
    assert used  # the snapshot of the run above


def test_the_code_a_snapshot_depends_on_is_hashed_into_its_checks(tmp_path: Path) -> None:
    """A snapshot keeps merged groups and items as the JSON file writes them: a change to the
    snapshot's code (the summariser version) or to the JSON renderer must invalidate it."""
    from briefing.cache import _ANALYSIS_SOURCES

    assert {"incremental.py", "summarise.py", "model.py"} <= set(_ANALYSIS_SOURCES)
    rng = random.Random(15)
    articles = [article(rng, f"k{n:03}") for n in range(8)]
    warm(Config(), articles, tmp_path)
    _rewrite(tmp_path, _reencoded(encoding="0123456789abcdef"))
    articles = add_last(rng, articles)
    data, used, _ = warm(Config(), articles, tmp_path)
    assert not used and data == json_of(Config(), articles, None)


@pytest.mark.parametrize(
    "change",
    [
        {"date": dt.date(2024, 11, 2)},  # "In March 2024, ... signed" is background only in a later year
        {"outlet": "The Arden Times"},  # "This newspaper urges ..." is the outlet's voice
        {"headings": ("By Ana Kovac",)},  # the byline of an opinion piece: its "I" is the columnist
    ],
    ids=["date", "outlet", "headings"],
)
def test_an_article_whose_metadata_alone_changed_is_analysed_again(tmp_path: Path, change: dict[str, object]) -> None:
    """The analysis reads the article's date, outlet and headings, not only its paragraphs: a
    file whose date line (or a year-less date read on another day) or outlet changed must not
    reuse the analysis or the snapshot of its old reading."""
    text = (
        "In March 2024, the ministers of Norland and Sudria signed an agreement on transit of goods. "
        "This newspaper urges the government to ratify the treaty on the state border. "
        "I propose that Norland and Sudria create a joint water commission for the Arden basin."
    )
    config = Config()
    first = make_article(text, id="x1", title="Opinion: the Arden basin", date=dt.date(2025, 3, 1))
    before = [first, make_article(FACTS[2][0], id="x2")]
    warm(config, before, tmp_path)
    after = [dataclasses.replace(before[0], **change), before[1]]  # type: ignore[arg-type]
    with AnalysisCache(tmp_path / FILE_NAME, "v1") as cache:
        reused = make_briefing(config, after, now=NOW, cache=cache)
    plain = make_briefing(config, after, now=NOW)
    assert reused == plain
    assert render_json(reused) == render_json(plain)


def test_names_no_article_mentions_any_more_leave_the_snapshot(tmp_path: Path) -> None:
    """A rolling window removes articles every day: the entity totals of the snapshot must not
    keep, at zero, every name any article ever mentioned."""
    config = Config()
    kept = [make_article(FACTS[n][0], id=f"e{n}") for n in (0, 2, 4)]
    gone = make_article("Foreign Minister Ivan Petrov met envoys from Portugal in Tashkent.", id="e8")
    warm(config, [*kept, gone], tmp_path)
    after = [*kept, make_article(FACTS[1][0], id="e9")]
    data, used, _ = warm(config, after, tmp_path)
    assert used and data == json_of(config, after, None)
    [path] = tmp_path.glob("snapshot-*.bin")
    blob = path.read_bytes()
    snap = _DECODER.decode(blob[blob.index(b"\n") + 1 + 12 :])
    assert snap.countries == {"Kazakhstan": 1, "Uzbekistan": 1} and snap.people == {"Ana Kovac": 1}


def test_two_schedules_sharing_a_state_folder_each_keep_their_snapshot(tmp_path: Path) -> None:
    """A daily and a weekly schedule read other windows of the same folder: were their runs to
    replace one snapshot, each would find the other's (mostly other articles) and merge afresh."""
    rng = random.Random(16)
    config = Config()
    week = [article(rng, f"k{n:03}") for n in range(20)]
    for day in range(3):
        week = [*week[2:], article(rng, f"n{day}a"), article(rng, f"n{day}b")]
        daily = week[-6:]
        for name, articles in (("weekly", week), ("daily", daily)):
            with AnalysisCache(tmp_path / FILE_NAME, "v1") as cache:
                options = RunOptions(snapshot=name)
                data = render_json(make_briefing(config, articles, now=NOW, options=options, cache=cache))
            assert data == json_of(config, articles, None)
            assert cache.snapshot_used == (day > 0), (day, name)


def test_the_analysis_key_covers_every_field_of_an_article_the_analysis_reads() -> None:
    """A new field of Article must be hashed into the key, or listed here as one the analysis never reads."""
    from briefing.cache import article_key

    base = make_article("The ministers met.", outlet="Herald")
    other: dict[str, object] = {
        "id": "a2",
        "path": "/elsewhere/a1.txt",
        "title": "Another title",
        "date": dt.date(2024, 1, 2),
        "outlet": "Gazette",
        "url": "https://example.org/a1",
        "paragraphs": ("The ministers met again.",),
        "headings": ("By Ana Kovac",),
        "first_seen": dt.datetime(2025, 3, 1, tzinfo=dt.UTC),  # the scheduler's window reads it
    }
    assert set(other) == {f.name for f in dataclasses.fields(Article)}
    unread = {
        name
        for name, value in other.items()
        if article_key(dataclasses.replace(base, **{name: value})) == article_key(base)
    }
    assert unread == {"path", "url", "first_seen"}


def test_the_snapshot_is_written_when_the_cache_closes(tmp_path: Path) -> None:
    """After the run's outputs (see AnalysisCache.save_snapshot); until then the cache serves it."""
    rng = random.Random(22)
    articles = [article(rng, f"k{n:03}") for n in range(8)]
    with AnalysisCache(tmp_path / FILE_NAME, "v1") as cache:
        json_of(Config(), articles, cache)
        assert not list(tmp_path.glob("snapshot-*"))
        articles = add_last(rng, articles)
        data = json_of(Config(), articles, cache)
        assert cache.snapshot_used and data == json_of(Config(), articles, None)
    [path] = tmp_path.glob("snapshot-*")
    assert path.suffix == ".bin"
    data, used, _ = warm(Config(), add_last(rng, articles), tmp_path)
    assert used


def test_a_snapshot_stays_until_enough_articles_differ_from_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Warm runs merge the few articles changed since against the same snapshot, exactly, until
    more than REWRITE_SHARE of the articles differ from it; then one run writes a new one."""
    import briefing.incremental

    monkeypatch.setattr(briefing.incremental, "REWRITE_SHARE", 0.25)
    rng = random.Random(23)
    config = Config()
    articles = [article(rng, f"k{n:03}") for n in range(16)]
    warm(config, articles, tmp_path)
    [path] = tmp_path.glob("snapshot-*.bin")
    first = path.read_bytes()
    for step in (add_last, edit, remove, add_first):  # 1, 3, 4, then 5 of 16 articles differ
        articles = step(rng, articles)
        data, used, _ = warm(config, articles, tmp_path)
        assert used and data == json_of(config, articles, None), step.__name__
        assert (path.read_bytes() == first) is (step is not add_first), step.__name__
    articles = add_middle(rng, articles)
    data, used, _ = warm(config, articles, tmp_path)  # against the new snapshot: one differs
    assert used and data == json_of(config, articles, None)
    assert path.read_bytes() != first


def test_daily_warm_runs_keep_the_analyses_they_stand_on(tmp_path: Path) -> None:
    """A warm run reads few analyses and merge records, yet stands on all of them through the
    snapshot: their use marks must be kept fresh, or after RETENTION_DAYS of warm runs they are
    all deleted at once and the next run analyses every article again (issue 6). Runs spread
    over months reuse exactly what the same runs on one day reuse."""
    from briefing.cache import RETENTION_DAYS

    rng = random.Random(31)
    config = Config(summary_items=1)
    articles = [article(rng, f"k{n:03}") for n in range(40)]
    start = dt.date(2025, 3, 1)
    spread, one_day = tmp_path / "spread", tmp_path / "one-day"
    for state in (spread, one_day):
        state.mkdir()
        with AnalysisCache(state / FILE_NAME, "v1", today=start) as cache:
            json_of(config, articles, cache)
    # A warm run every ten days, each with one new article: none should re-analyse an old one.
    for day in range(10, RETENTION_DAYS + 31, 10):
        articles = add_last(rng, articles)
        counts = []
        for state, today in ((spread, start + dt.timedelta(days=day)), (one_day, start)):
            with AnalysisCache(state / FILE_NAME, "v1", today=today) as cache:
                data = json_of(config, articles, cache)
            assert cache.snapshot_used and data == json_of(config, articles, None), day
            counts.append((cache.misses, cache.hits, cache.buckets_compared, cache.buckets_reused))
        assert counts[0] == counts[1], (day, counts)
        assert counts[0][0] == 1, (day, counts)
