"""Some of a set of texts just concluded, named again with a content verb ("The others cover trade"): the
contents of what was signed, a decision credited to the signers (issue 3; written by four annotator batches).

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from tests.sumhelpers import analyse_text


@pytest.mark.parametrize(
    ("text", "actor_word"),
    [
        (
            "Chile and Peru signed five agreements in Lima on Friday. The others cover mining, fisheries and tourism.",
            "Chile",
        ),
        (
            "Ghana and Togo signed four memoranda of understanding on Monday. "
            "The other three memoranda deal with electricity trading, customs and youth exchanges.",
            "Ghana",
        ),
        (
            "The two presidents witnessed the signing of eight documents. "
            "One of the documents, between the two customs services, concerns the exchange of data on smuggling.",
            "presidents",
        ),
        (
            "Norway and Iceland concluded six accords in Reykjavik. "
            "Among them, an accord on search and rescue sets out how the two coast guards share aircraft.",
            "Norway",
        ),
        (
            "Jordan and Iraq signed nine contracts worth $2 billion. "
            "Two of them relate to a pipeline from Basra to Aqaba.",
            "Jordan",
        ),
        (
            "Vietnam and Laos signed seven agreements. Trade rose by 12 percent last year. "
            "The remaining agreements focus on hydropower and rail.",
            "Vietnam",
        ),
    ],
)
def test_some_of_the_texts_concluded_state_their_contents(text: str, actor_word: str) -> None:
    last = analyse_text(text)[-1]
    assert "decision" in last.labels
    assert last.actor is not None and actor_word in last.actor


@pytest.mark.parametrize(
    "text",
    [
        # the set named is no text concluded
        "Chile and Peru signed five agreements in Lima on Friday. The other issues concern fishing quotas.",
        "The ministers discussed several proposals. The others cover trade and transport.",
        # negated, hedged, a question
        "Ghana and Togo signed four memoranda. The others do not cover electricity trading.",
        "Ghana and Togo signed four memoranda. The others could cover electricity trading later.",
        "Ghana and Togo signed four memoranda. Do the others cover electricity trading?",
        # too far from the signing: another topic came between
        "Norway and Iceland concluded six accords. The weather was poor. Fishing fell. Ferries stopped. "
        "The others cover rescue.",
        # no signing before at all
        "The other agreements cover trade, transport and energy.",
        # a verb that is no content verb
        "Chile and Peru signed five agreements. The others were delayed by a dispute over wording.",
    ],
)
def test_not_some_of_a_concluded_set(text: str) -> None:
    assert "decision" not in analyse_text(text)[-1].labels
