"""Category rules (decision / security) from the ninth round of grouping misses on unseen articles by
their linguistic cause (issue 3). Every sentence here is written for the test; each rule has
counter-examples beside it.
"""

from __future__ import annotations

from tests.sumhelpers import analyse_text

# --- list items: the last item of a ';' list may open with an article ---------------------------------


def test_last_list_item_with_an_article_carries_the_lead_in_act() -> None:
    out = analyse_text(
        "The two foreign ministers then signed the following documents:",
        "an agreement on visa-free travel for holders of service passports;",
        "a protocol on consular consultations for 2027-2029;",
        "a memorandum of understanding on cooperation in tourism.",
    )
    assert "decision" in out[-1].labels
    assert "decision" in out[-2].labels


def test_last_item_with_the_definite_article_counts_too() -> None:
    out = analyse_text(
        "The following texts were adopted at the session:",
        "the statute of the joint fisheries board;",
        "the budget of the secretariat for 2027;",
        "the protocol on the exchange of port data.",
    )
    assert "decision" in out[-1].labels


def test_a_sentence_after_a_list_that_names_no_document_is_not_an_item() -> None:
    # counter-examples: a finite clause after the list, and an article before a word that names no document
    out = analyse_text(
        "The ministers signed the following documents:",
        "an agreement on air services;",
        "a memorandum on cultural exchanges;",
        "a visit by the ministers to the new port was also held.",
    )
    assert "decision" not in out[-1].labels
    out = analyse_text(
        "The ministers signed the following documents:",
        "an agreement on air services;",
        "a memorandum on cultural exchanges;",
        "a lunch in honour of the delegations.",
    )
    assert "decision" not in out[-1].labels


# --- a nominalised act reported by a past passive, its complement between them ------------------------


def labels(sentence: str) -> frozenset[str]:
    return analyse_text(sentence)[-1].labels


def test_a_decision_noun_reported_as_taken_after_its_complement_is_a_decision() -> None:
    assert "decision" in labels("The decision to merge the two customs agencies was taken at the Lima summit in 2024.")
    assert "decision" in labels("The decision to close the northern crossing to lorries was made in March.")
    assert "decision" in labels("The agreement to pool coastguard patrols in the gulf was formally reached in May.")
    assert "decision" in labels("The final decision on the new fund had been taken by the ministers a week earlier.")


def test_a_decision_noun_still_to_be_taken_or_negated_is_no_decision() -> None:
    # counter-examples: to come (a modal or another finite verb first), negated, or another verb
    assert "decision" not in labels("The decision to merge the two agencies will be taken at the next summit.")
    assert "decision" not in labels("The decision on the new fund is expected to be made in June.")
    assert "decision" not in labels("No decision to extend the mission's mandate was taken.")
    assert "decision" not in labels("The decision to extend the mission's mandate was not taken.")
    assert "decision" not in labels("The decision to close the crossing was criticised by traders in the valley.")
    assert "decision" not in labels("The decision to build a second bridge would be made by the new cabinet.")
