"""Round 35b (reverted on rules35b, kept on rules35b-extra): a reported "would" after a decision is the speaker's
forecast, not one of its terms. Every sentence here is written for the test; counter-examples beside the rule.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

_LEASE = "The port board approved on Monday a five-year lease of the north quay to the coast guard."


def test_a_reported_forecast_about_what_was_decided_is_no_term_of_it() -> None:
    for text in (
        "The coast guard said the quay would allow its cutters to refuel without sailing to Kell.",
        "The mayor stated that the quay would be the heart of the town's new harbour.",
    ):
        assert "decision" not in analyse_text(_LEASE, text)[-1].labels, text


def test_a_reported_passive_arrangement_and_an_unreported_term_still_continue_the_decision() -> None:
    # counter-examples: a passive arrangement under a reporting frame, and a future term told without one
    for text in (
        "Officials said the quay would be guarded by coast guard officers around the clock.",
        "The quay will be guarded by coast guard officers around the clock.",
    ):
        assert "decision" in analyse_text(_LEASE, text)[-1].labels, text
