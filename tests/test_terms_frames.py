"""A sentence opening on the terms of a text it introduces with "a"/"an" (issue 3): the terms count
as a decision only when the same phrase reports the text as concluded ("Under an agreement signed in
May, ..."). Every sentence here is written for the test, with counter-examples.
"""

from __future__ import annotations

from briefing.lexicon import load_lexicon, tokenize_lower
from briefing.rules.decisions import _terms_frame
from tests.sumhelpers import labels_of

_labels = labels_of


def test_terms_of_a_text_reported_as_concluded_in_the_frame_are_a_decision() -> None:
    for text in (
        "Under an agreement signed in May, fishing boats from both states may land their catch in either port.",
        "Under a deal reached last week, the two railways will run a through train every night.",
        "Under a technical arrangement agreed by the coast guards, patrol boats will share radar pictures.",
        "According to a protocol adopted on Friday, inspectors will visit each site twice a year.",
        "As part of a package approved by the cabinet, farmers will receive cheaper diesel until March.",
    ):
        assert "decision" in _labels(text), text


def test_an_indefinite_text_not_reported_as_concluded_frames_no_terms() -> None:
    for text in (
        "Under a plan to build a second port, the town would need a new road.",
        "Under a 1998 treaty, the river forms part of the boundary.",
        "Under an agreement that was never ratified, both armies would have left the valley.",
        "Under a draft agreement circulated on Monday, the ministers would meet every quarter.",
    ):
        assert "decision" not in _labels(text), text


def test_a_definite_frame_still_needs_no_participle() -> None:
    lex = load_lexicon()
    assert _terms_frame(tokenize_lower("under the procedure , the secretariat will pass each warning on"), lex) == 2
    assert _terms_frame(tokenize_lower("under the new rules , shops will close at ten"), lex) == 3
    # an indefinite frame points at its noun only with an act of concluding right after it
    assert _terms_frame(tokenize_lower("under an agreement signed in may , boats may land"), lex) == 2
    assert _terms_frame(tokenize_lower("under an agreement on fishing , boats may land"), lex) is None
    assert _terms_frame(tokenize_lower("under an agreement not yet signed , boats may land"), lex) is None


def test_a_short_relative_clause_may_report_the_text_concluded() -> None:
    for text in (
        "Under a memorandum the two ministers signed in Riga, each coast guard will keep a boat at the other's port.",
        "Under a plan that the cabinet approved on Friday, pensions will rise by four percent.",
    ):
        assert "decision" in _labels(text), text
    # counter-example: the relative clause names no act of concluding
    assert "decision" not in _labels("Under a plan the ministry drew up last year, the port would double in size.")


def test_a_tenure_extended_is_an_appointment() -> None:
    assert "decision" in _labels("The board extended the tenure of Ana Pop as director for a further two years.")
    assert "decision" not in _labels("The board discussed the tenure of its director.")
