"""Actor rules of round 21 (issue 3): mechanisms that recur across annotators' batches. Every sentence
is written for the test; counter-examples beside each rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

# --- a run of agentless signings continues the sides that signed the first -------------------------

_VISIT = "President Ana Rojas of Chile met Prime Minister Luis Quispe of Peru in Arica on Monday."


def test_a_plain_signing_after_the_sides_signed_stays_the_sides() -> None:
    out = analyse_text(
        _VISIT,
        "Rojas proposed that the State Border Commissions meet again before the end of May.",
        "Then, Chile-Peru documents were signed in the presence of the two leaders.",
        "A memorandum on the new bridge at Chacalluta and an agreement on transit cargo were signed.",
    )
    assert "decision" in out[3].labels
    assert out[3].actor == out[2].actor
    assert out[3].actor is not None and out[3].actor.startswith("the sides (")


def test_a_signed_declaration_in_another_wording_stays_the_sides() -> None:
    out = analyse_text(
        _VISIT,
        "Quispe suggested that the Fisheries Agencies draft new quotas for anchovy.",
        "In the presence of the two leaders, a treaty on water sharing was signed.",
        "Moreover, a joint declaration on the strategic partnership was signed in the palace.",
    )
    assert "decision" in out[3].labels
    assert out[3].actor == out[2].actor
    assert "Agencies" not in (out[3].actor or "")


def test_a_third_signing_in_the_run_stays_the_sides_too() -> None:
    out = analyse_text(
        _VISIT,
        "Then, Chile-Peru documents were signed in the presence of the two leaders.",
        "Rojas proposed that the State Border Commissions meet again before the end of May.",
        "An agreement on the mutual recognition of driving licences was signed.",
        "A protocol on customs cooperation was signed as well.",
    )
    for later in (out[3], out[4]):
        assert "decision" in later.labels
        assert (later.actor or "").startswith("the sides (")
        assert "Chile" in (later.actor or "") and "Peru" in (later.actor or "")


def test_a_signing_after_a_decision_by_one_body_is_not_the_sides() -> None:
    # counter-example: the last decision was one body's own, not the sides' signing; nothing continues
    out = analyse_text(
        "The Joint Border Commission of Chile and Peru met in Tacna on Monday.",
        "The Joint Border Commission approved a new survey of the Lluta valley.",
        "A memorandum on the new bridge at Chacalluta was signed.",
    )
    assert "decision" in out[2].labels
    assert (out[2].actor or "").lower() == "the joint border commission"


def test_a_passive_with_its_agent_keeps_the_agent() -> None:
    # counter-example: "by X" names the signatories whatever was signed before
    out = analyse_text(
        _VISIT,
        "Then, Chile-Peru documents were signed in the presence of the two leaders.",
        "A memorandum on rail freight was signed by the Chilean and Peruvian railway companies.",
    )
    assert "decision" in out[2].labels
    assert not (out[2].actor or "").startswith("the sides (")
