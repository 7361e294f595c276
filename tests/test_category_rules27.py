"""Decisions and proposals on text nobody had read (issue 3, round 27): each rule measured over all labelled batches
at once and kept only when its gain held with any one batch left out; each tested here with sentences of other
wordings and the counter-examples that keep it narrow.

- an act told inside the object of a verb of review or notice ("The ministers reviewed progress in implementing the
  plan adopted in 2024", "The leaders noted the importance of the accord initialled in August") only identifies what
  was reviewed: no decision (gold of four batches alike); an act coordinated with that verb ("reviewed the plan and
  agreed to extend it") and "noted that ..." (reported speech) are untouched.
Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _labels(*paragraphs: str) -> frozenset[str]:
    return frozenset(analyse_text(*paragraphs)[-1].labels)


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers reviewed progress in carrying out the trade roadmap adopted in Quito in May 2024.",
        "The premiers noted the importance for river shipping of the navigation accord initialled in Lima last autumn.",
        "The commission assessed the implementation of the fishing protocols signed by the two states since 2019.",
        "The governors discussed the smooth running of the customs regime, which took effect in January 2025.",
    ],
)
def test_an_act_in_what_was_reviewed_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The two foreign ministers reviewed the trade roadmap and agreed to extend it until 2030.",
        "The commission discussed the fisheries quotas and also approved a new inspection protocol.",
        "The governors reviewed the budget; they then adopted a resolution on the customs regime.",
        "After the ministers reviewed the draft, they signed the navigation agreement.",
    ],
)
def test_an_act_beside_the_review_is_still_a_decision(text: str) -> None:
    assert "decision" in _labels(text), text
