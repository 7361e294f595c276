"""List segmentation of round 35b (issue 3): an inline list after a colon lead-in is cut into the lead-in and its
items, as a list laid out one item a paragraph is. Every sentence here is written for the test; counter-examples
beside each rule.
"""

from __future__ import annotations

from briefing.sentences import split_text
from tests.sumhelpers import analyse_text

# --- an inline list after a colon lead-in: the lead-in and each item are sentences -------------------------------


def test_an_inline_list_after_a_colon_is_cut_into_its_lead_in_and_items() -> None:
    text = (
        "Three texts were also signed by the two ports: a memorandum on pilotage; "
        "an arrangement on dredging; and a letter of intent on shared tugs."
    )
    assert split_text(text) == [
        "Three texts were also signed by the two ports:",
        "a memorandum on pilotage;",
        "an arrangement on dredging;",
        "and a letter of intent on shared tugs.",
    ]


def test_a_colon_before_a_capital_a_quotation_or_a_single_clause_is_no_inline_list() -> None:
    # counter-examples: a speaker's words after a colon, a colon with no ";" item after it, a ";" with no colon
    said = "The mayor put it simply: We need the ferry; the bridge can wait."
    assert split_text(said) == [said]
    one = "The port set one rule: no tug may sail after dark."
    assert split_text(one) == [one]
    plain = "The ferry is slow; the bridge is closed."
    assert split_text(plain) == [plain]


def test_the_items_of_an_inline_list_carry_the_lead_ins_act_and_the_last_clause_too() -> None:
    out = analyse_text(
        "Under the accord the following has been settled: the ferry will sail twice a day; "
        "fares will be capped at two euros; the port of Kell will pay for the pontoon."
    )
    assert len(out) == 4
    assert all("decision" in a.labels for a in out)
    assert len({a.actor for a in out}) == 1


def test_a_sentence_in_capitals_after_the_last_item_is_not_read_as_an_item() -> None:
    # counter-example: a new sentence after the list opens in upper case and keeps its own reading
    out = analyse_text(
        "Under the accord the following has been settled: the ferry will sail twice a day; "
        "fares will be capped at two euros.",
        "The weather on the river was calm all week.",
    )
    assert "decision" not in out[-1].labels
