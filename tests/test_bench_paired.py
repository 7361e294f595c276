"""bench/run.py's paired summariser/regex ratio: the two stages run alternately, and the ratio is the median of each
pair's CPU-time ratio (a load that comes and goes weighs on a pair's two runs alike)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import run


def test_the_stages_alternate_and_the_ratio_is_the_median_of_the_pairs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    # (wall, cpu) of each run in call order: regex, summarise, regex, summarise, regex, summarise
    runs = iter([(1.0, 1.0), (9.0, 5.0), (2.0, 2.0), (6.0, 8.0), (1.0, 1.0), (3.0, 3.0)])

    def worker(argv: list[str]) -> dict[str, Any]:
        calls.append(argv[0])
        wall, cpu = next(runs)
        return {"times": [wall], "cpu": [cpu], "peak_rss_mb": 10.0}

    monkeypatch.setattr(run, "_worker", worker)
    regex, summarise, ratio = run.run_paired(tmp_path, repeats=3, budget=1e9)
    assert calls == ["regex", "summarise"] * 3
    assert ratio == 4.0  # the pairs' CPU ratios are 5, 4 and 3
    assert regex["cpu_median"] == 1.0 and summarise["cpu_median"] == 5.0
    assert summarise["median"] == 6.0 and summarise["runs"] == 3


def test_a_spent_budget_stops_after_a_whole_pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []

    def worker(argv: list[str]) -> dict[str, Any]:
        calls.append(argv[0])
        return {"times": [50.0], "cpu": [2.0 if argv[0] == "regex" else 12.0], "peak_rss_mb": 10.0}

    monkeypatch.setattr(run, "_worker", worker)
    regex, summarise, ratio = run.run_paired(tmp_path, repeats=5, budget=60.0)
    assert calls == ["regex", "summarise", "regex", "summarise"]
    assert ratio == 6.0 and regex["runs"] == summarise["runs"] == 2
