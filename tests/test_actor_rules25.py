"""Actor rules of round 25 (issue 3): repairs of general mechanisms behind actors a reader sees as wrong
(a garbled mention, one person listed twice, a role noun read as its state). Every sentence is written for
the test; counter-examples beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

# --- an event's members: "the talks" before a comma do not own the "of" of the next phrase ----------------


def test_the_heads_of_state_after_a_fronted_event_are_the_subject() -> None:
    out = analyse_text("After the talks, the heads of state signed a declaration on water sharing.")
    assert out[0].actor == "the heads of state"


def test_the_heads_of_government_after_a_fronted_meeting() -> None:
    out = analyse_text("At the end of the meeting, the heads of government approved a customs plan.")
    assert out[0].actor is not None and out[0].actor.startswith("the heads of government")


def test_an_event_with_its_members_still_acts_through_them() -> None:
    # counter-example: the members of the meeting, named with it, are still its actor
    out = analyse_text("A flag meeting of border commanders decided to open a hotline between the posts.")
    assert out[0].actor == "border commanders"


# --- a list of two office-holders: each is himself, never the first one twice -----------------------------

_CHAIRED = (
    "The commission met in Tbilisi on Monday, chaired by Deputy Prime Minister of Georgia Levan Davitashvili"
    " and Turkish Minister of Roads and Highways Ahmet Kaya."
)


def test_a_portfolio_of_roads_runs_into_the_holders_name() -> None:
    out = analyse_text(_CHAIRED, "Kaya proposed a second lane at the Sarpi crossing.")
    assert out[1].actor == "Ahmet Kaya (Turkey)"


def test_a_description_of_another_nation_is_not_the_person_just_named() -> None:
    out = analyse_text(
        "Foreign Minister Ana Rojas of Chile met the Bolivian Minister of Mining in Arica.",
        "The Bolivian Minister of Mining proposed a joint lithium survey.",
    )
    assert out[1].actor is not None and "Ana Rojas" not in out[1].actor


def test_a_description_of_the_same_nation_is_still_the_person_named() -> None:
    # counter-example: "the Chilean minister" after a Chilean minister was named is that minister
    out = analyse_text(
        "Foreign Minister Ana Rojas of Chile arrived in La Paz on Monday.",
        "The Chilean minister proposed a joint lithium survey.",
    )
    assert out[1].actor == "Ana Rojas (Chile)"


def test_an_honorific_then_the_office_then_the_name_is_one_person() -> None:
    out = analyse_text(
        "His Majesty King Tupou VI and His Highness the Emir of Qatar Sheikh Tamim bin Hamad signed a memorandum"
        " on labour mobility."
    )
    assert out[0].actor == "Tupou VI and Tamim bin Hamad (Qatar)"


def test_an_honorific_after_a_comma_is_not_joined_to_the_office_before() -> None:
    # counter-example: "the Prime Minister, the Hon X" is an office and its holder in apposition
    out = analyse_text(
        "The treaty was signed by the Prime Minister, the Hon Mark Brown, and the Prime Minister of Fiji.",
    )
    assert out[0].actor is not None and "Mark Brown" in out[0].actor


# --- the co-chairs: the people who chaired, as written with their names ----------------------------------


def test_the_co_chairs_are_the_people_who_chaired() -> None:
    out = analyse_text(_CHAIRED, "At the close, the co-chairs signed a protocol on freight transit.")
    assert out[1].actor == "the co-chairs (Levan Davitashvili and Ahmet Kaya)"


def test_a_national_co_chair_is_that_nations_chair() -> None:
    out = analyse_text(_CHAIRED, "The Turkish co-chair proposed a joint customs terminal at Sarpi.")
    assert out[1].actor == "Ahmet Kaya (Turkey)"


def test_co_chairs_after_two_states_show_the_states() -> None:
    out = analyse_text(
        "Peru and Bolivia held the fourth session of their joint commission in Puno.",
        "Following the session, the co-chairs signed the minutes.",
    )
    assert out[1].actor == "the co-chairs (Peru and Bolivia)"


def test_co_chairs_after_an_unrelated_collective_are_as_written() -> None:
    # counter-example: the heads of state named since chaired nothing
    out = analyse_text(
        "The heads of state of Peru and Bolivia are to meet in May.",
        "The two co-chairs signed the minutes of the session.",
    )
    assert out[1].actor == "the two co-chairs"
