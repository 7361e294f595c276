"""Actor rules of round 33a (issue 3): actors named as the text names them. Every sentence is written for the test;
counter-examples beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

# --- a numbered item written as a whole sentence keeps its own subject -----------------------------------------------


def test_numbered_item_with_its_own_subject_keeps_it() -> None:
    out = analyse_text(
        "On 3 May the President of Norway Lars Berg and the Prime Minister of Iceland Anna Dottir met in Oslo "
        "for the second Nordic fisheries summit and adopted the following declaration:",
        "1. The leaders agreed to open a joint fisheries office in Reykjavik in 2027.",
        "2. Norway agreed to provide two patrol boats for the office.",
    )
    assert out[1].actor == "the leaders"
    assert out[2].actor == "Norway"


def test_numbered_item_subject_with_a_first_verb_before_the_cue() -> None:
    out = analyse_text(
        "The Chilean Foreign Minister Ana Rojas and the Peruvian Foreign Minister Luis Soto met in Lima and adopted "
        "the following statement:",
        "1. The ministers welcomed the opening of the Tacna crossing and decided to set up a customs committee.",
        "2. The ministers stressed the role of the Pacific Rail Corridor and called for a study of a new line.",
    )
    assert out[1].actor is not None and out[1].actor.startswith("the ministers")
    assert out[2].actor == out[1].actor


def test_counter_item_that_is_a_noun_phrase_carries_the_lead_in_actor() -> None:
    out = analyse_text(
        "Chile and Peru signed the following documents:",
        "- Agreement on visa-free travel for diplomats;",
        "- Memorandum on cooperation in fisheries.",
    )
    assert out[1].actor == out[0].actor
    assert out[0].actor is not None and "Chile" in out[0].actor


# --- a meeting that acts is shown as written, with those who met ----------------------------------------------------


def test_summit_subject_is_shown_with_those_who_met() -> None:
    out = analyse_text(
        "The heads of state of the Lake Basin Union met in Kisumu on Friday.",
        "The summit approved the budget of the Union for 2027.",
    )
    assert out[-1].actor == "the summit (the heads of state of the Lake Basin Union)"


def test_numbered_summit_subject_and_a_second_verb() -> None:
    out = analyse_text(
        "1. The heads of state of the Lake Basin Union met in Kisumu on 4 May.",
        "2. The Summit approved the budget of the Union for 2027 and urged member states to pay their dues.",
    )
    assert out[-1].actor == "the Summit (the heads of state of the Lake Basin Union)"


def test_summit_subject_with_no_one_named_stays_as_written() -> None:
    out = analyse_text("The summit approved the budget of the Lake Basin Union for 2027.")
    assert out[-1].actor == "the summit"


def test_counter_conference_decides_as_a_body_of_its_own() -> None:
    out = analyse_text(
        "Delegates of forty states met in Geneva for the review conference.",
        "The conference adopted a final document on nuclear safety.",
    )
    assert out[-1].actor == "the conference"


# --- an acronym set off right after a name: the name's party, or the body's short name -----------------------------


def test_party_in_brackets_after_a_senator_is_not_the_actor() -> None:
    out = analyse_text(
        "Senator Amaka Obi (PDP, Enugu East) urged the government to release the funds for the border posts."
    )
    assert out[-1].actor is not None and "Amaka Obi" in out[-1].actor and "PDP" not in out[-1].actor


def test_short_name_in_apposition_is_shown_with_the_body() -> None:
    out = analyse_text(
        "Bolivia's customs directorate, ANB, has proposed that lorries bound for the coast be inspected only once."
    )
    assert out[-1].actor == "Bolivia's customs directorate (ANB)"


def test_counter_body_and_acronym_joined_by_and_are_two_actors() -> None:
    out = analyse_text("Bolivia's customs directorate and ANB have proposed that lorries be inspected only once.")
    actor = out[-1].actor or ""
    assert "ANB" in actor and "(ANB)" not in actor


# --- "They" after a collective named as written goes on naming it so -----------------------------------------------


def test_they_after_the_participants_are_the_participants() -> None:
    out = analyse_text(
        "Delegations of the six member states of the Lake Basin Union met in Kisumu on Friday.",
        "The participants approved a plan against cattle raiding.",
        "They also agreed to set up a joint patrol unit on the lake.",
    )
    assert out[1].actor == out[2].actor
    assert (out[2].actor or "").startswith("the participants (")


def test_they_after_the_negotiators_are_the_negotiators() -> None:
    out = analyse_text(
        "Chile and Peru held border talks in Arica on Monday.",
        "The negotiators approved a new crossing. They also agreed to set up a customs office in Tacna.",
    )
    assert (out[-1].actor or "").startswith("the negotiators")


def test_counter_they_after_a_collective_naming_no_one_before() -> None:
    out = analyse_text(
        "The participants approved a plan against cattle raiding.",
        "They also agreed to set up a joint patrol unit on the lake.",
    )
    assert out[-1].actor == "the participants"


# --- agents of a reduced relative and of a nominal signing ----------------------------------------------------------


def test_proposal_put_forward_by_a_body_in_the_subject_is_the_bodys() -> None:
    out = analyse_text(
        "President Ana Rojas of Chile visited Lima on Monday.",
        "One idea put forward by the Andean Commission would let lorries cross the border with a single permit.",
    )
    assert out[-1].actor == "the Andean Commission"


def test_counter_proposal_floated_by_another_after_the_main_verb() -> None:
    out = analyse_text(
        "The EU has thrown its weight behind a compromise floated by Brazil: a smaller levy, phased in from 2030."
    )
    assert out[-1].actor is None or "Brazil" not in out[-1].actor


def test_welcomed_signing_by_two_named_parties() -> None:
    out = analyse_text(
        "The two defence ministers met in Lisbon.",
        "They welcomed the signing, on the same day, by Atlantic Yards and the Portuguese Navy of a contract "
        "for two patrol boats.",
    )
    assert out[-1].actor == "Atlantic Yards and the Portuguese Navy"


def test_counter_signing_by_the_end_of_the_year_names_no_one() -> None:
    out = analyse_text(
        "The two defence ministers met in Lisbon.",
        "They welcomed the signing of a contract for two patrol boats, due by the end of the year.",
    )
    assert out[-1].actor is not None and "end" not in out[-1].actor


def test_summit_subject_of_two_verbs_past_a_body_in_the_object() -> None:
    out = analyse_text(
        "The heads of state of the Lake Basin Union met in Kisumu on Friday.",
        "The Summit endorsed the bid of Kenya for a seat on the United Nations Security Council and called on all "
        "member states to support it.",
    )
    assert out[-1].actor == "the Summit (the heads of state of the Lake Basin Union)"


def test_counter_named_subject_of_two_verbs_stays() -> None:
    out = analyse_text(
        "Kenya endorsed the bid of Uganda for a seat on the United Nations Security Council and called on all "
        "member states to support it."
    )
    assert out[-1].actor == "Kenya"


# --- an agentless signing between two states is their two sides ----------------------------------------------------


def test_documents_signed_before_two_presidents_are_the_two_sides() -> None:
    out = analyse_text(
        "President Lars Berg of Norway held talks with President Anna Dottir of Iceland in Oslo.",
        "In the presence of the two Presidents, four agreements were signed.",
    )
    assert out[-1].actor == "the two sides (Norway and Iceland)"


def test_fields_list_before_between_is_no_party() -> None:
    out = analyse_text(
        "President Lars Berg of Norway held talks with President Anna Dottir of Iceland in Oslo.",
        "In the presence of the Presidents, nine documents were signed in the fields of fishing, energy, culture and "
        "cooperation between the coast guards.",
    )
    assert out[-1].actor == "the two sides (Norway and Iceland)"


def test_counter_three_states_are_not_counted_as_two() -> None:
    out = analyse_text(
        "The foreign ministers of Chile, Peru and Bolivia held talks in La Paz.",
        "In the presence of the ministers, four agreements were signed.",
    )
    assert "two sides" not in (out[-1].actor or "")
