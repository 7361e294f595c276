"""Condensed item text: a shorter statement built only from the source sentence's words. Pure.

Extractive compression keeps every item grounded in its quote: nothing is added, words are
only dropped from the ends (an actor before its predicate, a scene-setting opener, a trailing
source frame), and a quotation is never cut open.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .actors import Mention
from .grammar import PASSIVE_AUX
from .lexicon import Lexicon, tokenize_lower
from .quotes import inside_quote
from .tokens import Token

_LEAD_CONNECTIVE = re.compile(
    r"^(?:In addition|Additionally|Furthermore|Moreover|Also|In particular|Meanwhile|At the same time"
    r"|In this regard|Besides|Finally|Then)\s*,\s*",
)


@functools.lru_cache(maxsize=8)
def _trailing_frame(verbs: frozenset[str]) -> re.Pattern[str]:
    """', the ministry said.', ', X told reporters.', ', according to the statement.': a closing
    source frame built from the lexicon's reporting verbs (one list for every frame rule)."""
    alts = "|".join(sorted((re.escape(v) for v in verbs if v != "according"), key=len, reverse=True))
    return re.compile(
        r",[”\"’]?\s+(?:(?:[\w\-’'. ]{1,60}?)\s+(?:" + alts + r")(?:\s+(?:reporters|journalists))?"
        r"(?:\s+(?:in|on)\s+(?:a|an|the)?\s*[\w\-]+(?:\s+statement)?)?"
        r"|(?:reported|said|according to)\s+[\w\-’'. ]{1,80}?)\.?$"
    )


@functools.lru_cache(maxsize=8)
def _frame_words(verbs: frozenset[str]) -> frozenset[str]:
    """Words one of which every match of :func:`_trailing_frame` holds as a token of its own: a
    verb it matches stands between whitespace (or the final full stop), so its words are tokens."""
    return frozenset(w for v in [*verbs, "reported", "said", "according"] for w in tokenize_lower(v))


def condense(text: str, toks: list[Token], cue: int | None, mentions: Sequence[Mention], lex: Lexicon) -> str:
    """A shorter statement built only from the sentence's own words (extractive).

    With the actor named right before the act ("Tokayev proposed X", "he said, proposing X"),
    the item starts at the act ("Proposed X"): the actor is shown beside it. Otherwise a leading
    connective or scene-setting phrase ("In addition,", "During the talks,") and a trailing
    source frame (", the ministry said.", ", reported the press service.") are dropped. A cue
    inside a quotation gives way to one in the narrative, so quotations are never cut open.
    """
    if cue is not None and inside_quote(text, toks[cue]):
        cue = _narrative_cue(text, toks, lex)
    out = text
    start = _predicate_start(text, mentions, toks, cue, lex) if cue is not None else None
    if start is not None:
        out = text[toks[start].start :]
    else:
        out = _LEAD_CONNECTIVE.sub("", out)
        scene = _LEAD_SCENE.match(out)
        if scene and len(out) - scene.end() > 30:
            out = out[scene.end() :]
    # A closing frame holds one of its verbs as a word of its own: most sentences have none, and
    # the frame pattern tries every comma against every verb.
    framing = _frame_words(lex.reporting_verbs)
    framed = out
    if any(t.lower in framing for t in toks):
        framed = _trailing_frame(lex.reporting_verbs).sub(".", out)
    if len(framed) > 20 and framed.count("“") == framed.count("”") and framed.count('"') % 2 == 0:
        out = framed
    out = _BULLET.sub("", out).strip()
    return out[:1].upper() + out[1:] if out else text


_BULLET = re.compile(r"^\s*[-–—•*·]\s+")


_LEAD_SCENE = re.compile(
    r"^(?:During|Following|After|Upon|Later|Earlier|At the end of|In the course of|In it|On the sidelines of)"
    r"\b[^,;:“”\"]{0,80},\s+(?=[a-zA-Z])"
)


def _narrative_cue(text: str, toks: list[Token], lex: Lexicon) -> int | None:
    lowers = [t.lower for t in toks]
    for i, _phrase in lex.proposal_strong.find_all(lowers) + lex.decision_acts.find_all(lowers):
        if not inside_quote(text, toks[i]):
            return i
    return None


def _predicate_start(text: str, mentions: Sequence[Mention], toks: list[Token], cue: int, lex: Lexicon) -> int | None:
    """Where the predicate begins when an actor stands at most two words before the cue.

    'Kovac also proposed X' -> 'proposed X'; 'He stressed the need to X' -> 'stressed the need
    to X'; but after a reporting verb ('..., he said, proposing X') the item starts at the cue.
    """
    if toks[cue].lower in PASSIVE_AUX or (cue > 0 and toks[cue - 1].lower in PASSIVE_AUX):
        return None  # the subject of a passive is what was acted on ("The Commission was instructed")
    subject = next((m for m in reversed(mentions) if m.prep is None and m.end <= cue and cue - m.end <= 2), None)
    gap = text[toks[subject.end - 1].end : toks[cue].start] if subject is not None else ""
    if subject is not None and "," in gap and not _apposed(text, toks, subject):
        # "X, which represents the Arctic, has asked": a name followed by a comma is not the subject
        # standing before its verb (unless set off on both sides: "Finland's minister, Antti Virtanen,
        # proposed"); the aside rule below may still find the subject.
        between = {t.lower for t in toks[subject.end : cue]}
        if not between & lex.reporting_verbs:
            subject = None
    if subject is None:
        # "X, who chaired the summit, proposed ...": an aside between commas does not separate them.
        subject = next(
            (
                m
                for m in reversed(mentions)
                if m.prep is None and m.end <= cue and _PARENTHETICAL.match(text[toks[m.end - 1].end : toks[cue].start])
            ),
            None,
        )
        return cue if subject is not None and _heads_clause(text, toks, subject.start, lex) else None
    if not _heads_clause(text, toks, subject.start, lex) and not _speaker_pronoun(toks, subject, lex):
        return None
    between = {t.lower for t in toks[subject.end : cue]}
    if between & lex.reporting_verbs and "," in text[toks[subject.end].start : toks[cue].start]:
        return cue
    k = _skip_adverbs(toks, subject.end, cue, lex)
    # The mention may stop short of its noun ("the Norwegian and Swedish | governments approved") or be the
    # object of an earlier verb ("summoned the ambassador | and demanded"): the item starts after such a
    # leftover, never at it. Anything else before the cue (an adverb, "intend to") stays in the item.
    while k < cue and _leftover(toks[k], lex):
        k += 1
    return k


def _leftover(tok: Token, lex: Lexicon) -> bool:
    """A conjunction, a capitalised word, a portfolio or a body's noun ("ministers", "governments") ending a
    subject; never an adverb or a verb ("provisionally", "intend to"), which the item keeps."""
    w = tok.lower
    if w in ("and", "but") or tok.is_capitalised or w in lex.portfolio_words:
        return True  # "... and | demanded", "the Kyrgyz | Foreign ministry", "the French | defence ministers"
    base = w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") else w
    return base in lex.body_heads or base in lex.group_nouns or base in lex.subject_nouns


def _apposed(text: str, toks: list[Token], m: Mention) -> bool:
    """True when the comma after the mention closes an apposition: the mention stands between commas
    ("The minister, X, signed") or holds one itself ("Finland's minister, X, proposed")."""
    before = text[toks[m.start - 1].end : toks[m.start].start] if m.start > 0 else ""
    inside = "," in text[toks[m.start].start : toks[m.end - 1].end]
    return (before.strip() == "," or inside) and text[toks[m.end - 1].end :].lstrip().startswith(",")


def _speaker_pronoun(toks: list[Token], m: Mention, lex: Lexicon) -> bool:
    """True for a pronoun right after a reporting verb ("X said (that) he would ask", "told reporters it
    had offered"): it stands for the speaker, so the reported act is the speaker's, shown beside them."""
    if m.kind != "pronoun" or toks[m.start].lower not in _SPEAKER_PRONOUNS:
        return False
    k = m.start - 1
    if k >= 0 and toks[k].lower == "that":
        k -= 1
    if k >= 0 and toks[k].lower in ("reporters", "journalists"):
        k -= 1
    return k >= 0 and toks[k].lower in lex.reporting_verbs


_SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they"})


def _heads_clause(text: str, toks: list[Token], start: int, lex: Lexicon) -> bool:
    """True when the mention starting at token ``start`` is the subject of the sentence's own statement.

    Cut before its verb, the item says what the subject did, so the subject must head a main clause:
    not one opened by a relative or subordinating word ("the documents that X requires", "..., when X
    agreed", "though they have offered"), and not the subject of a reported clause ("Y argues that X
    should ...", "officials said X had ..."), whose act the item would lend to the speaker. Looked at
    back to the clause's start: the sentence's start or a comma, semicolon, colon or dash.
    """
    if start > 0 and toks[start - 1].lower in ("a", "an"):
        return False  # "presented a Colombian proposal": the name qualifies a noun, it is no subject
    j = start - 1
    while j >= 0 and (toks[j].lower in lex.adverbs or toks[j].lower in lex.time_words):
        j -= 1
    if j >= 0 and toks[j].lower == "that" and not _CLAUSE_BREAK.search(text[toks[j].end : toks[j + 1].start]):
        return False  # "announced that X has approved", "the plan that X signed"
    for k in range(start - 1, -1, -1):
        if _CLAUSE_BREAK.search(text[toks[k].end : toks[k + 1].start]):
            return True
        w = toks[k].lower
        if w in _SUBORDINATORS or w in lex.reporting_verbs:
            return False
    return True


_CLAUSE_BREAK = re.compile(r"[,;:—–]")
#: Words that open a relative or subordinate clause: a subject after one is that clause's subject.
_SUBORDINATORS = frozenset(
    {"who", "whom", "whose", "which", "what", "where", "when", "whereby", "while", "though", "although"}
    | {"because", "if", "unless", "whether", "since", "until"}
)


def _skip_adverbs(toks: list[Token], k: int, cue: int, lex: Lexicon) -> int:
    while k < cue:
        if toks[k].lower in lex.adverbs:
            k += 1
        elif toks[k].lower == "on" and k + 1 < cue and toks[k + 1].lower in _DAYS:
            k += 2  # "on Friday"
        else:
            break
    return k


_PARENTHETICAL = re.compile(r"^\s*,[^,;:“”\"]{2,120},\s*(?:\w+\s+)?$")
_DAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
