"""Actor rules of round 23 (issue 3): mechanisms that several annotators' batches write. Every sentence
is written for the test; counter-examples beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

_VISIT = "President Ana Rojas of Chile met Prime Minister Luis Quispe of Peru in Arica on Monday."

# --- capitals coordinated as a subject stand for their states, as written ------------------------------


def test_two_capitals_that_signed_are_the_subject_as_written() -> None:
    out = analyse_text(_VISIT, "Last spring Lima and Santiago signed a treaty on the shared aquifer.")
    assert "decision" in out[1].labels
    assert out[1].actor == "Lima (Peru) and Santiago (Chile)"  # with their states since round 30


def test_two_capitals_after_a_dated_opening_agree() -> None:
    out = analyse_text(
        "Ministers of the two states met in Oslo on Friday.",
        "In March 2024 Rabat and Nouakchott agreed to open a second crossing at Guerguerat.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor == "Rabat (Morocco) and Nouakchott (Mauritania)"


def test_two_capitals_proposing_are_the_proposers() -> None:
    out = analyse_text(_VISIT, "Quito and Bogota have proposed a joint patrol of the Putumayo river.")
    assert "proposal" in out[1].labels
    assert out[1].actor == "Quito (Ecuador) and Bogota (Colombia)"


def test_two_named_states_are_still_read_as_states() -> None:
    # counter-example: states by their names are mentions the ordinary rules read
    out = analyse_text(_VISIT, "Chile and Peru signed a treaty on the shared aquifer.")
    assert out[1].actor == "Chile and Peru"


def test_a_body_with_and_in_its_name_stays_one_body() -> None:
    out = analyse_text(_VISIT, "The Ministry of Mines and Energy approved the new tariff for the port.")
    assert "decision" in out[1].labels
    assert out[1].actor is not None and "Ministry of Mines and Energy" in out[1].actor


def test_a_common_subject_placed_by_two_towns_is_lower_case() -> None:
    out = analyse_text(_VISIT, "The mayors of Tacna and Arica have asked both governments to fund a bus line.")
    assert "proposal" in out[1].labels
    assert out[1].actor == "the mayors of Tacna and Arica"


# --- a document is never an actor: a passive's "by" names its signers --------------------------------


def test_an_arrangement_signed_by_two_ministers_is_theirs() -> None:
    out = analyse_text(
        "Chile and Peru reviewed their border cooperation on Monday.",
        "The arrangement was signed in Arica by Interior Minister Carolina Toha and Peruvian Interior Minister"
        " Juan Jose Santivanez.",
    )
    assert "decision" in out[1].labels
    actor = out[1].actor or ""
    assert "Toha" in actor and "Santivanez" in actor and "arrangement" not in actor.lower()


def test_a_pact_approved_by_a_body_is_the_body_s() -> None:
    out = analyse_text(_VISIT, "The pact was approved on Tuesday by the Senate of Chile.")
    assert "decision" in out[1].labels
    assert out[1].actor is not None and "Senate" in out[1].actor


def test_a_protocol_subject_is_not_shown_as_the_actor() -> None:
    out = analyse_text(_VISIT, "The protocol was signed by Rojas and Quispe after the talks.")
    assert "decision" in out[1].labels
    actor = out[1].actor or ""
    assert "Rojas" in actor and "Quispe" in actor


def test_a_five_word_name_is_kept_whole() -> None:
    out = analyse_text(
        "Talks on fisheries were held in Nouakchott.",
        "The deal was signed by Fisheries Minister Sidi Mohamed Ould Ahmed Salem.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor == "Sidi Mohamed Ould Ahmed Salem"


# --- "the two Heads of State" is a counted collective of people, shown as written with them ------------


def test_the_two_heads_of_state_are_shown_as_written_with_the_people() -> None:
    out = analyse_text(_VISIT, "The two Heads of State witnessed the signing of five agreements on energy.")
    assert "decision" in out[1].labels
    assert out[1].actor == "the two Heads of State (Ana Rojas and Luis Quispe)"


def test_they_after_the_two_heads_of_government_are_the_same_collective() -> None:
    out = analyse_text(
        _VISIT,
        "The two heads of government signed a declaration on the shared aquifer.",
        "They also agreed to set up a joint border commission.",
    )
    assert out[1].actor == "the two heads of government (Ana Rojas and Luis Quispe)"
    assert out[2].actor == "the two heads of government (Ana Rojas and Luis Quispe)"


def test_a_count_that_does_not_fit_keeps_the_people() -> None:
    # counter-example: three heads of state after two people named
    out = analyse_text(_VISIT, "The three heads of state adopted a declaration on the shared aquifer.")
    assert out[1].actor == "Ana Rojas (Chile) and Luis Quispe (Peru)"


# --- a speech's state presenting itself with a linking adverb ("Peru therefore proposes") ---------------

_SPEECH = "Statement by President Luis Quispe at the Andean Water Forum"


def test_a_state_that_therefore_proposes_is_the_speaker_s_state_for_we() -> None:
    out = analyse_text(
        "Dear colleagues, water is the future of our mountains.",
        "Peru therefore proposes a regional glacier observatory in Cusco. Second, we propose that the forum"
        " adopt a common drought warning.",
        title=_SPEECH,
    )
    assert "proposal" in out[2].labels
    assert out[2].actor == "Peru"


def test_my_government_before_the_state_presents_itself_is_that_state() -> None:
    out = analyse_text(
        "Dear colleagues, this year my Government approved a decree on the reuse of treated water.",
        "Peru thus invites all neighbours to join a glacier observatory.",
        title=_SPEECH,
    )
    assert "decision" in out[0].labels
    assert out[0].actor == "Peru"


def test_a_state_in_news_that_therefore_proposes_names_no_speaker() -> None:
    # counter-example: no speech, so "we" in a quotation stays with its speaker, not a narrated state
    out = analyse_text(
        "Peru therefore proposes a regional glacier observatory in Cusco, the foreign ministry said.",
        '"We propose a common drought warning," said Foreign Minister Elmer Schialer.',
        title="Peru seeks glacier observatory",
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "Elmer Schialer"


# --- a connective set off by commas between a placed plural subject and its verb ----------------------


def test_traders_placed_by_a_town_then_however_are_the_proposers() -> None:
    out = analyse_text(
        "Chile and Peru agreed on Monday to open the Chacalluta gate from 8 am.",
        "Customs officers will staff the gate.",
        "Traders in Tacna, however, said the hours were too short and urged the regional government to ask for"
        " longer ones.",
    )
    assert "proposal" in out[2].labels
    assert out[2].actor == "traders in Tacna"


def test_farmers_placed_by_a_town_then_meanwhile_have_asked() -> None:
    out = analyse_text(
        _VISIT,
        "Farmers in Moquegua, meanwhile, have asked the ministry to fund new irrigation canals.",
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "farmers in Moquegua"


def test_courts_placed_by_a_city_then_however_ordered() -> None:
    out = analyse_text(_VISIT, "Courts in Lima, however, ordered the ministry to reopen the crossing.")
    assert "decision" in out[1].labels
    assert out[1].actor == "courts in Lima"


def test_an_event_placed_by_a_city_is_no_actor_after_however() -> None:
    # counter-example: "Talks in Geneva" is an event, however set off, and names no actor
    out = analyse_text(_VISIT, "Talks in Geneva, however, produced an agreement on the shared aquifer.")
    assert out[1].actor != "talks in Geneva"


# --- an anaphoric subject ("The sides discussed ...") stays what later "they" and "the sides" are --------

_COMMISSION = (
    "The fifth session of the Chilean-Peruvian Joint Commission was held in Lima. The Chilean delegation was"
    " headed by Minister Ana Rojas, and the Peruvian delegation by Minister Luis Quispe."
)


def test_a_treaty_between_third_states_that_the_sides_discussed_does_not_become_the_sides() -> None:
    out = analyse_text(
        _COMMISSION,
        "The sides discussed the situation after the signing of the treaty between Bolivia and Paraguay.",
        "It was also agreed to set up a working group on ports.",
    )
    assert "decision" in out[-1].labels
    actor = out[-1].actor or ""
    assert "Bolivia" not in actor and "Paraguay" not in actor


def test_they_after_the_delegations_reviewed_a_dispute_between_others_are_the_delegations() -> None:
    out = analyse_text(
        _COMMISSION,
        "The two delegations reviewed the dispute between Ecuador and Colombia over the river.",
        "They also agreed to open a second crossing at Chacalluta.",
    )
    assert "decision" in out[-1].labels
    actor = out[-1].actor or ""
    assert "Ecuador" not in actor and "Colombia" not in actor


def test_a_new_plural_subject_still_becomes_what_they_is() -> None:
    # counter-example: a fresh plural subject (not an anaphor) is the new "they"
    out = analyse_text(
        _VISIT,
        "Ecuador and Colombia signed an accord on the river on Tuesday.",
        "They also agreed to open a second bridge.",
    )
    assert out[-1].actor == "Ecuador and Colombia"
