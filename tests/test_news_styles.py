"""Rules for news written in further styles (wire copy with heavy attribution, government press
releases, speech transcripts, headline-ese, features), and the single list of reporting verbs.

Every sentence here is written for the test; each rule has counter-examples beside it.
"""

from __future__ import annotations

import pytest

from briefing.condense import condense
from briefing.lexicon import load_lexicon
from briefing.tokens import tokens
from tests.sumhelpers import analyse_text, last


def labels(*paragraphs: str) -> frozenset[str]:
    return last(*paragraphs).labels


def actor(*paragraphs: str) -> str | None:
    return last(*paragraphs).actor


# --- one list of reporting verbs, used by every frame rule ----------------------------------------


def test_every_frame_rule_reads_the_lexicon_reporting_verbs() -> None:
    lex = load_lexicon()
    assert {"said", "told", "announced", "warned"} <= lex.reporting_verbs
    # a lone surname before a reporting or proposing verb is a person
    assert lex.reporting_verbs <= lex.speech_verbs and {"proposed", "urged", "called"} <= lex.speech_verbs
    assert "need" not in lex.speech_verbs  # first words of need frames are not verbs of speech


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The two governments signed a fisheries accord on Monday, a spokesman warned.",
            "The two governments signed a fisheries accord on Monday.",
        ),
        (
            "The two governments signed a fisheries accord on Monday, the envoy told reporters.",
            "The two governments signed a fisheries accord on Monday.",
        ),
    ],
)
def test_closing_source_frames_use_the_lexicon_list(sentence: str, expected: str) -> None:
    lex = load_lexicon()
    assert condense(sentence, tokens(sentence), None, [], lex) == expected


def test_a_closing_phrase_without_a_reporting_verb_stays() -> None:
    lex = load_lexicon()
    sentence = "The two governments signed a fisheries accord on Monday, a long-awaited step."
    assert condense(sentence, tokens(sentence), None, [], lex) == sentence


def test_a_surname_before_a_reporting_verb_is_the_speaker() -> None:
    got = analyse_text("Okafor announced the country would fund the new regional training centre.")
    assert got[-1].actor == "Okafor"
