"""Actor rules of round 22 (issue 3): mechanisms that recur across annotators' batches. Every sentence
is written for the test; counter-examples beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

_VISIT = "President Ana Rojas of Chile met Prime Minister Luis Quispe of Peru in Arica on Monday."

# --- the parties a concluded text names after "between" concluded it ------------------------------------


def test_an_agentless_memorandum_between_two_bodies_is_theirs() -> None:
    out = analyse_text(
        _VISIT,
        "In the presence of the two leaders, nine documents were signed.",
        "A memorandum between the customs services on the exchange of cargo data was also signed.",
    )
    assert "decision" in out[2].labels
    assert out[2].actor == "the customs services"


def test_a_text_named_among_those_signed_is_its_parties() -> None:
    out = analyse_text(
        _VISIT,
        "Seven agreements were signed after the talks.",
        "Among them is a contract between Codelco and Petroperu for a copper smelter in Ilo.",
    )
    assert "decision" in out[2].labels
    assert out[2].actor == "Codelco and Petroperu"


def test_a_memorandum_of_understanding_between_two_ministries_is_theirs() -> None:
    out = analyse_text(
        _VISIT,
        "Four documents were signed in the presence of the leaders.",
        "A Memorandum of Understanding between the Chilean Ministry of Health and the Peruvian Ministry of Health"
        " on vaccine purchases was signed as well.",
    )
    assert "decision" in out[2].labels
    assert out[2].actor == "the Chilean Ministry of Health and the Peruvian Ministry of Health"


def test_witnessing_the_signing_of_a_contract_between_two_firms_is_theirs() -> None:
    out = analyse_text(
        _VISIT,
        "The two leaders also witnessed the signing of an accord between Chile's ENAP and Peru's Petroperu"
        " on fuel storage in Arica.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor == "Chile's ENAP and Peru's Petroperu"


def test_a_subject_that_signs_a_text_between_others_keeps_the_act() -> None:
    # counter-example: the leaders signed it themselves; "between" names what the text is about
    out = analyse_text(
        _VISIT,
        "The two leaders signed a declaration between the Republic of Chile and the Republic of Peru on the"
        " strategic partnership.",
    )
    assert "decision" in out[1].labels
    assert "leaders" in (out[1].actor or "")


def test_a_text_signed_by_named_agents_is_theirs_not_the_between_parties() -> None:
    # counter-example: an agent after the passive names who signed
    out = analyse_text(
        _VISIT,
        "An agreement between the two ports on pilotage was signed by Ana Rojas and Luis Quispe.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor is not None and "Rojas" in out[1].actor and "ports" not in out[1].actor


def test_a_route_between_two_towns_is_no_party() -> None:
    # counter-example: "between" after a noun that is no text names places, not parties
    out = analyse_text(
        _VISIT,
        "Four documents were signed in the presence of the leaders.",
        "A new bus service between Arica and Tacna was also launched.",
    )
    assert "Tacna" not in (out[2].actor or "")


def test_the_signing_run_stays_the_sides_after_a_text_of_two_bodies() -> None:
    # the parties of one text do not end the run of the sides' agentless signings
    out = analyse_text(
        _VISIT,
        "In the presence of the two leaders, a treaty on water sharing was signed.",
        "A protocol between the two coast guards on search and rescue was also signed.",
        "Moreover, a joint declaration on the strategic partnership was signed in the palace.",
    )
    assert out[2].actor == "the two coast guards"
    assert out[3].actor == out[1].actor
    assert (out[3].actor or "").startswith(("the sides (", "the two sides ("))


# --- the terms of a text whose makers its opening phrase names ----------------------------------------


def test_terms_of_a_text_signed_by_named_agents_are_theirs() -> None:
    out = analyse_text(
        "Chile and Peru signed nine agreements in Arica on Monday.",
        "Under a protocol signed by the two interior ministries, police from both countries will patrol the"
        " Lluta valley together.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor in ("the two interior ministries", "the two interior ministries (Chile and Peru)")


def test_terms_of_a_deal_reached_by_named_agents_stop_at_the_place() -> None:
    out = analyse_text(
        "Chile and Peru signed nine agreements in Arica on Monday.",
        "Under a deal concluded by the two navies in Lima in March, trawlers will stay out of the"
        " border zone until June.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor == "the two navies"


def test_terms_of_a_text_between_two_bodies_are_theirs() -> None:
    out = analyse_text(
        _VISIT,
        "Four agreements were signed after the talks.",
        "Under the agreement between the two customs services, lorries will be inspected only once at Chacalluta.",
    )
    assert "decision" in out[2].labels
    assert out[2].actor == "the two customs services"


def test_terms_of_a_text_with_no_makers_named_stay_with_who_concluded_it() -> None:
    # counter-example: the opening phrase names no makers; the terms are the last decision's
    out = analyse_text(
        "Chile and Peru signed an agreement on border crossings in Arica on Monday.",
        "Under the agreement, lorries will be inspected only once at Chacalluta.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor is not None and "Chile" in out[1].actor and "Peru" in out[1].actor


# --- a body's name apposed to a possessive common noun is the subject's name -------------------------


def test_a_state_parliament_named_in_apposition_ratified() -> None:
    out = analyse_text("Kenya's parliament, the National Assembly, ratified the maritime boundary treaty on Tuesday.")
    assert "decision" in out[0].labels
    assert out[0].actor == "the National Assembly"


def test_its_legislature_named_in_apposition_approved() -> None:
    out = analyse_text(
        "Norway and Iceland met in Oslo to review their fisheries arrangements.",
        "In March its legislature, the Supreme Council, approved the new capelin quota agreement.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor == "the Supreme Council"


def test_the_countrys_senate_named_in_apposition_approved() -> None:
    out = analyse_text(
        "Brazil hosted the Mercosur summit in Rio.",
        "Last week the country's senate, the Federal Senate, approved the trade agreement with the European Union.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor == "the Federal Senate"


def test_an_apposition_far_from_the_verb_is_still_an_aside() -> None:
    # counter-example: the named body is not right before the verb; another subject acts
    out = analyse_text(
        "Kenya's parliament, the National Assembly, heard on Tuesday that the cabinet had approved the treaty."
    )
    assert out[0].actor != "the National Assembly"


# --- "between the two countries" keeps the states it stands for ------------------------------------------


def test_a_text_between_the_two_countries_shows_their_states() -> None:
    out = analyse_text(
        _VISIT,
        "Four documents were signed in the presence of the leaders.",
        "An agreement between the two countries on visa-free travel was also signed.",
    )
    assert out[2].actor == "the two countries (Chile and Peru)"


def test_the_bodies_of_the_two_countries_show_their_states() -> None:
    out = analyse_text(
        _VISIT,
        "Four documents were signed in the presence of the leaders.",
        "A memorandum between the foreign ministries of the two countries was signed as well.",
    )
    assert out[2].actor == "the foreign ministries of the two countries (Chile and Peru)"


def test_terms_of_a_text_between_the_two_countries_show_their_states() -> None:
    out = analyse_text(
        _VISIT,
        "Four agreements were signed after the talks.",
        "Under the agreement between the two countries, lorries will be inspected only once at Chacalluta.",
    )
    assert "decision" in out[2].labels
    assert out[2].actor == "the two countries (Chile and Peru)"
