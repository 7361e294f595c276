"""Security rules of round 30 (issue 3), each kept only because it held over all labelled batches with any one
batch left out. Sentences written for the test, with counter-examples.

1. A border word that is an argument of a predicate of control ("checks on its internal border"), of the line's
   course ("the boundary runs along the bank") or of change ("any change of the borders") is the line itself, a
   border matter; customs controls, traffic at the border, a course verb of another line and a change of
   something else at the border are not.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


def _labels(text: str) -> frozenset[str]:
    return frozenset(analyse_text("The talks ended on Monday.", text)[-1].labels)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania has kept checks on its internal border with Bordura since 2019, renewing them every spring.",
        "The deputy minister asked about the controls at the Polish-Czech border, which Warsaw wants lifted.",
        "Bordura maintains that the boundary runs along the eastern bank of the river, not down its middle.",
        "In Valdoria's view the maritime boundary should follow the median line between the two coasts.",
        "Both capitals have said they reject any change of the borders agreed at independence.",
    ],
)
def test_a_border_controlled_run_or_changed_is_security(text: str) -> None:
    assert "security" in _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "The chamber of commerce asked for one-stop controls at the border to speed up lorries.",
        "Sanitary controls at the border delay fruit lorries by a day.",
        "Near the border runs a narrow-gauge railway built in 1910.",
        "The road to the border runs through three villages.",
        "A change of trains at the border adds an hour to the journey.",
    ],
)
def test_customs_traffic_another_line_or_another_change_is_not_security(text: str) -> None:
    assert "security" not in _labels(text)
