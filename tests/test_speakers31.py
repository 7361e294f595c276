"""Speaker rules of round 31b (issue 3): who "I" is in a transcript whose paragraphs open on the speaker's
name in mixed case ("Lento: ..."), and a speaker's request whose relative clause opens on a preposition
(", to which my government ..."). Every sentence is written for the test; counter-examples beside each rule.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.lexicon import load_lexicon
from briefing.readers import read_text
from briefing.rules.context import recurring_tags
from briefing.sentences import transcript_tags
from tests.sumhelpers import analyse_text


def test_a_tag_opening_two_paragraphs_is_a_speakers() -> None:
    paragraphs = ["Lento: Good morning.", "Q: Why now?", "Lento: Because the budget passed.", "Note: excerpt."]
    assert transcript_tags(paragraphs) == frozenset(["Lento"])
    # a label opening one paragraph is none; an interviewer's tag is no speaker
    assert transcript_tags(["Analysis: the vote was close.", "The talks went on."]) == frozenset()
    assert recurring_tags(["Reporter: Why?", "Reporter: When?", "Lento: Soon."], load_lexicon()) == frozenset()


def test_first_person_in_a_tagged_transcript_is_the_speaker() -> None:
    out = analyse_text(
        "Lento: This morning the ministers adopted the budget. I have also appointed Ambassador Mira Holt as my"
        " special envoy for the ceasefire talks.",
        "Q: Is your plan realistic?",
        "Lento: I would ask every capital, including Vienna, to send experts to the mission now.",
        title="Press conference after the ministerial meeting",
    )
    by_text = {a.sentence.text: a.actor for a in out}
    appointed = next(a for t, a in by_text.items() if t.startswith("I have also appointed"))
    asked = next(a for t, a in by_text.items() if "I would ask" in t)
    assert appointed == "Lento"
    assert asked == "Lento"


def test_a_tag_that_opens_one_paragraph_names_no_speaker() -> None:
    out = analyse_text(
        "Update: The ministers adopted the budget on Monday.",
        "I would ask every capital to send experts to the mission now, said one delegate.",
    )
    assert out[-1].actor != "Update"


def test_a_repeated_tag_in_the_first_paragraph_is_no_dateline(tmp_path: Path) -> None:
    text = "Press conference after the council\n\nLento: Thank you all.\n\nQ: Why?\n\nLento: Because.\n"
    article = read_text(tmp_path / "a.txt", text, dt.date(2026, 3, 1))
    assert article.paragraphs[0] == "Lento: Thank you all."
    # a dateline opening the first paragraph alone is still read as one
    once = read_text(tmp_path / "b.txt", "Talks end\n\nGENEVA: The talks ended today.\n", dt.date(2026, 3, 1))
    assert once.paragraphs[0] == "The talks ended today."


def test_a_speakers_call_is_his_even_with_his_government_in_a_relative_clause() -> None:
    out = analyse_text(
        "Thank you, Madam Chair.",
        "I call on all of us to resume the dialogue with the north, to which my government has offered talks"
        " without preconditions.",
        title="Remarks by Croatian President Ana Kovac at the Regional Summit",
    )
    assert out[-1].actor is not None and "Kovac" in out[-1].actor
    # the government's own offer, said in the speaker's narrative with no request of his, stays the state's
    plain = analyse_text(
        "Thank you, Madam Chair.",
        "Croatia has offered talks without preconditions to the north.",
        title="Remarks by Croatian President Ana Kovac at the Regional Summit",
    )
    assert plain[-1].actor is not None and "Kovac" not in plain[-1].actor
