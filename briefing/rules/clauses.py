"""Clause grammar shared by the rules: whether a cue word is modal or planned ("will sign",
"is expected to"), negated ("did not approve"), a condition ("if ... is adopted"), or has an object,
and the word sets several rule modules read (relatives, finite verbs, attributive determiners).

Contract: pure functions of the lower-cased tokens of one sentence, a cue index and the lexicon;
they decide nothing on their own and depend on no other rule module.
"""

from __future__ import annotations

from ..entities import country_at
from ..grammar import PASSIVE_AUX
from ..lexicon import Lexicon

#: Closed classes of determiners; the rules' own sets are built from them so each says what it adds.
ARTICLES = frozenset(["the", "a", "an"])
DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])
POSSESSIVES = frozenset(["my", "your", "his", "her", "its", "our", "their"])

_RELATIVES = frozenset(["which", "that", "who", "whom", "whose"])
#: Words of a finite clause: a sentence holding one is no verbless list item.
_FINITE_WORDS = frozenset(["is", "are", "was", "were", "has", "have", "had", "will", "would", "shall", "said", "did"])


_ATTRIBUTIVE_BEFORE = DEMONSTRATIVES | {"the", "its", "their", "all", "other", "such"}


_EVIDENTIAL = frozenset(["understood", "said", "believed", "reported", "thought", "known", "reportedly"])
#: Words right before "may" that make it the month, not the modal ("since May, approved", "in early May ratified",
#: "on 3 May ratified", "last May"): round 35d.
_MONTH_BEFORE = frozenset(["in", "since", "by", "until", "till", "from", "of", "early", "late", "mid", "end", "last"])
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
        if w == "may" and j > 0 and (lowers[j - 1] in _MONTH_BEFORE or lowers[j - 1].isdigit()):
            return False  # "Parliament in May ratified the treaty": the month, not the modal (round 35d)
        if w in lex.modal_blockers:
            return True
        if w not in PASSIVE_AUX and w not in lex.adverbs and w not in ("not", "n't") and not w.endswith("ly"):
            return False
        j -= 1
        steps += 1
    return False


#: Present auxiliaries before an act; the active present perfect too ("once that country has ratified it", round 33b).
_PRESENT_AUX = (("is",), ("are",), ("has", "been"), ("have", "been"), ("has",), ("have",))


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
    """A negation within three words before the act at ``i`` ("did not approve", "failed to adopt"), or a
    subject opened by "no" before the act's auxiliaries ("No joint command has been set up", "No decision
    on the bases was taken"): the subject denies that any such act happened."""
    if any(w in lex.negations for w in lowers[max(0, i - 3) : i]):
        return True
    j = i if lowers[i] in _AUXILIARIES else i - 1  # a phrase cue may open on its auxiliary ("has been signed")
    k = j
    while k >= 0 and lowers[k] in _AUXILIARIES:
        k -= 1
    if k == j:
        return False  # no auxiliary: "no" further back belongs to another phrase
    for n in range(max(0, k - _SUBJECT_REACH), k):
        if lowers[n] == "no" and (n == 0 or lowers[n - 1] in _SUBJECT_BEFORE):
            return True
    return False


_SUBJECT_REACH = 6  # words of a subject opened by "no" ("No formal agreement on the quotas has been signed")
#: Auxiliaries between a subject and its act ("has been", "was", "had").
_AUXILIARIES = PASSIVE_AUX | {"has", "have", "had"}
#: Words after which a "no" opens a clause's subject ("..., and no date was set"), not a modifier ("with no fee").
_SUBJECT_BEFORE = frozenset(["and", "but", "that", "so", "yet", "while", "although", "though", "because", "since"])


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
    state = country_at(lowers, i + 1) if i + 1 < len(lowers) else None
    if state is not None and lowers[state[1] : state[1] + 1] == ["from"]:
        return True  # "suspended Madagascar from all its activities": a state's membership is the object
    prev = lowers[max(0, i - 2) : i]
    if PASSIVE_AUX.intersection(prev):
        return any(w in lex.decision_objects for w in lowers[max(0, i - 12) : i])
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    return bool(prev) and prev[-1] in lex.decision_objects and nxt in _AFTER_PARTICIPLE


#: What follows a participle that modifies the noun before it ("the ban imposed in May", "the
#: sanctions lifted last year"), unlike an active verb with its object ("the chairmanship confirmed that").
_AFTER_PARTICIPLE = frozenset(["", "by", "in", "on", "at", "last", "earlier", "after", "since", "under", "during"])


#: Determiners after which "to" is a preposition ("to other countries"), not an infinitive.
_TO_NOUN_PHRASE = (
    ARTICLES | DEMONSTRATIVES | POSSESSIVES | {"all", "each", "every", "both", "other", "another", "some", "any"}
)
