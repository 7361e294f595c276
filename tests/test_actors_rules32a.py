"""Actor rules of round 32a (issue 3): collective pair subjects and the terms of a text two sides concluded, demonym
sides, passive agents, apposed offices and relative clauses around a subject. Every sentence is written for the test;
counter-examples beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

# --- the terms of a two-party text are its two sides, shown with whom they are -------------------------------------


def test_terms_of_a_two_state_pact_are_the_two_sides_with_the_states() -> None:
    out = analyse_text(
        "Chile and Peru signed a water-sharing pact on Friday. "
        "Under the pact, the upstream dam will release twice as much water in the dry months."
    )
    assert out[-1].actor == "the two sides (Chile and Peru)"


def test_terms_of_a_pact_two_bodies_signed_are_the_two_sides() -> None:
    out = analyse_text(
        "The Harbour Authority of Lisbon and the Port Commission of Dakar signed a twinning agreement. "
        "Under the agreement, the two ports will exchange pilots and share tide data."
    )
    actor = out[-1].actor or ""
    assert actor.startswith("the two sides (") and "Lisbon" in actor and "Dakar" in actor


def test_terms_after_two_prime_ministers_signed_are_their_states() -> None:
    out = analyse_text(
        "Prime Minister of Norway Jonas Berg met Prime Minister of Iceland Katrin Olafsdottir in Oslo. "
        "The two Prime Ministers signed a fisheries accord. "
        "Under the accord, trawlers from each country will fish in the other's waters for two months a year."
    )
    assert out[1].actor is not None and "Berg" in out[1].actor and "Olafsdottir" in out[1].actor
    assert out[-1].actor == "the two sides (Norway and Iceland)"


def test_the_sentence_words_for_the_sides_are_kept() -> None:
    out = analyse_text(
        "Chile and Peru signed a border protocol on Friday. "
        "Under the protocol, both delegations will meet every spring in the border town."
    )
    assert out[-1].actor == "both delegations (Chile and Peru)"


def test_counter_terms_of_a_three_party_text_keep_the_three() -> None:
    out = analyse_text(
        "Chile, Peru and Bolivia signed a rail treaty on Friday. "
        "Under the treaty, a single ticket will cover the whole line."
    )
    assert out[-1].actor is not None and "two sides" not in out[-1].actor
    assert "Bolivia" in out[-1].actor


def test_counter_terms_of_a_collective_naming_no_one_stay_as_written() -> None:
    out = analyse_text(
        "The interior ministers adopted a plan on Friday. Under the plan, each state will send ten officers."
    )
    assert out[-1].actor is not None and "sides" not in out[-1].actor


# --- a counted collective of office-holders is anaphoric; a state's name is no collective --------------------------


def test_the_two_governments_after_a_named_united_states() -> None:
    out = analyse_text(
        "Ana Ruiz was named Honduras' ambassador to the United States in March by President Jorge Salas. "
        "In May the two governments signed a protocol on extradition."
    )
    actor = out[-1].actor or ""
    assert "Honduras" in actor and "United States" in actor


def test_a_storm_is_no_person_the_two_prime_ministers_stand_for() -> None:
    out = analyse_text(
        "Prime Minister Jonas Berg received Prime Minister Katrin Olafsdottir since Hurricane Maria struck. "
        "The two Prime Ministers signed a reconstruction partnership."
    )
    actor = out[-1].actor or ""
    assert "Berg" in actor and "Olafsdottir" in actor and "Hurricane" not in actor


def test_counter_a_capitalised_collective_of_a_place_is_not_anaphoric() -> None:
    # "the two Baltic ministers" are named by their region, not the last two people
    out = analyse_text(
        "Jonas Berg met Katrin Olafsdottir in Oslo. The two Baltic ministers later signed a memorandum on ferries."
    )
    actor = out[-1].actor or ""
    assert "Berg" not in actor


def test_the_united_states_then_a_union_are_two_parties_not_a_demonym() -> None:
    out = analyse_text("The United States and the European Union signed a minerals partnership on Monday.")
    actor = out[-1].actor or ""
    assert "United States" in actor and "European Union" in actor


def test_counter_terms_after_one_collective_of_two_states_keep_it_whole() -> None:
    out = analyse_text(
        "The foreign ministers of the European Union and the five Central Asian states adopted a roadmap. "
        "Under the roadmap, the bloc will co-finance three studies."
    )
    actor = out[-1].actor or ""
    assert not actor.startswith("the two sides") and "foreign ministers" in actor


# --- a non-restrictive aside after the subject is not the subject ---------------------------------------------------


def test_an_apposition_after_a_party_then_a_second_verb() -> None:
    out = analyse_text(
        "Finance Minister Lars Dahl presented the budget to the chamber. "
        "The Liberal Democrats, the second largest party, welcomed the plan but proposed that fuel duty be frozen."
    )
    assert out[-1].actor == "the Liberal Democrats"


def test_a_relative_clause_listing_members_after_a_fronted_adjunct() -> None:
    out = analyse_text(
        "At a session in Vienna on Monday, the Joint Water Board, which brings together Austria, Hungary and "
        "Slovakia under a rotating chair, agreed to build two new gauging stations on the river."
    )
    assert out[-1].actor is not None and "Joint Water Board" in out[-1].actor
    assert "Hungary" not in out[-1].actor


def test_an_office_with_its_apposed_name_after_a_participial_opener() -> None:
    out = analyse_text(
        "Speaking at the ceremony, the head of the provincial council, Maria Lindqvist, asked Oslo to pay for "
        "two more ambulances."
    )
    assert out[-1].actor == "Maria Lindqvist"


def test_counter_a_coordinated_subject_around_a_relative_clause_is_not_its_first_part() -> None:
    # "Chile, which chairs ..., and Peru agreed": the clause closes before "and", no verb: not read as an aside
    out = analyse_text("Chile, which chairs the group this year, and Peru agreed to open a joint customs post.")
    assert out[-1].actor != "Chile"


def test_counter_an_aside_closed_by_a_dash_is_left_to_the_other_rules() -> None:
    out = analyse_text(
        "The Liberal Democrats, the second largest party - and the loudest - proposed that fuel duty be frozen."
    )
    assert out[-1].actor != "the Liberal Democrats, the second largest party"


def test_counter_a_fronted_place_with_a_relative_clause_is_no_subject() -> None:
    out = analyse_text(
        "In Vienna, which hosted the talks, the three ministers agreed to build two new gauging stations on the river."
    )
    assert out[-1].actor is not None and "Vienna" not in out[-1].actor


def test_counter_an_apposition_that_names_the_body_is_the_actor() -> None:
    out = analyse_text("Chile's legislature, the National Congress, approved the fisheries treaty on Monday.")
    assert out[-1].actor == "the National Congress"


# --- a portfolio before an office is part of the title, which is dropped ----------------------------------------------


def test_a_portfolio_title_before_a_name_is_dropped() -> None:
    out = analyse_text("Transport Minister Ana Pop proposed that the night trains run again from May.")
    assert out[-1].actor == "Ana Pop"


def test_a_two_word_portfolio_title_is_dropped() -> None:
    out = analyse_text("Finance and Economy Minister Lars Dahl proposed a freeze on fuel duty.")
    assert out[-1].actor == "Lars Dahl"


def test_counter_a_portfolio_collective_of_states_is_no_person() -> None:
    out = analyse_text("Public Security Ministers of Chile and Peru agreed to hold joint patrols on the border.")
    actor = out[-1].actor or ""
    assert "Chile" in actor and "Peru" in actor


# --- a fronted phrase of time without a comma before a determined subject --------------------------------------------


def test_a_common_noun_subject_after_a_time_phrase_without_comma() -> None:
    out = analyse_text(
        "Last spring the grid operators of the three river states approved a joint tariff for cross-border power."
    )
    assert out[-1].actor is not None and out[-1].actor.startswith("the grid operators")


def test_a_subject_after_a_date_without_comma() -> None:
    out = analyse_text("On 3 March the harbour masters of the Baltic states approved a joint pilotage code.")
    assert out[-1].actor is not None and out[-1].actor.startswith("the harbour masters")


def test_a_subject_after_a_month_without_comma_is_not_the_states_it_names() -> None:
    out = analyse_text(
        "Chile and Peru met in Lima.", "In March the railway operators of the two countries approved a joint timetable."
    )
    assert out[-1].actor is not None and out[-1].actor.startswith("the railway operators")


def test_counter_a_fronted_place_without_comma_is_not_skipped_as_time() -> None:
    out = analyse_text("In Geneva the union of port workers signed a pilotage agreement.")
    assert out[-1].actor is None or "union of port workers" not in out[-1].actor or "Geneva" not in out[-1].actor


def test_counter_a_time_phrase_with_no_determiner_after_it() -> None:
    # "Last year Chile approved": a name after the time is read by the mention rules, not as a written phrase
    out = analyse_text("Last year Chile approved a pilotage agreement with Peru.")
    assert out[-1].actor == "Chile"
