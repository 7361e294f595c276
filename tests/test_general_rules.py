"""Broad rules of news English found by classifying held-out errors (issue 3, third round).

Every sentence here is written for the test; each rule has counter-examples beside it.
"""

from __future__ import annotations

from briefing.sentences import split_text
from tests.sumhelpers import analyse_text

# --- numbered list paragraphs ---------------------------------------------------------------------


def test_a_paragraph_number_opens_its_item_and_is_not_a_sentence() -> None:
    assert split_text("2. A protocol on river navigation;") == ["2. A protocol on river navigation;"]
    assert split_text("(3) A memorandum on grain storage.") == ["(3) A memorandum on grain storage."]


def test_a_number_inside_a_paragraph_still_ends_nothing_new() -> None:
    # counter-examples: a sentence ending in a number, a number later in the paragraph
    assert split_text("The vote was 12. Then the hall emptied.") == ["The vote was 12.", "Then the hall emptied."]
    assert split_text("Talks ended. 4. Delegates left.") == ["Talks ended.", "4.", "Delegates left."]


def test_items_of_an_adopted_list_are_decisions_even_when_they_call_for_something() -> None:
    out = analyse_text(
        "The assembly adopted the following decisions:",
        "1. A decision on fishing quotas, calling for a freeze on trawler licences;",
        "2. A decision urging members to share catch data;",
        "3. A decision approving the secretariat's staff plan.",
    )
    for item in out[1:]:
        assert "decision" in item.labels, item.sentence.text
        assert "proposal" not in item.labels, item.sentence.text
        assert item.actor == out[0].actor


def test_items_of_a_proposed_list_stay_proposals() -> None:
    # counter-example: the lead-in proposes, so its items propose too
    out = analyse_text(
        "The delegation proposed the following steps:",
        "1. A freeze on trawler licences;",
        "2. A register of fishing vessels.",
    )
    assert all("decision" not in a.labels for a in out)
    assert "proposal" in out[1].labels


def test_a_call_outside_any_list_stays_a_proposal() -> None:
    out = analyse_text("The assembly adopted a budget.", "Peru called for a freeze on fishing licences.")
    assert "proposal" in out[-1].labels and "decision" not in out[-1].labels
