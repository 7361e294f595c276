"""Label rules of round 40a (issue 3), written for whole classes of construction: a state's dated act told by a verb
of lawmaking, of raising, blocking, choosing, referring or giving ("In 2011 the parliament passed the Coastal Zones
Act"), and the next sitting of a series as all that was agreed ("agreed to hold the 12th Joint Commission in Lima").
Every sentence here is written for the test; each rule has counter-examples beside it.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import labels_of

# --- a state's dated act: laws made, amounts raised, takeovers blocked, contractors chosen, goods given ------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2011 the parliament passed the Coastal Zones Act, which put the islands under a single authority.",
        "In March the National Assembly amended the Penal Code to punish the smuggling of fuel more heavily.",
        "The government raised the salaries of border guards by 15 per cent in February.",
        "In 2019 the cabinet blocked a foreign fund from buying the country's largest port operator.",
        "Chile has selected a Spanish shipyard to build four patrol vessels for its navy, officials said on Monday.",
        "In June 2024 the government chose a Korean consortium to build the new rail line to the coast.",
        "Lima referred the dispute over the river to the joint boundary commission last year.",
        "Last year my Government donated two patrol boats to the coast guard of Cabo Verde.",
        "In 2023 Estonia donated to the Georgian army radio sets worth 2 million euros.",
        "Washington doubled its aid to the Andean drug programme in 2022.",
    ],
)
def test_a_dated_act_of_state_is_a_decision(text: str) -> None:
    assert "decision" in labels_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a threshold crossed: the state names no subject
        "Peruvian exports to China passed 30 billion dollars last year, most of them copper.",
        "Trade between the two countries doubled in value in 2024, customs data show.",
        "Remittances from the three states increased sharply in May.",
        # an object relative with no object after the verb
        "No agreement was reached on the lumber duties that Washington raised again in January.",
        # to come, negated, or asked for
        "In 2027 the parliament will pass a new law on the coast guard.",
        "The cabinet has not blocked any foreign takeover since 2020, the minister said on Monday.",
        # no state as the subject
        "In May the company selected a new chief executive from outside the firm.",
        # no date: an act of this kind told with no time is left to the other rules
        "The government raised the question of fishing rights with its neighbours.",
    ],
)
def test_what_is_no_dated_act_of_state(text: str) -> None:
    assert "decision" not in labels_of(text)


# --- the next sitting of a series is a schedule, not a decision ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministers agreed to hold the 12th ASEAN-Andean Ministerial Meeting in Lima in 2028.",
        "It was agreed that the IV Meeting of the Consultation Mechanism will be held in Asuncion in 2027.",
        "The delegations agreed that the next bilateral border security consultations will take place in Tallinn.",
        "The two sides agreed that the 21st session of the joint committee will be held in Rabat next year.",
        "They agreed to hold their third annual energy dialogue round in Quito in the spring.",
    ],
)
def test_the_next_sitting_of_a_series_is_no_decision(text: str) -> None:
    assert "decision" not in labels_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # an act done at a sitting of the series: the sitting says where, not when it meets again
        "The agreement was reached at the 9th meeting of the joint border committee, held in Gizo last week.",
        "The two ministers signed a treaty on the border at the fourth meeting of their joint commission.",
        # a sitting with no series
        "The ministers agreed to hold a summit on river pollution in Vientiane in May.",
        # an indefinite round of something else
        "In January the cabinet approved a third offshore licensing round covering eight blocks.",
    ],
)
def test_acts_at_a_sitting_or_without_series_stay_decisions(text: str) -> None:
    assert "decision" in labels_of(text)


# --- the terms of an act named by its extension, a rule, a facility or a truce ---------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The army and the rebels agreed on Sunday to extend their truce by three months.",
            "Under the extension, both forces will stay at their present positions and will not fly drones.",
        ),
        (
            "The interior ministers of the four states adopted a common rule on stolen vehicles in Quito.",
            "Under the new rule, a car reported stolen in one state will be flagged at every border post.",
        ),
        (
            "The finance ministers set up a regional liquidity facility at their meeting in Manila.",
            "Under the facility, members hit by a disaster will be able to draw up to 20 percent of their quota.",
        ),
        (
            "The two armies signed a truce at the border town on Friday.",
            "Under the truce, each side will pull its artillery back ten kilometres from the line.",
        ),
    ],
)
def test_the_terms_of_an_extension_rule_facility_or_truce_are_a_decision(paragraphs: tuple[str, str]) -> None:
    assert "decision" in labels_of(*paragraphs)


@pytest.mark.parametrize(
    "text",
    [
        "Under the rule of the junta, the border towns saw little investment.",
        "The minister said disputes over the river will be settled under the rule of law.",
        "The extension of the railway to the coast is still being studied.",
        "According to the facility's manager, the warehouse can hold 5,000 tonnes.",
    ],
)
def test_what_names_no_terms(text: str) -> None:
    assert "decision" not in labels_of(text)
