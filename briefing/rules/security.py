"""Whether a sentence is a *security* item (:func:`is_security`): a security term from the
lexicon about the sentence's own subject, not "security" after "energy"/"food"/"data" or as one
field in a list of fields, not a word that only names who acts ("Defence Minister X", "NATO
leaders"), plus state forces, defended territory, named exercises, monitors and combat.

Contract: :func:`is_security` takes a sentence's text, tokens and lexicon and returns a bool;
its helpers are pure and depend on nothing but :mod:`briefing.rules.clauses`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..entities import country_at
from ..lexicon import Lexicon, Matches, lexicon_key
from ..tokens import Token
from .clauses import _FINITE_WORDS, ARTICLES, DEMONSTRATIVES, POSSESSIVES

#: Rules that find a security matter without a security term, in the order they are tried, each
#: with the lexicon list one of whose words must be present: a rule registered here is reachable
#: through is_security's gate by construction (the gate is a C-level set test per list).
_WORD_RULES: tuple[tuple[str, Callable[[list[Token], list[str], Lexicon], bool]], ...] = (
    ("monitor_nouns", lambda toks, lowers, lex: _monitors_sent(lowers, lex)),  # observers sent somewhere
    ("exercise_nouns", lambda toks, lowers, lex: _named_exercise(toks, lowers, lex)),  # a military exercise
    ("defence_verbs", lambda toks, lowers, lex: _territory_defended(lowers, lex)),  # territory defended
    ("state_forces", lambda toks, lowers, lex: _state_forces(toks, lowers, lex)),  # a state's forces
    ("territory_words", lambda toks, lowers, lex: _national_territory(toks, lowers, lex)),  # a state's territory
    ("claim_words", lambda toks, lowers, lex: _territorial_claim(lowers, lex)),  # a place claimed or disputed
    ("arrest_words", lambda toks, lowers, lex: _enforcement_arrest(lowers, lex)),  # arrests by customs
    ("contested_words", lambda toks, lowers, lex: _contested_place(lowers, lex)),  # a place disputed
)


def is_security(text: str, toks: list[Token], lowers: list[str], lex: Lexicon, found: Matches | None = None) -> bool:
    """True when a security matter is a subject of the sentence (see module docstring)."""
    found = lex.cues.scan(lowers) if found is None else found
    if "security_terms" not in found and "-" not in text and _gate(lex).isdisjoint(lowers):
        return False  # no word any rule below looks for (most sentences): one C-level set test
    # None of the words either loop below looks for is present: checked in C.
    scan_words = not (
        "-" not in text
        and "security" not in lowers
        and lex.border_words.isdisjoint(lowers)
        and lex.combat_words.isdisjoint(lowers)
    )
    triggered = [rule for words, rule in _WORD_RULES if not getattr(lex, words).isdisjoint(lowers)]
    if not (scan_words or triggered) and "security_terms" not in found:
        return False
    if _salutation(text, lowers, lex):
        return False  # "Chairman, Commissioners of Police, Chiefs of Defence Staff, friends.": the audience
    if _maxim(text, toks, lowers):
        return False  # "Security is not a zero-sum game": a saying about a notion, no security matter reported
    if _pure_schedule(text, toks, lowers, lex):
        return False  # "The security group is expected to meet again in May": when and where only
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
        if _venue(lowers, i, len(phrase)):
            continue  # "launched the pact at the NATO summit": where an act took place, not what it is about
        if phrase in _FIELD_NAMES and _in_field_list(text, toks, i):
            continue  # "cooperation in investment, energy and defence": one field among others
        return True
    if any(rule(toks, lowers, lex) for rule in triggered):
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
        if low in lex.border_words and i not in blocked and _territorial_border(lowers, i, lex):
            return True
        if low in lex.combat_words and _combat(lowers, i, lex):
            return True
    return False


#: Per lexicon (by :func:`lexicon_key`): every word whose presence can make :func:`is_security` look
#: further than its cue matches ("security", border and combat words, each _WORD_RULES list).
_GATES: dict[int, frozenset[str]] = {}


def _gate(lex: Lexicon) -> frozenset[str]:
    key = lexicon_key(lex)
    gate = _GATES.get(key)
    if gate is None:
        lists = [lex.border_words, lex.combat_words, *(getattr(lex, words) for words, _ in _WORD_RULES)]
        gate = _GATES[key] = frozenset(["security"]).union(*lists)
    return gate


def _salutation(text: str, lowers: list[str], lex: Lexicon) -> bool:
    """A speech's salutation line: at least three short comma-separated addressees, no finite verb, and one
    of them named by a word of ``salutation_words`` ("Excellencies", "friends"). 'Police, soldiers and
    friends of the victims gathered at the border' has a verb."""
    if lex.salutation_words.isdisjoint(lowers) or _FINITE_WORDS.intersection(lowers):
        return False
    parts = [p.split() for p in text.rstrip(" .!").split(",")]
    return len(parts) >= 3 and all(0 < len(p) <= 5 for p in parts)


def _pure_schedule(text: str, toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> bool:
    """'The security group is expected to meet again in Mexico City', 'X and Y are expected to meet on the
    sidelines of the NATO summit': a meeting verb after an expectation or a modal (``meeting_expectations``
    within three words before it) and no purpose after it ("to", "for", "about", "over"). 'are due to meet
    next month to set a date for the first patrols' and 'will meet in Istanbul for peace talks' give one;
    'met in Ankara' is no schedule. The schedule must be the whole sentence, its subject opening it: 'Clashes
    killed five soldiers, and the commanders will meet in Goma' reports the clashes first."""
    if lex.meeting_verbs.isdisjoint(lowers):
        return False  # no meeting verb (most sentences): checked in C
    for k, w in enumerate(lowers):
        if w in lex.meeting_verbs and not lex.meeting_expectations.isdisjoint(lowers[max(0, k - 3) : k]):
            opening = text[: toks[k].start]
            whole = k <= 12 and not any(mark in opening for mark in ",;:")
            return whole and _PURPOSES.isdisjoint(lowers[k + 1 :])
    return False


_MAXIM_LENGTH = 20  # a maxim is short; a longer sentence reports something besides
_NOT_BARE = ARTICLES | POSSESSIVES | DEMONSTRATIVES | frozenset(["no", "every", "each"])


def _maxim(text: str, toks: Sequence[Token], lowers: list[str]) -> bool:
    """'Security is not a zero-sum game', 'For small states, climate change is not a distant threat but a
    monthly bill': a bare noun (no determiner, at most three words, opening the sentence or its clause after
    a comma) said with a negated present copula not to be "a/an" something is a saying about a notion, not a
    security matter reported. Not 'The border is not a priority' (a definite thing), 'Security is not yet
    restored in the north' (no "a" after "not": a state of affairs), nor a long sentence."""
    if len(lowers) > _MAXIM_LENGTH or "not" not in lowers:
        return False  # checked in C
    for j in range(1, len(lowers) - 2):
        if lowers[j] not in ("is", "are") or lowers[j + 1] != "not" or lowers[j + 2] not in ("a", "an"):
            continue
        comma = text.rfind(",", 0, toks[j].start)
        start = next((k for k, t in enumerate(toks) if t.start > comma), 0) if comma >= 0 else 0
        subject = lowers[start:j]
        predicate = lowers[j + 2 :]
        if _MAXIM_CLAUSES.intersection(predicate) or any(w[:1].isdigit() for w in predicate):
            return False  # "Piracy is not a new problem in the strait, where three tankers were boarded": facts follow
        return 0 < len(subject) <= 3 and subject[0] not in _NOT_BARE and not subject[0][:1].isdigit()
    return False


#: Words that open a clause telling facts after a maxim's predicate ("..., where three tankers were boarded").
_MAXIM_CLAUSES = frozenset(["where", "which", "who", "that", "after", "since", "when", "as", "because"])


#: Words that give a meeting its purpose or topic ("to set a date", "for peace talks", "about the attacks").
_PURPOSES = frozenset(["to", "for", "about", "over"])


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


def _national_territory(toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> bool:
    """'five positions inside Lebanese territory', 'maps that show the area as Venezuelan territory': a
    state's territory (a capitalised demonym or country name right before the noun) held, entered or
    claimed, after one of ``territory_before``. Not 'lorries crossing Chinese territory' (transit), nor
    'the territory of the Kremlin' (no state named before it)."""
    for i, w in enumerate(lowers):
        if w not in lex.territory_words or i < 2 or not toks[i - 1].is_capitalised:
            continue
        if lowers[i - 2] in lex.territory_before and country_at([lowers[i - 1]], 0) is not None:
            return True
    return False


def _territorial_claim(lowers: list[str], lex: Lexicon) -> bool:
    """'restating its claim to the area', 'the dispute over the Dokdo islets', 'sovereignty over the
    islands': a claim or dispute whose object, within four words of its "to" or "over", is a place of
    ``claimed_places``. Not 'a claim to the inheritance', 'a dispute over fees'."""
    places = lex.claimed_places
    return any(
        w in lex.claim_words
        and lowers[i + 1] in ("to", "over")
        and (lowers[i + 2] in _CLAIM_OPENERS or lowers[i + 2][:1].isdigit() or lowers[i + 2] in places)
        and not places.isdisjoint(lowers[i + 2 : i + 6])
        for i, w in enumerate(lowers[:-2])
    )


#: What may open the object of a claim: a determiner, an owner or a count ("its claim to four temples"), not
#: a verb ("claims to have visited the area").
_CLAIM_OPENERS = ARTICLES | POSSESSIVES | DEMONSTRATIVES | frozenset(["two", "three", "four", "five"])


def _contested_place(lowers: list[str], lex: Lexicon) -> bool:
    """'talks on the disputed islands', 'The island has been contested by both countries since 1974': a place
    of ``claimed_places`` within three words of a word of ``contested_words``. Not 'a disputed election'."""
    return any(
        w in lex.contested_words and not lex.claimed_places.isdisjoint(lowers[max(0, i - 3) : i + 4])
        for i, w in enumerate(lowers)
    )


def _enforcement_arrest(lowers: list[str], lex: Lexicon) -> bool:
    """'Customs officers said three people were arrested', 'customs officers broke up a ring, detaining
    nine people': an arrest or detention by a body of ``enforcement_bodies`` is crime fought, though the
    sentence names no crime. 'after years of arrests and protests' names no such body."""
    return not lex.enforcement_bodies.isdisjoint(lowers)


_OBJECT_OPENERS = ARTICLES | (POSSESSIVES - {"my"}) | {"own"}


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


def _along(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """One of ``border_heads`` (markers, patrols, posts ...) placed "along" the border word at ``i``, with at
    most three words between, none a gerund ("markers along the 2,337-kilometre border", "posts along
    their common frontier"): the line itself, fixed or watched. Not 'villages along the border' (no border head)."""
    for a in range(max(1, i - 4), i):
        if lowers[a] == "along" and all(not lowers[k].endswith("ing") for k in range(a + 1, i)):
            return lex.border_heads.match_at(lowers, a - 1) is not None
    return False


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
    if _along(lowers, i, lex):
        return True  # "upgrading the markers along the 2,337-kilometre border", "patrols along the frontier"
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    ends_phrase = not nxt or nxt in lex.prepositions or nxt in lex.stopwords or nxt in _DIRECTIONS or not nxt.isalpha()
    return i > 0 and lowers[i - 1] in lex.border_determiners and ends_phrase


_MEETINGS = frozenset(["summit", "summits"])
_VENUE_PREPOSITIONS = frozenset(["at", "during"])


def _venue(lowers: list[str], i: int, n: int) -> bool:
    """'The three countries launched the pact at the NATO summit in Washington', 'signed a memorandum on tourism
    during a CSTO summit': a security body naming the meeting where something else was done ("at" or "during"
    its summit) is the place, not the subject. 'before the NATO summit' (a time, whose sentence may be about a
    security matter named earlier) and 'The NATO summit approved ...' (the meeting acts) are not caught."""
    if i + n >= len(lowers) or lowers[i + n] not in _MEETINGS or i < 2:
        return False
    if not _ALLIANCE_MATTERS.isdisjoint(lowers):
        return False  # "Sweden's membership was approved at the NATO summit": the body's own enlargement
    return lowers[i - 1] in ("the", "a", "this", "last") and lowers[i - 2] in _VENUE_PREPOSITIONS


#: Words that make a security body's summit the subject after all: who belongs to it.
_ALLIANCE_MATTERS = frozenset(
    [
        *("membership", "member", "members", "accession", "join", "joined", "joining"),
        *("enlargement", "veto", "ally", "allies"),
    ]
)


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
