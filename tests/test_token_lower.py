"""tokens() gives a word already in lower case as its own lower-case form: exact for every character."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.tokens import tokens


def test_a_lower_case_word_is_its_own_lower_case_form_for_every_character() -> None:
    # str.islower() is True only when no character is upper or title case; then lower() changes none of them.
    changed = [c for c in map(chr, range(sys.maxunicode + 1)) if (c + "a").islower() and c.lower() != c]
    assert changed == []


_WORDS = ["talks", "Talks", "Οδός", "οδος", "İstanbul", "u.s.", "(seoul),", "2025", "x1", "Kazakhstan’s"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=8))
def test_lower_forms_are_those_of_the_text(words: list[str]) -> None:
    text = " ".join(words)
    for t in tokens(text):
        assert t.lower == t.text.lower().replace("’", "'")


def test_a_lower_case_word_needs_no_copy() -> None:
    toks = tokens("leaders signed (the) Accord")
    assert [t.lower is t.text for t in toks] == [True, True, True, False]
