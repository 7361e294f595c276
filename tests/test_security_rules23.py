"""Security rules of round 23 (issue 3), from mechanisms that annotators of at least two batches wrote: a state's
claim to a place (the verb with the place as its object, or a maritime or territorial claim), and plural defence,
military or border officials as who meets or between whom a channel runs. Sentences written for the test, with
counter-examples.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _labels(text: str) -> frozenset[str]:
    return frozenset(analyse_text("The talks ended on Monday.", text)[-1].labels)


@pytest.mark.parametrize(
    "text",
    [
        "Taiwan also claims the islands, which lie north of the strait.",
        "Vietnam has long claimed the reefs in the western part of the sea.",
        "Manila still claims both shoals despite the arbitration.",
        "The Philippines rejects any territorial claims that ignore the 2016 ruling.",
        "Jakarta said it would never accept maritime claims drawn from historic maps.",
    ],
)
def test_a_place_claimed_by_a_state_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Samoa claimed two weightlifting gold medals at the Games.",
        "The royal palace has claimed the returned bronzes since 2023.",
        "The minister claimed the region was growing faster than any other.",
        "The insurer rejected the claims of the farmers after the floods.",
        "Its claims for compensation were settled out of court.",
    ],
)
def test_a_claim_to_no_place_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "China has proposed holding a first meeting of defence ministers in the new format next year.",
        "Kazakhstan suggested an annual conference of the defence chiefs of the five states.",
        "The prince brokered an understanding between the two countries' defence ministers last spring.",
        "The commission will run a hotline between the military commanders on either side.",
        "We suggest that border commissioners of the two states meet every month on the river.",
    ],
)
def test_defence_or_border_officials_meeting_or_linked_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The request will be examined by the defence ministers in the coming weeks.",
        "Niger's defence minister told reporters after the meeting that he was pleased.",
        "The meeting of trade ministers ended without a statement.",
        "The prince brokered an understanding between the two countries' finance ministers last spring.",
        "We suggest that the tourism commissioners of the two states meet every month.",
    ],
)
def test_officials_of_other_fields_or_a_single_official_are_not_security(text: str) -> None:
    assert "security" not in _labels(text)
