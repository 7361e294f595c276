"""The in-process scorer and ``briefing eval``: figures on hand-made gold, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main
from briefing.evaluate import (
    GoldArticle,
    GoldError,
    Tally,
    actor_matches,
    best_sentence,
    evaluate,
    misses,
    score_article,
    token_f1,
)
from briefing.model import Item, Section, Source
from tests.sumhelpers import briefing_of, make_article

S1 = "Chile and Peru signed a treaty on the shared aquifer."
S2 = "Peru proposed a joint fund for glacier research."
S3 = "The weather in Lima was mild."


GOLD = {
    "id": "g",
    "sentences": [
        {"text": S1, "labels": ["decision"], "actor": "Chile and Peru", "key": True},
        {"text": S2, "labels": ["proposal"], "actor": "Peru", "key": True},
        {"text": S3, "labels": [], "actor": None, "key": False},
    ],
}


def gold() -> GoldArticle:
    return GoldArticle.from_json(GOLD)


def test_token_f1_and_matching_threshold() -> None:
    assert token_f1("a b c d", "a b c d") == 1.0
    assert token_f1("a b", "c d") == 0.0
    sentences = gold().sentences
    assert best_sentence(S2 + " Officials agreed.", sentences) == 1
    assert best_sentence("Entirely different words here.", sentences) is None


def test_actor_matching_ignores_titles() -> None:
    assert actor_matches("President Piet Duran", "Duran")
    assert not actor_matches("President Ana Kovac", "President Piet Duran")
    assert not actor_matches(None, "Peru")


def test_score_of_a_hand_built_briefing() -> None:
    b = briefing_of(make_article("x."))
    sections = (
        Section("decisions", "D", (Item("t", "Peru", (Source("g", S1),)),)),
        Section("proposals", "P", (Item("t", "Chile", (Source("g", S2),)), Item("t", None, (Source("g", S3),)))),
        Section("security", "S", ()),
    )
    b = type(b)(b.title, b.generated_at, b.period, b.articles, (Item("t", None, (Source("g", S1),)),), sections)
    score = score_article(gold(), b)
    assert score.tallies == {"decision": Tally(1, 1, 1), "proposal": Tally(1, 2, 1), "security": Tally(0, 0, 0)}
    assert (score.actor_hits, score.actor_total) == (1, 2)
    assert (score.key_hits, score.key_total) == (1, 2)
    ev = evaluate([(gold(), b)])
    assert ev.as_dict()["proposal"] == {"precision": 0.5, "recall": 1.0, "f1": 0.667, "tp": 1, "sys": 2, "gold": 1}
    assert ev.actor_accuracy == 0.5 and ev.key_recall == 0.5


def test_misses_lists_each_disagreement_once() -> None:
    b = briefing_of(make_article("x."))
    sections = (
        Section("decisions", "D", ()),
        Section("proposals", "P", (Item("t", "Chile", (Source("g", S2),)), Item("t", None, (Source("g", S3),)))),
        Section("security", "S", (Item("t", None, (Source("g", "Words found in no gold sentence at all."),)),)),
    )
    b = type(b)(b.title, b.generated_at, b.period, b.articles, (), sections)
    lines = misses(gold(), b)
    assert f"g #0 missed decision (gold actor 'Chile and Peru') | {S1}" in lines
    assert f"g #1 actor proposal 'Chile' != 'Peru' | {S2}" in lines
    assert f"g #2 extra proposal | {S3}" in lines
    assert "g #? extra security | Words found in no gold sentence at all." in lines
    assert len(lines) == 4


def test_eval_misses_option_prints_the_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_gold_dir(tmp_path / "gold")
    assert main(["-q", "eval", "--gold", str(tmp_path / "gold"), "--misses"]) == 0
    out = capsys.readouterr().out
    assert "macro F1" in out
    assert all(" | " in line for line in out.splitlines() if line.startswith("visit #"))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, '"sentences" list'),
        ({"sentences": [{"labels": []}]}, 'sentences[0] needs a "text"'),
        ({"sentences": [{"text": "x", "labels": "decision"}]}, "sentences[0].labels"),
        ({"sentences": [{"text": "x", "actor": 3}]}, "sentences[0].actor"),
    ],
)
def test_bad_gold_records_name_the_field(data: dict[str, object], message: str) -> None:
    with pytest.raises(GoldError, match=message.replace("[", r"\[").replace("]", r"\]")):
        GoldArticle.from_json(data)


def _write_gold_dir(folder: Path) -> None:
    folder.mkdir()
    (folder / "visit.txt").write_text(f"Leaders Meet\n\n{S1} {S2}\n\n{S3}\n", encoding="utf-8")
    (folder / "visit.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")


def test_eval_command_prints_the_scores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_gold_dir(tmp_path / "gold")
    assert main(["-q", "eval", "--gold", str(tmp_path / "gold"), "--json", "--per-article"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["decision"]["f1"] == 1.0 and out["proposal"]["f1"] == 1.0
    assert out["actor_accuracy"] == 1.0 and out["key_recall"] == 1.0
    assert out["per_article"][0]["article"] == "visit"


@pytest.mark.parametrize("verbose", [False, True])
def test_eval_logs_no_stage_line_per_article_unless_verbose(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], verbose: bool
) -> None:
    _write_gold_dir(tmp_path / "gold")
    argv = ["eval", "--gold", str(tmp_path / "gold"), "--json"]
    assert main(["-v", *argv] if verbose else argv) == 0
    err = capsys.readouterr().err.splitlines()
    assert f"scoring 1 labelled articles in {tmp_path / 'gold'}" in err
    assert [line for line in err if line.startswith("analysing ")] == (["analysing 1 articles"] if verbose else [])


def test_eval_baseline_scores_the_keyword_classifier(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write_gold_dir(tmp_path / "gold")
    assert main(["-q", "eval", "--gold", str(tmp_path / "gold"), "--json", "--baseline"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["actor_accuracy"] == 0.0  # the keyword pass names no actor
    assert out["summary_items_per_article"] <= 3


def test_eval_command_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", "--gold", str(tmp_path / "missing")]) == 1
    assert "does not exist" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["eval", "--gold", str(tmp_path / "empty")]) == 1
    assert "No NAME.gold.json files" in capsys.readouterr().err
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    (lonely / "x.gold.json").write_text('{"sentences": []}', encoding="utf-8")
    assert main(["eval", "--gold", str(lonely)]) == 1
    assert "has no article beside it (add x.txt" in capsys.readouterr().err
    (lonely / "x.txt").write_text("Title\n\nA sentence here.\n", encoding="utf-8")
    (lonely / "x.gold.json").write_text("{not json", encoding="utf-8")
    err_code = main(["eval", "--gold", str(lonely)])
    assert err_code == 1 and "Cannot read x.gold.json" in capsys.readouterr().err
