"""Load the cue lexicon (``lexicon.toml`` beside this module, or a user's file).

The lexicon is data: lists of words and phrases the classifier matches. ``load_lexicon``
returns a frozen :class:`Lexicon` whose phrase lists are pre-split into token tuples so
matching is a set lookup per token, not a scan of every phrase.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
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
        n = len(tokens)
        for phrase in self.by_first.get(tokens[i], ()):
            # A one-word phrase is its first word, found by the lookup itself; a longer one is
            # first told apart by its second word (no slice built for the many that differ there).
            size = len(phrase)
            if size == 1 or (i + size <= n and tokens[i + 1] == phrase[1] and tuple(tokens[i : i + size]) == phrase):
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
        n = len(tokens)
        for i, word in enumerate(tokens):
            if word not in starts:
                continue
            entries = self.by_first[word]
            nxt = tokens[i + 1] if i + 1 < n else None
            for name, group in entries:
                if i < free_from.get(name, 0):
                    continue
                for phrase in group:
                    # A one-word phrase is its first word: matched already. A longer one is first
                    # told apart by its second word ("the" opens dozens of phrases).
                    size = len(phrase)
                    if size == 1 or (nxt == phrase[1] and i + size <= n and tuple(tokens[i : i + size]) == phrase):
                        out.setdefault(name, []).append((i, phrase))
                        free_from[name] = i + len(phrase)
                        break
        return out


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every cue list of ``lexicon.toml``, ready for matching.

    A field with ``toml`` metadata is read from the TOML list it names (a :class:`PhraseSet`
    when the metadata says ``phrases``, else a set of words); the others are derived from
    those lists in :func:`load_lexicon`.
    """

    abbreviations: frozenset[str] = field(metadata={"toml": "segmentation.abbreviations"})
    final_abbreviations: frozenset[str] = field(metadata={"toml": "segmentation.final_abbreviations"})
    sentence_starters: frozenset[str] = field(metadata={"toml": "segmentation.starters"})
    decision_acts: PhraseSet = field(metadata={"toml": "decision.acts", "phrases": True})
    #: acts of instructing that decide only when someone is told to act ("directed officials to conclude").
    instruction_verbs: frozenset[str] = field(metadata={"toml": "decision.instruction_verbs"})
    decision_weak: frozenset[str] = field(metadata={"toml": "decision.weak_acts"})
    decision_objects: frozenset[str] = field(metadata={"toml": "decision.objects"})
    hostile_objects: frozenset[str] = field(metadata={"toml": "decision.hostile_objects"})
    launch_verbs: frozenset[str] = field(metadata={"toml": "decision.launch_verbs"})
    projectiles: frozenset[str] = field(metadata={"toml": "decision.projectiles"})
    swap_verbs: frozenset[str] = field(metadata={"toml": "decision.swap_verbs"})
    captives: frozenset[str] = field(metadata={"toml": "decision.captives"})
    pending_states: frozenset[str] = field(metadata={"toml": "proposal.pending_states"})
    study_states: frozenset[str] = field(metadata={"toml": "proposal.study_states"})
    remedy_nouns: frozenset[str] = field(metadata={"toml": "proposal.remedy_nouns"})
    hope_verbs: frozenset[str] = field(metadata={"toml": "decision.hope_verbs"})
    view_acts: frozenset[str] = field(metadata={"toml": "decision.view_acts"})
    fear_verbs: frozenset[str] = field(metadata={"toml": "decision.fear_verbs"})
    review_verbs: frozenset[str] = field(metadata={"toml": "decision.review_verbs"})
    authority_acts: frozenset[str] = field(metadata={"toml": "decision.authority_acts"})
    authorities: frozenset[str] = field(metadata={"toml": "decision.authorities"})
    attitude_objects: frozenset[str] = field(metadata={"toml": "decision.attitude_objects"})
    listing_verbs: frozenset[str] = field(metadata={"toml": "decision.listing_verbs"})
    listing_records: frozenset[str] = field(metadata={"toml": "decision.listing_records"})
    decision_phrases: PhraseSet = field(metadata={"toml": "decision.phrases", "phrases": True})
    decision_nominal: PhraseSet = field(metadata={"toml": "decision.nominal", "phrases": True})
    modal_blockers: frozenset[str] = field(metadata={"toml": "decision.modal_blockers"})
    negations: frozenset[str] = field(metadata={"toml": "decision.negations"})
    terms_nouns: frozenset[str] = field(metadata={"toml": "decision.terms_nouns"})
    schedule_verbs: frozenset[str] = field(metadata={"toml": "decision.schedule_verbs"})
    tabling_acts: frozenset[str] = field(metadata={"toml": "decision.tabling_acts"})
    tabled_texts: frozenset[str] = field(metadata={"toml": "decision.tabled_texts"})
    closure_verbs: frozenset[str] = field(metadata={"toml": "decision.closure_verbs"})
    settle_verbs: frozenset[str] = field(metadata={"toml": "decision.settle_verbs"})
    raising_verbs: frozenset[str] = field(metadata={"toml": "decision.raising_verbs"})
    raised_concerns: frozenset[str] = field(metadata={"toml": "decision.raised_concerns"})
    settled_matters: frozenset[str] = field(metadata={"toml": "decision.settled_matters"})
    closure_objects: frozenset[str] = field(metadata={"toml": "decision.closure_objects"})
    designation_verbs: frozenset[str] = field(metadata={"toml": "decision.designation_verbs"})
    handover_verbs: frozenset[str] = field(metadata={"toml": "decision.handover_verbs"})
    rotating_offices: frozenset[str] = field(metadata={"toml": "decision.rotating_offices"})
    #: words after a handing verb that make it no transfer of office ("passed by 68 votes", "handed down").
    not_handing: frozenset[str] = field(metadata={"toml": "decision.not_handing"})
    witness_verbs: frozenset[str] = field(metadata={"toml": "decision.witness_verbs"})
    witnessed_acts: frozenset[str] = field(metadata={"toml": "decision.witnessed_acts"})
    diplomatic_acts: frozenset[str] = field(metadata={"toml": "decision.diplomatic_acts"})
    diplomatic_roles: frozenset[str] = field(metadata={"toml": "decision.diplomatic_roles"})
    generic_intentions: frozenset[str] = field(metadata={"toml": "decision.generic_intentions"})
    study_verbs: frozenset[str] = field(metadata={"toml": "decision.study_verbs"})
    acquired_things: frozenset[str] = field(metadata={"toml": "decision.acquired_things"})
    close_object_acts: frozenset[str] = field(metadata={"toml": "decision.close_object_acts"})
    condition_subordinators: frozenset[str] = field(metadata={"toml": "decision.condition_subordinators"})
    welcome_verbs: frozenset[str] = field(metadata={"toml": "decision.welcome_verbs"})
    binding_documents: frozenset[str] = field(metadata={"toml": "decision.binding_documents"})
    #: words of an apposition telling that a binding text is still a proposal ("The resolution, tabled by France,").
    proposed_text_marks: frozenset[str] = field(metadata={"toml": "decision.proposed_text_marks"})
    issued_texts: frozenset[str] = field(metadata={"toml": "decision.issued_texts"})
    announced_acts: frozenset[str] = field(metadata={"toml": "decision.announced_acts"})
    announced_measures: frozenset[str] = field(metadata={"toml": "decision.announced_measures"})
    issued_always: frozenset[str] = field(metadata={"toml": "decision.issued_always"})
    adopted_texts: frozenset[str] = field(metadata={"toml": "decision.adopted_texts"})
    adopted_marks: frozenset[str] = field(metadata={"toml": "decision.adopted_marks"})
    joint_marks: frozenset[str] = field(metadata={"toml": "decision.joint_marks"})
    collective_issuers: frozenset[str] = field(metadata={"toml": "decision.collective_issuers"})
    call_verbs: frozenset[str] = field(metadata={"toml": "decision.call_verbs"})
    finite_calls: frozenset[str] = field(metadata={"toml": "decision.finite_calls"})
    clause_titles: frozenset[str] = field(metadata={"toml": "decision.clause_titles"})
    split_nouns: frozenset[str] = field(metadata={"toml": "decision.split_nouns"})
    split_participles: frozenset[str] = field(metadata={"toml": "decision.split_participles"})
    appointment_verbs: frozenset[str] = field(metadata={"toml": "decision.appointment_verbs"})
    appointment_roles: frozenset[str] = field(metadata={"toml": "decision.appointment_roles"})
    set_texts: frozenset[str] = field(metadata={"toml": "decision.set_texts"})
    listed_plans: frozenset[str] = field(metadata={"toml": "decision.listed_plans"})
    content_verbs: PhraseSet = field(metadata={"toml": "decision.content_verbs", "phrases": True})
    set_hedges: frozenset[str] = field(metadata={"toml": "decision.set_hedges"})
    negotiation_steps: frozenset[str] = field(metadata={"toml": "decision.negotiation_steps"})
    negotiation_units: frozenset[str] = field(metadata={"toml": "decision.negotiation_units"})
    negotiation_contexts: frozenset[str] = field(metadata={"toml": "decision.negotiation_contexts"})
    acknowledging_verbs: frozenset[str] = field(metadata={"toml": "decision.acknowledging_verbs"})
    acknowledged_facts: frozenset[str] = field(metadata={"toml": "decision.acknowledged_facts"})
    ordered_acts: frozenset[str] = field(metadata={"toml": "decision.ordered_acts"})
    status_verbs: frozenset[str] = field(metadata={"toml": "decision.status_verbs"})
    status_nouns: frozenset[str] = field(metadata={"toml": "decision.status_nouns"})
    undoing_verbs: frozenset[str] = field(metadata={"toml": "decision.undoing_verbs"})
    membership_acts: frozenset[str] = field(metadata={"toml": "decision.membership_acts"})
    ranks: frozenset[str] = field(metadata={"toml": "decision.ranks"})
    ranked_states: frozenset[str] = field(metadata={"toml": "decision.ranked_states"})
    ranked_acts: frozenset[str] = field(metadata={"toml": "decision.ranked_acts"})
    regime_acts: frozenset[str] = field(metadata={"toml": "decision.regime_acts"})
    regime_objects: frozenset[str] = field(metadata={"toml": "decision.regime_objects"})
    keeping_verbs: frozenset[str] = field(metadata={"toml": "decision.keeping_verbs"})
    executive_acts: frozenset[str] = field(metadata={"toml": "decision.executive_acts"})
    kept_measures: frozenset[str] = field(metadata={"toml": "decision.kept_measures"})
    keeping_bases: frozenset[str] = field(metadata={"toml": "decision.keeping_bases"})
    kept_states: frozenset[str] = field(metadata={"toml": "decision.kept_states"})
    signed_keepsakes: frozenset[str] = field(metadata={"toml": "decision.signed_keepsakes"})
    proposal_strong: PhraseSet = field(metadata={"toml": "proposal.strong", "phrases": True})
    proposal_weak: PhraseSet = field(metadata={"toml": "proposal.weak", "phrases": True})
    proposal_specific: frozenset[str] = field(metadata={"toml": "proposal.specific"})
    backing_forms: frozenset[str] = field(metadata={"toml": "proposal.backing_forms"})
    speech_acts: frozenset[str] = field(metadata={"toml": "proposal.speech_acts"})
    habitual: frozenset[str] = field(metadata={"toml": "proposal.habitual"})
    vague: frozenset[str] = field(metadata={"toml": "proposal.vague"})
    goals: PhraseSet = field(metadata={"toml": "proposal.goals", "phrases": True})
    attitudes: frozenset[str] = field(metadata={"toml": "proposal.attitudes"})
    expectation_words: frozenset[str] = field(metadata={"toml": "proposal.expectation_words"})
    statement_nouns: frozenset[str] = field(metadata={"toml": "proposal.statement_nouns"})
    security_not_after: frozenset[str] = field(metadata={"toml": "security.not_after"})
    security_not_terms: PhraseSet = field(metadata={"toml": "security.not_terms.phrases", "phrases": True})
    #: first words of terms that are security only while no topic follows ("the task force", not "a task force on").
    topical_bodies: frozenset[str] = field(metadata={"toml": "security.topical_bodies"})
    border_words: frozenset[str] = field(metadata={"toml": "security.border_words"})
    border_determiners: frozenset[str] = field(metadata={"toml": "security.border_determiners"})
    border_sides: frozenset[str] = field(metadata={"toml": "security.border_sides"})
    border_places: frozenset[str] = field(metadata={"toml": "security.border_places"})
    border_heads: PhraseSet = field(metadata={"toml": "security.border_heads", "phrases": True})
    combat_words: frozenset[str] = field(metadata={"toml": "security.combat_words"})
    combat_before: frozenset[str] = field(metadata={"toml": "security.combat_before"})
    monitor_nouns: frozenset[str] = field(metadata={"toml": "security.monitor_nouns"})
    exercise_nouns: frozenset[str] = field(metadata={"toml": "security.exercise_nouns"})
    exercise_kinds: frozenset[str] = field(metadata={"toml": "security.exercise_kinds"})
    defence_verbs: frozenset[str] = field(metadata={"toml": "security.defence_verbs"})
    defended_places: frozenset[str] = field(metadata={"toml": "security.defended_places"})
    state_forces: frozenset[str] = field(metadata={"toml": "security.state_forces"})
    territory_words: frozenset[str] = field(metadata={"toml": "security.territory_words"})
    territory_before: frozenset[str] = field(metadata={"toml": "security.territory_before"})
    claim_words: frozenset[str] = field(metadata={"toml": "security.claim_words"})
    #: round 39a: words of a sovereignty question over a named place (rules.security._named_sovereignty).
    sovereignty_words: frozenset[str] = field(metadata={"toml": "security.sovereignty_words"})
    claimed_places: frozenset[str] = field(metadata={"toml": "security.claimed_places"})
    contested_words: frozenset[str] = field(metadata={"toml": "security.contested_words"})
    overlap_words: frozenset[str] = field(metadata={"toml": "security.overlap_words"})
    traffic_words: frozenset[str] = field(metadata={"toml": "security.traffic_words"})
    civil_drills: frozenset[str] = field(metadata={"toml": "security.civil_drills"})
    energy_carried: frozenset[str] = field(metadata={"toml": "security.energy_carried"})
    infrastructure_harms: frozenset[str] = field(metadata={"toml": "security.infrastructure_harms"})
    countered_matters: frozenset[str] = field(metadata={"toml": "security.countered_matters"})
    armour_words: frozenset[str] = field(metadata={"toml": "security.armour_words"})
    armour_not_after: frozenset[str] = field(metadata={"toml": "security.armour_not_after"})
    road_traffic: frozenset[str] = field(metadata={"toml": "security.road_traffic"})
    claim_owners: frozenset[str] = field(metadata={"toml": "security.claim_owners"})
    claim_kinds: frozenset[str] = field(metadata={"toml": "security.claim_kinds"})
    meeting_verbs: frozenset[str] = field(metadata={"toml": "security.meeting_verbs"})
    meeting_expectations: frozenset[str] = field(metadata={"toml": "security.meeting_expectations"})
    operational_bodies: frozenset[str] = field(metadata={"toml": "security.operational_bodies"})
    weapon_traces: frozenset[str] = field(metadata={"toml": "security.weapon_traces"})
    weapon_events: frozenset[str] = field(metadata={"toml": "security.weapon_events"})
    weapon_words: frozenset[str] = field(metadata={"toml": "security.weapon_words"})
    force_places: frozenset[str] = field(metadata={"toml": "security.force_places"})
    arrest_words: frozenset[str] = field(metadata={"toml": "security.arrest_words"})
    enforcement_bodies: frozenset[str] = field(metadata={"toml": "security.enforcement_bodies"})
    monitor_verbs: frozenset[str] = field(metadata={"toml": "security.monitor_verbs"})
    monitor_visits: frozenset[str] = field(metadata={"toml": "security.monitor_visits"})
    civil_missions: frozenset[str] = field(metadata={"toml": "security.civil_missions"})
    #: words of sending ("deployment", "deployed") and of monitors or their mission (round 33c: civil deployments).
    deployment_words: frozenset[str] = field(metadata={"toml": "security.deployment_words"})
    watch_nouns: frozenset[str] = field(metadata={"toml": "security.watch_nouns"})
    watch_bodies: frozenset[str] = field(metadata={"toml": "security.watch_bodies"})
    #: nouns and verbs of talking whose "on" opens a list of topics ("discussions ... on trade, energy and ...").
    topic_heads: frozenset[str] = field(metadata={"toml": "security.topic_heads"})
    situation_words: frozenset[str] = field(metadata={"toml": "security.situation_words"})
    situation_talks: frozenset[str] = field(metadata={"toml": "security.situation_talks"})
    #: words of the rules people cross by ("a simplified procedure", "around the clock"), read as `traffic_words`.
    crossing_regimes: frozenset[str] = field(metadata={"toml": "security.crossing_regimes"})
    #: the marks of a border line ("markers", "pillars", "unmarked"), named again after a border being fixed.
    border_marks: frozenset[str] = field(metadata={"toml": "security.border_marks"})
    #: verbs of marking a line ("agreed to begin marking ... their border"), with a border word: a border being fixed.
    border_marking: frozenset[str] = field(metadata={"toml": "security.border_marking"})
    border_kinds: frozenset[str] = field(metadata={"toml": "security.border_kinds"})
    border_acts: frozenset[str] = field(metadata={"toml": "security.border_acts"})
    border_controls: frozenset[str] = field(metadata={"toml": "security.border_controls"})
    civil_controls: frozenset[str] = field(metadata={"toml": "security.civil_controls"})
    border_courses: frozenset[str] = field(metadata={"toml": "security.border_courses"})
    border_changes: frozenset[str] = field(metadata={"toml": "security.border_changes"})
    border_line_words: PhraseSet = field(metadata={"toml": "security.border_line_words", "phrases": True})
    border_line_topics: frozenset[str] = field(metadata={"toml": "security.border_line_topics"})
    sanction_measures: frozenset[str] = field(metadata={"toml": "security.sanction_measures"})
    sanction_adjectives: frozenset[str] = field(metadata={"toml": "security.sanction_adjectives"})
    freeze_verbs: frozenset[str] = field(metadata={"toml": "security.freeze_verbs"})
    #: civil installations a border word only locates ("the field straddles the border").
    installation_words: frozenset[str] = field(metadata={"toml": "security.installation_words"})
    #: barriers on a border line, which make it border security ("fencing along the border").
    border_barriers: frozenset[str] = field(metadata={"toml": "security.border_barriers"})
    #: words of place relating an installation to a border ("straddles", "cross", "on", "between").
    place_relations: frozenset[str] = field(metadata={"toml": "security.place_relations"})
    #: verbs of closing a crossing point ("close the border checkpoints", "have been closed"; round 32c).
    crossing_closures: frozenset[str] = field(metadata={"toml": "security.crossing_closures"})
    #: words of a route or its traffic, with which a border after "to"/"from" is a place (round 32c).
    route_words: frozenset[str] = field(metadata={"toml": "security.route_words"})
    #: words before a barrier word that make it no physical barrier ("non-tariff barriers"; round 32c).
    barrier_not_after: frozenset[str] = field(metadata={"toml": "security.barrier_not_after"})
    #: civil things a withdrawal may be of or from ("water withdrawals", "withdrawal from the treaty"; round 32c).
    withdrawal_objects: frozenset[str] = field(metadata={"toml": "security.withdrawal_objects"})
    #: a withdrawal's nouns, read as the forces' withdrawal told before ("a full Israeli withdrawal").
    withdrawal_nouns: frozenset[str] = field(metadata={"toml": "security.withdrawal_nouns"})
    #: heads of a civil administration's name ("the Department of Homeland Security") and the words before it that make
    #: the body whom a request goes to ("asked", "with"): its security words are then no matter of the sentence.
    civil_body_heads: frozenset[str] = field(metadata={"toml": "security.civil_body_heads"})
    address_markers: frozenset[str] = field(metadata={"toml": "security.address_markers"})
    #: "mine(s)", the verbs that make it a weapon and the minerals that make it a pit (round 32c).
    mine_words: frozenset[str] = field(metadata={"toml": "security.mine_words"})
    mine_acts: frozenset[str] = field(metadata={"toml": "security.mine_acts"})
    mined_minerals: frozenset[str] = field(metadata={"toml": "security.mined_minerals"})
    #: particles that make a verb of ``mine_acts`` another verb ("laid off", "cleared up").
    mine_act_particles: frozenset[str] = field(metadata={"toml": "security.mine_act_particles"})
    #: words of civil aviation, with which "airspace" is a market for flights, not a state's space to guard.
    civil_aviation: frozenset[str] = field(metadata={"toml": "security.civil_aviation"})
    event_places: frozenset[str] = field(metadata={"toml": "security.event_places"})
    guard_terms: frozenset[str] = field(metadata={"toml": "security.guard_terms"})
    unrest_words: frozenset[str] = field(metadata={"toml": "security.unrest_words"})
    world_court_words: frozenset[str] = field(metadata={"toml": "security.world_court_words"})
    court_referrals: frozenset[str] = field(metadata={"toml": "security.court_referrals"})
    #: verbs of handing a proposal to someone to study ("would study the offer", "referred it to ...").
    deferral_verbs: frozenset[str] = field(metadata={"toml": "security.deferral_verbs"})
    #: nouns naming a proposal a reply answers ("the offer", "the request", "its modalities").
    reply_objects: frozenset[str] = field(metadata={"toml": "security.reply_objects"})
    dialogue_heads: frozenset[str] = field(metadata={"toml": "security.dialogue_heads"})
    frozen_holdings: frozenset[str] = field(metadata={"toml": "security.frozen_holdings"})
    frozen_not_holdings: frozenset[str] = field(metadata={"toml": "security.frozen_not_holdings"})
    titles: PhraseSet = field(metadata={"toml": "actor.titles", "phrases": True})
    collective: PhraseSet = field(metadata={"toml": "actor.collective", "phrases": True})
    anaphoric_collective: frozenset[str] = field(metadata={"toml": "actor.anaphoric_collective"})
    #: plural nouns of a group's members after proper words in an "of" complement ("of the five Caspian states").
    member_nouns: frozenset[str] = field(metadata={"toml": "actor.member_nouns"})
    function_words: frozenset[str] = field(metadata={"toml": "actor.function_words"})
    prepositions: frozenset[str] = field(metadata={"toml": "actor.prepositions"})
    not_person: frozenset[str] = field(metadata={"toml": "actor.not_person"})
    #: plural nouns of people a place's name may modify ("Tamil Nadu politicians"): after them it is no person.
    people_plurals: frozenset[str] = field(metadata={"toml": "actor.people_plurals"})
    #: nouns of the way a vote went, whose "of" names the voters ("by consensus of the member states").
    vote_manners: frozenset[str] = field(metadata={"toml": "actor.vote_manners"})
    body_heads: frozenset[str] = field(metadata={"toml": "actor.body_heads"})
    #: heads of the bodies a later bare "the panel" may stand for ("the committee", "the commission").
    panelled: frozenset[str] = field(metadata={"toml": "actor.panelled"})
    name_particles: frozenset[str] = field(metadata={"toml": "actor.name_particles"})
    not_organisations: frozenset[str] = field(metadata={"toml": "actor.not_organisations"})
    person_pronouns: frozenset[str] = field(metadata={"toml": "actor.person_pronouns"})
    plural_pronouns: frozenset[str] = field(metadata={"toml": "actor.plural_pronouns"})
    #: offices of a town or a province ("the mayor of Colchane"): with its place, someone not named before.
    place_offices: frozenset[str] = field(metadata={"toml": "actor.place_offices"})
    #: a capital standing for its government as a subject (actors._place): the words it may follow ("but Tehran"),
    #: the nouns of an aside after it ("Pretoria in response"), the nouns after its possessive that make it the
    #: government ("Tehran's government") and the words other than a verb in -ed/-s that may follow it ("Tehran has").
    place_openers: frozenset[str] = field(metadata={"toml": "actor.place_openers"})
    place_aside_nouns: frozenset[str] = field(metadata={"toml": "actor.place_aside_nouns"})
    place_sides: frozenset[str] = field(metadata={"toml": "actor.place_sides"})
    place_verb_words: frozenset[str] = field(metadata={"toml": "actor.place_verb_words"})
    document_subjects: frozenset[str] = field(metadata={"toml": "actor.document_subjects"})
    event_subjects: frozenset[str] = field(metadata={"toml": "actor.event_subjects"})
    #: events that decide as a body: "The conference adopted ..." is the conference's act, as written.
    sitting_bodies: frozenset[str] = field(metadata={"toml": "actor.sitting_bodies"})
    #: nouns of a concluded text whose parties "between" names right after it.
    party_texts: frozenset[str] = field(metadata={"toml": "actor.party_texts"})
    region_words: frozenset[str] = field(metadata={"toml": "actor.region_words"})
    opinion_labels: frozenset[str] = field(metadata={"toml": "actor.opinion_labels"})
    #: nouns of a view held after a first-person possessive ("In my view, X should ..."): the holder proposes.
    opinion_nouns: frozenset[str] = field(metadata={"toml": "actor.opinion_nouns"})
    speech_headings: PhraseSet = field(metadata={"toml": "actor.speech_headings", "phrases": True})
    source_collectives: frozenset[str] = field(metadata={"toml": "actor.source_collectives"})
    #: speaker tags of a transcript that are not a speaker of the narrative ("QUESTION:").
    interviewer_tags: frozenset[str] = field(metadata={"toml": "actor.interviewer_tags"})
    #: verbs of an interview's lead whose object is the interviewee ("X spoke to Minister Y").
    interview_verbs: frozenset[str] = field(metadata={"toml": "actor.interview_verbs"})
    #: singular nouns that name a group of people acting together ("a coalition of business groups").
    group_nouns: frozenset[str] = field(metadata={"toml": "actor.group_nouns"})
    #: policy areas of a portfolio written between an office and a name ("Minister of Transport X").
    portfolio_words: frozenset[str] = field(metadata={"toml": "actor.portfolio_words"})
    #: heads of a subject phrase naming people who act for a state or body ("the two defence ministers"):
    #: a condensed item never starts at one left over from its subject.
    subject_nouns: frozenset[str] = field(metadata={"toml": "actor.subject_nouns"})
    #: plural heads of those who met, named as a collective a later "They" goes on naming as written (round 33a).
    meeting_collectives: frozenset[str] = field(metadata={"toml": "actor.meeting_collectives"})
    #: nouns that point back to the state last named ("the kingdom", "the island nation").
    state_anaphors: frozenset[str] = field(metadata={"toml": "actor.state_anaphors"})
    #: plural nouns for the members of a chamber ("Deputies also ratified ...": the chamber votes).
    chamber_members: frozenset[str] = field(metadata={"toml": "actor.chamber_members"})
    #: head nouns of a legislature ("the Croatian Parliament", "the Senate") that such members stand for.
    chambers: frozenset[str] = field(metadata={"toml": "actor.chambers"})
    #: a country's name as some sources spell it ("Viet Nam"), kept in an article that writes it (entities).
    written_spellings: frozenset[str] = field(metadata={"toml": "entities.written_spellings"})
    #: capitals' and cities' names that never stand for a government (people's names, common words): entities.
    not_places: frozenset[str] = field(metadata={"toml": "entities.not_places"})
    #: verbs of a chamber's vote on a text ("ratified", "passed").
    chamber_votes: frozenset[str] = field(metadata={"toml": "actor.chamber_votes"})
    chair_verbs: frozenset[str] = field(metadata={"toml": "actor.chair_verbs"})
    #: the United States written by its initials before an office ("the US deputy ambassador"), case as written.
    us_forms: frozenset[str] = field(metadata={"toml": "actor.us_forms"})
    #: verbs of ratifying a text, whose terms are then its parties' (classify: the terms named again).
    ratifying_verbs: frozenset[str] = field(metadata={"toml": "actor.ratifying_verbs"})
    adverbs: frozenset[str] = field(metadata={"toml": "grammar.adverbs"})
    time_words: frozenset[str] = field(metadata={"toml": "grammar.time_words"})
    reporting_verbs: frozenset[str] = field(metadata={"toml": "grammar.reporting_verbs"})
    stopwords: frozenset[str] = field(metadata={"toml": "grammar.stopwords"})
    support_verbs: frozenset[str] = field(metadata={"toml": "grammar.support_verbs"})
    initiative_nouns: frozenset[str] = field(metadata={"toml": "grammar.initiative_nouns"})
    #: round 39a: courses a party backs besides initiatives ("would back a regional agreement").
    backed_courses: frozenset[str] = field(metadata={"toml": "grammar.backed_courses"})
    not_nouns: frozenset[str] = field(metadata={"toml": "grammar.not_nouns"})
    request_verbs: frozenset[str] = field(metadata={"toml": "grammar.request_verbs"})
    evidence_subjects: frozenset[str] = field(metadata={"toml": "grammar.evidence_subjects"})
    proposal_modals: frozenset[str] = field(metadata={"toml": "grammar.proposal_modals"})
    offer_modals: frozenset[str] = field(metadata={"toml": "grammar.offer_modals"})
    offer_verbs: frozenset[str] = field(metadata={"toml": "grammar.offer_verbs"})
    courtesies: frozenset[str] = field(metadata={"toml": "grammar.courtesies"})
    salutation_words: frozenset[str] = field(metadata={"toml": "grammar.salutation_words"})
    prediction_verbs: frozenset[str] = field(metadata={"toml": "grammar.prediction_verbs"})
    party_subjects: frozenset[str] = field(metadata={"toml": "grammar.party_subjects"})
    party_outcomes: frozenset[str] = field(metadata={"toml": "grammar.party_outcomes"})
    irregular_participles: frozenset[str] = field(metadata={"toml": "grammar.irregular_participles"})
    # Derived in load_lexicon:
    security_terms: PhraseSet = field(default=PhraseSet({}))  # [security] terms + every domain list
    security_words: frozenset[str] = frozenset()  # the one-word security terms
    title_words: frozenset[str] = frozenset()  # every word of a title
    demonyms: Mapping[str, str] = field(default_factory=dict)  # lower-case demonym -> country
    aliases: Mapping[str, str] = field(default_factory=dict)  # lower-case alias -> country
    #: Verbs after which a lone capitalised word is a person ("Mendes said", "Orsi proposed"):
    #: the reporting verbs and the verbs that open a proposal cue.
    speech_verbs: frozenset[str] = frozenset()
    #: Reporting verbs in the plural present that no noun shares ("critics argue", "residents insist"): after a
    #: subject they can only be its verb (rules.actor_choice._opening_noun_phrase). Derived from ``reporting_verbs``:
    #: each listed verb whose third-person form ("argues") is listed too, so it is a base form.
    case_verbs: frozenset[str] = frozenset()
    cues: CueIndex = field(default=CueIndex({}))  # the lists of _CUE_LISTS, matched in one pass


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


#: The lists :class:`CueIndex` matches in one pass: a Lexicon field's name, or name -> TOML list.
_CUE_LISTS: tuple[str | tuple[str, str], ...] = (
    "decision_nominal",
    "decision_phrases",
    "decision_acts",
    ("terms_verbs", "decision.terms_verbs"),
    ("terms_frames", "decision.terms_frames"),
    "proposal_strong",
    "proposal_weak",
    "goals",
    "security_terms",
    "security_not_terms",
    ("contention", "decision.contention"),
    ("announcements", "decision.announcements"),
)


@functools.cache
def load_lexicon(path: Path = DEFAULT_LEXICON) -> Lexicon:
    """Parse ``path`` once per process.

    Raises OSError/TOMLDecodeError on an unreadable file, KeyError naming the list when one
    that a field declares is missing.
    """
    with path.open("rb") as fh:
        raw: dict[str, Any] = tomllib.load(fh)
    values: dict[str, Any] = {}
    for f in fields(Lexicon):
        if "toml" in f.metadata:
            words = _list(raw, f.metadata["toml"], path)
            values[f.name] = PhraseSet.of(words) if f.metadata.get("phrases") else frozenset(words)
    terms = _security_terms(raw["security"])
    values["security_terms"] = PhraseSet.of(terms)
    cues = {
        c if isinstance(c, str) else c[0]: values[c] if isinstance(c, str) else PhraseSet.of(_list(raw, c[1], path))
        for c in _CUE_LISTS
    }
    entities = raw["entities"]
    return Lexicon(
        **values,
        security_words=frozenset(t for t in terms if " " not in t),
        title_words=frozenset(w for t in raw["actor"]["titles"] for w in tokenize_lower(t)),
        demonyms={k.lower(): v for k, v in entities["demonyms"].items()},
        aliases={k.lower(): v for k, v in entities["aliases"].items()},
        speech_verbs=values["reporting_verbs"] | _proposing_verbs(raw["proposal"]),
        case_verbs=frozenset(v for v in values["reporting_verbs"] if v + "s" in values["reporting_verbs"]),
        cues=CueIndex.of(cues),
    )


def _list(raw: Mapping[str, Any], key: str, path: Path) -> list[str]:
    """The list at dotted ``key`` ("security.not_terms.phrases") of the parsed TOML."""
    node: Any = raw
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise KeyError(f"{path}: no list {key!r} (every cue list of the shipped lexicon.toml is required)")
        node = node[part]
    return list(node)


def _proposing_verbs(prop: Mapping[str, Any]) -> frozenset[str]:
    """Past forms that open a proposal cue ("proposed", "urged", "called on"): news reports acts in the past."""
    firsts = [tokenize_lower(p) for p in [*prop["strong"], *prop["weak"]]]
    return frozenset(t[0] for t in firsts if t and t[0].endswith("ed") and not t[0].endswith("eed"))  # not "need"


def _security_terms(sec: Mapping[str, Any]) -> list[str]:
    """``[security] terms`` plus every list of ``[security.domains]``, each one-word term with its inflections."""
    terms = [*sec["terms"], *(t for group in sec.get("domains", {}).values() for t in group)]
    # Round 31: a one-word term names the same matter in its other regular forms ("attacked", "attacking" as
    # "attack"; "drill" as "drills"), unseen text using the inflection the studied batches happened not to;
    # a form with an everyday sense of its own is listed in `not_inflected` ("general" from "generals").
    # The gazetteers (`uninflected`: names of groups, bodies and places) keep their spelling.
    names = {t for key in sec.get("uninflected", []) for t in sec.get("domains", {}).get(key, [])}
    blocked = set(sec.get("not_inflected", []))
    known = set(terms)
    forms = sorted(
        {
            f
            for t in terms
            if " " not in t and t not in names and t.replace("-", "").isalpha()
            for f in inflections(t)
            if f not in known and f not in blocked
        }
    )
    terms = [*terms, *forms]
    # Round 25: a one-word term in the possessive ("the brigade's infrastructure", "MINURSO's mandate", batches i, o)
    # names the same matter; the tokens keep the "'s", so its forms are terms too (matched by the same scan).
    owned = [t for t in terms if " " not in t and not t.endswith("s")]
    return [*terms, *(t + "'s" for t in owned), *(t + "’s" for t in owned)]


_SIBILANTS = ("s", "sh", "ch", "x", "z")
_VOWELS = frozenset("aeiou")


def inflections(word: str) -> set[str]:
    """The regular noun and verb forms of ``word`` and of the stems it may be a form of (a small morphology).

    ``drills`` -> drill, drilled, drilling, drillings; ``attack`` -> attacks, attacked, attacking; ``killed`` ->
    kill, kills, killing, killings; ``bombing`` -> bomb, bombs, bombed, bombings. The stem of a form is guessed
    by every regular rule at once (``injured`` -> injur/injure), so some outputs are not English words: harmless
    as phrases, since no text holds them. Words ending in "ss", "us", "is" are not taken for plurals.
    """
    stems: set[str] = set()
    if word.endswith("ies") and len(word) > 4:
        stems.add(word[:-3] + "y")
    elif word.endswith("es") and word[:-2].endswith(_SIBILANTS):
        stems.add(word[:-2])
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        stems.add(word[:-1])
    for suffix in ("ed", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            stems.update((stem, stem + "e"))
            if stem.endswith("i") and suffix == "ed":
                stems.add(stem[:-1] + "y")
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
                stems.add(stem[:-1])  # "kidnapped" -> kidnap
    stems = stems or {word}  # a word with no ending of a form is its own stem
    out = set(stems)
    for stem in stems:
        out.update(_forms(stem))
    out.discard(word)
    return out


def _forms(stem: str) -> list[str]:
    """Plural/third person, past, -ing and plural -ing forms of ``stem`` (both spellings of a final consonant)."""
    last = stem[-1]
    if stem.endswith(_SIBILANTS):
        plural = stem + "es"
    elif last == "y" and stem[-2:-1] not in _VOWELS:
        plural = stem[:-1] + "ies"
    else:
        plural = stem + "s"
    if last == "e":
        past, ing = stem + "d", (stem + "ing" if stem.endswith("ee") else stem[:-1] + "ing")
    elif last == "y" and stem[-2:-1] not in _VOWELS:
        past, ing = stem[:-1] + "ied", stem + "ing"
    else:
        past, ing = stem + "ed", stem + "ing"
    out = [plural, past, ing, ing + "s"]
    if last not in _VOWELS and last not in "wxy" and stem[-2:-1] in _VOWELS and stem[-3:-2] not in _VOWELS:
        out += [stem + last + "ed", stem + last + "ing", stem + last + "ings"]  # "patrolled", "kidnapping"
    return out
