"""Category rules (decision / proposal / security) from the twelfth round of grouping misses on unseen
articles by their linguistic cause (issue 3). Every sentence here is written for the test; each rule has
counter-examples beside it.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text


def _labels(text: str) -> frozenset[str]:
    return frozenset(analyse_text(text)[-1].labels)


# --- a term verb inside what a proposal asks for is part of the request, not a term agreed ------------


def test_terms_inside_a_proposed_course_are_not_a_decision() -> None:
    for text in (
        "A law professor argues that both capitals should sign a charter listing which treaties require a referendum.",
        "Farm unions urged the ministers to draft a code stating that the new rules require written consent.",
        "The mayor said the council should adopt a plan under which every permit requires two signatures.",
    ):
        labels = _labels(text)
        assert "proposal" in labels, text
        assert "decision" not in labels, text


def test_terms_of_a_concluded_text_are_still_a_decision() -> None:
    # counter-examples: the same term verbs with no proposal around them
    for text in (
        "The new agreement requires both sides to notify each other of military exercises.",
        "Under the treaty signed on Monday, each state requires visas only for stays over ninety days.",
    ):
        assert "decision" in _labels(text), text


# --- an act in a "When ..." clause opening the sentence only dates its main clause -----------------------


def test_an_act_in_an_opening_when_clause_is_no_decision() -> None:
    for text in (
        "When the two premiers signed the fisheries accord in 2019, few expected it to last.",
        "When parliament ratified the treaty, the opposition walked out of the chamber.",
        "When Belvania adopted its new constitution, its neighbours watched with some concern.",
    ):
        assert "decision" not in _labels(text), text


def test_a_decision_in_the_main_clause_after_when_stays() -> None:
    # counter-examples: the act is in the main clause; or "when" does not open the sentence
    for text in (
        "When the talks resumed on Tuesday, the ministers signed a protocol on river navigation.",
        "The ministers signed the protocol when the talks resumed on Tuesday.",
    ):
        assert "decision" in _labels(text), text
