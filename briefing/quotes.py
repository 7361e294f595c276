"""Where quotations open and close in a sentence, and who speaks them. Pure.

News copy quotes with curly or straight double marks; a quotation may open in one sentence
and close in a later one ('“Our region needs links.' ... 'We are ready,” he said.'), so a
sentence whose first mark closes a quotation started inside one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .actors import Mention
from .tokens import Token

_QUOTE_MARKS = re.compile(r'["“«”»]')
_MARKS = '"“«”»'  # the characters of _QUOTE_MARKS


def quote_events(text: str) -> tuple[tuple[int, int], ...]:
    """(position, +1 open / -1 close) of every double quotation mark, straight ones paired in order.

    Most sentences hold no mark: five C-level substring tests say so before the cache is consulted
    (a cache entry for every unquoted sentence cost more than the answer).
    """
    if '"' not in text and "“" not in text and "”" not in text and "«" not in text and "»" not in text:
        return ()
    return _quote_events(text)


@functools.lru_cache(maxsize=1024)
def _quote_events(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`quote_events` of a text holding a mark. Cached: the rules ask about the same sentence many times."""
    # Each mark found by str.find (a C-level search per mark; for ASCII text the curly and angled ones are ruled out
    # at once): a regex scan tested every character against the class of five marks (27,000 instructions a text).
    marks: list[tuple[int, str]] = []
    for c in _MARKS:
        p = text.find(c)
        while p >= 0:
            marks.append((p, c))
            p = text.find(c, p + 1)
    if not marks:
        return ()
    marks.sort()  # in the order of the text, as the regex found them (no two marks share a position)
    straight = [i for i, c in marks if c == '"']
    # An odd number of straight quotes not opening the sentence: the first one closes a quotation
    # begun in an earlier sentence.
    flip = len(straight) % 2 == 1 and not text.lstrip().startswith('"')
    events: list[tuple[int, int]] = [(i, 1 if (n % 2 == 0) != flip else -1) for n, i in enumerate(straight)]
    events += [(i, 1 if c in "“«" else -1) for i, c in marks if c != '"']
    return tuple(sorted(events))


def quote_open_at_end(text: str) -> bool:
    """True when a quotation is still open where the sentence ends (it runs on into the next)."""
    events = quote_events(text)
    depth = 1 if events and events[0][1] < 0 else 0
    return depth + sum(step for _, step in events) > 0


def inside_quote(text: str, tok: Token) -> bool:
    """True when ``tok`` stands inside a quotation (one may open in an earlier sentence)."""
    events = quote_events(text)
    depth = 1 if events and events[0][1] < 0 else 0
    for pos, step in events:
        if pos >= tok.start:
            break
        depth += step
    return depth > 0


def speaker(text: str, toks: list[Token], mentions: Sequence[Mention], reporting: frozenset[str]) -> Mention | None:
    """The mention next to a reporting verb outside the quotation ('..., he said' / 'X said: "...').'"""
    events = quote_events(text)
    closes = [p for p, step in events if step < 0]
    opens = [p for p, step in events if step > 0]
    if closes:
        after = [m for m in mentions if toks[m.start].start > closes[-1]]
        for m in after:
            near = {t.lower for t in toks[max(0, m.start - 2) : m.end + 2]}
            if near & reporting:
                return m
    if opens:
        before = [m for m in mentions if toks[m.end - 1].end < opens[0] and m.prep is None]
        frame = {t.lower for t in toks if t.end < opens[0]}
        if before and frame & reporting:
            return before[-1]
    return None
