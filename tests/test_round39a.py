"""Label rules of round 39a (issue 3), written for whole classes of construction: a party backing a course not yet
decided ("Chile would back a treaty on ...", "we support the efforts of the envoy to ..."). Every sentence here is
written for the test; each rule has counter-examples beside it.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import labels_of

# --- a course backed in the present or for the future -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister said Chile would back a binding agreement on the protection of river basins.",
        "Officials in Accra said Ghana will back the opening of talks on a common visa for the region.",
        "In Lima the president said Peru would strongly support the Andean Community's demand for debt relief.",
        "On Yemen, we support the efforts of the UN envoy to bring the parties back to the table.",
        "Kenya fully backs the proposal of Uganda to build a rail link between the two capitals.",
        "Estonia supports Latvia's bid to host the next summit of the Council of the Baltic Sea States.",
        "They support the reform of the regional court that the secretariat put forward last year.",
    ],
)
def test_a_course_backed_is_a_proposal(text: str) -> None:
    assert "proposal" in labels_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Beijing supports the two Koreas in improving their relations.",
        "The minister said Chile would not back the agreement in its current form.",
        "Egypt backs the Sudanese army in the civil war.",
        "The loans were meant to support the reform of the tax office.",
        "Farmers loaded sacks onto the backs of their lorries before dawn.",
    ],
)
def test_a_party_backed_or_support_denied_is_no_proposal(text: str) -> None:
    assert "proposal" not in labels_of(text)


# --- a request whose addressee is long or has an aside after it ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We are asking the Economic Community of West African States and the United Nations to send observers.",
        "The minister asked both parties, through the Norwegian and Swiss envoys, to release their prisoners.",
        "I have requested the chairs of the regional bodies of the Horn of Africa to convene an emergency meeting.",
        "The summit called upon the member states to ratify the protocol on free movement before June.",
        "In his speech the president calls upon donors to fund the clearance of the mined border areas.",
        "Brazil wants the quota on imports of steel from the southern neighbours to rise next year.",
    ],
)
def test_a_request_with_a_far_infinitive_is_a_proposal(text: str) -> None:
    assert "proposal" in labels_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reporters asked the spokesman of the ministry of foreign affairs of the republic whether talks would resume.",
        "The governor passed the requests of the farmers of the northern districts of the province on to the capital.",
        "The minister asked the envoys of the two neighbouring countries and the mediators that had come to the town.",
    ],
)
def test_a_request_with_no_infinitive_is_no_proposal(text: str) -> None:
    assert "proposal" not in labels_of(text)


# --- who owns a place, named ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Buenos Aires restated its claim to the Falklands at the regional summit.",
        "The report urges both states to respect Eritrean sovereignty over Badme and the villages around it.",
        "The Preah Vihear dispute flared again this year.",
        "Ministers discussed the dispute over Western Sahara for an hour.",
        "Officials from the two states met in Geneva to open negotiations on the islands' return.",
        "The foreign minister proposed informal talks on the territory's final status before the summer.",
    ],
)
def test_a_named_place_whose_owner_is_in_question_is_security(text: str) -> None:
    assert "security" in labels_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The finance ministers settled their dispute over the EU budget after two days.",
        "The mayor spoke about the region's future at the opening of the new school.",
        "The Prime Minister said the country respects Solomon Islands' sovereignty.",
        "The insurer rejected the claim to Lloyd's within a week.",
    ],
)
def test_no_named_place_in_question_is_no_security(text: str) -> None:
    assert "security" not in labels_of(text)


# --- dated executive acts: forces sent, barriers built, bodies left or joined by name ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya sent 400 police officers to Haiti in June 2024.",
        "In 2019 the government built a steel fence along the eastern border.",
        "Last year the authorities erected concrete barriers at the two crossings.",
        "Nicaragua left OAS in November 2023.",
        "In March 2025 Niger quit ECOWAS together with its two neighbours.",
        "The ministry dispatched two frigates to the strait in May.",
        "The Ministry of the Interior last week closed the crossing at Ras Ajdir to lorries.",
        "The National Ports Authority (NPA) suspended the licences of three operators in March.",
    ],
)
def test_a_dated_executive_act_is_a_decision(text: str) -> None:
    assert "decision" in labels_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "A lorry carrying grain from Ukraine and Moldova left the port on Sunday morning.",
        "Ghana has sent peacekeepers to UN missions since 1960.",
        "The government sent a letter to the United Nations in May.",
        "The commission left the boundary undefined in 1993, and the question is still open.",
        "The government will send troops to the border next year.",
        "A cousin of the head of the Ministry of Defence closed his shop in March.",
    ],
)
def test_no_executive_act_or_no_date_is_no_decision(text: str) -> None:
    assert "decision" not in labels_of(text)


# --- a course put to a body that the sentence reports as decided -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The cabinet approved a proposal by the transport ministry to build a second runway at the airport.",
        "The board formally approved Norway's request to join the working group as an observer.",
        "The assembly adopted the following texts, drafted by the legal committee:",
        "The leaders approved the charter of the fund, an idea first put forward by Chile in 2019.",
    ],
)
def test_a_course_adopted_is_no_proposal(text: str) -> None:
    labels = labels_of(text)
    assert "proposal" not in labels and "decision" in labels


@pytest.mark.parametrize(
    "text",
    [
        "The two presidents backed Chile's request to host the summit.",
        "Uganda asked the council to approve a plan to extend the patrols.",
        "Kenya proposed that the ministers approve a plan to open the crossing, and Uganda backed the proposal.",
    ],
)
def test_a_course_backed_or_put_is_still_a_proposal(text: str) -> None:
    assert "proposal" in labels_of(text)
