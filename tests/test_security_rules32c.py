"""Security rules of round 32c (issue 3): a border named only as a place on a route, a crossing point closed, a
border's barrier, mine action and a war named only as a time. Sentences written for the test, with
counter-examples beside each rule.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _security(text: str) -> bool:
    return "security" in analyse_text(text)[0].labels


# --- a border as the end of a route -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry proposed extending the bus route to the northern border so that pupils can reach the school.",
        '"When the new road opens, I will drive to the market instead of the border," the farmer said.',
        "The regional government wants the freight trains to run from the port to the border every day.",
    ],
)
def test_a_border_that_only_ends_a_route_is_no_security(text: str) -> None:
    assert not _security(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Both armies moved troops along the road towards the border in the autumn.",  # troops: the forces count
        "Villagers say the soldiers are pushing migrants towards the frontier at night.",  # no route named
        "The two sides agreed to survey the border next year.",  # the line itself
    ],
)
def test_a_border_with_forces_or_no_route_stays_security(text: str) -> None:
    assert _security(text), text


def test_a_transport_line_is_not_the_border_line_named_before() -> None:
    analyses = analyse_text(
        "The joint commission agreed on the demarcation of the border between Aldora and Bexland.",
        "Aldora proposed extending the freight trains to the border so that farmers could use the line to reach"
        " the coast.",
        "The commission said the line on the disputed section follows the river.",
    )
    assert "security" in analyses[0].labels
    assert "security" not in analyses[1].labels  # a rail line, the border a route's end
    assert "security" in analyses[2].labels  # the border line named again
