"""Security rules of round 30 (issue 3): discourse. Sentences written for the test, with counter-examples.

1. A later sentence whose subject is a definite noun phrase headed by a noun that an earlier security sentence's
   security words made a security matter ("coast guard vessels" ... "The ships") is about that matter again;
   bodies, texts and people named so ("The council", "The agreement", "The two governments") are not, nor a
   matter named only as a venue or a time.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _after(lead: str, text: str) -> frozenset[str]:
    return frozenset(analyse_text(lead, text)[-1].labels)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (
            "Five coast guard vessels of Bordura stayed inside the territorial waters of Ruritania for two days.",
            "The ships followed a fishing trawler for most of Sunday morning.",
        ),
        (
            "Ruritania and Bordura opened a joint naval drill off the northern cape on Monday.",
            "The exercise ends on Friday with a landing on the island of Vel.",
        ),
        (
            "Police of the two states mounted a cross-border anti-smuggling raid on Tuesday night.",
            "The operation ended with the capture of two lorries loaded with fuel.",
        ),
    ],
)
def test_a_subject_naming_again_a_security_matter_is_security(lead: str, text: str) -> None:
    assert "security" in _after(lead, text)


@pytest.mark.parametrize(
    ("lead", "text"),
    [
        (
            "The defence ministers signed a new defence agreement in Strelsau on Monday.",
            "The agreement was signed in the presence of the two presidents.",
        ),
        (
            "Ruritania and Bordura opened a joint naval drill off the northern cape on Monday.",
            "On the sidelines of the exercise, the trade ministers signed a deal on cheese exports.",
        ),
        (
            "Five coast guard vessels of Bordura stayed inside the territorial waters of Ruritania for two days.",
            "The two governments also agreed to open a consulate in the port of Vel.",
        ),
        (
            "The joint border committee agreed that border guards of both states will patrol the lake from May.",
            "The committee also approved a budget for a new primary school in Vel.",
        ),
    ],
)
def test_a_body_a_text_a_venue_or_a_schedule_carries_no_security_matter(lead: str, text: str) -> None:
    assert "security" not in _after(lead, text)
