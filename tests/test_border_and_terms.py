"""Security from the line between states and decisions from a concluded text's terms (issue 3,
round 6). Sentences written for the test, with counter-examples beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

# --- the boundary as a line between states ---------------------------------------------------------


def test_surveying_or_demarcating_the_boundary_is_security() -> None:
    for text in (
        "In 2011 the two governments hired engineers to survey the boundary using satellite images.",
        "Workers demarcated the frontier near Lake Chad last spring.",
        "The boundary survey team will start work on the river in May.",
    ):
        assert "security" in analyse_text(text)[0].labels, text


def test_a_maritime_or_disputed_line_is_security() -> None:
    for text in (
        "The tribunal has yet to say where the maritime boundary lies.",
        "Fishermen say the disputed frontier moves with every new map.",
        "The islet was ceded under a 1976 boundary agreement.",
    ):
        assert "security" in analyse_text(text)[0].labels, text


def test_boundaries_in_general_and_movement_across_a_border_are_not() -> None:
    # counter-examples: a figure of speech about boundaries, goods crossing, a trade deal
    for text in (
        "Storms do not respect maritime boundaries, and neither should our relief work.",
        "Lorries carried maize across the border all night.",
        "The two ministers discussed a border trade agreement for farmers.",
    ):
        assert "security" not in analyse_text(text)[0].labels, text


# --- what a concluded text pays for is part of the decision ---------------------------------------


def test_what_an_approved_package_pays_for_is_its_makers_decision() -> None:
    out = analyse_text(
        "The Chilean senate approved a coastal defence package in June.",
        "The package also pays for two patrol ships and a radar station at Arica.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor == out[0].actor


def test_a_contract_that_funds_a_base_states_a_decision() -> None:
    out = analyse_text("The contract also funds a year-round operating base at Punta Arenas.")
    assert "decision" in out[0].labels


def test_what_a_draft_would_fund_is_no_decision() -> None:
    # counter-example: an unfinished text decides nothing
    out = analyse_text("The draft contract funds two patrol ships.")
    assert "decision" not in out[0].labels


# --- security named without the classic words: monitoring, exercises, disputed areas --------------


def test_observer_missions_radars_exercises_and_withdrawals_are_security() -> None:
    for text in (
        "Nigeria has suggested that a small AU observer mission take over after June.",
        "The contract pays for three coastal radars on the Gulf of Guinea.",
        "The allies will hold a naval exercise off Crete in May.",
        "Mali asked for a timetable for the withdrawal of foreign forces from the north.",
        "Two cargo ships sailed through the strait with their transponders switched off.",
    ):
        assert "security" in analyse_text(text)[0].labels, text


def test_a_disputed_area_named_is_security() -> None:
    for text in (
        "Manila and Hanoi want a binding code for the Spratly Islands.",
        "Both sides accused each other of new posts along the Line of Control.",
    ):
        assert "security" in analyse_text(text)[0].labels, text


def test_election_observers_and_a_rescue_drill_are_not_security() -> None:
    # counter-examples: observers of a vote, and an exercise that is no military one
    for text in (
        "The OSCE sent election observers to Tbilisi for the vote.",
        "Norway proposed a joint search-and-rescue exercise off Svalbard.",
    ):
        assert "security" not in analyse_text(text)[0].labels, text


def test_agreeing_where_the_next_session_is_held_is_a_schedule() -> None:
    out = analyse_text("It was agreed that the next session of the Joint Commission will be held in Lusaka in 2027.")
    assert "decision" not in out[0].labels
    # counter-example: agreeing that forces will act is a decision
    assert "decision" in analyse_text("It was agreed that the two navies will hold joint patrols.")[0].labels


def test_a_body_set_up_in_a_year_is_background_not_a_decision() -> None:
    out = analyse_text("The talks were the fifth round of the Joint Committee on Water, set up in 2014 after drought.")
    assert "decision" not in out[0].labels
    # counter-example: setting up a team as the sentence's act is a decision
    assert "decision" in analyse_text("In 2014 the two governments set up a joint team to map the river.")[0].labels


def test_instructing_someone_to_act_is_a_decision() -> None:
    for text in (
        "The two presidents directed their ministers to conclude a trade treaty within a year.",
        "The council tasked the secretariat with drafting a regional budget.",
    ):
        assert "decision" in analyse_text(text)[0].labels, text


def test_a_film_directed_by_someone_or_traffic_directed_somewhere_is_not() -> None:
    # counter-examples: no one instructed to act
    for text in ("The film, directed by a Kenyan, won a prize.", "Traffic was directed to the airport."):
        assert "decision" not in analyse_text(text)[0].labels, text


def test_initialling_a_text_and_giving_approval_are_decisions() -> None:
    for text in (
        "The two sides initialled the text of the fisheries agreement.",
        "The cabinet gave its approval to the rail plan on Monday.",
    ):
        assert "decision" in analyse_text(text)[0].labels, text


def test_a_state_admitted_to_a_body_is_admitted_by_that_body() -> None:
    out = analyse_text("South Sudan was admitted to the IGAD water council in 2024.")
    assert "decision" in out[0].labels
    assert out[0].actor is not None and "IGAD" in out[0].actor


def test_an_admission_with_an_agent_keeps_the_agent() -> None:
    # counter-example: "by" names who admitted
    out = analyse_text("South Sudan was admitted to the council by its heads of state in 2024.")
    assert out[0].actor is not None and "heads of state" in out[0].actor


def test_the_last_item_of_a_list_closes_with_a_full_stop() -> None:
    out = analyse_text(
        "The following documents were signed in the presence of the two ministers:",
        "Agreement on air services;",
        "Memorandum on cooperation in tourism;",
        "Memorandum on the mutual recognition of driving licences.",
        "The ministers then held a press conference.",
    )
    assert ["decision" in a.labels for a in out] == [True, True, True, True, False]


def test_it_was_agreed_is_the_sides_agreement() -> None:
    out = analyse_text(
        "Talks between Chile and Peru opened in Arica on Monday.",
        "It was agreed to set up a working group on port fees.",
    )
    assert out[1].actor == "the sides (Chile and Peru)"


def test_radar_idioms_and_a_metro_line_are_not_security() -> None:
    # counter-examples to the radar term and to the area gazetteer: figures of speech and a railway
    for text in (
        "The deal flew under the radar of most investors.",
        "Climate finance is now on the radar of every ministry.",
        "The metro's Blue Line will reach the airport in 2027.",
        "Field training for nurses starts in May.",
    ):
        assert "security" not in analyse_text(text)[0].labels, text
