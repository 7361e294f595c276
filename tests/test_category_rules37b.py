"""Security rules of round 37b (issue 3): the forces' officials meeting, what a weapon leaves, a security body joined
or supplied, where forces are kept, guards hired for a place or an event, "the situation in" a named place as the
topic of talks, and the vocabulary of shots fired and militarisation. Every sentence here is written for the test;
each rule has counter-examples beside it.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import labels_of

_labels = labels_of


# --- security ministers, police and intelligence chiefs meeting ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania offered to host a meeting of the security ministers of the region in the spring.",
        "She proposed that the two countries' police chiefs meet twice a year in the border town.",
        "The minister suggested a first meeting of police commissioners from the five coastal states.",
    ],
)
def test_security_officials_meeting_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania offered to host a meeting of the tourism ministers of the region in the spring.",
        "She proposed that the two countries' health chiefs meet twice a year in the capital.",
    ],
)
def test_other_officials_meeting_is_no_security(text: str) -> None:
    assert "security" not in _labels(text)


# --- what a weapon leaves, or its event named again ---------------------------------------------------------------

_DRONES = "Villagers on the river have heard drones flying low over their farms every night since May."
_MISSILE = "Early on Tuesday the northern state fired a ballistic missile into the sea off its eastern coast."


@pytest.mark.parametrize(
    "context,text",
    [
        (_DRONES, "Debris has fallen on two barns and a school yard."),
        (_MISSILE, "Shortly after the launch, the prime minister ordered the ministries to collect information."),
    ],
)
def test_weapon_traces_after_a_weapon_are_security(context: str, text: str) -> None:
    assert "security" in _labels(context, text)


@pytest.mark.parametrize(
    "context,text",
    [
        # no weapon named before; the launch of something else
        ("The two towns agreed to clean up the river banks this summer.", "Debris has collected under the bridge."),
        (_MISSILE, "The president proposed the launch of a new ferry service between the two islands."),
        (_MISSILE, "The minister said the ministries would launch a campaign on road safety."),
    ],
)
def test_traces_without_a_weapon_or_of_another_thing_are_no_security(context: str, text: str) -> None:
    assert "security" not in _labels(context, text)


# --- a security body named again as what one joins or supplies -------------------------------------------------

_TASK_GROUP = "The three navies agreed to extend their joint mine-clearing task group for two more years."
_FORCE = "The Council authorised a multinational force to help the police fight the gangs in the capital."


@pytest.mark.parametrize(
    "context,text",
    [
        (_TASK_GROUP, "Moldova has asked to join the group as an observer."),
        (_FORCE, "We have offered the force the use of two airfields for its supplies."),
    ],
)
def test_a_security_body_joined_or_supplied_is_security(context: str, text: str) -> None:
    assert "security" in _labels(context, text)


@pytest.mark.parametrize(
    "context,text",
    [
        (_TASK_GROUP, "Moldova has asked to join the group of experts on fisheries statistics."),
        ("The ministers agreed to set up a working group on tourism.", "Moldova has asked to join the group."),
    ],
)
def test_another_group_or_one_no_security_sentence_named_is_no_security(context: str, text: str) -> None:
    assert "security" not in _labels(context, text)


# --- where forces are kept, named after a security sentence ------------------------------------------------------

_TROOPS = "The defence ministry denied reports that foreign troops would be stationed on the islands."


@pytest.mark.parametrize(
    "text",
    [
        "There is no base and there will never be a base, the minister wrote.",
        "We will not let our islands become a forward base for anyone.",
    ],
)
def test_a_place_of_the_forces_after_a_security_sentence_is_security(text: str) -> None:
    assert "security" in _labels(_TROOPS, text)


@pytest.mark.parametrize(
    "context,text",
    [
        (_TROOPS, "The base rate of the central bank was left unchanged."),
        (_TROOPS, "Tourists climb to the base of the volcano every morning."),
        ("The island's council approved a new harbour for fishing boats.", "There will be no base for ferries."),
    ],
)
def test_a_base_as_a_modifier_a_part_or_without_security_is_no_security(context: str, text: str) -> None:
    assert "security" not in _labels(context, text)


# --- guards hired for a business or an event ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Stall owners said the cost of private security for the night market had doubled this year.",
        "Security staff at the stadium confiscated flares and banners, and police kept the crowd moving.",
    ],
)
def test_guards_of_a_business_or_an_event_are_no_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police confiscated 40 rifles from a smuggling gang near the border.",
        "Rebels attacked the security staff of the oil field, killing two guards.",
    ],
)
def test_seizures_of_arms_and_attacks_on_guards_stay_security(text: str) -> None:
    assert "security" in _labels(text)


# --- "the situation in" a named place as the topic of talks -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The two ministers also exchanged views on the situation in the Horn of Africa.",
        "The delegation briefed its hosts about the situation in the northern provinces of Ruritania.",
        "The leaders discussed trade and the security situation in the Sahel.",
    ],
)
def test_the_situation_in_a_named_place_discussed_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks focused on energy cooperation and the situation in the region.",
        "It is necessary to develop common approaches to the situation in Ruritania.",
        "The amended Ordinance on Measures connected with the Situation in Ruritania enters into force today.",
    ],
)
def test_an_unnamed_place_no_talk_or_a_name_is_no_security(text: str) -> None:
    assert "security" not in _labels(text)


# --- shots fired and militarisation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen say they hear gunshots from the islands almost every night.",
        "The neighbouring state condemned what it called the militarisation of the strait.",
    ],
)
def test_shots_and_militarisation_are_security(text: str) -> None:
    assert "security" in _labels(text)


def test_a_shot_in_sport_is_no_security() -> None:
    assert "security" not in _labels("The striker scored with a late shot from the edge of the box.")
