"""Sentence segmentation: examples written for the test, plus properties over generated text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.sentences import split_article, split_text
from tests.sumhelpers import make_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Ola Berg met U.S. officials on Jan. 5 in Oslo. They agreed.", 2),
        ('"We agree," he said. "The deal is done."', 2),
        ("“Is it over?” she asked. “Yes.”", 2),
        ("The border is 302.29 km long. It has 35 sections.", 2),
        ("Resolution No. 5 was adopted by the council. J. K. Berg was absent.", 2),
        ('He said: "We will sign." Then he left.', 2),
        ("The U.S. and the E.U. agreed on tariffs. The U.N. did not comment.", 2),
        ("The talks ended at 5 p.m. The leaders left for the airport.", 2),
        ("Talks with U.S. President Ann Lee ended at 5 p.m. on Friday.", 1),
        ("Reiterating their resolve to deepen cooperation in trade, energy and transport;", 1),
        ("“We will continue, ” he said, “because it matters.”", 1),
    ],
)
def test_split_counts(text: str, expected: int) -> None:
    assert len(split_text(text)) == expected


def test_quote_closing_with_comma_continues_the_sentence() -> None:
    assert split_text("“The region is changing,” the minister said. She left.") == [
        "“The region is changing,” the minister said.",
        "She left.",
    ]


def test_sentences_are_numbered_across_paragraphs() -> None:
    art = make_article("One is here. Two is here.", "Three is here.")
    assert [(s.index, s.paragraph, s.text) for s in split_article(art)] == [
        (0, 0, "One is here."),
        (1, 0, "Two is here."),
        (2, 1, "Three is here."),
    ]


_WORDS = st.sampled_from(
    ["the", "Leaders", "signed", "U.S.", "Gen.", "No.", "3.5", "km", "“We", "agree,”", "he", "said", "Oslo", "p.m."]
)
_ENDS = st.sampled_from([".", "?", "!", ";", ".”", "", "...", ".)"])
_SENTENCE = st.builds(lambda ws, end: " ".join(ws) + end, st.lists(_WORDS, min_size=1, max_size=12), _ENDS)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=6), st.sampled_from([" ", "  ", "\t", " \n "]))
def test_split_keeps_every_character_in_order_as_exact_substrings(sentences: list[str], sep: str) -> None:
    text = sep.join(sentences)
    pieces = split_text(text)
    assert all(pieces)
    assert "".join("".join(p.split()) for p in pieces) == "".join(text.split())
    at = 0
    for piece in pieces:
        found = text.find(piece, at)
        assert found >= at  # an exact substring, after the previous one
        at = found + len(piece)
        assert piece == piece.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_split_never_fails_and_loses_nothing_on_arbitrary_text(text: str) -> None:
    pieces = split_text(text)
    assert "".join("".join(p.split()) for p in pieces) == "".join(text.split())


def test_a_capitalised_dateline_closed_by_a_full_stop_is_not_part_of_the_sentence() -> None:
    import datetime as dt

    from briefing.textlayout import strip_dateline

    assert strip_dateline("LIMA, ANDINA. The ministers met.", dt.date(2026, 1, 1))[:2] == (
        "The ministers met.",
        "ANDINA",
    )
    assert strip_dateline("NATO. The alliance met.", dt.date(2026, 1, 1))[0] == "NATO. The alliance met."


def test_a_transcript_speaker_tag_is_layout_not_part_of_the_sentence() -> None:
    art = make_article(
        "Q: Will the two navies patrol together? A: Yes. We signed the protocol in May.",
        "LINDQVIST: Thank you, Minister. We agree.",
        "QUESTION: Is the bridge safe?",
        "The bank said: yes. Analysts: none.",
        "NATO",
    )
    assert [s.text for s in split_article(art)] == [
        "Will the two navies patrol together?",
        "Yes.",
        "We signed the protocol in May.",
        "Thank you, Minister.",
        "We agree.",
        "Is the bridge safe?",
        "The bank said: yes.",
        "Analysts: none.",
        "NATO",
    ]
    # each sentence is still an exact substring of its paragraph
    assert all(s.text in art.paragraphs[s.paragraph] for s in split_article(art))
