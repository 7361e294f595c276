"""Regression guard on the project's own gold set (tests/data/gold, written for the project).

Not a quality claim (half of the set was used to develop the rules; see its README): it makes a
change that breaks how other regions' news is read fail here instead of in a user's briefing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.cli import main

GOLD = Path(__file__).parent / "data" / "gold"


def test_gold_files_are_consistent() -> None:
    for path in sorted(GOLD.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_name(path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        position = 0
        for sentence in gold["sentences"]:
            found = text.find(sentence["text"], position)
            assert found >= 0, (path.name, sentence["text"])
            position = found + len(sentence["text"])
            assert set(sentence["labels"]) <= {"decision", "proposal", "security"}
        assert sum(bool(s.get("key")) for s in gold["sentences"]) <= 3


def test_scores_on_the_projects_gold_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-q", "eval", "--gold", str(GOLD), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["articles"] == 12
    for label in ("decision", "proposal", "security"):
        assert figures[label]["f1"] >= 0.88, (label, figures[label])
    assert figures["actor_accuracy"] >= 0.9
    assert figures["key_recall"] >= 0.75
    assert figures["summary_items_per_article"] <= 4
