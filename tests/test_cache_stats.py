"""Stat signatures: a file whose size, times, inode and device are unchanged is not read nor hashed again."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from pathlib import Path

import pytest

from briefing import readers
from briefing.cache import FILE_NAME, AnalysisCache
from briefing.model import Article
from briefing.readers import read_file, read_seeds

TODAY = dt.date(2025, 3, 4)
TEXT = "March 3, 2025\n\nLeaders Meet in Arden\n\nThe presidents of Norland and Sudria signed a treaty on the border.\n"


@pytest.fixture
def seeds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "treaty.txt").write_text(TEXT, encoding="utf-8")
    (folder / "notes.md").write_text("# Transit\n\nThe parliament of Norland ratified the transit deal.\n")
    # The files were written a minute ago, as far as the reader's racy check is concerned.
    monkeypatch.setattr(readers, "_fs_now", lambda: time.time_ns() + 60 * 10**9)
    return folder


def read(seeds: Path, state: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Article], list[str]]:
    """Every article read through the cache, and the names of the files whose bytes were read."""
    opened: list[str] = []
    real = readers._read_bytes

    def counting(path: Path | str, max_bytes: int) -> bytes:
        opened.append(Path(path).name)
        return real(path, max_bytes)

    monkeypatch.setattr(readers, "_read_bytes", counting)
    cache = AnalysisCache.open(state, "v1", TODAY)
    assert cache is not None
    with cache:
        report = read_seeds(seeds, max_bytes=10**6, today=TODAY, known=cache)
    return list(report.articles), sorted(opened)


def plain(seeds: Path) -> list[Article]:
    return [read_file(p, max_bytes=10**6, today=TODAY) for p in sorted(seeds.iterdir())]


def test_unchanged_files_are_not_read_again(seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, opened = read(seeds, tmp_path / "state", monkeypatch)
    assert opened == ["notes.md", "treaty.txt"]
    again, opened = read(seeds, tmp_path / "state", monkeypatch)
    assert opened == []
    assert again == first == plain(seeds)


def test_touched_file_is_read_again(seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    read(seeds, tmp_path / "state", monkeypatch)
    os.utime(seeds / "notes.md", ns=(1, 1_000_000_000))
    _, opened = read(seeds, tmp_path / "state", monkeypatch)
    assert opened == ["notes.md"]
    # ... and its new signature is kept: the next run reads nothing.
    _, opened = read(seeds, tmp_path / "state", monkeypatch)
    assert opened == []


def test_same_size_edit_with_a_new_mtime_is_noticed(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = seeds / "treaty.txt"
    read(seeds, tmp_path / "state", monkeypatch)
    edited = TEXT.replace("Sudria", "Wester")
    assert len(edited) == len(TEXT)
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000))
    articles, opened = read(seeds, tmp_path / "state", monkeypatch)
    assert opened == ["treaty.txt"]
    assert articles == plain(seeds)
    assert "Wester" in articles[1].paragraphs[0]


def test_same_size_edit_with_the_old_mtime_is_noticed_by_its_change_time(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = seeds / "treaty.txt"
    read(seeds, tmp_path / "state", monkeypatch)
    before = path.stat()
    time.sleep(0.01)  # the change time must move on
    path.write_text(TEXT.replace("Sudria", "Wester"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    articles, opened = read(seeds, tmp_path / "state", monkeypatch)
    assert opened == ["treaty.txt"]
    assert articles == plain(seeds)


def test_a_file_written_just_now_is_always_hashed(seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # "Now" is pinned 50 ms after the newest write (within one tick of any filesystem clock), not read from the
    # wall clock: on a loaded machine the first read alone can take longer than a tick.
    newest = max(max(p.stat().st_mtime_ns, p.stat().st_ctime_ns) for p in seeds.iterdir())
    monkeypatch.setattr(readers, "_fs_now", lambda: newest + 50_000_000)
    read(seeds, tmp_path / "state", monkeypatch)
    _, opened = read(seeds, tmp_path / "state", monkeypatch)
    assert opened == ["notes.md", "treaty.txt"]


@pytest.mark.parametrize("column", ["signature", "content", "checksum"])
def test_corrupt_signature_row_is_not_trusted(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, column: str
) -> None:
    read(seeds, tmp_path / "state", monkeypatch)
    db = sqlite3.connect(tmp_path / "state" / FILE_NAME)
    with db:
        value = {"signature": "'1:2:3:4:5'", "content": "zeroblob(20)", "checksum": "checksum + 1"}[column]
        db.execute(f"UPDATE stats SET {column} = {value}")
    db.close()
    articles, opened = read(seeds, tmp_path / "state", monkeypatch)
    assert opened == ["notes.md", "treaty.txt"]
    assert articles == plain(seeds)
    # The rows are replaced with good ones.
    _, opened = read(seeds, tmp_path / "state", monkeypatch)
    assert opened == []


def test_known_signature_without_a_reading_reads_the_file(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read(seeds, tmp_path / "state", monkeypatch)
    db = sqlite3.connect(tmp_path / "state" / FILE_NAME)
    with db:
        db.execute("DELETE FROM readings")
    db.close()
    articles, opened = read(seeds, tmp_path / "state", monkeypatch)
    assert opened == ["notes.md", "treaty.txt"]
    assert articles == plain(seeds)
