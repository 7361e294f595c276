"""Marks, posts and patrols placed "along" a border fix or watch the line itself: a security matter
(border demarcation, border security) even with a length or adjective before the border word (issue 3).
Sentences written for the test, with counter-examples.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text


def _labels(text: str) -> frozenset[str]:
    return frozenset(analyse_text("The talks ended on Monday.", text)[-1].labels)


def test_marks_and_posts_along_a_border_are_security() -> None:
    for text in (
        "The commission proposed finishing the replacement of pillars along the 1,200-kilometre boundary by May.",
        "The two governments agreed to repaint the beacons along their mountain frontier this summer.",
        "Engineers will upgrade the markers along the northern border next year.",
    ):
        assert "security" in _labels(text), text


def test_things_along_a_border_that_are_no_border_head_are_not() -> None:
    for text in (
        "Farmers in villages along the remote border asked for a new road.",
        "The ministers proposed planting trees along the river border to stop erosion.",
    ):
        assert "security" not in _labels(text), text


def test_the_boundary_followed_by_along_is_the_line_itself() -> None:
    # "along" is a preposition: "the boundary" before it ends its noun phrase ("along" was missing from the list)
    text = "The two sides agreed to resume the joint inspection of the boundary along the river sections."
    assert "security" in _labels(text)
    assert "security" not in _labels("Lorries moved across the border along the new road.")
