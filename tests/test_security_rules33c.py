"""Security: what a sentence is about (issue 3, round 33c). Each mechanism is tested with sentences of other
wordings and with the counter-examples that keep it narrow:

- monitors sent on a civil mission (an election's, named in the sentence or earlier in the article) are no
  deployment of forces; monitors sent in an article that names no civil mission keep the older reading.
Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text

_ELECTION_LEAD = "The SADC Electoral Observation Mission said Sunday's general election in Malawi was calm and orderly."
_CLASH_LEAD = "Heavy fighting broke out again along the ceasefire line between the two armies last week."


def _labels(*paragraphs: str) -> frozenset[str]:
    return frozenset(analyse_text(*paragraphs)[-1].labels)


@pytest.mark.parametrize(
    "text",
    [
        "The bloc's Council of Ministers approved in June the deployment of 80 observers, who visited every district.",
        "The Commonwealth and the African Union also deployed observers and will report on Tuesday.",
        "The secretariat approved the deployment of the mission at a meeting in Gaborone in May.",
        "About 70 observers had been deployed to all the provinces, the head of the mission said.",
        "Observer missions of the Commonwealth and the European Union will publish their reports later.",
    ],
)
def test_election_monitors_named_before_are_no_deployment_of_forces(text: str) -> None:
    assert "security" not in _labels(_ELECTION_LEAD, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers approved the deployment of a regional electoral observation mission to Malawi for the May vote.",
        "The union deployed 40 monitors to follow the referendum in all nine regions.",
    ],
)
def test_monitors_of_a_vote_in_the_same_sentence(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bloc's Council of Ministers approved the deployment of 80 observers to the ceasefire line.",
        "The two governments also deployed observers to watch the withdrawal of heavy weapons.",
    ],
)
def test_monitors_of_a_ceasefire_stay_security(text: str) -> None:
    assert "security" in _labels(_CLASH_LEAD, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Council approved the deployment of 500 troops to the northern provinces before the vote.",
        "The mission noted that soldiers were deployed around polling stations in the capital.",
    ],
)
def test_forces_deployed_in_an_election_article_stay_security(text: str) -> None:
    assert "security" in _labels(_ELECTION_LEAD, text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers then held wider discussions with their delegations on fisheries, tourism, health, border"
        " security and the situation in the region.",
        "The two presidents exchanged views on investment, agriculture, counter-terrorism and climate finance.",
        "The envoy talked about grain exports, the border with Peru and Bolivia's role between its two big neighbours.",
    ],
)
def test_security_as_one_talk_topic_is_a_passing_mention(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # every topic is a security matter
        "The delegations held discussions on terrorism, drug trafficking, border security and organised crime.",
        # no talk governs the "on": the gangs' control of a border area
        "The gang controls the smuggling routes on the border, the river crossings and every kilo of cocaine.",
        # the last item is long before any qualifier: no short topic
        "The envoy talked about grain exports, tourism and the new joint army and police border patrols that began"
        " last week.",
    ],
)
def test_lists_of_security_matters_or_no_talk_stay_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police destroyed 12 hectares of marijuana plantations near the border last week.",
        "More than 60 people were murdered in the port city in January, according to prosecutors.",
        "The ministers approved a joint plan against illegal mining along the Amazon tributaries.",
        "Refiners must show that no illegally mined gold enters their supply chains, the minister said.",
        "The junta accused its neighbour of harbouring officers who had tried to overthrow the government.",
    ],
)
def test_crime_and_threats_to_stability_in_their_own_words(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # illegal fishing alone is no security matter for the annotators
        "The two ministers signed a memorandum on the exchange of data about illegal fishing by foreign trawlers.",
        # one cause among others of a market's fall
        "Cocoa output fell because of plant disease, illegal gold mining on farmland and ageing trees.",
        # mining that is legal
        "The company will invest 300 million dollars in a new gold mining project in the north.",
    ],
)
def test_illegal_fishing_causes_listed_and_legal_mining_are_not(text: str) -> None:
    assert "security" not in _labels(text)


_DEMARCATION_LEAD = "The joint commission approved the demarcation of a 300-kilometre section of the border on Monday."


@pytest.mark.parametrize(
    "text",
    [
        "Survey teams from both sides will start placing concrete markers on the remaining unmarked stretch in June.",
        '"The last pillars could be in place before the snow," a surveyor who took part in the talks said.',
        "The delegation asked for aerial photographs of the unmarked sections so that the teams could finish on time.",
    ],
)
def test_marks_of_a_line_after_a_border_being_fixed_are_security(text: str) -> None:
    labels = [a.labels for a in analyse_text(_DEMARCATION_LEAD, "Trade between the two regions grew last year.", text)]
    assert "security" in labels[-1]


@pytest.mark.parametrize(
    "text",
    [
        "Survey teams will start placing concrete markers along the new motorway in June.",
        "Workers placed new markers on the unmarked hiking trails of the national park.",
    ],
)
def test_marks_without_a_border_being_fixed_are_not(text: str) -> None:
    lead = "The two regions agreed to build a motorway and to open three national parks to tourists."
    assert "security" not in _labels(lead, text)


def test_a_pillar_of_stability_is_no_mark_of_the_line() -> None:
    text = "The minister called the neighbouring kingdom a pillar of stability in the region."
    assert "security" not in _labels(_DEMARCATION_LEAD, text)


@pytest.mark.parametrize(
    "text",
    [
        "The first buses in two years crossed the bridge on Friday, after Togo reopened its border with Ghana to"
        " traffic.",
        "The two governments have agreed to reopen their common border in stages, starting with the main crossing.",
        "Under the accord, the road checkpoint will work around the clock, and residents of border districts will be"
        " able to cross it under a simplified procedure.",
    ],
)
def test_a_border_reopened_or_crossed_by_residents_is_passage(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        # "open" as an adjective: a border question still open
        "The minister said the treaty settles the longest open border question the country has had.",
        # a crossing reopened only once mines are removed: the landmines still count
        "The army said it would not reopen the border until the other side removed newly laid landmines.",
        # troops at the border
        "Residents of border villages said troops had been sent to the border under a new procedure.",
    ],
)
def test_open_questions_landmines_and_troops_stay_security(text: str) -> None:
    assert "security" in _labels(text)
