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

News from other regions and styles adds (each pinned in ``tests/test_generalisation.py``):
- proposals carried by reported speech: a modal after "X said" or inside a quotation
  ("should be settled", "would finance"), requests ("asked X for/to"), pledges and offers,
  "called on X to" a non-vague act; the speaker is the proposer;
- decisions stated as the terms of a concluded text ("Under the new rules, ...", "The treaty
  ... allows"), not an act inside what is proposed nor a shared wish ("agreed to continue");
- security words that only name who acts ("Defence Minister X", "NATO leaders") or a regime;
- actors: "It" is the last body that acted, a document subject acts for its issuers, a
  passive proposal's subject is not its author, an acronym alone names an organisation.

Every sentence's context-free reading is computed once per distinct text (:func:`_read`).

Condensing lives in :mod:`briefing.condense`, importance in :mod:`briefing.importance`,
quotation structure in :mod:`briefing.quotes`; cue words in ``lexicon.toml``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from .actors import ActorMemory, Mention, _adjacent, find_mentions
from .condense import condense
from .entities import countries_in_tokens, country_at
from .grammar import PASSIVE_AUX
from .importance import FIRST_REPORT_BONUS, ArticleProfile, content_stems
from .lexicon import Lexicon, Matches, PhraseSet, lexicon_key
from .model import Analysis, Article, Sentence
from .quotes import inside_quote, quote_events, quote_open_at_end
from .quotes import speaker as quote_speaker
from .tokens import Token, tokens


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
    """Analyse every sentence of one article, in order (pronouns need what came before).

    What depends on a sentence's text alone (tokens, cues, labels, countries) is read once per
    distinct text (:func:`_read`); who it names and its condensed item also depend on the people
    the article named before, so they are cached under that context (:func:`_mentions`).
    """
    read = [_read(s.text, lex) for s in sentences]
    readings = [r for r, _ in read]
    repeats = [seen for _, seen in read]
    all_tokens = [r.toks for r in readings]
    # The headline names what the article is about, so its acronyms count too.
    acronyms = [a for r in readings for a in r.acronyms] + _acronyms(tokens(article.title or ""), lex)
    memory = ActorMemory(organisation=_most_named(acronyms))
    memory.speaker, memory.speaker_country = _headline_speaker(
        (article.title or "", sentences[0].text if sentences else ""), lex
    )
    if memory.speaker is None and (author := _columnist(article, lex)) is not None:
        memory.speaker, memory.columnist = author, True
    all_lowers = [r.lowers for r in readings]
    profile = ArticleProfile.of(article, all_lowers, lex.stopwords, [r.content for r in readings])
    out: list[Analysis] = []
    seen: set[str] = set()  # labels already reported by an earlier sentence

    def speaker_after(k: int) -> str | None:
        """Who speaks a quotation still open at the end of sentence ``k``: the frame where it closes."""
        scratch = memory.copy()
        for j in range(k + 1, min(k + 4, len(sentences))):
            text, toks = sentences[j].text, all_tokens[j]
            events = quote_events(text)
            if not events:
                continue  # a middle sentence of the quotation
            if events[0][1] > 0:
                return None  # a new quotation opens: where the first one closed is unknown
            mentions = _mentions(readings[j], text, lex, scratch, repeats[j])[1]
            who = quote_speaker(text, toks, mentions, lex.reporting_verbs)
            return _resolve_in_order(mentions, scratch)[id(who)] if who is not None else None
        return None

    list_head: tuple[frozenset[str], str | None] | None = None  # the act a list of items follows
    joined = False  # the previous item ended in "; and": this sentence is the list's last item
    semicolon = False  # the previous sentence ended in ";"
    # An interview's answers ("A: ...", or untagged) are spoken by the person its lead names first.
    interview = _is_interview(article)
    interviewee = memory.speaker if interview else None
    for n, (s, r) in enumerate(zip(sentences, readings, strict=True)):
        toks, lowers, prop, dec = r.toks, r.lowers, r.prop, r.dec
        if interview and interviewee is None and n and memory.recent:
            interviewee = memory.recent[0]
            memory.speaker = memory.speaker or interviewee
        if (n == 0 or sentences[n - 1].paragraph != s.paragraph) and (tag := _SPEAKER_TAG.match(s.text)):
            # "KONAKOVIC: We also asked ...": a transcript's paragraph is its tag's speaker's ("QUESTION:" no one's).
            name = tag.group(1).strip().title()
            memory.speaker = None if name.lower() in lex.interviewer_tags else memory.full_name(name)
            if name.lower() in _ANSWER_TAGS:
                memory.speaker = interviewee  # "A: We need ...": the interviewee answers
            memory.speaker_country = None
        context, mentions = _mentions(r, s.text, lex, memory, repeats[n])
        labels = set(r.labels)
        for section in user_sections:
            if section.cues.find_all(lowers):
                labels.add(section.key)
        cue = prop if prop is not None else (dec[0] if dec else None)
        actor = None
        if cue is not None:
            nominal = prop is None and dec is not None and dec[1] == "nominal"
            later = functools.partial(speaker_after, n)
            actor = _actor(
                s.text,
                toks,
                lowers,
                mentions,
                cue,
                memory,
                lex,
                passive_ok=prop is None,
                nominal=nominal,
                later=later,
                frame=r.frame,
            )
        if prop is None and dec is not None and dec[1] == "terms" and memory.last_actor and lowers[0] in _TERMS_FIRST:
            # "Under the plan, member states will ...": the terms are the decision of whoever concluded it.
            actor = memory.last_actor
        elif prop is None and dec is not None and dec[1] == "terms" and _binding_subject(lowers, dec[0], lex):
            # "The resolution also asks ...": the body that adopted it decides.
            actor = memory.last_body or memory.organisation or actor
        elif prop is None and dec is not None and dec[1] == "terms" and actor is None:
            # "The package also pays for ...": terms of a text named before are its makers' decision.
            actor = memory.last_actor
        if dec is not None and prop is None and lowers[dec[0]] in _VOTE_WINS:
            # "The text won 20 votes": the body that voted decides, not whoever tabled the text.
            actor = memory.last_body or memory.organisation or actor
        # "Memorandum of Cooperation on ... ." after items ending in ";": the list's last item names a document.
        last_item = list_head is not None and semicolon and _names_document(lowers, lex)
        list_item = r.list_item or joined or last_item
        joined = list_head is not None and bool(_LAST_JOINT.search(s.text))
        semicolon = s.text.rstrip().endswith(";")
        if list_head is not None and list_item and (cue is None or "decision" in list_head[0]):
            # "The following documents were signed:" then "- Agreement on aviation;": each item
            # carries its introduction's act and actor. An item of what was adopted is a noun phrase
            # of the lead-in: its own "calling for ..." states the adopted text's terms, not a proposal.
            labels = (labels - {"decision", "proposal"}) | list_head[0]
            actor = list_head[1]
        if actor is not None and article.outlet and actor.lower() in _SELF_NAMES:
            actor = f"{actor} ({article.outlet})"  # "This newspaper urges ...": the outlet's own voice
        elif actor is not None and memory.organisation and actor.lower() in _ORGANISATION_ANAPHORS:
            actor = f"{actor} ({memory.organisation})"  # "The bloc called for ...": the organisation of the article
        if actor is not None and labels & _ACTS:
            memory.last_actor = actor
        for m in mentions:
            memory.remember(m)
        _remember_meeting(lowers, mentions, memory)
        if "-" in s.text:  # a hyphenated pair of states needs a hyphen (most sentences have none)
            _remember_joint_parties(toks, memory)
        memory.end_sentence()
        condensed = _condensed(r, s.text, context, mentions, lex, repeats[n])
        importance = profile.importance(s, lowers, labels, actor, quoted=r.quoted, content=r.content)
        earlier = dec is not None and _dated_before(lowers, dec[0], article, toks, s.text)
        if earlier:
            # "In 2024 leaders endorsed ...", "adopted in 2000": an earlier decision told as background.
            importance -= BACKGROUND_COST
        if not r.quoted and not earlier:
            # The first act the narrative reports; a quotation colours a fact, it does not report it.
            importance += FIRST_REPORT_BONUS * bool(labels & _ACTS - seen)
            seen |= labels
        if (r.soft and r.dec is None) or (r.background and r.prop is None):
            importance -= SOFT_PROPOSAL_COST
        if r.contention:
            importance += CONTENTION_BONUS
        acts = frozenset(labels & _ACTS)
        if r.heads_list and acts:
            list_head = (acts, actor)
        elif not list_item:
            list_head = None
        named = tuple([memory.full_name(p.name) for m in mentions for p in (m.members or (m,)) if p.kind == "person"])
        out.append(Analysis(s, frozenset(labels), actor, condensed, importance, r.countries, named))
    return tuple(out)


class _Reading(NamedTuple):
    """What one sentence's text alone says: its words, cues, labels and countries.

    A named tuple, immutable like a frozen dataclass (readings are shared through the cache)
    but built several times faster: every sentence makes one.
    """

    toks: list[Token]
    lowers: list[str]
    content: set[str]
    prop: int | None  # proposal cue
    frame: int | None  # reporting verb of a proposal in indirect speech
    dec: tuple[int, str] | None  # decision cue and kind
    labels: frozenset[str]
    countries: tuple[str, ...]
    quoted: bool  # mostly a quotation (ranks lower)
    list_item: bool
    heads_list: bool  # ends in ":" (a list of items follows)
    soft: bool  # a proposal by a need frame or under a modal ("stressed the need to", "would keep pressing for")
    contention: bool  # reports a failure to agree or a rejection ("failed to agree", "vetoed")
    background: bool  # an act told in a relative clause ("which were adopted in 2023") or a text's terms
    names: tuple[str, ...]  # capitalised words: a known surname among them can make a person
    acronyms: tuple[str, ...]  # upper-case words that may name an organisation ("SCO", "NATO")


#: Readings, mentions and condensed texts by sentence text, kept only for a text seen before (a
#: reprinted sentence): keeping every first sighting would fill a large cache with text nobody
#: repeats, and a text seen once has nothing to look up. Bounded: cleared when full.
_READINGS: dict[tuple[int, str], _Reading] = {}
_MENTIONS: dict[tuple[int, str, tuple[str, ...]], list[Mention]] = {}
_CONDENSED: dict[tuple[int, str, tuple[str, ...], int | None], str] = {}
_SEEN: set[int] = set()  # hashes of (lexicon, text) seen once
_CACHE_LIMIT = 50_000


def _seen_before(key: tuple[int, str]) -> bool:
    """True when the (lexicon, text) ``key`` was met before; otherwise remember it and say False."""
    h = hash(key)
    if h in _SEEN:
        return True
    if len(_SEEN) >= 4 * _CACHE_LIMIT:
        _SEEN.clear()
    _SEEN.add(h)
    return False


def _keep(cache: dict[Any, Any], key: Any, value: Any) -> None:
    """Store ``value`` under ``key`` (a key of a text seen before), emptying a full cache first."""
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[key] = value


def clear_caches() -> None:
    """Forget every cached sentence reading (for benchmarks measuring a cold start, and tests)."""
    _READINGS.clear()
    _MENTIONS.clear()
    _CONDENSED.clear()
    _SEEN.clear()


def _read(text: str, lex: Lexicon) -> tuple[_Reading, bool]:
    """The context-free reading of a sentence (see :class:`_Reading`), and whether its text was met
    before: only then are its reading, mentions and condensed text looked up and kept."""
    key = (lexicon_key(lex), text)
    got = _READINGS.get(key)
    if got is not None:
        return got, True
    toks = tokens(text)
    lowers = [t.lower for t in toks]
    capitalised = [t for t in toks if t.is_capitalised]  # names and acronyms are among these
    found = lex.cues.scan(lowers)
    prop = proposal_cue(lowers, lex, found)
    frame = None
    if prop is None and (reported := reported_proposal(text, toks, lowers, lex)) is not None:
        prop, frame = reported
    elif prop is not None:
        frame = _reporting_frame(text, toks, lowers, prop, lex)
    dec = decision_cue(
        lowers, lex, found, proposed=_complement(text, toks, lowers, prop), dated=_time_opener(text, toks, lowers)
    )
    tabled_by = prop is not None and lowers[prop + 1 : prop + 2] == ["by"]
    if tabled_by and dec is not None and prop is not None and prop < dec[0] and _document_subject(lowers, dec[0], lex):
        # "The text, tabled by A and B, won 20 votes": who tabled an adopted text only identifies it.
        prop = frame = None
    if prop is not None and dec is not None and dec[0] < prop and _elaborates(text, toks, lowers, dec, prop):
        # "Leaders endorsed an initiative on food, pledging 4 billion dollars": a participle after a
        # finished act tells what that act contains, as an adopted text's "calling for" does.
        prop = frame = None
    if prop is not None and dec is not None and dec[0] < prop and _document_subject(lowers, dec[0], lex):
        # "The resolution, adopted unanimously, calls for a ceasefire": the calls of an adopted text
        # are its decision, not a proposal.
        prop = frame = None
    elif prop is not None and dec is None and _binding_subject(lowers, prop, lex):
        # "The resolution also asks the panel to report ...": an operative clause of a resolution.
        dec, prop, frame = (prop, "terms"), None, None
    labels = {"decision"} if dec is not None else set()
    if prop is not None:
        labels.add("proposal")
    if is_security(text, toks, lowers, lex, found):
        labels.add("security")
    got = _Reading(
        toks=toks,
        lowers=lowers,
        content=content_stems(lowers, lex.stopwords),
        prop=prop,
        frame=frame,
        dec=dec,
        labels=frozenset(labels),
        countries=tuple(countries_in_tokens(toks, lowers)),
        quoted=bool(toks) and inside_quote(text, toks[len(toks) // 2]),
        list_item=_is_list_item(text),
        heads_list=text.rstrip().endswith(":"),
        soft=prop is not None
        and (
            any(w in lex.proposal_modals or w in lex.offer_modals for w in lowers[max(0, prop - 3) : prop + 1])
            or prop in {i for i, _ in found.get("proposal_weak", [])}
        ),
        names=tuple([t.lower.removesuffix("'s") for t in capitalised]),
        acronyms=tuple(_acronyms(capitalised, lex)),
        contention=bool(found.get("contention")),
        background=dec is not None
        and (dec[1] == "terms" or any(w in _RELATIVES for w in lowers[max(0, dec[0] - 3) : dec[0]])),
    )
    if _seen_before(key):
        _keep(_READINGS, key, got)
        return got, True
    return got, False


def _mentions(
    r: _Reading, text: str, lex: Lexicon, memory: ActorMemory, repeat: bool
) -> tuple[tuple[str, ...], list[Mention]]:
    """(context key, mentions) of a sentence: only the already known names among its words matter.

    ``repeat``: the text was met before (see :func:`_read`); a first sighting is not cached and
    its context key is left empty (nothing will look it up).
    """
    known = memory.known()
    if not repeat:
        return (), find_mentions(r.toks, lex, known, text, r.lowers)
    context = tuple([w for w in r.names if w in known])
    key = (lexicon_key(lex), text, context)
    got = _MENTIONS.get(key)
    if got is None:
        got = find_mentions(r.toks, lex, known, text, r.lowers)
        _keep(_MENTIONS, key, got)
    return context, got


def _condensed(
    r: _Reading, text: str, context: tuple[str, ...], mentions: list[Mention], lex: Lexicon, repeat: bool
) -> str:
    first_cue = r.prop
    if r.dec is not None and (first_cue is None or r.dec[0] < first_cue):
        first_cue = r.dec[0]
    if not repeat:
        return condense(text, r.toks, first_cue, mentions, lex)
    key = (lexicon_key(lex), text, context, first_cue)
    got = _CONDENSED.get(key)
    if got is None:
        got = condense(text, r.toks, first_cue, mentions, lex)
        _keep(_CONDENSED, key, got)
    return got


_BULLET = re.compile(r"^\s*(?:[-–—•*·]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")


#: What a proposal made only by a need frame or a modal ("stressed the need to", "should") loses
#: in the summary against an explicit one ("proposed", "called for"): it is a softer statement.
#: A decision told in a relative clause ("builds on two instruments, which were adopted in
#: 2023") is background to the sentence's main statement, and the terms of a concluded text
#: ("Under the new rules, ...") detail a decision already reported: both lose the same.
SOFT_PROPOSAL_COST = 0.3
#: What a decision dated before the article's year loses in the summary: its weight as a decision
#: (see :meth:`ArticleProfile.importance`), so background ranks as a plain sentence, never as news.
BACKGROUND_COST = 0.8
#: What a sentence reporting a failure to agree or a rejection gains in the summary: conflict is
#: news, and a reader must know what was not decided as much as what was.
CONTENTION_BONUS = 0.4
_RELATIVES = frozenset(["which", "that", "who", "whom", "whose"])
_ACTS = frozenset(["decision", "proposal"])  # the labels that name an act (and have an actor)


#: Month names ("in March 2024"): kept here rather than taken from dates.py, whose code is not part
#: of the analysis the cache hashes.
MONTH_NAMES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)


def _dated_before(
    lowers: list[str], cue: int, article: Article, toks: Sequence[Token] | None = None, text: str = ""
) -> bool:
    """True when the act at ``cue`` is dated 'in YEAR' or 'in MONTH YEAR' to a year before the article's own.

    The date counts near the cue, as the sentence's opening adjunct ("In October 2024, the two
    countries reached ..."), or later in the cue's own clause ("adopted a declaration on the
    conduct of parties in 2002"): background. "agreed to revive the commission, which has not met
    since 2019" dates something else, and a comma ends the cue's clause.
    """
    if article.date is None:
        return False

    def dated(k: int) -> bool:
        if not (len(lowers[k]) == 4 and lowers[k].isdigit() and int(lowers[k]) > 1900):
            return False
        j = k - 1 if k > 0 and lowers[k - 1] in MONTH_NAMES else k
        return j > 0 and lowers[j - 1] == "in"

    def same_clause(k: int) -> bool:
        if k <= cue + 4:
            return True
        if toks is None or k > cue + 14:
            return False
        between = text[toks[cue].end : toks[k].start]
        return not any(p in between for p in ",;:")

    near = [k for k in range(max(0, cue - 4), min(len(lowers), cue + 15)) if dated(k) and same_clause(k)]
    opening = [k for k in range(1, min(3, cue)) if lowers[0] == "in" and dated(k)]
    years = [int(lowers[k]) for k in near + opening]
    return bool(years) and max(years) < article.date.year


def _is_list_item(text: str) -> bool:
    """A list paragraph: a bullet or number before it, or a clause closed by ';' (or '; and', '; or')."""
    end = text.rstrip()
    return (
        bool(_BULLET.match(text))
        or end.endswith(";")
        or (end.endswith(("and", "or")) and bool(_LAST_JOINT.search(end)))
    )


_LAST_JOINT = re.compile(r";\s*(?:and|or)\s*$")
#: Words of a finite clause: a sentence holding one is no verbless list item.
_FINITE_WORDS = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would", "shall", "said", "did"])


_ITEM_ARTICLES = frozenset(["a", "an", "the"])


def _names_document(lowers: list[str], lex: Lexicon) -> bool:
    """A verbless paragraph opening on a document's noun ("Memorandum of Cooperation on ...",
    "Exchange of Notes on ...", "Agreement on air services"): the kind of line a list of signed texts holds.
    An article may open it ("a memorandum of understanding on ...", "the protocol on ..."): the items before
    it were written as noun phrases of the list's lead-in, and so is the last."""
    if not lowers or _FINITE_WORDS.intersection(lowers):
        return False
    first = lowers[1] if lowers[0] in _ITEM_ARTICLES and len(lowers) > 1 else lowers[0]
    return first in lex.decision_objects or first in lex.document_subjects or first == "exchange"


_MEETING_WORDS = frozenset(["talks", "met", "meeting", "negotiations", "meets", "hosted", "received"])


def _remember_meeting(lowers: list[str], mentions: Sequence[Mention], memory: ActorMemory) -> None:
    """'A held talks with B', 'A hosted B': A and B become the parties later acts are credited to."""
    if not _MEETING_WORDS.intersection(lowers):
        return
    host = next((m for m in mentions if m.prep is None and m.kind in ("person", "country", "description")), None)
    if host is None:
        return
    same_kind = ("country",) if host.kind == "country" else ("person", "description")
    guest = next((m for m in mentions if m.kind in same_kind and m is not host and m.start > host.start), None)
    if guest is None or guest.prep not in ("with", None):
        return
    a, b = memory.resolve(host), memory.resolve(guest)
    if a and b and a != b:
        memory.last_group = f"{a} and {b}"


def _remember_joint_parties(toks: Sequence[Token], memory: ActorMemory) -> None:
    """'the Kazakh-Uzbek commission', 'Chile-Peru talks': a hyphenated pair of states names the parties.

    When no plural actor is known yet, the pair becomes it, so a later act with no agent ("It was
    agreed to ...", "the following documents were signed:") is credited to both states.
    """
    if memory.last_group is not None:
        return
    for k, tok in enumerate(toks[:-1]):
        if not tok.is_capitalised or "-" not in tok.text or not toks[k + 1].text[:1].isalpha():
            continue
        parts = tok.text.lower().split("-")
        states = [hit[0] for part in parts if (hit := country_at([part], 0)) is not None]
        if len(parts) == 2 and len(states) == 2 and states[0] != states[1]:
            memory.last_group = f"{states[0]} and {states[1]}"
            return


#: A transcript's speaker tag: one to three words in capitals and a colon opening a paragraph.
_SPEAKER_TAG = re.compile(r"([A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž'’.-]+(?: [A-ZÀ-ÝĀ-Ž][A-ZÀ-ÝĀ-Ž'’.-]+){0,2}):\s")


def _headline_speaker(headings: Sequence[str], lex: Lexicon) -> tuple[str | None, str | None]:
    """Who speaks in a statement or speech: the person after "Statement by", "Remarks by" ... (see
    lexicon ``speech_headings``) in the title or the first paragraph, and the state he speaks for.

    Such a text says "I" for that person and "my Government" for his state; ordinary news has no speaker.
    """
    for whole in headings:
        # "Transcript: Press conference by ...": a label before a colon does not hide the heading.
        label, colon, after = whole.partition(":")
        title = after.strip() if colon and len(label.split()) <= 2 and after.strip() else whole
        first = title.split(None, 1)[0].lower() if title.strip() else ""
        owned = "'s " in title or "’s " in title
        if first not in lex.speech_headings.by_first and not owned:
            continue  # ordinary news: no heading word, no tokenising
        toks = tokens(title)
        lowers = [t.lower for t in toks]
        if lowers and lex.speech_headings.match_at(lowers, 0) is None:
            owner = _speech_owner(toks, lowers, title, lex) if owned else None
            if owner is not None:
                return owner
            continue
        if not lowers:
            continue
        mentions = find_mentions(toks, lex, (), title)
        # "by A and B" (a joint press conference): the first named opens, tags name who follows.
        person = next((p for m in mentions for p in (m.members or (m,)) if p.kind == "person"), None)
        if person is None:
            continue
        country = person.country or next(
            (m.country for m in mentions if m.kind == "description" and m.start == person.end and m.country), None
        )
        return person.name, country
    return None, None


_ANSWER_TAGS = frozenset(["a", "answer"])
_ORGANISATION_ANAPHORS = frozenset(
    ["the bloc", "the alliance", "the grouping", "the organisation", "the organization", "the regional bloc"]
)
_SELF_NAMES = frozenset(
    ["this newspaper", "this paper", "this publication", "this magazine", "this website", "this newsroom"]
)


def _is_interview(article: Article) -> bool:
    """An interview: its headline says so ("Interview: ...", "... : an interview with ...") or a
    heading credits it ("Interview by X")."""
    title = (article.title or "").lower()
    return (
        "interview" in title.split(":")[0]
        or "an interview with" in title
        or any(h.lower().startswith("interview by") for h in article.headings)
    )


_BYLINE = re.compile(r"(?i)^by\s+([A-Z][^\W\d_]*(?:[-' ][A-Z][^\W\d_]*){0,3})\s*$")


def _columnist(article: Article, lex: Lexicon) -> str | None:
    """The author of an opinion piece: its headline opens on a label of ``opinion_labels`` ("Opinion:
    ...") and a heading line is its byline ("By Ana Silva"); None for news, whose "I" is only quoted."""
    first = re.split(r"[:\s\-–—|]+", (article.title or "").strip().lower(), maxsplit=1)[0]
    if first not in lex.opinion_labels:
        return None
    return next((m.group(1) for h in article.headings if (m := _BYLINE.match(h.strip()))), None)


def _speech_owner(toks: list[Token], lowers: list[str], title: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """'Prime Minister X's remarks on ...', 'Y's closing speech at ...': a heading that names a speech
    (the nouns of ``speech_headings``: remarks, speech, statement ...) by its speaker's possessive."""
    nouns = {p[-2] for phrases in lex.speech_headings.by_first.values() for p in phrases if len(p) >= 2}
    for m in find_mentions(toks, lex, (), title):
        possessive = lowers[m.end - 1].endswith(("'s", "’s"))
        if m.kind == "person" and m.start <= 1 and possessive and nouns.intersection(lowers[m.end : m.end + 2]):
            return m.name, m.country
    return None


#: First-person words of a speaker: "I propose", "Let me suggest"; "my/our Government" is his state.
_FIRST_PERSON = frozenset(["i", "me"])
_FIRST_POSSESSIVE = frozenset(["my", "our"])
_OWN_STATE = frozenset(["government", "country", "nation", "state"])


def _first_person(text: str, toks: list[Token], lowers: list[str], cue: int, memory: ActorMemory) -> str | None:
    """The speaker when a statement's narrative says 'I propose' or 'my Government has released'."""
    if memory.speaker is None or inside_quote(text, toks[cue]):
        return None
    window = range(max(0, cue - 4), cue)
    # "I would go further and propose": the first person may stand a few verbs before the act.
    if any(lowers[k] in _FIRST_PERSON for k in range(max(0, cue - 6), cue)):
        return memory.speaker
    if memory.columnist:
        return None  # a columnist's "we" and "our government" are his readers' and country's, not his
    if any(lowers[k] in _FIRST_POSSESSIVE and lowers[k + 1] in _OWN_STATE for k in window if k + 1 < cue):
        return memory.speaker_country or memory.speaker
    if any(lowers[k] == "we" for k in window):
        return memory.speaker_country or memory.speaker  # "we" of a head of state: the state he speaks for
    return None


# ", who chairs the bloc,", ", the current chair,", ", Ghana's foreign minister,": asides between commas.
_ASIDE = re.compile(r",\s*(?:who|whose|which|the|a|an|[A-Z][\w-]*['’]s)\b[^,;:]*,")


def _in_aside(text: str, toks: list[Token], m: Mention, cue: int) -> bool:
    """'X, whose mission patrols Y, has offered', 'X, the current chair, told reporters': a mention
    inside a relative clause or an apposition that closes before the cue is not the subject."""
    if text.count(",") < 2:
        return False  # an aside needs a comma on each side
    at = toks[m.start].start
    return any(a.start() < at < a.end() <= toks[cue].start and a.start() > 0 for a in _ASIDE.finditer(text))


def _acronyms(toks: Sequence[Token], lex: Lexicon) -> list[str]:
    return [
        t.text
        for t in toks
        if t.is_capitalised
        and 2 <= len(t.text) <= 7  # "CARICOM", as _acronym in actors.py
        and t.text.isupper()
        and t.text.isalpha()
        and t.lower not in lex.not_organisations
    ]


def _most_named(acronyms: Sequence[str]) -> str | None:
    """The acronym named most (at least twice), or None."""
    if not acronyms:
        return None
    name, n = Counter(acronyms).most_common(1)[0]
    return name if n >= 2 else None


def decision_cue(
    lowers: list[str], lex: Lexicon, found: Matches | None = None, proposed: range = range(0), dated: range = range(0)
) -> tuple[int, str] | None:
    """(token index, kind) of the first unblocked completed-act cue, or None.

    ``kind`` is "phrase" (a nominal report: "decisions were taken"), "nominal" (a document
    named as concluded: "the recent agreements", "recently signed"), "terms" or "verb".
    ``proposed`` is the span of a proposal's complement ("urged them to extend the ceasefire
    declared in March"): an act inside what is proposed is not a decision reported; ``dated`` is the
    span of an opening clause of time ("Two years after Ethiopia signed a memorandum, ..."), whose
    act only dates the main clause.
    """
    found = lex.cues.scan(lowers) if found is None else found
    for i, phrase in found.get("decision_nominal", ()):
        if phrase[0] in ("following", "after") and not _named_event(lowers, i + len(phrase), lex):
            continue
        if not _negated(lowers, i, lex):
            return i, "nominal"
    if (welcomed := _welcomed_decision(lowers, lex)) is not None:
        return welcomed, "nominal"
    for detect in (_appointment, _negotiation_step):  # "was named envoy", "closed five chapters"
        if (k := detect(lowers, lex)) is not None:
            return k, "verb"
    for i, phrase in found.get("decision_phrases", ()):
        if not _negated(lowers, i, lex) and not _modal(lowers, i, lex) and not _next_meeting(lowers, i + len(phrase)):
            return i, "phrase"
    if (split := _split_report(lowers, lex)) is not None:
        return split, "phrase"  # after the phrases: "The agreement was reached" is one of them
    for i, phrase in found.get("announcements", ()):
        if set(lowers[i + len(phrase) : i + len(phrase) + 6]) & lex.decision_objects:
            return i, "phrase"  # "It was announced that the chairmanship would pass to X"
    for i, _phrase in found.get("terms_frames", ()):
        if i <= 2 and not _negated(lowers, i, lex) and not _assessment(lowers):
            return i, "terms"  # "Under the agreement, Peru will ...": the terms of a concluded deal
    if (frame := _terms_frame(lowers, lex)) is not None and not _assessment(lowers):
        return frame, "terms"  # "Under the new rules, ...", "In line with the regulation, ..."
    for i, _phrase in found.get("terms_verbs", ()):
        before = lowers[max(0, i - 4) : i]
        named = any(w in lex.decision_objects for w in before) or _document_subject(lowers, i, lex)
        finished = named and not _UNFINISHED.intersection(before)
        if proposed and i >= proposed.start and lowers[i - 1] in _RELATIVES:
            continue  # "call on the Assembly to approve the law that allows ...": what is asked for, described
        if _acknowledged(lowers, i, lex):
            continue  # "The text recognises the link between ...": what a preamble notes, not a term agreed
        if finished and not _modal(lowers, i, lex) and not _negated(lowers, i, lex):
            return i, "terms"
    # Acts told by a verb construction of their own, tried in this order: a counted vote, "by
    # signing", an announced measure, an emphatic "did agree", an order or a figure set.
    for detect in (_vote, _by_gerund, _announced_measure, _emphatic_act, _order_or_setting):
        if (k := detect(lowers, lex)) is not None:
            return k, "verb"
    for i, phrase in found.get("decision_acts", ()):
        if i in proposed or i in dated:
            continue
        if i > 0 and lowers[i - 1] in _NEWLY and not _negated(lowers, i, lex):
            return i, "nominal"  # "the newly created expert group will meet": its creation is the news
        if _modal(lowers, i, lex) or _negated(lowers, i, lex) or _attributive(lowers, i, len(phrase)):
            continue
        if _generic_intention(lowers, i + len(phrase), lex) or _next_meeting(lowers, i + len(phrase)):
            continue
        if _background(lowers, i, len(phrase), lex):
            continue
        if phrase[0] in lex.decision_weak and (not _has_object(lowers, i, lex) or _vehicle(lowers, i, lex)):
            continue
        if phrase[0] in _INSTRUCTIONS and not _instructed(lowers[i + 1 : i + 9]):
            continue  # "directed by a Kenyan", "mandated observers": no one instructed to act
        if phrase[0] in lex.close_object_acts and not set(lowers[i + 1 : i + 4]) & lex.decision_objects:
            continue  # "exchanged views on the agreement": the object must follow the act
        if _identifying(lowers, i, len(phrase), lex) or _standing(lowers, i, len(phrase)):
            continue
        if _object_modifier(lowers, i, len(phrase), lex):
            continue
        if i > 0 and lowers[i - 1] == "as" and lowers[i - 2 : i - 1] not in (["such"], ["well"]):
            continue  # "supported the cell 'as agreed'", "as decided in May": a reference to an act, not its report
        if _condition_clause(lowers, i, lex):
            continue  # "until a deal is signed", "whatever is agreed": a present act in such a clause is to come
        if any(lowers[k] in lex.hope_verbs and lowers[k + 1] == "that" for k in range(i - 1)):
            continue  # "he promised that 2026 would be the year the code was concluded": hoped for, not done
        if lex.hostile_objects.intersection(lowers[i + len(phrase) : i + len(phrase) + 3]):
            continue  # "launched an offensive", "launched air strikes": an act of force, not a decision
        return i, "verb"
    return None


_DECISION_NOUNS = frozenset(["decision", "decisions"])
_SERIES = frozenset(
    ["next", "following", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
)
_SITTINGS = frozenset(["meeting", "session", "round", "summit", "sitting", "consultations"])


def _next_meeting(lowers: list[str], k: int) -> bool:
    """'It was agreed that the sixth session of the commission will be held in Dhaka', 'agreed to hold
    the next round in Doha': what was agreed is only when and where a series meets again, a schedule
    rather than a decision. 'agreed to hold a summit on water in Cairo' (no series) is not caught."""
    window = lowers[k : k + 6]
    return any(w in _SITTINGS and j > 0 and window[j - 1] in _SERIES for j, w in enumerate(window))


_SUBJECT_OPENING = 5  # how far into a sentence its subject noun may start ("The final formal decision")
_MODAL_AUX = frozenset(["will", "would", "shall", "could", "should", "may", "might", "must", "can", "does", "do"])
_PAST_PASSIVE = (("was",), ("were",), ("has", "been"), ("have", "been"), ("had", "been"))


def _split_report(lowers: list[str], lex: Lexicon) -> int | None:
    """'The decision to create the bank in principle was taken at the summit', 'The agreement to share
    data was reached in May': an act named by a noun that opens the sentence, reported by a past passive
    ("was taken", "had been made") that is the first finite verb after it, whatever its complement holds
    between them; "took place" reports an act named as an event ('The signing of the accord took place').
    Index of the act's noun, or None: 'will be taken', 'is expected to be made' (another finite verb
    comes first), 'No decision to ... was taken', 'was not made' (negated)."""
    if lex.split_participles.isdisjoint(lowers) and "took" not in lowers:
        return None  # the words it needs are missing (most sentences): checked in C
    if lex.split_nouns.isdisjoint(lowers[:_SUBJECT_OPENING]):
        return None  # the words it needs are missing (most sentences): checked in C
    d = next(k for k, w in enumerate(lowers[:_SUBJECT_OPENING]) if w in lex.split_nouns)
    if _FINITE_WORDS.intersection(lowers[:d]) or lex.negations.intersection(lowers[:d]):
        return None  # "It said the decision ...", "No decision ...": not a subject reported as taken
    for k in range(d + 1, len(lowers)):
        if lowers[k : k + 2] == ["took", "place"]:
            return d  # "The signing of the accord took place in Baku": the act reported as an event
        aux = next((a for a in _PAST_PASSIVE if tuple(lowers[k : k + len(a)]) == a), None)
        if aux is None:
            if lowers[k] in _FINITE_WORDS or lowers[k] in _MODAL_AUX:
                return None  # "will be taken", "is expected to be made": to come, not done
            continue
        j = k + len(aux)
        while j < len(lowers) and (lowers[j] in lex.adverbs or lowers[j].endswith("ly")) and lowers[j] not in ("not",):
            j += 1  # "was formally taken", "was finally made"
        if j < len(lowers) and lowers[j] in lex.split_participles and "not" not in lowers[k:j]:
            return d  # the act's noun, as for the contiguous "decision was taken"
        return None
    return None


def _negotiation_step(lowers: list[str], lex: Lexicon) -> int | None:
    """'Montenegro provisionally closed five more chapters of its accession negotiations', 'Albania
    opened the last two clusters of its membership talks': a step of an accession negotiation taken.
    Plural units only, in a sentence naming the negotiation: 'opened a new chapter in relations' is an
    idiom; a step to come or negated ('is expected to open', 'has not closed') is none."""
    if lex.negotiation_units.isdisjoint(lowers) or lex.negotiation_contexts.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in lex.negotiation_steps or not lex.negotiation_units.intersection(lowers[i + 1 : i + 5]):
            continue
        if i > 0 and lowers[i - 1] in _NP_DETERMINERS:
            continue  # "the closed chapters cover ...": a participle describing the units, not a step reported
        if not _modal(lowers, i, lex) and not _negated(lowers, i, lex):
            return i
    return None


_NAMED_FOR = frozenset(["after", "in", "on", "for", "among", "to", "that"])
_PASSIVE_BEFORE = frozenset(["was", "were", "been", "is", "are"])


def _appointment(lowers: list[str], lex: Lexicon) -> int | None:
    """'Raghavan was named India's BRICS sherpa by the government', 'was chosen as chair of the board',
    'Kenya named its former foreign minister as envoy': an appointment told with a verb of naming. The
    role comes within three words of a passive verb, or within three words after the verb's "as".
    Not 'named after a poet', 'was named in the report', 'named three officials as suspects' (no role),
    nor a modal or negated naming ('is expected to be named envoy')."""
    if lex.appointment_verbs.isdisjoint(lowers) or lex.appointment_roles.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in lex.appointment_verbs or _NAMED_FOR.intersection(lowers[i + 1 : i + 2]):
            continue
        if _modal(lowers, i, lex) or _negated(lowers, i, lex):
            continue
        passive = i > 0 and lowers[i - 1] in _PASSIVE_BEFORE
        if passive and lex.appointment_roles.intersection(lowers[i + 1 : i + 4]):
            return i
        as_at = next((k for k in range(i + 1, min(len(lowers), i + 8)) if lowers[k] == "as"), None)
        if as_at is not None and lex.appointment_roles.intersection(lowers[as_at + 1 : as_at + 4]):
            return i
    return None


def _welcomed_decision(lowers: list[str], lex: Lexicon) -> int | None:
    """'welcomed the decision of the Council to ...', 'welcomed the European Union's decision in
    January to extend ...': a decision another body took, named right after "the" or its owner's
    possessive. Not 'welcomed the prospect of a decision' (none taken) nor a negated welcome."""
    if lex.welcome_verbs.isdisjoint(lowers) or _DECISION_NOUNS.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in lex.welcome_verbs or i + 1 >= len(lowers):
            continue
        if lowers[i + 1] != "the" and not lowers[i + 1].endswith("'s"):
            continue
        k = next((k for k in range(i + 1, min(len(lowers), i + 8)) if lowers[k] in _DECISION_NOUNS), None)
        if k is not None and (k == i + 2 or lowers[k - 1].endswith("'s")) and not _negated(lowers, i, lex):
            return i
    return None


_TERMS_FIRST = frozenset(["under", "according", "in"])
_BINDING = frozenset(["will", "shall", "must", "may", "would", "can", "is", "are"])


def _assessment(lowers: list[str]) -> bool:
    """'According to the communique, the violence has displaced ...': a text cited as the source of
    a fact, not for its terms; a term binds ("will", "shall", "must", "are to")."""
    if lowers[:1] != ["according"]:
        return False
    return not any(
        w in _BINDING and (w not in ("is", "are") or lowers[k + 1 : k + 2] == ["to"]) for k, w in enumerate(lowers)
    )


_TERMS_OPENERS = (("under",), ("according", "to"), ("in", "line", "with"), ("in", "accordance", "with"))
_TERMS_FIRST = frozenset(opener[0] for opener in _TERMS_OPENERS)
#: "Under the rules", "Under that agreement" (a text named just before), "Under its terms".
_TERMS_DETERMINERS = frozenset(["the", "this", "that", "these", "those", "its", "their"])
_UNFINISHED = frozenset(["draft", "proposed", "planned", "future", "possible", "envisaged"])


def _terms_frame(lowers: list[str], lex: Lexicon) -> int | None:
    """'Under the (new) rules, ...': a sentence opening on the terms of a concluded text (index of the noun)."""
    if not lowers or lowers[0] not in _TERMS_FIRST:
        return None  # most sentences open on another word: no opener's slice is built
    for opener in _TERMS_OPENERS:
        n = len(opener)
        if tuple(lowers[:n]) != opener or n >= len(lowers) or lowers[n] not in _TERMS_DETERMINERS:
            continue
        for k in range(n + 1, min(n + 4, len(lowers))):
            if lowers[k] in _UNFINISHED:
                return None
            if lowers[k] in lex.terms_nouns or lowers[k] in lex.decision_objects:
                return k
    return None


def _binding_subject(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'The resolution (also) asks/calls for ...': a binding text (not a draft) as the subject of the cue."""
    head = lowers[: min(3, i)]
    return any(w in lex.binding_documents for w in head) and not _UNFINISHED & set(head) and i <= 4


def _elaborates(text: str, toks: list[Token], lowers: list[str], dec: tuple[int, str], prop: int) -> bool:
    """The proposal cue at ``prop`` is a participle ("pledging", "calling for") opening a clause right
    after a comma, and the decision verb before it has already been reported in the same sentence."""
    return (
        dec[1] == "verb"
        and lowers[prop].endswith("ing")
        and prop > 0
        and text[toks[prop - 1].end : toks[prop].start].strip() == ","
    )


def _acknowledged(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'recognises the link between heat and hunger', 'recognizes the importance of trade': a verb of
    acknowledging whose object (after at most "the") is a fact noted, not a term ('recognises the border')."""
    if lowers[i] not in lex.acknowledging_verbs:
        return False
    k = i + 2 if lowers[i + 1 : i + 2] == ["the"] else i + 1
    return lex.acknowledged_facts.intersection(lowers[k : k + 1]) != set()


def _document_subject(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'The treaty, negotiated over three years, allows ...': a finished document opens the sentence."""
    head = lowers[: min(3, i)]
    return any(w in lex.document_subjects or w in lex.decision_objects for w in head) and not _UNFINISHED & set(head)


def _generic_intention(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """'agreed to continue dialogue', 'agreed to keep up ...': a shared wish, not a decision."""
    if k > 0 and lowers[k - 1] == "to":  # the act ends in "to" ("decides to")
        return k < len(lowers) and lowers[k] in lex.generic_intentions
    return k + 1 < len(lowers) and lowers[k] == "to" and lowers[k + 1] in lex.generic_intentions


_TIME_UNITS = frozenset(["days", "day", "weeks", "week", "months", "month", "years", "year", "decades", "decade"])


def _time_opener(text: str, toks: list[Token], lowers: list[str]) -> range:
    """Token span of an opening clause of time ('After the leaders signed the accord, ...', 'Two years
    after Ethiopia signed a memorandum ..., the deal remains unimplemented', 'Since the truce was
    agreed in 2023, ...') up to its comma, when a main clause follows; else an empty range. The act
    in it dates the main clause (gold JC2, m12 JC11). 'After two days of talks, ministers signed ...'
    puts the act in the main clause, after the comma."""
    k = 0
    if len(lowers) > 3 and lowers[1] in _TIME_UNITS:
        k = 2  # "Two years after ...", "Months after ..."
    elif len(lowers) > 3 and lowers[0] in _TIME_UNITS:
        k = 1
    if k >= len(lowers) or lowers[k] not in ("after", "since"):
        return range(0)
    comma = text.find(",", toks[k].end)
    if comma < 0:
        return range(0)
    end = next((j for j, t in enumerate(toks) if t.start > comma), len(toks))
    return range(k, end) if len(toks) - end >= 3 else range(0)


def _complement(text: str, toks: list[Token], lowers: list[str], cue: int | None) -> range:
    """Token span of what a proposal asks for: from its cue to the end of the clause (comma, ';', 'while')."""
    if cue is None:
        return range(0)
    end = cue + 1
    while end < len(toks):
        if lowers[end] in ("while", "whereas", "but") or text[toks[end - 1].end : toks[end].start].strip(" ") != "":
            break
        end += 1
    return range(cue + 1, end)


_ATTRIBUTIVE_BEFORE = frozenset(["the", "these", "those", "its", "their", "all", "other", "such", "this", "that"])
_CLAUSE_AFTER = frozenset(["by", "on", "in", "at", "with", "to", "that", "upon", "during", "following", "as", "and"])


def _attributive(lowers: list[str], i: int, n: int) -> bool:
    """'the adopted documents were published': a participle modifying a noun, not a clause verb."""
    return i > 0 and lowers[i - 1] in _ATTRIBUTIVE_BEFORE and i + n < len(lowers) and lowers[i + n] not in _CLAUSE_AFTER


#: ("set" as in "set up": "the working group, set up in 2016 after years of arrests")
_TRANSITIVE_ACTS = frozenset(
    ["founded", "established", "created", "formed", "launched", "signed", "adopted", "ratified", "set"]
)
_NP_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "this", "that", "these", "those"])
#: Words that open a clause, so a noun phrase after them is its subject ("when the two leaders agreed at ...").
_CLAUSE_OPENERS = frozenset(["when", "after", "as", "while", "since", "and", "but", "that", "which", "where", "once"])


def _object_modifier(lowers: list[str], i: int, n: int, lex: Lexicon) -> bool:
    """'It keeps the goal agreed in Baku for 2035', 'reviewed the implementation of the projects
    agreed in 2024': a participle with no auxiliary right after the noun of a noun phrase that is
    itself the object of a verb or a preposition, dated or placed ('in 2024', 'in Baku'), only
    identifies that noun: the act is told elsewhere or earlier. A noun phrase opening its clause
    ('In 2024, the two countries agreed in Doha ...', 'when the leaders agreed at ...') is the
    act's subject."""
    participle = (n == 1 and lowers[i].endswith("ed")) or lowers[i : i + n] == ["set", "up"]
    if not participle or i < 2 or i + n + 1 >= len(lowers):
        return False  # "entered into force", "reached an agreement" are no noun's modifiers
    prev = lowers[i - 1]
    if not prev.isalpha() or prev in PASSIVE_AUX or prev in lex.not_nouns or prev in lex.adverbs or prev.endswith("ly"):
        return False
    place = lowers[i + n + 1]
    if lowers[i + n] not in ("in", "at") or not (place[:1].isdigit() or place in ("the",) or place.isalpha()):
        return False
    d = next((k for k in range(i - 1, max(-1, i - 6), -1) if lowers[k] in _NP_DETERMINERS), None)
    if d is None or d == 0:
        return False
    before = lowers[d - 1]
    return before.isalpha() and before not in _CLAUSE_OPENERS and before not in lex.reporting_verbs


def _vote(lowers: list[str], lex: Lexicon) -> int | None:
    """A vote that decides: 'voted 120 to 3 to approve the treaty', 'voted last week to award ...'
    (a tally or a time between the vote and its act), or a finished text that 'won 20 votes' (a
    draft that 'received 14 votes' may still fall to a veto)."""
    if "voted" not in lowers and "votes" not in lowers:
        return None  # neither a vote nor a tally: checked in C
    for i, w in enumerate(lowers):
        tally = w in _VOTE_WINS and lowers[i + 1 : i + 2] != [] and lowers[i + 1].isdigit()
        tally = tally and lowers[i + 2 : i + 3] == ["votes"] and _document_subject(lowers, i, lex)
        if tally and not _negated(lowers, i, lex) and not _modal(lowers, i, lex):
            return i
        if w != "voted" or _modal(lowers, i, lex) or _negated(lowers, i, lex):
            continue
        k = i + 1
        while k < len(lowers) and k <= i + 7 and (lowers[k].replace("-", "").isdigit() or lowers[k] in _VOTE_FILLERS):
            k += 1
        # Whatever the vote was for, a counted vote has decided it, as a bare "voted to" has: the
        # word after the filler's "to" only has to start a verb phrase, not a noun phrase ("voted
        # 9 to 2 to the surprise of ..." names no act).
        if k > i + 1 and lowers[k - 1] == "to" and k < len(lowers) and lowers[k] not in _TO_NOUN_PHRASE:
            return i
    return None


def _past_forms(gerund: str) -> tuple[str, ...]:
    """The past forms a gerund may stand for: 'signing' -> 'signed', 'creating' -> 'created',
    'agreeing' -> 'agreed', 'setting' -> 'set', 'banning' -> 'banned'."""
    stem = gerund[:-3]
    forms = [stem + "ed", stem + "d", stem]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        forms += [stem[:-1], stem + "ed"]
    return tuple(forms)


def _by_gerund(lowers: list[str], lex: Lexicon) -> int | None:
    """An act named as the means of a finished act ('wrapped up the summit by setting up a fund',
    'ended the dispute by signing a protocol'): done with it. Not when anything before it makes the
    sentence a plan or condition ('will close the summit by signing', 'hopes to ... by creating')."""
    if "by" not in lowers:
        return None  # checked in C
    blockers = lex.modal_blockers - {"to"}
    for i in range(1, len(lowers)):
        w = lowers[i]
        if lowers[i - 1] != "by" or not w.endswith("ing") or len(w) < 6:
            continue
        if blockers.intersection(lowers[: i - 1]) or _negated(lowers, i - 1, lex):
            return None
        for form in _past_forms(w):
            phrase = lex.decision_acts.match_at([form, *lowers[i + 1 : i + 4]], 0)
            if phrase and (phrase[0] not in lex.decision_weak or _has_object(lowers, i, lex)):
                return i
    return None


def _announced_measure(lowers: list[str], lex: Lexicon) -> int | None:
    """'announced new sanctions on tankers', 'announced a ceasefire': whoever announces a measure as
    its object (up to two words before the noun, none of them a plan or condition word) has taken
    it. 'announced that ...' reports speech, and 'announced plans for sanctions' a plan."""
    if "announced" not in lowers:
        return None  # checked in C
    for i, w in enumerate(lowers):
        if w != "announced" or _modal(lowers, i, lex) or _negated(lowers, i, lex):
            continue
        for k in range(i + 1, min(len(lowers), i + 4)):
            if lowers[k] in lex.decision_objects:
                return i
            if lowers[k] in lex.modal_blockers or lowers[k] in ("that", "plans", "it", "they", "he", "she"):
                break
    return None


def _order_or_setting(lowers: list[str], lex: Lexicon) -> int | None:
    """'The court ordered Venezuela to refrain from ...', 'The commission has set next year's quota at
    285,000 tonnes': an order to someone TO act, and a perfect 'has set' with a decision object (a
    quota, a budget) close after it, are acts done. Not 'ordered them back downstream' (no act
    ordered), 'is set to sign' (a plan), 'has set the stage for' (no decision object)."""
    for i, w in enumerate(lowers):
        if w == "ordered" and not _modal(lowers, i, lex) and not _negated(lowers, i, lex):
            to = next((k for k in range(i + 2, min(len(lowers), i + 7)) if lowers[k] == "to"), None)
            act = lowers[to + 1] if to is not None and to + 1 < len(lowers) else ""
            passive = PASSIVE_AUX.intersection(lowers[i - 1 : i])
            if act and act not in _TO_NOUN_PHRASE and not act[:1].isdigit() and not passive:
                return i
        perfect = w == "set" and i > 0 and lowers[i - 1] in ("has", "have", "had")
        if perfect and not _negated(lowers, i, lex) and lex.decision_objects.intersection(lowers[i + 1 : i + 5]):
            return i
    return None


_WH_WORDS = frozenset(["what", "which", "who", "when", "where", "why", "how", "whether", "if"])


def _emphatic_act(lowers: list[str], lex: Lexicon) -> int | None:
    """'What we did agree with Naypyitaw in May is a pilot verification', 'They did sign the protocol':
    an emphatic "did" with the base form of an act verb reports the act done (index of the verb).
    Not a question ('Did they sign?', 'What did they agree?'), not negated ('did not sign')."""
    for i, w in enumerate(lowers[:-1]):
        if w != "did" or i == 0 or lowers[i - 1] in _WH_WORDS or lowers[i - 1] == "nor":
            continue
        k = i + 1
        while k < len(lowers) and (lowers[k] in lex.adverbs or lowers[k].endswith("ly")):
            k += 1
        if k >= len(lowers) or lowers[k] in lex.negations:
            continue
        base = lowers[k]
        for past in (base + "d", base + "ed"):
            phrase = lex.decision_acts.match_at([past, *lowers[k + 1 : k + 4]], 0)
            if phrase and phrase[0] not in lex.decision_weak and not _generic_intention(lowers, k + 1, lex):
                return k
    return None


_VOTE_WINS = frozenset(["won", "received", "secured", "obtained", "garnered"])
#: Between "voted" and its act: a tally ("120 to 3") or a time ("last November", "on Friday").
_VOTE_FILLERS = frozenset(
    [
        "to",
        "votes",
        "against",
        "with",
        "last",
        "this",
        "on",
        "in",
        "earlier",
        "unanimously",
        "overwhelmingly",
        "late",
        "early",
        "night",
        "morning",
        "afternoon",
        "evening",
        "week",
        "month",
        "year",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


_NEWLY = frozenset(["newly", "recently"])
_EXPECTATIONS = frozenset(["likely", "expected", "yet", "due", "set", "poised", "unlikely", "scheduled"])
_FINITE = frozenset(["is", "are", "was", "were", "has", "have", "had", "remains", "remain"])


def _identifying(lowers: list[str], i: int, n: int, lex: Lexicon) -> bool:
    """'The route agreed in Washington is likely to start ...': a past act in a reduced relative
    clause only identifies its noun when the main clause after it is an expectation."""
    prev = lowers[i - 1] if i > 0 else ""
    if not prev.isalpha() or prev in PASSIVE_AUX or prev in lex.not_nouns or prev in lex.adverbs or prev.endswith("ly"):
        return False
    after = lowers[i + n : i + n + 12]
    if any(w in _FINITE and k + 1 < len(after) and after[k + 1] in _EXPECTATIONS for k, w in enumerate(after)):
        return True
    # "The force, authorised by the Council last year, has deployed 2,000 troops": a passive act by an
    # agent inside the subject, whose main verb follows, only identifies a subject that is no document.
    agent = lowers[i + n : i + n + 1] == ["by"] and i <= 4 and not _document_subject(lowers, i, lex)
    return agent and any(w in _FINITE for w in lowers[i + n + 2 : i + n + 16])


def _named_event(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """'Following the adoption of the Lima Declaration, leaders turned to ...': the only report of the
    act names its document, and the main clause reports no one's words ('Following the signing of the
    treaty, X told reporters ...' attributes; the signing is told elsewhere)."""
    named = any(w in lex.decision_objects for w in lowers[k : k + 8])
    return named and not lex.reporting_verbs.intersection(lowers)


def _vehicle(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'In a communique released after the talks, the ministers said ...': a document opening the
    sentence as the vehicle of what is said is a source, its release no decision."""
    return lowers[:1] == ["in"] and i <= 4 and any(w in lex.document_subjects for w in lowers[1:i])


def _standing(lowers: list[str], i: int, n: int) -> bool:
    """'Its mandate is agreed by all members': a present passive with its agent states a standing
    rule, not an act reported ("was agreed by", "has been agreed by" report one)."""
    return i > 0 and lowers[i - 1] in ("is", "are") and lowers[i + n : i + n + 1] == ["by"]


def _background(lowers: list[str], i: int, n: int, lex: Lexicon) -> bool:
    """'The SCO, founded in 2001, groups ten states': a transitive act with no object and no
    auxiliary, just a year after it, describes its subject's history, not a decision reported.
    A document opening the sentence and adopted in a year ("The X Declaration, adopted in 2000,
    gave members ...") is an earlier decision stated in background, and stays one."""
    if lowers[i] not in _TRANSITIVE_ACTS or i + n + 1 >= len(lowers):
        return False
    if _document_subject(lowers, i, lex):
        return False
    dated = lowers[i + n] in ("in", "on") and lowers[i + n + 1].isdigit() and len(lowers[i + n + 1]) == 4
    prev = lowers[i - 1] if i else ""
    return dated and prev not in PASSIVE_AUX and prev not in ("have", "has", "had") and prev not in lex.adverbs


def proposal_cue(lowers: list[str], lex: Lexicon, found: Matches | None = None) -> int | None:
    """Token index of the first proposal cue, or None (see module docstring)."""
    found = lex.cues.scan(lowers) if found is None else found
    if found.get("goals") and not found.get("proposal_strong"):
        return None
    for i, phrase in found.get("proposal_strong", ()):
        if _negated(lowers, i, lex) or _habitual(lowers, i, lex) or _reduced_relative(lowers, i, phrase, lex):
            continue
        if i >= 2 and lowers[i - 1] == "have" and lowers[i - 2] in _COUNTERFACTUAL:
            continue  # "a resolution that would have demanded a ceasefire": what was not done
        after = lowers[i + len(phrase) : i + len(phrase) + 8]
        if _vague(lowers[i + len(phrase) :], lex):
            continue
        if i + len(phrase) >= len(lowers):
            continue  # "criticism from immigrant advocates.": a cue ending its sentence proposes nothing
        if after[0] == "that" and lex.evidence_subjects.intersection(lowers[max(0, i - 3) : i]):
            continue  # "Preliminary analysis suggests that ...": an inference, not a proposal
        if (
            phrase[0] in _PARTICIPLES | _ATTRIBUTIVE_REQUESTS
            and i > 0
            and lowers[i - 1] in _ATTRIBUTIVE_BEFORE | {"a", "an"}
        ):
            continue  # "a proposed framework", "the backed candidate": an adjective naming a proposal made elsewhere
        if phrase[0] in _PROPOSAL_NOUNS and _anaphoric_noun(lowers, i):
            continue  # "The proposal was not put to a vote": one already reported
        if phrase[0] in _CALL_NOUNS and i > 0 and lowers[i - 1] in _NOUN_MARKERS:
            continue  # "ignored previous calls for a truce": calls named, none made here
        if phrase[0].endswith("ing") and _REJECTIONS.intersection(lowers[:i]):
            continue  # "vetoed a draft resolution calling for a ceasefire": what was rejected
        if phrase[0] in _OFFER_FORMS and after and (after[0] == "by" or set(after[:3]) & lex.courtesies):
            continue  # "the help offered by X", "offered condolences"
        if phrase[0] == "welcomed" and "but" in after[:5]:
            continue  # "welcomed the idea but said it would need to be studied": a welcome with a reservation
        if phrase[-1] == "to" and after and phrase[-2] in _READY and _attitude(after, 0, lex):
            continue  # "ready to work in a positive spirit": a disposition, no course of action
        if phrase[-1] == "that" and i > 0 and (lowers[i - 1] in lex.prepositions or lowers[i - 1] in _NOUN_DETERMINERS):
            continue  # "a list of demands that it dropped": a noun and its relative clause
        if phrase[0] in lex.request_verbs and len(phrase) == 1 and not _asks_for_action(after):
            continue  # ("pressed for a cut" names its object with the cue's own "for")
        if phrase[0] in lex.request_verbs and after[0] == "not":
            continue  # "a diplomat who asked not to be named": a source's own condition, no course of action
        if phrase[0] in _REQUEST_NOUNS and i > 0 and lowers[i - 1] in _ANAPHORIC_DETERMINERS | {"a", "an", "any"}:
            continue  # "did not respond to a request for comment", "the request would be examined": a noun
        if phrase[0] in _INVITE_FORMS and _invited_to_act(after):
            return i  # "invited President X to pay a state visit": asked to act, as "asked X to" is
        if phrase[0] in lex.support_verbs and len(phrase) == 1:
            if after and after[0] == "by":
                if _backed_proposal(lowers, i, lex):
                    return i  # "The proposal was backed by Chile": the backer supports a course not yet decided
                continue
            if not (after and after[0].endswith("ing")) and not (
                set(after) & (lex.initiative_nouns | lex.proposal_specific)
            ):
                continue
        return i
    if (stated := _stated_proposal(lowers, lex)) is not None:
        return stated
    if (wanted := _wanted_act(lowers, lex)) is not None:
        return wanted
    if (sought := _sought_backing(lowers)) is not None:
        return sought
    if (need := _specific_need(lowers, lex)) is not None:
        return need
    for i, phrase in found.get("proposal_weak", ()):
        rest = set(lowers[i + len(phrase) :])
        if _negated(lowers, i, lex):
            continue
        if phrase == ("importance", "of") and not (i + 2 < len(lowers) and lowers[i + 2].endswith("ing")):
            continue  # "the importance of accelerating X" names an act; "the importance of ties" a value
        if rest & lex.proposal_specific or (phrase in _APPEALS and _appeal_to_act(lowers[i + len(phrase) :], lex)):
            return i
    return None


def _backed_proposal(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'The proposal was backed by ...', 'Ghana's initiative, supported by Togo, ...': a proposal or
    initiative named as the passive subject of a support verb (``i``)."""
    if i < 2 or (lowers[i - 1] not in PASSIVE_AUX and lowers[i - 2] not in PASSIVE_AUX and lowers[i - 1] != ","):
        return False
    return any(w in _PROPOSAL_NOUNS or w in _INITIATIVE_NOUNS or w in lex.statement_nouns for w in lowers[:i])


_ADMISSIONS = frozenset(["admitted", "accepted"])
_INVITE_FORMS = frozenset(["invited", "invites", "invite", "inviting"])
_READY = frozenset(["ready", "willing", "prepared"])
#: (a possessive keeps a demand made now: "repeated its demand that the neighbour withdraw")
_NOUN_DETERMINERS = frozenset(["the", "a", "an", "these", "those", "such"])
_INSTRUCTIONS = frozenset(["directed", "tasked", "mandated"])


def _instructed(after: list[str]) -> bool:
    """'directed officials to conclude ...', 'tasked the secretariat with drafting ...': someone (up to
    five words) told to do a thing, by those who decide."""
    for k, w in enumerate(after[:7]):
        if k and w == "to" and k + 1 < len(after) and after[k + 1] not in _TO_NOUN_PHRASE:
            return True
        if k and w == "with" and k + 1 < len(after) and after[k + 1].endswith("ing"):
            return True
    return False


def _invited_to_act(after: list[str]) -> bool:
    """'invited President X to pay a state visit': an object (up to five words) and then 'to' with
    a verb; 'invited journalists to the ceremony' names a place, not an act."""
    to = next((k for k, w in enumerate(after[:7]) if w == "to"), None)
    return to is not None and to > 0 and to + 1 < len(after) and after[to + 1] not in _TO_NOUN_PHRASE


_OWN_DETERMINERS = frozenset(["my", "our", "his", "her", "their"])


def _stated_proposal(lowers: list[str], lex: Lexicon) -> int | None:
    """'My own suggestion is that we agree the annex now', 'Our proposal is to open a post', 'My
    suggestion to the council is that ...': a speaker stating their own proposal with a copula
    (index of the noun), its addressee possibly between them. Not 'The proposal is that ...'
    (whose?) nor 'Her suggestion was rejected' or 'My suggestion to them was rejected' (no content)."""
    if lex.statement_nouns.isdisjoint(lowers):
        return None  # checked in C
    for i, w in enumerate(lowers):
        if w not in lex.statement_nouns or i + 2 >= len(lowers):
            continue
        det = lowers[i - 2] if i >= 2 and lowers[i - 1] == "own" else (lowers[i - 1] if i else "")
        if det not in _OWN_DETERMINERS:
            continue
        k = i + 1
        if lowers[k] in ("to", "for"):
            # "My suggestion to the member states is to ...": the addressee comes before the copula
            k = next((j for j in range(k + 1, min(len(lowers) - 1, k + 7)) if lowers[j] in ("is", "was")), k)
        if lowers[k] in ("is", "was") and k + 1 < len(lowers) and lowers[k + 1] in ("that", "to"):
            return i
    return None


_SEEK_FORMS = frozenset(["sought", "seeks", "seeking", "seek"])
_BACKING = frozenset(["support", "backing", "endorsement", "help", "assistance", "vote", "votes"])


def _specific_need(lowers: list[str], lex: Lexicon) -> int | None:
    """'We need two more patrol boats on the lake by June', 'We need officers on the ground within 48
    hours': a speaker naming what must be provided (index of "need"), when it is specific (a number,
    a named instrument or a security means), not "We need a better future" nor "We need to talk"."""
    if len(lowers) < 6 or lowers[0] not in ("we", "i") or lowers[1] not in ("need", "want") or lowers[2] == "to":
        return None
    rest = lowers[2:]
    specific = any(w[:1].isdigit() for w in rest) or bool(set(rest) & (lex.proposal_specific | lex.security_words))
    return 1 if specific and not _vague(rest, lex) else None


def _sought_backing(lowers: list[str]) -> int | None:
    """'The Bangladesh side sought Kuwait's support for its candidature': asking another party to back
    a specific bid or course ("for" and what follows), its owner between verb and noun."""
    for i, w in enumerate(lowers):
        if w not in _SEEK_FORMS:
            continue
        k = next((k for k in range(i + 1, min(len(lowers), i + 4)) if lowers[k] in _BACKING), None)
        if k is not None and lowers[k + 1 : k + 2] == ["for"] and len(lowers) - k > 3:
            return i
    return None


_WANT_FORMS = frozenset(["want", "wants", "wanted"])
_CLEFT_VERBS = frozenset(["want", "need", "propose", "suggest", "ask", "demand", "wanted", "needed"])


def _wanted_act(lowers: list[str], lex: Lexicon) -> int | None:
    """A wish that someone else act, a request in all but name (index of the verb of wanting):

    - "The mayor also wants the state to compensate the plants", "Pretoria wanted Maseru to allow
      joint patrols": wanting an object TO do something (not "wants to join", one's own plan);
    - "The mayor wants a separate lane for registered commuters": a thing wanted for someone;
    - "What we need now is an arrangement under which ...", "What I want is simple: let ...": a
      speaker's own wish stated in a pseudo-cleft, with a non-vague content.
    Not negated ("does not want"), not in a relative clause ("Senegal, which wants ...") and not
    under a modal or "to" ("will want to see").
    """
    for i, w in enumerate(lowers):
        if w == "what" and i + 2 < len(lowers) and lowers[i + 1] in _SPEAKERS:
            k = i + 2
            while k < len(lowers) and (lowers[k] in lex.adverbs or lowers[k].endswith("ly")):
                k += 1
            if k + 1 < len(lowers) and lowers[k] in _CLEFT_VERBS:
                j = k + 1
                while j < len(lowers) and (lowers[j] in lex.adverbs or lowers[j].endswith("ly")):
                    j += 1
                if lowers[j : j + 1] in (["is"], ["was"]) and not _vague(lowers[j + 1 :], lex) and len(lowers) - j > 2:
                    return k
            continue
        if w not in _WANT_FORMS or i == 0 or _negated(lowers, i, lex) or _modal(lowers, i, lex):
            continue
        if lowers[i - 1] in _RELATIVES or lowers[i - 1] in _SPEAKERS or lowers[i + 1 : i + 2] in (["to"], []):
            continue  # a relative clause, a first-person wish (a weak cue of its own), one's own plan
        if lowers[i + 1] in ("a", "an") and "for" in lowers[i + 3 : i + 6] and len(lowers) - i > 5:
            return i  # "The mayor wants a separate lane for registered commuters": a thing asked for someone
        to = next((k for k in range(i + 2, min(len(lowers), i + 8)) if lowers[k] == "to"), None)
        if to is None or to + 2 >= len(lowers) or lowers[to + 1] in _TO_NOUN_PHRASE:
            continue
        if any(lowers[k] in lex.stopwords and lowers[k] not in _TO_NOUN_PHRASE for k in range(i + 1, to)):
            continue  # the object must be a plain noun phrase ("the state", "Lesotho", "both navies")
        if not _attitude(lowers, to + 1, lex) and not _vague(lowers[to + 1 :], lex):
            return i
    return None


_APPEALS = frozenset(
    [
        *(("called", "on"), ("calls", "on"), ("calling", "on"), ("call", "on")),
        *(("appealed", "to"), ("appeals", "to"), ("appeal", "to")),
    ]
)


def _appeal_to_act(rest: list[str], lex: Lexicon) -> bool:
    """'called on Maduro to publish the records': someone asked to take a non-vague action; a second
    infinitive coordinated with the first ("to keep calm and to compensate exporters") counts too."""
    to = next((k for k, w in enumerate(rest[:10]) if w == "to"), None)
    if to is None or to + 2 >= len(rest):
        return False
    if not _attitude(rest, to + 1, lex) and not _vague(rest[to + 1 :], lex):
        return True
    # "called on both governments to keep trade out of it and to compensate exporters": a second,
    # coordinated act can be the specific one
    return any(
        rest[k - 1] == "and" and rest[k] == "to" and k + 2 < len(rest) and not _attitude(rest, k + 1, lex)
        for k in range(to + 2, min(len(rest), to + 25))
    )


#: Particles that make "take" an act ("take over command", "take part in patrols", "take back the
#: islet"), not a frame of mind ("take into account", "take note").
_TAKE_ACTS = frozenset(["over", "part", "charge", "command", "control", "back"])


def _attitude(words: list[str], k: int, lex: Lexicon) -> bool:
    """The verb at ``k`` asks for a frame of mind ("respect", "take into account"), not a course of action."""
    if words[k] not in lex.attitudes:
        return False
    return not (words[k] == "take" and words[k + 1 : k + 2] and words[k + 1] in _TAKE_ACTS)


_PROPOSAL_NOUNS = frozenset(["proposal", "proposals"])
_REQUEST_NOUNS = frozenset(["request", "requests"])
_CALL_NOUNS = frozenset(["calls", "call", "appeals"])
# Words before "calls for" that make it a noun naming calls made elsewhere ("ignored previous
# calls for a truce"); a possessive or "renewed" keeps it a call made now ("renewed its calls for").
_NOUN_MARKERS = frozenset(
    [
        *("the", "previous", "earlier", "past", "many", "several", "numerous"),
        *("growing", "mounting", "international", "these", "such", "recent"),
    ]
)
_REJECTIONS = frozenset(["vetoed", "rejected", "blocked", "opposed", "dismissed", "refused"])
_OFFER_FORMS = frozenset(["offered", "offering", "offers", "offer"])
_ANAPHORIC_DETERMINERS = frozenset(["the", "this", "that", "these", "those", "such"])
_NOUN_COMPLEMENT = frozenset(["to", "by", "of", "from", "for", "on", "that", "put", "made", "submitted"])


def _anaphoric_noun(lowers: list[str], i: int) -> bool:
    """'The proposal was ...', 'this proposal': a proposal named before, not a new one."""
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    return i > 0 and lowers[i - 1] in _ANAPHORIC_DETERMINERS and nxt not in _NOUN_COMPLEMENT


_QUESTION_WORDS = frozenset(["about", "whether", "if", "how", "what", "why", "when", "who", "where", "which"])


def _asks_for_action(after: list[str]) -> bool:
    """'asked allies for interceptors', 'requested the Chairperson to appoint': asked TO do or FOR a thing."""
    if len(after) < 2 or after[0] in _QUESTION_WORDS or after[0] == "by":
        return False
    if after[0] == "that" and len(after) >= 4 and after[1] not in ("question", "questions"):
        return True  # "asked that local firms get first call": a request in the subjunctive
    return "to" in after or "for" in after


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PARTICIPLES


_IRREGULAR_PARTICIPLES = frozenset(
    ["set", "held", "made", "built", "given", "taken", "put", "brought", "paid", "sent", "sought", "met", "laid", "led"]
)
_COPULAS = frozenset(["be", "become", "remain", "stay", "continue", "have", "seem", "prove"])


def _reporting_frame(text: str, toks: list[Token], lowers: list[str], cue: int, lex: Lexicon) -> int | None:
    """'X said Oman was ready to host ...': the reporting verb before a proposal cue, outside quotations.

    Only "said"-type verbs that open indirect speech (not "stressed the need to", itself a cue).
    """
    for r in range(1, cue):
        if lowers[r] not in lex.reporting_verbs or toks[r].is_capitalised or inside_quote(text, toks[r]):
            continue  # a capitalised "Said" is a name
        between = text[toks[r].end : toks[cue].start]
        if "," not in between or _THAT_CLAUSE.match(between.rsplit(",", 1)[1]):
            return r  # "X said A, and that B should ...": both clauses are X's
    return None


_THAT_CLAUSE = re.compile(r"\s*(?:and|but|adding)\s+that\b")


def reported_proposal(text: str, toks: list[Token], lowers: list[str], lex: Lexicon) -> tuple[int, int | None] | None:
    """A proposal carried by a modal in reported speech: (modal index, reporting-verb index or None).

    - indirect speech: "X said (that) Y should/must VERB ..." and offers "X said Y would/could
      finance|host|contribute ..." (the reporting verb's subject is the proposer);
    - a quotation: '"Member states should now make full use of ...," said X' (its speaker).
    Not: negated modals ("would not accept"), modals of anything else ("would allow", "would
    discuss"), a vague object ("we must strengthen cooperation"), or a modal with no reporter
    ("It must still be ratified").
    """
    words = set(lowers)
    if words.isdisjoint(lex.proposal_modals) and words.isdisjoint(lex.offer_modals):
        return None
    frame = next(
        (
            r
            for r, w in enumerate(lowers)
            if w in lex.reporting_verbs and r > 0 and not toks[r].is_capitalised and not inside_quote(text, toks[r])
        ),
        None,
    )
    for m, w in enumerate(lowers):
        if w not in lex.proposal_modals and w not in lex.offer_modals:
            continue
        if m > 0 and lowers[m - 1] in ("so", "neither", "nor"):
            continue  # "..., so should the responsibility": an ellipsis comparing, not a proposal
        quoted = inside_quote(text, toks[m])
        spoken = m > 0 and lowers[m - 1] in _SPEAKERS  # "We must create ...": a statement's own voice
        if not quoted and not spoken and (frame is None or frame > m):
            continue
        k = m + 1
        while k < len(lowers) and (lowers[k] in lex.adverbs or lowers[k].endswith("ly")):
            k += 1
        if k >= len(lowers) or lowers[k] in lex.negations or (lowers[k] == "to" and w != "ought"):
            continue
        if w == "ought":
            k += 1
        if w in lex.proposal_modals:
            if lowers[k] == "be" and k + 1 < len(lowers) and _participle(lowers[k + 1]):
                k += 1  # "should be settled": a passive action, not a state
            predicted = lowers[k] in lex.prediction_verbs and not spoken  # "we must create" is no forecast
            expectation = lowers[k] in _COPULAS or predicted or _attitude(lowers, k, lex)
            if not expectation and not _vague(lowers[k:], lex) and len(lowers) - k >= 2:
                return m, None if quoted or spoken else frame
        elif not quoted and lowers[k] in lex.offer_verbs:
            asking = lowers[k] in lex.request_verbs or lowers[k] in _PUSH_VERBS
            if asking and not _asks_for_action(lowers[k + 1 : k + 9]):
                continue  # "would ask about the delays", "would push farmers into debt": no request
            return m, None if spoken else frame
    return None


_COUNTERFACTUAL = frozenset(["would", "could", "might"])
_PUSH_VERBS = frozenset(["push", "press", "urge", "seek"])
_SPEAKERS = frozenset(["we", "i"])
_PARTICIPLES = frozenset(["proposed", "put", "suggested", "initiated", "offered", "backed", "supported", "recommended"])
#: Request participles that are adjectives after a determiner ("the requested documents", "the petitioned ministry").
_ATTRIBUTIVE_REQUESTS = frozenset(["requested", "asked", "petitioned"])
_LOCATIVE = frozenset(["at", "in", "on", "during", "earlier", "previously", "last", "before", "over"])


def _reduced_relative(lowers: list[str], i: int, phrase: tuple[str, ...], lex: Lexicon) -> bool:
    """'initiatives put forward at the UN': a participle describing a noun, reporting no new proposal."""
    if phrase[0] not in _PARTICIPLES or i == 0:
        return False
    prev = lowers[i - 1]
    nxt = lowers[i + len(phrase)] if i + len(phrase) < len(lowers) else ""
    return prev.isalpha() and prev not in lex.not_nouns and not prev.endswith("ly") and nxt in _LOCATIVE


def _vague(rest: list[str], lex: Lexicon) -> bool:
    """'called for peace, stability and closer cooperation': an object made only of general aims."""
    content = [w for w in rest[:10] if w not in lex.stopwords and len(w) > 2]
    return bool(content) and all(w in lex.vague for w in content)


def _habitual(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'has consistently called for': a standing position, not a proposal made now."""
    return any(w in lex.habitual for w in lowers[max(0, i - 3) : i])


def is_security(text: str, toks: list[Token], lowers: list[str], lex: Lexicon, found: Matches | None = None) -> bool:
    """True when a security matter is a subject of the sentence (see module docstring)."""
    found = lex.cues.scan(lowers) if found is None else found
    # None of the words either loop below looks for is present (most sentences): checked in C.
    scan_words = not (
        "-" not in text
        and "security" not in lowers
        and lex.border_words.isdisjoint(lowers)
        and lex.combat_words.isdisjoint(lowers)
    )
    monitors = not lex.monitor_nouns.isdisjoint(lowers)  # observers sent somewhere (_monitors_sent)
    exercise = not lex.exercise_nouns.isdisjoint(lowers)  # a military exercise (_named_exercise)
    defended = not lex.defence_verbs.isdisjoint(lowers)  # territory defended (_territory_defended)
    forces = not lex.state_forces.isdisjoint(lowers)  # a state's forces (_state_forces)
    if not (scan_words or monitors or exercise or defended or forces) and "security_terms" not in found:
        return False
    blocked = {k for i, phrase in found.get("security_not_terms", ()) for k in range(i, i + len(phrase))}
    # ", a military spokesman said.": who speaks in a closing source frame is not what the sentence is about.
    blocked.update(range(_closing_frame(text, toks, lex), len(toks)))
    for i, phrase in found.get("security_terms", ()):
        # A modifier changes a word ("energy security", "trade war"), not a named phrase of its own
        # ("the Information Fusion Centre"), unless the phrase is a "security ..." one ("energy security cooperation").
        modifiable = len(phrase) == 1 or phrase[0] == "security"
        if i in blocked or (modifiable and i > 0 and lowers[i - 1] in lex.security_not_after):
            continue
        if i > 0 and lowers[i - 1] == "than":
            continue  # "more pressing concerns than policing": the standard of a comparison, not the subject
        if _names_actor(lowers, i + len(phrase), lex, text, toks) or _office_of(lowers, i):
            continue  # "Defence Minister X", "NATO leaders": who acts, not what the sentence is about
        if phrase in _FIELD_NAMES and _in_field_list(text, toks, i):
            continue  # "cooperation in investment, energy and defence": one field among others
        return True
    if monitors and _monitors_sent(lowers, lex):
        return True
    if exercise and _named_exercise(toks, lowers, lex):
        return True
    if defended and _territory_defended(lowers, lex):
        return True
    if forces and _state_forces(toks, lowers, lex):
        return True
    if not scan_words:
        return False
    for i, low in enumerate(lowers):
        if low == "security":
            if i in blocked or (i > 0 and lowers[i - 1] in lex.security_not_after):
                continue
            if _in_field_list(text, toks, i) or _names_actor(lowers, i + 1, lex, text, toks) or _office_of(lowers, i):
                continue
            return True
        if "-" in low and i not in blocked and any(part in lex.security_words for part in low.split("-")):
            return True  # "counter-drone", "brigade-level"
        if low in lex.border_words and _territorial_border(lowers, i, lex):
            return True
        if low in lex.combat_words and _combat(lowers, i, lex):
            return True
    return False


def _state_forces(toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> bool:
    """'Israeli forces pulled back from three positions', 'Colombia's forces': a state's forces, named by a
    capitalised demonym or country name right before the noun. Not 'market forces', 'labour forces'."""
    for i, w in enumerate(lowers):
        if w not in lex.state_forces or i == 0 or not toks[i - 1].is_capitalised:
            continue
        before = lowers[i - 1].removesuffix("'s").removesuffix("’s")
        if country_at([before], 0) is not None:
            return True
    return False


_OBJECT_OPENERS = frozenset(["the", "its", "their", "our", "his", "her", "your", "own", "a", "an"])


def _territory_defended(lowers: list[str], lex: Lexicon) -> bool:
    """'its right to defend its islands', 'troops defending the northern border': a defence verb whose
    object is a state's territory (`defended_places`), after at most determiners, owners' words and a
    compass adjective. Not 'defend the country's interests' (the territory only owns the object),
    'defended the budget', 'defend the rights of workers'."""
    for i, w in enumerate(lowers):
        if w not in lex.defence_verbs:
            continue
        for j in range(i + 1, min(len(lowers), i + 5)):
            if lowers[j] in lex.defended_places:
                return True
            opener = lowers[j] in _OBJECT_OPENERS or lowers[j].endswith("ern")
            if not opener or lowers[j].endswith(("'s", "’s")):
                break
    return False


_EXERCISE_COMPLEMENTS = frozenset(["of"])


def _named_exercise(toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> bool:
    """'their annual Freedom Shield exercise', 'a combined exercise off the coast': an exercise named or
    of a military kind (`exercise_kinds`) just before the noun. Not the verbal noun with its complement
    ('the joint exercise of sovereignty', 'an exercise in patience'), nor a civil kind ('a search-and-rescue
    exercise', 'a census exercise'), nor a capital that only opens the sentence."""
    for i, w in enumerate(lowers):
        if w not in lex.exercise_nouns or i == 0 or _EXERCISE_COMPLEMENTS.intersection(lowers[i + 1 : i + 2]):
            continue
        named = i > 1 and toks[i - 1].is_capitalised  # a name, not the capital that opens the sentence
        if named or lowers[i - 1] in lex.exercise_kinds:
            return True
    return False


def _monitors_sent(lowers: list[str], lex: Lexicon) -> bool:
    """'should send a small team of observers to the island', 'to station observers on the Sarstoon':
    monitors sent to a place watch a disputed line or a ceasefire, unless the sentence gives them a
    civil mission ("observers for the elections", "before refugees return")."""
    if lex.monitor_nouns.isdisjoint(lowers) or not lex.civil_missions.isdisjoint(lowers):
        return False
    sent = lex.monitor_verbs
    return any(w in lex.monitor_nouns and sent.intersection(lowers[max(0, j - 6) : j]) for j, w in enumerate(lowers))


def _combat(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'renewed fighting', 'fighting in the north': the fighting itself, not 'fighting corruption'."""
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    return nxt in _AFTER_FIGHTING and (i == 0 or lowers[i - 1] in lex.combat_before)


_AFTER_FIGHTING = frozenset(
    [
        *("", "in", "on", "at", "near", "around", "along", "between", "and", "has", "have", "had", "is", "was"),
        *("broke", "erupted", "resumed", "continued", "flared", "intensified", "raged", "spread", "killed"),
        *("displaced", "forced", "left"),
    ]
)


_DISTANCES = frozenset(["kilometres", "kilometers", "km", "miles", "metres", "meters", "m", "yards"])
_DIRECTIONS = frozenset(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "near"])


def _territorial_border(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'a stretch of their border', 'border guards': the border as territory or a security body (see lexicon)."""
    if i + 1 < len(lowers) and lex.border_heads.match_at(lowers, i + 1) is not None:
        return True
    if i > 1 and lowers[i - 2] in ("across", "over", "through", "at"):
        return False  # "goods move across the border", "queues at the border": movement, not the territory
    if i > 2 and lowers[i - 2] in ("of", "from") and lowers[i - 3] in _DISTANCES:
        return False  # "people living within 50 kilometres of the border": a distance, a place reference
    if i > 0 and lowers[i - 1] in lex.border_kinds and not lowers[i].endswith("s"):
        return True  # "where the maritime boundary lies", "a disputed frontier"
    if any(lowers[k] in lex.border_acts for k in range(max(0, i - 3), i)):
        return True  # "to survey the boundary", "demarcated the border"
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    ends_phrase = not nxt or nxt in lex.prepositions or nxt in lex.stopwords or nxt in _DIRECTIONS or not nxt.isalpha()
    return i > 0 and lowers[i - 1] in lex.border_determiners and ends_phrase


_FIELD_NAMES = frozenset([("defence",), ("defense",)])
#: Heads that follow a term only in the same phrase ("defence officials said", "the army delegation",
#: "the Foreign and Defense Ministerial Meeting"): "any regional deployment, officials in Maputo said"
#: ends the term's phrase before the source frame.
_ADJACENT_HEADS = frozenset(["official", "officials", "delegation", "delegations", "ministerial"])
_ACTOR_HEADS = frozenset(["leaders", "leader", "members", "member", "chiefs", "chief", "spokesman", "spokeswoman"])
_ACTOR_HEADS = _ACTOR_HEADS | _ADJACENT_HEADS


def _closing_frame(text: str, toks: list[Token], lex: Lexicon) -> int:
    """Index of the first token of a closing source frame (', a police officer told reporters.'),
    at most eight words after the last comma with a reporting verb among them; else len(toks)."""
    comma = text.rfind(",")
    if comma < 0:
        return len(toks)
    first = next((k for k, t in enumerate(toks) if t.start > comma), len(toks))
    tail = toks[first:]
    if not tail or len(tail) > 8 or not {t.lower for t in tail} & lex.reporting_verbs:
        return len(toks)
    verb = max(k for k, t in enumerate(tail) if t.lower in lex.reporting_verbs)
    if len(tail) - verb - 1 > 4 and tail[verb].lower not in ("told", "according"):
        return len(toks)  # ", Omar Touray, announced the deployment of a standby force": an act, not a frame
    return first


def _names_actor(lowers: list[str], k: int, lex: Lexicon, text: str = "", toks: Sequence[Token] | None = None) -> bool:
    """True when the word after a security term makes it part of a title or collective name."""
    if k >= len(lowers):
        return False
    nxt = lowers[k]
    if nxt in _ADJACENT_HEADS and toks is not None and text[toks[k - 1].end : toks[k].start].strip():
        return False  # punctuation between: the term's phrase ended before this word
    return nxt in _ACTOR_HEADS or (nxt in lex.title_words and nxt not in _NOT_TITLE_HEADS)


#: A person's office named "of" a field ("the Secretary of National Defense", "Minister of Defence").
#: A ministry is a body whose own acts are the field's ("leased hangars to the Ministry of Defence").
_OFFICES = frozenset(["minister", "ministers", "secretary", "secretaries"])


def _office_of(lowers: list[str], i: int) -> bool:
    """'the Secretary of National Defense', 'Minister of Defence': the field names a person's office,
    who acts, not what the sentence is about."""
    j = i - 1
    if j >= 0 and lowers[j] in ("national", "state", "homeland", "public"):
        j -= 1
    return j >= 1 and lowers[j] == "of" and lowers[j - 1] in _OFFICES


_NOT_TITLE_HEADS = frozenset(["of", "the", "state", "head", "heads", "general", "representative", "chair"])


_LISTING = frozenset(["including", "areas", "fields", "spheres", "sectors", "such", "as", "like", "namely"])


def _in_field_list(text: str, toks: list[Token], i: int) -> bool:
    """'politics, security and energy': a bare field name coordinated with other fields.

    The word itself must stand in the coordination (a comma, 'and' or 'or' right beside it),
    and the stretch around it must hold at least two joints.
    """
    tok = toks[i]
    before = text[: tok.start].rstrip()
    after = text[tok.end :].lstrip()
    beside = (
        before.endswith(",")
        or after.startswith(",")
        or (i > 0 and toks[i - 1].lower in ("and", "or"))
        or (i + 1 < len(toks) and toks[i + 1].lower in ("and", "or"))
    )
    listing = any(w in _LISTING for w in (t.lower for t in toks[max(0, i - 3) : i]))
    if not (beside or listing):
        return False
    window = text[max(0, tok.start - 45) : tok.end + 45]
    joints = window.count(",") + len(re.findall(r"\b(?:and|or)\b", window))
    return joints >= 2


_EVIDENTIAL = frozenset(["understood", "said", "believed", "reported", "thought", "known", "reportedly"])
_OPEN_QUESTION = frozenset(["whether", "unless"])


def _modal(lowers: list[str], i: int, lex: Lexicon) -> bool:
    if _OPEN_QUESTION.intersection(lowers[max(0, i - 4) : i]):
        return True  # "It remains unclear whether the deal was signed": an open question
    j = i - 1
    steps = 0
    while j >= 0 and steps < 3:
        w = lowers[j]
        if w == "to" and j > 0 and lowers[j - 1] in _EVIDENTIAL and lowers[j + 1 : j + 2] == ["have"]:
            return False  # "are understood to have agreed": a completed act, reported at second hand
        if w in lex.modal_blockers:
            return True
        if w not in PASSIVE_AUX and w not in lex.adverbs and w not in ("not", "n't") and not w.endswith("ly"):
            return False
        j -= 1
        steps += 1
    return False


_PRESENT_AUX = (("is",), ("are",), ("has", "been"), ("have", "been"))


def _condition_clause(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """An act in the present tense ("is signed", "has been ratified") inside a clause of condition
    or time to come ("until a separate deal is signed", "once the text has been ratified",
    "whatever is agreed"): English puts what is still to happen in such clauses in the present, so
    nothing is reported done. A past act there ("after the law was passed") is not caught here."""
    for aux in _PRESENT_AUX:
        start = i - len(aux)
        if start >= 0 and tuple(lowers[start:i]) == aux:
            return bool(lex.condition_subordinators.intersection(lowers[max(0, start - 8) : start]))
    return False


def _negated(lowers: list[str], i: int, lex: Lexicon) -> bool:
    return any(w in lex.negations for w in lowers[max(0, i - 3) : i])


def _has_object(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """The object a weak act needs: after the verb in its own clause, which a 'to'-infinitive of
    purpose ends ("lifted 300 kilograms to win the title" lifted no title); before it only as the
    subject of a passive ("the sanctions were lifted") or the noun a participle follows ("the ban
    imposed in May"). The active subject is not the object ("The chairmanship confirmed that ...")."""
    after: list[str] = []
    for k in range(i + 1, min(len(lowers), i + 16)):
        infinitive = k + 1 < len(lowers) and lowers[k + 1] not in _TO_NOUN_PHRASE and not lowers[k + 1][:1].isdigit()
        if lowers[k] == "to" and infinitive:
            break
        after.append(lowers[k])
    if any(w in lex.decision_objects for w in after):
        return True
    prev = lowers[max(0, i - 2) : i]
    if PASSIVE_AUX.intersection(prev):
        return any(w in lex.decision_objects for w in lowers[max(0, i - 12) : i])
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    return bool(prev) and prev[-1] in lex.decision_objects and nxt in _AFTER_PARTICIPLE


#: What follows a participle that modifies the noun before it ("the ban imposed in May", "the
#: sanctions lifted last year"), unlike an active verb with its object ("the chairmanship confirmed that").
_AFTER_PARTICIPLE = frozenset(["", "by", "in", "on", "at", "last", "earlier", "after", "since", "under", "during"])


#: Determiners after which "to" is a preposition ("to other countries"), not an infinitive.
_TO_NOUN_PHRASE = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
        "all",
        "each",
        "every",
        "both",
        "other",
        "another",
        "some",
        "any",
    ]
)


def _actor(
    text: str,
    toks: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    cue: int,
    memory: ActorMemory,
    lex: Lexicon,
    *,
    passive_ok: bool,
    nominal: bool = False,
    later: Callable[[], str | None] | None = None,
    frame: int | None = None,
) -> str | None:
    """Who decided or proposed (see module docstring for the order of the rules).

    ``frame`` is the reporting verb of a proposal made in indirect speech ("Lula said Brazil
    would finance ..."): its subject, not the clause's, is the proposer.
    """
    resolved = _resolve_in_order(mentions, memory)
    last_person = memory.display(memory.last_person) if memory.last_person else None
    if inside_quote(text, toks[cue]):
        # Whatever a quotation proposes ("we propose", "Kazakhstan thinks it possible") is its speaker's.
        speaker = quote_speaker(text, toks, mentions, lex.reporting_verbs)
        if speaker is not None:
            return resolved[id(speaker)]
        # A quotation running on into the next sentences is attributed where it closes.
        named_later = later() if later is not None and quote_open_at_end(text) else None
        if named_later or last_person:
            return named_later or last_person
    if not nominal and (me := _first_person(text, toks, lowers, cue, memory)) is not None:
        return me
    if nominal and lowers[cue] in lex.welcome_verbs:
        # "welcomed the European Union's decision to extend ...": the owner of the decision took it,
        # not whoever welcomes it; "the decision of the Council" names it after the noun.
        at = next((k for k in range(cue + 1, min(len(lowers), cue + 8)) if lowers[k] in _DECISION_NOUNS), None)
        if at is not None:
            owner = next((m for m in mentions if cue < m.start and at - 1 <= m.end <= at), None)
            owner = owner or next((m for m in mentions if m.prep == "of" and at < m.start <= at + 3), None)
            if owner is not None:
                return resolved.get(id(owner)) or owner.name
            if at > cue + 1 and lowers[at - 1].endswith("'s") and toks[at - 1].is_capitalised:
                return toks[at - 1].text.removesuffix("'s").removesuffix("’s")  # "hailed the AU's decision"
    bloc = _on_behalf_of(text, toks, lowers, mentions, cue, resolved)
    if bloc is not None:
        # "Speaking for the Alliance of Small Island States, Samoa's negotiator called for ...": the bloc
        return bloc
    apposed = _apposed_agent(text, toks, lowers, mentions, cue, resolved, lex)
    if apposed is not None:
        # "The draft, drawn up by Chile and Peru, calls for ...": the makers act through what they made.
        return apposed
    reporter = next((m for m in reversed(mentions) if frame is not None and m.end <= frame and m.prep is None), None)
    if frame is not None and lowers[cue].endswith("ed") and (reporter is None or reporter.kind == "group"):
        # "Two diplomats said Togo had proposed X": sources report another's past act, which keeps
        # its own subject ("Minister X said Pretoria supported ..." stays the minister's, for his state).
        clause = [m for m in mentions if frame < m.start and m.end <= cue and m.prep is None]
        own = next((m for m in clause if cue - m.end <= 2), None)
        if own is not None and resolved[id(own)]:
            return resolved[id(own)]
        if own is None and (said := _bare_subject(text, toks, lowers, mentions, cue, lex)) is not None:
            return said  # "One of the diplomats said the army had asked ...": the reported clause's subject
    if frame is not None:
        before = [m for m in mentions if m.end <= frame and m.prep is None]
        speaker = next((m for m in reversed(before) if not _in_aside(text, toks, m, frame)), None)
        if speaker is not None and resolved[id(speaker)]:
            return resolved[id(speaker)]
        if speaker is None and (placed := _placed_plural(text, toks, lowers, mentions, frame, lex)) is not None:
            return placed  # "Opposition councillors in Lezhë say the camp should ...": they propose
    if lowers[cue] in _PROPOSAL_NOUNS | _INITIATIVE_NOUNS:
        # "a proposal by Romania and Bulgaria", "Uzbekistan's initiative": the noun's agent or owner.
        by_whom = next((m for m in mentions if m.prep in ("by", "from") and cue < m.start <= cue + 3), None)
        source = by_whom or _possessor_or_parties(toks, lowers, mentions, cue, parties=False)
        if source is not None:
            return resolved.get(id(source)) or source.name
    if lowers[cue] in _WITNESS_VERBS and _CEREMONY.intersection(lowers[cue + 1 : cue + 4]):
        # "attended the signing of a declaration by Thailand and Cambodia": the signatories.
        parties = next((m for m in mentions if m.start > cue and m.prep in ("by", "between")), None)
        if parties is not None:
            return resolved[id(parties)]
    bare = _bare_subject(text, toks, lowers, mentions, cue, lex)
    if bare is not None and (lowers[cue].endswith("ed") or _trailing_reporter(text, toks, mentions, cue, lex) is None):
        # "Beijing has instead proposed ...", "The organisers have asked ...": a subject no rule names
        # (a capital for its government, a body by its common noun) is still the one who acts, as written.
        return bare
    # the verb of the subject: the cue, or a reporting verb before it ("councillors in Lezhë say X should")
    say = next((r for r in range(1, cue) if lowers[r] in lex.reporting_verbs or lowers[r] in _PLURAL_SAYING), cue)
    placed = _placed_plural(text, toks, lowers, mentions, say, lex)
    if placed is not None:
        # "Courts in Rome repeatedly ordered ...": a plural common noun placed by its town is the subject
        # as written, not a person named earlier.
        return placed
    if not passive_ok:
        # "Kazakhstan is ready to supply grain, Tokayev said": an offer in indirect speech is the speaker's.
        reporter = _trailing_reporter(text, toks, mentions, cue, lex)
        own = _own_person_subject(lowers, mentions, cue, lex) if reporter is not None else None
        if own is not None and resolved.get(id(own)):
            # "Takaichi invited Lee to visit Tokyo, the spokesperson said": a person who did the act
            # named before its verb is its subject; the closing frame only says who told of it.
            return resolved[id(own)]
        if reporter is not None:
            return resolved[id(reporter)]
        if lowers[cue].endswith("ed") and _after_auxiliary(lowers, cue, lex):
            # "Member states are invited to contribute": the invited are not the proposer.
            agent = _agent(text, toks, lowers, mentions, cue, resolved, lex)
            return agent or memory.last_body or memory.last_group or memory.organisation
    if nominal:
        # "welcome the decision of the Council ... to establish": the body named after the noun
        of_whom = next((m for m in mentions if m.prep == "of" and cue < m.start <= cue + 5), None)
        if of_whom is not None and lowers[cue + 2 : cue + 3] == ["decision"]:
            return resolved.get(id(of_whom)) or of_whom.name
        owner = _possessor_or_parties(toks, lowers, mentions, cue)
        if owner is not None:
            return resolved.get(id(owner)) or owner.name
    # "the package approved by X": a participle right before "by" is a passive without its auxiliary
    passive = _after_auxiliary(lowers, cue, lex) or (lowers[cue].endswith("ed") and lowers[cue + 1 : cue + 2] == ["by"])
    if passive_ok and not passive and _participle_after_noun(lowers, cue, lex):
        # "an agreement reached in Tripoli by a joint committee": a reduced relative names the noun's makers.
        agent = _agent(text, toks, lowers, mentions, cue + 1, resolved, lex)
        if agent is not None:
            return agent
    if passive_ok and (lowers[cue] in PASSIVE_AUX or lowers[cue] == "it" or passive):
        agent = _agent(text, toks, lowers, mentions, cue, resolved, lex)
        if agent is not None:
            return agent
        # "A memorandum was signed between Chile and Peru": the parties named after the act.
        parties = next((m for m in mentions if m.start > cue and m.prep == "between" and m.plural), None)
        if parties is not None:
            return resolved[id(parties)]
        if lowers[cue] in _ADMISSIONS:
            # "Somalia was admitted to the EAC", "was accepted as a member of ASEAN": the body admits.
            into = next((m for m in mentions if cue < m.start <= cue + 8 and m.prep in ("to", "into", "of")), None)
            if into is not None and into.kind in ("acronym", "body", "group"):
                return resolved.get(id(into)) or into.name
        witnessed = "presence" in lowers[cue : cue + 8] or _PRESENCE_OPENING.match(text) is not None
        states = memory.leaders_states()
        if (lowers[0] == "it" or witnessed) and states and (witnessed or "(" in (memory.last_group or "(")):
            # "In the presence of the leaders, the following documents were signed", "It was agreed to
            # ...": the states whose leaders met are the sides (the usage of joint statements), not the
            # leaders who watched; shown as "the sides (Uzbekistan and Azerbaijan)".
            return f"the sides ({states})"
        # "A fund was also set up": with no agent, "also" continues the last decision's actor.
        if "also" in lowers[max(0, cue - 3) : cue] and memory.last_actor:
            return memory.last_actor
        # "Sanctions have been lifted, the Treasury said": the body that announces its own act
        announcer = _closing_body(text, toks, mentions, cue, lex)
        if announcer is not None:
            return resolved.get(id(announcer)) or announcer.name
        # "were signed in the presence of the Ministers"
        if (lowers[0] == "it" or witnessed) and memory.last_group and "(" not in memory.last_group:
            # "It was agreed to ...": the usage of joint statements, where the sides agreed.
            return f"the sides ({memory.last_group})"
        return memory.last_group or memory.last_body or last_person
    # "after the assembly voted to ...": a noun right before the verb is its clause's subject, even
    # behind a word that is a conjunction there (after, before, since, until, once, as).
    candidates = [
        m
        for m in mentions
        if m.end <= cue
        and (m.prep is None or (m.prep in _CONJUNCTIONS and cue - m.end <= 1))
        and not inside_quote(text, toks[m.start])
    ]
    candidates = [m for m in candidates if not _in_aside(text, toks, m, cue)]
    if cue > 1 and lowers[cue - 1] == "and" and candidates:
        # "the leaders condemned Russian strikes and announced sanctions": a second verb shares the
        # first one's subject, not a noun of the first verb's object.
        first = next((k for k in range(candidates[0].end, cue - 1) if lowers[k].endswith("ed")), None)
        if first is not None:
            candidates = [m for m in candidates if m.end <= first] or candidates
    opening = _participial_opening(text, toks, lowers, cue)
    if opening is not None:
        after = [m for m in mentions if m.start >= opening and m.prep is None]
        if after:
            return resolved[id(after[0])]
    if candidates and resolved[id(candidates[-1])]:
        last = candidates[-1]
        if len(candidates) >= 2 and last.kind in ("group", "body", "country", "countries", "acronym"):
            prior = candidates[-2]
            gap = text[toks[prior.end - 1].end : toks[last.start].start].strip().removesuffix(" the")
            if gap in ("and", ", and") and prior.kind in ("group", "body", "country", "countries", "acronym"):
                # "Poland and the Baltic states backed ...": two kinds of actor joined, both act
                return f"{resolved[id(prior)] or prior.name} and {resolved[id(last)]}"
        return resolved[id(last)]
    if _document_subject(lowers, cue, lex):
        # "The protocol, signed by A and B, sets out ...": the signatories of the document.
        signed = next((m for m in mentions if m.prep == "by" and m.end <= cue and resolved.get(id(m))), None)
        if signed is not None:
            return resolved[id(signed)]
        # "The statement called for ...": a document acts for the parties that issued it.
        return memory.last_group or memory.last_body or memory.organisation or last_person
    if passive_ok:
        return memory.last_group or memory.last_body or last_person
    return last_person or memory.last_group or memory.last_body


#: Auxiliaries and modals an active verb may follow in its subject's clause (not the passive "was", "were").
_ACTIVE_AUX = frozenset(["has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might"])
_ACTIVE_AUX = _ACTIVE_AUX | {"must", "did", "does", "do"}
_NOT_SUBJECT_HEADS = frozenset(["it", "this", "that", "these", "those", "there", "which", "who", "what", "one"])
_NOT_SUBJECT_HEADS |= frozenset(["i", "you", "me"])  # the first and second person name nobody by themselves


def _bare_subject(
    text: str, toks: list[Token], lowers: list[str], mentions: list[Mention], cue: int, lex: Lexicon
) -> str | None:
    """The noun phrase opening the cue's clause when no mention names it, as written, or None.

    The phrase is a run of up to three capitalised words ("Beijing", "the Ombudsman's Office") or
    "the" and one or two lower-case words ("the plenary", "the organisers"), at the start of the
    sentence or after a comma or colon, followed only by active auxiliaries and adverbs before the
    cue. Pronouns, documents ("The treaty allows ...") and passives ("was signed") are not.
    """
    j = cue - 1
    while j >= 0 and (lowers[j] in _ACTIVE_AUX or lowers[j] in lex.adverbs or lowers[j] in ("instead", "jointly")):
        j -= 1
    if j >= 0 and (k := _time_before(toks, lowers, j, lex)) < j:
        j = k  # "The council on Thursday voted": a phrase of time between subject and verb
    while j >= 0 and (lowers[j] in _ACTIVE_AUX or lowers[j] in lex.adverbs):
        j -= 1
    if j < 0 or (j == cue - 1 and not lowers[cue].endswith("ed") and not _present_verb(lowers, cue)):
        return None  # no subject, or a bare form that may be a noun ("the state offer")
    end = j + 1
    if not _adjacent(toks, end):
        return None  # "Furthermore, decisions were taken": a comma parts the word from the verb
    start = end
    capitals = 0
    while start > 0 and capitals < 3 and toks[start - 1].is_capitalised and (start == end or _adjacent(toks, start)):
        start -= 1
        capitals += 1
    if capitals and start > 0 and lowers[start - 1] == "the" and _adjacent(toks, start):
        start -= 1
    if capitals and start > 1 and lowers[start - 1] in ("in", "of") and toks[start - 2].text.islower():
        # "The regional assembly in Kaunas has asked": a common-noun body placed by its town
        head = _common_subject_start(toks, lowers, start - 1, lex)
        if head is None:
            return None
        start = head
    if not capitals:
        head = _common_subject_start(toks, lowers, end, lex)
        run = _lower_run(toks, lowers, end, lex)
        if head is not None and head > 1 and lowers[head - 1] in ("from", "of", "in") and run == head + 1:
            # "regional commanders from the two armies agreed": the noun before the phrase is the subject
            prep = head - 1
            inner = _common_subject_start(toks, lowers, prep, lex)
            if inner is None and lowers[prep - 1].endswith("s"):
                # a bare plural ("Senior officers from both navies", ", regional commanders from ...")
                bare_start = _lower_run(toks, lowers, prep, lex)
                bare_start = 0 if bare_start == 1 else bare_start
                opens = bare_start == 0 or "," in text[toks[bare_start - 1].end : toks[bare_start].start]
                if bare_start < prep and opens:
                    inner = bare_start
            head = inner if inner is not None else head
        if head is None:
            head = _event_members(toks, lowers, end, lex)
            if head is None or inside_quote(text, toks[head]):
                return None
            return text[toks[head].start : toks[end - 1].end]  # the members of the event, as written
        start = head
    reported = start > 0 and (lowers[start - 1] in lex.reporting_verbs or lowers[start - 1] == "that")
    if start > 0 and not _fronted_date(toks, lowers, start, lex) and not reported:
        gap = text[toks[start - 1].end : toks[start].start]
        if "," not in gap and ":" not in gap:
            return None
    words = lowers[start:end]
    if words[-1] in _NOT_SUBJECT_HEADS or words[-1] in lex.person_pronouns or words[-1] in lex.plural_pronouns:
        return None
    if any(w in lex.document_subjects or w in lex.decision_objects or w in lex.event_subjects for w in words):
        return None
    if any(m.start < end and m.end > start and not (m.kind == "country" and m.end < end) for m in mentions):
        return None  # a mention the ordinary rules read (a nation's adjective before its group's noun is not one)
    if inside_quote(text, toks[start]):
        return None
    return text[toks[start].start : toks[end - 1].end]


#: Adverbs of how often, between a subject and its verb ("Courts in Rome twice ordered").
_FREQUENCY = frozenset(["twice", "again", "thrice"])
#: Plural present forms of reporting verbs ("residents say", "critics argue"), which ``reporting_verbs`` lacks.
_PLURAL_SAYING = frozenset(["say", "argue", "insist", "believe", "think", "warn", "contend", "maintain"])


#: A sentence opening "In the presence of ...": what follows was done before witnesses, not by them.
_PRESENCE_OPENING = re.compile(r"(?i)\s*in the presence of\b")


def _placed_plural(
    text: str, toks: list[Token], lowers: list[str], mentions: list[Mention], verb: int, lex: Lexicon
) -> str | None:
    """'Courts in Rome (repeatedly) ordered', 'Opposition councillors in Lezhë say': a sentence opening on
    a plural common noun (one to three words, the first capitalised only as the sentence's first) placed
    by "in" and a capitalised place, then adverbs, then the verb at ``verb``; that subject as written
    (the first word in lower case), or None. Not a name or collective another rule reads ("Ministers
    in Bishkek"), nor a passive, nor a quotation."""
    j = verb
    while j > 0 and (
        lowers[j - 1] in lex.adverbs
        or lowers[j - 1] in _ACTIVE_AUX
        or lowers[j - 1] in _FREQUENCY
        or lowers[j - 1].endswith("ly")
    ):
        j -= 1
    place_end = j
    while j > 0 and toks[j - 1].is_capitalised and place_end - j < 3 and (j == place_end or _adjacent(toks, j)):
        j -= 1
    if j == place_end or j < 2 or lowers[j - 1] != "in" or not _adjacent(toks, place_end - 1 if place_end > j else j):
        return None
    noun_end = j - 1
    if noun_end > 3 or not toks[0].is_capitalised or any(not _lower_word(t.text) for t in toks[1:noun_end]):
        return None  # only a short phrase opening the sentence: "Opposition councillors", "Courts"
    head = lowers[noun_end - 1]
    if not head.isalpha() or not head.endswith("s") or head.endswith("ss") or lowers[0] in lex.function_words:
        return None  # a plural noun ("courts", "councillors"), not "Press in Rome" or "This in Rome"
    if any(m.start < noun_end for m in mentions) or PASSIVE_AUX.intersection(lowers[place_end:verb]):
        return None
    if any(lowers[k] in lex.document_subjects or lowers[k] in lex.event_subjects for k in range(noun_end)):
        return None  # "Talks in Geneva produced ...": an event or a document is no actor
    # one space between the words, or a plural's possessive apostrophe ("Farmers' groups in Tacna")
    parted = [k for k in range(1, place_end) if text[toks[k - 1].end : toks[k].start] not in (" ", "' ", "’ ")]
    if inside_quote(text, toks[0]) or parted:
        return None
    written = text[toks[0].start : toks[place_end - 1].end]
    return written[:1].lower() + written[1:]


def _event_members(toks: list[Token], lowers: list[str], end: int, lex: Lexicon) -> int | None:
    """'a flag meeting of border commanders decided': an event named with its members acts through them;
    the start of the members' lower-case noun phrase ending at ``end``, or None."""
    of = next((k for k in range(end - 2, max(0, end - 5), -1) if lowers[k] == "of"), None)
    if of is None or not all(t.text.isalpha() and t.text.islower() for t in toks[of + 1 : end]):
        return None
    if not any(w in lex.event_subjects for w in lowers[max(0, of - 3) : of]):
        return None
    return of + 2 if lowers[of + 1] == "the" and of + 2 < end else of + 1


def _demonym(word: str) -> bool:
    """'malaysian', 'kazakh': an adjective of a nation (a country word that is not the country's name)."""
    hit = country_at([word], 0)
    return hit is not None and hit[0].lower() != word


def _lower_run(toks: list[Token], lowers: list[str], end: int, lex: Lexicon) -> int:
    """Start of the run of up to four lower-case words ending at ``end`` (stopping at a determiner or adverb)."""
    start = end
    while start > 0 and end - start < 4 and _lower_word(toks[start - 1].text):
        low = lowers[start - 1]
        if low in _SUBJECT_DETERMINERS or low in lex.adverbs or (low.endswith("ly") and low not in lex.body_heads):
            break  # an adverb ("formally") ends the run; a body in -ly ("assembly") does not
        start -= 1
    return start


def _lower_word(text: str) -> bool:
    """A lower-case word, possibly possessive ("bank's" in "the bank's board")."""
    base = text.removesuffix("'s").removesuffix("’s")
    return base.isalpha() and base.islower()


def _common_subject_start(toks: list[Token], lowers: list[str], end: int, lex: Lexicon) -> int | None:
    """Start of a common-noun subject ending at ``end``: 'the organisers', 'our foreign ministers',
    'Eight coastal and flag states' (a bloc counted), 'Tromsø municipal council' (a body named by its
    town), or None. A passive's subject ('Two new agencies were set up') is none."""
    start = _lower_run(toks, lowers, end, lex)
    if PASSIVE_AUX.intersection(lowers[start:end]):
        return None
    if start < end and end - start <= 2 and _opening_time(lowers, start, lex):
        return start  # "Two days later ministers signed ...": a bare plural opening its clause
    if start < end and start > 0 and _counted(lowers[start - 1]) and lowers[start] != "and":
        return start - 1  # "Eight coastal and flag states agreed ...": a bloc counted as written
    if start == end or start == 0 or end - start > 2:
        return None
    if lowers[start - 1] in _SUBJECT_DETERMINERS:
        return start - 1
    if toks[start - 1].is_capitalised and _demonym(lowers[start - 1]) and lowers[end - 1] not in lex.body_heads:
        return start - 1  # "Malaysian fishing associations have urged": a group of a nation, as written
    if lowers[end - 1] in lex.body_heads and toks[start - 1].is_capitalised and lowers[start - 1] not in _FRONTING:
        # "Tromsø municipal council has asked": a town or region names its council as "the" would
        first = start - 1
        if first > 0 and toks[first - 1].is_capitalised and _adjacent(toks, first):
            first -= 1
        return first
    return None


#: Determiners a common-noun subject may open with ("the jury", "our foreign ministers", "this newspaper").
#: Cue words in -s that are nouns as often as verbs ("the state proposals", "renewed calls").
_PLURAL_CUE_NOUNS = frozenset(["proposals", "calls", "appeals", "suggestions", "requests", "offers", "initiatives"])


def _present_verb(lowers: list[str], cue: int) -> bool:
    """'This newspaper urges ...': a third-person present verb after a singular noun (not a plural
    noun that could be the cue's modifier, nor a cue word that is a plural noun as often)."""
    w = lowers[cue]
    head = lowers[cue - 1] if cue else ""
    return w.endswith("s") and w not in _PLURAL_CUE_NOUNS and head.isalpha() and not head.endswith("s")


_SUBJECT_DETERMINERS = frozenset(["the", "our", "their", "its", "this"])

#: Words of `time_words` that are not also prepositions or determiners ("in", "the", "of" open subjects too).
_NOT_TIME_NOUNS = frozenset(["on", "in", "at", "the", "of", "this", "next", "last", "early", "late"])


def _opening_time(lowers: list[str], start: int, lex: Lexicon) -> bool:
    """'Two days later ministers signed ...', 'A week ago officials agreed ...': the words before
    ``start`` are a sentence-opening phrase of time (numbers, "a", time nouns such as "days",
    "later", "ago"), so the subject at ``start`` opens its clause."""
    if not 2 <= start <= 4:
        return False
    words = lowers[:start]
    if words[-1] not in lex.time_words or words[-1] in _NOT_TIME_NOUNS:
        return False
    return all((w in lex.time_words and w not in _NOT_TIME_NOUNS) or _counted(w) or w in ("a", "an") for w in words)


_NUMBER_WORDS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"])


def _counted(word: str) -> bool:
    """A cardinal that counts a subject ("eight states", "12 governments"); "one" is a pronoun too."""
    return word in _NUMBER_WORDS or word.isdigit()


#: One-word adverbs of time that may open a sentence right before its subject.
_TIME_ADVERBS = frozenset(["yesterday", "today", "tonight", "earlier", "later", "meanwhile", "separately"])

#: Words that open a fronted phrase of time or place ("On Friday", "Last month", "In Vilnius").
_FRONTING = frozenset(["on", "in", "at", "last", "this", "earlier", "later", "early", "late", "next"])


def _fronted_date(toks: list[Token], lowers: list[str], start: int, lex: Lexicon) -> bool:
    """'On Friday the working group approved ...', 'Last month the interim government appointed ...',
    'In Vilnius the council asked ...': the sentence opens with a phrase of time or place (an opening
    word, then time words, capitalised words and numbers only) right before the subject, so the
    subject opens its clause."""
    if _opening_time(lowers, start, lex):
        return True
    if start == 1 and lowers[0] in _TIME_ADVERBS:
        return True  # "Yesterday our senior officials agreed ..."
    if lowers[0] not in _FRONTING or not 2 <= start <= 5:
        return False
    return all(lowers[k] in lex.time_words or toks[k].is_capitalised or toks[k].text.isdigit() for k in range(1, start))


def _time_before(toks: list[Token], lowers: list[str], j: int, lex: Lexicon) -> int:
    """'The assembly on Thursday voted', 'the Sejm last week agreed': the index before a phrase of time
    that ends at ``j`` and stands between a subject and its verb, or ``j`` when there is none."""
    k = j
    while k >= 0 and j - k < 4 and (lowers[k] in lex.time_words or toks[k].text.isdigit()):
        k -= 1
    opened = k < j and lowers[k + 1] in _FRONTING and lowers[k + 1] not in ("the", "of")
    names_time = any(w not in _FRONTING and w not in ("the", "of") for w in lowers[k + 1 : j + 1])
    return k if opened and names_time and k >= 0 and toks[k].text.isalpha() else j


_INITIATIVE_NOUNS = frozenset(["initiative", "initiatives", "idea", "ideas"])
_CONJUNCTIONS = frozenset(["after", "before", "since", "until", "once", "as"])
_CEREMONY = frozenset(["signing", "adoption", "conclusion", "ratification", "exchange"])
_WITNESS_VERBS = frozenset(["attended", "witnessed", "oversaw", "presided", "saw", "hailed", "welcomed"])


def _after_auxiliary(lowers: list[str], cue: int, lex: Lexicon) -> bool:
    """'was signed', 'was also set up', 'has been formally ratified': a passive act."""
    j = cue - 1
    while j >= 0 and (lowers[j] in lex.adverbs or lowers[j].endswith("ly")) and lowers[j] not in PASSIVE_AUX:
        j -= 1
    return j >= 0 and lowers[j] in PASSIVE_AUX


_EVENT_ADJUNCT = frozenset(["during", "following", "after", "amid", "within", "under", "before"])


def _own_person_subject(lowers: list[str], mentions: list[Mention], cue: int, lex: Lexicon) -> Mention | None:
    """The person (or people) right before a past-tense cue ("Takaichi invited ...", "Lee also urged ..."),
    adverbs aside: the subject of a finished act, or None."""
    if not lowers[cue].endswith("ed"):
        return None  # "is ready to", "would host": an offer, which a closing frame's speaker makes
    j = cue
    while j > 0 and lowers[j - 1] in lex.adverbs:
        j -= 1
    return next((m for m in mentions if m.end == j and m.prep is None and m.kind in ("person", "people")), None)


def _trailing_reporter(text: str, toks: list[Token], mentions: list[Mention], cue: int, lex: Lexicon) -> Mention | None:
    """The person in a closing source frame (', Tokayev said.') after the cue, if the sentence has one."""
    comma = text.rfind(",")
    if comma < 0 or toks[cue].start > comma:
        return None
    tail = [t for t in toks if t.start > comma]
    if not tail or len(tail) > 8 or not {t.lower for t in tail} & lex.reporting_verbs:
        return None
    who = next(
        (m for m in mentions if toks[m.start].start > comma and m.kind in ("person", "description", "pronoun")),
        None,
    )
    # A frame opens on its verb or its speaker (", said X", ", X said", ", his spokesman said"),
    # not on another noun (", an idea Lula said he supported" is an apposition).
    first = next(k for k, t in enumerate(toks) if t.start > comma)
    if who is None or (tail[0].lower not in lex.reporting_verbs and who.start > first + 1):
        return None
    return who


def _closing_body(text: str, toks: list[Token], mentions: list[Mention], cue: int, lex: Lexicon) -> Mention | None:
    """The body or state in a closing source frame after the cue (', the Treasury said.'), or None."""
    start = _closing_frame(text, toks, lex)
    if start >= len(toks) or start <= cue or "by" in (t.lower for t in toks[cue + 1 : start]):
        return None  # no frame, or the act names its own agent ("signed by X and Y, the Committee said")
    return next((m for m in mentions if m.start >= start and m.kind in ("body", "country", "acronym")), None)


def _agent(
    text: str,
    toks: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    cue: int,
    resolved: dict[int, str | None],
    lex: Lexicon,
) -> str | None:
    """The agent of a passive cue: 'signed by A and B' (persons and bodies up to the clause's end),
    or a collective or body no mention names, as written ('signed by 12 countries').

    A 'by' after another participle ("during the visit of the delegation headed by X") belongs
    to that participle, not to the cue.
    """
    k = cue + 1
    while k < len(lowers) and lowers[k] != "by":
        if lowers[k].endswith("ed") and k > cue + 1 and lowers[k - 1] not in PASSIVE_AUX:
            return None
        if lowers[k] in _EVENT_ADJUNCT:
            return None  # "signed during a visit by X": X made the visit
        k += 1
    if k >= len(lowers):
        return None
    stop = text.find(",", toks[k].end)
    stop = len(text) if stop < 0 else stop
    inside = [m for m in mentions if m.start > k and toks[m.start].start < stop]
    named = next((m for m in mentions if toks[m.start].start > stop and m.kind in ("person", "people")), None)
    apposed = named is not None and not text[stop + 1 : toks[named.start].start].strip()
    if inside and inside[0].kind == "group" and named is not None and apposed:
        # "signed by the two foreign ministers, Ana Silva and Rui Costa": the apposition names the group
        return resolved[id(named)] or named.name
    people = [resolved[id(m)] or m.name for m in inside if m.kind in ("person", "people")]
    if len(people) >= 2:
        return ", ".join(people[:-1]) + " and " + people[-1]
    first = next((m for m in inside if m.start == k + 1 or m.prep == "by"), None)
    if first is not None or people:
        return resolved[id(first)] if first is not None else people[0]
    return _written_agent(text, toks, lowers, k + 1, lex)


#: Words that end the noun phrase of an agent written out ("by 12 countries in 1959").
_AGENT_STOP = frozenset(["in", "on", "at", "for", "to", "from", "with", "during", "after", "before", "that", "which"])


def _written_agent(text: str, toks: list[Token], lowers: list[str], start: int, lex: Lexicon) -> str | None:
    """The noun phrase at ``start`` (after "by") as written, when its head is a collective or a body
    ("12 countries", "a joint Tunisian-Libyan committee"); None for "by the end of May", "by consensus"."""
    end = start
    while end < len(toks) and end - start < 6 and lowers[end] not in _AGENT_STOP and lowers[end] not in ("and", "or"):
        if end > start and not _adjacent(toks, end):
            break  # a comma, dash or bracket ends the phrase
        end += 1
    if end == start:
        return None
    head = lowers[end - 1]
    collective = any((p := lex.collective.match_at(lowers, k)) and k + len(p) == end for k in range(start, end))
    if head not in lex.body_heads and not collective:
        return None  # "by the end of May", "by consensus": no one named
    if any(w in lex.time_words and w not in ("the", "of", "in", "on", "at") for w in lowers[start:end]):
        return None
    return text[toks[start].start : toks[end - 1].end]


def _participle_after_noun(lowers: list[str], cue: int, lex: Lexicon) -> bool:
    """'an agreement reached ...', 'the accord signed ...': a decision noun (the cue) followed by a past
    participle opening a reduced relative clause."""
    if cue + 1 >= len(lowers) or lowers[cue] not in lex.decision_objects | lex.document_subjects:
        return False
    nxt = lowers[cue + 1]
    return nxt.endswith("ed") or nxt in lex.irregular_participles


_REFLEXIVES = frozenset(["himself", "herself", "themselves", "itself", "myself", "ourselves"])
_BEHALF_OPENERS = (("speaking", "for"), ("speaking", "on", "behalf", "of"), ("on", "behalf", "of"))


def _on_behalf_of(
    text: str, toks: list[Token], lowers: list[str], mentions: list[Mention], cue: int, resolved: dict[int, str | None]
) -> str | None:
    """'Speaking for the G77, Brazil's envoy proposed ...', 'On behalf of ASEAN, Malaysia called for ...':
    the speaker acts for the group named in the opening phrase (as resolved, else as written)."""
    opener = next((o for o in _BEHALF_OPENERS if tuple(lowers[: len(o)]) == o), None)
    if opener is None:
        return None
    comma = text.find(",")
    if comma < 0 or toks[cue].start < comma:
        return None
    end = next((k for k, t in enumerate(toks) if t.start > comma), len(toks))  # the token after the comma
    first = len(opener)
    if end <= first or lowers[first] in _REFLEXIVES:
        return None  # "Speaking for himself, ...": nobody else
    whole = next((m for m in mentions if m.start == first and m.end == end), None)
    if whole is not None:
        return resolved.get(id(whole)) or whole.name
    return text[toks[first].start : toks[end - 1].end]


def _apposed_agent(
    text: str,
    toks: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    cue: int,
    resolved: dict[int, str | None],
    lex: Lexicon,
) -> str | None:
    """'The draft, drawn up by Britain and Chile, also calls for ...', 'The treaty, signed by 12 countries
    in 1959, bans ...': a subject that names no actor, then a participle clause between commas naming
    who made it. Its maker acts through it: the agent after "by", or None.

    Not when the subject is itself an actor ("The minister, accompanied by his deputy, signed"), nor
    when the cue stands inside the commas.
    """
    commas = [k for k in range(1, min(len(toks), 16)) if text[toks[k - 1].end : toks[k].start].strip() == ","]
    if len(commas) < 2 or not 1 <= commas[0] <= 6:
        return None
    first, second = commas[0], commas[1]
    if cue < second and cue != first:
        return None  # the cue inside the commas, other than their participle ("The plan, put forward by X,")
    word = lowers[first]
    if not (word.endswith("ed") or word in lex.irregular_participles):
        return None
    if any(m.start < first for m in mentions) or lowers[0] in _NOT_SUBJECT_HEADS:
        return None
    by = next((k for k in range(first + 1, second) if lowers[k] == "by"), None)
    if by is None:
        return None
    inside = [m for m in mentions if by < m.start < second]
    if inside:
        names = [resolved.get(id(m)) or m.name for m in inside if m.prep == "by" or m.start == by + 1]
        if names:
            return names[0]
    return _written_agent(text, toks, lowers, by + 1, lex)


def _participial_opening(text: str, toks: list[Token], lowers: list[str], cue: int) -> int | None:
    """'Calling for X, Tokayev backed Y': the token after the opening clause's comma, if the cue is in it."""
    if not lowers or not lowers[0].endswith("ing"):
        return None
    comma = text.find(",")
    if comma < 0 or toks[cue].start > comma:
        return None
    return next((k for k, t in enumerate(toks) if t.start > comma), None)


def _possessor_or_parties(
    toks: list[Token], lowers: list[str], mentions: list[Mention], cue: int, parties: bool = True
) -> Mention | None:
    """Who concluded a document named as done: 'Tajikistan's recently signed treaty', '... between A and B'."""
    owner = next((m for m in mentions if m.end == cue and lowers[cue - 1].endswith("'s")), None)
    if owner is None and cue > 0 and lowers[cue - 1].endswith("'s"):
        word = toks[cue - 1].text.removesuffix("’s").removesuffix("'s")
        if word[:1].isupper():
            return Mention("country", word, cue - 1, cue)
    if owner is not None or not parties:
        return owner
    return next((m for m in mentions if m.start > cue and m.prep == "between"), None)


def _resolve_in_order(mentions: list[Mention], memory: ActorMemory) -> dict[int, str | None]:
    """Resolve each mention with what precedes it, without changing ``memory``."""
    scratch = memory.copy()
    out: dict[int, str | None] = {}
    for m in mentions:
        out[id(m)] = scratch.resolve(m)
        scratch.remember(m)
    return out


def user_sections(sections: Mapping[str, Sequence[str]]) -> tuple[UserSection, ...]:
    """Compile user-defined sections (key -> cue phrases) for :func:`analyse_article`."""
    return tuple(UserSection(key, PhraseSet.of(cues)) for key, cues in sections.items())
