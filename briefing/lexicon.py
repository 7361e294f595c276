"""Load the cue lexicon (``lexicon.toml`` beside this module, or a user's file).

The lexicon is data: lists of words and phrases the classifier matches. ``load_lexicon``
returns a frozen :class:`Lexicon` whose phrase lists are pre-split into token tuples so
matching is a set lookup per token, not a scan of every phrase.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_LEXICON = Path(__file__).with_name("lexicon.toml")

Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PhraseSet:
    """Phrases indexed by their first token, for matching at a token position."""

    by_first: Mapping[str, tuple[Phrase, ...]]

    @classmethod
    def of(cls, phrases: Iterable[str]) -> PhraseSet:
        index: dict[str, list[Phrase]] = {}
        for phrase in phrases:
            toks = tuple(tokenize_lower(phrase))
            if toks:
                index.setdefault(toks[0], []).append(toks)
        # Longest first, so "security council" wins over "security".
        return cls({k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()})

    def match_at(self, tokens: list[str], i: int) -> Phrase | None:
        """The longest phrase starting at ``tokens[i]``, or None."""
        for phrase in self.by_first.get(tokens[i], ()):
            # A one-word phrase is its first word, found by the lookup itself.
            if len(phrase) == 1 or tuple(tokens[i : i + len(phrase)]) == phrase:
                return phrase
        return None

    def find_all(self, tokens: list[str]) -> list[tuple[int, Phrase]]:
        """Every (position, phrase) match, left to right, non-overlapping."""
        out: list[tuple[int, Phrase]] = []
        i = 0
        while i < len(tokens):
            phrase = self.match_at(tokens, i)
            if phrase:
                out.append((i, phrase))
                i += len(phrase)
            else:
                i += 1
        return out


Matches = Mapping[str, list[tuple[int, Phrase]]]


@dataclass(frozen=True, slots=True)
class CueIndex:
    """Several named phrase lists matched in one pass over a sentence.

    ``scan`` gives, for each list, what :meth:`PhraseSet.find_all` would: one dict lookup per
    token instead of one pass per list.
    """

    by_first: Mapping[str, tuple[tuple[str, tuple[Phrase, ...]], ...]]
    firsts: frozenset[str] = field(init=False)  # the keys of ``by_first``, as a set made once

    def __post_init__(self) -> None:
        object.__setattr__(self, "firsts", frozenset(self.by_first))

    @classmethod
    def of(cls, named: Mapping[str, PhraseSet]) -> CueIndex:
        index: dict[str, list[tuple[str, tuple[Phrase, ...]]]] = {}
        for name, phrases in named.items():
            for first, group in phrases.by_first.items():
                index.setdefault(first, []).append((name, group))
        return cls({k: tuple(v) for k, v in index.items()})

    def scan(self, tokens: list[str]) -> dict[str, list[tuple[int, Phrase]]]:
        """Every list's non-overlapping matches, left to right, keyed by list name."""
        out: dict[str, list[tuple[int, Phrase]]] = {}
        # Which words can start a cue is decided by one C-level set intersection (over the
        # sentence's words, not the hundreds of cue words); only their positions are visited.
        starts = self.firsts.intersection(tokens)
        if not starts:
            return out
        free_from: dict[str, int] = {}
        for i, word in enumerate(tokens):
            if word not in starts:
                continue
            entries = self.by_first[word]
            for name, group in entries:
                if i < free_from.get(name, 0):
                    continue
                for phrase in group:
                    # A one-word phrase is its first word: matched already.
                    if len(phrase) == 1 or tuple(tokens[i : i + len(phrase)]) == phrase:
                        out.setdefault(name, []).append((i, phrase))
                        free_from[name] = i + len(phrase)
                        break
        return out


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every cue list of ``lexicon.toml``, ready for matching."""

    abbreviations: frozenset[str]
    final_abbreviations: frozenset[str]
    sentence_starters: frozenset[str]
    decision_acts: PhraseSet
    decision_weak: frozenset[str]
    decision_objects: frozenset[str]
    hostile_objects: frozenset[str]
    hope_verbs: frozenset[str]
    decision_phrases: PhraseSet
    decision_nominal: PhraseSet
    modal_blockers: frozenset[str]
    negations: frozenset[str]
    proposal_strong: PhraseSet
    proposal_weak: PhraseSet
    proposal_specific: frozenset[str]
    habitual: frozenset[str]
    vague: frozenset[str]
    goals: PhraseSet
    security_terms: PhraseSet
    security_not_after: frozenset[str]
    titles: PhraseSet
    title_words: frozenset[str]
    collective: PhraseSet
    anaphoric_collective: frozenset[str]
    function_words: frozenset[str]
    prepositions: frozenset[str]
    not_person: frozenset[str]
    body_heads: frozenset[str]
    name_particles: frozenset[str]
    not_organisations: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    demonyms: Mapping[str, str]
    aliases: Mapping[str, str]
    cues: CueIndex
    adverbs: frozenset[str]
    time_words: frozenset[str]
    reporting_verbs: frozenset[str]
    stopwords: frozenset[str]
    support_verbs: frozenset[str]
    initiative_nouns: frozenset[str]
    not_nouns: frozenset[str]
    request_verbs: frozenset[str]
    evidence_subjects: frozenset[str]
    proposal_modals: frozenset[str]
    offer_modals: frozenset[str]
    offer_verbs: frozenset[str]
    courtesies: frozenset[str]
    terms_nouns: frozenset[str]
    generic_intentions: frozenset[str]
    security_words: frozenset[str]
    security_not_terms: PhraseSet
    document_subjects: frozenset[str]
    event_subjects: frozenset[str]
    attitudes: frozenset[str]
    prediction_verbs: frozenset[str]
    #: Verbs after which a lone capitalised word is a person ("Mendes said", "Orsi proposed"):
    #: the reporting verbs and the verbs that open a proposal cue (derived, see load_lexicon).
    speech_verbs: frozenset[str] = frozenset()
    region_words: frozenset[str] = frozenset()
    border_words: frozenset[str] = frozenset()
    border_determiners: frozenset[str] = frozenset()
    border_heads: PhraseSet = PhraseSet({})
    close_object_acts: frozenset[str] = frozenset()
    speech_headings: PhraseSet = PhraseSet({})
    condition_subordinators: frozenset[str] = frozenset()
    welcome_verbs: frozenset[str] = frozenset()
    statement_nouns: frozenset[str] = frozenset()
    source_collectives: frozenset[str] = frozenset()
    #: speaker tags of a transcript that are not a speaker of the narrative ("QUESTION:").
    interviewer_tags: frozenset[str] = frozenset()
    binding_documents: frozenset[str] = frozenset()
    combat_words: frozenset[str] = frozenset()
    combat_before: frozenset[str] = frozenset()
    monitor_nouns: frozenset[str] = frozenset()
    monitor_verbs: frozenset[str] = frozenset()
    civil_missions: frozenset[str] = frozenset()
    irregular_participles: frozenset[str] = frozenset()
    opinion_labels: frozenset[str] = frozenset()
    border_kinds: frozenset[str] = frozenset()
    border_acts: frozenset[str] = frozenset()


_ALIVE: dict[int, Lexicon] = {}


def lexicon_key(lex: Lexicon) -> int:
    """A key for caches derived from ``lex`` (its id, with ``lex`` kept alive so the id is never reused).

    Only a handful of lexicons exist in a process (the default and users' files), so keeping
    them costs nothing.
    """
    key = id(lex)
    if _ALIVE.get(key) is not lex:
        _ALIVE[key] = lex
    return key


#: The last text :func:`tokenize_lower` split and its words: near-duplicate merging asks for the
#: same sentence's words twice in a row (word pairs, then content stems).
_LAST_TOKENIZED: tuple[str, tuple[str, ...]] = ("", ())


def tokenize_lower(text: str) -> list[str]:
    """Lower-case word tokens; keeps hyphens and apostrophes inside words (a new list each call)."""
    global _LAST_TOKENIZED
    last_text, last_words = _LAST_TOKENIZED  # one read: another thread may replace the pair
    if text == last_text:
        return list(last_words)
    from .tokens import words

    # Lower-casing ASCII keeps every word boundary: one C-level pass.
    out = words(text.lower()) if text.isascii() else [w.lower() for w in words(text)]
    _LAST_TOKENIZED = (text, tuple(out))
    return out


@functools.cache
def load_lexicon(path: Path = DEFAULT_LEXICON) -> Lexicon:
    """Parse ``path`` once per process; raises OSError/TOMLDecodeError on a bad file."""
    with path.open("rb") as fh:
        raw: dict[str, Any] = tomllib.load(fh)
    dec, prop, sec, act, ent = (raw[k] for k in ("decision", "proposal", "security", "actor", "entities"))
    gram = raw["grammar"]
    cue_lists = {
        "decision_nominal": PhraseSet.of(dec["nominal"]),
        "decision_phrases": PhraseSet.of(dec["phrases"]),
        "decision_acts": PhraseSet.of(dec["acts"]),
        "terms_verbs": PhraseSet.of(dec["terms_verbs"]),
        "terms_frames": PhraseSet.of(dec["terms_frames"]),
        "proposal_strong": PhraseSet.of(prop["strong"]),
        "proposal_weak": PhraseSet.of(prop["weak"]),
        "goals": PhraseSet.of(prop["goals"]),
        "security_terms": PhraseSet.of(_security_terms(sec)),
        "security_not_terms": PhraseSet.of(sec.get("not_terms", {}).get("phrases", ())),
        "contention": PhraseSet.of(dec.get("contention", ())),
        "announcements": PhraseSet.of(dec.get("announcements", ())),
    }
    return Lexicon(
        abbreviations=frozenset(raw["segmentation"]["abbreviations"]),
        final_abbreviations=frozenset(raw["segmentation"]["final_abbreviations"]),
        sentence_starters=frozenset(raw["segmentation"]["starters"]),
        decision_acts=cue_lists["decision_acts"],
        decision_weak=frozenset(dec["weak_acts"]),
        decision_objects=frozenset(dec["objects"]),
        hostile_objects=frozenset(dec.get("hostile_objects", ())),
        hope_verbs=frozenset(dec.get("hope_verbs", ())),
        decision_phrases=cue_lists["decision_phrases"],
        decision_nominal=cue_lists["decision_nominal"],
        modal_blockers=frozenset(dec["modal_blockers"]),
        negations=frozenset(dec["negations"]),
        proposal_strong=cue_lists["proposal_strong"],
        proposal_weak=cue_lists["proposal_weak"],
        proposal_specific=frozenset(prop["specific"]),
        habitual=frozenset(prop["habitual"]),
        vague=frozenset(prop["vague"]),
        goals=cue_lists["goals"],
        security_terms=cue_lists["security_terms"],
        security_not_after=frozenset(sec["not_after"]),
        titles=PhraseSet.of(act["titles"]),
        title_words=frozenset(w for t in act["titles"] for w in tokenize_lower(t)),
        collective=PhraseSet.of(act["collective"]),
        anaphoric_collective=frozenset(act["anaphoric_collective"]),
        function_words=frozenset(act["function_words"]),
        prepositions=frozenset(act["prepositions"]),
        not_person=frozenset(act["not_person"]),
        body_heads=frozenset(act["body_heads"]),
        name_particles=frozenset(act["name_particles"]),
        not_organisations=frozenset(act["not_organisations"]),
        person_pronouns=frozenset(act["person_pronouns"]),
        plural_pronouns=frozenset(act["plural_pronouns"]),
        demonyms={k.lower(): v for k, v in ent["demonyms"].items()},
        aliases={k.lower(): v for k, v in ent["aliases"].items()},
        cues=CueIndex.of(cue_lists),
        adverbs=frozenset(gram["adverbs"]),
        time_words=frozenset(gram["time_words"]),
        reporting_verbs=frozenset(gram["reporting_verbs"]),
        stopwords=frozenset(gram["stopwords"]),
        support_verbs=frozenset(gram["support_verbs"]),
        initiative_nouns=frozenset(gram["initiative_nouns"]),
        not_nouns=frozenset(gram["not_nouns"]),
        request_verbs=frozenset(gram["request_verbs"]),
        evidence_subjects=frozenset(gram.get("evidence_subjects", ())),
        proposal_modals=frozenset(gram["proposal_modals"]),
        offer_modals=frozenset(gram["offer_modals"]),
        offer_verbs=frozenset(gram["offer_verbs"]),
        courtesies=frozenset(gram["courtesies"]),
        terms_nouns=frozenset(dec["terms_nouns"]),
        generic_intentions=frozenset(dec["generic_intentions"]),
        security_words=frozenset(t for t in _security_terms(sec) if " " not in t),
        security_not_terms=cue_lists["security_not_terms"],
        document_subjects=frozenset(act["document_subjects"]),
        event_subjects=frozenset(act.get("event_subjects", ())),
        attitudes=frozenset(prop["attitudes"]),
        prediction_verbs=frozenset(gram["prediction_verbs"]),
        speech_verbs=frozenset(gram["reporting_verbs"]) | _proposing_verbs(prop),
        region_words=frozenset(act.get("region_words", ())),
        border_words=frozenset(sec.get("border_words", ())),
        border_determiners=frozenset(sec.get("border_determiners", ())),
        border_heads=PhraseSet.of(sec.get("border_heads", ())),
        close_object_acts=frozenset(dec.get("close_object_acts", ())),
        speech_headings=PhraseSet.of(act.get("speech_headings", ())),
        condition_subordinators=frozenset(dec.get("condition_subordinators", ())),
        welcome_verbs=frozenset(dec.get("welcome_verbs", ())),
        statement_nouns=frozenset(prop.get("statement_nouns", ())),
        source_collectives=frozenset(act.get("source_collectives", ())),
        interviewer_tags=frozenset(act.get("interviewer_tags", ())),
        binding_documents=frozenset(dec.get("binding_documents", ())),
        combat_words=frozenset(sec.get("combat_words", ())),
        combat_before=frozenset(sec.get("combat_before", ())),
        monitor_nouns=frozenset(sec.get("monitor_nouns", ())),
        monitor_verbs=frozenset(sec.get("monitor_verbs", ())),
        civil_missions=frozenset(sec.get("civil_missions", ())),
        irregular_participles=frozenset(gram.get("irregular_participles", ())),
        opinion_labels=frozenset(act.get("opinion_labels", ())),
        border_kinds=frozenset(sec.get("border_kinds", ())),
        border_acts=frozenset(sec.get("border_acts", ())),
    )


def _proposing_verbs(prop: Mapping[str, Any]) -> frozenset[str]:
    """Past forms that open a proposal cue ("proposed", "urged", "called on"): news reports acts in the past."""
    firsts = [tokenize_lower(p) for p in [*prop["strong"], *prop["weak"]]]
    return frozenset(t[0] for t in firsts if t and t[0].endswith("ed") and not t[0].endswith("eed"))  # not "need"


def _security_terms(sec: Mapping[str, Any]) -> list[str]:
    """``[security] terms`` plus every list of ``[security.domains]``."""
    return [*sec["terms"], *(t for group in sec.get("domains", {}).values() for t in group)]
