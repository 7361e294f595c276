"""Actor rules of the tenth round (issue 3): how news English names who acts, from the misses of a batch
of unseen articles, grouped by linguistic cause. Every sentence is written for the test; counter-examples
beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

# --- a common-noun phrase opening the sentence is its subject, as written ------------------------------


def test_a_bare_plural_with_an_adjective_is_the_proposer() -> None:
    out = analyse_text(
        "Mayor Tomas Varga opened the new library in Szeged on Monday.",
        "Retired teachers have asked that the library also open on Sunday mornings.",
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "Retired teachers"


def test_a_plural_placed_by_its_town_keeps_its_whole_phrase() -> None:
    out = analyse_text(
        "President Ana Rojas met President Luis Quispe in Arica on Monday.",
        "Cotton and maize growers in Tacna have urged both governments to reopen the rail line to Arica.",
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "Cotton and maize growers in Tacna"


def test_a_body_named_by_a_common_noun_and_its_complement_is_the_proposer() -> None:
    out = analyse_text(
        "Foreign Minister Rahel Desta visited Gondar on Friday.",
        "The Gondar chamber of commerce has asked the ministry to seek a new customs post at Metema.",
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "the Gondar chamber of commerce"


def test_a_group_noun_with_place_names_as_modifiers_is_the_proposer() -> None:
    out = analyse_text(
        "President Ana Rojas met President Luis Quispe in Arica on Monday.",
        "A coalition of Arica and Tacna transport unions asked the two ministries to extend the border opening hours.",
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "a coalition of Arica and Tacna transport unions"


def test_a_fronted_time_phrase_is_not_a_subject_phrase() -> None:
    # counter-example: "Last month" is no actor; the plural after it is not read as one phrase with it
    out = analyse_text(
        "Mayor Tomas Varga opened the new library in Szeged on Monday.",
        "Last month farmers asked the council to pave the road to the market.",
    )
    assert "proposal" in out[1].labels
    assert out[1].actor is None or "month" not in out[1].actor.lower()


def test_a_passive_after_a_plural_is_no_subject_phrase() -> None:
    # counter-example: "were asked" makes the plural the askee, not the proposer
    out = analyse_text(
        "Mayor Tomas Varga opened the new library in Szeged on Monday.",
        "Local teachers were asked to run reading classes for pupils.",
    )
    assert out[1].actor != "Local teachers"


def test_a_named_subject_still_wins_over_the_phrase_rule() -> None:
    # counter-example: a person opening the sentence is read by the ordinary rules
    out = analyse_text("Mayor Tomas Varga asked the county to pave the road to the market.")
    assert "proposal" in out[0].labels
    assert out[0].actor == "Tomas Varga"


# --- every state's demonym names it: "the Gabonese side", "the Equatorial Guinean side" -----------------


def test_the_side_of_a_state_named_by_a_two_word_demonym_is_that_side() -> None:
    out = analyse_text(
        "Gabon and Equatorial Guinea held talks in Libreville on Tuesday.",
        "The Equatorial Guinean side proposed that a sub-commission map the bay.",
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "the Equatorial Guinean side"


def test_the_side_of_a_state_named_by_a_one_word_demonym_is_that_side() -> None:
    out = analyse_text(
        "Togo and Benin held talks in Lome on Tuesday.",
        "The Togolese side proposed a joint patrol of the lagoon.",
    )
    assert "proposal" in out[1].labels
    assert out[1].actor == "the Togolese side"


def test_a_determiner_inside_the_opening_run_starts_a_second_phrase() -> None:
    # counter-example: "Despite delays" is an adjunct, not part of the subject
    out = analyse_text("Despite delays the harbour workers asked the port to hire more crane drivers.")
    assert out[0].actor is None or "delays" not in out[0].actor.lower()
