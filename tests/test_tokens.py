"""The tokeniser's fast path (one split, offsets from running lengths) equals the plain reading."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.tokens import Token, tokens

_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")


def _plain(text: str) -> list[Token]:
    """Each regex match as a token: what :func:`tokens` must return.

    The lower-case form is the match's slice of the whole text lower-cased (Greek final sigma
    depends on the letters around a word), or the word lower-cased alone where lower-casing
    changes the text's length ("İ" becomes two characters).
    """
    low = text.lower().replace("’", "'")
    same = len(low) == len(text)
    return [
        Token(
            m.group(),
            low[m.start() : m.end()] if same else m.group().lower().replace("’", "'"),
            m.start(),
            m.end(),
            m.group()[0].isupper(),
        )
        for m in _WORD.finditer(text)
    ]


def test_offsets_lowers_and_capitals_of_a_news_sentence() -> None:
    text = "President Aliyev’s U.S. visit, on 12 May, re-opened talks."
    got = tokens(text)
    assert got == _plain(text)
    assert [t.text for t in got] == ["President", "Aliyev’s", "U.S", "visit", "on", "12", "May", "re-opened", "talks"]
    assert got[1].lower == "aliyev's" and got[1].is_capitalised and not got[4].is_capitalised
    assert all(text[t.start : t.end] == t.text for t in got)


def test_empty_and_wordless_text() -> None:
    assert tokens("") == []
    assert tokens(" , — “ ” ") == []


def test_lower_case_forms_follow_the_whole_sentence() -> None:
    # A soft hyphen lets the next capital decide the sigma; "İ" lengthens the lowered text.
    for text in ("ΟΔΟΣ\u00adΑ", "ΟΔΟΣ Α", "İstanbul and Ankara", "ßTRASSE ẞ"):
        assert tokens(text) == _plain(text)


# Letters whose lower case changes length ("İ"), scripts, marks, digits and joiners.
_ALPHABET = "aZ .-'’_,İıßẞǅⅠ1٣éÉ\u0301Σς\u00ad“”K\n"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=30) | st.text(max_size=30))
def test_fast_path_equals_the_plain_reading(text: str) -> None:
    assert tokens(text) == _plain(text)
