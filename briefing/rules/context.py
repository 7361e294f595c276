"""What the article around a sentence tells the rules: interviews, columnists and headline
speakers (who "I" and "we" are), meetings and joint parties named earlier, acronyms and the most
named one, list items and bullets, asides, documents named, and dates before the article's year
(background rather than news).

Contract: pure functions of an article's title, headings, tokens and text; they read no label,
and of the rule modules depend only on :mod:`briefing.rules.clauses`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors import ActorMemory, Mention, find_mentions
from ..entities import country_at
from ..grammar import MONTHS, NAME_JOINERS
from ..lexicon import Lexicon, lexicon_key
from ..model import Article
from ..quotes import inside_quote
from ..sentences import NAME_TAG, SPEAKER_NAME, transcript_tags
from ..tokens import Token, tokens
from .clauses import _FINITE_WORDS, ARTICLES, DEMONSTRATIVES, POSSESSIVES

_BULLET = re.compile(r"^\s*(?:[-–—•*·]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")


#: Month names and their abbreviations ("in March 2024", "Sept. 3"): kept apart from dates.py, whose code is not
#: part of the analysis the cache hashes.
MONTH_NAMES = MONTHS | frozenset(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"])


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
    near = [
        k
        for k in range(max(0, cue - 4), min(len(lowers), cue + 15))
        if _dated(lowers, k) and _same_clause(k, cue, toks, text)
    ]
    opening = [k for k in range(1, min(3, cue)) if lowers[0] == "in" and _dated(lowers, k)]
    years = [int(lowers[k]) for k in near + opening]
    return bool(years) and max(years) < article.date.year


def _dated_last_year(lowers: list[str], cue: int, toks: Sequence[Token] | None, text: str) -> bool:
    """The act at ``cue`` dated "last year" (in its clause, or by the sentence's opening adjunct).

    "signed an agreement with Washington last year", "Last year the ministers approved ...": the year before
    the article's, told in words, so no article date is needed. Not "the mandate expires next year", "last
    week", "the last year of the plan", nor "the unit, set up last year, will ..." (another clause's date).
    """
    if "last" not in lowers:
        return False  # most sentences stop here
    if _last_year(lowers, 0):
        return True  # the opening adjunct dates the sentence's act
    for k in range(max(0, cue - 4), min(len(lowers), cue + 15)):  # a plain loop: no generator for mypyc to build
        if _last_year(lowers, k) and _same_clause(k, cue, toks, text):
            return True
    return False


def _last_year(lowers: list[str], k: int) -> bool:
    """``lowers[k:k + 2]`` is "last year" as a date: not "the last year of the plan", "in its last year"."""
    return (
        k + 1 < len(lowers)
        and lowers[k] == "last"
        and lowers[k + 1] == "year"
        and (k == 0 or lowers[k - 1] not in ("the", "its", "their", "his", "her", "our", "this", "that"))
        and not (k + 2 < len(lowers) and lowers[k + 2] == "of")
    )


# Module functions, not closures in _dated_before: compiled with mypyc, a closure and its
# environment refer to each other, a cycle that keeps the sentence's tokens alive until the
# cyclic collector runs (see briefing/classify.py, _speaker_after).
def _dated(lowers: list[str], k: int) -> bool:
    """``lowers[k]`` is a year after 1900 said 'in YEAR' or 'in MONTH YEAR'."""
    if not (len(lowers[k]) == 4 and lowers[k].isdigit() and int(lowers[k]) > 1900):
        return False
    j = k - 1 if k > 0 and lowers[k - 1] in MONTH_NAMES else k
    return j > 0 and lowers[j - 1] == "in"


def _same_clause(k: int, cue: int, toks: Sequence[Token] | None, text: str) -> bool:
    """Token ``k`` is in the clause of the cue at ``cue`` (near it, with no ',', ';' or ':' between)."""
    if k <= cue + 4:
        return True
    if toks is None or k > cue + 14:
        return False
    between = text[toks[cue].end : toks[k].start]
    return not any(p in between for p in ",;:")


def _is_list_item(text: str) -> bool:
    """A list paragraph: a bullet or number before it, or a clause closed by ';' (or '; and', '; or')."""
    end = text.rstrip()
    # a bullet opens on a mark, a digit, "(" or a lower-case letter: never on a capital (most sentences), so the
    # regex is not run on those
    first = text.lstrip()[:1]
    return (
        (bool(first) and not first.isupper() and bool(_BULLET.match(text)))
        or end.endswith(";")
        or (end.endswith(("and", "or")) and bool(_LAST_JOINT.search(end)))
    )


_LAST_JOINT = re.compile(r";\s*(?:and|or)\s*$")


_ITEM_ARTICLES = ARTICLES


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


def _remember_meeting(lowers: list[str], mentions: Sequence[Mention], memory: ActorMemory, lex: Lexicon) -> None:
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
    a, b = memory.resolve(host, lex), memory.resolve(guest, lex)
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
_SPEAKER_TAG = re.compile(rf"({SPEAKER_NAME}):\s")


def recurring_tags(paragraphs: Sequence[str], lex: Lexicon) -> frozenset[str]:
    """The speakers' name tags of a transcript (sentences.transcript_tags), without an interviewer's ("Question:")."""
    return frozenset(t for t in transcript_tags(list(paragraphs)) if t.lower() not in lex.interviewer_tags)


def recurring_tag(paragraph: str, tags: frozenset[str], memory: ActorMemory, lex: Lexicon) -> str | None:
    """The speaker whose :func:`recurring_tags` tag opens ``paragraph``, or None. The tag's title is not his name
    ("Minister Motegi:"); a tag naming the speaker already known (a heading's "Foreign Minister Motegi
    Toshimitsu") is that speaker, and any other his full name if the article gave it."""
    if not tags or (tag := NAME_TAG.match(paragraph)) is None or tag.group(1) not in tags:
        return None
    words = tag.group(1).split()
    if words[-1].lower() in lex.title_words:
        # "NATO Secretary General:" names an office, not a person: its holder is the speaker the heading named
        return memory.speaker
    while len(words) > 1 and words[0].lower() in lex.title_words:
        words = words[1:]
    if memory.speaker is not None and any(w in memory.speaker.split() for w in words):
        return memory.speaker
    return memory.full_name(" ".join(words))


def _headline_speaker(headings: Sequence[str], lex: Lexicon) -> tuple[str | None, str | None]:
    """Who speaks in a statement or speech: the person after "Statement by", "Remarks by" ... (see
    lexicon ``speech_headings``) in the title or the first paragraph, and the state he speaks for.

    Such a text says "I" for that person and "my Government" for his state; ordinary news has no speaker.
    A title that names the speech by its occasion ("Address to the Forum Foreign Ministers' Meeting, Suva",
    "Speech at the Shangri-La Dialogue") is followed by a line that names its speaker ("Rt Hon X, Minister of
    Foreign Affairs"; :func:`_occasion_speaker`).
    """
    occasion = False
    for whole in headings:
        if occasion and (named := _occasion_speaker(whole, lex)) is not None:
            return named
        occasion = not occasion and _speech_occasion(whole, lex)
        # "Transcript: Press conference by ...": a label before a colon does not hide the heading.
        label, colon, after = whole.partition(":")
        title = after.strip() if colon and len(label.split()) <= 2 and after.strip() else whole
        first = title.split(None, 1)[0].lower() if title.strip() else ""
        owned = "'s " in title or "’s " in title
        if first not in lex.speech_headings.by_first and not owned:
            continue  # ordinary news: no heading word, no tokenising
        toks = tokens(title)
        lowers = [t.lower for t in toks]
        heading = lex.speech_headings.match_at(lowers, 0) if lowers else None
        if lowers and heading is None:
            owner = _speech_owner(toks, lowers, title, lex) if owned else None
            if owner is not None:
                return owner
            continue
        if not lowers:
            continue
        mentions = find_mentions(toks, lex, (), title)
        # "by A and B" (a joint press conference): the first named opens, tags name who follows. The speaker is
        # named after the heading's words: "Opening Remarks by X" in capitals is the heading, not a person.
        past = len(heading) if heading is not None else 0
        person = next(
            (p for m in mentions for p in (m.members or (m,)) if p.kind == "person" and p.start >= past), None
        )
        if person is None:
            continue
        country = person.country or next(
            (m.country for m in mentions if m.kind == "description" and m.start == person.end and m.country), None
        )
        return person.name, country
    return None, None


def _headline_guest(title: str, lex: Lexicon) -> str | None:
    """The person an interview's headline names outside its quotation, the one who answers: '"Referral is not
    money": Nunavut Premier John Main on Grays Bay' -> "John Main"; None when it names no one."""
    quoted = title.lstrip()[:1] in "\"“‘'"
    if quoted and ":" not in title:
        return None  # '"Our port has fewer scanners than Santos or Buenos Aires"': a quotation names no interviewee
    after = title.rpartition(":")[2] if quoted else title
    toks = tokens(after)
    person = next((m for m in find_mentions(toks, lex, (), after) if m.kind == "person"), None)
    return person.name if person is not None else None


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
        or any(h.lower().startswith(("interview by", "interview with")) for h in article.headings)
    )


_TITLE_BREAK = re.compile(r"[:\s\-–—|]+")
_BYLINE = re.compile(r"(?i)^by\s+([A-Z][^\W\d_]*(?:[-' ][A-Z][^\W\d_]*){0,3})\s*$")


def _columnist(article: Article, lex: Lexicon) -> str | None:
    """The author of an opinion piece: its headline opens on a label of ``opinion_labels`` ("Opinion:
    ...") and a heading line is its byline ("By Ana Silva"); None for news, whose "I" is only quoted."""
    first = _TITLE_BREAK.split((article.title or "").strip().lower(), maxsplit=1)[0]
    if first not in lex.opinion_labels:
        return None
    return next((m.group(1) for h in article.headings if (m := _BYLINE.match(h.strip()))), None)


#: Round 39b: a byline as analyses print it, besides "By Ana Silva": a label before it ("Analysis | By X", "ANALYSIS:
#: By X", "Analysis by X"), an academic title ("By Dr. X", "By Prof X") and the author's post after a comma ("By Dr X,
#: senior researcher on the Sahel"); the label alone makes the piece an analysis, sections or not.
_LABELLED_BYLINE = re.compile(
    r"(?i)^(?:(analysis|opinion|comment|commentary|perspective)\s*(?:[|:–—-]\s*)?)?by\s+(?:(?:dr|prof|professor)\.?\s+)?"
    r"([A-Z][^\W\d_]*(?:[-' ][A-Z][^\W\d_]*){0,3})\s*(?:,[^,]{3,80})?$"
)


def _labelled_author(article: Article) -> str | None:
    """The author of an analysis whose byline :data:`_LABELLED_BYLINE` reads: with a label before it even as the
    only heading, else (a title, a post) when the article is laid out in sections as :func:`bylined_author` asks."""
    for h in article.headings:
        m = _LABELLED_BYLINE.match(h.strip())
        if m is not None and (m.group(1) or len(article.headings) >= 2):
            return m.group(2)
    return None


def bylined_author(article: Article) -> str | None:
    """The author a byline heading names ("By Ana Silva") in an analysis: an article laid out in sections (a
    heading besides the byline: "A zone without wells", "What is missing") that is neither an interview nor a
    transcript (the caller checks). Its first person outside quotations ("I would go further", "In my view, ...")
    is its author's, as an opinion piece's is (:func:`_columnist`); None without a byline or a section heading (a
    news story's byline says nothing of the "I" it carries)."""
    if len(article.headings) < 2:
        return _labelled_author(article)
    return next((m.group(1) for h in article.headings if (m := _BYLINE.match(h.strip()))), None) or _labelled_author(
        article
    )


_CAPITALISED_RUN = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:(?:" + "|".join(sorted(NAME_JOINERS)) + r")\s+)*[A-Z][\w’'-]*)*")


def spelt_out(acronym: str, text: str) -> str | None:
    """The name ``acronym`` abbreviates as ``text`` writes it: the first run of capitalised words (with the small
    words between them) whose initials, or all words' initials, spell it ("African Union" for "AU",
    "Organization of Turkic States" for "OTS"); None when the text never spells it out."""
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group().split()
        for start in range(len(words)):
            if words[start].lower() in NAME_JOINERS:
                continue
            letters = ""
            for end in range(start, len(words)):
                w = words[end]
                if w.lower() not in NAME_JOINERS:
                    letters += w[0]
                if letters == acronym and w.lower() not in NAME_JOINERS:
                    return " ".join(words[start : end + 1])
                if not acronym.startswith(letters):
                    break
    return None


def speaker_body(article: Article, organisation: str | None, lead: str, lex: Lexicon) -> str | None:
    """The body an interviewee who speaks for no state heads or represents: the organisation the article is about
    (its most named acronym) when the headline or the interview's ``lead`` names it, or an acronym owning an
    office in the headline ("FFA chief on fishing", "the AU's envoy on Libya"); as the text spells it out, with
    the acronym ("African Union, AU"), or by the acronym alone; None otherwise."""
    head = f"{article.title or ''} {lead}"
    if organisation is None or organisation not in head.replace("’", " ").replace("'", " ").split():
        organisation = _office_owner(article.title or "", lex)
    if organisation is None:
        return None
    spelt = spelt_out(organisation, " ".join(article.paragraphs))
    return f"{spelt}, {organisation}" if spelt else organisation


def _office_owner(title: str, lex: Lexicon) -> str | None:
    """'FFA chief on ...', "the AU's envoy on ...": an acronym (not a state's, "US") just before an office's title
    word in a headline; None when there is none."""
    toks = tokens(title)
    for k in range(len(toks) - 1):
        word = toks[k].text.removesuffix("'s").removesuffix("’s")
        acronym = len(word) >= 2 and word.isupper() and word.isalpha() and word not in lex.us_forms
        # "UK envoy" is a state's
        if acronym and toks[k + 1].lower in lex.title_words and not country_at([word.lower()], 0):
            return word
    return None


#: The speech nouns of each lexicon's ``speech_headings`` (see :func:`_speech_nouns`), by :func:`lexicon_key`.
_SPEECH_NOUNS: dict[int, frozenset[str]] = {}


#: Prepositions that name a speech's occasion after its noun ("Address to the Assembly", "Remarks at the Forum").
_OCCASION_PREPOSITIONS = frozenset(["to", "at", "before"])


def _speech_nouns(lex: Lexicon) -> frozenset[str]:
    """The next-to-last word of each phrase of two words or more of ``lex.speech_headings`` ("remarks", "speech",
    "statement" ...), made once per lexicon."""
    key = lexicon_key(lex)
    nouns = _SPEECH_NOUNS.get(key)
    if nouns is None:
        phrases = lex.speech_headings.by_first.values()
        nouns = _SPEECH_NOUNS[key] = frozenset(p[-2] for group in phrases for p in group if len(p) >= 2)
    return nouns


def _speech_occasion(title: str, lex: Lexicon) -> bool:
    """True for a heading that opens on a speech's noun and its occasion, with no speaker in it: "Address to the
    Pacific Islands Forum", "Keynote speech at the Dialogue", "Statement before the Council" (its speaker is on
    the next line); not "Statement by X" (a heading of ``speech_headings``) nor news ("Address of the ...")."""
    words = title.lower().split(None, 3)[:3]
    nouns = _speech_nouns(lex)
    at = next((k for k, w in enumerate(words[:2]) if w in nouns), None)
    return at is not None and len(words) > at + 1 and words[at + 1] in _OCCASION_PREPOSITIONS


def _occasion_speaker(line: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """The person a line under a speech's occasion names as its speaker: his name opens the line (after honorifics,
    "Rt Hon", "H.E.") and a comma then gives his office ("Hon X KC, Minister of Defence"); None otherwise."""
    if "," not in line or len(line) > 160:
        return None
    toks = tokens(line)
    person = next((m for m in find_mentions(toks, lex, (), line) if m.kind == "person"), None)
    if person is None or person.start > 3 or "," not in line[toks[person.end - 1].end :]:
        return None
    return person.name, person.country


def _speech_owner(toks: list[Token], lowers: list[str], title: str, lex: Lexicon) -> tuple[str, str | None] | None:
    """'Prime Minister X's remarks on ...', 'Y's closing speech at ...': a heading that names a speech
    (the nouns of ``speech_headings``: remarks, speech, statement ...) by its speaker's possessive."""
    nouns = _speech_nouns(lex)
    if nouns.isdisjoint(lowers):
        return None  # no speech noun after any possessive (most headlines): no mentions to find
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
    if any(lowers[k] == "we" for k in window) or lowers[cue] == "we":
        # "we" of a head of state: the state he speaks for (the cue itself when an offer is read from its subject:
        # "We are ready to host ...")
        return memory.speaker_country or memory.speaker
    return None


# ", who chairs the bloc,", ", the current chair,", ", Ghana's foreign minister,": asides between commas.
_ASIDE = re.compile(r",\s*(?:who|whose|which|where|the|a|an|[A-Z][\w-]*['’]s)\b[^,;:]*,")


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
    """The acronym named most (at least twice), or None; of acronyms named equally often, the one named first.

    ``Counter(acronyms).most_common(1)``, counted in a plain dict (compiled by mypyc): a ``Counter`` per article
    cost its Python-level set-up and ``most_common``'s, which took the first of the counts in first-named order
    that no later count exceeds, as the strict comparison below does."""
    counts: dict[str, int] = {}
    for name in acronyms:
        counts[name] = counts.get(name, 0) + 1
    best: str | None = None
    most = 1
    for name, n in counts.items():
        if n > most:
            best, most = name, n
    return best


#: Subject determiners of a noun phrase that names again what an earlier sentence introduced.
_ANAPHOR_DETERMINERS = frozenset(["the", "this", "these", "its", "their"])
_FUTURE_MODALS = frozenset(["will", "would", "shall"])
_SUBJECT_STOPS = _FINITE_WORDS | _FUTURE_MODALS | {"to", "which", "that", "who", "of", "in", "on", "at", "for"}


#: Verbs of `prediction_verbs` that grant a permission, which a term does ("will allow residents to travel").
_PERMISSIONS = frozenset(["allow", "enable"])


def _noun_forms(word: str) -> tuple[str, ...]:
    """The forms an anaphor's head may take in the sentence it names again ('stations' / 'station')."""
    return (word, word[:-1]) if word.endswith("s") and len(word) > 3 else (word, word + "s")


def continued_terms(
    text: str, toks: Sequence[Token], lowers: list[str], decided: Sequence[frozenset[str]], lex: Lexicon
) -> tuple[int, int] | None:
    """'The desk will be staffed by officers from each member state', 'Officials said the hotline would
    be staffed around the clock': a future (or reported future) main clause whose subject is a
    definite noun phrase naming again what a recent decision concluded (its head is among the words
    after that decision's cue, in ``decided``) states that decision's terms (gold3 JC1), told in the
    next sentence(s) rather than under an "Under the agreement" frame. (index of the modal, index in
    ``decided`` of the latest decision it names again), or None.

    Not: an indefinite or bare subject ('Police will ...'), a document ('The agreement will enter into
    force', left to the terms verbs), a meeting or the parties ('The next session will be held', 'The two
    countries will ...'), a schedule ('The mechanism would meet again'), a negated or hedged future
    ('will not', 'could', 'is expected to'), a question.
    """
    if not decided or text.rstrip().endswith("?"):
        return None
    if _FUTURE_MODALS.isdisjoint(lowers) and "is" not in lowers and "are" not in lowers:
        return None  # no future ("will", "would", "shall", "is to"): most sentences stop here, checked in C
    start = 0
    # "Officials said (that) the hotline would ...": a reporting frame of up to four words first.
    frame = next((k for k in range(min(5, len(lowers))) if lowers[k] in lex.reporting_verbs), None)
    if frame is not None:
        start = frame + 1 + (lowers[frame + 1 : frame + 2] == ["that"])
    subject = _definite_subject(text, toks, lowers, start)
    if subject is None or subject[2]:
        return None
    j = subject[1]
    head = lowers[j - 1]
    modifiers = lowers[start + 1 : j - 1]
    if not head.isalpha() or _not_terms_subject(head, modifiers, lex):
        return None
    # ", to be based in Chiang Saen," or ", on Miangas in Indonesia,": one apposition between commas.
    gap = text[toks[j - 1].end : toks[j].start]
    if "," in gap:
        ends = range(j + 1, min(len(toks), j + 16))
        close = next((k for k in ends if "," in text[toks[k - 1].end : toks[k].start]), None)
        if close is None:
            return None
        j = close
    if lowers[j : j + 2] in (["is", "to"], ["are", "to"]):
        k = j + 2  # "The desk is to be staffed by ...": the future of an arrangement, as "will" is
    elif j < len(lowers) and lowers[j] in _FUTURE_MODALS:
        k = j + 1
    else:
        return None
    while k < len(lowers) and (lowers[k] in lex.adverbs or lowers[k] in lex.time_words or lowers[k].endswith("ly")):
        k += 1  # "will also have", "would initially be", "will next meet", "will now be signed"
    if k + 1 >= len(lowers) or lowers[k] in lex.negations or lowers[k] in lex.schedule_verbs:
        return None  # a verb and what it says must follow the modal
    if lowers[k] in lex.prediction_verbs and lowers[k] not in _PERMISSIONS and lowers[k + 1] != "together":
        return None  # "The port will create 5,000 jobs", "would cost 12 million a year": an effect foreseen
    # (but "will bring together officers from both forces" says who makes up the body: a term, round 33b)
    if lowers[k] == "be" and lowers[k + 1] in lex.schedule_verbs:
        return None  # "will be held in Dhaka": when and where, not what
    if lowers[k] in lex.study_verbs and any(w.rstrip("s") in lex.statement_nouns for w in lowers[k + 1 : k + 4]):
        return None  # "The Netherlands will examine this request": a study promised, not a term (round 35d)
    if lowers[k] == "be" and lex.decision_acts.match_at(lowers, k + 1) is not None:
        return None  # "will be signed", "would be ratified": an act still to come, not a term of one done
    if frame is not None and not (lowers[k] == "be" and lowers[k + 1].endswith(("ed", "en"))):
        # "The minister said the jetty would allow ...", "... would be the backbone": a forecast (round 35b)
        return None
    forms = _noun_forms(head)
    named = [m for m, words in enumerate(decided) if any(f in words for f in forms)]
    return (j, named[-1]) if named else None


#: Modals whose "also" adds one more term to those just decided ("The two armies will also set up a cell").
_ALSO_MODALS = frozenset(["will", "shall", "must"])
#: Subjects that speak or point, not parties bound by terms ("We will also ask", "It will also", "There will also").
_ALSO_NON_PARTIES = frozenset(["i", "we", "you", "it", "this", "that", "there", "they", "he", "she"])
#: Longest subject before "will also" that is still one noun phrase ("Chile's Carabineros and Peru's National Police").
_ALSO_SUBJECT = 10


def also_terms(text: str, toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> bool:
    """'The two armies will also set up a joint coordination cell in Kayes', "Chile's Carabineros and Peru's
    National Police will also exchange lists of wanted people": right after a decision (the caller checks that
    one of the two sentences before reported it), a main clause "SUBJECT will/shall/must also VERB" adds one
    more term to what was decided: "also" ties it to the terms just told (round 33b; validation o180, train x02).

    Not: a question; a first-person or pronoun subject ('We will also ask ...': a speaker's own plan, left to the
    proposal rules; 'It will also ...' is :func:`pronoun_terms`'); a subject holding a verb or a frame ('Traders
    hope the line will also bring ...', 'Officials said they will also ...'); a meeting ('The next summit will
    also ...'); a negated, scheduling, foreseeing or describing verb ('will also not', 'will also meet in May',
    'will also boost trade', 'must also be honest')."""
    if "also" not in lowers or text.rstrip().endswith("?"):
        return False  # most sentences stop here, checked in C
    k = lowers.index("also")
    if k < 2 or k > _ALSO_SUBJECT or lowers[k - 1] not in _ALSO_MODALS or k + 2 >= len(lowers):
        return False
    subject = lowers[: k - 1]
    if subject[0] in _ALSO_NON_PARTIES or "," in text[: toks[k - 1].start]:
        return False  # a pronoun, or a fronted clause or aside whose scope is unclear
    for w in subject:
        if w in _FINITE_WORDS or w in lex.reporting_verbs or w in lex.expectation_words or w in ("that", "next"):
            return False
    if subject[-1] in lex.event_subjects or subject[-1] in lex.time_words:
        return False
    verb = lowers[k + 1]
    if verb in lex.negations or verb in lex.schedule_verbs or verb == "be":
        return False
    return verb not in lex.prediction_verbs or verb in _PERMISSIONS


#: Words that share a term out between the parties of what was just decided ("each side", "either army").
_SHARING = frozenset(["each", "either"])
#: "each" or "either" before these tells a place or a frequency, not a party ("on each side of the river", "each year").
_NOT_PARTIES = frozenset(["side", "sides", "bank", "end"])


def shared_terms(text: str, lowers: list[str], lex: Lexicon) -> bool:
    """'Each joint unit will be led by an officer from either army', 'About 40 traders from each side will be issued
    permits', 'each side will notify the other before any patrol': right after a decision (the caller checks that one
    of the two sentences before reported it), a main clause in the future or of obligation ("will", "shall",
    "must") that shares its term out between the parties with "each" or "either" is one more term of what they
    concluded (round 35b; validation o289, o294, o308; train gold labels 40 of the 42 such sentences after a
    decision as decisions, most of them framed "Under the agreement, each side will ...").

    Not: a definite subject ('The office will be staffed by officers from each country' is a term only when the
    decision named the office: :func:`continued_terms`); a question; a sentence opened by a clause of time or
    condition ('Until the post is built, ...'); a place
    ('on each side of the river') or a frequency ('each year'); a negated, scheduling or foreseeing verb ('will
    not', 'will meet each year', 'will boost trade on each side')."""
    if _SHARING.isdisjoint(lowers) or text.rstrip().endswith("?"):
        return False  # most sentences stop here
    if lowers[0] in lex.condition_subordinators or lowers[0] == "the":
        return False  # a definite subject names a thing: continued_terms tells whether the decision concluded it
    sharing = False
    for k, w in enumerate(lowers[:-1]):
        if w not in _SHARING:
            continue
        nxt = lowers[k + 1]
        if nxt in lex.time_words or (nxt in _NOT_PARTIES and lowers[k + 2 : k + 3] == ["of"]):
            continue
        sharing = True
    if not sharing:
        return False
    modal = next((k for k, w in enumerate(lowers) if w in _ALSO_MODALS), None)
    if modal is None or modal + 2 >= len(lowers):
        return False
    verb = lowers[modal + 1]
    if verb == "be":
        verb = lowers[modal + 2]  # "will be commanded jointly": the passive's participle
        return verb.endswith(("ed", "en")) and verb not in lex.schedule_verbs
    if verb in lex.negations or verb in lex.schedule_verbs:
        return False
    return verb not in lex.prediction_verbs or verb in _PERMISSIONS


#: How many words a trailing frame may hold before its act ("..., the two countries' security ministers agreed").
_TRAILING_FRAME = 8


def concluded_words(text: str, toks: Sequence[Token], lowers: list[str], cue: int, after: int) -> frozenset[str]:
    """The words of what a decision at ``cue`` concluded, which a later sentence may name again
    (:func:`continued_terms`): those from ``after`` on ('agreed to set up a joint command ...'), and also
    those before it when the act is a trailing frame that reports the clause before it ('Brazil and
    Paraguay will open a joint centre in X, the two ministers agreed on Monday': "The centre" is what
    they agreed). A trailing frame: a comma at most eight words before the cue, none between, and no
    object of its own after it ("agreed to", "agreed that"). Round 33b (validation o202)."""
    words = lowers[after:]
    if cue < 3 or lowers[cue + 1 : cue + 2] in (["to"], ["that"]):
        return frozenset(words)
    for k in range(cue, max(1, cue - _TRAILING_FRAME) - 1, -1):
        if "," in text[toks[k - 1].end : toks[k].start]:
            return frozenset(lowers[:k] + words) if k > 2 else frozenset(words)
    return frozenset(words)


#: Words naming the REST of a set ("The others", "The other agreements", "the remaining two documents").
_REST_WORDS = frozenset(["other", "others", "remaining"])
#: Counts naming SOME of a set ("One of the agreements", "Two of them", "Several of the memoranda").
_PART_WORDS = frozenset(["one", "two", "three", "four", "five", "six", "several", "some", "most", "each", "all"])
#: A set named by a pronoun ("Among them, ...", "One of these ...").
_SET_PRONOUNS = frozenset(["them", "these", "those"])


def set_member_terms(text: str, toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> bool:
    """'The others cover trade and aviation', 'The other agreements deal with taxation', 'One of the agreements,
    between the two interior ministries, covers ...', 'Among them, the arrangement on the fighter sets out ...':
    after a sentence that concluded several texts (the caller finds it: :func:`concluded_set`), a subject naming
    SOME of that set (the rest of it, a part of it, or a member "among them") with a content verb
    (``content_verbs``, not after a modal of ``set_hedges``) tells what the concluded texts contain: their
    terms, a decision (gold p07, f04, g01, h12: four annotators).

    Not: a set the decision did not conclude ('signed the agreements.' then 'The other issues concern ...':
    no text; 'The other proposals cover ...'), a question, a negated or hedged verb ('The others do not
    cover ...', 'could cover'), a subject that is not a part of a set ('The agreements cover ...' restates
    the whole set and is left to the terms rules).
    """
    if not lowers or lowers[0] not in _SET_OPENERS:
        return False  # most sentences stop here, checked in C
    if text.rstrip().endswith("?"):
        return False
    head = _set_part_head(lowers, lex)
    if head is None:
        return False
    k = head + 1
    # ", between the two interior ministries," or ", signed in Doha,": one apposition between commas.
    if k < len(toks) and "," in text[toks[k - 1].end : toks[k].start]:
        ends = range(k + 1, min(len(toks), k + 14))
        close = next((m for m in ends if "," in text[toks[m - 1].end : toks[m].start]), None)
        if close is None:
            return False
        k = close
    # "The others, on the other hand, ..." aside; "on the KF-21 fighter" after "the arrangement": a short
    # prepositional tail of the subject (no finite word in it) may come before the verb.
    end = min(len(lowers), k + 8)
    while k < end and lex.content_verbs.match_at(lowers, k) is None:
        if lowers[k] in _FINITE_WORDS or lowers[k] in lex.set_hedges or lowers[k] in lex.negations:
            return False
        k += 1
    return k < end


#: How many sentences back the signing of the set may be ("signed eight agreements." + one sentence about the
#: talks + "One of the agreements covers ..." + "The other documents deal with ...").
SET_REACH = 3


def concluded_set(decided: Sequence[tuple[int, frozenset[str], str | None]], n: int, lex: Lexicon) -> int | None:
    """Index in ``decided`` (sentence index, words after the decision cue, actor) of the latest decision
    within :data:`SET_REACH` sentences of sentence ``n`` that concluded texts (a ``set_texts`` word after its
    cue: "signed nine agreements"), or None."""
    for j in range(len(decided) - 1, -1, -1):
        if n - decided[j][0] > SET_REACH:
            return None
        if not decided[j][1].isdisjoint(lex.set_texts):
            return j
    return None


#: First words of a subject naming some of a set: "The others", "One of ...", "Among them", "Another ...".
_SET_OPENERS = _PART_WORDS | frozenset(["the", "among", "another"])


def _set_part_head(lowers: list[str], lex: Lexicon) -> int | None:
    """Index of the last word of a subject naming some of a concluded set ("The others", "the other two
    agreements", "One of the memoranda", "Two of them", "Among them, the arrangement", "Another accord"),
    or None."""
    first = lowers[0]
    if first == "the" and len(lowers) > 2 and lowers[1] in _REST_WORDS:
        if lowers[1] == "others":
            return 1
        return next((j for j in range(2, min(len(lowers), 5)) if lowers[j] in lex.set_texts), None)
    if first == "another":
        return 1 if len(lowers) > 2 and lowers[1] in lex.set_texts else None
    if first == "among":
        if len(lowers) < 4 or lowers[1] not in _SET_PRONOUNS or lowers[2] not in ARTICLES:
            return None  # "Among them, the ...": "Among them is ..." is listed_text's
        return next((j for j in range(3, min(len(lowers), 7)) if lowers[j] in lex.set_texts), None)
    if first in _PART_WORDS and lowers[1:2] == ["of"] and len(lowers) > 3:
        if lowers[2] in _SET_PRONOUNS:
            return 2
        if lowers[2] in ARTICLES or lowers[2] in DEMONSTRATIVES:
            return next((j for j in range(3, min(len(lowers), 6)) if lowers[j] in lex.set_texts), None)
    return None


def pronoun_terms(lowers: list[str], previous: frozenset[str], lex: Lexicon) -> bool:
    """'It will allow Kenya to import 400 megawatts', 'It also provides for joint patrols': right after a
    sentence that concluded a text (a decision object among the words after its cue, ``previous``), "It"
    with a terms verb (``terms_verbs``, present or after "will"/"would") states that text's terms. Not
    'It will be the first such deal' (no terms verb), 'It does not allow ...' (negated), nor "it" after a
    decision that named no text ('agreed to meet again. It will ...')."""
    if lowers[:1] != ["it"] or previous.isdisjoint(lex.decision_objects):
        return False
    k = 1
    while k < len(lowers) and k <= 3 and (lowers[k] in lex.adverbs or lowers[k] in _FUTURE_MODALS):
        k += 1  # "It also", "It will", "It would also"
    if k >= len(lowers):
        return False
    return any(i == k for i, _ in lex.cues.scan(lowers[: k + 3]).get("terms_verbs", ()))


def _definite_subject(text: str, toks: Sequence[Token], lowers: list[str], start: int) -> tuple[str, int, bool] | None:
    """The head of a definite noun phrase opening at ``start`` ('The new crossing stations', 'The mission's
    mandate'): (head, index after it, whether it is a possessive, "mission" for "The mission's"). The phrase
    ends at a comma, a finite or modal word, a preposition or relative, or after five words; None when
    ``start`` holds no determiner of :data:`_ANAPHOR_DETERMINERS` or no word follows it."""
    if start >= len(lowers) or lowers[start] not in _ANAPHOR_DETERMINERS:
        return None
    j = start + 1
    while j < len(lowers) and j - start <= 5 and lowers[j] not in _SUBJECT_STOPS:
        if text[toks[j - 1].end : toks[j].start].strip():
            break  # a comma (or other mark) closes the noun phrase before this word
        if lowers[j].endswith(("'s", "’s")):
            return lowers[j][:-2], j + 1, True
        j += 1
    if j == start + 1 or j >= len(lowers):
        return None
    return lowers[j - 1], j, False


#: Nouns of time whose possessive only dates the subject after it ("This year's contingents", "last week's drill").
_TIME_OWNERS = frozenset(["year", "week", "month", "season", "summer", "winter", "spring", "autumn", "day"])
#: Words before a possessive of time ("this year's", "last week's", "next month's").
_TIME_DETERMINERS = frozenset(["this", "last", "next"])
#: How far into a sentence a subject may open: after a short source frame ("A navy spokesman said the drill ...").
_FRAMED_SUBJECT_END = 12


def _after_source_frame(lowers: list[str], lex: Lexicon) -> int | None:
    """Where the sentence's own subject opens: 0, or after a source frame of at most seven words ending in a
    reporting verb, then at most "that" or the hearers ('A U.S. Indo-Pacific Command spokesperson said (that)
    the exercise ...', 'A diplomat told reporters the mission ...'); None when no subject opens at either place."""
    if lowers and (lowers[0] in _ANAPHOR_DETERMINERS or lowers[0] in _TIME_DETERMINERS):
        return 0
    frame = next((k for k in range(1, min(8, len(lowers))) if lowers[k] in lex.reporting_verbs), None)
    if frame is None:
        return None
    for k in range(frame + 1, min(frame + 4, len(lowers))):
        if lowers[k] in _ANAPHOR_DETERMINERS or lowers[k] in _TIME_DETERMINERS:
            return k
    return None


def security_anaphor(
    text: str, toks: Sequence[Token], lowers: list[str], recent: Sequence[frozenset[str]], lex: Lexicon
) -> bool:
    """'The cell, made up of eight officers from each country, will report every fortnight', 'The mission's
    mandate runs until February 2027': a sentence whose subject names again an operational body (one of
    ``operational_bodies``: a cell, mission, force, tribunal, exercise ...) that a recent security sentence named
    (its words in ``recent``) carries that sentence's security matter without repeating its words. The subject
    may follow a short source frame ('A navy spokesman said the exercise was not aimed at anyone') and a
    possessive of time that only dates it ('This year's contingents include a platoon from Chile').
    Not a schedule ('The group will meet again in May'), nor another kind of subject ('The manuscripts ...',
    'The Commission has yet to respond', 'This year's budget'), nor a body no security sentence named."""
    opening = [w.removesuffix("'s").removesuffix("’s") for w in lowers[:_FRAMED_SUBJECT_END]]
    if recent and _body_object(toks, lowers, recent, lex):
        return True
    if not recent or lex.operational_bodies.isdisjoint(opening):
        return False  # no security sentence before, or no such body opening this one: most sentences
    start = _after_source_frame(lowers, lex)
    if start is None:
        return False
    dated = start + 2 < len(lowers) and lowers[start] in _TIME_DETERMINERS
    if dated and lowers[start + 1].removesuffix("'s").removesuffix("’s") in _TIME_OWNERS:
        # "This year's contingents include", "Last year's joint mission lost": the body right after the date,
        # or after one adjective, with no mark between
        heads = [k for k in range(start + 2, min(start + 4, len(lowers))) if lowers[k] in lex.operational_bodies]
        k = heads[0] if heads else -1
        if k < 0 or text[toks[start + 1].end : toks[k].start].strip(" "):
            return False
        subject: tuple[str, int, bool] | None = (lowers[k], k + 1, False)
    else:
        subject = _definite_subject(text, toks, lowers, start)
    if subject is None or subject[0] not in lex.operational_bodies:
        return False
    if not lex.schedule_verbs.isdisjoint(lowers[subject[1] : subject[1] + 6]):
        return False  # "The mechanism would meet again": when it meets, not what it does
    forms = _noun_forms(subject[0])
    return any(f in words for f in forms for words in recent)


#: Words before a weapon's event that make it a noun named again ("the launch", "this launch", "its impact").
_EVENT_DETERMINERS = DEMONSTRATIVES | POSSESSIVES | frozenset(["the", "each", "every", "latest", "last"])


def weapon_anaphor(lowers: list[str], recent: Sequence[frozenset[str]], lex: Lexicon) -> bool:
    """Round 37b. 'Fragments have landed in their fields' after 'residents have heard the drones', 'Immediately after
    the launch, the Prime Minister instructed ...' after 'North Korea launched one ballistic missile': what a weapon
    leaves (``weapon_traces``) or an event of it named after a determiner (``weapon_events``), within a few
    sentences of a security sentence that named the weapon (``weapon_words`` among its words in ``recent``), is
    that attack again (GUIDELINES: "military matters"). Not 'agreed to launch a working group on marine debris'
    after no weapon, nor 'proposed the launch of a direct flight' (the event of the thing its "of" names), nor a
    weapon's word alone. A place where forces are kept, named after any recent security sentence, is read here too
    (:func:`_force_place`: "There are no bases and there will be no bases")."""
    # the sentence's words among those of the three tests below, found in one C-level pass (most sentences: none)
    cues = _weapon_cues(lex).intersection(lowers)
    if not cues:
        return False
    traced = not lex.weapon_traces.isdisjoint(cues)
    if not lex.force_places.isdisjoint(cues) and _force_place(lowers, lex):
        return True
    if not traced and lex.weapon_events.isdisjoint(cues):
        return False  # no trace or event word (most sentences): checked in C
    if not any(not lex.weapon_words.isdisjoint(words) for words in recent):
        return False
    if traced:
        return True
    for k, w in enumerate(lowers):
        if w not in lex.weapon_events or k == 0 or lowers[k - 1] not in _EVENT_DETERMINERS:
            continue
        if lowers[k + 1 : k + 2] == ["of"] and lex.weapon_words.isdisjoint(lowers[k + 2 : k + 6]):
            continue  # "the launch of a direct flight": the event of another thing, named after it
        return True
    return False


#: Per lexicon (by :func:`lexicon_key`): the words weapon_anaphor's opening tests look for.
_WEAPON_CUES: dict[int, frozenset[str]] = {}


def _weapon_cues(lex: Lexicon) -> frozenset[str]:
    """The force places, weapon traces and weapon events of ``lex``: a sentence holding none of them is no
    :func:`weapon_anaphor`."""
    key = lexicon_key(lex)
    got = _WEAPON_CUES.get(key)
    if got is None:
        got = _WEAPON_CUES[key] = lex.force_places | lex.weapon_traces | lex.weapon_events
    return got


#: Verbs whose object is a body one joins, serves or supplies ("asked to join the group", "offered the force").
_BODY_OBJECT_VERBS = frozenset(
    [
        "join",
        "joined",
        "joining",
        "joins",
        "offered",
        "offer",
        "offers",
        "rejoin",
        "left",
        "leave",
        "quit",
        "contribute",
        "contributed",
    ]
)


def _body_object(toks: Sequence[Token], lowers: list[str], recent: Sequence[frozenset[str]], lex: Lexicon) -> bool:
    """Round 37b. 'Georgia has asked to join the group as an observer', 'we have offered the force the use of our
    airports': an operational body a recent security sentence named, named again with "the" right after a verb of
    joining, leaving or supplying it (``_BODY_OBJECT_VERBS``): a state's part in that body is its security matter.
    Not 'joined the group of experts' (an "of" after it names another group), nor a body no security sentence
    named."""
    if _BODY_OBJECT_VERBS.isdisjoint(lowers):
        return False
    for k in range(2, len(lowers)):
        w = lowers[k]
        if w not in lex.operational_bodies or lowers[k - 1] != "the" or lowers[k - 2] not in _BODY_OBJECT_VERBS:
            continue
        if lowers[k + 1 : k + 2] in (["of"], ["on"], ["for"]) or toks[k].is_capitalised:
            continue
        if any(f in words for f in _noun_forms(w) for words in recent):
            return True
    return False


#: What may stand before a place of the forces named as a place ("no bases", "a rear base", "their garrisons").
_PLACE_BEFORE = ARTICLES | POSSESSIVES | DEMONSTRATIVES | frozenset(["no", "any", "rear", "forward", "foreign", "new"])


def _force_place(lowers: list[str], lex: Lexicon) -> bool:
    """Round 37b. 'There are no bases and there will be no bases', 'let our territory become a rear base for anybody'
    (after a security sentence: see :func:`weapon_anaphor`): a place where forces are kept (``force_places``) as a
    noun phrase of its own, a determiner or a place adjective before it and no noun after it. Not 'the base rate'
    (a modifier), 'the base of the hill' (a part named by its "of")."""
    for k, w in enumerate(lowers):
        if w not in lex.force_places or k == 0 or lowers[k - 1] not in _PLACE_BEFORE:
            continue
        nxt = lowers[k + 1] if k + 1 < len(lowers) else ""
        if nxt == "of":
            continue
        if not nxt or not nxt.isalpha() or nxt in lex.prepositions or nxt in lex.stopwords:
            return True
    return False


#: Parts of a border line that are also transport lines (read as such beside ``route_words``).
_TRANSPORT_LINES = frozenset(["line", "lines"])
#: What may stand before a one-word part of a border line ("the line", "each segment", "their survey").
_LINE_DETERMINERS = DEMONSTRATIVES | POSSESSIVES | frozenset(["the", "each", "every", "any", "both"])
#: A count between the determiner and the part ("the two lines", "their three segments").
_LINE_COUNTS = frozenset(["two", "three", "four", "both"])


def border_line_anaphor(
    toks: Sequence[Token], lowers: list[str], recent: Sequence[frozenset[str]], lex: Lexicon
) -> bool:
    """'Under the agreed description, the line on this section follows the watershed', 'The working group does
    not deal with the segments the two countries dispute', 'The commission has yet to set a date for surveying the
    islands': a part of a border line (``border_line_words``) named after a definite determiner or an owner, or a
    verb of fixing the line (``border_acts``), within a few sentences of a security sentence that named a border
    being fixed (its words in ``recent``: a border word and one of ``border_line_topics``), is that border
    again; so are lines after a count ('The two lines leave a wedge of seabed') and land counted by a number
    ('Uzbekistan will receive 4,957 hectares of ...'). Not 'in line with the guidelines', 'a new rail line' (no
    definite determiner right before), a name ('the Survey of India'), nor a line after a sentence that named a
    border only as a place ('a rail line to reach the region without reloading at the border')."""
    if not any(
        not lex.border_words.isdisjoint(words) and not lex.border_line_topics.isdisjoint(words) for words in recent
    ):
        return False  # no recent security sentence about fixing a border: most sentences
    for i, w in enumerate(lowers):
        if w in lex.border_acts and not toks[i].is_capitalised:
            return True  # "for surveying the islands", "to demarcate the rest"
    route = not lex.route_words.isdisjoint(lowers)  # "freight services ... use the line to reach ports": a rail line
    for i, phrase in lex.border_line_words.find_all(lowers):
        before = lowers[i - 1] if i else ""
        if toks[i].is_capitalised and i:
            continue  # "the Survey Department": a name
        if route and phrase[0] in _TRANSPORT_LINES:
            continue  # "exporters could use the line to reach ports": a transport line, not the border's (round 32c)
        if len(phrase) > 1 or before in _LINE_DETERMINERS or before.endswith(("'s", "’s")):
            return True
        if before in _LINE_COUNTS and i > 1 and lowers[i - 2] in _LINE_DETERMINERS:
            return True  # "The two lines leave a wedge of seabed": both claimed lines named again
        if before[:1].isdigit():
            return True  # "Uzbekistan will receive 4,957 hectares of ...": land the border deal moves, counted
    return False


def sanction_anaphor(toks: Sequence[Token], lowers: list[str], recent: Sequence[frozenset[str]], lex: Lexicon) -> bool:
    """'The listed tankers are barred from EU ports', 'Hungary and Slovakia have blocked previous attempts to move
    to a full maritime services ban': one of ``sanction_measures`` (a ban, an embargo, a blacklist ...) within a few
    sentences of a security sentence that named sanctions or one of those measures (its words in ``recent``)
    is that sanctions regime again: sanctions as coercion are a security matter (GUIDELINES). Not a measure
    with no such sentence before it ('a ban on single-use plastics'), nor a word of a name ('the Ban Ki-moon
    Centre')."""
    measures = lex.sanction_measures
    if measures.isdisjoint(lowers) or not any(not measures.isdisjoint(words) for words in recent):
        return False  # no measure here, or no recent security sentence about sanctions: most sentences
    return any(w in measures and (i == 0 or not toks[i].is_capitalised) for i, w in enumerate(lowers))


#: Lower-case words that may stand inside a body's name ("Inter-American Committee against Terrorism").
_NAME_JOINTS = frozenset(["of", "for", "against", "on", "and", "the", "de", "del", "la"])


def security_acronyms(text: str, toks: Sequence[Token], lex: Lexicon) -> list[str]:
    """The acronyms a sentence defines in parentheses for a security body or armed group: 'Border Guard Bangladesh
    (BGB)', 'the Inter-American Committee against Terrorism (CICTE)', 'the Barisan Revolusi Nasional (BRN), the
    main separatist group': a security term or a border word in the name before the parenthesis or in the
    apposition right after it. Not 'the Economic Community of West African States (ECOWAS)', whose name carries
    no security matter even in a sentence about a coup."""
    found: list[str] = []
    for k, t in enumerate(toks):
        if not (t.start > 0 and t.end < len(text) and text[t.start - 1] == "(" and text[t.end] == ")"):
            continue
        if not (t.text.isupper() and t.text.isalpha() and 2 <= len(t.text) <= 7):
            continue
        start = k
        while start > 0 and (toks[start - 1].is_capitalised or toks[start - 1].lower in _NAME_JOINTS):
            start -= 1
        end = k + 1
        if end < len(toks) and text[t.end + 1 : toks[end].start].strip() == ",":
            end += 1  # the apposition after "(BRN), ", to its comma
            while end < len(toks) and not any(m in text[toks[end - 1].end : toks[end].start] for m in ",;."):
                end += 1
        words = [w.lower for w in toks[start:end] if w is not t]
        if not lex.border_words.isdisjoint(words) or "security_terms" in lex.cues.scan(words):
            found.append(t.text)
    return found


#: Heads after a body's acronym that make it a person's office ("the SNB chief", "the BGB director"): who acts.
_HOLDERS = frozenset(["chief", "head", "director", "commander", "chairman", "chair", "spokesman", "spokeswoman"])


def names_security_acronym(toks: Sequence[Token], lowers: list[str], acronyms: Sequence[str], lex: Lexicon) -> bool:
    """'The 13-member BGB delegation was led by ...', 'The Committee elected the Chair of CICTE': a sentence that
    names again a security body or armed group by the acronym an earlier security sentence defined for it. Not
    an office named by it ('the SNB chief visited the construction site': who acts), nor its next sitting ('will
    present a proposal at the next regular session', 'invited his counterpart to the next conference'): a
    schedule, which names no matter."""
    named = [k for k, t in enumerate(toks) if t.is_capitalised and t.text in acronyms]
    if not any(k + 1 >= len(lowers) or lowers[k + 1] not in _HOLDERS for k in named):
        return False  # no such acronym, or only one naming a person's office ("the SNB chief visited the dam")
    sittings = lex.event_subjects
    return not any(w == "next" and not sittings.isdisjoint(lowers[k + 1 : k + 4]) for k, w in enumerate(lowers))


def _not_terms_subject(head: str, modifiers: Sequence[str], lex: Lexicon) -> bool:
    """A subject whose future states no decided term: a document (its own terms verbs decide), a meeting or
    a series' next sitting, the parties or other people (a plan of theirs, not a term), or a thing or people the
    decision bought, built or hired (round 36b, ``acquired_things``: "The frigates will be armed with ...": their
    use)."""
    return (
        head in lex.acquired_things
        or head in lex.decision_objects
        or head in lex.document_subjects
        or head in lex.binding_documents
        or head in lex.terms_nouns
        or head in lex.event_subjects
        or head in lex.anaphoric_collective
        or head in lex.source_collectives
        or head in lex.time_words
        or any(m in ("next", "following") for m in modifiers)
    )
