"""Decision rules of round 36b (issue 3): money handed over or a thing paid for by a state, and the operative present
of a text's makers ("the leaders instruct ...", "commit to conclude ..."). Every sentence here is written for the
test; each rule has counter-examples beside it.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text, labels_of

_labels = labels_of


# --- money handed over or a thing paid for by a state, in the active voice ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Last spring Lisbon paid for a new school building in the port town.",
        "The government has already transferred 40 million euros to the reconstruction fund.",
        "Ruritania's cabinet financed the new ferry terminal on the northern coast.",
        "Ankara has meanwhile rolled over a 2 billion dollar deposit at the central bank for one more year.",
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


# --- what a decision bought or hired does next is its use, not a term -----------------------------------------------


def _last_labels(*paragraphs: str) -> frozenset[str]:
    return frozenset(analyse_text(*paragraphs)[-1].labels)


@pytest.mark.parametrize(
    "follow",
    [
        "The corvettes will be fitted with a new sonar made in Kiel.",
        "The new recruits will go first to the northern districts where thefts are most common.",
    ],
)
def test_the_use_of_what_was_bought_or_hired_is_no_term(follow: str) -> None:
    lead = "Ruritania's defence agency signed a contract on Monday for four corvettes and the training of 300 recruits."
    assert "decision" not in _last_labels(lead, follow)


def test_a_body_set_up_by_the_decision_still_carries_its_terms() -> None:
    lead = "The two ministers agreed on Monday to set up a joint coordination centre in the port of Vell."
    follow = "The centre will be staffed by customs officers from both countries."
    assert "decision" in _last_labels(lead, follow)
