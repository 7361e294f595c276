"""bench/run.py's cold-versus-warm check: a warm briefing that differs is reported by repeat, and a checkout that
changed during the run voids the comparison instead of blaming the cache (a merge mid-run once did exactly that)."""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

import pytest

from bench import run
from tests.test_bench_corpus import POOL


def _args(repeats: int) -> argparse.Namespace:
    return argparse.Namespace(seed=1, repeats=repeats, budget=1e9, incremental_formats="json")


def _fake_generate(outputs: dict[str, list[bytes]]) -> object:
    """A stand-in for one cached `briefing generate`: writes the next JSON queued for that output folder's name."""

    def generate(folder: Path, state: Path, out_dir: Path, formats: str) -> tuple[float, float]:
        state.mkdir(parents=True, exist_ok=True)
        out_dir.mkdir(parents=True, exist_ok=True)
        body = outputs[out_dir.name].pop(0) if outputs.get(out_dir.name) else b"{}"
        (out_dir / "briefing.json").write_bytes(b'{\n"generated_at": "now",\n' + body + b"\n}")
        return 1.0, 10.0

    return generate


def test_a_warm_briefing_that_differs_is_reported_with_its_repeat(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outputs = {"cold": [b'"a": 1', b'"a": 1'], "warm": [b'"a": 1', b'"a": 2']}
    monkeypatch.setattr(run, "_generate_cached", _fake_generate(outputs))
    monkeypatch.setattr(run, "_analysis_version", lambda: "v1")
    result = run.run_incremental(200, POOL, tmp_path, _args(repeats=2))
    assert result["warm_json_identical_to_cold"] is False
    assert result["differing_repeats"] == [2]
    assert result["code_changed_during_run"] is False


def test_code_changed_during_the_run_voids_the_comparison(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outputs = {"cold": [b'"a": 1'], "warm": [b'"a": 2']}
    versions = itertools.chain(["v1"], itertools.repeat("v2"))
    monkeypatch.setattr(run, "_generate_cached", _fake_generate(outputs))
    monkeypatch.setattr(run, "_analysis_version", lambda: next(versions))
    result = run.run_incremental(200, POOL, tmp_path, _args(repeats=1))
    assert result["code_changed_during_run"] is True
    assert result["warm_json_identical_to_cold"] is None
    assert result["differing_repeats"] == [1]


def test_the_version_is_read_from_the_files_now_not_the_first_import() -> None:
    from briefing.cache import summariser_version

    assert run._analysis_version() == summariser_version()
