"""Rules found by classifying errors on a further unseen annotator's articles (issue 3, fourth round).

Every sentence here is written for the test; each rule has counter-examples beside it.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

# --- a hyphenated pair of states names the parties of an agentless act ------------------------------


def test_a_joint_commission_of_two_states_owns_an_agentless_passive_act() -> None:
    out = analyse_text(
        "The fourth meeting of the Peruvian-Chilean Joint Fisheries Commission took place in Arica.",
        "It was agreed to set up a joint laboratory for anchovy stocks.",
    )
    assert "decision" in out[1].labels
    assert out[1].actor == "Peru and Chile"


def test_a_pair_of_states_leaves_a_named_agent_alone() -> None:
    # counter-example: the act names its own agent
    out = analyse_text(
        "The Peruvian-Chilean Joint Fisheries Commission met in Arica.",
        "A protocol on fish quotas was signed by Minister Ana Rivas and Minister Tomas Vidal.",
    )
    assert out[1].actor is not None and "Peru and Chile" not in out[1].actor


def test_a_hyphenated_word_that_is_no_pair_of_states_names_no_parties() -> None:
    # counter-examples: a compound of one state, or of a state and a common word
    for lead in ("The Franco-Franco dispute was aired in Lyon.", "The Anglo-Saxon press covered the Paris talks."):
        out = analyse_text(lead, "It was agreed to set up a joint laboratory.")
        assert out[1].actor is None or " and " not in out[1].actor, lead
