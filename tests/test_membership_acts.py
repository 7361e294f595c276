"""A state suspended (or released) "from" a body: the state's membership is what the weak act decides
(issue 3). Sentences written for the test, with counter-examples."""

from __future__ import annotations

from tests.sumhelpers import analyse_text


def _labels(text: str) -> frozenset[str]:
    return frozenset(analyse_text("The summit ended on Monday.", text)[-1].labels)


def test_a_state_suspended_from_a_body_is_a_decision() -> None:
    assert "decision" in _labels("The regional bloc suspended Guinea from all its meetings after the coup.")
    assert "decision" in _labels("The Commonwealth suspended Fiji from its councils in 2009.")


def test_a_weak_act_without_a_state_or_text_is_none() -> None:
    assert "decision" not in _labels("Fishermen suspended work for a day because of the storm.")
    # the weak act ending the sentence has nothing after it to read (this once raised IndexError)
    assert "decision" not in _labels("Talks that had stalled for years were suspended.")
