"""Label rules of round 38a (issue 3): offers and invitations whose words stand apart ("we stand ready to host",
"offered in May to mediate", "extended to his counterpart an invitation to visit"). Every sentence here is written
for the test; each rule has counter-examples beside it.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import labels_of

# --- an offer or an invitation whose words stand apart ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We stand ready to train the coast guards of our neighbours at our own academy.",
        "Norway remains ready to host a further round of talks in Oslo.",
        "The two governments remained prepared to fund the clearance of the old minefields.",
        "Ireland has again offered in writing to mediate between the two parties.",
        "Brazil offered last month to send engineers to repair the damaged bridge.",
        "The President extended to his Peruvian counterpart an invitation to pay a state visit to Quito.",
        "The Minister conveyed on behalf of the King an invitation to the Prime Minister to visit Amman.",
        "The council said Kenya was also ready to supply fuel for the patrol boats.",
    ],
)
def test_an_offer_whose_words_stand_apart_is_a_proposal(text: str) -> None:
    assert "proposal" in labels_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said the city stands ready to consider any request from the organisers.",
        "Both sides remain ready to work in a spirit of mutual respect.",
        "How much of the harbour the company is willing to sell remains unclear.",
        "Relief workers offered in vain to the villagers the little food that was left.",
        "The help offered by the neighbouring states in March to rebuild the school arrived late.",
        "The minister did not extend to his counterpart an invitation to visit the capital.",
        "Farmers in the valley stand in long queues every morning to buy fuel.",
    ],
)
def test_no_offer_without_a_course_put_forward(text: str) -> None:
    assert "proposal" not in labels_of(text)


# --- a recommendation: "should" opening a main clause's predicate -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Lenders should write off the arrears of the poorest island states.",
        "The regional bank, for its part, should open a credit line for the fishing cooperatives.",
        "If Quito wants a seat at the table, it should first release the detained fishermen.",
        "In my view, the three governments should set up a common coast guard.",
        "Brasilia ought to send observers to the disputed polls.",
    ],
)
def test_a_recommendation_to_a_party_is_a_proposal(text: str) -> None:
    assert "proposal" in labels_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The first section of the pipeline should be finished in 2028.",
        "The new ferries should arrive early next year.",
        "What should the region do next?",
        "Nobody has yet answered the question of who should pay for the repairs.",
        "The river should become a link between the two peoples.",
        "Every lorry must carry a valid transit certificate.",
    ],
)
def test_no_recommendation_in_a_forecast_a_question_or_a_rule(text: str) -> None:
    assert "proposal" not in labels_of(text)


# --- the calls of a text issued in common, whatever their course and wherever the text stands --------------------


@pytest.mark.parametrize(
    "text",
    [
        "In a declaration adopted on Friday, the ministers called on the militias to hand in their weapons.",
        "In their final communique, the heads of state urged the rebels to return to the negotiating table.",
        "Last week the Southern African Council, in a communique on Mozambique, called on all member states to "
        "deny safe haven to the insurgents.",
        "The foreign ministers, in their joint declaration, urged the two parties to respect the truce.",
    ],
)
def test_the_call_of_a_text_issued_in_common_is_a_decision(text: str) -> None:
    assert "decision" in labels_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The interior minister, in a statement, urged residents to stay indoors.",
        "The opposition, in a draft resolution, called on the government to resign.",
        "In a speech, the president called on farmers to plant earlier this year.",
    ],
)
def test_no_decision_in_one_party_s_call_or_a_draft(text: str) -> None:
    assert "decision" not in labels_of(text)


# --- an act announced by its taker: a sum, a withdrawal, the speaker's own announcement ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Minister Okafor announced an additional USD 12 million for the repair of flooded schools.",
        "Portugal announced a grant of 3 million euros for the health centres of the islands.",
        "Burundi announced its withdrawal from the regional force in March.",
        "I can announce today that Canada will fund two new coast guard stations on the lake.",
        "We are pleased to announce that our government will provide fifty scholarships a year.",
    ],
)
def test_an_act_announced_by_its_taker_is_a_decision(text: str) -> None:
    assert "decision" in labels_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister announced that trade could reach 5 billion dollars by 2030.",
        "The company has not yet announced its prices for the new route.",
        "They want to announce that the company will fund a new stadium.",
        "We will announce the winners of the essay prize on Friday.",
    ],
)
def test_no_decision_in_a_forecast_or_an_announcement_to_come(text: str) -> None:
    assert "decision" not in labels_of(text)
