"""Decision rules of round 35d (issue 3): a state's membership changed or another state recognised, told as done.
Every sentence here is written for the test; each rule has counter-examples beside it.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text, labels_of

_labels = labels_of


# --- a body joined or left, even as background ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Borduria left the regional customs union in April 2021.",
        "Ruritania joined the Northern Fisheries Partnership in 2008 but has stayed out of its patrols.",
        "In 2019, in Vell, the trade ministers of four coastal states joined the Harbour Initiative to share data.",
    ],
)
def test_a_body_joined_or_left_is_a_decision(text: str) -> None:
    assert "decision" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause naming who is meant, an opening clause of time, a modal, a negation, no body joined
        "Borduria, which joined the customs union in 2021, sent its deputy minister.",
        "When Ruritania and Borduria formally left the Coastal Community of States in 2020, trade fell by half.",
        "Borduria may leave the customs union next year.",
        "Ruritania has not joined the fisheries partnership.",
        "The deputy minister joined a session of the council on Tuesday.",
        "The minister left the council chamber before the vote.",
    ],
)
def test_a_membership_only_named_planned_or_denied_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text)


# --- a state ranked by when it took a step of membership or recognition ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The minister recalled that Ruritania was the first country to recognise Borduria, in March 1992.",
        "Borduria became the fourth state to ratify the fisheries convention last week.",
    ],
)
def test_the_first_country_to_recognise_or_ratify_has_done_it(text: str) -> None:
    assert "decision" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "When Ruritania became the first country to formally recognise the new government, its neighbours protested.",
        "Borduria would be the first country to ratify the convention.",
        "Ruritania was not the first state to recognise Borduria.",
        "Ruritania is the first country to host the games twice.",
    ],
)
def test_a_rank_in_a_clause_of_time_to_come_or_of_another_act_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text)


# --- what is agreed or promised is only a study or a wish -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Borduran delegation agreed to examine the request at the next session of the commission.",
        "The two ministers agreed that a treaty on river navigation should be concluded as soon as possible.",
    ],
)
def test_an_agreement_only_to_examine_or_that_something_should_be_done_is_no_decision(text: str) -> None:
    assert "decision" not in _labels(text)


def test_a_study_promised_after_a_decision_is_no_term_of_it() -> None:
    text = (
        "It was agreed that the Ruritanian coast guard and the Borduran navy will exchange liaison officers. "
        "The Borduran side requested Ruritanian help to refit two patrol boats. "
        "The Ruritanian coast guard will examine this request with the finance ministry."
    )
    assert "decision" not in analyse_text(text)[-1].labels


@pytest.mark.parametrize(
    "text",
    [
        # counter-examples: an agreement with a term of its own ("will", "must"), and an act agreed
        "The two ministers agreed that the ferry will run twice a week from May.",
        "The two ministers agreed that all fishing boats must carry a transponder.",
        "The two delegations agreed to open a joint customs office at the bridge.",
    ],
)
def test_an_agreement_with_terms_stays_a_decision(text: str) -> None:
    assert "decision" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Althing in May ratified the fisheries treaty with the Faroe Islands.",
        "Parliament on 14 May approved the protocol on the shared hydropower plant.",
    ],
)
def test_the_month_may_is_not_the_modal(text: str) -> None:
    assert "decision" in _labels(text)


def test_the_modal_may_still_makes_an_act_possible_only() -> None:
    assert "decision" not in _labels("The Althing may ratify the fisheries treaty with the Faroe Islands.")
