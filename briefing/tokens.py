"""Word tokens with their offsets: the unit every rule of the summariser looks at. Pure."""

from __future__ import annotations

import re
from typing import final

# Words keep inner hyphens, apostrophes and dots ("Kassym-Jomart", "Afghanistan's", "U.S").
# Possessive quantifiers: nothing after a run of letters can make the engine give any back, so
# the matches are those of the plain pattern, found without keeping backtracking positions.
_WORD = re.compile(r"[^\W_]++(?:[-'’.][^\W_]++)*+")


@final
class Token:
    """A word of a sentence: its text, lower-case form, character span and capitalisation.

    A final class with fixed slots, not a tuple: compiled (mypyc) it is a native object whose
    offsets are stored unboxed and whose fields other compiled modules read directly, and every
    sentence makes dozens (a named tuple cost an argument tuple, a boxed int per offset and a
    generic attribute lookup per read). Immutable by convention: tokens are shared through the
    per-text caches, and nothing assigns to one after it is made.
    """

    __slots__ = ("end", "is_capitalised", "lower", "start", "text")

    def __init__(self, text: str, lower: str, start: int, end: int, is_capitalised: bool) -> None:
        self.text = text
        self.lower = lower
        self.start = start
        self.end = end
        self.is_capitalised = is_capitalised

    def __eq__(self, other: object) -> bool:
        # Equal when every field is (as the named tuple this class replaced compared).
        if not isinstance(other, Token):
            return NotImplemented
        return (self.text, self.lower, self.start, self.end, self.is_capitalised) == (
            other.text,
            other.lower,
            other.start,
            other.end,
            other.is_capitalised,
        )

    def __hash__(self) -> int:
        return hash((self.text, self.lower, self.start, self.end, self.is_capitalised))

    def __repr__(self) -> str:
        return (
            f"Token(text={self.text!r}, lower={self.lower!r}, start={self.start}, end={self.end}, "
            f"is_capitalised={self.is_capitalised})"
        )


#: Characters that may surround a word in running text ("(Astana),", "“Yes,”"): none is a letter or
#: digit, so stripping them from a whitespace-separated piece never cuts into a word.
_EDGE = "\"'“”‘’«»()[]{}<>.,;:!?…-–—/*&%$€£#@+=|~^`"


def _upper_first(word: str) -> bool:
    """``word[0].isupper()`` for a non-empty word: an ASCII letter by its code (compiled, a machine integer
    compared, where ``isupper`` is a method call on a one-letter string), any other character by ``isupper``."""
    code = ord(word[0])
    if code < 128:
        return 65 <= code <= 90  # "A" to "Z": the only ASCII characters isupper() accepts
    return word[0].isupper()


def _one_joined_word(core: str) -> bool:
    """``core`` is a possessive ("Kazakhstan's", "Kazakhstan’s") or two words joined by one hyphen ("Kassym-Jomart"),
    each part all letters and digits: one match of ``_WORD``, the whole of ``core``."""
    if (core.endswith("'s") or core.endswith("’s")) and len(core) > 2 and core[:-2].isalnum():
        return True
    dash = core.find("-")
    return dash > 0 and core[:dash].isalnum() and core[dash + 1 :].isalnum()


def tokens(text: str) -> list[Token]:
    """Every word token of ``text`` in order: the matches of ``_WORD``, found by cheaper means.

    A word never holds whitespace, so each whitespace-separated piece is tokenised on its own.
    Most pieces are one word, bare or with punctuation around it ("signed", "(Astana),"): a
    piece whose core (``_EDGE`` stripped from both ends) is all letters and digits is that one
    word, tested with C-level string methods; any other piece ("Kassym-Jomart", "U.S.-led",
    "1,200") goes to the regex, over that piece's span of the text only. The sentence is
    lower-cased once and sliced (when lower-casing keeps every offset, as it does for all but a
    few scripts). Every sentence of every article is tokenised: this is the summariser's most
    frequent work.
    """
    low = text.lower()
    if "’" in low:
        low = low.replace("’", "'")
    out: list[Token] = []
    if len(low) != len(text):
        for m in _WORD.finditer(text):
            word = m.group()
            # "Afghanistan’s" and "Afghanistan's" both become "afghanistan's" for lexicon lookups.
            out.append(Token(word, word.lower().replace("’", "'"), m.start(), m.end(), word[:1].isupper()))
        return out
    end = 0
    size = len(text)
    for piece in text.split():
        # The piece starts at the first character after ``end`` that is no whitespace: right after one space (as
        # between most words) when the character there is the piece's first; else found by a search.
        start = end + 1 if end + 1 < size and text[end + 1] == piece[0] and text[end] == " " else text.find(piece, end)
        end = start + len(piece)
        if piece.isalnum():
            out.append(Token(piece, low[start:end], start, end, _upper_first(piece)))
            continue
        if len(piece) > 1 and piece[-1] in _EDGE:
            # "signed," "Astana.": a word and one mark after it, without the two strip calls
            core = piece[:-1]
            if core.isalnum():
                e = end - 1
                out.append(Token(core, low[start:e], start, e, _upper_first(core)))
                continue
        head = piece.lstrip(_EDGE)
        core = head.rstrip(_EDGE)
        if core.isalnum():
            s = end - len(head)
            e = s + len(core)
            out.append(Token(core, low[s:e], s, e, _upper_first(core)))
            continue
        if _one_joined_word(core):
            # "Kazakhstan's", "Kassym-Jomart": two runs of letters or digits joined by one mark, which the pattern
            # matches as one word (what stands around the core is marks only: nothing the pattern can take)
            s = end - len(head)
            e = s + len(core)
            out.append(Token(core, low[s:e], s, e, _upper_first(core)))
            continue
        for m in _WORD.finditer(text, start, end):
            s, e = m.span()
            out.append(Token(text[s:e], low[s:e], s, e, text[s].isupper()))
    return out


def words(text: str) -> list[str]:
    """The word strings of ``text`` in order (original case): ``_WORD.findall(text)``, piece by
    piece as in :func:`tokens`."""
    out: list[str] = []
    end = 0
    for piece in text.split():
        start = text.find(piece, end)
        end = start + len(piece)
        if piece.isalnum():
            out.append(piece)
            continue
        core = piece.strip(_EDGE)
        if core.isalnum():
            out.append(core)
            continue
        out += _WORD.findall(text, start, end)
    return out
