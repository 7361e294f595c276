"""Word tokens with their offsets: the unit every rule of the summariser looks at. Pure."""

from __future__ import annotations

import re
from typing import NamedTuple

# Words keep inner hyphens, apostrophes and dots ("Kassym-Jomart", "Afghanistan's", "U.S").
# Possessive quantifiers: nothing after a run of letters can make the engine give any back, so
# the matches are those of the plain pattern, found without keeping backtracking positions.
_WORD = re.compile(r"[^\W_]++(?:[-'’.][^\W_]++)*+")


class Token(NamedTuple):
    """A word of a sentence: its text, lower-case form, character span and capitalisation.

    A named tuple rather than a dataclass: every sentence makes dozens, and building a tuple
    is several times cheaper than a frozen dataclass.
    """

    text: str
    lower: str
    start: int
    end: int
    is_capitalised: bool


_new = tuple.__new__


def tokens(text: str) -> list[Token]:
    """Every word token of ``text`` in order.

    The sentence is lower-cased once and sliced (when lower-casing keeps every offset, as it
    does for all but a few scripts); tuples are built without the named-tuple constructor's
    argument handling. Both matter: every sentence of every article is tokenised.
    """
    low = text.lower()
    if "’" in low:
        low = low.replace("’", "'")
    if len(low) == len(text):
        spans = [m.span() for m in _WORD.finditer(text)]
        return [_new(Token, (text[s:e], low[s:e], s, e, text[s].isupper())) for s, e in spans]
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        # "Afghanistan’s" and "Afghanistan's" both become "afghanistan's" for lexicon lookups.
        out.append(Token(word, word.lower().replace("’", "'"), m.start(), m.end(), word[:1].isupper()))
    return out


def words(text: str) -> list[str]:
    """The word strings of ``text`` in order (original case)."""
    return _WORD.findall(text)
