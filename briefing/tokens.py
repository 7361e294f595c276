"""Word tokens with their offsets: the unit every rule of the summariser looks at. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words keep inner hyphens, apostrophes and dots ("Kassym-Jomart", "Afghanistan's", "U.S").
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Token:
    """A word of a sentence: its text, lower-case form and character span."""

    text: str
    lower: str
    start: int
    end: int

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokens(text: str) -> list[Token]:
    """Every word token of ``text`` in order."""
    return [Token(m.group(), _norm(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


def words(text: str) -> list[str]:
    """The word strings of ``text`` in order (original case)."""
    return _WORD.findall(text)


def _norm(word: str) -> str:
    # "Afghanistan’s" and "Afghanistan's" both become "afghanistan's" for lexicon lookups.
    return word.lower().replace("’", "'")
