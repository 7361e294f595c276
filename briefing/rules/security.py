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
from typing import Final, final

from ..entities import country_at
from ..lexicon import Lexicon, Matches, lexicon_key
from ..tokens import Token
from .clauses import _FINITE_WORDS, ARTICLES, DEMONSTRATIVES, POSSESSIVES

#: Rules that find a security matter without a security term, in the order they are tried, each
#: with the lexicon list one of whose words must be present: a rule registered here is reachable
#: through is_security's gate by construction (the gate is a C-level set test per list).
_WORD_RULES: tuple[tuple[str, Callable[[str, list[Token], list[str], Lexicon], bool]], ...] = (
    ("monitor_nouns", lambda text, toks, lowers, lex: _monitors_sent(lowers, lex)),  # observers sent somewhere
    ("exercise_nouns", lambda text, toks, lowers, lex: _named_exercise(toks, lowers, lex)),  # a military exercise
    ("defence_verbs", lambda text, toks, lowers, lex: _territory_defended(lowers, lex)),  # territory defended
    ("state_forces", lambda text, toks, lowers, lex: _state_forces(toks, lowers, lex)),  # a state's forces
    ("territory_words", lambda text, toks, lowers, lex: _national_territory(toks, lowers, lex)),  # a state's territory
    ("claim_words", lambda text, toks, lowers, lex: _territorial_claim(lowers, lex)),  # a place claimed or disputed
    (
        "sovereignty_words",
        lambda text, toks, lowers, lex: _named_sovereignty(text, toks, lowers, lex),
    ),  # round 39a: "its claim to Mayotte", "on the islands' future"
    ("arrest_words", lambda text, toks, lowers, lex: _enforcement_arrest(lowers, lex)),  # arrests by customs
    ("contested_words", lambda text, toks, lowers, lex: _contested_place(lowers, lex)),  # a place disputed
    ("overlap_words", lambda text, toks, lowers, lex: _overlapping_claims(text, toks, lowers, lex)),  # claims overlap
    ("sanction_adjectives", lambda text, toks, lowers, lex: _under_sanctions(lowers, lex)),  # "sanctioned goods"
    ("armour_words", lambda text, toks, lowers, lex: _armour(lowers, lex)),  # "so that tanks need not detour"
    ("freeze_verbs", lambda text, toks, lowers, lex: _assets_frozen(lowers, lex)),  # "froze the generals' assets"
    ("border_barriers", lambda text, toks, lowers, lex: _long_barrier(lowers, lex)),  # "35 km of the steel fence"
    ("mine_words", lambda text, toks, lowers, lex: _mines_as_arms(lowers, lex)),  # "clear their land of mines"
    ("crossing_closures", lambda text, toks, lowers, lex: _crossing_closed(lowers, lex)),  # "closed the checkpoints"
    ("world_court_words", lambda text, toks, lowers, lex: _taken_to_court(lowers, lex)),  # "take it to the ICJ"
    ("situation_words", lambda text, toks, lowers, lex: _situation_discussed(toks, lowers, lex)),  # talks on a region
)


def is_security(
    text: str,
    toks: list[Token],
    lowers: list[str],
    lex: Lexicon,
    found: Matches | None = None,
    civil_watch: bool = False,
) -> bool:
    """True when a security matter is a subject of the sentence (see module docstring). ``civil_watch``: the article
    named monitors on a civil mission before (an election observation mission), which its observers and their
    mission sent here are again (:func:`_civil_deployment`)."""
    found = lex.cues.scan(lowers) if found is None else found
    # The sentence's words that any word test below reads, found in one C-level pass: every set tested below is
    # part of _read_words(lex), so it meets the sentence exactly when it meets `present` (a handful of words).
    # Which of those sets it meets is one integer (a bit per set, :class:`_WordBits`): each test below is a bit
    # test, where a set's isdisjoint was a Python method call (a lookup and a call per test, ~35 per sentence).
    table = _word_bits(lex)
    present = table.words.intersection(lowers)
    held = 0
    for w in present:
        held |= table.bits[w]
    if "security_terms" not in found and "-" not in text and not held & _GATE_BITS:
        return False  # no word any rule below looks for (most sentences): one C-level set test
    # None of the words either loop below looks for is present
    scan_words = "-" in text or bool(held & _SCAN_BITS)
    triggered = [rule for bit, rule in table.rules if held & bit and not (civil_watch and bit == _MONITOR_NOUNS)]
    if not (scan_words or triggered) and "security_terms" not in found:
        return False
    if held & _SALUTATION_WORDS and _salutation(text, lowers, lex):
        return False  # "Chairman, Commissioners of Police, Chiefs of Defence Staff, friends.": the audience
    if _maxim(text, toks, lowers) or _saying(text, toks, lowers, lex):
        return False  # "Security is not a zero-sum game": a saying about a notion, no security matter reported
    if "is" in lowers[1:4] and _identity(text, toks, lowers):
        return False  # "Kirkuk is a city for all, not a prize for two armies": what a thing is, a speaker's judgement
    # "as" alone is common: a comparison with it alone needs two ("as strong as")
    comparing = bool(held & _COMPARING_WORDS) and (present & _COMPARING != {"as"} or lowers.count("as") > 1)
    if comparing and _comparison(text, toks, lowers, lex):
        return False  # "Policing is not the same as defending": two notions weighed, no security matter reported
    unaided = lowers[-1:] == ["alone"] or (lowers[-2:-1] == ["by"] and lowers[-1] in _REFLEXIVES)
    if unaided and _unaided(text, toks, lowers, lex):
        return False  # "No navy can guard these waters alone": what one cannot do unaided, no matter reported
    if held & _EVENT_PLACES and _event_guarded(lowers, present, found, lex):
        return False  # "Police said the crowd was well behaved": order kept at a match or a meeting, no matter
    if held & _MEETING_VERBS and _pure_schedule(text, toks, lowers, lex):
        return False  # "The security group is expected to meet again in May": when and where only
    # _enumerated's opening test (an enumeration's opener, "such" or a colon), made once: else it is False
    blocked = {k for i, phrase in found.get("security_not_terms", ()) for k in range(i, i + len(phrase))}
    # ", a military spokesman said.": who speaks in a closing source frame is not what the sentence is about.
    blocked.update(range(_closing_frame(text, toks, lex), len(toks)))
    if held & _NAMED_OFFICE_WORDS:
        blocked.update(_office_name(text, toks, lowers))  # "Minister for Defence Chan Chun Sing": who acts
    if held & _OPENING_WORDS:
        blocked.update(_opened_crossing(text, toks, lowers, lex))  # "reopened three checkpoints for people and goods"
        blocked.update(_crossing_said_open(text, toks, lowers))  # "the checkpoint will be open for pedestrians"
    rare = _ROUND23_CUES.intersection(present) if held & _ROUND23_WORDS else _NONE  # the cues below (most: none)
    if rare:
        if "not" in rare and not _DENIED_HEADS.isdisjoint(rare):
            blocked.update(_denied_threat(lowers))  # "Migration is not a threat": the sentence denies the matter
        if not _WREATHS.isdisjoint(rare):
            # "laid a wreath at the memorial to the victims of the 2016 attack": a ceremony of remembrance
            blocked.update(range(min(k for k, w in enumerate(lowers) if w in _WREATHS), len(lowers)))
    if held & _INSTALLATION_WORDS and held & _BORDER_WORDS:
        blocked.update(_located_installation(lowers, lex))  # "the field, which straddles their maritime border"
    if held & _DEFERRAL_VERBS:
        blocked.update(_deferred_reply(text, toks, lowers, lex))  # "said it would study the offer with NATO allies"
    if held & (_TRAFFIC_WORDS | _CROSSING_REGIMES):
        if held & _CROSSING_POINT_WORDS:
            blocked.update(_traffic_posts(lowers, lex))  # "extend the operating hours of the border post"
        if held & _PLACE_PREPOSITION_WORDS:
            blocked.update(_traffic_border(toks, lowers, lex))  # "lorries wait two days at the border"
    if held & _MEETING_FORM_WORDS and _officials_met(toks, lowers, found):
        return True  # "Defence ministers of the bloc met in Bishkek": the forces' chiefs meeting is a military matter
    if held & _CHIEFS_MEETING_WORDS and held & _OFFICIAL_FIELD_WORDS and _chiefs_met(lowers):
        return True  # "The X delegation was led by the Minister for Defence, and the Y delegation by ...": chiefs met
    tied = bool(rare) and not _FIELD_OFFICIALS.isdisjoint(rare) and bool(held & _OFFICIALS_TIE_WORDS)
    if tied and _officials_tied(lowers):
        return True  # "proposed a first meeting of defence ministers", "a line between the military commanders"
    # "Defence Minister X", "NATO leaders", "the National Security Service (SNB) chief": the name is who acts, not
    # what the sentence is about, and so is any shorter term inside it ("national security") or the bare word
    # the loop further below reads
    named = {
        k
        for i, phrase in found.get("security_terms", ())
        if _names_actor(lowers, i + len(phrase), lex, text, toks)
        for k in range(i, i + len(phrase))
    }
    blocked.update(named)
    for i, phrase in found.get("security_terms", ()):
        if not named.isdisjoint(range(i, i + len(phrase))):
            continue
        # A modifier changes a word ("energy security", "trade war"), not a named phrase of its own
        # ("the Information Fusion Centre"), unless the phrase is a "security ..." one ("energy security cooperation").
        modifiable = len(phrase) == 1 or phrase[0] == "security"
        if i in blocked or (modifiable and i > 0 and lowers[i - 1] in lex.security_not_after):
            continue
        if i > 0 and lowers[i - 1] == "than":
            continue  # "more pressing concerns than policing": the standard of a comparison, not the subject
        if _lesser(lowers, i, len(phrase)):
            continue  # "may depend less on security than on the pipeline money": what matters less
        if _by_agent(lowers, i) and _old_year(lowers):  # the year scan only for a term in an agent: rare
            continue  # "replacing one blown up by retreating troops in 1944": who did an act of history
        if _office_of(lowers, i):
            continue  # "the Secretary of National Defense": who acts ("Defence Minister X" is in ``named``)
        if toks[i].is_capitalised and _addressed_body(toks, lowers, i, len(phrase), lex):
            continue  # "asked the Department of Homeland Security to add customs officers": whom a request goes to
        if phrase == _AIRSPACE and held & _CIVIL_AVIATION:
            continue  # "Airlines pay fees to fly through the airspace of six countries": a market for flights
        if phrase[0] in lex.topical_bodies and lowers[i + len(phrase) : i + len(phrase) + 1] in _TOPIC_MARKS:
            continue  # "a task force on hydrogen pipelines", "contingent on reforms": the topic's own words decide
        if phrase[0] in _UNDERSEA and _energy_link(lowers, i, lex):
            continue  # "the Black Sea submarine electricity cable": an energy project, not infrastructure under threat
        if phrase[-1] in _DRILLS and i + len(phrase) > 1 and _civil_exercise(lowers, i + len(phrase) - 1, lex):
            continue  # "tsunami evacuation drills", "a drill for flood relief": civil services trained, as exercises
        if phrase == ("police",) and _traffic_police(lowers, lex):
            continue  # "police officers wave cars into a single lane": traffic managed, not crime fought
        sent = (len(phrase) == 1 and phrase[0] in lex.deployment_words) or phrase[0] in lex.monitor_nouns
        if sent and _civil_deployment(lowers, i, len(phrase), civil_watch, lex):
            continue  # "approved the deployment of 95 observers" (an election's): monitors of a vote, not forces
        if _venue(lowers, i, len(phrase)):
            continue  # "launched the pact at the NATO summit": where an act took place, not what it is about
        if phrase in _FIELD_NAMES and _in_field_list(text, toks, i):
            continue  # "cooperation in investment, energy and defence": one field among others
        if _enumerated(text, toks, lowers, i, found, lex):
            continue  # "agreements covering electricity trade, carbon credits and cooperation against crime"
        return True
    if any(rule(text, toks, lowers, lex) for rule in triggered):
        return True
    if not scan_words:
        return False
    for i, low in enumerate(lowers):
        if low == "security":
            if i in blocked or (i > 0 and lowers[i - 1] in lex.security_not_after) or _lesser(lowers, i, 1):
                continue
            if _in_field_list(text, toks, i) or _names_actor(lowers, i + 1, lex, text, toks) or _office_of(lowers, i):
                continue
            if toks[i].is_capitalised and _addressed_body(toks, lowers, i, 1, lex):
                continue
            return True
        hyphened = "-" in low and i not in blocked and _security_compound(low, lex)
        if hyphened and not _enumerated(text, toks, lowers, i, found, lex):
            return True  # "counter-drone", "brigade-level"
        border = low in lex.border_words and i not in blocked and _territorial_border(text, toks, lowers, i, lex)
        if border and not _enumerated(text, toks, lowers, i, found, lex):
            return True  # "the border with Tajikistan", not one topic among others
        if low in lex.combat_words and _combat(lowers, i, lex):
            return True
    return False


_SITUATION_PLACES = frozenset(["in", "on", "around", "along"])
_SITUATION_MODIFIERS = frozenset(["security", "military", "political", "humanitarian", "current", "overall"])
_SITUATION_TALK_REACH = (
    8  # words from a word of talking to "the situation": "exchanged views on the Ukraine crisis and"
)
_SITUATION_PLACE_REACH = 6  # words from "in" to the place's name: "in the occupied regions of Abkhazia"


def _situation_discussed(toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> bool:
    """Round 37b. 'The two sides also exchanged views on the Ukraine crisis and the situation in the Middle East',
    'informed its counterparts about the situation in the occupied regions of Abkhazia': "the (security) situation"
    in, on, around or along a named place (a capitalised word within six words after the preposition), governed by
    a word of talking or briefing at most eight words before it (``topic_heads``, ``situation_talks``), is what
    readouts call a conflict or a threat to a region's stability. Not 'the Ordinance on Measures connected with the
    Situation in Ukraine' (a name), 'energy cooperation and the situation in the region' (no named place), 'develop
    approaches to the situation in Afghanistan' (no talk), nor 'informed them of the situation on 4 November'."""
    for i in range(2, len(lowers) - 2):
        if lowers[i] not in lex.situation_words or toks[i].is_capitalised or lowers[i + 1] not in _SITUATION_PLACES:
            continue
        k = i - 1
        if lowers[k] in _SITUATION_MODIFIERS:
            k -= 1
        if lowers[k] != "the":
            continue
        named = any(t.is_capitalised for t in toks[i + 2 : i + 2 + _SITUATION_PLACE_REACH])
        window = lowers[max(0, k - _SITUATION_TALK_REACH) : k]
        talked = not (lex.topic_heads.isdisjoint(window) and lex.situation_talks.isdisjoint(window))
        if named and talked:
            return True
    return False


_HISTORY_BEFORE = 1950  # a year before this one dates an act of history, not news
_AGENT_REACH = 6  # words between "by" and the term of its agent: "by the crews of British naval ships"


def _old_year(lowers: list[str]) -> bool:
    """The sentence names a year before 1950 ('in December 1944', 'between 1880 and 1920')."""
    return any(len(w) == 4 and w.isdigit() and 1000 < int(w) < _HISTORY_BEFORE for w in lowers)


def _by_agent(lowers: list[str], i: int) -> bool:
    """'replacing one blown up by retreating German troops in December 1944', 'manuscripts taken by British
    soldiers from Maqdala in 1868': the term at ``i`` in the agent of a passive ("by" at most six words before
    it), in a sentence dated before 1950 (the caller checks), names who did an act of history, which the
    sentence only recalls. Not 'The 1936 convention lets Turkey close the straits to warships' (no agent), nor
    a passive of the present ('the stretch fixed in 1904 is now patrolled by soldiers'), nor a border treaty of
    1899 (border words are read by their own rules)."""
    for b in range(i - 1, max(-1, i - _AGENT_REACH - 1), -1):
        if lowers[b] == "by":
            return _PRESENT_PASSIVE.isdisjoint(lowers[max(0, b - 3) : b])
    return False


#: Words before a passive's "by" that make it an act of the present or future ("is now patrolled by").
_PRESENT_PASSIVE = frozenset(["is", "are", "now", "will", "being", "has", "have", "be"])


#: What may stand between "less" and the term it downplays ("less on security", "less about the army").
_LESSER_LINKS = frozenset(["on", "about", "of", "a", "an", "the", "to", "with", "by"])


def _lesser(lowers: list[str], i: int, n: int) -> bool:
    """'may depend less on security than on the money', 'is less about the army than about jobs': the term at
    ``i`` (``n`` words) right after "less" (and at most two small words) with "than" right after it is what the
    sentence says matters less, not its subject. 'less security than before' is not (no link word: a measure
    of the matter itself), nor 'no less dangerous than terrorism' (the term after "than" is the other rule's)."""
    if "less" not in lowers or i + n >= len(lowers) or lowers[i + n] != "than":
        return False
    k = i - 1
    while k >= 0 and i - k <= 2 and lowers[k] in _LESSER_LINKS:
        k -= 1
    return k >= 0 and k < i - 1 and lowers[k] == "less"


#: Words that open an enumeration of topics or contents ("spoke about X, Y and Z", "agreements covering ...").
_LIST_OPENERS = frozenset(["about", "including", "covering", "namely"])
#: Nouns whose "of" opens a list of fields ("in the fields of trade, fisheries and ...", "in the areas of ...").
_FIELD_HEADS = frozenset(["fields", "areas", "spheres", "sectors"])
_ITEM_LENGTH = 5  # an enumerated topic is a short noun phrase; a longer stretch is a clause of its own


_TALK_REACH = 4  # words from a noun of talks to its "on": "discussions between their delegations on trade, ..."


def _topics_on(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """'expanded discussions between their delegations on trade, energy, education, maritime security and ...',
    'exchanged views on ...': an "on" at ``k`` that a noun or verb of talking (``topic_heads``, at most four words
    before it) governs opens the talks' topics, as "about" does (round 33c). 'controls the trails on the Colombian
    side' and 'signed an agreement on the border' are not: no talk opens them (an agreement's subject is its own)."""
    return not lex.topic_heads.isdisjoint(lowers[max(0, k - _TALK_REACH) : k])


def _enumerated(text: str, toks: Sequence[Token], lowers: list[str], i: int, found: Matches, lex: Lexicon) -> bool:
    """'spoke about the border with Tajikistan, the railway to China and relations with the EU', 'five
    subcommissions: political affairs, border affairs, ... and development cooperation': the word at ``i`` stands
    in one short item of an enumeration opened by a colon, one of ``_LIST_OPENERS`` ("such as" and "the fields
    of" too), with at least three short items (commas, "and", "or" between them) of which at least two name no
    security matter.
    A passing list mention is no subject of the sentence (GUIDELINES). 'talks including terrorism, drug
    trafficking and cybercrime' (every item a security matter) and 'Police arrested nine men, including two
    soldiers' (the term before the opener) are not caught."""
    opened = not (_LIST_OPENERS.isdisjoint(lowers) and _FIELD_HEADS.isdisjoint(lowers))
    opened = opened or ("on" in lowers and not lex.topic_heads.isdisjoint(lowers)) or "because" in lowers
    if not opened and "such" not in lowers and ":" not in text:
        return False  # no enumeration opener: most sentences, checked in C
    start = -1
    colon = ":" in text  # a colon between two words needs one in the text (no gap is cut out for most words)
    for k in range(i - 1, -1, -1):
        # "in the fields of trade, fisheries, tourism and cooperation against crime" opens a list too (round 26)
        fields = lowers[k] == "of" and k > 0 and lowers[k - 1] in _FIELD_HEADS
        # "fell because of swollen shoot disease, illegal gold mining on farmland and ageing trees": causes listed
        fields = fields or (lowers[k] == "of" and k > 0 and lowers[k - 1] == "because")
        talked = lowers[k] == "on" and _topics_on(lowers, k, lex)
        if lowers[k] in _LIST_OPENERS or (lowers[k] == "as" and k > 0 and lowers[k - 1] == "such") or fields or talked:
            if lowers[k + 1][:1].isdigit():
                return False  # "about 40 officers": a number's approximation, no enumeration
            start = k + 1
            break
        if colon and ":" in text[toks[k].end : toks[k + 1].start]:
            start = k + 1
            break
    if start < 0:
        return False
    # The items up to the first long one: the run below stops there, so the words after it are not split.
    items: list[tuple[int, int]] = []
    first = start
    size = len(toks)
    for k in range(start, size):
        if lowers[k] in ("and", "or"):
            if k > first:
                items.append((first, k))
                if k - first > _ITEM_LENGTH:
                    break
            first = k + 1
        elif k + 1 == size or _item_mark(text, toks[k].end, toks[k + 1].start):
            if k + 1 > first:
                items.append((first, k + 1))
                if k + 1 - first > _ITEM_LENGTH:
                    break
            first = k + 1
    run: list[tuple[int, int]] = []
    for a, b in items:
        if b - a > _ITEM_LENGTH:
            # "..., the border with China and Mongolia's place between its two large neighbours.": the last item,
            # closing the sentence after "and", is a topic named and then qualified (round 33c)
            last = b == len(toks) and a > 0 and lowers[a - 1] in ("and", "or") and len(run) >= 2
            if last and _head_length(lowers, a, b) <= _ITEM_LENGTH:
                run.append((a, b))
            break
        run.append((a, b))
    if len(run) < 3 or not any(a <= i < b for a, b in run):
        return False
    marked = {k for j, phrase in found.get("security_terms", ()) for k in range(j, j + len(phrase))}
    marked.update(k for k, w in enumerate(lowers) if w in lex.border_words or w == "security")
    # "the situation in Myanmar": in a list of hot spots the word names a crisis (annotators of nine batches label
    # "exchanged views on the situation in X, ... and the conflict in Y" security)
    marked.update(k for k in range(start, len(lowers) - 1) if lowers[k] == "situation" and lowers[k + 1] == "in")
    plain = [1 for a, b in run if marked.isdisjoint(range(a, b))]
    return len(plain) >= 2


def _item_mark(text: str, a: int, b: int) -> bool:
    """The gap ``text[a:b]`` between two words is a comma or a semicolon, spaces aside (``.strip() in (",", ";")``):
    a one-character gap (a space, most gaps) is read as that character, with no slice made."""
    if b - a == 1:
        c = text[a]
        return c == "," or c == ";"
    return text[a:b].strip() in (",", ";")


#: Prepositions that end an enumerated item's head: what follows only qualifies it ("Mongolia's place between its
#: two large neighbours", "the border with China").
_ITEM_QUALIFIERS = frozenset(["between", "with", "in", "of", "on", "for", "to", "from", "at", "among", "across"])


def _head_length(lowers: list[str], a: int, b: int) -> int:
    """The words of the item ``lowers[a:b]`` up to its first qualifying preposition (``_ITEM_QUALIFIERS``): 'Mongolia's
    place between its two large neighbours' counts two, as a topic named and qualified is still one short topic
    (round 33c); the whole item still decides which words it holds."""
    for k in range(a + 1, b):
        if lowers[k] in _ITEM_QUALIFIERS:
            return k - a
    return b - a


#: Nouns of a crossing point that a closure verb may take ("the border checkpoints", "all crossing points").
_CROSSING_NOUNS = frozenset(["checkpoint", "checkpoints", "crossing", "crossings"])
_CROSSING_HEADS = frozenset(["point", "points", "post", "posts"])  # after "crossing" or a border word only
_CLOSED_FORMS = frozenset(["closed", "shut", "sealed"])
#: What may stand between a crossing point and its closed state ("have been closed", "was temporarily shut"); not
#: "remain"/"stay": a closure that only continues ("the crossings remain shut") reports no act of closing.
_CLOSED_LINKS = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "now", "temporarily"]
)
_CLOSURE_REACH = 6  # words from the verb to its object's head ("close the Medininkai and Narva border checkpoints")
_CLOSED_SUBJECT = 8  # words from the crossing point to "have been closed" ("points on the 1,340-km border with X")


def _crossing_noun(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """The word at ``k`` names a crossing point: 'checkpoint(s)', 'crossing(s)', 'crossing point(s)', 'border
    post(s)'; not 'the post office', 'a point of order'."""
    w = lowers[k]
    if w in _CROSSING_NOUNS:
        return True
    return w in _CROSSING_HEADS and k > 0 and (lowers[k - 1] == "crossing" or lowers[k - 1] in lex.border_words)


def _crossing_closed(lowers: list[str], lex: Lexicon) -> bool:
    """'the Government decided to close the Medininkai and Salcininkai border checkpoints to all traffic', 'All
    crossing points on the 1,340-kilometre border with Russia have been closed since December': a crossing point
    (:func:`_crossing_noun`) as the object of a closure verb (``crossing_closures``, at most six words before it, no
    clause mark between) or as the subject of a closed state ("have been closed", "was shut", the point at most
    eight words before the link) is a border measure (GUIDELINES: border security), though the sentence also names
    the traffic it stops. Not 'close to the checkpoint' (the adjective), 'the roads, closed by Houthi checkpoints'
    (the checkpoints close something else), 'the checkpoint will reopen' (:func:`_opened_crossing`), nor 'closed its
    land borders to trade' (no crossing point: the older reading of a trade policy)."""
    for v, w in enumerate(lowers):
        if w not in lex.crossing_closures:
            continue
        nxt = lowers[v + 1] if v + 1 < len(lowers) else ""
        # not "close to the checkpoint", "closed by militia checkpoints": no object after the verb
        for k in range(v + 1, min(len(lowers), v + 1 + _CLOSURE_REACH) if nxt not in ("to", "by") else v + 1):
            if lowers[k] in _PHRASE_ENDS or not lowers[k].replace("-", "").replace(",", "").isalnum():
                break
            if _crossing_noun(lowers, k, lex):
                return True
        if w in _CLOSED_FORMS and v > 0 and lowers[v - 1] in _CLOSED_LINKS:
            link = v - 1
            while link > 0 and lowers[link - 1] in _CLOSED_LINKS:
                link -= 1
            if any(_crossing_noun(lowers, k, lex) for k in range(max(0, link - _CLOSED_SUBJECT), link)):
                return True
    return False


_OPENING = frozenset(["open", "opens", "opened", "opening", "reopen", "reopens", "reopened", "reopening"])
#: The verbs of opening that a border may follow as their object (round 33c); "open" is an adjective as often.
_REOPENED = frozenset(["reopen", "reopens", "reopened", "reopening", "opened"])
_CROSSING_POINTS = frozenset(["checkpoint", "checkpoints", "post", "posts", "crossing", "crossings"])
#: Words that end an opened crossing's phrase: a clause of its own follows ("until Cambodia removed the mines").
_PHRASE_ENDS = frozenset(["until", "after", "when", "while", "because", "as", "which", "that", "but", "amid", "since"])


def _opened_crossing(text: str, toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> list[int]:
    """The tokens of a crossing point (re)opened, from the verb to the end of its phrase: 'we reopened three
    checkpoints for people and goods', 'since the two countries reopened customs posts at the land borders of
    Ceuta and Melilla': a crossing opened to traffic is movement and trade, not border security (the same
    convention as 'queues at the border'). A comma or a clause word ends the phrase: 'would not reopen the
    crossings until Cambodia removed the landmines' keeps the landmines."""
    for v, w in enumerate(lowers):
        opened = lowers[v + 1 : v + 5]
        # "reopened its border with Benin to goods traffic", "agreed to reopen their common border in phases": a
        # border reopened is a crossing reopened (round 33c; gold45 JC4, gold3 JC17: crossings and trade)
        border = w in _REOPENED and not lex.border_words.isdisjoint(opened)  # not "the longest open border question"
        if w not in _OPENING or (_CROSSING_POINTS.isdisjoint(opened) and not border):
            continue  # no crossing opened
        if lowers[v + 1] == "fire":
            continue  # "opened fire at a checkpoint": shooting
        end = v + 1
        while (
            end < len(toks)
            and lowers[end] not in _PHRASE_ENDS
            and text[toks[end - 1].end : toks[end].start].strip() == ""
        ):
            end += 1
        return list(range(v, end))
    return []


#: What may stand between a crossing point and "open" said of it ("the checkpoint will be open", "the crossings
#: are to remain open", "the post has been reopened").
_STATE_LINKS = frozenset(
    [
        *("will", "would", "shall", "can", "could", "must", "should", "is", "are", "was", "were", "be", "been"),
        *("being", "has", "have", "had", "to", "stay", "stays", "remain", "remains", "now", "again", "also", "fully"),
    ]
)


def _crossing_said_open(text: str, toks: Sequence[Token], lowers: list[str]) -> list[int]:
    """The tokens of a crossing point's noun phrase of which the sentence says it is or will be (re)opened ('the
    checkpoint will be open three days a week for pedestrians and cars', 'the crossings are to remain open to
    lorries', 'the border post has been reopened'): the passive and predicative order of :func:`_opened_crossing`,
    movement and trade, not border security. 'The checkpoint was closed after the shooting' (closed) and 'the
    checkpoint where the soldiers opened fire' (shooting) are not caught; other security words still count."""
    named: list[int] = []
    for c, w in enumerate(lowers):
        if w not in _CROSSING_POINTS:
            continue
        k = c + 1
        while k < len(lowers) and lowers[k] in _STATE_LINKS and k - c <= 4:
            k += 1
        if k == c + 1 or k >= len(lowers) or lowers[k] not in _OPENING or lowers[k + 1 : k + 2] == ["fire"]:
            continue
        start = c
        while start > 0 and c - start < 2 and lowers[start - 1] not in ARTICLES and lowers[start - 1].isalpha():
            start -= 1  # "the border checkpoint", "the Kapikule crossing": the words of its name
        named.extend(range(start, c + 1))
    return named


def _traffic_posts(lowers: list[str], lex: Lexicon) -> list[int]:
    """In a sentence that names traffic (``traffic_words``: hours, trade, goods, lorries ...), each crossing point
    ("checkpoint", "post", "crossing"), the border word right before it ('the operating hours of the One-Stop Border
    Post', 'a trade regime for traders at the border posts') and the border that locates it ('delays for lorries at
    the Upper Lars crossing on the Russian-Georgian border'): a crossing point as a place of passage, not border
    security (the convention of 'queues at the border' and of a crossing reopened to traffic), also when the sentence
    only passes by it ('rules for cross-border trade zones at the two checkpoints', 'runs a cafe for lorry drivers by
    the road checkpoint'). 'Troops reinforced the border posts' names no traffic; other security words still count
    ('smugglers bribed officers at the checkpoint to let the lorries through'). The caller checked both lists."""
    named: list[int] = []
    for i, w in enumerate(lowers):
        if w not in _CROSSING_POINTS:
            continue
        named.append(i)
        if i > 0 and lowers[i - 1] in lex.border_words:
            named.append(i - 1)
        if lowers[i + 1 : i + 2] in (["on"], ["at"]):
            # "the crossing on the Russian-Georgian border": at most two words before the border word
            named.extend(k for k in range(i + 2, min(len(lowers), i + 5)) if lowers[k] in lex.border_words)
    return named


_RELATION_REACH = 3  # words from a place relation to the border word: "cross [the state] border"
_INSTALLATION_REACH = 6  # words from the installation to its relation: "Centre for Industrial Cooperation X Y on"


def _located_installation(lowers: list[str], lex: Lexicon) -> list[int]:
    """'the field, which straddles their maritime border', 'irrigation canals that cross the state border', 'the
    Centre for Industrial Cooperation on the border of the two states', 'tankers off the roads between the border
    and the depot': a civil installation (``installation_words``: a field, a canal, a road, a centre) placed by a
    relation of place (``place_relations``: "straddles", "cross", "on", "between" ...) at most three words before a
    border word, the installation at most six words before the relation. The border only says where the
    installation lies, as "queues at the border" says where lorries wait: the tokens from the relation's next word
    to the border word are returned. Not 'militants are still crossing the border' (no installation), 'the Centre
    approved fencing along the border' (a barrier, ``border_barriers``, on the line is border security), nor 'the
    pipeline that crosses the border was blown up' (the harm is a term of its own). The caller checked both lists."""
    named: list[int] = []
    for j, w in enumerate(lowers):
        if w not in lex.border_words:
            continue
        for r in range(max(0, j - _RELATION_REACH), j):
            reach = lowers[max(0, r - _INSTALLATION_REACH) : r]
            if lowers[r] in lex.place_relations and not lex.installation_words.isdisjoint(reach):
                if not lex.border_barriers.isdisjoint(reach):
                    break  # "approved fencing along the entire border": a barrier on the line is border security
                named.extend(range(r + 1, j + 1))
                break
    return named


_AIRSPACE = ("airspace",)


#: The words after a term of ``topical_bodies`` that open its topic ("a task force on hydrogen pipelines").
_TOPIC_MARKS = (["on"], ["for"], ["upon"])


#: Words that open the clause of a reply ("X said [it would study ...]", "indicated that [the proposal will be ...]").
_REPORT_OPENERS = frozenset(["said", "says", "that"])
_CLAUSE_JOINS = frozenset(["and", "but"])
#: Determiners of a reply's object that point back to a proposal already told ("the offer", "its modalities").
_REPLY_DETERMINERS = frozenset(["the", "its", "this", "that", "their", "these", "such"])
#: Words after a reply's object that state what was proposed ("the offer to send troops"): then it is no bare reply.
_REPLY_CONTENT = frozenset(["to", "for", "on", "of", "that", "which", "by", "from", "about", "regarding", "concerning"])


def _deferred_reply(text: str, toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> list[int]:
    """'Toiu said Bucharest would study the offer with its NATO allies', 'the proposal will be evaluated by the
    Ministry of Defence', 'welcomed the proposal and said the Navy would examine its modalities', 'took note of the
    request and referred it to the Committee of Chiefs of Defence Staff for study': a reply that puts off a
    proposal already told (a noun of ``reply_objects`` after "the"/"its"/..., nothing after it saying what was
    proposed) by handing it to someone to study (a verb of ``deferral_verbs``, which the caller found). Who will
    study it is no matter of the sentence: the tokens from the start of the deferring clause (after the last
    "said"/"that" before the verb, else the last "and"/"but"/comma) to the end are returned. Not 'the ministry will
    study the offer to station troops on the border' (the offer's content follows it), nor 'asked Malaysia to hand
    over suspects wanted for bomb attacks, a request Kuala Lumpur said would be examined' (the matter stands before
    the clause)."""
    bare = False
    for i, w in enumerate(lowers):
        if w in lex.reply_objects and i > 0 and lowers[i - 1] in _REPLY_DETERMINERS:
            after = lowers[i + 1] if i + 1 < len(lowers) else ""
            comma = i + 1 < len(toks) and "," in text[toks[i].end : toks[i + 1].start]
            if after not in _REPLY_CONTENT and not comma:
                bare = True
                break
    if not bare:
        return []
    for v, w in enumerate(lowers):
        if w not in lex.deferral_verbs:
            continue
        # the clause after the last "said"/"that" ("said the coast guard and the army would examine"), else after
        # the last "and"/"but"/comma ("took note of the request and referred it to ...")
        start = next((k + 1 for k in range(v - 1, -1, -1) if lowers[k] in _REPORT_OPENERS), 0)
        if not start:
            for k in range(v - 1, -1, -1):
                if lowers[k] in _CLAUSE_JOINS or "," in text[toks[k].end : toks[k + 1].start]:
                    start = k + 1
                    break
        return list(range(start, len(lowers)))
    return []


#: The nouns of an evaluation that "X is not a ..." denies ("Migration is not a threat").
_DENIED_HEADS = frozenset(["threat", "problem", "danger", "risk", "menace"])
_WREATHS = frozenset(["wreath", "wreaths"])
_COPULAS = frozenset(["is", "are", "was", "were", "be"])


def _denied_threat(lowers: list[str]) -> list[int]:
    """'Migration is not a threat; it is a reality we must manage', 'Our citizens are not a security problem': a
    copula, "not", "a"/"an", at most "security", then a noun of ``_DENIED_HEADS``: the sentence denies that its
    subject is a security matter, a rhetorical answer, not a report of one (the tokens from "not" to the noun are
    returned). Not 'the OTS is not a military bloc' (what a body is, a military matter all the same), nor 'the
    group is not only a threat to Mali' (no article right after "not"), nor 'terrorism remains a threat'."""
    named: list[int] = []
    for i, w in enumerate(lowers):
        if w != "not" or i == 0 or lowers[i - 1] not in _COPULAS or i + 2 >= len(lowers):
            continue
        if lowers[i + 1] not in ("a", "an"):
            continue
        k = i + 3 if lowers[i + 2] == "security" else i + 2
        if k < len(lowers) and lowers[k] in _DENIED_HEADS:
            named.extend(range(i, k + 1))
    return named


_PLACE_PREPOSITIONS = frozenset(["at", "on"])
#: What may stand between "at"/"on" and a border word that is a place ("at every border", "on the island's border").
_PLACE_FILLERS = ARTICLES | POSSESSIVES | frozenset(["every", "each", "this", "that"])


def _traffic_border(toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> list[int]:
    """In a sentence that names traffic (``traffic_words``; the caller checked), each border word that is the place
    where it passes or waits: the object of "at"/"on" ('queues of lorries on the border', 'the largest trading point
    for vendors on the island's border', 'cargo cleared at Sohar instead of at the border') or followed by "at" and
    a name ('the main obstacle for freight is the border at Dilolo, where wagons wait for customs clearance'): the
    convention of 'queues at the border', a place of passage, not border security. Other security words still
    count ('troops at the border turned the lorries back', 'smugglers hide drugs in cargo at the border'), and a
    border that is no such place ('traffic resumed after the border was demarcated') is not touched."""
    named: list[int] = []
    for i, w in enumerate(lowers):
        if w not in lex.border_words:
            continue
        if i + 2 < len(lowers) and lowers[i + 1] == "at" and toks[i + 2].is_capitalised:
            named.append(i)
            continue
        k = i - 1
        while (
            k >= 0
            and i - k <= 3
            and (lowers[k] in _PLACE_FILLERS or lowers[k].endswith(("'s", "’s")) or "-" in lowers[k])
        ):
            k -= 1
        if k >= 0 and k < i and lowers[k] in _PLACE_PREPOSITIONS:
            named.append(i)
    return named


#: Per lexicon (by :func:`lexicon_key`): every word whose presence can make :func:`is_security` look
#: further than its cue matches ("security", border and combat words, each _WORD_RULES list).
_GATES: dict[int, frozenset[str]] = {}


#: Per lexicon: every word a set test of :func:`is_security` reads (see :func:`_read_words`).
_READ_WORDS: dict[int, frozenset[str]] = {}


#: One bit per word set is_security tests (:class:`_WordBits`): a sentence's words among ``_read_words`` make an
#: integer, and each test is an AND with that integer. At most 62 bits (a machine integer when compiled).
_SECURITY_WORD: Final = 1 << 0  # the word "security"
_BORDER_WORDS: Final = 1 << 1
_COMBAT_WORDS: Final = 1 << 2
_SALUTATION_WORDS: Final = 1 << 3
_COMPARING_WORDS: Final = 1 << 4
_EVENT_PLACES: Final = 1 << 5
_MEETING_VERBS: Final = 1 << 6
_NAMED_OFFICE_WORDS: Final = 1 << 7
_OPENING_WORDS: Final = 1 << 8
_ROUND23_WORDS: Final = 1 << 9
_INSTALLATION_WORDS: Final = 1 << 10
_DEFERRAL_VERBS: Final = 1 << 11
_TRAFFIC_WORDS: Final = 1 << 12
_CROSSING_REGIMES: Final = 1 << 13
_CROSSING_POINT_WORDS: Final = 1 << 14
_PLACE_PREPOSITION_WORDS: Final = 1 << 15
_MEETING_FORM_WORDS: Final = 1 << 16
_CHIEFS_MEETING_WORDS: Final = 1 << 17
_OFFICIAL_FIELD_WORDS: Final = 1 << 18
_OFFICIALS_TIE_WORDS: Final = 1 << 19
_CIVIL_AVIATION: Final = 1 << 20
_FIRST_RULE_BIT: Final = 21  # then one bit per entry of _WORD_RULES, in order
_RULE_BITS: Final = ((1 << len(_WORD_RULES)) - 1) << _FIRST_RULE_BIT
_MONITOR_NOUNS: Final = 1 << (_FIRST_RULE_BIT + [words for words, _ in _WORD_RULES].index("monitor_nouns"))
_SCAN_BITS: Final = _SECURITY_WORD | _BORDER_WORDS | _COMBAT_WORDS  # what the closing loop over the words reads
_GATE_BITS: Final = _SCAN_BITS | _RULE_BITS  # the sets of _gate(lex)
_NONE: frozenset[str] = frozenset()


@final
class _WordBits:
    """Per lexicon: ``words`` (:func:`_read_words`), each mapped in ``bits`` to the bits of the sets it belongs to,
    and ``rules``, the rules of ``_WORD_RULES`` each with its list's bit. A set meets a sentence exactly when the
    bits of the sentence's words among ``words`` hold its bit."""

    __slots__ = ("bits", "rules", "words")

    def __init__(self, lex: Lexicon) -> None:
        self.words: frozenset[str] = _read_words(lex)
        sets: list[tuple[int, frozenset[str]]] = [
            (_SECURITY_WORD, frozenset(["security"])),
            (_BORDER_WORDS, lex.border_words),
            (_COMBAT_WORDS, lex.combat_words),
            (_SALUTATION_WORDS, lex.salutation_words),
            (_COMPARING_WORDS, _COMPARING),
            (_EVENT_PLACES, lex.event_places),
            (_MEETING_VERBS, lex.meeting_verbs),
            (_NAMED_OFFICE_WORDS, _NAMED_OFFICES),
            (_OPENING_WORDS, _OPENING),
            (_ROUND23_WORDS, _ROUND23_CUES),
            (_INSTALLATION_WORDS, lex.installation_words),
            (_DEFERRAL_VERBS, lex.deferral_verbs),
            (_TRAFFIC_WORDS, lex.traffic_words),
            (_CROSSING_REGIMES, lex.crossing_regimes),
            (_CROSSING_POINT_WORDS, _CROSSING_POINTS),
            (_PLACE_PREPOSITION_WORDS, _PLACE_PREPOSITIONS),
            (_MEETING_FORM_WORDS, _MEETING_FORMS),
            (_CHIEFS_MEETING_WORDS, _CHIEFS_MEETING),
            (_OFFICIAL_FIELD_WORDS, _OFFICIAL_FIELDS),
            (_OFFICIALS_TIE_WORDS, _OFFICIALS_TIES),
            (_CIVIL_AVIATION, lex.civil_aviation),
        ]
        sets += [(1 << (_FIRST_RULE_BIT + k), getattr(lex, words)) for k, (words, _) in enumerate(_WORD_RULES)]
        bits = dict.fromkeys(self.words, 0)
        for bit, words in sets:
            for w in words:
                if w not in bits:
                    raise ValueError(f"{w!r} is tested by is_security but missing from _read_words")
                bits[w] |= bit
        self.bits: dict[str, int] = bits
        self.rules: tuple[tuple[int, Callable[[str, list[Token], list[str], Lexicon], bool]], ...] = tuple(
            (1 << (_FIRST_RULE_BIT + k), rule) for k, (_, rule) in enumerate(_WORD_RULES)
        )


_WORD_BITS: dict[int, _WordBits] = {}


def _word_bits(lex: Lexicon) -> _WordBits:
    key = lexicon_key(lex)
    got = _WORD_BITS.get(key)
    if got is None:
        got = _WORD_BITS[key] = _WordBits(lex)
    return got


def _read_words(lex: Lexicon) -> frozenset[str]:
    """The union of the word sets :func:`is_security` tests against the sentence (its gate, the offices, openings,
    rare cues, installation, deferral, traffic, crossing, place, meeting and aviation words, and the opening tests of
    :func:`_salutation`, :func:`_pure_schedule` and :func:`_enumerated`): the sentence's words among them answer
    every one of those tests. A set tested there must be added here."""
    key = lexicon_key(lex)
    words = _READ_WORDS.get(key)
    if words is None:
        lists = [
            _gate(lex),
            _NAMED_OFFICES,
            _OPENING,
            _ROUND23_CUES,
            lex.installation_words,
            lex.deferral_verbs,
            lex.traffic_words,
            lex.crossing_regimes,
            _CROSSING_POINTS,
            _PLACE_PREPOSITIONS,
            _MEETING_FORMS,
            _OFFICIALS_TIES,
            _CHIEFS_MEETING,
            _OFFICIAL_FIELDS,
            _COMPARING,
            lex.civil_aviation,
            lex.salutation_words,
            lex.meeting_verbs,
            lex.event_places,
            _LIST_OPENERS,
            _FIELD_HEADS,
            frozenset(["such"]),
        ]
        words = _READ_WORDS[key] = frozenset().union(*lists)
    return words


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


_WORLD_COURT = ("international", "court", "of", "justice")
_REFERRAL_REACH = 8  # words between the verb and the court's "to": "take the long-running Rukwanzi question to"


def _taken_to_court(lowers: list[str], lex: Lexicon) -> bool:
    """Round 36c. 'failing that, take the boundary question to the International Court of Justice', 'had not ruled
    out taking the dispute to the ICJ': a question taken (`court_referrals`, within eight words before its "to") to
    the court that hears states' disputes is a dispute between states. Not 'the International Court of Justice gave
    an advisory opinion on the climate' (no case taken there), nor 'returned to the International Court of Justice'
    (no verb of taking a case)."""
    for i, w in enumerate(lowers):
        if w != "to":
            continue
        after = lowers[i + 1 : i + 6]
        if after[:1] == ["the"]:
            after = after[1:]
        if tuple(after[:4]) != _WORLD_COURT and after[:1] != ["icj"]:
            continue
        if not lex.court_referrals.isdisjoint(lowers[max(0, i - _REFERRAL_REACH) : i]):
            return True
    return False


def _event_guarded(lowers: list[str], present: frozenset[str], found: Matches, lex: Lexicon) -> bool:
    """Round 36c. 'Police said the crowd was well behaved, with only two arrests', 'Security was tight around the
    venue', 'Police deployed 600 officers around the stadium': a sentence naming an event's place or crowd
    (`event_places`) whose only security terms are who guards it (`guard_terms`, and the bare word "security") tells
    how order was kept there, no security matter. A threat named beside the guards ("police warned that al-Shabaab
    could target fan zones"), a border, a fight or an unrest (`unrest_words`) keeps the sentence."""
    if not (lex.border_words.isdisjoint(present) and lex.combat_words.isdisjoint(present)):
        return False
    if not lex.unrest_words.isdisjoint(lowers):
        return False  # "Police fired tear gas at the crowd of protesters": public order in dispute
    if any("-" in w and _security_compound(w, lex) for w in lowers):
        return False
    return all(" ".join(phrase) in lex.guard_terms for _, phrase in found.get("security_terms", ()))


def _pure_schedule(text: str, toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> bool:
    """'The security group is expected to meet again in Mexico City', 'X and Y are expected to meet on the
    sidelines of the NATO summit': a meeting verb after an expectation or a modal (``meeting_expectations``
    within three words before it) and no purpose after it ("to", "for", "about", "over"). 'are due to meet
    next month to set a date for the first patrols' and 'will meet in Istanbul for peace talks' give one;
    'met in Ankara' is no schedule. The schedule must be the whole sentence, its subject opening it: 'Clashes
    killed five soldiers, and the commanders will meet in Goma' reports the clashes first, and 'will meet every
    six months and will oversee a hotline' states a task besides (:func:`_second_act`)."""
    if lex.meeting_verbs.isdisjoint(lowers):
        return False  # no meeting verb (most sentences): checked in C
    for k, w in enumerate(lowers):
        if w in lex.meeting_verbs and not lex.meeting_expectations.isdisjoint(lowers[max(0, k - 3) : k]):
            opening = text[: toks[k].start]
            whole = k <= 12 and not any(mark in opening for mark in ",;:")
            return whole and _PURPOSES.isdisjoint(lowers[k + 1 :]) and not _second_act(lowers, k)
    return False


_ACT_MODALS = frozenset(["will", "would", "shall"])


def _second_act(lowers: list[str], k: int) -> bool:
    """'The Commission will meet every six months, alternately in Bouna and Bole, and will oversee a direct line
    between the military commanders': after the meeting verb at ``k``, "and" then a modal opens a second predicate,
    so the schedule is not the whole sentence. 'will meet in Bouna and Bole' (no modal after "and") is not one."""
    return any(lowers[j] == "and" and lowers[j + 1] in _ACT_MODALS for j in range(k + 1, len(lowers) - 1))


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


#: Subjects of an identity said of the thing in hand ("That is a decision for the government, not for us").
_IDENTITY_PRONOUNS = frozenset(["this", "that", "it"])
#: Nouns after "is (not) a" that report a state's place in a body, a fact: "Qatar is not a party to the mechanism".
_MEMBERSHIPS = frozenset(["member", "party", "signatory", "participant", "founder", "founding", "part"])
_QUOTE_MARKS = ('"', "“", "”")


def _identity(text: str, toks: Sequence[Token], lowers: list[str]) -> bool:
    """Round 36c. '"Fiji is not a transit lounge for somebody else's drug trade," he told a lunch', '"Kirkuk is a
    city for all its people, not a prize to be divided between two armies," said X', 'That is a decision for the
    government, not for the border guard': a short sentence (or its opening quotation) whose main clause says what a
    named thing or "this/that/it" is, denied ("is not a/an N") or set against what it is not ("is a/an N ..., not
    ..."), is a speaker's judgement, as a maxim about a notion is (:func:`_maxim`): no security matter reported. Not
    'Mongolia is not a member of any military alliance' (a state's place in a body, `_MEMBERSHIPS`), nor 'Qatar is
    not a mediator, and we do not allow troops on our soil' (a fact told in a clause of its own), nor 'The border is
    not a priority' (a definite thing: `_maxim`'s, which leaves it)."""
    words = lowers
    if text[:1] in _QUOTE_MARKS:
        close = min((k for k in (text.find(q, 1) for q in _QUOTE_MARKS) if k > 0), default=-1)
        if close > 0:
            words = lowers[: sum(1 for t in toks if t.start < close)]
    if len(words) > _MAXIM_LENGTH:
        return False
    j = words.index("is", 1) if "is" in words[1:4] else 0
    if not j or j + 3 >= len(words):
        return False
    subject = words[:j]
    named = subject[0] not in _NOT_BARE and all(t.is_capitalised for t in toks[:j])
    if not (named or (j == 1 and subject[0] in _IDENTITY_PRONOUNS)):
        return False
    negated = words[j + 1] == "not"
    k = j + 2 if negated else j + 1
    if words[k] not in ("a", "an") or words[k + 1] in _MEMBERSHIPS:
        return False
    predicate = words[k:]
    if _MAXIM_CLAUSES.intersection(predicate) or "and" in predicate or any(w[:1].isdigit() for w in predicate):
        return False  # "..., and we do not allow foreign troops": a fact told besides
    if negated:
        return True
    quoted = text[toks[k].start : toks[len(words) - 1].end]
    return ", not " in quoted  # "is a city for all its people, not a prize ...": what it is set against what it is not


_REFLEXIVES = frozenset(["itself", "themselves", "ourselves", "himself", "herself"])
_NEGATIONS = frozenset(["no", "not", "cannot", "never", "nobody", "nothing", "none"])


def _unaided(text: str, toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> bool:
    """'No navy can guard these waters alone', 'A treaty will not end the raids by itself', 'Policing is no longer
    the work of the police alone': a single negated clause (no comma, colon or semicolon before its end) closing on
    "alone" or "by itself" says what one actor or means cannot do unaided, a speech's rhetoric, no security matter
    reported, said in the speaker's own voice. Not 'Smugglers landed 40 tonnes in March alone' (no negation), nor
    'Raids rose, and we cannot patrol the coast alone' (a fact told in a clause of its own first), nor 'The minister
    said his forces could not hold the valley alone' (a position reported, with its reporting verb), nor a long
    sentence."""
    if len(lowers) > _MAXIM_LENGTH or any(mark in text[: toks[-1].start] for mark in ",;:"):
        return False
    if not lex.reporting_verbs.isdisjoint(lowers):
        return False
    return any(w in _NEGATIONS or w.endswith("n't") for w in lowers)


_COPULAS = frozenset(["is", "are"])
#: The words one of which a comparison holds ("than", "the same as", "different from", "as ... as").
_COMPARING = frozenset(["than", "same", "different", "as"])
_DEGREES = frozenset(["more", "less", "as"])
_COMPARISON_SUBJECT = 12  # words before the copula: "A single picture of the sea, shared by all, is cheaper ..."
_COMPARISON_LENGTH = 30  # words of the whole comparison: "It is less naive than hoping that two navies ..."


def _comparison(text: str, toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> bool:
    """'Patrolling is not the same as defending', 'The political motive is as strong as the military one', 'A
    shared radar picture, paid for by all, is cheaper than five navies each guessing', 'It is less risky than
    hoping that the two fleets never meet': a sentence (less a closing source frame) whose main clause weighs one
    thing against another with a present copula ("is/are [not] ADJ-er than", "more/less ADJ than", "as ADJ as",
    "the same as", "different from") says how two notions compare, a speaker's judgement, no security matter
    reported. Not 'Piracy rose by a third last year, and the strait is more dangerous than ever' (a fact told
    before, in a clause of its own), nor a sentence with a number (a measured comparison: 'The navy is larger
    than it was in 2010, with 40 ships')."""
    end = _closing_frame(text, list(toks), lex)
    if end < len(toks) and end > 0:
        end -= 1 if lowers[end - 1] == "said" else 0
    words = lowers[:end]
    if len(words) > _COMPARISON_LENGTH or any(w[:1].isdigit() for w in words):
        return False
    for j in range(1, min(len(words) - 2, _COMPARISON_SUBJECT + 1)):
        if words[j] not in _COPULAS:
            continue
        if any(mark in text[: toks[j].start] for mark in ";:") or " and " in text[: toks[j].start]:
            return False  # a clause before the copula's own: "Raids rose, and the strait is ..."
        k = j + 2 if words[j + 1] in ("not", "no") else j + 1
        rest = words[k : k + 4]
        if len(rest) >= 2 and rest[0].endswith("er") and rest[1] == "than":
            return True  # "is cheaper than"
        if len(rest) >= 3 and rest[0] in _DEGREES and rest[2] == ("as" if rest[0] == "as" else "than"):
            return True  # "is as strong as", "is less naive than"
        return rest[:3] == ["the", "same", "as"] or rest[:2] == ["different", "from"]  # "is not the same as"
    return False


#: Objects of a saying that a matter ignores frontiers ("do not ask for visas", "does not recognise borders").
_UNBOUND_OBJECTS = frozenset(["visas", "visa", "passports", "passport"])
_SAYING_SUBJECT = 6  # words of a saying's bare subject ("Terrorism, drug trafficking and cybercrime")


def _saying(text: str, toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> bool:
    """'"Insurgents do not ask for visas," he said', 'Crime does not recognise borders, and neither does our
    cooperation', 'Terrorism, drug trafficking and cybercrime do not stop at any border': a bare subject (no
    determiner, at most six words, opening the sentence) said with "do/does not" to ignore borders or visas (a
    bare plural of ``border_words``, one after "any", or a visa/passport) is a saying about the matter in
    general, no security matter reported. Not 'The rebels do not control the border' (a definite subject and
    border: a fact), nor 'Smugglers do not use the main crossings any more' (no border or visa)."""
    if "not" not in lowers or len(lowers) > _MAXIM_LENGTH + 5:
        return False  # checked in C
    for j in range(1, min(len(lowers) - 2, _SAYING_SUBJECT + 1)):
        if lowers[j] not in ("do", "does") or lowers[j + 1] != "not":
            continue
        if lowers[0] in _NOT_BARE or lowers[0][:1].isdigit() or lowers[0] in ("we", "i", "you", "they", "it"):
            return False
        end = next((k for k in range(j + 2, len(toks)) if text[toks[k - 1].end : toks[k].start].strip()), len(toks))
        for k in range(j + 3, end):
            w = lowers[k]
            plural_border = w in lex.border_words and w.endswith("s") and lowers[k - 1] not in _NOT_BARE
            if plural_border or (w in lex.border_words and lowers[k - 1] == "any") or w in _UNBOUND_OBJECTS:
                return True
        return False
    return False


#: Words that open a clause telling facts after a maxim's predicate ("..., where three tankers were boarded").
_MAXIM_CLAUSES = frozenset(["where", "which", "who", "that", "after", "since", "when", "as", "because"])


#: Words that give a meeting its purpose or topic ("to set a date", "for peace talks", "about the attacks").
_PURPOSES = frozenset(["to", "for", "about", "over"])


def _state_forces(toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> bool:
    """'Israeli forces pulled back from three positions', 'Colombia's forces': a state's forces, named by a
    capitalised demonym or country name right before the noun, or a named party's ('the forces of Khalifa
    Haftar'). Not 'market forces', 'labour forces'."""
    for i, w in enumerate(lowers):
        if w not in lex.state_forces:
            continue
        if _forces_of_named(toks, lowers, i):
            return True  # "the forces of Khalifa Haftar control the coastline"
        if i == 0 or not toks[i - 1].is_capitalised:
            continue
        before = lowers[i - 1].removesuffix("'s").removesuffix("’s")
        if country_at([before], 0) is not None:
            return True
    return False


def _forces_of_named(toks: Sequence[Token], lowers: list[str], i: int) -> bool:
    """'the forces of Khalifa Haftar control the coastline', 'the forces of the Kivu Alliance': "the forces of" and
    a capitalised name (an article may come first), the same party's forces told after the noun. Not a
    capitalised name of its own ('the Forces of Freedom and Change', a civilian coalition), 'the forces of
    globalisation', 'market forces of Asia' (no "the")."""
    if not (0 < i < len(lowers) - 2 and lowers[i - 1] == "the" and lowers[i + 1] == "of") or toks[i].is_capitalised:
        return False
    k = i + 3 if lowers[i + 2] == "the" else i + 2
    return k < len(toks) and toks[k].is_capitalised


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
    ``claimed_places``, or one modified by a bare word after "over" ('disputes over small islands'). Not 'a claim
    to the inheritance', 'a dispute over fees'. Also a claim of a kind that is a state's over sea or land
    (``claim_kinds``: 'does not recognise any maritime claims', 'their territorial claims') and the verb with a
    place as its object ('Vietnam also claims the reefs', 'which both states have claimed the islands since'):
    see :func:`_place_claimed`."""
    places = lex.claimed_places
    return any(
        w in lex.claim_words
        and (
            (i > 0 and lowers[i - 1] in lex.claim_kinds and w in _CLAIM_NOUNS)
            or (
                lowers[i + 1] in ("to", "over")
                and (
                    (
                        (lowers[i + 2] in _CLAIM_OPENERS or lowers[i + 2][:1].isdigit() or lowers[i + 2] in places)
                        and not places.isdisjoint(lowers[i + 2 : i + 6])
                    )
                    or _modified_place(lowers, i + 2, places)
                )
            )
            or _place_claimed(lowers, i, places)
        )
        for i, w in enumerate(lowers[:-2])
    )


#: Round 39a. Nouns of a sovereignty question whose object is a named place ("claim to Mayotte", "sovereignty over
#: the Glorieuses", "the Halaib dispute"), and the fates of a place told with its owner ("the islands' future").
_SOVEREIGNTY_NOUNS = frozenset(["claim", "claims", "sovereignty", "dispute", "disputes"])
_DISPUTE_NOUNS = frozenset(["dispute", "disputes"])
_PLACE_FATES = frozenset(["status", "future", "reintegration", "sovereignty", "return", "ownership"])
_OWNED_PLACES = frozenset(
    ["island", "islands", "islet", "islets", "archipelago", "territory", "territories", "enclave", "peninsula", "atoll"]
)
#: Words that may follow a place's name and end it ("the claim to Sabah in recent statements").
_NAME_ENDS = frozenset(["and", "in", "which", "that", "since", "with", "at", "of", "on", "by", "for", "from", "as"])
_NAME_REACH = 4  # capitalised words and "and" before "dispute": "the Jammu and Kashmir dispute"


def _named_sovereignty(text: str, toks: list[Token], lowers: list[str], lex: Lexicon) -> bool:
    """Round 39a. Who owns a place, named: 'restate its claim to Mayotte', 'recognise Malagasy sovereignty over
    the Glorieuses', 'the dispute over Western Sahara', 'The Halaib dispute, where Khartoum claims land ...', 'the
    Jammu and Kashmir dispute' (a claim, sovereignty or dispute whose object is a proper name, after "to" or "over"
    or before "dispute"), and 'open talks on the island's status', 'negotiations on the islands' reintegration',
    'talks on the islands' future' (the status or fate of an island or territory told with its owner's mark). A
    territorial question is a security matter as a place claimed is (``_territorial_claim``). Not 'a dispute over
    the EU budget' (the name qualifies a common noun), 'the WTO dispute' (an acronym), 'the region's future' (no
    island or territory), 'taking the dispute to the Court' (only a claim is "to" a place), nor a name opening
    the sentence."""

    def named(j: int) -> bool:  # a proper name (not an acronym, not the sentence's first word) at j
        return 0 < j < len(toks) and toks[j].is_capitalised and not toks[j].text.isupper()

    for i, w in enumerate(lowers):
        over = lowers[i + 1 : i + 2] == ["over"] or (w in _CLAIM_NOUNS and lowers[i + 1 : i + 2] == ["to"])
        if w in _SOVEREIGNTY_NOUNS and i + 2 < len(lowers) and over:
            j = i + 3 if lowers[i + 2] == "the" else i + 2
            while named(j + 1) and j + 1 < len(lowers):
                j += 1
            nxt = lowers[j + 1] if j + 1 < len(lowers) else ""
            if named(j) and (not nxt or not nxt.isalpha() or nxt in _NAME_ENDS):
                return True
        if w in _DISPUTE_NOUNS and named(i - 1):
            k = i - 1
            while k > max(0, i - 1 - _NAME_REACH) and (named(k - 1) or lowers[k - 1] == "and"):
                k -= 1
            if named(k) and lowers[k - 1] in ("the", "a"):
                return True  # "the Jammu and Kashmir dispute": the name opens on its article
        o = i - 2 if i > 1 and lowers[i - 1] in ("final", "legal") else i - 1  # "the territory's final status"
        if w in _PLACE_FATES and o >= 0 and not toks[o].is_capitalised:
            owner = lowers[o].removesuffix("'s").removesuffix("\u2019s")
            mark = text[toks[o].end : toks[o + 1].start]
            marked = owner != lowers[o] or mark.startswith("'") or mark.startswith("\u2019")
            if marked and owner in _OWNED_PLACES:
                return True  # "the islands' future"; not "Solomon Islands' sovereignty" (a state's name)
    return False


#: The forms of "claim" a kind of claim modifies ("maritime claims") and the verb's forms ("Taiwan claims the
#: islands").
_CLAIM_NOUNS = frozenset(["claim", "claims"])
_CLAIM_VERBS = frozenset(["claims", "claimed", "claim"])


def _place_claimed(lowers: list[str], i: int, places: frozenset[str]) -> bool:
    """'Taiwan also claims the islands', 'Manila has claimed the shoal since 1947': the verb at ``i`` (a name, a
    pronoun or an auxiliary before it, not a determiner: 'the claims of ...' is the noun) whose object opens with a
    determiner, an owner or a count and has a place of ``claimed_places`` within three words, the place not the
    subject of a clause of its own ('claims the area was mined' reports a statement). Not 'Samoa claimed two
    gold medals', 'the palace has claimed the returned bronzes' (no place)."""
    if lowers[i] not in _CLAIM_VERBS or i == 0 or lowers[i + 1] not in _CLAIM_OPENERS:
        return False
    if lowers[i - 1] in _CLAIM_OPENERS:
        return False  # "its claims the ...": the noun
    for k in range(i + 2, min(i + 5, len(lowers))):
        if lowers[k] in places:
            return k + 1 >= len(lowers) or lowers[k + 1] not in _FINITE_WORDS
    return False


def _modified_place(lowers: list[str], k: int, places: frozenset[str]) -> bool:
    """'disputes over small islands such as Migingo', 'sovereignty over uninhabited islets': after "over" (the
    caller checked), one bare modifier and a place of ``claimed_places``. Not a use of the land ('the dispute over
    grazing areas': a gerund names what the land is for), nor a verb after "to" ('claims to have visited the area':
    only "over" comes here)."""
    return lowers[k - 1] == "over" and k + 1 < len(lowers) and lowers[k + 1] in places and not lowers[k].endswith("ing")


#: What may open the object of a claim: a determiner, an owner or a count ("its claim to four temples"), not
#: a verb ("claims to have visited the area").
_CLAIM_OPENERS = ARTICLES | POSSESSIVES | DEMONSTRATIVES | frozenset(["two", "three", "four", "five", "both"])


def _contested_place(lowers: list[str], lex: Lexicon) -> bool:
    """'talks on the disputed islands', 'The island has been contested by both countries since 1974': a place
    of ``claimed_places`` within three words of a word of ``contested_words``. Not 'a disputed election'."""
    return any(
        w in lex.contested_words and not lex.claimed_places.isdisjoint(lowers[max(0, i - 3) : i + 4])
        for i, w in enumerate(lowers)
    )


#: Words after a claim that make it a statement, not a title to something ("their claims about the budget").
_CLAIM_STATEMENTS = frozenset(["that", "about", "of"])
_OVERLAP_REACH = 6  # words between the claim and the overlap: "claims beyond 200 nautical miles overlap"


def _overlapping_claims(text: str, toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> bool:
    """'the two countries' claims beyond 200 nautical miles overlap', 'the overlapping zone between the two
    countries' claims', 'Their claims to the shelf overlap near the basin': a claim owned by a state (a possessive
    or one of ``claim_owners`` right before it) within six words of an overlap (``overlap_words``) is a dispute
    over sea or land, whatever the place is called. Not 'The firm claims the schedules overlap' (a verb, no owner),
    nor 'their claims about the budget overlap with ours' (what someone says)."""
    for i, w in enumerate(lowers):
        if w not in lex.claim_words or i == 0 or (i + 1 < len(lowers) and lowers[i + 1] in _CLAIM_STATEMENTS):
            continue
        before = lowers[i - 1]
        owned = before.endswith(("'s", "’s")) or text[toks[i - 1].end : toks[i].start].strip() in ("'", "’")
        if not (before in lex.claim_owners or owned):
            continue
        near = lowers[max(0, i - _OVERLAP_REACH) : i + _OVERLAP_REACH + 1]
        if not lex.overlap_words.isdisjoint(near):
            return True
    return False


#: What may stand right before the participle used as an adjective ("of sanctioned goods", "the sanctioned
#: banks", "two sanctioned vessels"); an auxiliary or a subject before it makes it a verb ("was sanctioned").
_ATTRIBUTIVE_BEFORE = ARTICLES | POSSESSIVES | DEMONSTRATIVES | frozenset(["of", "on", "to", "with", "from", "for"])
_ATTRIBUTIVE_BEFORE = _ATTRIBUTIVE_BEFORE | frozenset(["in", "by", "and", "other", "newly", "two", "three", "several"])


def _under_sanctions(lowers: list[str], lex: Lexicon) -> bool:
    """'the re-export of sanctioned goods to Russia', 'payments to sanctioned Russian banks': the participle
    of ``sanction_adjectives`` before a noun, after a determiner, a preposition or a number, names what is
    under sanctions (coercion, GUIDELINES). Not the verb of approval ('The council sanctioned the plan',
    'a strike sanctioned by the union'), nor a participle with nothing after it."""
    for i, w in enumerate(lowers):
        if w not in lex.sanction_adjectives or i == 0 or i + 1 >= len(lowers):
            continue
        nxt = lowers[i + 1]
        # "sanctioned dual-use goods": a compound modifier before the noun is a word too
        noun_next = nxt.replace("-", "").isalpha() and nxt not in lex.prepositions and nxt not in _NOT_BARE
        if lowers[i - 1] in _ATTRIBUTIVE_BEFORE and noun_next:
            return True
    return False


_FREEZE_REACH = 3  # words from a freeze word to the holdings: "has frozen Bordurian state assets"


def _assets_frozen(lowers: list[str], lex: Lexicon) -> bool:
    """'Ruritania has frozen Bordurian state assets worth two billion crowns', 'whether frozen assets of the central
    bank could fund ...', 'a credit secured on the frozen funds': a freeze word of ``freeze_verbs`` with
    a noun of ``frozen_holdings`` at most three words after it is an asset freeze, a sanction (coercion,
    GUIDELINES). Not 'frozen beef', 'talks have been frozen', 'froze its participation in the bloc', nor a donor's
    payments paused ('froze aid funds for the ministry', ``frozen_not_holdings``)."""
    holdings = lex.frozen_holdings
    if holdings.isdisjoint(lowers):
        return False  # checked in C: most sentences with a freeze word name no holdings
    for i, w in enumerate(lowers):
        reach = lowers[i + 1 : i + 1 + _FREEZE_REACH]
        if w in lex.freeze_verbs and not holdings.isdisjoint(reach) and lex.frozen_not_holdings.isdisjoint(reach):
            return True  # not "froze aid funds for the ministry": a donor's payments paused, no coercion named
    return False


def _enforcement_arrest(lowers: list[str], lex: Lexicon) -> bool:
    """'Customs officers said three people were arrested', 'customs officers broke up a ring, detaining
    nine people': an arrest or detention by a body of ``enforcement_bodies`` is crime fought, though the
    sentence names no crime. 'after years of arrests and protests' names no such body."""
    return not lex.enforcement_bodies.isdisjoint(lowers)


_OBJECT_OPENERS = ARTICLES | (POSSESSIVES - {"my"}) | {"own"}


def _territory_defended(lowers: list[str], lex: Lexicon) -> bool:
    """'its right to defend its islands', 'troops defending the northern border', 'the force that guards the
    1,643-km India-Myanmar border': a defence verb whose object is a state's territory (`defended_places`), after
    at most determiners, owners' words, a compass adjective, numbers and hyphenated modifiers. Not 'defend the
    country's interests' (the territory only owns the object), 'defended the budget', 'defend the rights of
    workers', 'guard against inflation'."""
    for i, w in enumerate(lowers):
        if w not in lex.defence_verbs:
            continue
        for j in range(i + 1, min(len(lowers), i + 6)):
            if lowers[j] in lex.defended_places:
                return True
            # "the 1,643-km India-Myanmar border": a length or a pair of states is a modifier too
            opener = lowers[j] in _OBJECT_OPENERS or lowers[j].endswith("ern") or "-" in lowers[j]
            opener = opener or lowers[j][:1].isdigit()  # "1,643-km" is two tokens
            if not opener or lowers[j].endswith(("'s", "’s")):
                break
    return False


_EXERCISE_COMPLEMENTS = frozenset(["of"])


def _named_exercise(toks: Sequence[Token], lowers: list[str], lex: Lexicon) -> bool:
    """'their annual Freedom Shield exercise', 'Exercise Talisman Sabre', 'a combined exercise off the coast': an
    exercise named (the name before the noun, or the capitalised noun before the name) or
    of a military kind (`exercise_kinds`) just before the noun. Not the verbal noun with its complement
    ('the joint exercise of sovereignty', 'an exercise in patience'), nor a civil kind ('a search-and-rescue
    exercise', 'a census exercise'), nor a capital that only opens the sentence."""
    for i, w in enumerate(lowers):
        if w not in lex.exercise_nouns or i == 0 or _EXERCISE_COMPLEMENTS.intersection(lowers[i + 1 : i + 2]):
            continue
        named = i > 1 and toks[i - 1].is_capitalised  # a name, not the capital that opens the sentence
        # "took part in Exercise Alon": the capitalised noun heads the name that follows it
        named = named or (toks[i].is_capitalised and i + 1 < len(toks) and toks[i + 1].is_capitalised)
        if (named or lowers[i - 1] in lex.exercise_kinds) and not _civil_exercise(lowers, i, lex):
            return True
    return False


#: Words that open an exercise's topic ("an exercise on oil-spill response", "a drill for flood relief").
_EXERCISE_TOPIC_OPENERS = frozenset(["on", "for", "in"])
_TOPIC_REACH = 3  # words after the opener that may name the topic ("on the response to oil spills")


def _civil_exercise(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'an annual exercise on oil-spill response', 'a joint exercise for flood relief', 'the annual
    search-and-rescue exercise': the exercise at ``i`` trains for one of ``civil_drills`` (named right before it or
    at most three words after "on"/"for"/"in" right after it), a civil service's drill, not a military one. 'a
    joint exercise on the northern plains' (a place) and 'a joint exercise in counter-terrorism' (no civil topic;
    its security word counts anyway) are not caught."""
    if lowers[i - 1] in lex.civil_drills:
        return True
    if i + 1 >= len(lowers) or lowers[i + 1] not in _EXERCISE_TOPIC_OPENERS:
        return False
    return not lex.civil_drills.isdisjoint(lowers[i + 2 : i + 2 + _TOPIC_REACH])


def _monitors_sent(lowers: list[str], lex: Lexicon) -> bool:
    """'should send a small team of observers to the island', 'to station observers on the Sarstoon', 'let
    observers visit our border districts': monitors sent to a place, or going to a border, watch a disputed line or
    a ceasefire, unless the sentence gives them a
    civil mission ("observers for the elections", "before refugees return")."""
    if lex.monitor_nouns.isdisjoint(lowers) or not lex.civil_missions.isdisjoint(lowers):
        return False
    sent = lex.monitor_verbs
    return any(
        w in lex.monitor_nouns and (sent.intersection(lowers[max(0, j - 6) : j]) or _at_border(lowers, j, lex))
        for j, w in enumerate(lowers)
    )


#: Words from a deployment to what it sends, either side ("the deployment of an ECCAS electoral observation
#: mission", "120 observers had been deployed").
_DEPLOYED_REACH = 6


def _civil_deployment(lowers: list[str], i: int, n: int, civil_watch: bool, lex: Lexicon) -> bool:
    """'The Commission approved the deployment of 95 observers', 'SADC deployed 64 observers to all ten
    provinces', '120 observers had been deployed', 'approved the deployment of an electoral observation mission',
    'Observer missions of the AU will issue statements': a deployment (the term at ``i``, ``n`` words, one of
    ``deployment_words``) whose monitors or observation mission (``watch_nouns`` within six words either side) are
    a civil mission's, because the sentence names one (``civil_missions``: an election) or the article did before
    (``civil_watch``), sends no force; nor is an observer mission or team (a term opening on a monitor noun) of
    such a sentence or article one. Not 'deployed observers to the border' in an article about a ceasefire (no civil
    mission named), nor 'the deployment of troops and observers' ("troops" is a term of its own)."""
    if not civil_watch and lex.civil_missions.isdisjoint(lowers):
        return False
    if lowers[i] in lex.monitor_nouns:
        return True  # "Observer missions of the African Union": the civil mission's kind
    near = lowers[max(0, i - _DEPLOYED_REACH) : i + n + _DEPLOYED_REACH]
    return not (lex.watch_nouns.isdisjoint(near) and lex.watch_bodies.isdisjoint(near))


def civil_watch_named(lowers: list[str], lex: Lexicon) -> bool:
    """'The ECOWAS Election Observation Mission to The Gambia said ... the presidential election', 'observers of
    the referendum': the sentence names monitors (``watch_nouns``) and a civil mission for them
    (``civil_missions``), so that the article's later monitors and their mission, sent without a word of what they
    watch ("approved the deployment of 95 observers"), are that mission's (:func:`_civil_deployment`). 'The
    mission's mandate was renewed by a vote' names no monitors."""
    return not lex.watch_nouns.isdisjoint(lowers) and not lex.civil_missions.isdisjoint(lowers)


_MONITORS_REACH = 8  # words after the monitors within which the verb of their going comes


def _at_border(lowers: list[str], j: int, lex: Lexicon) -> bool:
    """'let observers from the East African Community visit our border districts and report', 'monitors will
    tour the frontier villages': monitors (at ``j``, a plural) who go (a verb of ``monitor_visits`` within eight
    words after them) to the border (a border word within four words after that verb) watch the line. Not
    observers who comment ('Observers expect trade across the border to double'), a status ('attends as
    observers'), nor a civil mission (the caller checked)."""
    if not lowers[j].endswith("s") or (j > 0 and lowers[j - 1] == "as"):
        return False
    for k in range(j + 1, min(len(lowers), j + 1 + _MONITORS_REACH)):
        if lowers[k] in lex.monitor_visits:
            return not lex.border_words.isdisjoint(lowers[k + 1 : k + 5])
    return False


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
#: Nouns that place something by the border: a distance from it or a side of it.
_PLACED = _DISTANCES | frozenset(["side", "sides"])
_DIRECTIONS = frozenset(["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "near"])


def _along(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """One of ``border_heads`` (markers, patrols, posts ...) placed "along" the border word at ``i``, with at
    most three words between, none a gerund ("markers along the 2,337-kilometre border", "posts along
    their common frontier"): the line itself, fixed or watched. Not 'villages along the border' (no border head)."""
    for a in range(max(1, i - 4), i):
        if lowers[a] == "along" and all(not lowers[k].endswith("ing") for k in range(a + 1, i)):
            return lex.border_heads.match_at(lowers, a - 1) is not None
    return False


def _territorial_border(text: str, toks: Sequence[Token], lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'a stretch of their border', 'border guards': the border as territory or a security body (see lexicon).
    A comma right after the border word ends its phrase ('The border, drawn along the meridian, runs ...'), and
    a pair of states before it is read through ('the Colombian-Peruvian border' is 'the border' of those two
    states; one state's adjective is not: 'between Riga and the Lithuanian border' names a route's end)."""
    closed = i + 1 < len(toks) and text[toks[i].end : toks[i + 1].start].strip() in (",", ";", ":")
    if i > 1 and toks[i - 1].is_capitalised and "-" in lowers[i - 1] and _states_adjective(lowers[i - 1]):
        lowers = lowers[: i - 1] + lowers[i:]
        i -= 1
    if i + 1 < len(lowers) and lex.border_heads.match_at(lowers, i + 1) is not None:
        return True
    if _border_predicate(lowers, i, lex):
        return True  # "checks on its internal border", "the border follows the shoreline", "change of borders"
    if i > 1 and lowers[i - 2] in _MOVEMENT:
        return False  # "goods move across the border", "queues at the border": movement, not the territory
    if i > 2 and lowers[i - 1] == "international" and lowers[i - 3] in _MOVEMENT:
        return False  # "migrants crossed the international border": movement too
    if i > 2 and _placed_on(lowers, i - 1 if lowers[i - 1] in lex.border_sides else i, lex):
        return False  # "the free economic zone on the border with Iran": a civil place the border only locates
    if i > 2 and lowers[i - 2] in ("of", "from") and lowers[i - 3] in _PLACED:
        return False  # "within 50 kilometres of the border", "on the Peruvian side of the border": a place reference
    if i > 0 and lowers[i - 1] in lex.border_kinds and not lowers[i].endswith("s"):
        return True  # "where the maritime boundary lies", "a disputed frontier"
    if any(lowers[k] in lex.border_acts for k in range(max(0, i - 3), i)):
        return True  # "to survey the boundary", "demarcated the border"
    if _along(lowers, i, lex):
        return True  # "upgrading the markers along the 2,337-kilometre border", "patrols along the frontier"
    if not lex.route_words.isdisjoint(lowers) and _route_end(lowers, i, lex):
        return False  # "extended the rail line to the border", "drive to the station instead of the border": a place
    if i > 1 and lowers[i - 2] in _NEAR and lowers[i - 1] in ARTICLES:
        return False  # "an industrial zone near the border", "disease control along the border": a place, not the line
    if i > 2 and lowers[i - 3] in _NEAR and lowers[i - 2] in ARTICLES and lowers[i - 1] in lex.border_sides:
        return False  # "a plant near the southern border": the same place
    if lowers[i].endswith("s") and lowers[i - 1] in lex.border_sides:
        return False  # "closed its land borders for 16 months": every crossing shut, a policy, not one line
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    ends_phrase = not nxt or nxt in lex.prepositions or nxt in lex.stopwords or nxt in _DIRECTIONS or not nxt.isalpha()
    determined = i > 0 and (lowers[i - 1] in lex.border_determiners or lowers[i - 1] in lex.border_sides)
    return determined and (ends_phrase or closed)


#: What may stand between a noun of control or change and the border word ("at the Italian border", "on its
#: internal border", "of internationally recognised borders").
_PREDICATE_REACH = 4
#: Words between a border word and the verb of its course ("the boundary should follow", "the line still runs").
_COURSE_MODALS = frozenset(["should", "would", "must", "will", "now", "still", "actually"])


def _border_predicate(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'France has kept checks on its internal border with Italy', 'raised the issue of the controls at the
    Slovenian border', 'the border follows the Tanzanian shoreline', 'the maritime boundary should follow the
    meridian', 'opposes any change of internationally recognised borders': the border word at ``i`` is an argument
    of a predicate of control (``border_controls`` then "at"/"on"), of the line's course (``border_courses``
    right after it, or after one modal) or of change (``border_changes`` then "of"/"to"): the line itself is the
    matter (GUIDELINES: border delimitation, border security). Not 'one-stop controls at the border' (customs:
    ``civil_controls``), 'queues at the border', 'the border town follows ...' (a noun after the border word),
    nor 'a change of trains at the border' (the border after another preposition)."""
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    if nxt in _COURSE_MODALS and i + 2 < len(lowers):
        nxt = lowers[i + 2]
    if nxt in lex.border_courses:
        k = i - 1
        while k >= 0 and (lowers[k] in lex.border_kinds or lowers[k] in lex.border_sides or "-" in lowers[k]):
            k -= 1  # "the maritime boundary", "the Colombian-Peruvian border"
        # the line is the subject: its determiner opens the sentence or a clause, not a preposition's object
        return k >= 0 and lowers[k] in lex.border_determiners and (k == 0 or lowers[k - 1] not in lex.prepositions)
    for k in range(i - 1, max(0, i - _PREDICATE_REACH - 1), -1):
        w = lowers[k]
        if w in ("at", "on") and lowers[k - 1] in lex.border_controls:
            return k < 2 or lowers[k - 2] not in lex.civil_controls
        if w in ("of", "to") and lowers[k - 1] in lex.border_changes:
            return True
        if w in lex.prepositions or not (w.isalpha() or "-" in w):
            return False  # "a change of trains at the border": the border belongs to another preposition
    return False


#: Prepositions whose object is where a route ends or starts ("the line to the border", "lorries from the border").
_ROUTE_PREPOSITIONS = frozenset(["to", "towards", "toward", "from"])
_ROUTE_REACH = 6  # words before "instead of" within which the route's own "to" comes ("drive to the station instead")


def _route_end(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'proposed extending the freight services to the border so that exporters could use the line', 'I will drive
    to the station instead of the border', 'the road from the border to the capital': in a sentence about a route or
    its traffic (``route_words``; the caller checked), the border word at ``i`` (after
    an article or owner, a side or kind word, or a pair of states) is the object of a preposition of a route's end
    (``_ROUTE_PREPOSITIONS``), or of "instead of"/"rather than" after such a "to": a place the route reaches, not
    the line as territory (GUIDELINES: a border named only as a place on a route is no border security). Other
    security words still count ('troops were moved along the road to the border'), 'close to the border' is a place
    too, and with no route named the border stays the line ('pushing migrants towards the frontier'). Not 'a threat to
    the border' (a noun of harm before "to": ``_ROUTE_HARMS``), nor 'troops withdrew 20 km from the border' (distances
    are read before this)."""
    k = i - 1
    while k > 0 and (
        lowers[k] in ARTICLES or lowers[k] in POSSESSIVES or lowers[k] in lex.border_sides or "-" in lowers[k]
    ):
        k -= 1
    if k == i - 1 and lowers[k] not in _ROUTE_PREPOSITIONS:
        return False  # no determiner: "border" is a modifier ("to border areas"), read by the rules after
    if lowers[k] in _ROUTE_PREPOSITIONS:
        return k < i - 1 and (k == 0 or lowers[k - 1] not in _ROUTE_HARMS)
    instead = k > 1 and lowers[k] == "of" and lowers[k - 1] == "instead"
    instead = instead or (k > 1 and lowers[k] == "than" and lowers[k - 1] == "rather")
    return instead and "to" in lowers[max(0, k - _ROUTE_REACH) : k - 1]


#: Nouns of harm or right whose "to" is no route ("a threat to the border", "access to the border zone").
_ROUTE_HARMS = frozenset(["threat", "threats", "danger", "risk", "risks", "damage", "challenge", "challenges"])


#: Words that place something by the border ("near the border', "a mine straddling the border") when no border head
#: (patrols, markers ...) stands before "along": the border locates another matter.
_NEAR = frozenset(["near", "along", "straddling", "astride", "beside", "alongside"])
#: Words before "the border" that make it where something moves or waits ("across the border", "queues at the
#: border", "the first train crossed the border", "canals that cross the border"), not the territory itself.
_MOVEMENT = frozenset(["across", "over", "through", "at", "cross", "crosses", "crossed", "crossing"])


def _placed_on(lowers: list[str], k: int, lex: Lexicon) -> bool:
    """'the free economic zone on the border with Iran', 'a cement plant on the northern border' (``k`` the border
    word or the side word before it): a civil place (``border_places``) then "on" and an article: the border
    locates the place (round 25: two o sentences; k and x annotators read such places the same way). Not
    'clashes on the border', 'troops on the border'."""
    return k > 2 and lowers[k - 1] in ARTICLES and lowers[k - 2] == "on" and lowers[k - 3] in lex.border_places


def _states_adjective(word: str) -> bool:
    """'colombian-peruvian', 'india-bangladesh': every part of the word a state's name or demonym."""
    return all(part and country_at([part], 0) is not None for part in word.split("-"))


#: Words for "under the sea" before a cable ("subsea cable", "the submarine electricity cable").
_UNDERSEA = frozenset(["subsea", "undersea", "submarine"])
_DRILLS = frozenset(["drill", "drills"])  # the drill terms whose civil topic is read as an exercise's
_CABLES = frozenset(["cable", "cables", "pipeline", "pipelines", "interconnector", "interconnectors"])


def _energy_link(lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'the Black Sea submarine electricity cable', 'the first subsea cable that will carry solar power': an
    undersea cable or pipeline (the cable noun at most two words after the term at ``i``) in a sentence that says
    it carries power (``energy_carried``) and names no harm or protection (``infrastructure_harms``) is an energy
    project, not infrastructure under threat. 'undersea cables were damaged by anchors', 'protect the subsea power
    cables from sabotage' and 'a submarine entered the strait' (no cable) are not caught."""
    if _CABLES.isdisjoint(lowers[i + 1 : i + 3]):
        return False
    return not lex.energy_carried.isdisjoint(lowers) and lex.infrastructure_harms.isdisjoint(lowers)


def _traffic_police(lowers: list[str], lex: Lexicon) -> bool:
    """'police officers wave cars into a single lane', 'fines for traffic violations shared through the police
    network': the sentence names road traffic (``road_traffic``) and no arrest (``arrest_words``), so the police
    in it manage traffic. 'Police arrested three drivers' and 'police seized cars loaded with cocaine' (the drug is
    its own security word) are not cleared."""
    return not lex.road_traffic.isdisjoint(lowers) and lex.arrest_words.isdisjoint(lowers)


def _armour(lowers: list[str], lex: Lexicon) -> bool:
    """'so that tanks no longer have to detour via the old bridge', 'the future battle tank': a tank is armour,
    a military matter. Not 'a researcher at a think tank', 'fuel tanks' (``armour_not_after``), nor 'a tank of
    water'."""
    for i, w in enumerate(lowers):
        if w not in lex.armour_words or lowers[i + 1 : i + 2] == ["of"]:
            continue
        if i == 0 or lowers[i - 1] not in lex.armour_not_after:
            return True
    return False


def _security_compound(low: str, lex: Lexicon) -> bool:
    """'counter-drone', 'brigade-level': a part of the word is a security word; 'anti-drug agencies',
    'counter-narcotics police': an "anti-"/"counter-" word fighting one of ``countered_matters``. Not
    'anti-inflation', 'counter-offer'."""
    parts = low.split("-")
    if any(part in lex.security_words for part in parts):
        return True
    return parts[0] in _AGAINST and parts[-1] in lex.countered_matters


_AGAINST = frozenset(["anti", "counter"])
#: Forms of the verbs of meeting ("met", "convened") that make a plural of defence officials a meeting's subject.
_MEETING_FORMS = frozenset(["met", "meet", "meets", "convened", "convene", "gathered", "reconvened"])
_FIELD_OFFICIALS = frozenset(["ministers", "chiefs", "commanders", "commissioners"])
_OFFICIAL_FIELDS = frozenset(["defence", "defense"])


def _officials_met(toks: Sequence[Token], lowers: list[str], found: Matches) -> bool:
    """'Defence ministers of the Shanghai Cooperation Organisation met in Bishkek', 'The ASEAN defence chiefs
    convened in Vientiane', 'Defense chiefs of the two countries will discuss the plan when they meet': a plural
    of defence officials as the sentence's subject (at its start, only an article or capitalised names before)
    with a verb of meeting: the meeting of the forces' chiefs is a military matter (GUIDELINES: "military
    matters"), though their title alone only names who acts. Not 'Niger's defence minister told reporters after
    the meeting' (one official, no verb of meeting), nor 'the request will be examined by the defence ministers'."""
    for i, phrase in found.get("security_terms", ()):
        if len(phrase) != 1 or phrase[0] not in _OFFICIAL_FIELDS or _FIELD_OFFICIALS.isdisjoint(lowers[i + 1 : i + 2]):
            continue
        if all(lowers[k] in ARTICLES or toks[k].is_capitalised for k in range(i)):
            return True
    return False


#: Fields whose plural officials' meeting or channel is a matter of the forces (``_officials_tied``); round 37b: the
#: security and police fields too ("a meeting of the security ministers of the region", "the two countries' police
#: chiefs meet every three months": gold64, gold66).
_TIED_FIELDS = frozenset(["defence", "defense", "military", "border", "security", "police"])
#: Nouns of a meeting whose "of" names who meets ("a first meeting of defence ministers").
_MEETING_NOUNS = frozenset(["meeting", "meetings", "conference", "dialogue"])
#: The words one of whose presence lets ``_officials_tied`` look (a C-level set test first).
_OFFICIALS_TIES = _MEETING_FORMS | _MEETING_NOUNS | frozenset(["between"])
#: Every word whose presence lets is_security look for a denial, a wreath or tied officials (one set test).
_ROUND23_CUES = frozenset(["not"]) | _DENIED_HEADS | _WREATHS | _FIELD_OFFICIALS
#: What may stand between "between"/"of" and the officials ("between the two countries' defence ministers": the
#: tokens drop the possessive's apostrophe).
_TIE_FILLERS = ARTICLES | POSSESSIVES | frozenset(["two", "three", "both", "countries", "states", "sides", "nations"])


#: Words of a meeting frame that let ``_chiefs_met`` look: who led the delegations, a meeting's or talks' members.
_CHIEFS_MEETING = frozenset(["delegation", "delegations", "meeting", "talks"])
#: Words between an office and its field ("Minister of National Defence", "Secretary of State for Defence").
_OFFICE_FILLERS = frozenset(["of", "for", "national", "state"])


def _chiefs_met(lowers: list[str]) -> bool:
    """'The Kenyan delegation was led by the Cabinet Secretary for Defence, and the Tanzanian delegation by the
    Minister of Defence', 'A trilateral meeting of the Minister of Defence of Georgia, the Minister of Defence of
    Azerbaijan and ...': two or more offices of defence ("Minister/Secretary of/for (National) Defence") and no
    office of another field, in a meeting frame (a delegation led or headed by them, or a meeting or talks "of"
    them): as when "defence ministers met" (:func:`_officials_met`), the forces' chiefs meeting is a military
    matter, though each title alone only names who acts. Not a delegation of a foreign and a defence minister (a
    2+2 meeting of two fields), a text signed "in the presence of" two defence ministers (no meeting frame), nor a
    meeting of interior ministers."""
    fields = []
    for k in range(len(lowers) - 2):
        if lowers[k] not in _OFFICES or lowers[k + 1] not in ("of", "for"):
            continue
        j = k + 1
        while j < len(lowers) - 1 and lowers[j] in _OFFICE_FILLERS:
            j += 1
        fields.append(lowers[j])
    if len(fields) < 2 or not _OFFICIAL_FIELDS.issuperset(fields):
        return False
    led = ("delegation" in lowers or "delegations" in lowers) and ("led" in lowers or "headed" in lowers)
    first = next(k for k, w in enumerate(lowers) if w in _OFFICES)
    met = any(lowers[k] in _CHIEFS_MEETING and lowers[k + 1] == "of" for k in range(first - 1))
    return led or met


def _officials_tied(lowers: list[str]) -> bool:
    """'China has proposed holding a first meeting of defence ministers', 'brokered a first understanding between
    the two countries' defence ministers', 'a direct line between the military commanders of the border regions',
    'We propose that border commissioners from both sides meet regularly': plural officials of the forces or the
    border (one of ``_TIED_FIELDS`` then one of ``_FIELD_OFFICIALS``) as who meets (after "meeting of", or the
    subject of a "that" clause whose verb of meeting follows within five words) or between whom a channel runs
    (after "between"): their meeting or channel is a military or border matter (GUIDELINES: "military matters",
    "border security"), though their title alone only names who acts. Not 'the request will be examined by the
    defence ministers', 'Niger's defence minister said after the meeting' (one official), nor 'The meeting of
    trade ministers'."""
    for i in range(1, len(lowers) - 1):
        if lowers[i] not in _TIED_FIELDS or lowers[i + 1] not in _FIELD_OFFICIALS:
            continue
        k = i - 1
        while k > 0 and i - k <= 4 and lowers[k] in _TIE_FILLERS:
            k -= 1
        if lowers[k] == "between" or (lowers[k] == "of" and k > 0 and lowers[k - 1] in _MEETING_NOUNS):
            return True
        if lowers[k] == "that" and not _MEETING_FORMS.isdisjoint(lowers[i + 2 : i + 7]):
            return True
    return False


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
    if toks is not None and toks[k - 1].is_capitalised:
        # "Uzbekistan's National Security Service (SNB) chief visited ...": the rest of a capitalised name and its
        # acronym belong to the name whose head follows them
        end = min(len(lowers) - 1, k + _NAME_REST)
        while k < end and _not_head(lowers[k], lex) and (toks[k].is_capitalised or _bracketed(text, toks[k])):
            k += 1
    nxt = lowers[k]
    if nxt in _ADJACENT_HEADS and toks is not None and text[toks[k - 1].end : toks[k].start].strip():
        return False  # punctuation between: the term's phrase ended before this word
    if nxt in lex.portfolio_words and lowers[k + 1 : k + 2] and lowers[k + 1] in lex.dialogue_heads:
        return False  # "the Defence Policy Dialogue": a title's word, then talks that the term is about (round 26)
    return nxt in _ACTOR_HEADS or (nxt in lex.title_words and nxt not in _NOT_TITLE_HEADS)


_NAME_REST = 3  # words of a name after its security term ("Service (SNB)", "Force Command")


def _not_head(word: str, lex: Lexicon) -> bool:
    """The word is no head that makes the name before it an actor ("chief", "Minister")."""
    return word not in _ACTOR_HEADS and (word not in lex.title_words or word in _NOT_TITLE_HEADS)


def _bracketed(text: str, tok: Token) -> bool:
    """The token stands alone in parentheses: "(SNB)"."""
    return tok.start > 0 and tok.end < len(text) and text[tok.start - 1] == "(" and text[tok.end] == ")"


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


#: Offices whose holder is named by "of"/"for" and the office's capitalised name ("Minister for Defence",
#: "deputy director general of Estonia's Police and Border Guard Board").
_NAMED_OFFICES = _OFFICES | frozenset(["director", "general"])


def _office_name(text: str, toks: Sequence[Token], lowers: list[str]) -> list[int]:
    """The tokens of each office's capitalised name after "of"/"for" and at most a state's possessive ('Minister
    for Defence Chan Chun Sing', 'director general of Estonia's Police and Border Guard Board'; "and" may join its
    words, a comma ends it): a title, who acts, not what the sentence is about. Not 'the Director of the FSB' (an
    article before the name: the body itself), nor a lower-case field ('the minister for border security')."""
    named: list[int] = []
    for k in range(1, len(lowers) - 1):
        if lowers[k] not in ("of", "for") or lowers[k - 1] not in _NAMED_OFFICES:
            continue
        start = k + 1
        if lowers[start].endswith(("'s", "’s")) and country_at([lowers[start]], 0) is not None:
            start += 1
        end = start
        while end < len(toks) and (toks[end].is_capitalised or (lowers[end] == "and" and end > start)):
            end += 1
            if end < len(toks) and "," in text[toks[end - 1].end : toks[end].start]:
                break  # "Minister for Defence Chan Chun Sing, Minister for Trade ...": the next title
        named.extend(range(start, end))
    return named


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


#: Determiners that point a barrier back to one already known ("the fence", "its wall", "this barrier").
_BARRIER_DETERMINERS = frozenset(["the", "this", "that", "its", "their", "our", "these", "those"])
_BARRIER_MODIFIERS = 3  # words between the determiner and the barrier ("the last 35-km steel fence")


def barrier_anaphor(toks: Sequence[Token], lowers: list[str], recent: Sequence[frozenset[str]], lex: Lexicon) -> bool:
    """'asked the Commission to pay for the last 35 kilometres of the steel fence along the river', 'argued that
    fencing in the hill state should be paused': a physical barrier (``border_barriers``) named definitely (a
    determiner or an owner at most three words before it) or as "fencing" (the work itself), ending its noun phrase,
    within a few sentences of a security sentence that named a border (its words in ``recent``), is that border's
    barrier: border security (GUIDELINES) without the border word repeated. Not 'the non-tariff barriers at the
    crossing' (``barrier_not_after``), 'the wall paintings' (a noun after it), 'a wall between our states' (no
    determiner pointing back), nor a barrier with no border sentence before it."""
    if lex.border_barriers.isdisjoint(lowers) or not any(not lex.border_words.isdisjoint(w) for w in recent):
        return False  # no barrier, or no recent security sentence about a border: most sentences (checked in C)
    for i, w in enumerate(lowers):
        if w not in lex.border_barriers or (i > 0 and lowers[i - 1] in lex.barrier_not_after):
            continue
        nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
        if nxt.isalpha() and nxt not in lex.prepositions and nxt not in lex.stopwords and nxt not in _TIME_AFTER:
            continue  # "the wall paintings", "fencing work": the barrier word modifies another noun
        if w == "fencing" and not toks[i].is_capitalised:
            return True
        for k in range(i - 1, max(-1, i - 2 - _BARRIER_MODIFIERS), -1):
            if lowers[k] in _BARRIER_DETERMINERS or lowers[k].endswith(("'s", "’s")):
                return True
            if lowers[k] in lex.prepositions or not (lowers[k].replace("-", "").isalnum()):
                break
    return False


def marker_anaphor(lowers: list[str], lex: Lexicon) -> bool:
    """'joint field teams will begin placing markers on the last unmarked stretch', 'The first markers could be in
    the ground before the rains', 'share satellite imagery of the unmarked sections': the marks of a border line
    (``border_marks``: markers, pillars, "unmarked") named anywhere after a security sentence of the article that
    named a border being fixed (the caller keeps it: :func:`fixes_border`) are that border's demarcation at work
    (GUIDELINES: border delimitation/demarcation), though the sentence does not say "border" (round 33c). Not 'a
    pillar of stability' (the singular is left out), nor markers in an article that fixes no border."""
    return not lex.border_marks.isdisjoint(lowers)


def fixes_border(lowers: list[str], lex: Lexicon) -> bool:
    """A (security) sentence naming a border being fixed: a border word and one of ``border_line_topics``
    ("the demarcation of the border", "the boundary commission"), ``border_marks`` or ``border_marking`` ("agreed to
    begin marking ... their border"), after which marks of a line are its marks."""
    if lex.border_words.isdisjoint(lowers):
        return False
    return not (
        lex.border_line_topics.isdisjoint(lowers)
        and lex.border_marks.isdisjoint(lowers)
        and lex.border_marking.isdisjoint(lowers)
    )


#: Words after a barrier that open a time, not a compound noun ("finished the wall last year").
_TIME_AFTER = frozenset(["last", "next", "this", "every", "each", "since", "until", "by", "in", "on"])
_LONG_UNITS = ("kilomet", "km", "mile")  # the units of a frontier's length ("35 kilometres", "a 150-km", "miles")
_LENGTH_REACH = 4  # words from the length to the barrier: "35 kilometres of the steel fence"


def _long_barrier(lowers: list[str], lex: Lexicon) -> bool:
    """'pay for the last 35 kilometres of the steel fence along the river', 'a 150-km wall', 'fencing along 400 miles':
    a physical barrier (``border_barriers``) whose length is counted in kilometres or miles (a length word at most
    four words before it, or after "along") is a frontier barrier, border security (GUIDELINES), though the sentence
    does not say "border". Not 'a two-metre garden wall' (metres), 'non-tariff barriers' (``barrier_not_after``), nor
    'the wall paintings' (a noun after the barrier word)."""
    for i, w in enumerate(lowers):
        if w not in lex.border_barriers or (i > 0 and lowers[i - 1] in lex.barrier_not_after):
            continue
        nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
        if nxt.isalpha() and nxt not in lex.prepositions and nxt not in lex.stopwords and nxt not in _TIME_AFTER:
            continue  # "the wall paintings": the barrier word modifies another noun
        near = lowers[max(0, i - _LENGTH_REACH) : i]
        if nxt == "along":
            near = near + lowers[i + 2 : i + 2 + _LENGTH_REACH]
        if any(u in x for x in near for u in _LONG_UNITS):
            return True
    return False


_BODY_JOINTS = frozenset(["of", "and", "for"])


def _addressed_body(toks: Sequence[Token], lowers: list[str], i: int, n: int, lex: Lexicon) -> bool:
    """'business groups asked the Department of Homeland Security to add 20 customs officers at the bridge', 'to
    coordinate Estonian assistance with the Zhytomyr Regional Military Administration': the capitalised term at ``i``
    (``n`` words) inside the name of a civil administration (``civil_body_heads``) that is addressed (after one of
    ``address_markers`` and an article) names whom a request or a partnership goes to, not the sentence's matter
    (the convention of "Defence Minister X": a name is who, not what); other security words still count ('asked the
    Department of Homeland Security to deport the smugglers'). Not 'the Department of Homeland Security deployed
    agents' (the body acts: no marker), nor 'the Ministry of Defence' (a ministry's own acts are its field's)."""
    start = i
    while start > 0 and (toks[start - 1].is_capitalised or lowers[start - 1] in _BODY_JOINTS):
        start -= 1
    while start < i and lowers[start] in _BODY_JOINTS:
        start += 1
    end = i + n
    while end < len(toks) and (toks[end].is_capitalised or (lowers[end] in _BODY_JOINTS and end + 1 < len(toks))):
        end += 1
    if lex.civil_body_heads.isdisjoint(lowers[start:end]):
        return False
    k = start - 1 if start > 0 and lowers[start - 1] in ARTICLES else start
    return k > 0 and lowers[k - 1] in lex.address_markers


_WITHDRAWAL_REACH = 4  # words after the noun within which a civil object shows ("withdrawal of the budget bill")


def withdrawal_anaphor(lowers: list[str], recent: Sequence[frozenset[str]], lex: Lexicon) -> bool:
    """'Qatar is ready to help any effort that leads to a full Israeli withdrawal', 'Lebanon asked for a timetable
    for the Israeli withdrawal from the five positions', 'after a series of withdrawals demanded by African
    governments, only a few hundred remain': a withdrawal named within a few sentences of a security sentence (its
    words in ``recent``; the caller checked there is one) is the forces' withdrawal that sentence is about, armed
    conflict or military matters (GUIDELINES) without the troops named again. Not a withdrawal of something civil
    (``withdrawal_objects`` right before it or at most four words after it: 'water withdrawals', 'the withdrawal of the
    bill', 'withdrawal from the treaty') nor one with no security sentence before it."""
    if lex.withdrawal_nouns.isdisjoint(lowers):
        return False  # no withdrawal (most sentences): checked in C
    for i, w in enumerate(lowers):
        if w not in lex.withdrawal_nouns or (i > 0 and lowers[i - 1] in lex.withdrawal_objects):
            continue
        if lex.withdrawal_objects.isdisjoint(lowers[i + 1 : i + 1 + _WITHDRAWAL_REACH]):
            return True
    return False


_MINE_REACH = 4  # words from the verb to the mines: "clear [their land of] mines", "hitting [anti-tank] mines"
_MINERAL_REACH = 2  # words from the mineral to the mine: "the Kayelekera uranium mine", "a copper [and gold] mine"


def _mines_as_arms(lowers: list[str], lex: Lexicon) -> bool:
    """'lets farmers hire operators to clear their land of mines', 'lost tractors after hitting mines on fields that
    had not been surveyed', 'mines laid by the retreating army': "mine(s)" with a verb of ``mine_acts`` at most four
    words before it (or "laid"/"planted" right after it) is a weapon cleared, hit or laid, mine action (GUIDELINES).
    Not a pit ('a copper mine', 'the uranium mine was cleared for reopening': a mineral of ``mined_minerals`` at most
    two words before the noun), 'workers laid off at the mine' (a phrasal verb), nor 'the mine's output'."""
    for i, w in enumerate(lowers):
        if w not in lex.mine_words:
            continue
        if not lex.mined_minerals.isdisjoint(lowers[max(0, i - _MINERAL_REACH) : i]):
            continue  # "the Panguna copper mine": a pit
        if lowers[i + 1 : i + 2] in (["laid"], ["planted"]):
            return True  # "mines laid by the army"
        for v in range(max(0, i - _MINE_REACH), i):
            if (
                lowers[v] in lex.mine_acts
                and lowers[v + 1] not in lex.mine_act_particles
                and not lex.mined_minerals.intersection(lowers[v:i])
            ):
                return True
    return False
