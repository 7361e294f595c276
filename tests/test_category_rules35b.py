"""Decision and list rules of round 35b (issue 3): what a list's items are and which welcomes report no act.
Every sentence here is written for the test; each rule has counter-examples beside it.
"""

from __future__ import annotations

import datetime as dt

from briefing.textlayout import parse_layout
from tests.sumhelpers import analyse_text

_DAY = dt.date(2026, 5, 4)

# --- a list item closed by "; and" and a blank line is a paragraph of its own ----------------------------------


def _body(text: str) -> tuple[str, ...]:
    return parse_layout(text.split("\n"), _DAY, has_title=False).paragraphs


def test_an_item_closed_by_semicolon_and_then_a_blank_line_ends_its_paragraph() -> None:
    text = (
        "The two councils agreed to the following:\n\n"
        "to open a ferry office in Kell;\n\n"
        "to repair the river jetty before the rains; and\n\n"
        "to share the cost of the new pontoon equally."
    )
    assert _body(text) == (
        "The two councils agreed to the following:",
        "to open a ferry office in Kell;",
        "to repair the river jetty before the rains; and",
        "to share the cost of the new pontoon equally.",
    )


def test_a_hard_wrapped_line_still_continues_in_lower_case() -> None:
    # counter-examples: a line wrapped after "and" with no blank line, and a paragraph broken after a plain "and"
    assert _body("The councils will repair the jetty; and\nshare the cost.") == (
        "The councils will repair the jetty; and share the cost.",
    )
    assert _body("The ferry will run on Mondays and\n\nthursdays from May.") == (
        "The ferry will run on Mondays and thursdays from May.",
    )


def test_the_items_after_semicolon_and_carry_the_lead_ins_act() -> None:
    out = analyse_text(
        "The joint commission agreed on the following:",
        "to open a ferry office in Kell; and",
        "to share the cost of a new pontoon at Marrow.",
    )
    assert all("decision" in a.labels for a in out)
    assert out[1].actor == out[2].actor == out[0].actor


# --- "welcomed the decision and said ...": a reaction to a decision told before ---------------------------------

_LEASE = "The port board approved on Monday a five-year lease of the north quay to the coast guard."


def test_a_bare_welcome_of_the_decision_followed_by_a_reaction_is_no_decision() -> None:
    out = analyse_text(
        _LEASE, "The local deputy welcomed the decision but asked the board to keep the quay open to anglers."
    )
    assert "decision" not in out[-1].labels
    out = analyse_text(_LEASE, "Fishermen in Kell welcomed the decision and said they would ask for a second quay.")
    assert "decision" not in out[-1].labels


def test_a_welcome_that_names_the_decision_it_welcomes_still_reports_it() -> None:
    # counter-examples: the decision named with its owner and content is the other body's act, reported here
    out = analyse_text("The union welcomed the decision of the port board to lease the north quay to the coast guard.")
    assert "decision" in out[-1].labels
    out = analyse_text("Kell welcomed the board's decision on Monday to reopen the ferry office.")
    assert "decision" in out[-1].labels


# --- a charge or a requirement undone is a measure decided (regime_acts / regime_objects) ------------------------


def test_a_fee_or_requirement_abolished_dropped_or_waived_is_a_decision() -> None:
    for text in (
        "The Belvanian cabinet has abolished landing fees for cargo flights from its neighbours.",
        "Last spring Kell dropped the requirement for lorry drivers to carry a paper permit.",
        "The port authority waived the berthing fee for hospital ships.",
    ):
        assert "decision" in analyse_text(text)[-1].labels, text


def test_a_fee_or_requirement_not_acted_on_is_no_decision() -> None:
    # counter-examples: an intransitive "dropped", a requirement after a preposition, an undoing still to come
    for text in (
        "Freight prices dropped sharply after the new fees were published.",
        "The party dropped its objection to a residence requirement.",
        "The cabinet may abolish landing fees next year.",
    ):
        assert "decision" not in analyse_text(text)[-1].labels, text


# --- a term shared out with "each" or "either" right after a decision -------------------------------------------

_PACT = "Aldora and Belvania signed a pact on Monday to set up joint river patrols on the Kell."


def test_a_term_shared_out_between_the_parties_after_a_decision_is_one_of_its_terms() -> None:
    for text in (
        "Each patrol boat will be crewed by two officers from either navy.",
        "About 30 fishermen from each side will be issued river passes by the district offices.",
        "Patrols will start in June, and each side will warn the other before any night operation.",
    ):
        out = analyse_text(_PACT, text)
        assert "decision" in out[-1].labels, text
        assert out[-1].actor == out[0].actor


def test_each_of_a_place_a_frequency_a_schedule_or_no_decision_before_shares_no_term() -> None:
    # counter-examples: a place, a frequency, a schedule, a time clause, a question, and no decision before
    for text in (
        "Fishing will go on as before on each side of the river.",
        "The water level will rise each year in the rainy season.",
        "Officers from each navy will meet in Kell in May.",
        "Until the boats arrive, each side will patrol on its own.",
        "Will each side pay for its own boats?",
    ):
        assert "decision" not in analyse_text(_PACT, text)[-1].labels, text
    assert (
        "decision" not in analyse_text("Each patrol boat will be crewed by two officers from either navy.")[-1].labels
    )


# --- a measure announced: "announced that X would reopen", "announced a reward" ---------------------------------


def test_an_announced_measure_in_a_that_clause_or_a_reward_is_a_decision() -> None:
    for text in (
        "The district officer announced that the Kell ferry crossing, shut since the storm, would reopen on Friday.",
        "The interior ministry announced that the night curfew in Marrow will be lifted from June.",
        "The football federation announced a reward of 5,000 dollars for each player of the winning side.",
    ):
        assert "decision" in analyse_text(text)[-1].labels, text


def test_an_announced_forecast_schedule_or_passive_announcement_is_no_decision() -> None:
    # counter-examples: a forecast, a schedule, a negated act, and a reward that is only a comparison
    for text in (
        "The harbour master announced that traffic would grow by a third next year.",
        "The ministry announced that the talks would continue in Kell next month.",
        "The commissioner announced that the crossing would not reopen before the rains.",
        "Critics described the new ferry as a reward for loyal districts.",
    ):
        assert "decision" not in analyse_text(text)[-1].labels, text


# --- the calls of a text issued in common: its "conclusions", and "It" right after it ----------------------------


def test_a_call_in_a_meetings_conclusions_is_decided_even_before_a_proposal_word() -> None:
    out = analyse_text(
        "In their conclusions, the ministers called on the secretariat to table by June a proposal on ferry fares."
    )
    assert "decision" in out[-1].labels and "proposal" not in out[-1].labels


def test_it_right_after_a_communiques_call_is_the_communique() -> None:
    out = analyse_text(
        "The summit of the river states adopted a final communique.",
        "The communique calls on both navies to share patrol schedules.",
        "It also asks the secretariat to convene a meeting of port authorities in Kell.",
    )
    assert "decision" in out[-1].labels and "proposal" not in out[-1].labels
    assert out[-1].actor == out[-2].actor


def test_a_call_with_no_issued_text_before_it_or_in_one_partys_conclusions_stays_a_proposal() -> None:
    # counter-examples: "It asks" after a plain call, and a single author's conclusions
    out = analyse_text(
        "The mayor of Kell called on both navies to share patrol schedules.",
        "It asks the secretariat to convene a meeting of port authorities.",
    )
    assert "decision" not in out[-1].labels
    out = analyse_text("In his conclusions, the rapporteur called on the ministers to cut ferry fares.")
    assert "decision" not in out[-1].labels
