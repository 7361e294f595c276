"""The analysis cache: hits, misses, version invalidation, and corrupt entries rebuilt, never trusted."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from pathlib import Path

import pytest

from briefing.cache import FILE_NAME, AnalysisCache, Entry, analyse_with_cache, article_key, summariser_version
from briefing.config import Config
from briefing.model import Article
from briefing.pipeline import make_briefing
from briefing.summarise import analyse, merge_keys_of

NOW = dt.datetime(2025, 3, 4, 9, 0, tzinfo=dt.UTC)


def make_article(ident: str, *paragraphs: str, title: str = "Leaders meet in Arden") -> Article:
    return Article(ident, f"/seeds/{ident}.txt", title, dt.date(2025, 3, 3), "Wire", None, tuple(paragraphs))


TREATY = make_article(
    "treaty",
    "The presidents of Norland and Sudria signed a treaty on the state border. "
    "President Ana Kovac proposed to create a joint water commission.",
    "The ministers agreed to hold joint exercises against terrorism next year.",
)
OTHER = make_article("other", "The parliament of Norland ratified the agreement on transit of goods.")


class Counting:
    """An analyse_one that counts its calls, so a test can tell a hit from a miss."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, article: Article) -> Entry:
        self.calls.append(article.id)
        [(_, analyses)] = analyse([article])
        # As the pipeline does: merge keys of every labelled sentence.
        return Entry(analyses, tuple(merge_keys_of(x.sentence.text) if x.labels else None for x in analyses))


def open_cache(state: Path, version: str = "v1") -> AnalysisCache:
    cache = AnalysisCache.open(state, version)
    assert cache is not None
    return cache


def test_second_run_reuses_every_analysis(tmp_path: Path) -> None:
    fresh = Counting()
    with open_cache(tmp_path) as cache:
        first = analyse_with_cache([TREATY, OTHER], cache, fresh)
    again = Counting()
    with open_cache(tmp_path) as cache:
        second = analyse_with_cache([TREATY, OTHER], cache, again)
        assert (cache.hits, cache.misses) == (2, 0)
    assert fresh.calls == ["treaty", "other"]
    assert again.calls == []
    assert second == first


def test_changed_article_is_a_miss(tmp_path: Path) -> None:
    with open_cache(tmp_path) as cache:
        analyse_with_cache([TREATY], cache, Counting())
    edited = make_article("treaty", "The presidents of Norland and Sudria signed a treaty on trade.")
    counting = Counting()
    with open_cache(tmp_path) as cache:
        [(_, entry)] = analyse_with_cache([edited], cache, counting)
        assert (cache.hits, cache.misses) == (0, 1)
    assert counting.calls == ["treaty"]
    assert [x.sentence.text for x in entry.analyses] == [edited.paragraphs[0]]


def test_user_section_cues_are_part_of_the_key() -> None:
    assert article_key(TREATY, '{"energy": ["gas"]}') != article_key(TREATY, "{}")
    assert article_key(TREATY) == article_key(TREATY)


def test_new_summariser_version_invalidates_and_drops_old_entries(tmp_path: Path) -> None:
    with open_cache(tmp_path, "v1") as cache:
        analyse_with_cache([TREATY], cache, Counting())
    counting = Counting()
    with open_cache(tmp_path, "v2") as cache:
        analyse_with_cache([TREATY], cache, counting)
        assert cache.misses == 1
    assert counting.calls == ["treaty"]
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        assert db.execute("SELECT DISTINCT version FROM analyses").fetchall() == [("v2",)]


def test_default_version_is_a_hash_of_the_analysing_code() -> None:
    version = summariser_version()
    assert len(version) == 16
    assert int(version, 16) >= 0


def tamper(state: Path, sql: str, *args: object) -> None:
    with sqlite3.connect(state / FILE_NAME) as db:
        db.execute(sql, args)


@pytest.mark.parametrize(
    ("sql", "args"),
    [
        ("UPDATE analyses SET blob = ?", (b"\x78\x01garbage",)),
        ("UPDATE analyses SET blob = substr(blob, 1, 20)", ()),
        ("UPDATE analyses SET digest = ?", ("0" * 32,)),
    ],
    ids=["garbage-bytes", "truncated", "wrong-digest"],
)
def test_corrupt_entry_is_rebuilt_not_trusted(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, sql: str, args: tuple[object, ...]
) -> None:
    with open_cache(tmp_path) as cache:
        [(_, original)] = analyse_with_cache([TREATY], cache, Counting())
    tamper(tmp_path, sql, *args)
    counting = Counting()
    with caplog.at_level(logging.WARNING, logger="briefing.cache"), open_cache(tmp_path) as cache:
        [(_, rebuilt)] = analyse_with_cache([TREATY], cache, counting)
        assert cache.rebuilt == 1
    assert counting.calls == ["treaty"]
    assert rebuilt == original
    assert "analysis cache entry of treaty is corrupt" in caplog.text
    # The rebuilt entry is stored again and trusted next time.
    with open_cache(tmp_path) as cache:
        analyse_with_cache([TREATY], cache, Counting())
        assert (cache.hits, cache.rebuilt) == (1, 0)


def test_entry_quoting_text_absent_from_the_article_is_rejected(tmp_path: Path) -> None:
    """Same key, different text (a hash collision or a hand-edited row): quotes must still be exact."""
    with open_cache(tmp_path) as cache:
        cache.put("k", Counting()(TREATY), TREATY)
        cache.commit()
        assert cache.get("k", TREATY) is not None
        impostor = make_article("treaty", "Nothing of the kind was said here.", "Nor here.")
        # Same lengths, other words: a sentence kept as a place in its paragraph must still be that sentence.
        lookalike = make_article("treaty", *("x" * len(p) for p in TREATY.paragraphs))
        assert cache.get("k", lookalike) is None
        assert cache.rebuilt == 1
        cache.put("k", Counting()(TREATY), TREATY)
        cache.commit()
        assert cache.get("k", impostor) is None
        assert cache.rebuilt == 2


def test_unreadable_database_file_is_moved_aside(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / FILE_NAME).write_bytes(b"this is not a database, it is a shopping list" * 50)
    with caplog.at_level(logging.WARNING, logger="briefing.cache"), open_cache(tmp_path) as cache:
        analyse_with_cache([TREATY], cache, Counting())
        assert cache.misses == 1
    assert (tmp_path / (FILE_NAME + ".corrupt")).is_file()
    assert "is unreadable" in caplog.text


def test_unusable_state_folder_disables_the_cache(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the state folder should be")
    with caplog.at_level(logging.WARNING, logger="briefing.cache"):
        assert AnalysisCache.open(blocker) is None
    assert "analysis cache disabled" in caplog.text


def test_briefing_is_the_same_with_a_cold_or_warm_cache_or_none(tmp_path: Path) -> None:
    config = Config()
    articles = [TREATY, OTHER]
    plain = make_briefing(config, articles, now=NOW)
    with open_cache(tmp_path) as cache:
        cold = make_briefing(config, articles, now=NOW, cache=cache)
    with open_cache(tmp_path) as cache:
        warm = make_briefing(config, articles, now=NOW, cache=cache)
        assert cache.hits == 2
    assert plain == cold == warm
    assert any(s.items for s in plain.sections)


def test_entries_unused_for_the_retention_period_are_dropped(tmp_path: Path) -> None:
    day = dt.date(2025, 3, 1)
    with AnalysisCache(tmp_path / FILE_NAME, "v1", today=day) as cache:
        analyse_with_cache([TREATY, OTHER], cache, Counting())
    # A month later only TREATY is still in the seeds: its entry is marked used again.
    with AnalysisCache(tmp_path / FILE_NAME, "v1", today=day + dt.timedelta(days=30)) as cache:
        analyse_with_cache([TREATY], cache, Counting())
        assert cache.hits == 1
    with AnalysisCache(tmp_path / FILE_NAME, "v1", today=day + dt.timedelta(days=61 + 1)) as cache:
        counting = Counting()
        analyse_with_cache([TREATY, OTHER], cache, counting)
    assert counting.calls == ["other"]


def test_generate_reuses_analyses_from_the_state_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from briefing.cli import main

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "treaty.txt").write_text("March 3, 2025\n\nLeaders Meet in Arden\n\n" + TREATY.paragraphs[0] + "\n")
    (tmp_path / "briefing.toml").write_text('seeds = "seeds"\nstate = "state"\nformats = ["json"]\n')
    argv = ["generate", "--config", str(tmp_path / "briefing.toml"), "--out-dir", str(tmp_path / "out")]
    assert main(argv) == 0
    assert "analysis cache: 0 reused, 1 analysed" in capsys.readouterr().err
    assert (tmp_path / "state" / FILE_NAME).is_file()
    assert main(argv) == 0
    assert "analysis cache: 1 reused, 0 analysed" in capsys.readouterr().err
    assert main([*argv, "--no-cache"]) == 0
    assert "analysis cache" not in capsys.readouterr().err


def test_every_module_the_analysis_runs_is_hashed_into_the_version() -> None:
    """A change to any module the analysis imports must invalidate cached analyses."""
    import subprocess
    import sys

    from briefing.cache import _ANALYSIS_SOURCES

    # A compiled module's file is its extension ("actors.cpython-311-x86_64-linux-gnu.so"): its source
    # is the .py of the same name, which is what the version hashes (the build compiles exactly that).
    code = (
        "import sys, pathlib, briefing, briefing.summarise; here = pathlib.Path(briefing.__file__).parent\n"
        "files = [pathlib.Path(m.__file__) for n, m in list(sys.modules.items()) if n.startswith('briefing.')]\n"
        "print(' '.join(f.with_name(f.name.split('.')[0] + '.py').relative_to(here).as_posix() for f in files))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    modules = set(loaded)
    assert "rules/decisions.py" in modules  # sub-package modules are seen too
    # errors.py holds no analysis; _native.py only picks compiled or pure modules, whose output is the same.
    assert modules - {"errors.py", "_native.py"} <= set(_ANALYSIS_SOURCES), modules - set(_ANALYSIS_SOURCES)


def test_warm_run_writes_the_same_json_as_a_run_without_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Byte for byte, apart from generated_at: the cache (and the seen-file fast path) only saves work."""
    import json

    from briefing.cli import main

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    texts = {
        "treaty.txt": "March 3, 2025\n\nLeaders Meet in Arden\n\n" + "\n\n".join(TREATY.paragraphs) + "\n",
        "reprint.txt": "March 4, 2025\n\nArden Treaty Signed\n\n" + TREATY.paragraphs[0] + "\n",
        "transit.md": "# Transit of Goods\n\n" + OTHER.paragraphs[0] + " Decree 12 took effect on 1 April.\n",
    }
    for name, text in texts.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (tmp_path / "briefing.toml").write_text('seeds = "seeds"\nstate = "state"\nformats = ["json"]\n')
    base = ["generate", "--config", str(tmp_path / "briefing.toml")]

    def contract(name: str, *extra: str) -> dict[str, object]:
        out = tmp_path / name
        assert main([*base, "--output", str(out), *extra]) == 0
        data: dict[str, object] = json.loads(out.read_bytes())
        data.pop("generated_at")
        return data

    cold = contract("cold.json")
    (seeds / "late.txt").write_text("March 5, 2025\n\nNew Talks\n\n" + OTHER.paragraphs[0] + "\n", encoding="utf-8")
    capsys.readouterr()
    warm = contract("warm.json")
    assert "3 reused, 1 analysed; 3 files seen before not parsed again" in capsys.readouterr().err
    plain = contract("plain.json", "--no-cache")
    assert warm == plain
    assert warm != cold  # the new article counts
    assert (tmp_path / "warm.json").read_bytes().replace(b"\n", b"").count(b'"generated_at"') == 1
    strip = [
        b"\n".join(line for line in (tmp_path / f).read_bytes().splitlines() if b'"generated_at"' not in line)
        for f in ("warm.json", "plain.json")
    ]
    assert strip[0] == strip[1]


@pytest.mark.parametrize(
    "damage",
    [
        lambda k: [k[0] + 1, *k[1:]],  # one word pair missing
        lambda k: [*k[:2], k[2] - 1, *k[3:]],  # one stem too many
        lambda k: [*k[:6], k[6][:-2], k[7]],  # MinHash cut short
        lambda k: [*k[:6], "zz" * 48, k[7]],  # not hexadecimal
        lambda k: [*k[:7], k[7][:-2]],  # text digest cut short
        lambda k: k[:3],  # a field missing
    ],
    ids=["pair-count", "stem-count", "short-signature", "bad-hex", "short-digest", "missing-field"],
)
def test_entry_with_damaged_merge_keys_is_rebuilt(tmp_path: Path, damage: object) -> None:
    """Merge keys decide which facts merge: a damaged one (digest matching) must not be used."""
    import json

    from briefing.cache import _digest

    with open_cache(tmp_path) as cache:
        [(_, original)] = analyse_with_cache([TREATY], cache, Counting())
    assert any(k is not None for k in original.keys)
    with sqlite3.connect(tmp_path / FILE_NAME) as db:
        [(blob,)] = db.execute("SELECT blob FROM analyses").fetchall()
        raw = json.loads(blob)
        first = next(i for i, k in enumerate(raw["k"]) if k is not None)
        raw["k"][first] = damage(raw["k"][first])  # type: ignore[operator]
        forged = json.dumps(raw).encode()
        db.execute("UPDATE analyses SET blob = ?, digest = ?", (forged, _digest(forged)))
    counting = Counting()
    with open_cache(tmp_path) as cache:
        [(_, rebuilt)] = analyse_with_cache([TREATY], cache, counting)
        assert cache.rebuilt == 1
    assert counting.calls == ["treaty"]
    assert rebuilt == original


def test_entry_round_trip_keeps_analyses_and_merge_keys() -> None:
    import json

    from briefing.cache import _decode, _digest, _encode

    entry = Counting()(TREATY)
    assert any(k is not None for k in entry.keys)
    blob = json.dumps(_encode(entry, TREATY), ensure_ascii=False).encode()
    decoded = _decode(_digest(blob), blob, TREATY)
    assert decoded == entry
    assert [k is None for k in decoded.keys] == [not x.labels for x in entry.analyses]


def test_use_marks_are_rewritten_once_a_week_not_every_day(tmp_path: Path) -> None:
    """A daily run would otherwise rewrite every row's mark every day; a row in use still never
    comes near the retention period."""
    from briefing.cache import RETENTION_DAYS, TOUCH_DAYS

    day = dt.date(2025, 3, 1)

    def marks() -> set[int]:
        with sqlite3.connect(tmp_path / FILE_NAME) as db:
            return {used for (used,) in db.execute("SELECT used FROM analyses")}

    for offset in (0, TOUCH_DAYS, TOUCH_DAYS + 1):
        with AnalysisCache(tmp_path / FILE_NAME, "v1", today=day + dt.timedelta(days=offset)) as cache:
            analyse_with_cache([TREATY, OTHER], cache, Counting())
        expected = day + dt.timedelta(days=offset if offset > TOUCH_DAYS else 0)
        assert marks() == {expected.toordinal()}
    assert TOUCH_DAYS < RETENTION_DAYS // 4


def test_opening_says_how_many_analyses_it_drops_and_why(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A run that drops analyses analyses those articles again: -v says so, and why (issue 6)."""
    start = dt.date(2025, 3, 1)
    with AnalysisCache(tmp_path / FILE_NAME, "v1", today=start) as cache:
        analyse_with_cache([TREATY, OTHER], cache, Counting())
    with caplog.at_level(logging.INFO, logger="briefing.cache"):
        with AnalysisCache(tmp_path / FILE_NAME, "v1", today=start + dt.timedelta(days=61)) as cache:
            analyse_with_cache([TREATY], cache, Counting())
        assert "dropped 0 analyses of another summariser version and 2 unused for 60 days" in caplog.text
        caplog.clear()
        with open_cache(tmp_path, "v2"):
            pass
        assert "dropped 1 analyses of another summariser version and 0 unused" in caplog.text
        caplog.clear()
        with open_cache(tmp_path, "v2"):
            pass
        assert "dropped" not in caplog.text
