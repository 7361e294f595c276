"""Whether a sentence reports a *proposal* and where its cue is: proposing verbs in any form
(:func:`proposal_cue`), need frames naming a specific instrument, requests, invitations, appeals,
offers and pledges, backed initiatives, and proposals carried by reported speech
(:func:`reported_proposal`: a modal after "X said" or inside a quotation).

Contract: cue functions take the lower-cased tokens (or text) of one sentence and the lexicon and
return the cue's token index or None; pure, and below :mod:`briefing.rules.decisions` in the
dependency order (decisions may read proposal helpers, never the reverse).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..entities import country_at
from ..grammar import PASSIVE_AUX
from ..lexicon import Lexicon, Matches
from ..quotes import inside_quote
from ..tokens import Token
from .clauses import (
    _ATTRIBUTIVE_BEFORE,
    _FINITE_WORDS,
    _RELATIVES,
    _TO_NOUN_PHRASE,
    ARTICLES,
    DEMONSTRATIVES,
    POSSESSIVES,
    _modal,
    _negated,
)


def proposal_cue(
    lowers: list[str], lex: Lexicon, found: Matches | None = None, able: frozenset[str] | None = None
) -> int | None:
    """Token index of the first proposal cue, or None (see module docstring). ``able`` (when given) names the
    detectors whose opening test the sentence passes (classify's cue gates restate each one): the others would
    return None and are not asked."""
    found = lex.cues.scan(lowers) if found is None else found
    every = able is None
    names = able or frozenset()
    if found.get("goals") and not found.get("proposal_strong"):
        return None
    for i, phrase in found.get("proposal_strong", ()):
        if _negated(lowers, i, lex) or _habitual(lowers, i, phrase, lex) or _reduced_relative(lowers, i, phrase, lex):
            continue
        if i >= 2 and lowers[i - 1] == "have" and lowers[i - 2] in _COUNTERFACTUAL:
            continue  # "a resolution that would have demanded a ceasefire": what was not done
        after = lowers[i + len(phrase) : i + len(phrase) + 8]
        if _vague(lowers[i + len(phrase) :], lex):
            continue
        if i + len(phrase) >= len(lowers):
            if _backs_named_course(phrase, lex):
                return i  # "X supported the proposal.", "Y welcomed the idea.": the cue names the course it backs
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
        if phrase[0] in _PROPOSAL_NOUNS and i > 0 and lowers[i - 1] == "any":
            continue  # "would study any proposal that respects ...": one that may come, none made (round 36c)
        if _adopted_course(lowers, i, phrase):
            continue  # round 39a: "approved Ireland's request to become ...": the course is decided, not proposed
        if phrase[0] in _STATUS_NOUNS and _status_report(lowers, i + len(phrase), lex):
            continue  # "the visa proposal was under study", "A second request ... is pending": where it stands
        if phrase[0] in _CALL_NOUNS and i > 0 and lowers[i - 1] in _NOUN_MARKERS:
            continue  # "ignored previous calls for a truce": calls named, none made here
        if phrase[0].endswith("ing") and _REJECTIONS.intersection(lowers[:i]):
            continue  # "vetoed a draft resolution calling for a ceasefire": what was rejected
        if phrase[0] in _OFFER_FORMS and after and (after[0] == "by" or set(after[:3]) & lex.courtesies):
            continue  # "the help offered by X", "offered condolences"
        if phrase[0] == "welcomed" and "but" in after[:5]:
            continue  # "welcomed the idea but said it would need to be studied": a welcome with a reservation
        if phrase[0] == "welcomed" and _only_studied(lowers[i + len(phrase) :]):
            continue  # "welcomed the proposal and said Oslo would consider it": a welcome that commits to a study only
        readiness = phrase[-1] == "to" and bool(after) and phrase[-2] in _READY
        if readiness and _attitude(after, 0, lex) and not _continued_course(after, lex):
            continue  # "ready to work in a positive spirit": a disposition, no course of action
        if readiness and not _OPEN_QUESTION.isdisjoint(lowers[max(0, i - _QUESTION_REACH) : i]):
            continue  # round 38a: "how much control it is willing to share": a readiness in question, none offered
        if phrase[-1] in _READINESS and _studied_only(after):
            continue  # "expressed its readiness to examine this request": a study promised, nothing offered yet
        if phrase[-1] == "that" and i > 0 and (lowers[i - 1] in lex.prepositions or lowers[i - 1] in _NOUN_DETERMINERS):
            continue  # "a list of demands that it dropped": a noun and its relative clause
        if (
            phrase[0] in lex.request_verbs
            and len(phrase) == 1
            and not _asks_for_action(after)
            and not _far_infinitive(lowers, i + 1)  # round 39a
        ):
            continue  # ("pressed for a cut" names its object with the cue's own "for")
        if phrase[0] in lex.request_verbs and after[0] == "not":
            continue  # "a diplomat who asked not to be named": a source's own condition, no course of action
        if phrase[0] in _REQUEST_NOUNS and i > 0 and lowers[i - 1] in _ANAPHORIC_DETERMINERS | {"a", "an", "any"}:
            continue  # "did not respond to a request for comment", "the request would be examined": a noun
        if phrase[0] in _REQUEST_NOUNS and (after[:2] == ["for", "comment"] or _answered(lowers, i)):
            continue  # "Neither ministry responded to requests for comment": a reporter's, no course of action
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
    if (every or "_stated_proposal" in names) and (stated := _stated_proposal(lowers, lex)) is not None:
        return stated
    if (every or "_wanted_act" in names) and (wanted := _wanted_act(lowers, lex)) is not None:
        return wanted
    if (every or "_sought_backing" in names) and (sought := _sought_backing(lowers)) is not None:
        return sought
    if (every or "_declared_support" in names) and (declared := _declared_support(lowers, lex)) is not None:
        return declared
    if (every or "_declared_readiness" in names) and (ready := _declared_readiness(lowers, lex)) is not None:
        return ready
    if (every or "_backed_course" in names) and (backed := _backed_course(lowers, lex)) is not None:
        return backed  # round 39a
    if (every or "_pressing" in names) and (pressing := _pressing(lowers, lex)) is not None:
        return pressing
    if (every or "_offer_made" in names) and (offer := _offer_made(lowers, lex)) is not None:
        return offer
    if (every or "_specific_need" in names) and (need := _specific_need(lowers, lex)) is not None:
        return need
    for i, phrase in found.get("proposal_weak", ()):
        rest = set(lowers[i + len(phrase) :])
        if _negated(lowers, i, lex):
            continue
        if phrase == ("importance", "of") and not (i + 2 < len(lowers) and lowers[i + 2].endswith("ing")):
            continue  # "the importance of accelerating X" names an act; "the importance of ties" a value
        if phrase[-1] == "be" and _PREDICATE.intersection(lowers[i + len(phrase) : i + len(phrase) + 1]):
            continue  # "The river should be a link, not a highway": what a thing should be, no act asked for
        if lowers[0] in lex.vague and i <= _NOTION_REACH and lowers[i - 1] in (lowers[0], "it"):
            continue  # "Peace cannot be imported; it must be built here": a saying about a bare notion (a slogan)
        if phrase[-1] in _WANT_FORMS and _wished_predicate(lowers[i + len(phrase) :]):
            continue  # "We want CICA to be a forum where ...": what a thing should be, a general goal
        if (
            lowers[i + len(phrase) : i + len(phrase) + 1] == ["to"]
            and lowers[i + len(phrase) + 1 :][:1]
            and (lowers[i + len(phrase) + 1] in lex.speech_acts)
        ):
            continue  # "I would like to thank the hosts for this conference": the speaker's own courtesy, no course
        if rest & lex.proposal_specific or (phrase in _APPEALS and _appeal_to_act(lowers[i + len(phrase) :], lex)):
            return i
    return None


#: Round 39a. Verbs by which a body decides a course put to it ("approved the request", "adopted the proposal").
_ADOPTIONS = frozenset(["adopted", "approved", "accepted", "ratified", "passed", "granted"])
#: Nouns of a course put to someone, the object of an adoption ("approved a proposal by the ministry to ...").
_PUT_COURSES = frozenset(
    ["proposal", "proposals", "request", "requests", "idea", "ideas", "initiative", "initiatives", "plan", "draft"]
)
#: Participles of tabling that describe a text by its author ("resolutions tabled by Pakistan", "an idea first put
#: forward by Beijing").
_TABLED = frozenset(["tabled", "proposed", "submitted", "presented", "drafted", "sponsored", "co-sponsored", "put"])
_ADOPTED_REACH = 5  # words from the adoption to its noun: "approved President Bola Tinubu's request"


def _adopted_course(lowers: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    """Round 39a. A course put to a body that the sentence reports as decided: the proposal noun is the object of an
    adoption ('In October the Cabinet approved a proposal by the ministry to allow ...', 'The ministers approved
    Ireland's request to become an observer', 'the Senate approved President Tinubu's request to deploy ...'; an
    owner or adjectives between, within five words), or a participle of tabling describes by its author a text the
    sentence's main verb adopts ('The Session adopted ... the following resolutions tabled or co-sponsored by
    Pakistan:', 'approved the founding agreement of the bank, an idea first put forward by Beijing in 2010'). What
    was proposed is now decided (the decision is found by its own cue): no proposal is reported. Not 'backed the
    request' or 'endorsed our candidature' (a backing, itself a proposal), 'agreed to consider the request', nor
    'approved the plan and proposed that ...' (a proposal verb of its own)."""
    w = phrase[0]
    if w in _PUT_COURSES:
        k = i - 1
        while k > max(-1, i - 1 - _ADOPTED_REACH) and lowers[k] not in _ADOPTIONS:
            if lowers[k] in _FINITE_WORDS or lowers[k] in ("to", "that", "and", "which", "who"):
                return False
            k -= 1
        return k >= 0 and lowers[k] in _ADOPTIONS
    if w in _TABLED and lowers[i + len(phrase) : i + len(phrase) + 1] == ["by"]:
        return not _ADOPTIONS.isdisjoint(lowers[:i])  # "an idea first put forward by Beijing", "drafted by X"
    if w in _TABLED and i + 2 < len(lowers) and lowers[i + 1] == "or" and lowers[i + 3 : i + 4] == ["by"]:
        return not _ADOPTIONS.isdisjoint(lowers[:i])  # "tabled or co-sponsored by Pakistan"
    return False


_STATUS_NOUNS = frozenset(["proposal", "proposals", "request", "requests"])
_STATUS_COPULAS = frozenset(["is", "are", "was", "were", "remains", "remain", "remained"])
_FINITE_OR_COPULA = _FINITE_WORDS | _STATUS_COPULAS
_STATUS_REACH = 16  # words from the noun to its copula: "A second request, for a man wanted in ..., is pending"


def _status_report(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """Round 32b. 'Officials said the visa proposal was under study', 'A second request, for a man wanted on
    charges ..., is pending before the court', 'the proposals remain under consideration': the proposal noun (ending
    at ``k``) is the subject of a copula (the first finite word after it, within sixteen words) whose predicate is a
    status (``pending_states``, or "under"/"being" with ``study_states``): a report on where a proposal stands, not
    one made. Not 'The proposal is to open a customs post' (a stated proposal), nor 'the proposal to open a post was
    welcomed' (no status)."""
    c = next((j for j in range(k, min(len(lowers), k + _STATUS_REACH)) if lowers[j] in _FINITE_OR_COPULA), None)
    if c is None or lowers[c] not in _STATUS_COPULAS:
        return False
    j = c + 1
    while j < len(lowers) and lowers[j] in ("still", "now", "currently", "also"):
        j += 1
    state = lowers[j : j + 2]
    if not state:
        return False
    if state[0] in lex.pending_states:
        return True
    return len(state) == 2 and state[0] in ("under", "being") and state[1] in lex.study_states


def _backs_named_course(phrase: tuple[str, ...], lex: Lexicon) -> bool:
    """'Shavkat Mirziyoyev supported the proposal.', 'Japan endorsed the initiative.': a support verb and the
    initiative it backs, one lexicon phrase ending the sentence (GUIDELINES: "backing another party's proposal").
    Not 'Li said Beijing would study the proposal.' (the noun alone, no backing), nor 'The plan was supported.'"""
    return len(phrase) > 1 and phrase[0] in lex.backing_forms and phrase[-1] in lex.initiative_nouns


_NOTION_REACH = 8  # words before the modal within which "it" still names the notion opening the sentence

#: Verbs before "to requests" that answer them: the requests are a reporter's or anyone's, named not made.
_ANSWERS = frozenset(["respond", "responds", "responded", "reply", "replies", "replied", "answer", "answered"])


def _answered(lowers: list[str], i: int) -> bool:
    """'did not respond to requests from reporters', 'replied to a request': the request noun at ``i``
    is the object of an answer, so the sentence tells the answer (or its absence), not a request made."""
    return i >= 2 and lowers[i - 1] == "to" and lowers[i - 2] in _ANSWERS


#: Words of a follow-up that only studies what was welcomed: "would consider it", "a study would be prepared".
_STUDY_WORDS = frozenset(
    ["consider", "considered", "study", "studied", "examine", "examined", "review", "reviewed", "assess", "assessed"]
)


def _only_studied(rest: list[str]) -> bool:
    """'welcomed the idea and said Australia would consider it ...', 'welcomed the proposal and said a
    feasibility study would be prepared': the welcome (``rest`` is what follows its phrase) goes on, within
    ten words, to a report whose modal is followed by a study of the idea: nothing backed yet (gold2 q11).
    Round 36c: so does a welcome going on to an undertaking to study the idea or refer it to those who decide
    ('welcomed the proposal and undertook to present it to Cabinet'); 'welcomed the plan and undertook to fund
    its first phase' backs it."""
    undertook = next((k for k, w in enumerate(rest[:10]) if w in _UNDERTAKINGS and rest[k - 1 : k] == ["and"]), None)
    if undertook is not None and rest[undertook + 1 : undertook + 2] == ["to"]:
        return rest[undertook + 2 : undertook + 3] != [] and rest[undertook + 2] in _STUDY_BASES | _REFERRALS
    said = next((k for k, w in enumerate(rest[:10]) if w in ("said", "added") and k > 0 and rest[k - 1] == "and"), None)
    if said is None:
        return False
    modal = next((k for k in range(said + 1, min(len(rest), said + 10)) if rest[k] in _FUTURE_MODALS), None)
    return modal is not None and not _STUDY_WORDS.isdisjoint(rest[said + 1 : modal + 5])


_FUTURE_MODALS = frozenset(["would", "will", "could"])
#: Verbs of a commitment made in a reply ("undertook to study it"), and the referrals it may promise ("to present it
#: to Cabinet": the decision is others').
_UNDERTAKINGS = frozenset(["undertook", "undertakes", "promised", "pledged"])
_REFERRALS = frozenset(["present", "submit", "refer", "forward", "transmit", "consult", "brief"])
#: Last words of readiness cues ("is ready to", "expressed its readiness", "signalled willingness").
_READINESS = frozenset(["to", "readiness", "willingness"])


def _studied_only(after: list[str]) -> bool:
    """'is ready to consider the request', 'expressed its readiness to examine this request': what the readiness
    (``after`` is what follows its cue, with or without its "to") offers is only to study a thing, as a welcome
    that only commits to a study is no backing (see :func:`_only_studied`): nothing specific offered yet."""
    k = 1 if after[:1] == ["to"] else 0
    return after[k : k + 1] != [] and after[k] in _STUDY_BASES


#: Base forms of ``_STUDY_WORDS``: what readiness to study names ("ready to consider", "to examine").
_STUDY_BASES = frozenset(["consider", "study", "examine", "review", "assess", "discuss"])


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
_NOUN_DETERMINERS = ARTICLES | {"these", "those", "such"}


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
    a verb; 'invited journalists to the ceremony' names a place, not an act. 'has invited him for a
    state visit', 'invited the minister on an official visit': the visit named by a noun is the same act
    asked for (not 'invited reporters for lunch', no visit)."""
    to = next((k for k, w in enumerate(after[:7]) if w == "to"), None)
    if to is not None and to > 0 and to + 1 < len(after) and after[to + 1] not in _TO_NOUN_PHRASE:
        return True
    k = next((k for k, w in enumerate(after[:6]) if w in ("for", "on")), None)
    return k is not None and k > 0 and not _VISITS.isdisjoint(after[k + 1 : k + 4])


_VISITS = frozenset(["visit", "visits", "trip"])


_OWN_DETERMINERS = POSSESSIVES - {"your", "its"}  # a speaker's or a named party's own


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
            # (a named body may take several words: "to our partners in the Central American Integration System")
            k = next((j for j in range(k + 1, min(len(lowers) - 1, k + 12)) if lowers[j] in ("is", "was")), k)
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
    if _wished_predicate(rest):
        return None  # "We want CICA to be a forum where ...": what a thing should be, a general goal
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


#: Verbs that state a position held: with "support for" an initiative they back a course not yet decided.
_DECLARE_FORMS = frozenset(
    ["confirmed", "reaffirmed", "reiterated", "expressed", "voiced", "declared", "affirmed", "conveyed"]
)


def _declared_support(lowers: list[str], lex: Lexicon) -> int | None:
    """'The ministers confirmed their joint support for Finland's candidature', 'reaffirmed strong backing for
    the Kenyan bid': support declared for a course someone else decides (an initiative, a bid, a candidature
    of ``initiative_nouns`` within six words after "for"), with owners or adjectives between verb and noun.
    Not 'confirmed support for the peace process' (no initiative named), nor a negated or modal statement."""
    if _DECLARE_FORMS.isdisjoint(lowers) or _BACKING.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in _DECLARE_FORMS or _negated(lowers, i, lex) or _modal(lowers, i, lex):
            continue
        k = next((k for k in range(i + 1, min(len(lowers), i + 5)) if lowers[k] in _BACKING), None)
        if k is None or lowers[k + 1 : k + 2] != ["for"]:
            continue
        if w in _VOICED and _named_owner(lowers[i + 1 : k]) and not _vague(lowers[k + 2 :], lex):
            return i  # "expressed China's support for an immediate ceasefire": as "expressed its support for"
        if not lex.initiative_nouns.isdisjoint(lowers[k + 2 : k + 8]):
            return i
    return None


#: Round 39a. Finite forms of backing verbs ("Romania will back the opening", "we support the efforts").
_BACKING_VERBS = frozenset(["support", "supports", "back", "backs", "endorse", "endorses"])
_BACKING_THIRD = frozenset(["supports", "backs", "endorses"])
#: Words before a base form that make it finite: a speaker's pronoun.
_BACKING_SUBJECTS = frozenset(["we", "i", "they"])
_BACKED_REACH = 6  # words from the verb to the course it backs: "would back the African Union's long-standing demand"


def _backed_course(lowers: list[str], lex: Lexicon) -> int | None:
    """Round 39a. 'Croatia would back a regional agreement on small arms', 'Lisbon would back the African Union's
    demand for two seats', 'Romania will back the opening of the clusters', 'On Libya, we support the efforts of
    the envoy to ...', 'Azerbaijan supports the initiatives of ...': a party stating, in the present or for the
    future, that it backs a course not yet decided (GUIDELINES: backing another party's proposal is a proposal).
    The verb is finite (a present third person, or a base form after "we", "I" or "they"; after a modal of intent
    see :func:`reported_proposal`, whose frame names the speaker), its
    object opens on a determiner or an owner and names a course (``initiative_nouns`` or ``backed_courses``) within
    six words. Not 'China supports the DPRK and the ROK in improving relations' (a party backed, no course), 'will
    not support', 'to support the army' (an infinitive: what is asked or planned), nor 'support for' (a noun)."""
    for i, w in enumerate(lowers):
        if w not in _BACKING_VERBS or i == 0 or i + 2 >= len(lowers):
            continue
        if w not in _BACKING_THIRD:
            j = i - 1
            while j > 0 and (lowers[j] in lex.adverbs or lowers[j].endswith("ly") or lowers[j] == "also"):
                j -= 1
            if lowers[j] not in _BACKING_SUBJECTS:
                continue
        elif lowers[i - 1] in ARTICLES or lowers[i - 1] in POSSESSIVES:
            continue  # "the backs of the lorries": a noun
        if _negated(lowers, i, lex):
            continue
        if _backed_object(lowers, i + 1, lex):
            return i
    return None


def _backed_object(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """Round 39a. The object of a backing verb, from ``k``: adverbs, then a determiner or an owner opening a noun
    phrase that names a course (``initiative_nouns`` or ``backed_courses``) within six words."""
    while k < len(lowers) and (lowers[k] in lex.adverbs or lowers[k].endswith("ly")):
        k += 1
    if k >= len(lowers) or not (
        lowers[k] in ARTICLES or lowers[k] in POSSESSIVES or lowers[k] in DEMONSTRATIVES or lowers[k].endswith("'s")
    ):
        return False
    window = lowers[k : k + _BACKED_REACH]
    return not lex.initiative_nouns.isdisjoint(window) or not lex.backed_courses.isdisjoint(window)


_READINESS_NOUNS = frozenset(["readiness", "willingness"])
#: Verbs by which a readiness is stated, besides ``_DECLARE_FORMS`` ("signalled its readiness to ...").
_READINESS_STATED = _DECLARE_FORMS | {"signalled", "signaled", "stated", "underlined", "stressed"}
_READINESS_REACH = 5  # words from the verb to its noun: "expressed the European Union's readiness"


def _declared_readiness(lowers: list[str], lex: Lexicon) -> int | None:
    """Round 32b. 'The EU side confirmed its readiness to support the project', 'X expressed the European Union's
    readiness to support the implementation of ...': a readiness or willingness stated by a verb of
    ``_READINESS_STATED`` (a possessive or an owner's name between them) to take a course of action (the infinitive
    after "to" neither an attitude nor a study: 'expressed its readiness to examine the request' offers nothing yet,
    'reaffirmed their readiness to work in a positive spirit' is a disposition) is an offer, a proposal.
    Not a negated or modal statement, nor the readiness of forces ('saying the cuts would weaken the allies'
    readiness')."""
    if _READINESS_STATED.isdisjoint(lowers) or _READINESS_NOUNS.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in _READINESS_STATED or _negated(lowers, i, lex) or _modal(lowers, i, lex):
            continue
        reach = range(i + 1, min(len(lowers), i + _READINESS_REACH))
        k = next((k for k in reach if lowers[k] in _READINESS_NOUNS), None)
        if k is None or lowers[k + 1 : k + 2] != ["to"] or k + 2 >= len(lowers):
            continue
        owner = lowers[k - 1]
        if k > i + 1 and owner not in POSSESSIVES and not (owner.endswith("'s") and len(owner) >= 4):
            continue  # "expressed full readiness" is read as "expressed readiness" by the strong cues
        act = lowers[k + 2]
        if _attitude(lowers, k + 2, lex) or act in _STUDY_BASES or _vague(lowers[k + 2 :], lex):
            continue
        return i
    return None


#: Round 38a. Words of an offer that may stand apart from their complement: a readiness, an offering verb, an
#: invitation (the gate of :func:`_offer_made`).
_OFFER_WORDS = frozenset(["ready", "willing", "prepared", "offered", "offers", "offering", "invitation"])
#: Verbs of a standing readiness before "ready": "we stand ready to", "Fiji remains prepared to".
_STANDING = frozenset(["stand", "stands", "stood", "standing", "remain", "remains", "remained"])
_BE_READY = _STANDING | frozenset(["am", "is", "are", "was", "were", "be", "been", "'re", "’re"])
#: Verbs that hand an invitation over ("extended to her counterpart an invitation to visit").
_HANDING = frozenset(
    ["extended", "extends", "extending", "conveyed", "conveys", "conveying", "issued", "issues", "renewed", "renews"]
)
_OPEN_QUESTION = frozenset(["whether", "how"])  # a readiness in question ("how much it is willing to share")
_QUESTION_REACH = 8  # words from "how" to the readiness: "how much of the harbour the company is willing to"
_HANDING_REACH = 14  # words from the verb to "invitation": "extended through the Minister an invitation"
_OFFER_GAP = 5  # words of time or place between "offered" and its "to": "offered again in March to host"
#: Words that open a phrase of time or manner between "offered" and its "to" ("offered last year to help").
_GAP_OPENERS = frozenset(["again", "last", "once", "earlier", "also", "this", "then", "twice", "repeatedly"])


def _offer_made(lowers: list[str], lex: Lexicon) -> int | None:
    """Round 38a. An offer or an invitation whose words stand apart: 'we stand ready to host a meeting', 'Fiji
    remains ready to send advisers', 'Canada had again offered in March to host contacts', 'offered last year to
    help rebuild the house', 'extended to her counterpart an invitation to pay a visit', 'extended through the
    Minister an invitation to ...': a party putting forward a course of action of its own, a proposal (GUIDELINES:
    offers and invitations). Not a readiness to study or an attitude ('ready to consider the request', 'ready to
    work in a positive spirit'), one in a question ('how much it is willing to share'), negated or under a modal,
    'the help offered by X', nor 'offered condolences to the families' (no infinitive after the gap)."""
    if _OFFER_WORDS.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    n = len(lowers)
    for k, w in enumerate(lowers):
        if w in _READY and k + 2 < n and lowers[k + 1] == "to" and k > 0:
            b = k - 1
            while b > 0 and (lowers[b] in lex.adverbs or lowers[b] in ("also", "still", "fully", "now", "always")):
                b -= 1
            if lowers[b] not in _BE_READY or _negated(lowers, b, lex) or _modal(lowers, b, lex):
                continue
            if not _OPEN_QUESTION.isdisjoint(lowers[max(0, b - _QUESTION_REACH) : b]):
                continue  # "whether Astana agrees may depend on how much control it is willing to share"
            after = lowers[k + 2 :]
            if after[0] in _TO_NOUN_PHRASE or not after[0].isalpha() or after[0] in _STUDY_BASES:
                continue
            if _attitude(after, 0, lex) and not _continued_course(after, lex):
                continue  # "ready to work in a positive spirit": a disposition, no course of action
            if _vague(after, lex):
                continue
            return b
        if w in _OFFER_FORMS and w != "offer" and k > 0:
            gap = lowers[k + 1 : k + 2 + _OFFER_GAP]
            to = next((j for j, g in enumerate(gap) if g == "to"), None)
            if to is None or to == 0 or k + to + 2 >= n or _negated(lowers, k, lex) or _modal(lowers, k, lex):
                continue
            if (gap[0] not in _GAP_OPENERS and gap[0] not in lex.prepositions) or gap[0] in ("by", "to", "for"):
                continue  # "offered condolences to", "the help offered by X": no phrase of time before the "to"
            if not _FINITE_WORDS.isdisjoint(gap[:to]) or "," in gap[:to]:
                continue
            act = lowers[k + to + 2]
            if act in _TO_NOUN_PHRASE or not act.isalpha() or act in _STUDY_BASES or _attitude(lowers, k + to + 2, lex):
                continue
            return k
        if w == "invitation" and k + 1 < n and lowers[k + 1] in ("to", "from"):
            for h in range(k - 1, max(-1, k - _HANDING_REACH), -1):
                if lowers[h] in _HANDING:
                    between = lowers[h + 1 : k]
                    stated = _FINITE_WORDS.isdisjoint(between) and _RELATIVES.isdisjoint(between)
                    if stated and not _negated(lowers, h, lex) and not _modal(lowers, h, lex):
                        return h
                    break
    return None


_CONTINUED = frozenset(["continue", "keep"])


def _continued_course(after: list[str], lex: Lexicon) -> bool:
    """Round 32b. 'was ready to continue supplying equipment to ...', 'Erbil was ready to continue its mediation':
    after a readiness, "continue" with a gerund of action or a possessive and its own noun offers to go on with a
    named course, an offer like 'ready to host'. Not 'ready to continue the dialogue with goodwill', 'to continue
    working together' (a gerund of attitude) nor 'to continue its efforts' (a vague noun)."""
    if after[0] not in _CONTINUED or len(after) < 2:
        return False
    nxt = after[1]
    if nxt.endswith("ing") and len(nxt) > 5:
        return nxt[:-3] not in lex.attitudes and nxt not in lex.vague and not _vague(after[1:], lex)
    return nxt in POSSESSIVES and len(after) > 2 and after[2] not in lex.vague and not _vague(after[2:], lex)


#: Verbs that voice support now; with a named owner they read as their strong cues ("expressed its support").
_VOICED = frozenset(["expressed", "voiced", "reiterated", "conveyed"])


def _named_owner(words: list[str]) -> bool:
    """'china's', 'the government's': a possessive standing where "its" stands in "expressed its support"
    (GUIDELINES: declaring support for a specific course is a proposal, whoever's support is named)."""
    if not words or not words[-1].endswith("'s") or len(words[-1]) < 4:
        return False
    return len(words) == 1 or (len(words) == 2 and words[0] == "the")


_PROGRESSIVE_AUX = frozenset(["is", "are", "was", "were", "been", "be"])
_PRESSED_REACH = 9  # words after "pressing" within which the "to" of the act asked for may come


def _pressing(lowers: list[str], lex: Lexicon) -> int | None:
    """'Kuwait is also pressing Iraq to respect the boundary', 'Farmers have been pressing the ministry to
    lift the ban': the progressive of "press" with an object asked TO act (an infinitive within eight words).
    "pressing" is an adjective elsewhere ('the most pressing issue for the region', 'a pressing need to act'),
    so a form of "be" (an adverb may follow it) must come right before it."""
    if "pressing" not in lowers:
        return None  # checked in C
    for i, w in enumerate(lowers):
        if w != "pressing" or i == 0:
            continue
        j = i - 1
        if lowers[j] in lex.adverbs or lowers[j].endswith("ly"):
            j -= 1
        if j < 0 or lowers[j] not in _PROGRESSIVE_AUX or _negated(lowers, j + 1, lex):
            continue
        # the object may be a coordinated phrase ("pressing foreign museums and auction houses to return ...")
        to = next((k for k in range(i + 2, min(len(lowers) - 1, i + _PRESSED_REACH)) if lowers[k] == "to"), None)
        if to is not None and lowers[to + 1] not in _TO_NOUN_PHRASE and not lowers[to + 1][:1].isdigit():
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
        # "would like" wants as "wants" does, in every person ("I would like Mercosur to create a register",
        # "she would like the collection to travel"): the modal only softens the request
        wish = w == "like" and i > 1 and lowers[i - 1] == "would"
        # "I would like SADC to agree ...": the cue opens on the speaker, as the weak cue does
        cue = i - 2 if wish and lowers[i - 2] in _SPEAKERS else i
        if not wish and (w not in _WANT_FORMS or i == 0 or _negated(lowers, i, lex) or _modal(lowers, i, lex)):
            continue
        if wish and lowers[i - 2] in _RELATIVES:
            continue  # "partners who would like Oman to mediate": a relative clause describing them
        if not wish and (lowers[i - 1] in _RELATIVES or lowers[i - 1] in _SPEAKERS):
            continue  # a relative clause, a first-person wish (a weak cue of its own)
        if lowers[i + 1 : i + 2] in (["to"], []):
            continue  # one's own plan ("wants to join", "would like to thank")
        if lowers[i + 1] in ("a", "an") and "for" in lowers[i + 3 : i + 6] and len(lowers) - i > 5:
            return cue  # "The mayor wants a separate lane for registered commuters": a thing asked for someone
        if _wanted_done(lowers, i + 1, lex):
            return cue  # "Some lawmakers want the survey resumed", "want any ban to be introduced with the G7"
        to = next((k for k in range(i + 2, min(len(lowers), i + 8)) if lowers[k] == "to"), None)
        plain = to is not None and not any(
            lowers[k] in lex.stopwords and lowers[k] not in _OBJECT_WORDS for k in range(i + 1, to)
        )
        if not plain and _far_infinitive(lowers, i + 1) and lowers[i + 1] in _OBJECT_OPENERS:
            # round 39a: "India wants the moratorium on customs duties on electronic transmissions to lapse": a long
            # object, its modifiers included, then the act asked of it (as a request's far addressee)
            to = lowers.index("to", i + 1)
            plain = True
        if to is None or to + 2 >= len(lowers) or lowers[to + 1] in _TO_NOUN_PHRASE:
            continue
        if not plain:
            continue  # the object must be a plain noun phrase ("the state", "Lesotho", "both navies", "A and B")
        if not _attitude(lowers, to + 1, lex) and not _vague(lowers[to + 1 :], lex):
            return cue
    return None


#: Stop words that may stand in a wanted act's object: its determiners and the "and" joining two parties.
_OBJECT_WORDS = _TO_NOUN_PHRASE | {"and"}
_DONE_REACH = 9  # words of the object before its participle: "any ban on maritime services for Russian oil"
_OBJECT_OPENERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES | frozenset(["any", "all", "both", "every", "each"])


def _wanted_done(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """'Some lawmakers want the survey resumed under naval escort', 'Athens, Valletta and Nicosia want any ban on
    shipping services to be introduced together with the G7', 'The unions wanted Kenya's levy scrapped': after a
    verb of wanting (its object opening at ``k`` with a determiner or an owner's name), a passive of the act asked
    for: the object's past participle, or "to be" and one, within nine words. What someone wants done to a thing
    by others is a request in all but name. Not 'want the same rights as others' (no participle), 'wants its talks
    to be a forum' (no participle after "to be"), nor a participle that only describes the object ('want the
    promised money' stands before the noun; 'wanted a code made by the region' has its agent: the kind of code)
    or general aims only ('want their cooperation to be strengthened and deepened')."""
    if k >= len(lowers) or not (lowers[k] in _OBJECT_OPENERS or lowers[k].endswith(("'s", "’s"))):
        return False
    for j in range(k + 1, min(len(lowers), k + _DONE_REACH + 1)):
        w = lowers[j]
        if w == "to":
            passive = lowers[j + 1 : j + 2] == ["be"] and j + 2 < len(lowers) and _participle(lowers[j + 2], lex)
            return passive and not _vague_done(lowers[k : j + 12], lex)
        if _participle(w, lex) and lowers[j - 1] not in lex.stopwords and lowers[j - 1] not in ("be", "been", "being"):
            if lowers[j + 1 : j + 2] == ["by"]:
                return False  # "wanted a code made by the region": the participle describes the kind of thing wanted
            return not _vague_done(lowers[k : j + 10], lex)
        if w in _FINITE_WORDS or w in _RELATIVES:
            return False  # a clause of its own began: "want the money that was promised"
    return False


def _vague_done(words: list[str], lex: Lexicon) -> bool:
    """'their cooperation to be strengthened and deepened': the thing wanted and what is to be done to it are all
    general aims (``vague``, a participle read as its verb: "strengthened" as "strengthen")."""
    content = [w for w in words if w not in lex.stopwords and len(w) > 2 and w not in ("be", "to")]
    return bool(content) and all(w in lex.vague or w[:-2] in lex.vague or w[:-1] in lex.vague for w in content)


def _wished_predicate(rest: list[str]) -> bool:
    """'We want CICA to be a forum ...', 'we want the region to become a hub': after a wish, an object of at
    most four words, then "to be"/"to become" and an article or possessive opening a predicate noun. Not a
    passive ("to be set up before the summit"), which asks for an act."""
    to = next((k for k in range(1, min(len(rest), 6)) if rest[k] == "to"), None)
    if to is None or rest[to + 1 : to + 2] not in (["be"], ["become"]):
        return False
    return bool(_PREDICATE.intersection(rest[to + 2 : to + 3]))


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


_SUBJECT_RELATIVES = frozenset(["who", "which", "whose"])
_SUBJECT_REACH = 10  # words of the subject before its relative pronoun: "Prime Minister Xanana Gusmao, who"


def subject_relative(
    text: str, toks: Sequence[Token], lowers: list[str], cue: int, lex: Lexicon
) -> tuple[int, int] | None:
    """Round 36c. The span (relative pronoun, first word after its closing comma) of a relative clause set off by
    commas after the sentence's subject, holding the proposal cue at ``cue``, when the main clause's verb follows
    the clause: 'Prime Minister X, who has long insisted that the gas must be processed at home, called the deal a
    first step', 'The Consensus, which called for an end to violence, has not been implemented', 'The group, which
    has pledged allegiance to ..., has been responsible for ...'. What such a clause says its subject asked
    describes the subject; the sentence reports what the main clause says. Not a relative clause on an object ('He
    met the governor, who asked for troops, ...': a finite verb before it), nor one ending the sentence."""
    k = next((j for j in range(1, min(cue, _SUBJECT_REACH + 1)) if lowers[j] in _SUBJECT_RELATIVES), None)
    if k is None or "," not in text[toks[k - 1].end : toks[k].start] or "," in text[toks[k].end : toks[cue].start]:
        return None  # no comma before the pronoun, or the clause closed before the cue ("X, who arrived, asked")
    if not _FINITE_WORDS.isdisjoint(lowers[:k]) or any(w.endswith("ed") for w in lowers[1:k]):
        return None  # a verb before the relative: it is not the subject's
    end = next((m for m in range(cue + 1, len(toks)) if "," in text[toks[m - 1].end : toks[m].start]), None)
    if end is None or end + 1 >= len(lowers):
        return None
    verb = lowers[end]
    main = verb in _FINITE_WORDS or verb.endswith("ed") or verb in lex.speech_verbs or verb in _PRESENT_MAIN
    return (k, end) if main else None


#: Present forms that open a main clause after the subject's relative clause ("..., says the deal is fair").
_PRESENT_MAIN = frozenset(["says", "remains", "wants", "calls", "argues", "insists"])


def outside_relative(lowers: list[str], span: tuple[int, int], lex: Lexicon) -> int | None:
    """The first proposal cue of the sentence less the relative clause ``span`` (see :func:`subject_relative`),
    as an index of the whole sentence: 'X, who has long asked for Y, proposed Z' still proposes Z."""
    a, b = span
    k = proposal_cue(lowers[:a] + lowers[b:], lex)
    return None if k is None else (k if k < a else k + b - a)


def _attitude(words: list[str], k: int, lex: Lexicon) -> bool:
    """The verb at ``k`` asks for a frame of mind ("respect", "take into account"), not a course of action."""
    if words[k] not in lex.attitudes:
        return False
    if words[k] in _ABSTAINING or words[k] in _RECOGNISING:
        return not _named_act(words, k, lex)
    return not (words[k] == "take" and words[k + 1 : k + 2] and words[k + 1] in _TAKE_ACTS)


_ABSTAINING = frozenset(["refrain"])
_RECOGNISING = frozenset(["recognise", "recognize"])
#: Words between "recognise" and the state recognised ("recognise the State of Palestine").
_STATEHOOD = frozenset(["the", "state", "of", "independence", "republic"])


def _named_act(words: list[str], k: int, lex: Lexicon) -> bool:
    """Round 36c. An attitude verb whose object is one act: 'to refrain from deploying militia vessels' (a gerund of
    action: stop doing one thing), 'to recognise the State of Palestine' (a state named: recognition is a formal act,
    as in `ranked_acts`). 'refrain from the use of force', 'refrain from taking sides' (a gerund of attitude),
    'recognise the importance of' and 'recognise Turkey's concerns' (a possessive: what someone feels) stay
    attitudes."""
    if words[k] in _ABSTAINING:
        if words[k + 1 : k + 2] != ["from"] or k + 2 >= len(words):
            return False
        gerund = words[k + 2]
        return len(gerund) > 5 and gerund.endswith("ing") and not _attitude_gerund(gerund, lex)
    j = k + 1
    while j < len(words) and j < k + 5 and words[j] in _STATEHOOD and country_at(words, j) is None:
        j += 1
    named = country_at(words, j) if j < len(words) else None
    return named is not None and not words[named[1] - 1].endswith("'s")


def _attitude_gerund(gerund: str, lex: Lexicon) -> bool:
    """'taking', 'making', 'showing': the gerund of an attitude verb (its stem, or the stem less a doubled
    consonant or with its dropped 'e')."""
    stem = gerund[:-3]
    forms = {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    return not forms.isdisjoint(lex.attitudes) or gerund in lex.vague


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
_ANAPHORIC_DETERMINERS = DEMONSTRATIVES | {"the", "such"}
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
    # "requested the technical support of the UN", "asked donors' help": a thing asked of someone, named first
    return "to" in after or "for" in after or not _REQUESTED_AID.isdisjoint(after[:4])


#: Round 39a. Words that end the addressee of a request before its infinitive: a finite verb or a clause.
_NOT_ADDRESSEE = _FINITE_WORDS | _QUESTION_WORDS | {"that", "not", "by"}
_ADDRESSEE_REACH = 16  # words from the request to its "to": "asked both parties, through the AU and IGAD envoys, to"


def _far_infinitive(lowers: list[str], k: int) -> bool:
    """Round 39a. 'We are asking the African Union and the UN Security Council to place ...', 'I have asked both
    parties, through the African Union and IGAD envoys, to agree on ...': a request whose addressee (long, or with
    an aside after it) puts its "to" and verb beyond the eight words :func:`_asks_for_action` reads, within sixteen
    words from ``k`` (right after the request verb) and with no finite verb or clause word between. Not 'asked
    reporters whether ...', 'a request that was passed on to ...', nor "to the" (a preposition)."""
    if k >= len(lowers) or lowers[k] in _NOT_ADDRESSEE:
        return False
    for j in range(k, min(len(lowers) - 1, k + _ADDRESSEE_REACH)):
        if lowers[j] in _NOT_ADDRESSEE:
            return False
        if lowers[j] == "to":
            return lowers[j + 1].isalpha() and lowers[j + 1] not in ARTICLES
    return False


#: What is asked of another party as the request's direct object ("request the technical support of X").
_REQUESTED_AID = frozenset(["support", "assistance", "help", "backing", "aid"])


def _participle(word: str, lex: Lexicon) -> bool:
    """A past participle: "-ed" or one of ``irregular_participles`` ("set", "held", "made")."""
    return word.endswith("ed") or word in lex.irregular_participles


#: Verbs after a modal that state what a thing should be or yield, not an act asked for ("must remain open",
#: "this closeness must translate into tangible benefits": a general goal, GUIDELINES).
_COPULAS = frozenset(["be", "become", "remain", "stay", "continue", "have", "seem", "prove", "translate"])


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
        # "In my view, the governments should ...": a view its writer holds is his own voice too
        spoken = spoken or any(lowers[k] == "my" and lowers[k + 1] in lex.opinion_nouns for k in range(m - 1))
        if spoken and _relative_modal(lowers, m):
            continue  # "it is a reality that we must manage": the modal describes a noun, asks for nothing
        recommended = w in _RECOMMENDING and _recommended(text, toks, lowers, m, lex)  # round 38a
        if not quoted and not spoken and (frame is None or frame > m) and not recommended:
            continue
        if not lex.expectation_words.isdisjoint(lowers[max(0, frame or 0, m - 10) : m]):
            continue  # "expressed confidence that it will open a new page", "we hope ministers will endorse it"
        k = m + 1
        while k < len(lowers) and (lowers[k] in lex.adverbs or lowers[k].endswith("ly")):
            k += 1
        if k >= len(lowers) or lowers[k] in lex.negations or (lowers[k] == "to" and w != "ought"):
            continue
        if w == "ought":
            k += 1
        if lowers[k] == "be" and lowers[m - 1] in lex.remedy_nouns and _argued_remedy(lowers[k + 1 : k + 7], lex):
            return m, None if quoted or spoken else frame  # "argue that the simplest fix would be for the EU to pay"
        perfect = "have" in lowers[m + 1 : k + 1] and ("been" in lowers[m + 1 : k + 1] or _participle(lowers[k], lex))
        if perfect:
            continue  # "should have been left to arbitration", "must have known": the past judged, no course asked
        if w in lex.proposal_modals:
            if lowers[k] == "be" and k + 1 < len(lowers) and _participle(lowers[k + 1], lex):
                k += 1  # "should be settled": a passive action, not a state
            predicted = lowers[k] in lex.prediction_verbs and not spoken  # "we must create" is no forecast
            if predicted and m > 0 and lowers[m - 1] in lex.party_subjects:
                # "said the two governments should allow ferries to ...": an act asked of parties (round 26)
                predicted = lowers[k] in lex.party_outcomes
            expectation = lowers[k] in _COPULAS or predicted or _attitude(lowers, k, lex)
            if not expectation and not _vague(lowers[k:], lex) and len(lowers) - k >= 2:
                return m, None if quoted or spoken else frame
        elif not quoted and lowers[k] in _SUPPORT_BASES and frame is not None:
            if not lex.initiative_nouns.isdisjoint(lowers[k + 1 : k + 6]):
                return m, frame  # "said Spain would back the request": support announced for another's course
            if _backed_object(lowers, k + 1, lex):
                return m, frame  # round 39a: "said Croatia would back a regional agreement on ..."
        elif not quoted and lowers[k] in lex.offer_verbs:
            asking = lowers[k] in lex.request_verbs or lowers[k] in _PUSH_VERBS
            if asking and not _asks_for_action(lowers[k + 1 : k + 9]):
                continue  # "would ask about the delays", "would push farmers into debt": no request
            return m, None if spoken else frame
    return None


#: Round 38a. Words that open a clause before the main one ("if Ankara wants to join, it should ...").
_OPENING_CLAUSES = frozenset(["if", "when", "once", "before", "after", "until", "unless", "as", "since", "while"])
_RECOMMENDING = frozenset(["should", "ought"])
_ASIDE_REACH = 6  # words of an aside between a subject and its "should": "Donors, for their part, should fund"
_RECOMMENDED_SUBJECT = 6  # words of such a subject: "the two governments", "The government of Chad"
#: Verbs after "should" that foretell or judge rather than ask for a course ("they should arrive next year").
_FORETOLD = frozenset(["expect", "arrive", "worry", "happen", "follow", "receive", "know", "understand", "note"])
#: Words that open no subject of a main clause ("and they should arrive", "what waters it should cover").
_NOT_SUBJECTS = frozenset(["and", "but", "or", "that", "which", "who", "what", "whether", "why", "how", "where"])


def _recommended(text: str, toks: list[Token], lowers: list[str], m: int, lex: Lexicon) -> bool:
    """Round 38a. 'Donors, for their part, should fund water programmes', 'Bucharest should ask Kyiv to share
    ...', 'if Ankara wants to join, it should first normalise its relations ...': "should" opening the predicate
    of a main clause (its subject of at most four words begins the sentence, or follows an opening clause of
    condition or time; an aside between commas may stand between) asks that party for a course of action, the
    writer's or speaker's recommendation, a proposal as in reported speech. Not a question ('What should the
    region do?', 'whether the code should be binding'), a clause after "and" or "that", a state or a forecast
    ('should become a zone of peace', 'they should arrive next year'), nor a passive ('should be finished')."""
    if lowers[m] not in _RECOMMENDING or m == 0:
        return False
    k = m + 2 if lowers[m] == "ought" and lowers[m + 1 : m + 2] == ["to"] else m + 1
    while k < len(lowers) and (lowers[k] in lex.adverbs or lowers[k].endswith("ly") or lowers[k] == "also"):
        k += 1
    if k >= len(lowers) or lowers[k] in _FORETOLD or lowers[k] in _COPULAS or lowers[k] in lex.negations:
        return False

    def broken(j: int) -> bool:  # a comma, colon or semicolon right before token j
        return any(c in text[toks[j - 1].end : toks[j].start] for c in ",:;")

    end = m
    if broken(m):
        end = next((j for j in range(m - 1, max(0, m - 1 - _ASIDE_REACH), -1) if broken(j)), 0)
        if end == 0:
            return False  # "..., should": no aside closed
    b = end - 1
    while b > 0 and not broken(b):
        b -= 1
    subject = lowers[b:end]
    if not subject or len(subject) > _RECOMMENDED_SUBJECT or not _FINITE_WORDS.isdisjoint(subject):
        return False
    if not _NOT_SUBJECTS.isdisjoint(subject) or not all(w.replace("'s", "").isalpha() for w in subject):
        return False
    if b == 0:
        return True
    c = b - 1
    while c > 0 and not broken(c):
        c -= 1
    if lowers[c] == "in" and lowers[c + 1 : c + 2] and lowers[c + 1] in POSSESSIVES:
        return lowers[c + 2 : c + 3] != [] and lowers[c + 2] in lex.opinion_nouns  # "In my view, X should ..."
    return "," in text[toks[b - 1].end : toks[b].start] and lowers[c] in _OPENING_CLAUSES


def _argued_remedy(after: list[str], lex: Lexicon) -> bool:
    """Round 32b. What a remedy noun (see ``remedy_nouns``) "would be" or "should be", ``after`` being the words
    after "be", when it names a course: an infinitive or "for X to" ('the simplest fix would be for the EU to pay
    ...', 'the quickest fix would be to link the systems'), a noun phrase that is not vague ('the next step should be
    a joint purchase of missiles'), or a gerund within five words ('should be more modest: restoring the flights').
    Not an adjective ('would be difficult'), a vague noun ('should be dialogue') nor a figure."""
    if not after:
        return False
    if after[0] in ("to", "for"):
        return len(after) > 2
    if after[0] in ARTICLES:
        return not _vague(after[1:], lex)
    return any(len(w) > 5 and w.endswith("ing") for w in after[:5])


_COUNTERFACTUAL = frozenset(["would", "could", "might"])
#: Base forms of support verbs after a modal ("would back the request", "will support the bid").
_SUPPORT_BASES = frozenset(["back", "support", "endorse"])
#: Words opening a predicate noun after "should be" / "must be" ("should be a link", "must be our priority").
_PREDICATE = ARTICLES | POSSESSIVES


def _relative_modal(lowers: list[str], m: int) -> bool:
    """'a reality that we must manage together', 'the kind of border which we should all want': "that" or
    "which" right before the speaker's pronoun and the modal at ``m``, after a noun its article opens (within
    three words): a relative clause describing that noun. Not 'We agreed that we must open a hotline' (a verb
    before "that")."""
    if m < 3 or lowers[m - 2] not in ("that", "which"):
        return False
    return (
        any(w in ARTICLES for w in lowers[max(0, m - 6) : m - 3])
        and lowers[m - 3].isalpha()
        and not (lowers[m - 3].endswith("ed") or lowers[m - 3] in _SAYING)
    )


_SAYING = frozenset(["say", "says", "believe", "believes", "think", "thinks", "agree", "agrees", "know", "insist"])
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
    # an owner's name is no course of action ("Sudan's unity and sovereignty": what is asked for is the unity)
    content = [w for w in rest[:10] if w not in lex.stopwords and len(w) > 2 and not w.endswith("'s")]
    return bool(content) and all(w in lex.vague for w in content)


def _habitual(lowers: list[str], i: int, phrase: tuple[str, ...], lex: Lexicon) -> bool:
    """'has consistently called for': a standing position, not a proposal made now. A request that has been made
    for long ("Farmers have long asked the ministry to ...", "have long pressed for a bridge") is a demand still
    standing, put to someone who has not granted it: a proposal (round 35c), as one made once is."""
    asking = phrase[0] in lex.request_verbs
    return any(w in lex.habitual and not (asking and w == "long") for w in lowers[max(0, i - 3) : i])


_INITIATIVE_NOUNS = frozenset(["initiative", "initiatives", "idea", "ideas"])
