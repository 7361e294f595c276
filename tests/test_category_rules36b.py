"""Decision rules of round 36b (issue 3): money handed over or a thing paid for by a state, and the operative present
of a text's makers ("the leaders instruct ...", "commit to conclude ..."). Every sentence here is written for the
test; each rule has counter-examples beside it.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _labels(text: str) -> frozenset[str]:
    return frozenset(analyse_text(text)[-1].labels)


# --- money handed over or a thing paid for by a state, in the active voice ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Last spring Lisbon paid for a new school building in the port town.",
        "The government has already transferred 40 million euros to the reconstruction fund.",
        "Ruritania's cabinet financed the new ferry terminal on the northern coast.",
    ],
)
def test_money_handed_over_by_a_state_is_a_decision(text: str) -> None:
    assert "decision" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # a participle (no object after it), a company or a person, a negation, a plan
        "A footbridge over the canal, largely paid for from the same fund, will open in June.",
        "The ferry, financed by the regional bank, carries 300 passengers.",
        "The company paid for the new stadium lights.",
        "Her brother paid an agent a large fee for the visa.",
        "The government has not transferred the promised money to the fund.",
        "Lisbon may pay for a second school next year.",
    ],
)
def test_money_paid_in_passing_by_others_or_not_paid_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text)


# --- the operative present of a text's makers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In their joint statement, the ministers instruct their customs chiefs to open the new crossing by July.",
        'In the final text, the heads of state "commit to conclude talks on a fisheries accord by the autumn".',
    ],
)
def test_what_the_makers_of_a_text_instruct_or_commit_to_is_a_decision(text: str) -> None:
    assert "decision" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # "commit to" a thing or a date, not an act; negated; "instruct" with no one told to act
        "The ministers commit to a review of the fisheries plan.",
        "The two delegations did not commit to a date for the next round.",
        "Volunteers instruct visitors on the rules of the reserve.",
    ],
)
def test_commit_to_a_thing_and_instruct_without_an_act_are_no_decision(text: str) -> None:
    assert "decision" not in _labels(text)
