"""Near-duplicate merging on judged sentence pairs (tests/data/dedup_pairs.jsonl, written for this
project by an annotator: wire reprints and rewrites of one fact, and same-topic sentences stating
different facts or recurring boilerplate). Each pair is merged as two one-sentence articles of different
outlets by the real classifier and merge (bench/dedup_quality.py). The floors sit a little below what
the current LSH setting (MinHash in ``summarise._HASHES // summarise._BAND`` bands) measures, so a
setting or threshold change that loses real reprints or joins more different facts fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import dedup_quality as dq
from briefing import summarise as s

PAIRS = Path(__file__).parent / "data" / "dedup_pairs.jsonl"


@pytest.fixture(scope="module")
def results() -> list[dq.PairResult]:
    return [dq.judge(p) for p in dq.load_pairs(PAIRS)]


def test_the_fixture_holds_every_kind() -> None:
    pairs = dq.load_pairs(PAIRS)
    kinds = {p["kind"] for p in pairs}
    assert kinds == set(dq.KINDS)
    assert len(pairs) == 260
    assert all(p["same"] == (p["kind"] in ("reprint", "rewrite")) for p in pairs)


def test_grouping_precision_and_recall_stay_above_their_floors(results: list[dq.PairResult]) -> None:
    got = dq.scores(results)
    # Measured at 8 bands of 4: precision 55/92 = .598, recall 55/140 = .393 (8 bands of 3: .585, .393).
    assert got["precision"] >= 0.58, got
    assert got["recall"] >= 0.38, got


def test_every_labelled_reprint_is_a_candidate_and_grouped(results: list[dq.PairResult]) -> None:
    reprints = [r for r in results if r.kind == "reprint"]
    assert sum(r.candidate for r in reprints) / len(reprints) >= 0.97
    labelled = [r for r in reprints if r.labelled]
    assert len(labelled) >= 50
    assert sum(r.grouped for r in labelled) >= len(labelled) - 1


def test_the_scores_count_what_they_say() -> None:
    def r(same: bool, grouped: bool) -> dq.PairResult:
        return dq.PairResult("p", "reprint" if same else "different", same, True, True, grouped)

    got = dq.scores([r(True, True), r(True, False), r(False, True), r(False, False)])
    assert got == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert dq.scores([r(True, False)])["recall"] == 0.0


def test_a_setting_that_misses_reprints_fails_the_floors() -> None:
    # The floors can fail: one band of 24 rows makes almost no reprint a candidate.
    saved = (s._HASHES, s._BAND)
    try:
        dq.use_setting(1, 24)
        got = dq.scores([dq.judge(p) for p in dq.load_pairs(PAIRS)])
    finally:
        dq.use_setting(saved[0] // saved[1], saved[1])
    assert got["recall"] < 0.38
