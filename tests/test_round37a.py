"""Decision rules of round 37a (issue 3): an executive act of a state told in the past with a date ("Chile closed
the strait to tankers in 2021"). Every sentence here is written for the test; each rule has counter-examples beside
it.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import labels_of

# --- a dated executive act of a state ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chile closed the northern strait to foreign tankers in March 2021, citing the war next door.",
        "In May 2024 the government nationalised the copper smelter at Port Vesna.",
        "The junta ended a defence cooperation pact with Peru in October 2023.",
        "Lisbon last week cut the fees charged for work permits by half.",
        "The cabinet had already banned the export of raw timber in 2019.",
        "Last year we reduced the number of checkpoints on the coastal road to four.",
    ],
)
def test_a_dated_executive_act_of_a_state_is_a_decision(text: str) -> None:
    assert "decision" in labels_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # no state as the subject, no object, no date, an act to come, negated or in a time clause, a meeting ended
        "The mining company closed the smelter at Port Vesna in March 2021.",
        "The strait closed to shipping for two days in March 2021 because of a storm.",
        "Trade between Chile and Peru, suspended since 2019, is expected to resume.",
        "Chile may close the northern strait to foreign tankers in March.",
        "Chile has not closed the northern strait to foreign tankers since 2021.",
        "Chile and Peru ended a new round of their border talks on Friday without a deal.",
        "Peru's internationally recognised government met in Lima in May 2024.",
    ],
)
def test_undated_or_non_state_or_unfinished_acts_are_no_decision(text: str) -> None:
    assert "decision" not in labels_of(text)


# --- an act in a clause of time opened by "since" or "after" dates its main clause ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Trade across the river has doubled since President Ana Maria Lopes appointed a border envoy in 2024.",
        "Imports of fruit fell sharply after Peru signed the new customs code in 2018.",
        "The reserve fund has never been drawn on since it was set up in 2012.",
        "Since the accord was signed, fishing catches in the bay have fallen by a third.",
    ],
)
def test_an_act_in_a_since_or_after_clause_is_no_decision(text: str) -> None:
    assert "decision" not in labels_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # the act in the main clause, before the time clause or after the opening clause's comma
        "Chile and Peru signed a fisheries accord in Lima after two days of talks.",
        "Since the floods, the government has approved a new plan for the river banks.",
        "The ministers agreed to reopen the crossing after Peru lifted its ban on trucks.",
    ],
)
def test_an_act_in_the_main_clause_beside_a_time_clause_is_a_decision(text: str) -> None:
    assert "decision" in labels_of(text)


# --- a schedule of a body's sittings is no decision, in a text's terms or out of turn ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "According to the joint statement, the next meeting of the commission will take place in Quito in 2028.",
        "The council agreed to hold an extraordinary meeting in Lima in March to finish the text.",
    ],
)
def test_a_schedule_of_sittings_is_no_decision(text: str) -> None:
    assert "decision" not in labels_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # the terms of a text, and a meeting that is no sitting of a series
        "According to the joint statement, the two navies will patrol the bay together from May.",
        "The council agreed to hold a conference on river pollution in Lima in March.",
    ],
)
def test_terms_and_a_new_meeting_stay_decisions(text: str) -> None:
    assert "decision" in labels_of(text)


# --- a relative clause with no relative word tells a thing's history, no act reported -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Fishing boats from both sides still work under a fishing accord the two countries agreed three years ago.",
        "The reserve is run by the Parks Office (PO), set up in 2001 under a treaty the states signed a year earlier.",
        "The Water Panel (JWP), set up in March 2023 after the old commission collapsed, said the river was polluted.",
    ],
)
def test_a_relative_clause_with_no_relative_word_is_no_decision(text: str) -> None:
    assert "decision" not in labels_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # an active act with its object after the date, and an act dated to the news
        "Fishing boats now work under the fishing accord the two countries signed on Monday.",
        "The two ministers set up a joint lake office in Quito on Monday.",
    ],
)
def test_an_act_with_its_object_stays_a_decision(text: str) -> None:
    assert "decision" in labels_of(text)
