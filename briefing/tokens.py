"""Word tokens with their offsets: the unit every rule of the summariser looks at. Pure."""

from __future__ import annotations

import re
from itertools import accumulate, repeat
from operator import itemgetter
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


_new = tuple.__new__
# The word pattern as one group: ``split`` then returns separators and words alternately.
_SPLIT = re.compile(f"({_WORD.pattern})")
_first = itemgetter(0)


def tokens(text: str) -> list[Token]:
    """Every word token of ``text`` in order.

    Every sentence of every article is tokenised, so the common case does no per-token work in
    Python: one C-level split gives separators and words alternately, their running lengths give
    every offset, and the lower-case forms are slices of the sentence lower-cased once (when
    lower-casing keeps every offset, as it does for all but a few scripts).
    """
    low = text.lower()
    if "’" in low:
        low = low.replace("’", "'")
    if len(low) == len(text):
        pieces = _SPLIT.split(text)  # [separator, word, separator, word, ..., separator]
        if len(pieces) == 1:
            return []
        offsets = list(accumulate(map(len, pieces)))
        words, starts, ends = pieces[1::2], offsets[0:-1:2], offsets[1::2]
        lowers = map(low.__getitem__, map(slice, starts, ends))
        capitalised = map(str.isupper, map(_first, words))
        return list(map(_new, repeat(Token), zip(words, lowers, starts, ends, capitalised, strict=True)))
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        # "Afghanistan’s" and "Afghanistan's" both become "afghanistan's" for lexicon lookups.
        out.append(Token(word, word.lower().replace("’", "'"), m.start(), m.end(), word[:1].isupper()))
    return out


def words(text: str) -> list[str]:
    """The word strings of ``text`` in order (original case)."""
    return _WORD.findall(text)
