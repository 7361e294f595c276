"""Actor rules from the grammar of news English (issue 3, sixth round): who acts when the sentence's
subject is not the actor. Every sentence is written for the test; counter-examples beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

# --- a participle clause in commas names who made the subject ------------------------------------


def test_a_draft_drawn_up_by_states_is_their_proposal() -> None:
    out = analyse_text(
        "The draft, drawn up by Norway and Ghana, also called for a ceasefire monitoring team in the delta."
    )
    assert "proposal" in out[0].labels
    assert out[0].actor == "Norway and Ghana"


def test_a_treaty_signed_by_a_counted_collective_names_it_as_written() -> None:
    out = analyse_text("The Pelagic Accord, signed by 14 countries in 2011, bans trawling below 800 metres.")
    assert "decision" in out[0].labels
    assert out[0].actor == "14 countries"


def test_the_proposing_participle_itself_may_stand_in_the_commas() -> None:
    out = analyse_text("The scheme, put forward by the Peruvian delegation, calls for a shared coastguard fund.")
    assert "proposal" in out[0].labels
    assert out[0].actor == "Peru"


def test_an_actor_subject_keeps_the_act_despite_a_by_phrase_in_commas() -> None:
    # counter-example: the subject is a person, the commas only say who came with him
    out = analyse_text(
        "Foreign Minister Ana Lindqvist met the press in Oslo.",
        "Lindqvist, accompanied by two deputies from the Ghanaian ministry, signed the fisheries accord.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor == "Ana Lindqvist"


def test_a_date_after_by_is_no_agent() -> None:
    # counter-example: "by the end of June" is a deadline, not who signed
    out = analyse_text(
        "Chile and Peru met in Arica.",
        "The protocol, signed by the end of June, sets up a joint fisheries fund.",
    )
    assert out[1].actor is None or "end" not in out[1].actor


# --- a reduced relative after a decision noun names its makers -----------------------------------


def test_an_agreement_reached_by_a_committee_is_the_committees() -> None:
    out = analyse_text(
        "The ferry resumed sailing after an agreement reached in Mombasa on Friday by a joint port committee "
        "on berthing fees."
    )
    assert "decision" in out[0].labels
    assert out[0].actor == "a joint port committee"


def test_a_reduced_relative_without_by_leaves_the_subject_as_actor() -> None:
    # counter-example: no "by", so the subject who signed stays the actor
    out = analyse_text("Kenya and Tanzania signed an agreement drafted in Arusha last year.")
    assert "decision" in out[0].labels
    assert out[0].actor == "Kenya and Tanzania"
