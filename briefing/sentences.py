"""Split an article's paragraphs into sentences. Pure.

A boundary is a full stop, question or exclamation mark (plus any closing quotes or
brackets) followed by space and an upper-case letter, digit or opening quote. It is not a
boundary after a known abbreviation ("Gen.", "U.S.", "No."), a single initial ("J. Smith")
or inside a number, unless the abbreviation can close a sentence ("p.m.", "U.S.") and a usual
sentence opener follows ("... at 5 p.m. The talks ended"). A paragraph of a list that ends
in ";" stays one sentence, and its number ("1. A resolution ...") opens it. A quotation closed
by ``,”`` continues the sentence ("..., ” he said").
Each sentence's ``text`` is an exact substring of its paragraph.
"""

from __future__ import annotations

import re

from .lexicon import load_lexicon
from .model import Article, Sentence

_CANDIDATE = re.compile(r"[.!?…]+[\"”’'»)\]]*(?=\s+[\"“‘'«(\[]?[A-Z0-9À-ÝА-Я])")
_LIST_NUMBER = re.compile(r"\(?\d{1,2}[.)]")
_LAST_WORD = re.compile(r"([^\s\"“(\[]+)$")
_NEXT_WORD = re.compile(r"\s+[\"“‘'«(\[]?([A-Za-z]+)")
_INITIALS = re.compile(r"[a-z]|([a-z]\.)+[a-z]")
#: A speaker's name as a transcript tags it, in capitals ("CASSIS", "MR KONAKOVIC"; rules.context reads it too).
SPEAKER_NAME = r"[A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž'’.-]+(?: [A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž'’.-]+){0,2}"
#: A transcript's speaker tag: "Q:", "A:", or a name in capitals ("CASSIS:", "MR KONAKOVIC:", "QUESTION:").
_SPEAKER_TAG = re.compile(rf"(?:[QA]|{SPEAKER_NAME}):\s+(?=\S)")
_QA_TAG = re.compile(r"[QA]:\s+(?=\S)")
#: A paragraph's opening tag written as a name ("Cassis: ...", "Ana Rojas: ..."): one to three capitalised words
#: and a colon.
NAME_TAG = re.compile(r"([A-Z][^\W\d_]+(?:[ '’-][A-Z][^\W\d_]+){0,2}):\s+(?=\S)")


def transcript_tags(paragraphs: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The name tags of a transcript: a capitalised tag and a colon ("Cassis: ...") opening two paragraphs or
    more is a speaker's, whether or not the article named him before (a "Note:" or "Analysis:" opens one)."""
    counts: dict[str, int] = {}
    for paragraph in paragraphs:
        if ":" in paragraph[:40] and (tag := NAME_TAG.match(paragraph)) is not None:
            counts[tag.group(1)] = counts.get(tag.group(1), 0) + 1
    return frozenset(t for t, c in counts.items() if c >= 2)


def split_article(article: Article) -> tuple[Sentence, ...]:
    """Every body sentence of ``article``, numbered in reading order.

    A transcript's speaker tag is layout, not part of the sentence it opens: "Q: Why now?", "A: We
    signed ...", "QUESTION: Will ...", "CASSIS: Thank you." give "Why now?", "We signed ..." (who
    speaks is read from the paragraph, see classify). Only a tag opening a paragraph, or "Q:"/"A:"
    opening a later sentence of it ("Q: Why? A: Because ..."), is dropped. A tag in mixed case ("Cassis:", which
    :func:`transcript_tags` finds) stays: the sentence is cited as written.
    """
    out: list[Sentence] = []
    for p, paragraph in enumerate(article.paragraphs):
        for k, text in enumerate(split_text(paragraph)):
            tag = (_SPEAKER_TAG if k == 0 else _QA_TAG).match(text)
            if tag is not None and tag.end() < len(text):
                text = text[tag.end() :]
            out.append(Sentence(article.id, len(out), p, text))
    return tuple(out)


def split_text(text: str) -> list[str]:
    """Split one paragraph into sentence strings (each an exact substring of ``text``)."""
    lex = load_lexicon()
    pieces: list[str] = []
    start = 0
    for m in _CANDIDATE.finditer(text):
        if _is_abbreviation(text, start, m.start(), m.group(), lex.abbreviations) and not _ends_anyway(
            text, start, m, lex.final_abbreviations, lex.sentence_starters
        ):
            continue
        if start == 0 and _LIST_NUMBER.fullmatch(text[: m.end()].strip()):
            continue  # "1. A resolution on ...": the number of a list paragraph is not a sentence
        piece = text[start : m.end()].strip()
        if piece:
            pieces.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    return pieces


def _ends_anyway(text: str, start: int, m: re.Match[str], final: frozenset[str], starters: frozenset[str]) -> bool:
    """'at 5 p.m. The talks ended': an abbreviation that can close a sentence, then a usual opener (the sentence
    began at ``start``)."""
    word = _LAST_WORD.search(text[: m.start()])
    nxt = _NEXT_WORD.match(text, m.end())
    if not (word and nxt and nxt.group(1) in starters):
        return False
    last = word.group(1)
    # "built under Charles V. The quay ...", "Plan B. It ...": a capital letter after other words, then a usual
    # opener that no name has ("J. Smith" goes on; "A. We signed" opening an answer is no sentence of its own)
    letter = len(last) == 1 and last.isupper() and word.start() > start and not text[start : word.start()].isspace()
    return letter or last.lower().rstrip(".") in final


#: What ends a word for :data:`_LAST_WORD` besides whitespace.
_WORD_STOPS = frozenset('"“([')


def _last_word(text: str, start: int, end: int) -> str | None:
    """``_LAST_WORD.search(text, start, end).group(1)`` (None for no match), by a scan back from
    ``end``: the regex tries every start position of the sentence, this reads the word's characters.
    Like ``$``, the word may also end just before a newline that ends the span."""
    stop = end
    if stop > start and text[stop - 1] == "\n":
        stop -= 1
    k = stop
    while k > start and not text[k - 1].isspace() and text[k - 1] not in _WORD_STOPS:
        k -= 1
    return text[k:stop] if k < stop else None


def _is_abbreviation(text: str, start: int, end: int, mark: str, abbreviations: frozenset[str]) -> bool:
    """True when ``text[start:end]`` ends in an abbreviation or initial that ``mark`` closes."""
    if not mark.startswith(".") or len(mark.rstrip("\"”’'»)]")) > 1:
        return False
    found = _last_word(text, start, end)
    if found is None:
        return False
    word = found.lower()
    if word in abbreviations or word.rstrip(".") in abbreviations:
        return True
    # A single capital initial ("J. Smith") or a dotted acronym ("U.S", "E.U").
    return bool(_INITIALS.fullmatch(word))
