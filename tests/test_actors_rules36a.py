"""Round 36a: who acts in a meeting's agreement, ... (validation protocol).

Sentences are written for these tests; none is copied from a corpus.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text


def _actor_of(out: tuple, start: str) -> str | None:
    return next(a.actor for a in out if start in a.sentence.text)


def test_a_reduced_relative_meeting_names_the_body_that_met() -> None:
    out = analyse_text(
        "Ecuadorian and Colombian police chiefs agreed on Monday to share radio frequencies along the river.",
        "The agreement, reached at a session of the Ecuador-Colombia Frontier Commission in Ipiales, provides "
        "for a joint control room staffed by 30 officers.",
    )
    assert "Frontier Commission" in (_actor_of(out, "The agreement, reached") or "")


def test_a_meeting_body_whose_name_joins_two_states_is_read_whole() -> None:
    out = analyse_text(
        "The Government of Fiji and the Government of Tonga have agreed to run joint fisheries patrols.",
        "The agreement was reached at the 4th meeting of the Fiji - Tonga Joint Maritime Border Security Committee "
        "held in Nuku'alofa last week.",
    )
    assert "Joint Maritime Border Security Committee" in (_actor_of(out, "The agreement was reached") or "")


def test_a_meeting_place_without_a_body_is_not_a_body() -> None:
    out = analyse_text(
        "Ecuadorian and Colombian police chiefs agreed on Monday to share radio frequencies along the river.",
        "The agreement, reached at a meeting in Ipiales, provides for a joint control room staffed by 30 officers.",
    )
    assert "Ipiales" not in (_actor_of(out, "The agreement, reached") or "")
