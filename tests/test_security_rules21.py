"""Security rules of round 21 (issue 3), from mechanisms two annotators' batches share: a crossing point said to be
(re)opened is traffic, an undersea cable carrying power is an energy project, an exercise for a civil emergency is
a civil drill, an "anti-"/"counter-" word against drugs or gangs is crime fought, and defence ministers or chiefs
meeting is a military matter. Sentences written for the test, with counter-examples.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _labels(text: str) -> frozenset[str]:
    return frozenset(analyse_text("The talks ended on Monday.", text)[-1].labels)


@pytest.mark.parametrize(
    "text",
    [
        "Under the deal, the checkpoint will be open five days a week for lorries and buses.",
        "Both sides agreed that the crossings are to remain open to local farmers during the harvest.",
        "The Sarp border post has been reopened for tourists after the repairs, the ministry said.",
        "From June the checkpoints will also be opened at night for freight.",
    ],
)
def test_a_crossing_said_to_be_open_is_traffic_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The checkpoint was closed after soldiers exchanged fire with smugglers.",
        "The crossing will be reopened once sappers have cleared the landmines.",
        "Border guards at the checkpoint will be armed with rifles from May.",
        "Troops opened fire at the checkpoint on Sunday night.",
    ],
)
def test_a_crossing_with_a_security_matter_stays_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed the planned submarine power cable between the two islands.",
        "Work began on the subsea cable that will bring wind electricity from the coast to the capital.",
        "Both leaders welcomed progress on the undersea interconnector, which will carry renewable energy south.",
    ],
)
def test_an_undersea_cable_carrying_power_is_an_energy_project(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two subsea cables that carry power to the island were damaged last winter by a dragging anchor.",
        "The ministers agreed to protect the undersea electricity cables from sabotage.",
        "A Russian submarine was spotted near the wind farm on Tuesday.",
        "The navy will patrol the route of the new subsea cable.",
    ],
)
def test_undersea_cables_under_threat_and_submarines_stay_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The port authorities will hold a joint exercise on oil-spill response in the bay next month.",
        "Coastal towns took part in an annual exercise for flood evacuation on Saturday.",
        "The agencies proposed a combined search-and-rescue exercise off the islands.",
        "Hospitals joined a joint exercise in earthquake rescue last week.",
    ],
)
def test_an_exercise_for_a_civil_emergency_is_no_military_drill(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two navies will hold a joint exercise on the northern coast in May.",
        "The annual exercise for airborne units begins on Monday.",
        "Troops took part in a combined exercise near the border.",
    ],
)
def test_a_military_exercise_stays_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers backed a regional network of anti-drug agencies.",
        "Counter-narcotics officers from both countries will share a database.",
        "The city will create an anti-gang unit next year.",
    ],
)
def test_an_agency_against_drugs_or_gangs_is_crime_fought(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The central bank announced anti-inflation measures on Friday.",
        "The union rejected the counter-offer made by the company.",
        "The anti-dumping duties on steel will rise in May.",
    ],
)
def test_other_anti_words_are_no_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Defence ministers of the alliance met in Riga on Thursday, a week before the summit.",
        "The ASEAN defence chiefs convened in Vientiane for two days of talks.",
        "Defense ministers from the region gathered in Lima to review the year.",
        "Defence chiefs of the two states will compare notes on the plan when they meet in Oslo next month.",
    ],
)
def test_defence_ministers_or_chiefs_meeting_is_a_military_matter(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Niger's defence minister told reporters after the meeting that the talks went well.",
        "The request will be examined by the two defence ministers in the coming weeks.",
        "Finance ministers of the bloc met in Vienna to discuss the budget.",
        "The defence minister met farmers in the village on Sunday.",
    ],
)
def test_one_defence_official_or_other_ministers_meeting_is_not(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials fear that sanctioned dual-use components are reaching the front through third countries.",
        "The bank froze the accounts of two sanctioned state-owned shipping firms.",
        "Investigators traced the sanctioned high-tech parts to a warehouse in the port.",
    ],
)
def test_a_sanctioned_compound_is_under_sanctions(text: str) -> None:
    assert "security" in _labels(text)


def test_sanctioned_as_approval_with_a_compound_stays_no_security() -> None:
    assert "security" not in _labels("The assembly sanctioned long-term loans for the farmers.")


@pytest.mark.parametrize(
    "text",
    [
        "The new bridge is wide enough so that tanks can cross the river without a detour.",
        "Both firms will build the future battle tank in a plant near the capital.",
        "The army received forty tanks from its ally last year.",
    ],
)
def test_tanks_are_armour(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "A researcher at a think tank said the deal would help farmers.",
        "The plant will have three new fuel tanks by the summer.",
        "Each village received a tank of water a day during the drought.",
        "The terminal will add two LNG tanks with room for the winter's imports.",
    ],
)
def test_other_tanks_are_no_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police officers waved the cars through a single lane on the bridge.",
        "The ministers agreed that speeding fines will be collected through the police database.",
        "Traffic police will manage the parking around the stadium during the festival.",
    ],
)
def test_police_managing_road_traffic_is_no_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested three drivers after the clashes at the bridge.",
        "Police stopped cars loaded with cocaine on the coastal road.",
        "The two countries agreed to set up joint police patrols.",
    ],
)
def test_police_fighting_crime_stays_security(text: str) -> None:
    assert "security" in _labels(text)
