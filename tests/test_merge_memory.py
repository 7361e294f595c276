"""Merge memory: a warm run reuses earlier buckets' outcomes and still groups exactly as a run without it."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from briefing.cache import FILE_NAME, AnalysisCache
from briefing.model import Analysis, Article, Sentence
from briefing.summarise import KeySource, MergeKeys, MergeMemory, _merge_duplicates, analyse, merge_keys_of

from .builders import REPORTED_FACTS, make_article

#: The shared facts plus one of this module's own, in a fixed order.
FACTS = (
    *REPORTED_FACTS[:4],
    (
        "Border guards of both countries will hold joint patrols against smuggling from May.",
        "From May, border guards of both countries will hold joint patrols against smuggling.",
    ),
    REPORTED_FACTS[4],
)


class DictMemory:
    """The MergeMemory protocol over a dict, counting what it was asked."""

    def __init__(self) -> None:
        self.parts: dict[bytes, tuple[int, ...]] = {}
        self.hits = 0
        self.misses = 0

    def links(self, bucket: bytes, size: int) -> tuple[int, ...] | None:
        got = self.parts.get(bucket)
        if got is None:
            self.misses += 1
        else:
            self.hits += 1
        return got

    def remember(self, bucket: bytes, links: tuple[int, ...]) -> None:
        self.parts[bucket] = links


def corpus(rng: random.Random, ids: Sequence[str]) -> list[Article]:
    """An article per id, each of two or three sentences drawn from FACTS (either wording)."""
    out = []
    for ident in ids:
        picks = [rng.choice(rng.choice(FACTS)) for _ in range(rng.randint(2, 3))]
        out.append(make_article(" ".join(dict.fromkeys(picks)), id=ident))
    return out


def grouping(
    analyses: Sequence[Analysis], memory: MergeMemory | None = None, known: Mapping[str, KeySource] | None = None
) -> list[list[tuple[str, int]]]:
    """The groups as (article, sentence index) lists, in the order the briefing uses them."""
    groups = _merge_duplicates(analyses, known or {}, memory)
    return [[(m.sentence.article_id, m.sentence.index) for m in g.members] for g in groups]


def flat(articles: Sequence[Article]) -> list[Analysis]:
    return [x for _, xs in analyse(articles) for x in xs]


def test_a_warm_merge_groups_exactly_as_a_merge_without_memory_through_adds_edits_and_removals() -> None:
    rng = random.Random(7)
    articles = corpus(rng, [f"a{i:02}" for i in range(30)])
    memory = DictMemory()
    assert grouping(flat(articles), memory) == grouping(flat(articles))
    assert any(len(g) > 1 for g in grouping(flat(articles))), "the corpus must merge something"
    steps = [
        lambda arts: arts + corpus(rng, ["b01", "b02", "b03"]),  # new articles at the end
        lambda arts: corpus(rng, ["a00x"]) + arts,  # a new article sorted first
        lambda arts: arts[:5] + arts[9:],  # four removed
        lambda arts: [*arts[:3], *corpus(rng, [arts[3].id]), *arts[4:]],  # one edited in place
        lambda arts: arts,  # nothing changed
    ]
    for step in steps:
        articles = step(articles)
        memory.hits = memory.misses = 0
        analyses = flat(articles)
        assert grouping(analyses, memory) == grouping(analyses)
        assert memory.hits > 0
    assert memory.misses == 0  # the unchanged rerun compared nothing


def keys(text: str, band0: bytes) -> MergeKeys:
    """Real word sets of ``text``, but a signature whose first band is ``band0`` and whose other
    bands are unique to the text: every sentence given the same ``band0`` shares one bucket."""
    real = merge_keys_of(text)
    rest = hashlib.blake2b(text.encode(), digest_size=42).digest()
    return MergeKeys(real.shingles, real.stems, real.numbers, band0 + rest, real.digest)


def analysis(article: str, index: int, text: str) -> Analysis:
    return Analysis(Sentence(article, index, 0, text), frozenset({"decision"}), None, text, 1.0)


def test_a_bucket_that_grows_past_the_small_size_is_compared_again() -> None:
    """At nine members a bucket compares only its first member with the others, so a pair its
    smaller self joined may no longer be joined: reusing the old outcome would be wrong."""
    fact = "The presidents of Norland and Sudria signed a treaty on the state border in Arden."
    reprint = fact.removesuffix(".") + ", officials said."
    others = [f"Delegation {n} of Norland visited the museum of Arden number {n}." for n in range(8)]
    shared = b"\x00" * 6
    known = {t: keys(t, shared) for t in [fact, reprint, *others]}
    small = [analysis("a0", 0, others[0]), analysis("a1", 0, fact), analysis("a2", 0, reprint)]
    memory = DictMemory()
    assert grouping(small, memory, known) == grouping(small, None, known) == [[("a0", 0)], [("a1", 0), ("a2", 0)]]
    big = small + [analysis(f"b{n}", 0, others[n]) for n in range(1, 7)]  # nine members: star from a0
    expected = grouping(big, None, known)
    assert [("a1", 0)] in expected and [("a2", 0)] in expected  # no longer joined
    assert grouping(big, memory, known) == expected


def test_merge_parts_are_kept_in_the_cache_and_reused(tmp_path: Path) -> None:
    rng = random.Random(3)
    articles = corpus(rng, [f"a{i:02}" for i in range(20)])
    analyses = flat(articles)
    with AnalysisCache(tmp_path / FILE_NAME, "v1") as cache:
        cold = grouping(analyses, cache)
        assert cache.buckets_reused == 0 and cache.buckets_compared > 0
    with AnalysisCache(tmp_path / FILE_NAME, "v1") as cache:
        assert grouping(analyses, cache) == cold == grouping(analyses)
        assert cache.buckets_reused > 0 and cache.buckets_compared == 0


@pytest.mark.parametrize(
    ("sql", "args"),
    [
        ("UPDATE buckets SET checksum = checksum + 1", ()),  # row damaged
        ("UPDATE buckets SET links = ? WHERE links != ''", ("0,5",)),  # checksum no longer fits
    ],
    ids=["checksum", "links"],
)
def test_damaged_merge_parts_are_compared_again_never_used(tmp_path: Path, sql: str, args: tuple[object, ...]) -> None:
    rng = random.Random(5)
    analyses = flat(corpus(rng, [f"a{i:02}" for i in range(20)]))
    with AnalysisCache(tmp_path / FILE_NAME, "v1") as cache:
        cold = grouping(analyses, cache)
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute(sql, args)
    with AnalysisCache(tmp_path / FILE_NAME, "v1") as cache:
        assert grouping(analyses, cache) == cold
        assert cache.buckets_compared > 0


def test_forged_parts_with_a_valid_checksum_are_rejected(tmp_path: Path) -> None:
    """Parts must point to the same or an earlier member and fit the bucket's size."""
    import zlib

    rng = random.Random(5)
    analyses = flat(corpus(rng, [f"a{i:02}" for i in range(20)]))
    with AnalysisCache(tmp_path / FILE_NAME, "v1") as cache:
        cold = grouping(analyses, cache)
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        for key, links in db.execute("SELECT key, links FROM buckets").fetchall():
            forged = "1,0" if links else "0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0"
            db.execute(
                "UPDATE buckets SET links = ?, checksum = ? WHERE key = ?",
                (forged, zlib.crc32(forged.encode(), zlib.crc32(key)), key),
            )
    with AnalysisCache(tmp_path / FILE_NAME, "v1") as cache:
        assert grouping(analyses, cache) == cold
        assert cache.buckets_reused == 0


def test_merge_parts_of_another_summariser_version_are_dropped(tmp_path: Path) -> None:
    analyses = flat(corpus(random.Random(1), ["a", "b", "c", "d"]))
    with AnalysisCache(tmp_path / FILE_NAME, "v1") as cache:
        grouping(analyses, cache)
    with AnalysisCache(tmp_path / FILE_NAME, "v2", today=dt.date(2025, 1, 1)) as cache:
        grouping(analyses, cache)
        assert cache.buckets_reused == 0
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        assert db.execute("SELECT DISTINCT version FROM buckets").fetchall() == [("v2",)]


def test_generate_warm_after_adds_edits_and_removals_writes_the_no_cache_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """End to end: the .json of a warm run equals a --no-cache run's, byte for byte but generated_at."""
    from briefing.cli import main

    rng = random.Random(11)
    seeds = tmp_path / "seeds"
    seeds.mkdir()

    def write(name: str) -> None:
        [article] = corpus(rng, [name])
        (seeds / f"{name}.txt").write_text(f"March 3, 2025\n\nTalks in Arden\n\n{article.paragraphs[0]}\n")

    for n in range(12):
        write(f"a{n:02}")
    (tmp_path / "briefing.toml").write_text('seeds = "seeds"\nstate = "state"\nformats = ["json"]\n')
    base = ["generate", "--config", str(tmp_path / "briefing.toml")]

    def output(name: str, *extra: str) -> bytes:
        out = tmp_path / name
        assert main([*base, "--output", str(out), *extra]) == 0
        return b"\n".join(line for line in out.read_bytes().splitlines() if b'"generated_at"' not in line)

    assert output("cold.json") == output("plain-cold.json", "--no-cache")
    write("a00b")  # new, sorted among the old ones
    write("z99")  # new, sorted last
    write("a05")  # edited
    (seeds / "a07.txt").unlink()  # removed
    capsys.readouterr()
    warm = output("warm.json")
    err = capsys.readouterr().err
    assert "10 reused, 3 analysed" in err
    assert "buckets of near-duplicates: " in err and " reused, " in err
    assert warm == output("plain-warm.json", "--no-cache")


@pytest.mark.parametrize("one_by_one", [0, 3, 10**6])
def test_parts_asked_one_by_one_then_all_at_once_are_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, one_by_one: int
) -> None:
    """A warm run asks for each bucket's parts in its own query, a full merge for all at once."""
    import briefing.cache

    rng = random.Random(3)
    analyses = flat(corpus(rng, [f"a{i:02}" for i in range(20)]))
    with AnalysisCache(tmp_path / FILE_NAME, "v1") as cache:
        cold = grouping(analyses, cache)
    monkeypatch.setattr(briefing.cache, "_ONE_BY_ONE", one_by_one)
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        db.execute("UPDATE buckets SET checksum = checksum + 1 WHERE rowid % 2 = 0")  # half of them damaged
        damaged = db.execute("SELECT count(*) FROM buckets WHERE rowid % 2 = 0").fetchone()[0]
    with AnalysisCache(tmp_path / FILE_NAME, "v1") as cache:
        assert grouping(analyses, cache) == cold
        assert cache.buckets_reused > 0 and cache.buckets_compared >= damaged > 0
