"""Bad input beside good articles: each skipped (or read) with one line; the rest is written."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from briefing.cli import main

DATA = Path(__file__).parent / "data" / "articles"


@pytest.fixture
def messy_seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(DATA / "01-lakeside-summit.txt", seeds)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (seeds / "latin1.txt").write_bytes(
        "Le ministre a signé un accord de coopération à Genève avec ses homologues.\n".encode("latin-1")
    )
    (seeds / "huge.txt").write_bytes(b"The delegations met again. " * 800_000)  # ~21 MB
    (seeds / "headings-only.txt").write_text("Just A Headline\n\nSecond Heading\n", encoding="utf-8")
    (seeds / "Résumé des réunions.txt").write_text(
        "The ministers of Tajikistan and Uzbekistan signed a protocol on water sharing.", encoding="utf-8"
    )
    (seeds / "slides.pptx").write_bytes(b"PK\x03\x04 not an article")
    return seeds


def test_bad_files_are_skipped_with_one_line_each(
    messy_seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "b.json"
    code = main(["-q", "generate", "--seeds", str(messy_seeds), "--format", "json", "--output", str(out)])
    assert code == 0
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("warning: skipped")]
    expected = {
        "empty.txt": "empty file",
        "picture.txt": "binary file",
        "huge.txt": "MB limit",
        "headings-only.txt": "no body text",
        "slides.pptx": "unknown extension '.pptx'",
    }
    assert len(lines) == len(expected), err
    for name, reason in expected.items():
        assert any(name in line and reason in line for line in lines), (name, err)
    data = json.loads(out.read_text(encoding="utf-8"))
    ids = {a["id"] for a in data["articles"]}
    assert ids == {"01-lakeside-summit", "latin1", "Résumé-des-réunions"}
    assert any("protocol on water sharing" in i["text"] for i in data["sections"]["decisions"])


def test_missing_seeds_folder_is_one_line_and_non_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["generate", "--seeds", str(tmp_path / "nowhere"), "--format", "json", "--out-dir", str(tmp_path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[-1] == f"briefing: Seeds folder {tmp_path / 'nowhere'} does not exist (create it or pass --seeds DIR)"
    assert "Traceback" not in "\n".join(err)


def test_empty_seeds_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "seeds").mkdir()
    code = main(["-q", "generate", "--seeds", str(tmp_path / "seeds"), "--out-dir", str(tmp_path / "out")])
    assert code == 1
    assert "No articles in" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_only_bad_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "x.txt").write_bytes(b"")
    code = main(["-q", "generate", "--seeds", str(tmp_path / "seeds"), "--out-dir", str(tmp_path / "out")])
    assert code == 1
    assert "all 1 files were skipped" in capsys.readouterr().err


def test_config_error_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text("colour = 'blue'\n")
    code = main(["generate", "--config", str(cfg)])
    err = capsys.readouterr().err.strip()
    assert code == 2
    assert err.count("\n") == 0 and "unknown key 'colour'" in err


def test_unwritable_output_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    code = main(["-q", "generate", "--seeds", str(DATA), "--format", "json", "--out-dir", str(blocker / "sub")])
    assert code == 1
    assert "Cannot write to" in capsys.readouterr().err


def test_no_warning_for_clean_input(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert main(["generate", "--seeds", str(DATA), "--format", "json", "--output", str(tmp_path / "x.json")]) == 0
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


STAGES = ("reading ", "analysing ", "rendering ")


@pytest.mark.parametrize("verbose", [False, True])
def test_stage_lines_only_with_verbose_warnings_always(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], verbose: bool
) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(DATA / "01-lakeside-summit.txt", seeds)
    (seeds / "empty.txt").write_bytes(b"")
    argv = ["generate", "--seeds", str(seeds), "--format", "json", "--output", str(tmp_path / "b.json")]
    assert main(["-v", *argv] if verbose else argv) == 0
    lines = capsys.readouterr().err.splitlines()
    assert "warning: skipped empty.txt: empty file" in lines
    assert sum(line.startswith("done: 1 articles read, 1 skipped") for line in lines) == 1
    stages = [line for line in lines if line.startswith(STAGES)]
    assert stages == ([f"reading {seeds}", "analysing 1 articles", "rendering json"] if verbose else [])
