"""Label each sentence (decision / proposal / security / user sections), find its actor,
condense it and score its importance. Pure: the lexicon and sections are passed in.

The rules follow how news English reports acts, not the wording of any article:
- a *decision* is a completed act: a past form of an act verb ("signed", "have agreed",
  "was ratified") or a nominal report ("decisions were taken"), not blocked by a modal or
  plan word just before it ("will sign", "is expected to be signed") nor negated ("did not
  approve", "failed to adopt");
- a *proposal* is a proposing verb in any form ("proposed", "calling for", "put forward") or
  a need/importance frame ("stressed the need to X") whose X names a specific instrument;
  support verbs ("backed", "supported") count when they take an initiative or an -ing action;
- *security* is a sentence whose own subject is a security matter: a term from the lexicon,
  except "security" after "energy"/"food"/"data" or as one field in a list of fields;
- the *actor* is the grammatical subject before the cue (not a prepositional object), the
  agent of a passive ("by the Senate"), the speaker for cues inside quotes, or the last
  group or person named (pronouns and definite descriptions resolve the same way).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .actors import ActorMemory, Mention, find_mentions, preceded_by_preposition
from .lexicon import Lexicon, PhraseSet, tokenize_lower
from .model import Analysis, Article, Sentence
from .tokens import Token, tokens

_PASSIVE_AUX = frozenset({"was", "were", "been", "be", "is", "are", "being"})
_SKIP_BACK = frozenset(
    {
        "also",
        "already",
        "have",
        "has",
        "had",
        "jointly",
        "formally",
        "officially",
        "today",
        "then",
        "further",
        "finally",
        "recently",
        "unanimously",
        "previously",
        "successfully",
        "now",
    }
)
_SUPPORT = frozenset(
    {"backed", "backs", "supported", "supports", "offered", "offering", "invited", "invites", "initiated"}
)
_INITIATIVE = frozenset(
    {
        "initiative",
        "initiatives",
        "proposal",
        "proposals",
        "idea",
        "ideas",
        "plan",
        "plans",
        "bid",
        "candidacy",
        "creation",
        "establishment",
        "holding",
        "launch",
        "development",
        "drafting",
        "call",
    }
)
_REPORTING = frozenset(
    [
        "said",
        "says",
        "noted",
        "notes",
        "stressed",
        "stresses",
        "added",
        "adds",
        "emphasised",
        "emphasized",
        "underlined",
        "told",
        "stated",
        "declared",
        "according",
    ]
)
_OPEN_QUOTES = '“"‘«'
_CLOSE_QUOTES = '”"’»'
_LEAD_CONNECTIVE = re.compile(
    r"^(?:In addition|Additionally|Furthermore|Moreover|Also|In particular|Meanwhile|At the same time"
    r"|In this regard|Besides|Finally|Then)\s*,\s*",
)
_TRAILING_FRAME = re.compile(
    r",[”\"’]?\s+(?:[\w\-’'. ]{1,60}?)\s+(?:said|noted|stressed|added|emphasi[sz]ed|underlined|stated|reported)\.?$"
)


@dataclass(frozen=True, slots=True)
class UserSection:
    """A user-defined section: its key and the cue phrases that select sentences."""

    key: str
    cues: PhraseSet


def analyse_article(
    article: Article,
    sentences: Sequence[Sentence],
    lex: Lexicon,
    user_sections: Sequence[UserSection] = (),
) -> tuple[Analysis, ...]:
    """Analyse every sentence of one article, in order (pronouns need what came before)."""
    memory = ActorMemory()
    profile = _ArticleProfile.of(article, sentences)
    out: list[Analysis] = []
    for s in sentences:
        toks = tokens(s.text)
        lowers = [t.lower for t in toks]
        mentions = find_mentions(toks, lex, memory.people.keys())
        labels: set[str] = set()
        dec = decision_cue(lowers, lex)
        prop = proposal_cue(lowers, lex)
        if dec is not None:
            labels.add("decision")
        if prop is not None:
            labels.add("proposal")
        if is_security(s.text, toks, lowers, lex):
            labels.add("security")
        for section in user_sections:
            if section.cues.find_all(lowers):
                labels.add(section.key)
        cue = prop if prop is not None else dec
        actor, subject = (None, None)
        if cue is not None:
            actor, subject = _actor(s.text, toks, lowers, mentions, cue, memory, passive_ok=dec == cue)
        for m in mentions:
            memory.remember(m)
        condensed = condense(s.text, toks, cue, subject)
        importance = profile.importance(s, lowers, labels, actor)
        out.append(Analysis(s, frozenset(labels), actor, condensed, importance))
    return tuple(out)


def decision_cue(lowers: list[str], lex: Lexicon) -> int | None:
    """Token index of the first unblocked completed-act cue, or None."""
    for i, _phrase in lex.decision_phrases.find_all(lowers):
        if not _negated(lowers, i, lex) and not _modal(lowers, i, lex):
            return i
    for i, phrase in lex.decision_acts.find_all(lowers):
        if _modal(lowers, i, lex) or _negated(lowers, i, lex):
            continue
        if phrase[0] in lex.decision_weak and not _has_object(lowers, i, lex):
            continue
        return i
    return None


def proposal_cue(lowers: list[str], lex: Lexicon) -> int | None:
    """Token index of the first proposal cue, or None (see module docstring)."""
    if lex.goals.find_all(lowers) and not lex.proposal_strong.find_all(lowers):
        return None
    for i, phrase in lex.proposal_strong.find_all(lowers):
        if _negated(lowers, i, lex):
            continue
        after = lowers[i + len(phrase) : i + len(phrase) + 8]
        if phrase[0] in _SUPPORT and len(phrase) == 1:
            if after and after[0] == "by":
                continue
            if not (after and after[0].endswith("ing")) and not (set(after) & (_INITIATIVE | lex.proposal_specific)):
                continue
        return i
    for i, phrase in lex.proposal_weak.find_all(lowers):
        rest = set(lowers[i + len(phrase) :])
        if rest & lex.proposal_specific and not _negated(lowers, i, lex):
            return i
    return None


def is_security(text: str, toks: list[Token], lowers: list[str], lex: Lexicon) -> bool:
    """True when a security matter is a subject of the sentence (see module docstring)."""
    for i, _phrase in lex.security_terms.find_all(lowers):
        if i > 0 and lowers[i - 1] in lex.security_not_after:
            continue
        return True
    for i, low in enumerate(lowers):
        if low != "security":
            continue
        if i > 0 and lowers[i - 1] in lex.security_not_after:
            continue
        if _in_field_list(text, toks[i]):
            continue
        return True
    return False


def _in_field_list(text: str, tok: Token) -> bool:
    """'politics, security, energy and trade': a bare field name among commas."""
    window = text[max(0, tok.start - 40) : tok.end + 40]
    return window.count(",") >= 2


def _modal(lowers: list[str], i: int, lex: Lexicon) -> bool:
    j = i - 1
    steps = 0
    while j >= 0 and steps < 3:
        w = lowers[j]
        if w in lex.modal_blockers:
            return True
        if w not in _PASSIVE_AUX and w not in _SKIP_BACK and w not in ("not", "n't"):
            return False
        j -= 1
        steps += 1
    return False


def _negated(lowers: list[str], i: int, lex: Lexicon) -> bool:
    return any(w in lex.negations for w in lowers[max(0, i - 3) : i])


def _has_object(lowers: list[str], i: int, lex: Lexicon) -> bool:
    window = lowers[max(0, i - 5) : i + 10]
    return any(w in lex.decision_objects for w in window)


def _actor(
    text: str,
    toks: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    cue: int,
    memory: ActorMemory,
    *,
    passive_ok: bool,
) -> tuple[str | None, Mention | None]:
    """(actor name, the subject mention when it stands right before the cue)."""
    resolved = _resolve_in_order(mentions, memory)
    if passive_ok and cue > 0 and lowers[cue - 1] in _PASSIVE_AUX | {"it"}:
        by = next((m for m in mentions if m.start > cue and m.start > 0 and lowers[m.start - 1] == "by"), None)
        if by is not None:
            return resolved[id(by)], None
        return memory.last_group or memory.last_person, None
    if _inside_quote(text, toks[cue]):
        speaker = _speaker(text, toks, mentions)
        if speaker is not None:
            return resolved[id(speaker)], None
    candidates = [m for m in mentions if m.end <= cue and not preceded_by_preposition(toks, m)]
    if candidates:
        subject = candidates[-1]
        return resolved[id(subject)], subject
    if passive_ok:
        return memory.last_group or memory.last_person, None
    return memory.last_person or memory.last_group, None


def _resolve_in_order(mentions: list[Mention], memory: ActorMemory) -> dict[int, str | None]:
    """Resolve each mention with what precedes it, without changing ``memory``."""
    scratch = ActorMemory(dict(memory.people), dict(memory.person_country), memory.last_person, memory.last_group)
    out: dict[int, str | None] = {}
    for m in mentions:
        out[id(m)] = scratch.resolve(m)
        scratch.remember(m)
    return out


def _inside_quote(text: str, tok: Token) -> bool:
    before = text[: tok.start]
    opens = sum(before.count(q) for q in "“«")
    closes = sum(before.count(q) for q in "”»")
    if opens or closes:
        return (
            opens > closes
            or (closes == 0 and text.lstrip()[:1] in _OPEN_QUOTES)
            or (opens == closes == 0 and before.count('"') % 2 == 1)
        )
    return before.count('"') % 2 == 1 or (
        text.lstrip()[:1] in _OPEN_QUOTES and not any(c in before for c in _CLOSE_QUOTES)
    )


def _speaker(text: str, toks: list[Token], mentions: list[Mention]) -> Mention | None:
    """The mention right before or after a reporting verb that follows the closing quote."""
    close = max(text.rfind(q) for q in _CLOSE_QUOTES)
    if close < 0:
        return None
    after = [m for m in mentions if toks[m.start].start > close]
    for m in after:
        near = {t.lower for t in toks[max(0, m.start - 2) : m.end + 2]}
        if near & _REPORTING:
            return m
    return None


def condense(text: str, toks: list[Token], cue: int | None, subject: Mention | None) -> str:
    """A shorter statement built only from the sentence's own words (extractive).

    With a subject right before the cue, the item starts at the cue ("Proposed a ...");
    otherwise leading connectives and a trailing reporting frame are dropped.
    """
    out = text
    if cue is not None and subject is not None and cue - subject.end <= 3:
        out = text[toks[cue].start :]
    else:
        out = _LEAD_CONNECTIVE.sub("", out)
    framed = _TRAILING_FRAME.sub(".", out)
    if len(framed) > 20 and framed.count("“") == framed.count("”"):
        out = framed
    out = out.strip()
    return out[:1].upper() + out[1:] if out else text


@dataclass(frozen=True, slots=True)
class _ArticleProfile:
    """Article-level statistics that importance scoring needs."""

    title_words: frozenset[str]
    frequent: Mapping[str, float]
    count: int

    @classmethod
    def of(cls, article: Article, sentences: Sequence[Sentence]) -> _ArticleProfile:
        stop = _STOPWORDS
        title = frozenset(w for w in tokenize_lower(article.title or "") if w not in stop)
        freq = Counter(w for s in sentences for w in set(tokenize_lower(s.text)) if w not in stop and len(w) > 2)
        top = max(freq.values(), default=1)
        return cls(title, {w: c / top for w, c in freq.items() if c > 1}, len(sentences))

    def importance(self, s: Sentence, lowers: list[str], labels: set[str], actor: str | None) -> float:
        """Lead position, category weight, headline overlap and centrality, summed."""
        content = {w for w in lowers if w not in _STOPWORDS and len(w) > 2}
        score = 1.2 if s.index == 0 else 0.5 / (1 + s.index / 2)
        score += 0.8 * ("decision" in labels) + 0.5 * ("proposal" in labels) + 0.4 * ("security" in labels)
        if self.title_words and content:
            score += 0.8 * len(content & self.title_words) / len(self.title_words)
        if content:
            score += 0.6 * sum(self.frequent.get(w, 0.0) for w in content) / (len(content) ** 0.5 * 3)
        score += 0.15 * (actor is not None)
        if len(lowers) < 8:
            score -= 0.4
        return round(score, 4)


_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "they",
        "we",
        "our",
        "their",
        "his",
        "her",
        "said",
        "also",
        "which",
        "who",
        "will",
        "would",
        "into",
        "about",
        "between",
        "after",
        "before",
        "during",
        "than",
        "more",
        "most",
        "other",
        "such",
        "not",
        "but",
        "can",
        "could",
        "should",
        "may",
    ]
)


def user_sections(sections: Mapping[str, Sequence[str]]) -> tuple[UserSection, ...]:
    """Compile user-defined sections (key -> cue phrases) for :func:`analyse_article`."""
    return tuple(UserSection(key, PhraseSet.of(cues)) for key, cues in sections.items())
