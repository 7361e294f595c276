"""Word tokens with their offsets: the unit every rule of the summariser looks at. Pure."""

from __future__ import annotations

import re
from typing import NamedTuple

# Words keep inner hyphens, apostrophes and dots ("Kassym-Jomart", "Afghanistan's", "U.S").
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")


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


def tokens(text: str) -> list[Token]:
    """Every word token of ``text`` in order."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        # "Afghanistan’s" and "Afghanistan's" both become "afghanistan's" for lexicon lookups.
        out.append(Token(word, word.lower().replace("’", "'"), m.start(), m.end(), word[:1].isupper()))
    return out


def words(text: str) -> list[str]:
    """The word strings of ``text`` in order (original case)."""
    return _WORD.findall(text)
