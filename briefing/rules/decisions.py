"""Whether a sentence reports a *decision* and where its cue is (:func:`decision_cue`): a
completed act (a past form of an act verb, a nominal report, a vote won, an appointment, a
measure announced), the terms of a concluded text ("Under the new rules, ..."), not blocked by a
modal or plan word nor negated; and the helpers that tell background (events named, standing
texts, time openers) from news.

Contract: cue functions take the lower-cased tokens (or text) of one sentence and the lexicon and
return the cue's token index or None; pure; they may use :mod:`briefing.rules.proposals` and
:mod:`briefing.rules.clauses`, never the actor choice or the entry point.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from ..entities import country_at, place_at
from ..grammar import MONTHS, PASSIVE_AUX, WEEKDAYS
from ..lexicon import Lexicon, Matches, Phrase
from ..tokens import Token
from .clauses import (
    _ATTRIBUTIVE_BEFORE,
    _FINITE_WORDS,
    _RELATIVES,
    _TO_NOUN_PHRASE,
    ARTICLES,
    DEMONSTRATIVES,
    POSSESSIVES,
    _condition_clause,
    _has_object,
    _modal,
    _negated,
)
from .proposals import _instructed


def decision_cue(
    lowers: list[str],
    lex: Lexicon,
    found: Matches | None = None,
    proposed: range = range(0),
    dated: range = range(0),
    able: frozenset[str] | None = None,
) -> tuple[int, str] | None:
    """(token index, kind) of the first unblocked completed-act cue, or None.

    ``kind`` is "phrase" (a nominal report: "decisions were taken"), "nominal" (a document
    named as concluded: "the recent agreements", "recently signed"), "terms" or "verb".
    ``proposed`` is the span of a proposal's complement ("urged them to extend the ceasefire
    declared in March"): an act inside what is proposed is not a decision reported; ``dated`` is the
    span of an opening clause of time ("Two years after Ethiopia signed a memorandum, ..."), whose
    act only dates the main clause. ``able`` (when given) names the detectors whose opening test the sentence
    passes (classify's cue gates restate each one): the others would return None and are not asked.
    """
    found = lex.cues.scan(lowers) if found is None else found
    every = able is None
    names = able or frozenset()
    for i, phrase in found.get("decision_nominal", ()):
        if phrase[0] in ("following", "after") and not _named_event(lowers, i + len(phrase), lex):
            continue
        if i in proposed:
            continue  # "proposed that observers stay after the signing of the peace agreement": an act to come
        if not _negated(lowers, i, lex):
            return i, "nominal"
    if (every or "_welcomed_decision" in names) and (welcomed := _welcomed_decision(lowers, lex)) is not None:
        return welcomed, "nominal"
    if (every or "_listed_text" in names) and (listed := _listed_text(lowers, lex)) is not None:
        return listed, "terms"  # "Among the instruments is an agreement on ...": one of the texts concluded
    if (every or "_mission_opened" in names) and (mission := _mission_opened(lowers, lex)) is not None:
        return mission, "nominal"  # "Canada's consulate in Nuuk opened in 2025": its owner opened it
    for name, detect in _STEP_DETECTORS:
        # "was named envoy", "closed five chapters"
        if (every or name in names) and (k := detect(lowers, lex)) is not None:
            return k, "verb"
    for i, phrase in found.get("decision_phrases", ()):
        if i > 0 and phrase[0] in _DECISION_NOUNS and lowers[i - 1] in lex.prepositions:
            continue  # "depends on decisions made in Washington": decisions in general, none reported
        if _negated(lowers, i, lex) or _modal(lowers, i, lex) or _next_meeting(lowers, i + len(phrase), lex):
            continue
        if i in dated:
            continue  # round 37a: "Since the accord was signed, the law has moved ...": it dates the main clause
        if not _bounded(lowers, i):  # "until the peace accord was signed in 2020": dates the main clause
            return i, "phrase"
    if (every or "_witnessed_act" in names) and (witnessed := _witnessed_act(lowers, lex)) is not None:
        return witnessed, "phrase"  # "presided on Wednesday over the signing of 12 agreements"
    if (every or "_split_report" in names) and (split := _split_report(lowers, lex)) is not None:
        return split, "phrase"  # after the phrases: "The agreement was reached" is one of them
    for i, phrase in found.get("announcements", ()):
        if set(lowers[i + len(phrase) : i + len(phrase) + 6]) & lex.decision_objects:
            return i, "phrase"  # "It was announced that the chairmanship would pass to X"
    for i, phrase in found.get("terms_frames", ()):
        if _unconcluded(lowers, i + len(phrase), lex):
            continue  # "According to the agreement, which has not been ratified, ...": no concluded text
        if _next_meeting(lowers, i + len(phrase), lex):
            continue  # round 37a: "According to the communique, the next session will be held in ...": a schedule
        if i <= 2 and not _negated(lowers, i, lex) and not _assessment(lowers):
            return i, "terms"  # "Under the agreement, Peru will ...": the terms of a concluded deal
    frame: int | None = None
    if every or "_terms_frame" in names:
        frame = _terms_frame(lowers, lex)
    if frame is not None and _next_meeting(lowers, frame + 1, lex):
        frame = None  # round 37a: "According to the communique, the next session will be held in ...": a schedule
    if frame is not None and not _assessment(lowers) and not _unconcluded(lowers, frame + 1, lex):
        return frame, "terms"  # "Under the new rules, ...", "In line with the regulation, ..."
    if (every or "_late_frame" in names) and (late := _late_frame(lowers, lex)) is not None:
        return late, "terms"  # "Each country will contribute 500 troops under the pact"
    if (every or "_signed_under" in names) and (signed := _signed_under(lowers, lex)) is not None:
        return signed, "terms"  # "The service runs under an agreement signed by the two ministries"
    for i, _phrase in found.get("terms_verbs", ()):
        before = lowers[max(0, i - 4) : i]
        named = any(w in lex.decision_objects for w in before) and not _not_its_subject(lowers, i, lex)
        named = named or _document_subject(lowers, i, lex)
        named = named or _rules_subject(lowers, i, lex)
        finished = named and not _UNFINISHED.intersection(before)
        if i in proposed or (proposed and i >= proposed.start and lowers[i - 1] in _RELATIVES):
            continue  # "call on the Assembly to approve the law that allows ...": what is asked for, described
        if _acknowledged(lowers, i, lex):
            continue  # "The text recognises the link between ...": what a preamble notes, not a term agreed
        if _founding_apposition(lowers, i, len(_phrase), lex):
            continue  # round 37a: "The Team (MST), set up in October 2024 after ..., said ...": the body's history
        if not lex.condition_subordinators.isdisjoint(before):
            continue  # "is due to be completed before the navigation season opens": the clause's own verb (round 33b)
        if lowers[i] in lex.raising_verbs and (
            not lex.raised_concerns.isdisjoint(lowers[i + 1 : i + 4]) or lowers[i - 1] in _RELATIVES
        ):
            continue  # "The deal raises serious questions", "a plan that raises ...": no figure the text sets
        if finished and not _modal(lowers, i, lex) and not _negated(lowers, i, lex):
            return i, "terms"
    # Acts told by a verb construction of their own, tried in this order: a counted vote, "by
    # signing", an announced measure, an emphatic "did agree", an order or a figure set.
    # Then an executive act: a border closed, a status designated, diplomats expelled.
    for name, detect in _VERB_DETECTORS:
        if (every or name in names) and (k := detect(lowers, lex)) is not None:
            return k, "verb"
    for i, phrase in found.get("decision_acts", ()):
        if i in proposed or i in dated:
            continue
        if i > 0 and lowers[i - 1] in _NEWLY and not _negated(lowers, i, lex):
            return i, "nominal"  # "the newly created expert group will meet": its creation is the news
        if _modal(lowers, i, lex) or _negated(lowers, i, lex) or _attributive(lowers, i, len(phrase)):
            continue
        if _generic_intention(lowers, i + len(phrase), lex) or _next_meeting(lowers, i + len(phrase), lex):
            continue
        if _proposing_base(lowers, i + len(phrase), lex):
            continue  # "agreed to recommend that ministers grant ...": what was agreed is a proposal to others
        if _background(lowers, i, len(phrase), lex):
            continue
        if phrase[0] in lex.decision_weak and _set_member(lowers, i, lex):
            return i, "verb"  # "The accord was one of nine documents exchanged after the talks": its set concluded
        weak = phrase[0] in lex.decision_weak and (not _has_object(lowers, i, lex) or _vehicle(lowers, i, lex))
        if weak and not _authority_act(lowers, i, len(phrase), lex):
            continue  # "Peru's Congress created the district": an authority's weak act needs no object of the list
        if phrase[0] in lex.instruction_verbs and not _instructed(lowers[i + 1 : i + 9]):
            continue  # "directed by a Kenyan", "mandated observers": no one instructed to act
        if phrase[0] in _MONEY_ACTS and not _object_next(lowers, i + len(phrase)):
            continue  # "a path partly paid for from the programme", "financed from the budget": no active act
        if phrase == ("commit", "to") and not _verb_follows(lowers, i + 2, lex):
            continue  # "commit to a date", "commit to the plan": no act named, a course kept to
        if lowers[i + len(phrase) : i + len(phrase) + 1] == ["to"] and phrase[0] in _UNDERTAKINGS:
            continue  # "committed to the plan": an undertaking to keep to a course, not money or a text committed
        if phrase == ("signed",) and not lex.signed_keepsakes.isdisjoint(lowers[i + 1 : i + 4]):
            continue  # "signed the book of honoured guests", "signed the guest book": a courtesy, no text concluded
        if phrase == ("signed",) and lowers[i + 1 : i + 2] == ["up"] and lowers[i + 2 : i + 3] not in (["to"], ["for"]):
            continue  # "has signed up 14 companies": enrolled someone, no text signed ("signed up to the pact" is)
        if phrase[0] in _INITIALLING and _still_to_sign(lowers[i + 1 : i + 14]):
            continue  # "whose treaty was initialled in August but has yet to be signed": told as unfinished
        if phrase[0] in _AMENDING and not _UNFINISHED.isdisjoint(lowers[i + 1 : i + 4]):
            continue  # "amended the draft resolution before the vote": a text changed before it is adopted
        if phrase[0] in lex.close_object_acts and not _close_object(lowers, i + len(phrase), lex):
            continue  # "exchanged views on the agreement": the object must follow the act
        if phrase == ("passed",) and _mark_passed(lowers, i, lex):
            continue  # "exports passed 1 billion dollars last year": a figure went beyond a mark, nothing adopted
        if phrase[0] in lex.tabling_acts and not lex.tabled_texts.isdisjoint(lowers[i + 1 : i + 4]):
            continue  # "introduced a bill on ...": a text put before a vote, proposed rather than decided
        if _identifying(lowers, i, len(phrase), lex) or _standing(lowers, i, len(phrase)):
            continue
        if _dated_reduced_relative(lowers, i, len(phrase), lex) or _founding_apposition(lowers, i, len(phrase), lex):
            continue  # "noted that the peace agreement initialled in Washington in August 2025 was a historic step"
        if _object_relative(lowers, i, len(phrase)) or _dated_relative(lowers, i, len(phrase), lex):
            continue
        if _contact_relative(lowers, i, len(phrase), lex):
            continue
        if _object_modifier(lowers, i, len(phrase), lex):
            continue
        if i > 0 and lowers[i - 1] == "as" and lowers[i - 2 : i - 1] not in (["such"], ["well"]):
            continue  # "supported the cell 'as agreed'", "as decided in May": a reference to an act, not its report
        if _agreed_view(lowers, i, len(phrase), lex):
            continue  # "agreed that the security of the Red Sea is the littoral states' responsibility": a view shared
        if _reviewed(lowers, i, lex):
            continue  # "reviewed the implementation of the plan adopted in 2024": what was reviewed, identified
        if _when_clause(lowers, i, lex):
            continue  # "far below the output promised when it was inaugurated": a time clause dates (gold6 JC11)
        if _condition_clause(lowers, i, lex):
            continue  # "until a deal is signed", "whatever is agreed": a present act in such a clause is to come
        if any(lowers[k] in lex.hope_verbs and lowers[k + 1] == "that" for k in range(i - 1)):
            continue  # "he promised that 2026 would be the year the code was concluded": hoped for, not done
        if lex.hostile_objects.intersection(lowers[i + len(phrase) : i + len(phrase) + 3]):
            continue  # "launched an offensive", "launched air strikes": an act of force, not a decision
        if phrase[0] in lex.launch_verbs and _projectile_launch(lowers, i, lex):
            continue  # "have launched drones towards ...", "balloons ... were launched from ...": things fired
        return i, "verb"
    if (every or "_office_handed" in names) and (handed := _office_handed(lowers, lex)) is not None:
        # tried last: "Leaders signed a trade deal, and Paraguay handed the presidency to Uruguay" is the signers'
        return handed, "verb"
    if (every or "_measure_kept" in names) and (kept := _measure_kept(lowers, lex)) is not None:
        return kept, "verb"  # tried last: "agreed to readmit X but kept a ban on Y" is told by its first act
    return None


_PROJECTILE_REACH = 5  # words after "launched" within which what is fired is named ("launched 40 long-range drones")
_PASSIVE_SUBJECT_REACH = 8  # words before a passive "were launched" within which its subject's noun may stand


#: Round 36b. Money handed over or a thing paid for ("transferred 90 million dollars", "Paris paid for the wing"):
#: an act only in the active voice, its object right after the verb.
_MONEY_ACTS = frozenset(["transferred", "paid", "financed", "funded", "rolled"])


def _object_next(lowers: list[str], k: int) -> bool:
    """A direct object opens at ``k``: a determiner, a possessive or a number ("paid for the new wing",
    "transferred 90 million dollars"); not a preposition ("paid for from the programme": a participle)."""
    return k < len(lowers) and (lowers[k] in _OBJECT_OPENERS or lowers[k][:1].isdigit() or lowers[k] in _AMOUNTS)


_AMOUNTS = frozenset(["about", "some", "nearly", "almost", "over", "more", "up", "around", "roughly"])


def _verb_follows(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """The word at ``k`` can open a bare infinitive ("commit to conclude"): not a determiner, a number, a possessive,
    a gerund or a preposition, and not the end."""
    if k >= len(lowers):
        return False
    w = lowers[k]
    return not (
        w in _OBJECT_OPENERS or w in lex.prepositions or w.endswith("ing") or w[:1].isdigit() or w in _NOT_VERBS
    )


_NOT_VERBS = frozenset(["it", "them", "us", "you", "each", "any"])


def _projectile_launch(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """Round 32b. 'some of them have launched drones towards Gulf states', 'launched more than 40 missiles', '120
    balloons carrying cigarettes were launched from Belarus': a projectile (`projectiles`) as the object of "launched"
    (within five words, with no course named there: "launched a counter-drone initiative", "a drone mission" launch a
    course) or as
    the subject of its passive (within eight words before the auxiliary, in the same clause) is an act of force."""
    window = lowers[i + 1 : i + 1 + _PROJECTILE_REACH]
    if not lex.projectiles.isdisjoint(window):
        return not any(_launched_course(w, lex) for w in window)
    if i < 2 or lowers[i - 1] not in PASSIVE_AUX:
        return False
    k = i - 2 if lowers[i - 1] != "been" else i - 3
    for j in range(k, max(-1, k - _PASSIVE_SUBJECT_REACH), -1):
        if lowers[j] in lex.projectiles:
            return True
        if _launched_course(lowers[j], lex) or (not lowers[j].isalnum() and lowers[j] != "-"):
            return False  # a comma or other mark ends the clause of the subject
    return False


#: Nouns of a course of action launched (with `objects` and grammar.initiative_nouns): "launched a drone mission".
_COURSES = frozenset(["mission", "missions", "operation", "operations", "campaign", "campaigns"])


def _launched_course(w: str, lex: Lexicon) -> bool:
    """The word names a course launched ("programme", "initiative", "mission"), the head that a projectile before
    it only qualifies ("the missile programme was launched", "launched a drone mission")."""
    return w in lex.decision_objects or w in lex.initiative_nouns or w in _COURSES


_MAGNITUDES = frozenset(["thousand", "million", "billion", "trillion", "bn", "per", "percent"])


def _mark_passed(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'Uzbek exports passed 1 billion dollars last year', 'turnover passed 3.5 billion', 'the heat passed 50C': a
    figure right after "passed" is a mark a quantity went beyond, unless texts are counted ('passed 14 laws',
    'passed 12 bills': a decision object after the number that is no magnitude)."""
    if i + 1 >= len(lowers) or not lowers[i + 1][:1].isdigit():
        return False
    unit = lowers[i + 2] if i + 2 < len(lowers) else ""
    return unit not in lex.decision_objects or unit in _MAGNITUDES


_DECISION_NOUNS = frozenset(["decision", "decisions"])
_INITIALLING = frozenset(["initialled", "initialed"])


def _still_to_sign(after: list[str]) -> bool:
    """'... but has yet to be signed', 'which has not yet been signed': the words after an initialling say the
    text is still to be signed, so its initialled wording is reported as unfinished (gold2 g06)."""
    return any(w == "yet" and k + 1 < len(after) and after[k + 1] in ("to", "been") for k, w in enumerate(after))


_AMENDING = frozenset(["amended"])
#: Base forms of verbs that put a course to someone else: an act agreed "to recommend" it decides nothing itself.
_PROPOSING_BASES = frozenset(["recommend", "propose", "suggest", "urge", "request", "ask", "invite", "petition"])


def _proposing_base(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """'agreed to recommend that ...', 'decided unanimously to propose a candidate', 'agreed on Monday to
    ask the council to ...', 'decided to jointly propose': the infinitive after an act (adverbs or a time
    phrase may come between) puts a course to others, so the act's outcome is a proposal (GUIDELINES
    "recommends"; gold2 README s07). ``k`` is the index right after the act."""
    j = k
    while j < len(lowers) and j - k < 4 and lowers[j] != "to":
        w = lowers[j]
        if not (w in lex.time_words or w in lex.adverbs or w.endswith("ly") or w[:1].isdigit()):
            return False  # "agreed with Chile to ...": another complement, read no further
        j += 1
    if j >= len(lowers) or lowers[j] != "to":
        return False
    j += 1
    if j < len(lowers) and lowers[j].endswith("ly") and lowers[j] not in _PROPOSING_BASES:
        j += 1  # "to jointly propose"
    return j < len(lowers) and lowers[j] in _PROPOSING_BASES


_SERIES = frozenset(
    [
        *("next", "following", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
        # round 37a: a sitting out of turn of the same body ("agreed to hold an extraordinary session in February")
        "extraordinary",
    ]
)
_SITTINGS = frozenset(["meeting", "session", "round", "summit", "sitting", "consultations"])
#: Round 24. The record of a sitting, a text its chairs sign ("signed the minutes of the sixth meeting"); not a
#: decision object, which every weak act reads ("within 30 minutes").
_RECORDS = frozenset(["minutes"])


#: Acts that with "to" right after them undertake a course rather than commit a thing ("committed to the plan").
_UNDERTAKINGS = frozenset(["committed"])
_CLOSE_REACH = 3  # words after the act that may hold its object, and more when no preposition intervenes


def _close_object(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """A decision object as the act's own object: within three words ('exchanged instruments of
    ratification'), or five when all words before it are its modifiers ('joined the new regional trade
    agreement'); 'exchanged views on the agreement' puts a preposition before the noun, which is then
    what the views were about, not what was exchanged."""
    for j in range(k, min(len(lowers), k + _CLOSE_REACH + 2)):
        if lowers[j] in lex.decision_objects:
            return j < k + _CLOSE_REACH or lex.prepositions.isdisjoint(lowers[k:j])
    return False


def _next_meeting(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """'It was agreed that the sixth session of the commission will be held in Dhaka', 'agreed to hold
    the next round in Doha': what was agreed is only when and where a series meets again, a schedule
    rather than a decision. 'agreed to hold a summit on water in Cairo' (no series) is not caught, nor (round
    24) a record of a sitting as the act's object: 'signed the minutes of the sixth meeting', 'signed the
    protocol of the fifth session' conclude a text (GUIDELINES: a document signed; batches a, b, j)."""
    j = k + 1 if k < len(lowers) and lowers[k] == "the" else k
    if j + 1 < len(lowers) and lowers[j + 1] == "of" and (lowers[j] in _RECORDS or lowers[j] in lex.decision_objects):
        return False
    window = lowers[k : k + 6]
    # one modifier may stand between ("that the Ninth Consultative Meeting will be held in ..."; round 24, k)
    if any(w in _SITTINGS and not _SERIES.isdisjoint(window[max(0, j - 2) : j]) for j, w in enumerate(window)):
        return True
    return _series_sitting(lowers, k, lex)


#: Round 40a. Roman numerals numbering a body's sittings ("the III Meeting of the Mechanism").
_ROMAN = frozenset(["ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xx"])
_SERIES_REACH = 4  # words from the series mark to the sitting ("the next bilateral defence consultations")


def _series_mark(word: str) -> bool:
    """Round 40a. A word numbering a sitting in its series: "next", an ordinal in words or figures ("15th",
    "3rd"), a Roman numeral."""
    if word in _SERIES or word in _ROMAN:
        return True
    return word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th") and len(word) > 2


def _series_sitting(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """Round 40a. What was agreed is the next sitting of a series, its mark up to four words before the sitting's
    noun, after "the" within the agreed words: 'agreed to hold the 15th MGC Ministerial Meeting in Viet Nam in
    2027', 'agreed that the next bilateral defence consultations will take place in Chisinau', 'It was agreed that
    the III Meeting of the Mechanism will be held in Montevideo'. Not 'agreed to hold a summit' (no series), nor
    a mark after the sitting ('a meeting of the next government': the mark must come first), 'approved a third
    licensing round' (no definite series), nor a sitting after a preposition ('was reached at the 9th meeting of the
    committee', 'the results of the eighth evaluation round': where or what, not when it meets again)."""
    if _SITTINGS.isdisjoint(lowers):
        return False  # no sitting's noun (most sentences): checked in C
    end = min(len(lowers), k + 8)
    for j in range(k, end):
        if lowers[j] not in _SITTINGS:
            continue
        for m in range(max(k, j - _SERIES_REACH), j):
            if _series_mark(lowers[m]) and lowers[m - 1 : m] in (["the"], ["its"], ["their"]):
                if m >= 2 and lowers[m - 2] in lex.prepositions:
                    return False  # "reached at the 9th meeting of ...": the sitting where it was done
                return all(w.isalnum() or "-" in w for w in lowers[m + 1 : j])
        return False
    return False


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
    possessive; 'welcomes the entry into force of the agreement' (a text that binds has been concluded). Not
    'welcomed the prospect of a decision' (none taken), a negated welcome, nor a bare 'welcomed the decision and
    said ...' (a reaction to a decision the article told before, naming none)."""
    if lex.welcome_verbs.isdisjoint(lowers) or (_DECISION_NOUNS.isdisjoint(lowers) and "force" not in lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in lex.welcome_verbs or i + 1 >= len(lowers):
            continue
        to_come = _negated(lowers, i, lex) or _modal(lowers, i, lex) or lowers[i - 1 : i] == ["to"]
        if lowers[i + 1 : i + 6] == ["the", "entry", "into", "force", "of"] and not to_come:
            return i  # "Sri Lanka welcomes the entry into force of the agreement": a text in force is concluded
        if lowers[i + 1] != "the" and not lowers[i + 1].endswith("'s"):
            continue
        k = next((k for k in range(i + 1, min(len(lowers), i + 8)) if lowers[k] in _DECISION_NOUNS), None)
        if k is not None and lowers[k + 1 : k + 2] in ([], ["and"], ["but"]):
            continue  # "welcomed the decision but asked ...": a reaction to the decision told before (round 35b)
        if k is not None and (k == i + 2 or lowers[k - 1].endswith("'s")) and not _negated(lowers, i, lex):
            return i
    return None


_BINDING = frozenset(["will", "shall", "must", "may", "would", "can", "is", "are"])


def _assessment(lowers: list[str]) -> bool:
    """'According to the communique, the violence has displaced ...': a text cited as the source of
    a fact, not for its terms; a term binds ("will", "shall", "must", "are to")."""
    if lowers[:1] != ["according"]:
        return False
    return not any(
        w in _BINDING and (w not in ("is", "are") or lowers[k + 1 : k + 2] == ["to"]) for k, w in enumerate(lowers)
    )


_TERMS_OPENERS = (
    ("under",),
    ("according", "to"),
    ("in", "line", "with"),
    ("in", "accordance", "with"),
    ("as", "part", "of"),  # "As part of the deal, Turkey will open two more crossings"
)
#: A future that binds, before a closing "under the pact": "will", "shall", "must".
_BINDING_FUTURE = frozenset(["will", "shall", "must"])
_TERMS_FIRST = frozenset(opener[0] for opener in _TERMS_OPENERS)
#: "Under the rules", "Under that agreement" (a text named just before), "Under its terms".
_TERMS_DETERMINERS = DEMONSTRATIVES | {"the", "its", "their"}
_UNFINISHED = frozenset(["draft", "proposed", "planned", "future", "possible", "envisaged"])


def _terms_frame(lowers: list[str], lex: Lexicon) -> int | None:
    """'Under the (new) rules, ...': a sentence opening on the terms of a concluded text (index of the noun).

    With "a"/"an" the text is new to the reader, so it counts only when the same phrase says it was
    concluded: 'Under an agreement signed in August, lorries may cross ...', 'Under a deal reached
    last week, ...'; not 'Under a plan to build a port, ...' nor 'Under a 1992 treaty, ...' (named, not
    reported as concluded: whether it still binds is not said).
    """
    if not lowers or lowers[0] not in _TERMS_FIRST:
        return None  # most sentences open on another word: no opener's slice is built
    for opener in _TERMS_OPENERS:
        n = len(opener)
        if tuple(lowers[:n]) != opener or n >= len(lowers):
            continue
        indefinite = lowers[n] in _INDEFINITE
        if not indefinite and lowers[n] not in _TERMS_DETERMINERS:
            continue
        for k in range(n + 1, min(n + 4, len(lowers))):
            if lowers[k] in _UNFINISHED:
                return None
            if lowers[k] in lex.terms_nouns or lowers[k] in lex.decision_objects:
                if _reign(lowers, k):
                    return None  # round 40a: "Under the rule of the junta, ...": a reign, no terms
                if indefinite and not _concluded_here(lowers, k + 1, lex):
                    return None
                return k
            if not indefinite and lowers[k] in _CONCLUDED and k + 1 < len(lowers) and lowers[k + 1].isalpha():
                # "Under the agreed description, ...", "Under the revised guide, ...": the participle says the
                # text was concluded, whatever noun names it (not "Under the updated forecast": an estimate)
                noun = lowers[k + 1]
                return k + 1 if noun not in lex.prepositions and noun not in _ESTIMATES else None
    return None


#: Figures revised or updated without anyone deciding ("Under the updated forecast, growth will slow").
_ESTIMATES = frozenset(
    ["forecast", "forecasts", "estimate", "estimates", "projection", "projections", "figures", "data"]
)
#: Participles before a text's noun that say it was concluded ("the agreed description", "the revised guide").
_CONCLUDED = frozenset(["agreed", "adopted", "approved", "signed", "ratified", "revised", "amended", "updated"])


_INDEFINITE = ARTICLES - {"the"}


def _concluded_here(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """An act of concluding (not negated) after a text's noun, at ``k`` or in a short relative clause
    with or without "that" ("an agreement signed ...", "a deal struck ...", "a declaration the four
    ministers signed ...", "a plan that the cabinet approved ..."): within five words."""
    return any(
        lex.decision_acts.match_at(lowers, j) is not None and not _negated(lowers, j, lex)
        for j in range(k, min(k + 5, len(lowers)))
    )


def _late_frame(lowers: list[str], lex: Lexicon) -> int | None:
    """'Each country will contribute 500 troops to a joint brigade under the pact': a binding future
    ("will", "shall", "must") whose clause closes on "under" + a concluded text (a determiner, at most two
    modifiers, a noun of ``terms_nouns`` or ``objects``). Index of the noun, or None. Not 'Talks continued
    under the agreement' (no future), 'will be signed under the new rules' (an act to come), nor a draft."""
    if "under" not in lowers or _BINDING_FUTURE.isdisjoint(lowers):
        return None  # checked in C
    for i, w in enumerate(lowers):
        if w != "under" or i < 3 or i + 1 >= len(lowers) or lowers[i + 1] not in _TERMS_DETERMINERS:
            continue
        future = next((k for k in range(i) if lowers[k] in _BINDING_FUTURE), None)
        if future is None:
            continue  # a term negated ("will not be allowed to ... under the pact") is still a term
        if any(lex.decision_acts.match_at(lowers, k) is not None for k in range(future + 1, i)):
            continue  # "will be signed under the new rules": an act still to come
        for k in range(i + 2, min(i + 5, len(lowers))):
            if lowers[k] in _UNFINISHED:
                break
            if lowers[k] in lex.terms_nouns or lowers[k] in lex.decision_objects:
                return k if not _unconcluded(lowers, k + 1, lex) and not _reign(lowers, k) else None
    return None


def _reign(lowers: list[str], k: int) -> bool:
    """Round 40a. "rule of" at ``k`` names a reign or a principle ("under the rule of the junta", "under the rule of
    law"), not a rule concluded."""
    return lowers[k] == "rule" and lowers[k + 1 : k + 2] == ["of"]


#: Participles that conclude a text: "an agreement signed by ...", "a protocol concluded by ...".
_CONCLUDING = frozenset(["signed", "concluded", "reached", "agreed", "adopted", "ratified"])


def _signed_under(lowers: list[str], lex: Lexicon) -> int | None:
    """'The service runs under a bus agreement signed by the transport ministries of Nepal and India', 'will
    run every month under a protocol signed by the two ministers': after the clause's verb, "under a/an" + at
    most three modifiers + a text noun (``terms_nouns`` or ``objects``) + a concluding participle + "by" and
    its signers: the text is concluded and the clause tells its terms (background). Index of the participle,
    or None. Not without signers ('created under an agreement signed in 2005': a date only identifies the
    text), nor a draft or an act negated or still to come ('under an accord to be signed by ...')."""
    if "under" not in lowers or "by" not in lowers:
        return None  # checked in C
    for i, w in enumerate(lowers):
        if w != "under" or i < 2 or lowers[i + 1 : i + 2] not in (["a"], ["an"]):
            continue
        for k in range(i + 2, min(i + 6, len(lowers) - 2)):
            if lowers[k] in _UNFINISHED:
                break
            noun = lowers[k] in lex.terms_nouns or lowers[k] in lex.decision_objects
            if noun and lowers[k + 1] in _CONCLUDING and lowers[k + 2] == "by":
                return k + 1 if not _negated(lowers, i, lex) and not _modal(lowers, i, lex) else None
    return None


def _unconcluded(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """'According to the agreement, which has not been ratified, ...': an act of concluding negated within
    eight words after a terms frame's noun (at ``k``) leaves the text unconcluded. 'Under the agreement,
    neither army will patrol ...' negates a term, not the text."""
    for j in range(k, min(len(lowers), k + 8)):
        if lex.decision_acts.match_at(lowers, j) is not None and _negated(lowers, j, lex):
            return True
    return False


def _binding_subject(text: str, toks: list[Token], lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'The resolution (also) asks/calls for ...': a binding text (not a draft) as the subject of the cue.
    Round 31: an apposition between commas may part the subject from its verb ("Resolution 2818, drafted by the
    United States and Russia, also asks the force to ..."); one that tells the text is still someone's proposal
    ("The resolution, tabled by France, asks ...") leaves it a draft."""
    head = lowers[: min(3, i)]
    if not any(w in lex.binding_documents for w in head) or _UNFINISHED & set(head):
        return False
    if i <= 4:
        return True
    return _apposition_before(text, toks, lowers, i, lex)


#: Longest apposition between a subject and its verb ("Resolution 2818, drafted by the United States and Russia,").
_APPOSITION_REACH = 14


def _apposition_before(text: str, toks: list[Token], lowers: list[str], i: int, lex: Lexicon) -> bool:
    """The cue at ``i`` (after at most "also") follows a comma that closes an apposition opened by a comma
    within the sentence's first three words, with no other comma between and no word of a text still proposed
    (``proposed_text_marks``)."""
    end = i - 1 if lowers[i - 1] == "also" else i
    if end < 2 or "," not in text[toks[end - 1].end : toks[end].start]:
        return False
    start = next((k for k in range(1, min(4, end)) if "," in text[toks[k - 1].end : toks[k].start]), None)
    if start is None or end - start > _APPOSITION_REACH:
        return False
    if any("," in text[toks[k - 1].end : toks[k].start] for k in range(start + 1, end)):
        return False
    return lex.proposed_text_marks.isdisjoint(lowers[start:end])


#: Words opening a topic phrase before the subject: "On Libya, the statement called for ...".
_TOPIC_OPENERS = frozenset(["on", "regarding", "concerning", "turning"])


def issued_call(text: str, toks: list[Token], lowers: list[str], i: int, lex: Lexicon) -> bool:
    """The call at ``i`` ("called on", "urged", "asked") is made by a text several parties issued: its subject is
    the text ("The joint statement also called for ...") or the sentence opens with the text as the call's vehicle
    ("In its final communique, the Council called on ..."). Such calls are decided wording (GUIDELINES: "a joint
    statement issued"), not proposals. A statement counts when it is joint/final or, after the vehicle, its
    subject is several parties or a collective body ("In a statement, the ministers urged ..."); one ministry's
    statement stays a proposal, as does a draft or proposed text. Round 26: a text the opening says was adopted
    ("In a motion adopted in May, the Senate asked ...", ``adopted_texts`` / ``adopted_marks``) counts whoever
    issued it (gold3 JC5: an adopted act's request is its decision); "In a motion, the deputy asked ..." does not.
    """
    cue = i  # the subject ends before the sentence's first cue
    if lowers[i] not in lex.call_verbs and (k := next((k for k in range(i) if lowers[k] in lex.call_verbs), 0)):
        # "In their conclusions, the leaders called on the Commission to table a proposal ...": the cue found was a
        # word of what is called for; the call before it is the text's (round 35b)
        i = cue = k
    if lowers[i] not in lex.call_verbs:
        # "In the declaration, the leaders expressed support for X and called on all states to ...": another
        # cue of the same subject comes first; the text's coordinated call makes the sentence its wording
        i = next((k for k in range(i + 1, len(lowers)) if lowers[k] in lex.call_verbs and _after_and(lowers, k)), 0)
        if not i:
            return False
    if _negated(lowers, i, lex):
        return False
    if _UNFINISHED & set(lowers[:i]):
        return False
    coordinated = _after_and(lowers, i)  # "... reaffirmed X and called on Y": with the subject's first verb
    start = 0
    if lowers[0] in _TOPIC_OPENERS:
        # "On Libya, the statement called for ...": a topic phrase before the subject
        start = next((k for k in range(1, min(6, i)) if "," in text[toks[k - 1].end : toks[k].start]), 0)
    head = lowers[start : min(start + 3, i)]
    if lowers[start] != "in" and any(w in lex.issued_texts for w in head):
        # the text is the subject; "the ministry's statement" is one party's
        return not any(w.endswith("'s") for w in head) and (i - start <= 6 or coordinated)
    if lowers[:1] != ["in"]:
        return _inset_vehicle(text, toks, lowers, cue, lex)
    texts = lex.issued_texts
    doc = next((k for k in range(1, min(5, i)) if lowers[k] in texts or lowers[k] in lex.adopted_texts), None)
    if doc is None:
        return _inset_vehicle(text, toks, lowers, cue, lex)  # "In March the Council, in a communique, called on"
    adopted = lowers[doc + 1] in lex.adopted_marks  # "In a motion adopted in May, the Senate asked ..."
    if not adopted and lowers[doc] not in texts:
        return False  # "In a motion, the opposition asked ...": a motion tabled, not one adopted
    comma = next((k for k in range(doc + 1, min(i, doc + 14)) if "," in text[toks[k - 1].end : toks[k].start]), None)
    if comma is None or (cue - comma > 6 and not coordinated):
        return False
    subject = lowers[comma:cue]
    if adopted or lowers[doc] in lex.issued_always or lex.joint_marks.intersection(lowers[1:doc]):
        return True
    plural = any(len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "'s")) for w in subject)
    return plural or bool(lex.collective_issuers.intersection(subject))


_INSET_REACH = 8  # words of an inset vehicle between its commas: "in a communique on the situation in Sudan"


def _inset_vehicle(text: str, toks: list[Token], lowers: list[str], cue: int, lex: Lexicon) -> bool:
    """Round 38a. 'In March the Peace and Security Council, in a communique on Sudan, called on all neighbouring
    states to ...', 'The heads of state, in their final declaration, urged ...': the text issued in common set
    between commas right before the call, its issuer (the words before it) a collective body or several
    parties, is the call's vehicle as when it opens the sentence ("In its final communique, the Council called
    on ..."): the call is decided wording. Not one party's text ('The minister, in a statement, urged ...'), nor
    a draft ('in a draft resolution')."""
    end = cue - 1 if lowers[cue - 1] == "also" else cue
    if end < 4 or "," not in text[toks[end - 1].end : toks[end].start]:
        return False
    v = next((k for k in range(end - 1, max(0, end - 1 - _INSET_REACH), -1) if lowers[k] == "in"), None)
    if v is None or "," not in text[toks[v - 1].end : toks[v].start]:
        return False
    if any("," in text[toks[k - 1].end : toks[k].start] for k in range(v + 1, end)):
        return False
    doc = next((k for k in range(v + 1, min(end, v + 5)) if lowers[k] in lex.issued_texts), None)
    if doc is None or not lex.proposed_text_marks.isdisjoint(lowers[v:doc]):
        return False
    subject = lowers[:v]
    if lowers[doc] in lex.issued_always or lex.joint_marks.intersection(lowers[v:doc]):
        return bool(lex.collective_issuers.intersection(subject)) or _plural(subject)
    return _plural(subject) and not any(w.endswith("'s") for w in subject)


def _plural(words: list[str]) -> bool:
    return any(len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "'s")) for w in words)


def _after_and(lowers: list[str], k: int) -> bool:
    """The word at ``k`` is coordinated by "and" (or "and also") right before it."""
    return lowers[k - 1 : k] == ["and"] or lowers[max(0, k - 2) : k] == ["and", "also"]


def _elaborates(text: str, toks: list[Token], lowers: list[str], dec: tuple[int, str], prop: int, lex: Lexicon) -> bool:
    """The proposal cue at ``prop`` is a participle ("pledging", "calling for") opening a clause right
    after a comma, and the decision verb before it has already been reported in the same sentence.
    Round 25 (batch o; the convention of "The resolution, adopted on Monday, calls for ...", GUIDELINES: a
    declaration adopted is a decision): or the participle describes the text the act concluded, named right
    after the verb ("adopted a resolution urging the ministry to ...", "adopted a declaration on Wednesday
    calling for a reform ..."): the text's calls are what was decided, not a proposal."""
    if dec[1] != "verb" or prop <= 0 or not lowers[prop].endswith("ing"):
        return False
    if text[toks[prop - 1].end : toks[prop].start].strip() == ",":
        return True
    if prop - dec[0] > _TEXT_REACH or not _OTHER_SUBJECT.isdisjoint(lowers[dec[0] + 1 : prop]):
        return False  # "adopted the resolution despite Moscow urging a delay": another's call, told beside the act
    texts = range(dec[0] + 1, min(dec[0] + 4, prop))
    return any(lowers[k] in lex.document_subjects or lowers[k] in lex.adopted_texts for k in texts)


_CONTENT_LINKS = frozenset(["which", "as"])
_CONTENT_REACH = 20  # words from a decision verb to a relative clause on what it concluded


def adopted_content(lowers: list[str], dec: tuple[int, str], prop: int) -> bool:
    """Round 27. The proposal cue at ``prop`` tells the content of what the decision before it concluded, not a
    proposal made: in a relative clause on the text adopted ("endorsed the report of the assessment team, which
    recommended reducing the force", "endorsed the procedure, under which requests for aircraft will be channelled"),
    in "as proposed by" after the act ("decided to extend the facility, as proposed by the minister"), or inside the
    terms of a text opening the sentence ("Under the procedures, a member will be able to request support").
    GUIDELINES: a proposal is a course not yet decided; these courses are decided."""
    if prop <= dec[0]:
        return False
    if dec[1] == "terms":
        return dec[0] <= 2  # "Under the procedures, ...": every course the sentence tells is a term
    if prop - dec[0] > _CONTENT_REACH:
        return False
    return lowers[prop - 1] in _CONTENT_LINKS or lowers[prop - 2 : prop] in (["under", "which"], ["by", "which"])


#: Words from a decision verb to a participle describing the text it concluded ("adopted a declaration on Wednesday
#: calling for": five).
_TEXT_REACH = 6
#: Words that bring another subject for the participle ("despite Moscow urging", "with the opposition calling for").
_OTHER_SUBJECT = frozenset(["with", "despite", "as", "while", "and", "but", "amid"])


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


#: Words that mark a set of rules as just made, not standing ("The new rules ...", "The rules, adopted on Monday, ...").
_NEWLY_MADE = frozenset(["new", "revised", "amended", "updated", "adopted", "approved", "agreed"])


def _rules_subject(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'The new rules, which take effect in March, require ...', 'The revised framework allows ...': the
    noun of a set of terms (``terms_nouns``) as the definite subject opening the sentence (its first three
    words), marked as just made before the terms verb at ``i``. Not 'The bloc's rules require unanimity'
    (standing rules), 'Existing rules require ...' (no determiner), 'The draft rules ...'."""
    head = lowers[: min(3, i)]
    definite = bool(head) and head[0] in ("the", "these", "its", "their")
    made = not _NEWLY_MADE.isdisjoint(lowers[:i])
    return definite and made and not lex.terms_nouns.isdisjoint(head) and not _UNFINISHED & set(head)


def _generic_intention(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """'agreed to continue dialogue', 'agreed to keep up ...': a shared wish, not a decision. Not (round 33b) an
    arrangement kept in a state ('agreed to keep the free movement of persons in place until ...', 'decided to keep
    on hold the assistance measure', 'agreed to keep the post open at night'): a measure kept, decided."""
    if lowers[k : k + 1] == ["that"]:
        # round 35d: "agreed that a framework agreement should be concluded at the earliest": the first modal of what
        # was agreed is a wish ("should"), not a term ("will", "shall", "must")
        modal = next((w for w in lowers[k + 1 :] if w in _MODAL_AUX), None)
        return modal == "should"
    if k > 0 and lowers[k - 1] == "to":  # the act ends in "to" ("decides to")
        verb = k
    elif k + 1 < len(lowers) and lowers[k] == "to":
        verb = k + 1
    else:
        return False
    if verb >= len(lowers) or lowers[verb] not in lex.generic_intentions:
        return False
    return lowers[verb] not in lex.keeping_bases or not _kept_in_state(lowers, verb + 1, lex)


_KEPT_STATE_REACH = 12  # words after "keep" within which the state it keeps its object in is named


def _kept_in_state(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """'(keep) the free movement of persons in place', '(keep) on hold the measure', '(keep) the post open': a state
    of ``kept_states`` (one word, or "in"/"on" and one) within twelve words after ``k``, with no "up" right at ``k``
    ('keep up the dialogue', a course continued) and no other clause between (no "and", no comma word "to")."""
    if k >= len(lowers) or lowers[k] == "up" or lowers[k].endswith("ing"):
        return False  # "keep up the dialogue", "keep working on ...": a course continued
    for j in range(k, min(len(lowers), k + _KEPT_STATE_REACH)):
        w = lowers[j]
        if w in ("and", "to", "which", "that"):
            return False
        if w not in lex.kept_states:
            continue
        if w in ("place", "hold", "force", "effect"):
            if lowers[j - 1] in ("in", "on"):
                return True
            continue
        after = lowers[j + 1] if j + 1 < len(lowers) else ""
        # "keep the post open 24 hours a day", "keep the border closed until June": the state closes the object;
        # "keep open channels" puts an adjective before its noun, no state
        if not after.isalpha() or after in lex.prepositions or after in lex.time_words or after == "until":
            return True
    return False


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
    if k >= len(lowers) or (lowers[k] not in ("after", "since") and (k, lowers[k]) != (0, "when")):
        return range(0)  # a "when" clause opening the sentence dates its main clause too (gold6 JC11)
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


_CLAUSE_AFTER = frozenset(["by", "on", "in", "at", "with", "to", "that", "upon", "during", "following", "as", "and"])


def _attributive(lowers: list[str], i: int, n: int) -> bool:
    """'the adopted documents were published': a participle modifying a noun, not a clause verb."""
    return i > 0 and lowers[i - 1] in _ATTRIBUTIVE_BEFORE and i + n < len(lowers) and lowers[i + n] not in _CLAUSE_AFTER


#: ("set" as in "set up": "the working group, set up in 2016 after years of arrests")
_TRANSITIVE_ACTS = frozenset(
    ["founded", "established", "created", "formed", "launched", "signed", "adopted", "ratified", "set"]
)
_NP_DETERMINERS = ARTICLES | DEMONSTRATIVES | {"its", "their"}
#: Words that open a clause, so a noun phrase after them is its subject ("when the two leaders agreed at ...").
_CLAUSE_OPENERS = frozenset(["when", "after", "as", "while", "since", "and", "but", "that", "which", "where", "once"])
#: Auxiliaries that, between a noun's determiner and a participle, make the participle a clause's verb.
_CLAUSE_AUX = PASSIVE_AUX | {"has", "have", "had"}


#: Prepositions placing or dating an act told as a noun's modifier ("agreed in Baku", "adopted during the visit").
_PLACING = frozenset(["in", "at", "by", "during"])
#: Prepositions naming what or whom an act told as a noun's modifier bears on ("imposed on a regime", "granted for
#: oil drilling"), when no time follows them ("imposed on Monday" dates the act).
_TARGETING = frozenset(["on", "for", "against"])


def _target(word: str, lex: Lexicon) -> bool:
    """The word after a targeting preposition opens what the act bears on, not a time: 'on a regime', 'for oil'."""
    return word.isalpha() and word not in lex.time_words and word not in WEEKDAYS and word not in MONTHS


def _object_modifier(lowers: list[str], i: int, n: int, lex: Lexicon) -> bool:
    """'It keeps the goal agreed in Baku for 2035', 'reviewed the implementation of the projects
    agreed in 2024': a participle with no auxiliary right after the noun of a noun phrase that is
    itself the object of a verb or a preposition, dated or placed ('in 2024', 'in Baku'), only
    identifies that noun: the act is told elsewhere or earlier. A noun phrase opening its clause
    ('In 2024, the two countries agreed in Doha ...', 'when the leaders agreed at ...') is the
    act's subject. Round 32b: so does one followed by what it bears on, with no time ('pay for the remaining
    sanctions imposed on a regime', 'including the licences granted for oil drilling')."""
    participle = (n == 1 and lowers[i].endswith("ed")) or lowers[i : i + n] == ["set", "up"]
    if not participle or i < 2 or i + n + 1 >= len(lowers):
        return False  # "entered into force", "reached an agreement" are no noun's modifiers
    if _instrument_of_main_act(lowers, i, lex):
        return False  # "delimited their border in a treaty signed in 2001": the text's conclusion is told
    prev = lowers[i - 1]
    if not prev.isalpha() or prev in PASSIVE_AUX or prev in lex.not_nouns or prev in lex.adverbs or prev.endswith("ly"):
        return False
    place = lowers[i + n + 1]
    targeted = lowers[i + n] in _TARGETING and _target(place, lex)  # "sanctions imposed on a regime" (round 32b)
    placed = lowers[i + n] in _PLACING and (place[:1].isdigit() or place in ("the",) or place.isalpha())
    if not targeted and not placed:
        return False
    d = next((k for k in range(i - 1, max(-1, i - 6), -1) if lowers[k] in _NP_DETERMINERS), None)
    if d is None or d == 0:
        return False
    if _CLAUSE_AUX.intersection(lowers[d:i]):
        return False  # "Patrols of this kind were in fact agreed by ...": an auxiliary makes it the clause's verb
    if d >= 2 and lowers[d - 1] in lex.prepositions and lowers[d - 2] in _CLAUSE_AUX:
        return False  # "were in the end adopted": the phrase is an adverbial between auxiliary and participle
    while d > 1 and lowers[d - 1] == "of":
        # "the ministers of the two countries agreed in Bogota": the head of an "of" chain opens the phrase
        head = next((k for k in range(d - 2, max(-1, d - 7), -1) if lowers[k] in _NP_DETERMINERS), None)
        if head is None:
            break  # "in front of the projects agreed in 2024": no determiner opens the head
        d = head
    # a bare head of at most two words opening the sentence ("Foreign ministers of the two states agreed in ...")
    opening = d if lowers[d - 1] != "of" or d > 3 else 0
    rest = lowers[i + n :]
    rest = rest[: next((k for k, w in enumerate(rest) if w in _RELATIVES or _new_clause(rest, k)), len(rest))]
    # ... and the act has a complement of its own: "to" and a verb, or a decision object
    after = lowers[i + n : i + n + 7]
    complement = not lex.decision_objects.isdisjoint(after) or any(
        w == "to" and k + 1 < len(after) and after[k + 1] not in _TO_NOUN_PHRASE for k, w in enumerate(after)
    )
    subject = all(w in lex.time_words or w[:1].isdigit() for w in lowers[:opening])
    if subject and complement and _FINITE_WORDS.isdisjoint(rest):
        # "In April the ministers of the two countries agreed in ...": the phrase is the subject, unless a
        # finite verb follows ("The implementation of the projects agreed in 2024 was reviewed")
        return False
    before = lowers[d - 1]
    return before.isalpha() and before not in _CLAUSE_OPENERS and before not in lex.reporting_verbs


#: Subjects that open a clause coordinated after "and"/"but": "..., and we hope ...", "but they will ...".
_CLAUSE_SUBJECTS = frozenset(["we", "i", "they", "he", "she", "it", "you"])


def _new_clause(words: list[str], k: int) -> bool:
    """After an act's own infinitive, 'and'/'but' at ``k`` followed by a personal pronoun, or by a determiner or
    a number whose noun phrase (up to four words) has a finite verb: a coordinated clause with its own subject
    ('..., and the advisers will now put it into operation'), whose verb is not the verb of the clause before it."""
    if words[k] not in ("and", "but") or k + 1 >= len(words) or "to" not in words[:k]:
        return False  # the act must have its own infinitive first ("agreed in Colombo to set up ...")
    if words[k + 1] in _CLAUSE_SUBJECTS:
        return True
    opens = words[k + 1] in _NP_DETERMINERS or words[k + 1] in _QUANTIFIERS or words[k + 1].isdigit()
    return opens and not _FINITE_WORDS.isdisjoint(words[k + 2 : k + 6])


#: The number words of a small count ("three central banks", "reopened three checkpoints").
_TWO_TO_TEN = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])
#: Words that open a counted noun phrase: "..., and three central banks have already connected to it".
_QUANTIFIERS = _TWO_TO_TEN | frozenset(["several", "many", "most", "some", "both"])


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


#: Courts and tribunals whose rulings bind the parties before them.
_COURTS = frozenset(["court", "tribunal", "arbitrators", "judges"])
#: Verbs of a ruling: "ruled that ...", "fixed the boundary", "confirmed that ...", "declared it void".
_RULINGS = frozenset(["ruled", "fixed", "confirmed", "declared", "found", "decided", "delimited"])
#: Rulings that need a that-clause, or they tell something else ("found a compromise", "confirmed the date").
_THAT_RULINGS = frozenset(["confirmed", "found"])


def _court_ruling(lowers: list[str], lex: Lexicon) -> int | None:
    """'In August 2025 the Court of Arbitration in The Hague ruled that India must ...', 'the International Court
    of Justice confirmed that states have legal obligations ...', 'the tribunal fixed the maritime boundary in
    2007': a named court or tribunal (a definite noun at most twelve words before the verb, no finite verb or
    relative word between: the verb is its own) that has ruled has decided (gold2 q04, x12; pool b04). Not an
    unnamed one ('An arbitral tribunal ... fixed': no actor to give), a ruling to come or negated ('has yet to
    rule', 'will rule in May'), nor a court in a relative clause ('which the Supreme Court declared void')."""
    if _COURTS.isdisjoint(lowers) or _RULINGS.isdisjoint(lowers):
        return None  # checked in C
    for i, w in enumerate(lowers):
        if w not in _RULINGS or i + 1 >= len(lowers):
            continue
        if w in _THAT_RULINGS and lowers[i + 1] != "that":
            continue
        if lowers[i - 1 : i] in (["has"], ["had"]) and w in ("found", "decided"):
            continue  # "has found itself", a perfect of another sense: keep to the plain past
        court = next((k for k in range(i - 1, max(-1, i - 13), -1) if lowers[k] in _COURTS), None)
        if court is None or not _RELATIVES.isdisjoint(lowers[max(0, court - 6) : court]):
            continue  # "an agreement which Iraq's Federal Supreme Court declared void": it describes the agreement
        if not {"a", "an"}.isdisjoint(lowers[max(0, court - 3) : court]):
            continue  # "An arbitral tribunal ... fixed ...": a court not named, whose ruling no actor can be given
        between = lowers[court + 1 : i]
        if not _FINITE_WORDS.isdisjoint(between) or not _RELATIVES.isdisjoint(between):
            continue
        if _modal(lowers, i, lex) or _negated(lowers, i, lex) or "yet" in lowers[max(0, i - 3) : i]:
            continue
        return i
    return None


def is_ruling(lowers: list[str], i: int) -> bool:
    """The decision cue at ``i`` is a court's ruling (see :func:`_court_ruling`): context for what the parties
    do, told as background (in none of the three gold articles that report one is it a key fact)."""
    return lowers[i] in _RULINGS and not _COURTS.isdisjoint(lowers[max(0, i - 12) : i])


def _announced_measure(lowers: list[str], lex: Lexicon) -> int | None:
    """'announced new sanctions on tankers', 'announced a ceasefire': whoever announces a measure as
    its object (up to two words before the noun, none of them a plan or condition word) has taken
    it ("announced a reward of ...": ``announced_measures`` too). 'announced plans for sanctions' is a plan.
    Round 35b: 'announced that the crossing would reopen from Monday' announces a measure too
    (:func:`_announced_act`); 'announced that talks would continue' does not."""
    if ANNOUNCING.isdisjoint(lowers):
        return None  # checked in C
    for i, w in enumerate(lowers):
        if w not in ANNOUNCING or i == 0:
            continue
        if w == "announce" and not _performative(lowers, i):
            continue  # round 38a: "I can announce today that ...", "We are pleased to announce ..."
        if w != "announce" and (_modal(lowers, i, lex) or _negated(lowers, i, lex)):
            continue
        reach = i + 5 if lowers[i + 2 : i + 3] and lowers[i + 2] in _ADDITIVE else i + 4  # "an additional 60 million"
        for k in range(i + 1, min(len(lowers), reach)):
            if lowers[k] in lex.decision_objects or lowers[k] in lex.announced_measures:
                return i
            if lowers[k] in lex.modal_blockers or lowers[k] in ("that", "plans", "it", "they", "he", "she"):
                break
        if (summed := _announced_sum(lowers, i, lex)) is not None:
            return summed  # round 38a: "announced an additional AUD 4 million from Australia for ..."
        t = i + 2 if lowers[i + 1 : i + 2] == ["today"] and w == "announce" else i + 1  # "I can announce today that"
        if lowers[t : t + 1] == ["that"] and lowers[i - 1 : i] != ["was"] and _announced_act(lowers, t + 1, lex):
            return _clause_verb(lowers, t + 1) if w == "announce" else i
    return None


_CLAUSE_AUXILIARIES = frozenset(["has", "have", "had", "will", "would", "shall", "is", "are"])
_CLAUSE_REACH = 8  # words from "that" to the clause's auxiliary: "that the Government of Fiji will provide"


def _clause_verb(lowers: list[str], start: int) -> int:
    """Round 38a. The verb after the first auxiliary of the that-clause opening at ``start`` ("that Australia will
    provide": "provide"), whose own subject acts; ``start`` when there is none within reach."""
    end = min(len(lowers) - 1, start + _CLAUSE_REACH)
    return next((k + 1 for k in range(start, end) if lowers[k] in _CLAUSE_AUXILIARIES), start)


#: Round 38a. The forms of an announcement: the past and present, and the base form a speaker says of himself.
ANNOUNCING = frozenset(["announced", "announces", "announce"])
_AMOUNTS = frozenset(["million", "billion"])
_SUM_REACH = 9  # words from the verb to "million": "announced an additional AUD 4 million", "a grant of 5 million"
#: Words between a speaker and his performative "announce" ("I am pleased to announce", "we can today announce").
_PERFORMATIVE_GAP = frozenset(["can", "am", "are", "pleased", "happy", "proud", "glad", "to", "also", "today", "now"])


def _performative(lowers: list[str], i: int) -> bool:
    """Round 38a. 'I can announce today that ...', 'We are pleased to announce ...': "announce" said by the speaker
    of himself announces as it speaks (a first person at most four words before, only words of ``_PERFORMATIVE_GAP``
    between). Not 'we will announce the winners' or 'they want to announce' (not the speaker now)."""
    for h in range(i - 1, max(-1, i - 5), -1):
        if lowers[h] in ("i", "we"):
            return all(w in _PERFORMATIVE_GAP for w in lowers[h + 1 : i])
    return False


def _announced_sum(lowers: list[str], i: int, lex: Lexicon) -> int | None:
    """Round 38a. 'announced an additional AUD 4 million from Australia for ...', 'announced a grant of 5 million
    US dollars', 'announced that India has today released 2 million dollars': a sum of money (a figure and
    "million"/"billion" within nine words) as what is announced is money committed by the announcer. Not a sum in
    a that-clause of what will come ('announced that trade could reach 5 billion dollars': a modal or a blocker
    before the sum, or anywhere in a that-clause: 'announced that 40 million would be sought'). The index returned
    is the verb's, or the that-clause's own verb, whose subject acts."""
    clause: int | None = None  # "announced that India has released ...": the clause's own subject acts
    for k in range(i + 1, min(len(lowers), i + 1 + _SUM_REACH)):
        if lowers[k] in lex.modal_blockers or lowers[k] in _CLAUSE_MODALS or lowers[k] in ("plans", "would", "could"):
            return None
        if lowers[k] == "that" and clause is None:
            clause = k + 1
        if lowers[k] in _AMOUNTS and k > i + 1 and any(c.isdigit() for c in lowers[k - 1]):
            if clause is None:
                return i
            if not _CLAUSE_MODALS.isdisjoint(lowers[clause : clause + _ANNOUNCED_REACH]):
                return None  # "announced that an additional 40 million would be sought from donors": sought, not given
            return _clause_verb(lowers, clause)
    return None


#: Words from "announced that" to the clause's "would"/"will" ("that the X border crossing, closed to goods since
#: the fighting around Y in December, would reopen": a subject and its aside).
_ANNOUNCED_REACH = 22


def _announced_act(lowers: list[str], start: int, lex: Lexicon) -> bool:
    """The clause from ``start`` (after "announced that") says what the announcer's side will do: its "would" or
    "will" is followed by one of ``announced_acts`` ("would reopen", "will be closed", "would suspend"). Not a
    forecast or a schedule ("would continue", "will meet in May", "would boost trade"), nor a negated one."""
    end = min(len(lowers) - 1, start + _ANNOUNCED_REACH)
    k = next((k for k in range(start + 1, end) if lowers[k] in ("would", "will")), None)
    if k is None or lowers[k - 1] in lex.modal_blockers:
        return False
    verb = lowers[k + 1]
    if verb == "be" and k + 2 < len(lowers):
        verb = lowers[k + 2]  # "will be closed to lorries"
    return verb in lex.announced_acts


#: Round 24. Words that add to what was given before ("announced an additional 60 million euros", "a further
#: package of sanctions"): one more word between "announced" and its measure (batches i, l announce money).
_ADDITIVE = frozenset(["additional", "further", "extra"])


def _order_or_setting(lowers: list[str], lex: Lexicon) -> int | None:
    """'The court ordered Venezuela to refrain from ...', 'The commission has set next year's quota at
    285,000 tonnes': an order to someone TO act, and a perfect 'has set' with a decision object (a
    quota, a budget) close after it, are acts done. Not 'ordered them back downstream' (no act
    ordered), 'is set to sign' (a plan), 'has set the stage for' (no decision object)."""
    if "ordered" not in lowers and "set" not in lowers and _CHANGES.isdisjoint(lowers):
        return None  # none of the verbs it reads (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w == "ordered" and not _modal(lowers, i, lex) and not _negated(lowers, i, lex):
            to = next((k for k in range(i + 2, min(len(lowers), i + 7)) if lowers[k] == "to"), None)
            act = lowers[to + 1] if to is not None and to + 1 < len(lowers) else ""
            passive = PASSIVE_AUX.intersection(lowers[i - 1 : i])
            if act and act not in _TO_NOUN_PHRASE and not act[:1].isdigit() and not passive:
                return i
            if not passive and _ordered_act(lowers, i + 1, lex):
                return i
        perfect = w == "set" and i > 0 and lowers[i - 1] in ("has", "have", "had")
        if perfect and not _negated(lowers, i, lex) and lex.decision_objects.intersection(lowers[i + 1 : i + 5]):
            return i
        if w not in _CHANGES or not _figure_changed(lowers, i):
            continue
        # not "prices rose when the ministry cut the quota by half": a time clause only dates the main clause
        timed = _TIME_CLAUSE.intersection(lowers[max(0, i - 6) : i])
        if not timed and not _modal(lowers, i, lex) and not _negated(lowers, i, lex):
            return i
    return None


#: Determiners opening the act an order names ("ordered the release of", "ordered an inquiry into").
_ORDER_DETERMINERS = frozenset(["the", "a", "an"])


def _ordered_act(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """'Courts repeatedly ordered the release of migrants', 'We have ordered the neutralisation of the militia':
    an order whose object (from ``k``) is an act named by a noun (an action suffix or one of ``ordered_acts``)
    between a determiner and "of" (what the act is done to), an act ordered as surely as "ordered X to release".
    Not 'ordered a copy of the report' (a thing), 'ordered the troops back' (no "of": people, no act)."""
    if lowers[k : k + 1] == [] or lowers[k] not in _ORDER_DETERMINERS or lowers[k + 2 : k + 3] != ["of"]:
        return False
    noun = lowers[k + 1]
    return noun.endswith(_ACTION_SUFFIXES) or noun in lex.ordered_acts


#: Endings of nouns that name an act ("neutralisation", "suspension", "deployment", "closure", "withdrawal").
_ACTION_SUFFIXES = ("tion", "sion", "ment", "ure", "al")


#: Verbs that change a figure an authority sets ("raised the cap to 20,000", "cut the quota by a third").
_CHANGES = frozenset(["raised", "lowered", "increased", "cut", "reduced", "doubled", "halved", "tripled", "capped"])
#: Figures an authority sets: a limit, a quota, a rate or a budget line, not an amount that merely moves.
_SET_FIGURES = frozenset(
    ["cap", "ceiling", "limit", "quota", "quotas", "tariff", "tariffs", "levy", "duty", "duties", "rate", "budget"]
)


def _figure_changed(lowers: list[str], i: int) -> bool:
    """'Wellington has raised the scheme's cap to 20,750 workers', 'The ministry cut the fishing quota by 15
    percent': a figure an authority sets (within four words after the verb) changed "to" or "by" a number
    (within six words after it, past its complement). Not 'raised the issue of the quota' (no number follows), 'exports
    increased by 5 percent' (no set figure), 'raised 20 million dollars' (an amount, no figure set)."""
    if i > 0 and lowers[i - 1] in _NP_DETERMINERS:
        return False  # "the raised cap": a modifier
    for k in range(i + 1, min(len(lowers), i + 5)):
        if lowers[k] in _SET_FIGURES:
            end = min(len(lowers) - 1, k + 6)  # "the cap on seasonal workers to 12,000"
            return any(lowers[j] in ("to", "by") and lowers[j + 1][:1].isdigit() for j in range(k + 1, end))
    return False


_WH_WORDS = frozenset(["what", "which", "who", "when", "where", "why", "how", "whether", "if"])


def _emphatic_act(lowers: list[str], lex: Lexicon) -> int | None:
    """'What we did agree with Naypyitaw in May is a pilot verification', 'They did sign the protocol':
    an emphatic "did" with the base form of an act verb reports the act done (index of the verb).
    Not a question ('Did they sign?', 'What did they agree?'), not negated ('did not sign')."""
    if "did" not in lowers:
        return None  # most sentences: one C-level scan
    for i, w in enumerate(lowers[:-1]):
        if w != "did" or i == 0 or lowers[i - 1] in _WH_WORDS or lowers[i - 1] == "nor":
            continue
        k = i + 1
        while k < len(lowers) and (lowers[k] in lex.adverbs or lowers[k].endswith("ly")):
            k += 1
        if k < len(lowers) and lowers[k] in lex.prepositions and lowers[k] not in ("to", "with"):
            # "did in the end sign", "did in fact approve": an adverbial phrase of up to three words
            k = next((j for j in range(k + 1, min(len(lowers), k + 4)) if _base_act(lowers, j, lex)), len(lowers))
        if k >= len(lowers) or lowers[k] in lex.negations:
            continue
        phrase = _base_act(lowers, k, lex)
        if phrase and phrase[0] not in lex.decision_weak and not _generic_intention(lowers, k + 1, lex):
            return k
    return None


def _base_act(lowers: list[str], j: int, lex: Lexicon) -> Phrase | None:
    """The act phrase whose verb ``lowers[j]`` is the base form of ("sign", "approve", "agree" + what
    follows), read in its past form; None when it is no act verb."""
    rest = lowers[j + 1 : j + 4]
    for past in _regular_pasts(lowers[j]):
        phrase = lex.decision_acts.match_at([past, *rest], 0)
        if phrase is not None:
            return phrase
    return None


def _regular_pasts(base: str) -> tuple[str, ...]:
    """The regular past forms a base form may take: 'sign' -> 'signed', 'approve' -> 'approved', 'ratify' ->
    'ratified' (a consonant before the "y")."""
    if len(base) > 2 and base.endswith("y") and base[-2] not in "aeiou":
        return (base[:-1] + "ied",)
    return (base + "d", base + "ed")


_VOTE_WINS = frozenset(["won", "received", "secured", "obtained", "garnered"])
#: Between "voted" and its act: a tally ("120 to 3") or a time ("last November", "on Friday").
_VOTE_FILLERS = (
    WEEKDAYS
    | MONTHS
    | frozenset(
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
        ]
    )
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
    agent = lowers[i + n : i + n + 1] == ["by"] and not _document_subject(lowers, i, lex)
    # ... and so does one on the subject of a clause after "and"/"but" ("..., and the force authorised by
    # the Council last year has only begun to deploy"), or one with a place or text of origin instead of
    # an agent ("The force, created under an agreement signed in 2005, has trained ...")
    start = next((k + 1 for k in range(i - 1, -1, -1) if lowers[k] in ("and", "but")), 0)
    if start and lowers[start] not in _NP_DETERMINERS:
        start = 0  # "Chile and Peru signed ...": "and" inside the subject, no new clause
    origin = lowers[i + n : i + n + 1] == ["under"] and not _document_subject(lowers, i, lex)
    origin = origin and lowers[start] in _NP_DETERMINERS  # "The force, created under ...": a noun phrase's participle
    return (agent or origin) and i - start <= 4 and any(w in _FINITE for w in lowers[i + n + 2 : i + n + _MAIN_REACH])


_HISTORY_REACH = 6  # words of a reduced relative's phrase up to its year: "in Washington in August 2025"
#: Prepositions opening the phrase of place or time of a reduced relative ("founded in Marrakech in 1989").
_HISTORY_PREPS = frozenset(["in", "at", "on", "during"])
#: Finite verbs of the clause a reduced relative's noun belongs to, right after the relative's year.
_MAIN_FINITE = frozenset(["is", "are", "was", "were", "has", "have", "had", "remains", "remained"])


def _dated_reduced_relative(lowers: list[str], i: int, n: int, lex: Lexicon) -> bool:
    """Round 32b. 'Aliyev noted that the peace agreement initialled in Washington in August 2025 was a historic
    step', '..., and the Arab Maghreb Union, founded in Marrakech in 1989, has not held a summit since': a
    participle with no auxiliary right after the noun of a noun phrase (a determiner up to four words before it),
    whose phrase of place or time closes on a year (within six words) right before the finite verb of the clause
    the noun is the subject of, is a reduced relative: it dates the noun's history, the clause says something
    else about it. Not a document opening the sentence ('The Treaty, signed in 1996, guarantees ...': an earlier
    decision stated, see :func:`_background`), nor 'the two presidents signed in 2024 a treaty that ...' (no year
    before a finite verb)."""
    if n != 1 or i < 2 or i + 3 >= len(lowers) or lowers[i + 1] not in _HISTORY_PREPS:
        return False
    prev = lowers[i - 1]
    if not prev.isalpha() or prev in PASSIVE_AUX or prev in lex.not_nouns or prev in lex.adverbs or prev.endswith("ly"):
        return False
    d = next((k for k in range(i - 1, max(-1, i - 5), -1) if lowers[k] in _NP_DETERMINERS), None)
    if d is None or not _CLAUSE_AUX.isdisjoint(lowers[d:i]) or (d == 0 and _document_subject(lowers, i, lex)):
        return False
    y = next((k for k in range(i + 2, min(len(lowers) - 1, i + 2 + _HISTORY_REACH)) if _year(lowers[k])), None)
    if y is None or not _FINITE_WORDS.isdisjoint(lowers[i + 1 : y]):
        return False
    k = y + 2 if lowers[y + 1] in ("also", "still", "now") else y + 1
    return k < len(lowers) and lowers[k] in _MAIN_FINITE


#: Round 37a. Participles of a body's founding ("the Agency (AGC), set up in Dakar in 1995, ...").
_FOUNDING = frozenset([("set", "up"), ("established",), ("founded",), ("created",), ("formed",)])
_FOUNDING_REACH = 7  # words from the name's determiner to the participle: "the Multilateral Sanctions Monitoring Team"


def _founding_apposition(lowers: list[str], i: int, n: int, lex: Lexicon) -> bool:
    """Round 37a. 'The Monitoring Team (MST), set up in October 2024 after the panel's mandate lapsed, said ...',
    'is run by the Management Agency (MA), set up in Dakar in 1995 under a treaty': a founding participle with no
    auxiliary right after a body's name (its determiner up to seven words before), then a phrase of place or time
    closing on a year with no object after it, tells the body's history, not an act reported (train batches b,
    o073, gold61, p, o109, o037, o085 are unlabelled alike). Not 'The Treaty, founded on ...' (a document, see
    :func:`_background`), nor 'the two states established in 2024 a joint commission' (an object follows)."""
    if tuple(lowers[i : i + n]) not in _FOUNDING or i < 2 or i + n + 1 >= len(lowers):
        return False
    if lowers[i + n] not in _HISTORY_PREPS:
        return False
    prev = lowers[i - 1]
    if not prev.isalpha() or prev in _CLAUSE_AUX or prev in lex.not_nouns or prev in lex.adverbs:
        return False
    if prev in lex.decision_objects or prev in _STATE_SUBJECTS or prev in lex.authorities:
        return False  # a document's signing is its decision; "the two governments established in May ..." act
    d = next((k for k in range(i - 1, max(-1, i - 1 - _FOUNDING_REACH), -1) if lowers[k] in _NP_DETERMINERS), None)
    if d is None or not _CLAUSE_AUX.isdisjoint(lowers[d:i]) or not _FINITE_WORDS.isdisjoint(lowers[d:i]):
        return False
    end = min(len(lowers), i + n + 1 + _HISTORY_REACH)
    y = next((k for k in range(i + n + 1, end) if _year(lowers[k])), None)
    if y is None or not _FINITE_WORDS.isdisjoint(lowers[i + n : y]):
        return False
    return y + 1 >= len(lowers) or lowers[y + 1] not in _NP_DETERMINERS


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


_MAIN_REACH = 24  # words after an identifying participle within which the main verb of its clause may come


def _object_relative(lowers: list[str], i: int, n: int) -> bool:
    """'..., which the two premiers agreed in January 2025', 'what they agreed there may shape ...', 'if voters know
    what their government has signed': an act in a clause whose relative word is its object (a subject of at
    most four words between them, no object after the act) describes a thing named elsewhere, it reports no
    act. Not 'under which the two states agreed to ...' (a preposition before the relative word), nor
    'which were adopted in 2023' (the relative word is the subject)."""
    k = i - 1
    while k >= 0 and lowers[k] in ("has", "have", "had", "already", "also", "finally", "jointly"):
        k -= 1
    r = next((j for j in range(k, max(-1, k - 5), -1) if lowers[j] in ("which", "what")), None)
    if r is None or r == k or (r > 0 and lowers[r - 1] in _RELATIVE_PREPOSITIONS):
        return False
    if _FINITE_WORDS.intersection(lowers[r + 1 : k + 1]) or lowers[r + 1] in ("is", "are", "was", "were"):
        return False
    after = lowers[i + n : i + n + 1]
    if after and after[0] not in _AFTER_GAP:
        return False
    if lowers[r] == "what" and not {"is", "was"}.isdisjoint(lowers[i + n : i + n + 6]):
        return False  # "What the leaders agreed on Monday was a three-stage plan": a pseudo-cleft reports the act
    # "what they agreed" names no text at all; "which" on a named thing only when the clause dates the act to
    # a year ("which the premiers agreed in 2025": its history), not "the plan, which the cabinet approved
    # on Monday" (the sentence states that decision, GUIDELINES)
    return lowers[r] == "what" or any(len(w) == 4 and w.isdigit() for w in lowers[i + n : i + n + 4])


#: Round 37a. Words after an act that date it to a past time without a year ("signed two years earlier").
_PAST_MARKS = frozenset(["earlier", "ago", "before"])


def _contact_relative(lowers: list[str], i: int, n: int, lex: Lexicon) -> bool:
    """Round 37a. 'set up under a treaty the two countries signed two years earlier', 'the pact their fathers
    agreed in 1990': an object relative clause with no relative word (a document's noun, then a determiner or
    possessive opening a subject of at most four words, then the act, no object after it, dated to a year or an
    earlier time) identifies the document by its history, as "which the premiers agreed in 2025" does
    (:func:`_object_relative`). Not 'the treaty the two countries signed on Monday' (no past dating), nor 'the
    treaty, the two countries signed a protocol' (an object follows)."""
    after = lowers[i + n : i + n + 4]
    timed = after[:1] in (["a"], ["an"]) and after[1:2] and after[1] in _TIME_UNITS  # "signed a year earlier"
    if not after or ((after[0] in _NP_DETERMINERS or after[0] in POSSESSIVES) and not timed):
        return False
    if not any(_year(w) or w in _PAST_MARKS for w in after):
        return False
    for d in range(i - 1, max(0, i - 5), -1):
        if lowers[d] in _NP_DETERMINERS or lowers[d] in POSSESSIVES:
            between = lowers[d + 1 : i]
            return (
                lowers[d - 1] in lex.decision_objects
                and _FINITE_WORDS.isdisjoint(between)
                and _CLAUSE_AUX.isdisjoint(between)
                and all(w.isalpha() for w in between)
            )
    return False


_DATED_REACH = 8  # words after a relative clause's act within which its year may come ("in December 2025")


def _dated_relative(lowers: list[str], i: int, n: int, lex: Lexicon) -> bool:
    """Round 27. 'Trilateral air patrols, which were launched alongside the sea patrols in 2017, are not part of the
    new plan', 'the ECOWAS mission, whose mandate was extended by ECOWAS leaders in December 2025': an act in a
    "which"/"whose" clause (opened at most five words before it) dated to a year, on a noun that is no text, tells
    that noun's history, not a decision. Not when a text is the noun ('two instruments, which were adopted in 2023':
    an earlier decision stated, gold3), nor an undated clause ('the plan, which the cabinet approved on Monday')."""
    r = next((k for k in range(i - 1, max(-1, i - 6), -1) if lowers[k] in ("which", "whose")), None)
    if r is None or not any(len(w) == 4 and w.isdigit() for w in lowers[i + n : i + n + _DATED_REACH]):
        return False
    return lex.decision_objects.isdisjoint(lowers[max(0, r - 4) : r]) and not _document_subject(lowers, r, lex)


_RELATIVE_PREPOSITIONS = frozenset(["under", "by", "in", "with", "through", "to", "of", "for", "on", "after"])
#: What may follow an act whose object is a relative word before it: a time, place or the next clause.
_AFTER_GAP = frozenset(
    ["in", "on", "at", "last", "this", "there", "here", "may", "will", "would", "could", "is", "was"]
)


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


#: Prepositions opening a participle phrase with no object ("set up under ...", "formed by ...", "founded at ...").
_APPOSITION_PREPS = frozenset(["under", "in", "by", "at", "on", "after"])
_SUBJECT_REACH = 5  # words of an opening subject before its participle: "The joint border task force, set up"
_APPOSITION_REACH = 9  # words of that participle phrase, to its year: "under a treaty signed in Tashkent in 1992"


def _background(lowers: list[str], i: int, n: int, lex: Lexicon) -> bool:
    """'The SCO, founded in 2001, groups ten states': a transitive act with no object and no
    auxiliary, just a year after it, describes its subject's history, not a decision reported. So does one
    on a sentence's opening subject whose phrase ends on a year ("The task force, set up under a border pact
    in 2015, brings together ...").
    A document opening the sentence and adopted in a year ("The X Declaration, adopted in 2000,
    gave members ...") is an earlier decision stated in background, and stays one."""
    if lowers[i] not in _TRANSITIVE_ACTS or i + n + 1 >= len(lowers):
        return False
    if _document_subject(lowers, i, lex):
        return False
    dated = lowers[i + n] in ("in", "on") and lowers[i + n + 1].isdigit() and len(lowers[i + n + 1]) == 4
    opening = 0 < i <= _SUBJECT_REACH and lowers[0] in _NP_DETERMINERS
    if not dated and opening and lowers[i + n] in _APPOSITION_PREPS and lex.decision_objects.isdisjoint(lowers[:i]):
        # "The task force, set up under a border pact in 2015, brings together ...": the year may close a longer
        # participle phrase on the opening subject (round 26: batches o of gold34 and h of gold2); a text as that
        # subject ("The Water Treaty, signed by A and B in 1996, guarantees ...") is an earlier decision, and stays
        dated = any(len(w) == 4 and w.isdigit() for w in lowers[i + n + 1 : i + n + 1 + _APPOSITION_REACH])
    prev = lowers[i - 1] if i else ""
    history = dated and prev not in PASSIVE_AUX and prev not in ("have", "has", "had") and prev not in lex.adverbs
    return history and not _instrument_of_main_act(lowers, i, lex)


def _instrument_of_main_act(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'X and Y delimited their border in a treaty signed in 2001', 'The two countries ... settled the dispute
    with a Treaty of Peace and Friendship signed in 1984', 'A and B delimited part of their maritime boundary in an
    agreement signed in August 2020': a text concluded in a year (a month or season may come first), named by
    "a/an" (up to five words before the act) as the means of the main clause's past act (a past verb up to six words
    before its preposition), tells that earlier decision in the main clause: background, but a decision (gold3 JC3;
    v01, x11 of round 14).
    Not when that verb is itself a participle on the subject ('The force, created under an agreement signed in
    2005, has trained ...': the subject opens with a determiner, the verb within its first five words, and a
    finite verb follows), nor a modal or negated main act."""
    y = i + 3 if i + 2 < len(lowers) and lowers[i + 2] in lex.time_words else i + 2  # "in August 2020"
    year = lowers[y : y + 1]
    if lowers[i + 1 : i + 2] != ["in"] or not year or not (year[0].isdigit() and len(year[0]) == 4):
        return False  # concluded "in" a year: the text's history told as the means
    a = next((k for k in range(i - 1, max(-1, i - 7), -1) if lowers[k] in ("a", "an")), None)
    if a is None or a < 2 or lowers[a - 1] not in _INSTRUMENTS or lex.decision_objects.isdisjoint(lowers[a + 1 : i]):
        return False
    # the main verb up to six words before the preposition ("delimited part of their maritime boundary in ...")
    v = next((k for k in range(a - 2, max(-1, a - _MEANS_REACH - 2), -1) if lowers[k].endswith("ed")), None)
    if v is None or _modal(lowers, v, lex) or _negated(lowers, v, lex):
        return False
    participle = lowers[0] in _NP_DETERMINERS and v <= 4 and not _FINITE.isdisjoint(lowers[i:])
    return not participle


_MEANS_REACH = 6  # words between a main act and the preposition naming its means ("delimited part of ... in")
#: Prepositions that name a text as the means of an act ("in a treaty", "with a treaty", "under an accord").
_INSTRUMENTS = frozenset(["in", "with", "under", "by", "through"])


#: Words that open a clause of time or condition: an act after them dates or conditions the main clause.
_TIME_CLAUSE = frozenset(["when", "after", "since", "before", "until", "as", "while", "if", "once", "unless"])


def _not_done(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """The executive act at ``i`` is not reported as done: a modal or a negation governs it, or it stands in a
    clause of time or condition opened within six words before it ("will close", "has not closed", "when Mali
    withdrew")."""
    return _modal(lowers, i, lex) or _negated(lowers, i, lex) or not _TIME_CLAUSE.isdisjoint(lowers[max(0, i - 6) : i])


_OWN = frozenset(["its", "their"])
#: Personal pronouns as the subject of a "since" clause right before its act ("since they signed ...").
_SINCE_SUBJECTS = frozenset(["they", "he", "she", "it", "we"])


def _when_clause(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'the 15,000 tonnes promised when the plant was inaugurated', 'Relations soured when Ruritania signed
    the pact': an act within five words after a "when" inside the sentence is in a time clause, which dates
    its main clause (gold6 JC11), as does a clause opened by "since" and a subject ("sat together for the first
    time since their treaty came into force"). Not 'came in March, when the two leaders agreed to ...': a "when" after a
    time word opens a relative clause on that time, which tells the news."""
    for k in range(max(1, i - 5), i):
        if lowers[k] == "when":
            return lowers[k - 1] not in lex.time_words and not lowers[k - 1][:1].isdigit()
        if lowers[k] == "since" and (lowers[k + 1] in _NP_DETERMINERS or lowers[k + 1] in POSSESSIVES):
            return True  # "for the first time since their border treaty came into force": a clause of time
        if lowers[k] == "since" and lowers[k + 1] in _SINCE_SUBJECTS and k + 2 == i:
            return True  # round 32b: "Fighting has largely stopped since they signed an agreement in March 2025"
        if lowers[k] == "since" and lowers[k + 1] in _SINCE_SUBJECTS and k + 3 == i and lowers[k + 2] in PASSIVE_AUX:
            return True  # round 37a: "The fund has never been used since it was set up in 2010"
        if lowers[k] in ("since", "after") and _time_clause_subject(lowers, k, i, lex):
            return True  # round 37a: "Ties have warmed since President X appointed ...", "after Seoul agreed in 2016"
    return _bounded(lowers, i)  # "fighting lasted until the accord was signed in 2020": the act dates the main clause


def _time_clause_subject(lowers: list[str], k: int, i: int, lex: Lexicon) -> bool:
    """Round 37a. The words between a "since" or "after" inside the sentence (at ``k``) and the act at ``i`` are
    a clause's subject: a state's or capital's name ("after Seoul agreed in 2016 to ...") or a title and a name
    ("since President John Mahama appointed ..."), so the act dates the main clause before it. Not at the opening
    (``dated`` spans handle those), nor 'since 2019', 'after the talks' (no such subject)."""
    if k < 2 or k + 1 >= i:
        return False
    state = country_at(lowers, k + 1) or place_at(lowers, k + 1)
    if state is not None and state[1] == i:
        return True
    return lowers[k + 1] in lex.clause_titles and all(
        w.isalpha() and w not in lex.prepositions for w in lowers[k + 2 : i]
    )


_THAT_REACH = 4  # words between such a verb and its "that" ("reaffirmed Australia's position that ...")
_CLAUSE_MODALS = frozenset(["will", "would", "shall", "should", "must", "can", "could", "may", "might", "cannot"])


def _agreed_view(lowers: list[str], i: int, n: int, lex: Lexicon) -> bool:
    """'The two presidents agreed that the security of the Red Sea is the responsibility of its littoral states',
    'agreed that it posed a serious threat to the region', 'reaffirmed Australia's position that the award is final':
    a verb of ``view_acts`` (agreeing or affirming) whose that-clause (within four words) holds no modal, no "is to"
    and no act of the lexicon states a view shared, not a decision (GUIDELINES: an outcome decided). Not 'agreed that
    the two forces will exchange data', 'agreed that prosecutors can form joint teams', 'confirmed that it has
    approved a further 40 million euro' (a course settled or an act told), nor 'agreed to', 'agreed on' (no
    that-clause)."""
    if lowers[i] not in lex.view_acts:
        return False
    t = next((k for k in range(i + n, min(len(lowers), i + n + _THAT_REACH)) if lowers[k] == "that"), None)
    if t is None or t + 1 >= len(lowers):
        return False
    clause = lowers[t + 1 :]
    if not _CLAUSE_MODALS.isdisjoint(clause):
        return False
    if any(w in ("is", "are", "was", "were") and clause[k + 1 : k + 2] == ["to"] for k, w in enumerate(clause)):
        return False  # "agreed that the commission is to meet monthly": a future arranged
    return not any(lex.decision_acts.match_at(lowers, k) is not None for k in range(t + 1, len(lowers)))


_SUBJECT_AUX = frozenset(
    ["has", "have", "had", "also", "already", "meanwhile", "then", "formally", "officially", "unanimously"]
)
_OBJECT_OPENERS = ARTICLES | DEMONSTRATIVES | POSSESSIVES | {"all", "both", "its", "their"}


def _authority_act(lowers: list[str], i: int, n: int, lex: Lexicon) -> bool:
    """'Peru's Congress created the district of Santa Rosa', 'In August Uzbekistan accepted a Taliban-appointed
    ambassador', 'the Georgian government suspended the country's accession bid': a weak act of ``authority_acts``
    whose subject ends right before it (an auxiliary or adverb may stand between) on a state's name or one of
    ``authorities``, with a determined object right after it, is a decision whatever its object. Not 'declared that'
    (words reported), 'the company created 500 jobs' (no authority), 'the government formed in March' (no object),
    'accepted the invitation', 'created a good atmosphere' (``attitude_objects``, ``courtesies``), 'declared their
    support' (a backing)."""
    if lowers[i] not in lex.authority_acts or i + n >= len(lowers) or lowers[i + n] not in _OBJECT_OPENERS:
        return False
    if lowers[i] == "declared" and _INDEFINITE.isdisjoint(lowers[i + n + 2 : i + n + 7]):
        return False  # "declared the sea a zone of peace": a status conferred; not "declared the meeting open"
    if lowers[i] == "declared" and lowers[i + n] in POSSESSIVES:
        return False  # "declared their support for ...": a backing, not a status declared
    obj = lowers[i + n : i + n + 4]
    if not lex.attitude_objects.isdisjoint(obj) or not lex.courtesies.isdisjoint(obj):
        return False  # "accepted the invitation", "created a good atmosphere": no act of an authority on a thing
    k = i - 1
    while k >= 0 and lowers[k] in _SUBJECT_AUX:
        k -= 1
    if k < 0:
        return False
    if lowers[k] in lex.authorities:
        return True
    for j in range(max(0, k - 3), k + 1):
        state = country_at(lowers, j) or place_at(lowers, j)
        if state is not None and state[1] == k + 1:
            return True  # "In August Uzbekistan accepted ...", "Paris paid for ...": a state's or its capital's name
    return False


#: Round 27. Words between a text's name and a terms verb that open another clause on it ("a border zone where
#: entry requires a permit", "the documents they require"): the text is not that verb's subject.
_OTHER_CLAUSE = frozenset(["where", "when", "whom", "we", "they", "he", "she", "i", "you"])


def _not_its_subject(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """The decision object just before the terms verb at ``i`` is not the verb's subject: the documents one must
    show ("lack the documents Peru requires for entry": a state, or a pronoun or "where", opens the clause between
    them), a reference to what a text permits ("as the agreement allows": an "as" clause), or a fear about a text
    ("some fear the treaty opens a door to it"). Such a sentence states no term of a concluded text."""
    o = next((k for k in range(i - 1, max(-1, i - 5), -1) if lowers[k] in lex.decision_objects), None)
    if o is None:
        return False
    for k in range(o + 1, i):
        if lowers[k] in _OTHER_CLAUSE or country_at(lowers, k) is not None:
            return True
    opening = lowers[max(0, o - 2) : o]
    return "as" in opening or not lex.fear_verbs.isdisjoint(opening) or not lex.hope_verbs.isdisjoint(opening)


_REVIEW_REACH = 24  # words from a verb of review to an act in its object ("reviewed progress in ... signed")
_COORDINATORS = frozenset(["and", "but", "then"])


def _reviewed(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'The two ministers reviewed progress in implementing the plan adopted in 2025', 'The leaders noted the
    implementation of the realignment, which took effect in March': the act at ``i`` stands in the object of an
    earlier verb of review or notice (lexicon ``review_verbs``), as a participle or a "which" clause on one of its
    nouns; it identifies what was reviewed, no decision is reported (GUIDELINES: "mere praise of a past decision").
    Not when the act is coordinated with that verb ("reviewed the plan and agreed to extend it", "and also
    signed", "then adopted"), when "that" opens reported speech after the verb ("noted that only three states have
    ratified it" is told by the speaker) or a modal after the act shows one without "that" ("noted the agreements
    signed today would double trade"), nor when the review stands in a clause of time or condition before the
    main clause ("After the ministers reviewed the draft, they signed ...")."""
    prev = lowers[i - 1] if i else ""
    adverb = prev in lex.adverbs or prev.endswith("ly")
    if prev in _COORDINATORS or (i > 1 and lowers[i - 2] in _COORDINATORS and adverb):
        return False
    for j in range(i - 1, max(-1, i - _REVIEW_REACH), -1):
        if lowers[j] in lex.review_verbs:
            reported = lowers[j + 1] == "that" or not _CLAUSE_MODALS.isdisjoint(lowers[i + 1 :])
            return not reported and _TIME_CLAUSE.isdisjoint(lowers[:j])
    return False


#: Round 24. Conjunctions of time whose clause bounds its main clause in time (see _dating_clause).
_BOUND_CONJUNCTIONS = frozenset(["until", "before", "after"])
_BOUND_REACH = 6  # words from the conjunction to the act ("until the Bodo Peace Accord was signed")


def _bounded(lowers: list[str], i: int) -> bool:
    """The act at ``i`` stands in a clause of time bounding the main clause (see _dating_clause)."""
    for k in range(max(2, i - _BOUND_REACH), i):
        if lowers[k] in _BOUND_CONJUNCTIONS and _dating_clause(lowers, k):
            return True
    return False


def _dating_clause(lowers: list[str], k: int) -> bool:
    """'the region saw an insurgency until the peace accord was signed in 2020', 'the armies exchanged strikes
    before a ceasefire was agreed on 10 May', 'met in Osh, a year after the three presidents signed the treaty':
    "until"/"before" inside the sentence, or "after" right after a unit of time ("a year after"), then a
    determiner or possessive opening the clause's subject: the act in it dates the main clause, which tells the
    news (i, k and l batches of round 24). Not at the sentence's opening (``dated`` spans handle those), and not
    'agreed after the talks to ...' (no subject opens a clause: the act precedes the "after")."""
    if k < 2 or k + 1 >= len(lowers):
        return False
    if lowers[k] == "after" and lowers[k - 1] in _TIME_UNITS:
        return True  # "a week after Ruritania and Borduria agreed to ...": a bare name opens the clause too (round 26)
    if lowers[k + 1] not in _NP_DETERMINERS and lowers[k + 1] not in POSSESSIVES:
        return False
    return lowers[k] != "after"


#: Determiners opening what a settlement settled ("settled their boundary", "resolved all the disputed segments").
_SETTLED_DETERMINERS = frozenset(["the", "their", "its", "all", "both", "a", "an", "this", "that", "these", "those"])
_SETTLED_REACH = 4  # words from the determiner to the matter: "their maritime boundary", "the last disputed sections"


def _settlement(lowers: list[str], lex: Lexicon) -> int | None:
    """'Ruritania and Borduria settled their sea boundary in a 2011 exchange of notes', 'The treaty resolved all the
    disputed segments': a past verb of ``settle_verbs``, a determiner right after it, and a noun of
    ``settled_matters`` within four words is a concluded settlement (round 26; gold3 JC3 when dated). Not
    'settled in Canada' (no determiner), 'resolved to act', a modal or negated verb, nor one in a clause of time
    ('until they settled the dispute')."""
    if lex.settle_verbs.isdisjoint(lowers) or lex.settled_matters.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers[:-2]):
        if w not in lex.settle_verbs or i == 0 or lowers[i + 1] not in _SETTLED_DETERMINERS:
            continue
        if lex.settled_matters.isdisjoint(lowers[i + 2 : i + 2 + _SETTLED_REACH]):
            continue
        if _modal(lowers, i, lex) or _negated(lowers, i, lex) or _bounded(lowers, i):
            continue
        if not lex.condition_subordinators.isdisjoint(lowers[max(0, i - _BOUND_REACH) : i]):
            continue  # "once the two sides settled the dispute, ...": an act still to come or a time
        return i
    return None


def _closure(lowers: list[str], lex: Lexicon) -> int | None:
    """'Lithuania shut its border crossings with Belarus', 'Chad has closed its airspace': an authority
    closing or reopening its own border, airspace or mission (the possessive right after the verb, an
    object of ``closure_objects`` within three words). Not a passive with no one acting ('The crossing was
    shut'), a time clause ('relations soured when Nigeria closed its borders'), a modal or negated act."""
    if lex.closure_verbs.isdisjoint(lowers) or lex.closure_objects.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers[:-2]):
        if w not in lex.closure_verbs:
            continue
        if lowers[i + 1] not in _OWN and not (_counted_object(lowers[i + 1]) and _state_subject(lowers, i, lex)):
            continue
        window = range(i + 2, min(i + 5, len(lowers)))
        head = next((k for k in window if lowers[k] in lex.closure_objects and _ends_phrase(lowers, k + 1, lex)), None)
        if head is None:
            continue  # "closed its ports division": the border word must head the object, not modify it
        if not lex.prepositions.isdisjoint(lowers[i + 1 : head]):
            continue  # "closed the debate on borders": the border word is not what was closed
        if _not_done(lowers, i, lex):
            continue
        return i
    return None


_SWAP_REACH = 5  # words after the verb within which the captives are named ("exchanged more than 300 detainees")


def _captives_exchanged(lowers: list[str], lex: Lexicon) -> int | None:
    """Round 32b. 'Russia and Ukraine exchanged 205 prisoners of war', 'the two sides swapped more than 300
    detainees': a past verb of ``swap_verbs`` with one of ``captives`` as its object (within five words, no
    preposition before it) is an exchange carried out, a completed act. Not 'exchanged views on the prisoners' (a
    preposition first), 'exchanged fire', a modal, negated or time-clause act ('will exchange', 'after they
    swapped prisoners')."""
    if lex.swap_verbs.isdisjoint(lowers) or lex.captives.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers[:-1]):
        if w not in lex.swap_verbs:
            continue
        window = range(i + 1, min(i + 1 + _SWAP_REACH, len(lowers)))
        head = next((k for k in window if lowers[k] in lex.captives), None)
        if head is None or any(w in lex.prepositions and w != "than" for w in lowers[i + 1 : head]):
            continue  # "exchanged views on the prisoners"; "more than 300 detainees" counts them
        if _not_done(lowers, i, lex):
            continue
        return i
    return None


#: What a sentence opening "Among ..." may name as the set: the texts concluded, or "them"/"these" for them.
_LISTED_SETS = frozenset(["them", "these", "those", "instruments", "documents", "texts", "agreements", "accords"])
#: Words of a plain set of texts: "the seven instruments signed", "the other new accords" (any small count, not
#: only the counts of the examples the rule was written from).
_LISTED_WORDS = frozenset(["the", "other", "new", "signed", "adopted", "concluded"]) | _TWO_TO_TEN
# The texts "Among them is ..." names as one of those concluded are the lexicon's ``[decision] set_texts`` (round 25:
# one list with the set members of rules.context, documented there).
_COPULA_FORMS = frozenset(["is", "are", "was", "were"])
# Named plans such a set may hold besides its texts are the lexicon's ``[decision] listed_plans`` (round 24).
#: Round 24. "They included a memorandum on ...", "These include an agreement on ...": a set named by a pronoun
#: opening the sentence, then one of these verbs of inclusion.
_INCLUDING = frozenset(["included", "include", "includes"])
_PLURAL_ANAPHORS = frozenset(["they", "these", "those"])


def _listed_text(lowers: list[str], lex: Lexicon) -> int | None:
    """'Among the instruments is an agreement on defence industry cooperation', 'Among them was a memorandum
    between the two oil firms': one text of a set concluded (told in the sentences before) named by an
    inverted copula (index of the text's noun). The set is plain ("the seven instruments signed", "them");
    'Among the proposals is a treaty', 'Among the agreements under discussion is ...', 'Among them is a
    plan' name no concluded text.
    Round 24 (batches j, k): a pronoun's set may also be told by a verb of inclusion ("They included a memorandum
    of understanding on ...") and may hold named plans and concepts ("Among them are the Concept of ...");
    classify keeps those only right after a reported decision (listed_by_anaphor)."""
    if lowers[:1] != ["among"]:
        if len(lowers) < 4 or lowers[0] not in _PLURAL_ANAPHORS or lowers[1] not in _INCLUDING:
            return None  # checked in C
        k = 3 if lowers[2] in ("a", "an", "the") else 2
        return _listed_noun(lowers, k, True, lex)
    if _LISTED_SETS.isdisjoint(lowers[1:5]):
        return None  # checked in C
    c = next((k for k in range(2, min(len(lowers), 6)) if lowers[k] in _COPULA_FORMS), None)
    if c is None or any(w not in _LISTED_SETS and w not in _LISTED_WORDS and not w.isdigit() for w in lowers[1:c]):
        return None
    k = c + 1
    if k < len(lowers) and lowers[k] in ("a", "an", "the"):
        k += 1
    return _listed_noun(lowers, k, lowers[1] in _ANAPHORIC_SETS, lex)


def _listed_noun(lowers: list[str], k: int, plans: bool, lex: Lexicon) -> int | None:
    """Index of the first concluded text's noun (``set_texts``, or with ``plans`` also a named plan) within four
    words from ``k``, or None."""
    for j in range(k, min(len(lowers), k + 4)):
        if lowers[j] in lex.set_texts or (plans and lowers[j] in lex.listed_plans):
            return j
    return None


_ANAPHORIC_SETS = frozenset(["them", "these", "those"])


def listed_by_anaphor(lowers: list[str]) -> bool:
    """'Among them is a memorandum ...': the set is named only by a pronoun, so the text is one of those
    concluded only when a decision was reported just before (see classify); after 'Several ideas were
    floated.' it is one of the ideas."""
    if len(lowers) > 1 and lowers[0] in _PLURAL_ANAPHORS and lowers[1] in _INCLUDING:
        return True  # "They included a memorandum on ...": the same, told by a verb of inclusion (round 24)
    return lowers[:1] == ["among"] and lowers[1:2] != [] and lowers[1] in _ANAPHORIC_SETS


def _counted_object(word: str) -> bool:
    """'the' or a number opening the object ("reopened the main border crossings", "reopened three checkpoints")."""
    return word == "the" or word.isdigit() or word in _SMALL_NUMBERS


_SMALL_NUMBERS = _TWO_TO_TEN | frozenset(["both", "all"])
#: Subjects that act for a state: with them "reopened the crossings" is an executive act, as "its" makes it.
_STATE_SUBJECTS = frozenset(
    [
        *("we", "government", "governments", "authorities", "countries", "states", "sides", "ministry"),
        *("ministries", "cabinet", "administration", "junta", "kingdom", "republic"),
    ]
)


_SUBJECT_GAP = frozenset(["has", "have", "had", "also", "again", "then", "later", "finally", "temporarily"])


def _state_subject(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """The subject of the act at ``i`` ends on a word naming a state or those who act for it (auxiliaries and
    adverbs may come between): 'Both governments reopened the main crossings', 'Together with Dushanbe we
    reopened three checkpoints', 'Niger has closed the border', 'South Africa reopened ...'. Not a passive
    or participle ('the crossing was closed', 'the closed border'), nor a subject that is no state ('Heavy
    snow closed the border crossings', 'Israeli protesters shut the crossing')."""
    if i == 0 or lowers[i - 1] in PASSIVE_AUX or lowers[i - 1] in _NP_DETERMINERS:
        return False
    h = i - 1
    while h > 0 and (lowers[h] in _SUBJECT_GAP or lowers[h] in lex.adverbs or lowers[h].endswith("ly")):
        h -= 1
    if lowers[h] in _STATE_SUBJECTS:
        return True
    # the country name ends on the head word ("Niger", "South Africa", "the United States")
    for k in range(max(0, h - 3), h + 1):
        hit = country_at(lowers, k)
        if hit is not None and hit[1] == h + 1:
            return True
    return False


_MISSIONS = frozenset(["embassy", "consulate", "consulate-general", "embassies", "consulates"])
_MISSION_ACTS = frozenset(["opened", "reopened", "closed"])


def _mission_opened(lowers: list[str], lex: Lexicon) -> int | None:
    """'Canada's consulate in Nuuk, its first mission in Greenland, opened in 2025', 'The Turkish embassy in
    Cairo reopened last year': a state's mission as the subject of an intransitive opening or closing (index of
    the mission's noun, whose owner is the actor), the state named by its possessive or demonym just before the
    noun; an appositive may come between subject and verb. Not 'The embassy reopened after the holiday' (no
    state), 'the consulate will open in May' (to come), nor a verb after another finite one ('The consulate
    said it closed ...')."""
    if _MISSION_ACTS.isdisjoint(lowers) or _MISSIONS.isdisjoint(lowers[:4]):
        return None  # the words it needs are missing (most sentences): checked in C
    m = next(k for k in range(min(4, len(lowers))) if lowers[k] in _MISSIONS)
    if m == 0 or country_at(lowers, m - 1) is None:
        return None
    for j in range(m + 1, min(len(lowers), m + 16)):
        if lowers[j] in _FINITE_WORDS or lowers[j] in _MODAL_AUX:
            return None
        if lowers[j] in _MISSION_ACTS:
            nxt = lowers[j + 1 : j + 2]
            if nxt and nxt[0] in ("a", "an", "the", "its", "their"):
                return None  # "Canada's embassy opened an office": a transitive act of the mission itself
            return None if _negated(lowers, j, lex) else m
    return None


def _ends_phrase(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """The noun phrase ends before ``k``: the sentence ends, or a preposition, conjunction or time word follows."""
    if k >= len(lowers):
        return True
    return lowers[k] in lex.prepositions or lowers[k] in lex.time_words or lowers[k] in ("and", "or", "because")


def _designation(lowers: list[str], lex: Lexicon) -> int | None:
    """'Washington designated six cartels as foreign terrorist organisations', 'The reef was designated as a
    protected area by the council': a status conferred, its "as" within eight words. Not an adjective ('the
    designated zones'), a designation asked for or to come ('proposed that the area be designated as ...',
    'will be designated'), nor a negated one."""
    if lex.designation_verbs.isdisjoint(lowers) or "as" not in lowers:
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in lex.designation_verbs or "as" not in lowers[i + 1 : i + 9]:
            continue
        if i > 0 and (lowers[i - 1] in _NP_DETERMINERS or lowers[i - 1] == "be"):
            continue  # "the designated zones", "be designated": a modifier, or a designation to come
        if _not_done(lowers, i, lex):
            continue
        return i
    return None


#: Words from a handing verb to the office handed ("handed the pro tempore secretariat": four), and from the office
#: to the "to" of its new holder ("the rotating chairmanship of the Economic Community of Central African States
#: to": eleven).
_OFFICE_REACH = 6
_HOLDER_REACH = 12


def _office_handed(lowers: list[str], lex: Lexicon) -> int | None:
    """Round 31d. 'Outgoing chairman X handed the rotating chairmanship of the Community to Y', 'The member states
    handed its pro tempore presidency to Chile', 'Moldova passed the chair of the Committee of Ministers to
    Monaco': a rotating office handed to its next holder (a handing verb, within six words one of
    ``rotating_offices`` after a determiner or possessive, then "to" within twelve words) is a transfer of office,
    decided like an appointment (train: "handed over the chairmanship ... to Monaco", "handed the bloc's rotating
    presidency to Uruguay" are D). Not "handed over the keys", "handed a letter to the chair", "passed by 68
    votes", nor one to come or negated ("will hand the presidency to", "has not passed the chair to")."""
    if lex.handover_verbs.isdisjoint(lowers) or lex.rotating_offices.isdisjoint(lowers) or "to" not in lowers:
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in lex.handover_verbs or lex.not_handing.intersection(lowers[i + 1 : i + 2]):
            continue
        if i > 0 and lowers[i - 1] in PASSIVE_AUX:
            continue  # "the presidency was passed to": the passive names no one handing it (left to the phrases)
        start = i + 2 if lowers[i + 1 : i + 2] in (["over"], ["on"]) else i + 1
        if start >= len(lowers) or not (lowers[start] in _LIST_DETERMINERS or lowers[start].endswith("'s")):
            continue  # the office handed is a determined noun phrase: "its presidency", "the bloc's chair"
        reach = range(start + 1, min(len(lowers), start + _OFFICE_REACH))
        office = next((k for k in reach if lowers[k] in lex.rotating_offices), None)
        if office is None or "to" not in lowers[office + 1 : office + _HOLDER_REACH]:
            continue
        if _not_done(lowers, i, lex):
            continue
        return i
    return None


_LISTING_REACH = 12  # words from a listing verb to its list ("added 41 vessels of Russia's so-called shadow fleet to")
_LIST_PREPOSITIONS = frozenset(["to", "on", "in"])
_LIST_DETERMINERS = ARTICLES | POSSESSIVES | {"its", "their"}


def _listing(lowers: list[str], lex: Lexicon) -> int | None:
    """Round 27. 'EU foreign ministers added 41 vessels to the bloc's sanctions list', 'The Treasury has placed three
    banks on its sanctions lists', 'Switzerland is adding 86 vessels to the list of ships ...', 'UNESCO inscribed the
    records on its Memory of the World Register': entries put on an official list or register (``listing_verbs``,
    then within twelve words "to"/"on"/"in", a determiner, at most four words and one of ``listing_records``) are an
    executive act, a decision. Not one asked for or to come ('called for two commanders to be added to the list',
    'would ask the EU to talk to us before it puts companies on its lists'), nor a negated one."""
    if lex.listing_verbs.isdisjoint(lowers) or lex.listing_records.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in lex.listing_verbs or (i > 0 and lowers[i - 1] in ("be", "to", "been")):
            continue  # "to be added", "to put": an act asked for or to come
        if lowers[i + 1 : i + 2] in (["that"], ["forward"]):
            continue  # "He added that the firm was on the list", "put forward": words reported, an idea tabled
        if _not_done(lowers, i, lex):
            continue
        for k in range(i + 2, min(len(lowers) - 1, i + _LISTING_REACH)):
            if lowers[k] in _LIST_PREPOSITIONS and lowers[k + 1] in _LIST_DETERMINERS:
                if not lex.listing_records.isdisjoint(lowers[k + 2 : k + 7]):
                    return i
                break  # the first such phrase is where the entries go
    return None


def _diplomatic_act(lowers: list[str], lex: Lexicon) -> int | None:
    """'Poland expelled two Russian diplomats', 'The government recalled its ambassador from Kigali', 'Two
    diplomats were expelled': a state's act on diplomats (a role of ``diplomatic_roles`` within four words
    after the verb, or the passive's subject just before it). Not 'was expelled from the party', nor a
    modal, negated or conditioned act ('could expel the ambassador', 'has not recalled its envoy')."""
    if lex.diplomatic_acts.isdisjoint(lowers) or lex.diplomatic_roles.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in lex.diplomatic_acts:
            continue
        after = not lex.diplomatic_roles.isdisjoint(lowers[i + 1 : i + 5])
        before = lowers[max(0, i - 4) : i]
        passive = i > 0 and lowers[i - 1] in PASSIVE_AUX and not lex.diplomatic_roles.isdisjoint(before)
        if not (after or passive) or _modal(lowers, i, lex) or _negated(lowers, i, lex):
            continue
        if _TIME_CLAUSE.intersection(lowers[max(0, i - 6) : i]):
            continue
        return i
    return None


_WITNESS_GAP = 3  # words between the verb of presence and "the" act: "presided on Wednesday over the signing"
_OF_REACH = 4  # words after the act's "of" within which its texts are named: "the signing of seven bilateral deals"


def _witnessed_act(lowers: list[str], lex: Lexicon) -> int | None:
    """'The Leaders witnessed the exchange of five agreements', 'Meloni and Tebboune presided on Wednesday over the
    signing of 12 agreements', 'the ministers attended the ratification of the pact': leaders present (a verb of
    ``witness_verbs``) at the concluding of texts ("the" and one of ``witnessed_acts`` at most three words later,
    then "of" and a noun phrase headed by a decision object within four words) report that the texts were
    concluded, the convention of "witnessed the signing" (GUIDELINES: "signed"). Not 'witnessed the exchange of
    fire', 'attended the exchange of views on the treaty', nor a modal, negated or conditioned presence ('had not
    attended the signing of ...', 'will attend on Friday the signing of ...')."""
    if lex.witness_verbs.isdisjoint(lowers) or lex.witnessed_acts.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in lex.witness_verbs:
            continue
        the = next((k for k in range(i + 1, min(len(lowers), i + 2 + _WITNESS_GAP)) if lowers[k] == "the"), None)
        if the is None or the + 2 >= len(lowers) or lowers[the + 1] not in lex.witnessed_acts:
            continue
        if lowers[the + 2] != "of":
            continue
        if not _names_texts(lowers[the + 3 : the + 3 + _OF_REACH], lex):
            continue  # "the exchange of fire", "the exchange of views on the treaty": no text concluded
        if _modal(lowers, i, lex) or _negated(lowers, i, lex) or _TIME_CLAUSE.intersection(lowers[max(0, i - 6) : i]):
            continue
        return i
    return None


def _names_texts(words: list[str], lex: Lexicon) -> bool:
    """The words open a noun phrase headed by a decision object ('five agreements', 'the ratification instruments'),
    before any preposition: 'views on the treaty' names a treaty only as a topic."""
    for w in words:
        if w in lex.decision_objects:
            return True
        if w in lex.prepositions:
            return False
    return False


_WITHDRAWALS = frozenset(["withdrew", "withdrawn", "withdraws"])
#: What a state leaves by a decision: a text it was party to or a body it was a member of.
_MEMBERSHIPS = frozenset(
    [
        *("treaty", "agreement", "accord", "pact", "convention", "protocol", "alliance", "coalition", "organisation"),
        *("organization", "union", "bloc", "community", "court", "council", "force", "grouping", "federation"),
        # round 35d: an initiative or partnership of states ("joined the Royal Initiative", "the Partnership for Peace")
        *("initiative", "partnership"),
    ]
)


_REGIME_REACH = 4  # words from the act to its regime noun ("tightened the visa rules", "relaxed the rules")


def _regime_changed(lowers: list[str], lex: Lexicon) -> int | None:
    """'The Union Home Ministry scrapped the Free Movement Regime in February 2024', 'Russia has tightened the rules
    for foreign workers': one of ``regime_acts`` whose own object (within four words, no preposition between)
    is one of ``regime_objects``: a standing regime changed by those who set it, a measure decided. Not 'prices
    eased under the new rules' (a preposition: no act on the rules), nor a modal, negated or time-clause act."""
    return _act_on_object(lowers, lex.regime_acts, lex.regime_objects, lex)


def _measure_kept(lowers: list[str], lex: Lexicon) -> int | None:
    """'France has kept checks on its internal border since 2015', 'The United States has kept its embargo on Cuba
    in force', 'the commission kept allocations close to last year's levels': one of ``keeping_verbs`` whose own
    object (within four words, no preposition between) is one of ``kept_measures``: a standing measure kept by
    those who set it is decided again, as one renewed or extended is (round 33b: validation o181, train i11,
    o141; train gold labels all four such sentences decisions). Not 'kept most of their crossings closed' (no
    measure named: a state of the border), 'kept close ties with' (no measure), 'kept in touch about the
    sanctions' (a preposition between), nor a modal, negated or time-clause act ('will keep the ban')."""
    return _act_on_object(lowers, lex.keeping_verbs, lex.kept_measures, lex)


def _act_on_object(lowers: list[str], verbs: frozenset[str], objects: frozenset[str], lex: Lexicon) -> int | None:
    """The first of ``verbs`` whose own object (one of ``objects`` within ``_REGIME_REACH`` words after it, no
    preposition between) it acts on, said as done (not modal, negated or in a time clause); shared by
    :func:`_regime_changed` and :func:`_measure_kept`."""
    if objects.isdisjoint(lowers) or verbs.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in verbs:
            continue
        head = next((k for k in range(i + 1, min(len(lowers), i + _REGIME_REACH + 1)) if lowers[k] in objects), None)
        if head is None or not lex.prepositions.isdisjoint(lowers[i + 1 : head]):
            continue
        if not _not_done(lowers, i, lex):
            return i
    return None


def _set_member(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'The accord was one of nine documents exchanged after the talks', 'one of the 14 agreements concluded in
    Rabat': a weak act (at ``i``) right after the plural text it was done to, itself after "one of" (with at
    most a determiner and a count between), tells that a set of texts was concluded and the subject among them,
    as "was one of four signed at the commission" does with a strong act. Not 'exchanged views' (the object
    follows), 'one of the issues discussed' (no text)."""
    if i < 3 or lowers[i - 1] not in lex.decision_objects:
        return False
    of = next((k for k in range(i - 2, max(0, i - 5), -1) if lowers[k] == "of"), None)
    return of is not None and lowers[of - 1] == "one"


_STATUS_REACH = 5  # words from the verb to its "to", and from "to" to the status noun


def _status_raised(lowers: list[str], lex: Lexicon) -> int | None:
    """'The two countries upgraded their relations to a Comprehensive Strategic Partnership in 2023', 'The
    commission was elevated to a mechanism chaired by the two heads of state in 2016': a relation or body raised
    (one of ``status_verbs``) "to" a status (one of ``status_nouns`` within five words after "to") is a status
    conferred, a decision as a membership granted is. Not 'the road was upgraded to four lanes' (no status),
    'agreed to upgrade ties to a partnership' (no past form: the agreement is the cue), a modal, negated or
    time-clause one ('will be elevated', 'when relations were elevated to a partnership, trade rose')."""
    if lex.status_verbs.isdisjoint(lowers):
        return None  # none of the verbs it reads (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in lex.status_verbs:
            continue
        to = next((k for k in range(i + 1, min(len(lowers), i + _STATUS_REACH + 1)) if lowers[k] == "to"), None)
        if to is None or lex.status_nouns.isdisjoint(lowers[to + 1 : to + _STATUS_REACH + 1]):
            continue
        if not _not_done(lowers, i, lex):
            return i
    return None


def _withdrawal(lowers: list[str], lex: Lexicon) -> int | None:
    """'Niger withdrew from the Multinational Joint Task Force', 'Mali has withdrawn from the regional bloc':
    a state leaving a body or text it belonged to (one of ``_MEMBERSHIPS`` heading the noun phrase within five
    words after "from"), the undoing of a membership, which is a decision as its granting is. Not 'troops
    withdrew from the town', 'withdrew from the talks', 'withdrew the remark', nor a modal, negated or
    conditioned one ('threatened to withdraw', 'has not withdrawn', 'when Mali withdrew from ...')."""
    if (_WITHDRAWALS.isdisjoint(lowers) and lex.undoing_verbs.isdisjoint(lowers)) or _MEMBERSHIPS.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        # "Chad ended its defence cooperation agreement with Paris": a state undoing its own text or membership
        # ("its"/"their" right after one of ``undoing_verbs``) leaves it as "withdrew from" does
        undone = w in lex.undoing_verbs and lowers[i + 1 : i + 2] in (["its"], ["their"])
        if not undone and (w not in _WITHDRAWALS or lowers[i + 1 : i + 2] != ["from"]):
            continue
        head = next((k for k in range(i + 2, min(len(lowers), i + 8)) if lowers[k] in _MEMBERSHIPS), None)
        if head is None or not _ends_phrase(lowers, head + 1, lex):
            continue  # "withdrew from the force commander's post": the body word must head the phrase
        if not lex.prepositions.isdisjoint(lowers[i + 2 : head]):
            continue  # "withdrew from positions near the force's base": the body is not what was left
        if _not_done(lowers, i, lex):
            continue
        return i
    return None


#: Words that open a clause of time, cause or concession before its main clause ("When Mali ... left the bloc, ...").
_SUBORDINATORS = _TIME_CLAUSE | frozenset(["although", "though", "because", "whereas"])


def _opening_clause(lowers: list[str], i: int) -> bool:
    """The act at ``i`` stands in a clause of time, cause or concession that opens the sentence: the first word
    subordinates and no finite verb comes before the act ("When Mali, Burkina Faso and Niger formally left the
    Community, ...", "Although the two countries joined the area, ...")."""
    return lowers[0] in _SUBORDINATORS and _FINITE_WORDS.isdisjoint(lowers[1:i])


def _membership_act(lowers: list[str], lex: Lexicon) -> int | None:
    """Round 35d. 'Niger left the Multinational Joint Task Force in March 2025', 'Ireland joined NATO's Partnership
    for Peace in 1999': a state joining or leaving a body or text (one of ``_MEMBERSHIPS`` heading the object within
    six words, no preposition before it), a change of membership told as done even as background, as "withdrew
    from" (``_withdrawal``) is. Not 'Belarus, which joined the bloc in 2024, took part' (a relative clause naming
    who is meant), 'the left flank', 'joined a session' or 'left the council chamber' (no body heads the object),
    nor a modal, negated or subordinate one ('may leave', 'when Mali left the Community')."""
    if lex.membership_acts.isdisjoint(lowers) or _MEMBERSHIPS.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in lex.membership_acts or i == 0 or lowers[i - 1] in _RELATIVES or lowers[i - 1] in _NP_DETERMINERS:
            continue  # "Belarus, which joined ...", "on the left": no act told as the news
        head = next((k for k in range(i + 1, min(len(lowers), i + 7)) if lowers[k] in _MEMBERSHIPS), None)
        if head is None or not _ends_phrase(lowers, head + 1, lex):
            continue  # "left the council chamber": the body word must head the phrase
        if not lex.prepositions.isdisjoint(lowers[i + 1 : head]):
            continue  # "joined talks on the treaty": the body is not what was joined
        if _not_done(lowers, i, lex) or _opening_clause(lowers, i):
            continue
        return i
    return None


#: Round 37a. Words dating an act: a month, a weekday, "last" with a unit ("last week"), "ago"; years are tested apart.
_DATE_UNITS = frozenset(["week", "month", "year", "autumn", "spring", "summer", "winter"])
_DATE_WORDS = MONTHS | WEEKDAYS | frozenset(["last", "ago"])
#: The gate of :func:`_dated_state_act` (classify's cue gates): the date words and every year :func:`_year` accepts.
DATE_GATE = _DATE_WORDS | frozenset(str(y) for y in range(1900, 2100))
#: Words after an executive verb that open no object of it ("closed in 2020", "declared that", "left for Paris").
_NO_OBJECT = frozenset(
    ["that", "to", "for", "from", "with", "in", "on", "at", "by", "after", "before", "when", "since", "and", "until"]
)


def dated(lowers: list[str]) -> bool:
    """The sentence holds a date: a year, a month, a weekday, "last week" or "... ago"."""
    for k, w in enumerate(lowers):
        if _year(w) or w in MONTHS or w in WEEKDAYS or w == "ago":
            return True
        if w == "last" and lowers[k + 1 : k + 2] and lowers[k + 1] in _DATE_UNITS:
            return True
    return False


def _executive_subject(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """The subject of the act at ``i`` is a state or those who act for it (:func:`_state_subject`, one of
    ``authorities``, a capital standing for its government), a time phrase ("last week") or an auxiliary between."""
    k = i
    if k >= 3 and lowers[k - 2] == "last" and lowers[k - 1] in _DATE_UNITS:
        k -= 2  # "Washington last week reduced ..."
    h = k - 1
    while h > 0 and (
        lowers[h] in _SUBJECT_AUX
        or lowers[h] in _SUBJECT_GAP
        or lowers[h] in lex.adverbs
        or (lowers[h].endswith("ly") and lowers[h] not in lex.authorities)  # round 40a: not "the National Assembly"
    ):
        h -= 1
    if h < 0 or lowers[h] in PASSIVE_AUX or lowers[h] in _NP_DETERMINERS or lowers[h].endswith(("'s", "’s")):
        return False  # "Yemen's internationally recognised government": a participle before its noun
    if _complement_state(lowers, h):
        return False  # round 40a: "Uzbek exports to Afghanistan passed ...": the state names no subject
    if lowers[h] in lex.authorities or _state_subject(lowers, h + 1, lex):
        return True
    for j in range(max(0, h - 3), h + 1):
        state = country_at(lowers, j) or place_at(lowers, j)
        if state is not None and state[1] == h + 1:
            return True  # "Washington last week reduced ...": a capital standing for its government
    return _titled_body(lowers, h, lex)


#: Round 40a. Prepositions before a state's name that make it a noun's complement, not the subject of the act.
_COMPLEMENT_PREPS = frozenset(["to", "from", "with", "against", "into", "between", "among"])


def _complement_state(lowers: list[str], h: int) -> bool:
    """Round 40a. The subject's last word at ``h`` (a state's name, "countries") follows "to", "from", "with",
    "against", "into", "between" or "among", determiners and numbers aside: 'Uzbek exports to Afghanistan passed ...',
    'Turnover between the two countries passed 3.5 billion dollars' (the noun before names the subject)."""
    start = h
    for j in range(max(0, h - 3), h + 1):
        state = country_at(lowers, j) or place_at(lowers, j)
        if state is not None and state[1] == h + 1:
            start = j
            break
    k = start - 1
    while k >= 0 and (lowers[k] in _NP_DETERMINERS or lowers[k] in _SMALL_NUMBERS):
        k -= 1
    return k >= 0 and lowers[k] in _COMPLEMENT_PREPS


#: Round 39a. Head nouns of a state body's title ("the Ministry of National Defence", "the Border Management
#: Authority"), besides ``authorities``.
_BODY_TITLES = frozenset(["authority", "agency", "department", "directorate", "office", "service", "administration"])
_TITLE_REACH = 5  # words of a title after its head: "the Ministry of Foreign Affairs and International Cooperation"


def _titled_body(lowers: list[str], h: int, lex: Lexicon) -> bool:
    """Round 39a. The subject ending at ``h`` is a state body named by its title: 'The Ministry of National
    Defence last month reduced ...' (one of ``authorities`` or ``_BODY_TITLES`` before "of", the title's words after
    it), 'The Border Management Authority (BMA) has deployed ...' (the head last, or before its acronym), the title
    opening the sentence or following "the". Not 'the head of the Ministry of Defence' (a preposition before it),
    nor a title with a clause in it ('the ministry of a state that has ...': a clause word between)."""
    heads = lex.authorities | _BODY_TITLES
    if lowers[h] in _BODY_TITLES or (h > 0 and lowers[h - 1] in _BODY_TITLES and lowers[h].isalpha()):
        k = h if lowers[h] in _BODY_TITLES else h - 1
    else:
        of = next((j for j in range(h - 1, max(0, h - 1 - _TITLE_REACH), -1) if lowers[j] == "of"), None)
        if of is None or of == 0 or lowers[of - 1] not in heads:
            return False
        title = lowers[of + 1 : h + 1]
        if not _CLAUSE_OPENERS.isdisjoint(title) or not _FINITE_WORDS.isdisjoint(title):
            return False
        k = of - 1
    # the title opens the sentence or follows "the" (at most three name words before its head), and no
    # preposition before it makes it a noun's complement ("the head of the Ministry of Defence")
    start = next((j for j in range(k, max(-1, k - 4), -1) if j == 0 or lowers[j - 1] == "the"), None)
    if start is None or start == 0:
        return start == 0
    return start == 1 or lowers[start - 2] not in lex.prepositions


#: Round 39a. Objects of "sent" that are messages, not forces or people ("sent a note to the United Nations").
_MESSAGES = frozenset(["note", "notes", "letter", "letters", "message", "messages", "signal", "delegation"])
_PERFECT_AUX = frozenset(["has", "have", "had"])
#: Round 39a. Verbs of leaving or joining a body: among the executive acts only with the body's bare name after them
#: ("left ECOWAS in January 2025"); with a determiner see ``_membership_act`` ("left the Joint Task Force").
_LEAVING = frozenset(["left", "joined", "quit"])
#: Round 40a. Verbs of giving whose receiver may come first ("Latvia donated to the army equipment worth ...").
_GIVING = frozenset(["donated", "supplied", "transferred"])
_AGAIN = frozenset(["again", "twice", "once", "further", "back"])


def _dated_state_act(lowers: list[str], lex: Lexicon) -> int | None:
    """Round 37a. 'Ruritania closed the strait to tankers in February 2021', 'In June the government nationalised
    the mine', 'The junta ended a defence pact with Paris in 2024', 'Washington last week cut the validity of
    visas': a past verb of ``executive_acts`` (a thing closed or taken over, a measure ended, brought in or
    changed, a status conferred, a body left) with a state or those who act for it as its subject, an object
    after it, and a date in the sentence reports an executive act done, a decision even when told as background
    (fresh batches of four annotators label such acts D). Not 'the company closed the plant in 2020' (no state),
    'the border closed in May' (no object), 'declared that ...', nor an act to come, negated, in a clause of time
    or in a relative clause ('will close', 'has not closed', 'when Mali closed ...', 'which closed ...')."""
    if lex.executive_acts.isdisjoint(lowers) or not dated(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers[:-1]):
        if w not in lex.executive_acts or i == 0 or lowers[i - 1] in _RELATIVES:
            continue
        nxt = lowers[i + 1]
        if nxt == "to" and w in _GIVING:
            nxt = lowers[i + 2] if i + 2 < len(lowers) else "to"  # round 40a: "donated to the army equipment ..."
        if nxt in _NO_OBJECT or nxt in lex.prepositions or not nxt[:1].isalnum():
            continue  # "closed in 2020", "declared that": no object of the act
        if nxt in lex.adverbs or nxt in _AGAIN:
            continue  # round 40a: "the duties that Washington raised again in January": no object after it
        obj = lowers[i + 1 : i + 5]
        if not lex.attitude_objects.isdisjoint(obj) or not lex.courtesies.isdisjoint(obj):
            continue  # "accepted the invitation", "declared its readiness": no act on a thing
        if w in _LEAVING and (nxt in _NP_DETERMINERS or nxt in POSSESSIVES):
            continue  # round 39a: a body left or joined is named bare ("left WHO"), not "left the parking ground"
        perfect = not _PERFECT_AUX.isdisjoint(lowers[max(0, i - 3) : i]) and "since" in lowers[i + 1 :]
        if nxt.endswith("ed") or not _MESSAGES.isdisjoint(obj) or perfect:
            continue  # round 39a: "left undefined", "sent a note to ...", "has sent troops since 2025" (a state held)
        if not lex.event_subjects.isdisjoint(obj) or not lex.dialogue_heads.isdisjoint(obj):
            continue  # "ended a new round of their dialogue", "closed the session": a meeting held, no measure
        if not _executive_subject(lowers, i, lex):
            continue
        if _not_done(lowers, i, lex) or _opening_clause(lowers, i):
            continue
        return i
    return None


def _ranked_act(lowers: list[str], lex: Lexicon) -> int | None:
    """Round 35d. 'Bhutan was the first country to recognise Bangladesh', 'became the sixth state to ratify the
    treaty': a state ranked by when it took a step of membership or recognition (one of ``ranks``, one of
    ``ranked_states``, "to", at most one adverb, one of ``ranked_acts``) has taken it. Index of the act's verb;
    None for a rank to come or denied ('would be the first country to sign', 'was not the first state to ...'),
    or one in an opening clause of time ('When Russia became the first country to recognise ..., ...')."""
    if lex.ranks.isdisjoint(lowers) or lex.ranked_acts.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in lex.ranks or i == 0 or lowers[i - 1] != "the":
            continue
        if lowers[i + 1 : i + 3][:1] == [] or lowers[i + 1] not in lex.ranked_states or lowers[i + 2 : i + 3] != ["to"]:
            continue
        k = i + 3
        if k < len(lowers) and lowers[k].endswith("ly"):
            k += 1  # "the first country to formally recognise"
        if k >= len(lowers) or lowers[k] not in lex.ranked_acts:
            continue
        verb = max(0, i - 2)  # "was", "became", "would be" the first country
        if _modal(lowers, verb, lex) or not lex.negations.isdisjoint(lowers[max(0, i - 3) : i]):
            continue  # "would be the first country to sign", "was not the first state to ..."
        if _opening_clause(lowers, k):
            continue
        if not _TIME_CLAUSE.isdisjoint(lowers[max(0, i - 6) : i]):
            continue  # "after South Sudan became the sixth country to ratify": it dates the main clause
        return k
    return None


def names_text_again(previous: list[str], concluded: frozenset[str], lex: Lexicon) -> bool:
    """'... signed a memorandum in Abuja ...' then 'The memorandum is modest.' then 'It provides for a hotline':
    the sentence before (``previous``) opens on a definite noun phrase whose head is a text the latest decision
    concluded (among the words after its cue, ``concluded``), so an "It" that follows still refers to that
    text. Not 'The talks were long.' (no text), nor 'The treaty of 1975 ...' when the decision concluded no
    treaty."""
    if previous[:1] not in (["the"], ["this"], ["that"]):
        return False
    head = next((k for k in range(1, min(len(previous), 4)) if previous[k] in lex.decision_objects), None)
    return head is not None and previous[head] in concluded and all(w.isalpha() for w in previous[1:head])


_Detector = Callable[[list[str], Lexicon], int | None]
#: decision_cue's detectors of an act told by a verb construction of its own, by name, in the order it tries them:
#: made once (a tuple of pairs written in the loop was built again at every call, 21 tuples and a lookup of each
#: function by name).
_STEP_DETECTORS: Final[tuple[tuple[str, _Detector], ...]] = (
    ("_appointment", _appointment),
    ("_negotiation_step", _negotiation_step),
)
_VERB_DETECTORS: Final[tuple[tuple[str, _Detector], ...]] = (
    ("_vote", _vote),
    ("_by_gerund", _by_gerund),
    ("_announced_measure", _announced_measure),
    ("_emphatic_act", _emphatic_act),
    ("_order_or_setting", _order_or_setting),
    ("_closure", _closure),
    ("_captives_exchanged", _captives_exchanged),
    ("_settlement", _settlement),
    ("_designation", _designation),
    ("_listing", _listing),
    ("_diplomatic_act", _diplomatic_act),
    ("_withdrawal", _withdrawal),
    ("_membership_act", _membership_act),
    ("_dated_state_act", _dated_state_act),
    ("_ranked_act", _ranked_act),
    ("_court_ruling", _court_ruling),
    ("_status_raised", _status_raised),
    ("_regime_changed", _regime_changed),
)
