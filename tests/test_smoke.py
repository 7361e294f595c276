"""A first end-to-end check; the per-stage suites live beside it."""

from pathlib import Path

from briefing.cli import main


def test_generate_json_from_a_written_article(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "summit.txt").write_text(
        "March 3, 2025\n\nLeaders Meet in Arden\n\n"
        "ARDEN, March 3 (Wire) - The presidents of Norland and Sudria signed a treaty on the state border. "
        "President Ana Kovac proposed to create a joint water commission.\n",
        encoding="utf-8",
    )
    out = tmp_path / "b.json"
    assert main(["generate", "--seeds", str(seeds), "--format", "json", "--output", str(out)]) == 0
    assert out.exists()
