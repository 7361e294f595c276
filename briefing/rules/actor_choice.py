"""Who acts in a labelled sentence (:func:`_actor`): the grammatical subject before the cue
(not a prepositional object), the agent of a passive ("by the Senate"), the speaker for cues
inside quotes, or the last group or person named; "It" is the last body that acted, a document
subject acts for its issuers, a passive proposal's subject is not its author.
:func:`_resolve_in_order` feeds the article's mentions to the actor memory in sentence order.

Contract: pure functions of a sentence's tokens, mentions and the article's actor memory; they
may use every other rule module but nothing imports them except :mod:`briefing.classify`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import final

from ..actors import (
    _COUNTRY_BRACKET,
    _PARTY_NOUNS,
    _PEOPLE_HEADS,
    ActorMemory,
    Mention,
    _adjacent,
    _counted_states,
    _has_proper,
    _head,
    _split_names,
    is_place,
)
from ..entities import country_at, country_names, place_at
from ..grammar import DO_FORMS, PASSIVE_AUX
from ..lexicon import Lexicon
from ..quotes import inside_quote, quote_open_at_end
from ..quotes import speaker as quote_speaker
from ..tokens import Token, tokens
from .clauses import ARTICLES
from .context import _first_person, _in_aside
from .decisions import _DECISION_NOUNS, _TERMS_FIRST, _TERMS_OPENERS, _document_subject
from .proposals import _ADMISSIONS, _INITIATIVE_NOUNS, _PROPOSAL_NOUNS
from .security import _closing_frame


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
    """Who decided or proposed (see module docstring for the order of the rules); the caller adds
    the acronym the article uses for a body named in full (:func:`_with_acronym`).

    ``frame`` is the reporting verb of a proposal made in indirect speech ("Lula said Brazil
    would finance ..."): its subject, not the clause's, is the proposer.
    """
    resolved = _resolve_in_order(mentions, memory, lex)
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
    main = _act_before_relative(text, toks, lowers, cue, lex)
    if main is not None:
        # "the Summit adopted the strategy, which commits the members to ...": what the adopted text does is the
        # act of those who adopted it, the main clause's subject, not a noun inside the relative clause
        return _actor(
            text, toks, lowers, mentions, main, memory, lex, passive_ok=passive_ok, nominal=nominal, later=later
        )
    if not nominal and (state_body := _own_body(text, toks, lowers, cue, memory, lex)) is not None:
        # "In April our cabinet approved ...": the speaker's possessive body is his state's body.
        return state_body
    if not nominal and (holder := _view_holder(text, toks, lowers, cue, memory, lex)) is not None:
        # "In my view, the five governments should go further and ...": the holder of the view asks for it
        return holder
    if not nominal and frame is None and (adviser := _author_advice(text, toks, lowers, memory, lex)) is not None:
        # "Cairo would do better to propose ...", "Donors should fund ...": an analysis author's own counsel
        return adviser
    if not nominal and (main_clause := _first_person_main(text, toks, lowers, cue, memory, lex)) is not None:
        # "I also call on insurers to report to a centre, which Oman is ready to host": the speaker's act.
        return main_clause
    if not nominal and (me := _first_person(text, toks, lowers, cue, memory)) is not None:
        # "We signed an agreement with the United States": a state's "we" acted with the party named.
        return _we_with(text, toks, lowers, mentions, cue, resolved, me, memory) or me
    main = _we_before_relative(lowers, cue, lex) if not nominal and memory.speaker is not None else None
    if main is not None and (me := _first_person(text, toks, lowers, main, memory)) is not None:
        # "We have signed a memorandum with Ecuador that allows ...": what the document allows is the
        # act of those who signed it, the speaker's state and the party named after "with".
        return _we_with(text, toks, lowers, mentions, main, resolved, me, memory) or me
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
    if lowers[cue] in lex.chamber_votes and (chamber := _voting_chamber(text, toks, lowers, cue, memory, lex)):
        # "In the same session, deputies also ratified ...": the members of a chamber written bare vote as it
        return chamber
    bloc = _on_behalf_of(text, toks, lowers, mentions, cue, resolved)
    if bloc is not None:
        # "Speaking for the Alliance of Small Island States, Samoa's negotiator called for ...": the bloc
        return bloc
    led = _subject_before_aside(text, toks, lowers, mentions, cue, resolved, lex)
    if led is not None:
        # "Several allies, led by the Netherlands, pushed for ...": the subject acts, not who leads it.
        return led
    relative = _subject_before_relative(text, toks, lowers, mentions, cue, resolved, memory, lex)
    if relative is not None and frame is None:
        # "The Inuvialuit corporation, which represents ..., has asked", "Herder families who graze ... have
        # asked": the phrase the relative clause describes is the subject, read as if the clause were not there.
        return relative
    aside = _subject_past_aside(text, toks, lowers, mentions, cue, resolved, lex) if frame is None else None
    if aside is not None:
        # "The Social Democrats, the largest opposition party, backed ... but tabled", "At a meeting in March, the
        # Commission, which groups A, B and C, agreed": the phrase before a non-restrictive aside acts
        return aside
    apposed = _apposed_agent(text, toks, lowers, mentions, cue, resolved, lex)
    if apposed is not None:
        # "The draft, drawn up by Chile and Peru, calls for ...": the makers act through what they made.
        return apposed
    reporter = next((m for m in reversed(mentions) if frame is not None and m.end <= frame and m.prep is None), None)
    if frame is not None and lowers[cue].endswith("ed") and (reporter is None or reporter.kind in ("group", "body")):
        # "Two diplomats said Togo had proposed X": sources report another's past act, which keeps
        # its own subject ("Minister X said Pretoria supported ..." stays the minister's, for his state).
        clause = [m for m in mentions if frame < m.start and m.end <= cue and m.prep is None]
        # "The leaders underlined the importance of X and called for ...": a verb after "and" shares the frame's
        # subject; the noun before "and" is the first verb's object, not the cue's subject
        own = next((m for m in clause if cue - m.end <= 2 and lowers[cue - 1] != "and"), None)
        if own is not None and resolved[id(own)]:
            return resolved[id(own)]
        if own is None and (said := _bare_subject(text, toks, lowers, mentions, cue, lex)) is not None:
            return said  # "One of the diplomats said the army had asked ...": the reported clause's subject
    had = _reported_past_act(lowers, cue, lex) if frame is not None else None
    if frame is not None and had is not None and reporter is not None and reporter.kind == "person":
        # "The minister told reporters that Accra had asked the owners ...", "X said Norway had offered to ...": a
        # past act reported in the past perfect (or, round 39b, the simple past: "told the Council that Khartoum
        # wanted ...") keeps its own subject when that is a government named by its capital or another state than
        # the speaker's; "X said Ghana would ..." (his state's offer) stays his
        own = next((m for m in mentions if frame < m.start and m.end == had and m.prep is None), None)
        if own is not None and resolved[id(own)] and _reported_state(own, reporter, memory):
            return resolved[id(own)]
    if frame is not None and lowers[frame] in _PLURAL_SAYING:
        # "Some Ivorian officers argue that ...", "Water experts contend ...": a group named by a common noun
        # makes the case as written, not the state its adjective names nor the parties its clause addresses
        group = _opening_noun_phrase(text, toks, lowers, mentions, frame, lex)
        if group is not None:
            return group
    if frame is not None:
        before = [m for m in mentions if m.end <= frame and m.prep is None]
        speaker = next((m for m in reversed(before) if not _in_aside(text, toks, m, frame)), None)
        if speaker is not None and resolved[id(speaker)]:
            return resolved[id(speaker)]
        if speaker is None and (placed := _placed_plural(text, toks, lowers, mentions, frame, lex)) is not None:
            return placed  # "Opposition councillors in Lezhë say the camp should ...": they propose
    if lowers[cue] in _OWNED_PROPOSALS and (owned_by := _own_proposal(lowers, cue, memory)) is not None:
        # "My own suggestion is that ...": a speaker's possessive owns the proposal.
        return owned_by
    if lowers[cue] in _PROPOSAL_NOUNS | _INITIATIVE_NOUNS:
        # "a proposal by Romania and Bulgaria", "Uzbekistan's initiative": the noun's agent or owner.
        by_whom = next((m for m in mentions if m.prep in ("by", "from") and cue < m.start <= cue + 3), None)
        # "The proposal was put forward by Quispe": the agent of the verb whose subject the noun is
        put = cue + 1 < len(lowers) and lowers[cue + 1] in PASSIVE_AUX
        by_whom = by_whom or next((m for m in mentions if put and m.prep == "by" and cue < m.start <= cue + 6), None)
        source = by_whom or _possessor_or_parties(toks, lowers, mentions, cue, parties=False)
        if source is not None:
            return resolved.get(id(source)) or source.name
    if lowers[cue] in _WITNESS_VERBS and _CEREMONY.intersection(lowers[cue + 1 : cue + 4]):
        # "attended the signing of a declaration by Thailand and Cambodia": the signatories.
        # after "between" only both parties are ("between Fiji's police and ..." is not Fiji alone)
        parties = next(
            (m for m in mentions if m.start > cue and (m.prep == "by" or (m.prep == "between" and m.plural))), None
        )
        # "welcomed the signing, on the same day, by Naval Group and the Brazilian Navy of an amendment": the
        # signatories' names as written after "by", when no mention rule reads them all
        by = next((k for k in range(cue + 2, min(len(lowers), cue + 12)) if lowers[k] == "by"), 0)
        written = _names_after_by(text, toks, lowers, by) if by else None
        if written is not None and (parties is None or (parties.start == by + 1 and len(written) > len(parties.name))):
            return written
        if parties is not None:
            return resolved[id(parties)]
        # "witnessed the signing of an agreement between Oman's OQ group and Kuwait Petroleum Corporation"
        k = next((k for k in range(cue + 3, min(len(lowers), cue + 8)) if lowers[k] == "between"), 0)
        if k and lowers[k - 1] in lex.party_texts and (signatories := _parties_after(text, toks, lowers, k, -1, lex)):
            return signatories
    if passive_ok and (own_parties := _between_parties(text, toks, lowers, mentions, cue, lex)) is not None:
        # "A memorandum between the ministries of defence ... was also signed", "Among them is an agreement
        # between Petrobras and YPFB": the parties the agentless text names concluded it, not the leaders.
        return _with_states(text, toks, mentions, resolved, own_parties)
    bare = _bare_subject(text, toks, lowers, mentions, cue, lex) or _opening_noun_phrase(
        text, toks, lowers, mentions, cue, lex
    )
    if bare is not None and (lowers[cue].endswith("ed") or _trailing_reporter(text, toks, mentions, cue, lex) is None):
        # "Beijing has instead proposed ...", "The organisers have asked ...": a subject no rule names
        # (a capital for its government, a body by its common noun) is still the one who acts, as written.
        return _state_anaphor(bare, memory, lex) or bare
    # the verb of the subject: the cue, or a reporting verb before it ("councillors in Lezhë say X should")
    say = next((r for r in range(1, cue) if lowers[r] in lex.reporting_verbs or lowers[r] in _PLURAL_SAYING), cue)
    placed = _placed_plural(text, toks, lowers, mentions, say, lex)
    if placed is None and say == cue and cue > 3 and lowers[cue - 1] in _SHARED_SUBJECT_LINKS:
        # "Fishermen in Tema welcomed the ban but asked ...": a second verb after "but" or "and" shares the
        # placed subject of the first
        first = next((k for k in range(2, cue - 1) if lowers[k].endswith("ed")), None)
        placed = _placed_plural(text, toks, lowers, mentions, first, lex) if first is not None else None
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
        participle = lowers[cue].endswith("ed") or lowers[cue] in lex.irregular_participles  # "was put forward"
        if participle and _after_auxiliary(lowers, cue, lex):
            # "Member states are invited to contribute": the invited are not the proposer.
            agent = _agent(text, toks, lowers, mentions, cue, resolved, lex)
            return agent or memory.last_body or memory.last_group or memory.organisation
        reduced = participle and cue > 0 and "by" in lowers[cue + 1 : cue + 3]
        if reduced and not any(_verb_like_word(w) for w in lowers[:cue]):
            # "One option put forward by the Commission would ...", "A plan drawn up by Chile calls for": a
            # participle right after the subject's noun is a reduced relative, whose agent made the proposal (not
            # after the main verb: "The EU backed a compromise floated by Brazil" is the EU's)
            agent = _agent(text, toks, lowers, mentions, cue, resolved, lex)
            if agent is not None:
                return agent
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
        if (we := _our_passive(text, toks, lowers, cue, memory)) is not None:
            # "We tightened the rules, and 40 licences were revoked": an agentless act after the speaker's "we"
            return we
        # "A memorandum was signed between Chile and Peru": the parties named after the act.
        # (not "signed in the fields of energy, ..., and cooperation between the ministries": a list's noun's)
        parties = next((m for m in mentions if m.start > cue and m.prep == "between" and m.plural), None)
        if parties is not None and "," not in text[toks[cue].end : toks[parties.start].start]:
            return resolved[id(parties)]
        if lowers[cue] in _ADMISSIONS:
            # "Somalia was admitted to the EAC", "was accepted as a member of ASEAN": the body admits.
            into = next((m for m in mentions if cue < m.start <= cue + 8 and m.prep in ("to", "into", "of")), None)
            if into is not None and into.kind in ("acronym", "body", "group"):
                return resolved.get(id(into)) or into.name
        # "It was agreed to ...", "In the field of defence, it was agreed that ...": the joint statement's usage
        impersonal = lowers[0] == "it" or lowers[cue] == "it"
        witnessed = "presence" in lowers[cue : cue + 8] or _PRESENCE_OPENING.match(text) is not None
        states = memory.leaders_states() or _paired_states(memory.last_group)
        # "the heads of state", "the leaders" after two leaders met: the people who met, as a bracket of them is
        leaders = _leaders(memory.last_group, lex)
        if (impersonal or witnessed) and states and (witnessed or "(" in (memory.last_group or "(") or leaders):
            # "In the presence of the leaders, the following documents were signed", "It was agreed to
            # ...": the states whose leaders met are the sides (the usage of joint statements), not the
            # leaders who watched; shown as "the sides (Uzbekistan and Azerbaijan)".
            return _sides_of(states)
        # "A fund was also set up": with no agent, "also" continues the last decision's actor (not the
        # author of a proposal reported in between).
        # ("It was also agreed ..." is the joint statement's impersonal usage: the sides, below.)
        if "also" in lowers[max(0, cue - 3) : cue] and not impersonal and (memory.last_decider or memory.last_actor):
            return memory.last_decider or memory.last_actor
        # "Sanctions have been lifted, the Treasury said": the body that announces its own act
        announcer = _closing_body(text, toks, mentions, cue, lex)
        if announcer is not None:
            return resolved.get(id(announcer)) or announcer.name
        # "were signed in the presence of the Ministers"
        if (impersonal or witnessed) and memory.last_group and "(" not in memory.last_group:
            # "It was agreed to ...": the usage of joint statements, where the sides agreed.
            if _head(memory.last_group) in _PARTY_NOUNS:
                return "the sides"  # "Both delegations reviewed ... It was also agreed": the same parties
            if memory.last_group[:1].islower() and not _has_proper(memory.last_group):
                # "the Ministers met ... It was agreed": the sides agreed, as joint statements word it; "the sides
                # (the ministers)" would name one description by another, which tells no one more ("the sides (the
                # CIS leaders)" still tells whose)
                return "the sides"
            return f"the sides ({memory.last_group})"
        counted = memory.last_group or ""
        if impersonal and counted.startswith("the ") and counted.endswith(")") and counted.count("(") == 1:
            # "the two Ministers (A and B) signed ... It was also agreed": the people the counted collective stood
            # for are the sides, as joint statements word it
            head, _, inner = counted[:-1].partition(" (")
            if _head(head) in _PEOPLE_HEADS:
                return f"the sides ({inner})"
        met = _COUNTRY_BRACKET.sub("", memory.last_group or "")
        if impersonal and " and " in met and all(w[:1].isupper() for w in met.replace(" and ", ", ").split(", ")):
            # "Tinubu and Ramaphosa (South Africa) ... It was agreed to set up ...": the people who met, named
            # as the sides without their states' brackets (which would nest); not "both sides (A and B)"
            return f"the sides ({met})"
        signing = bool(_SIGNING.intersection(lowers[cue : cue + 3]))
        if states and ("(" in (memory.last_group or "(") or leaders) and signing:
            # "Following the talks, documents were signed": after two leaders of two states met, the
            # documents are the states' (signed by their ministers), not the leaders' own acts.
            return _sides_of(states)
        decider = memory.last_decider or ""
        continued = decider.startswith(("the sides (", "the two sides ("))
        if continued and signing:
            # "Documents were signed in the presence of the leaders. A memorandum on ... was signed.": a
            # run of agentless signings continues the sides that signed the first, not a body named between.
            return memory.last_decider
        if (compound := _compound_parties(toks, mentions, cue)) is not None:
            return compound  # "Construction of the China-Kyrgyzstan-Uzbekistan railway was launched"
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
    candidates = [
        m
        for m in candidates
        if not _in_aside(text, toks, m, cue)
        or _after_fronted(text, toks, lowers, m, lex)
        or _names_owned_body(text, toks, lowers, m, cue, lex)
    ]
    if cue > 1 and lowers[cue - 1] == "and" and candidates:
        # "the leaders condemned Russian strikes and announced sanctions": a second verb shares the
        # first one's subject, not a noun of the first verb's object.
        first = next((k for k in range(candidates[0].end, cue - 1) if lowers[k].endswith("ed")), None)
        if first is not None:
            candidates = [m for m in candidates if m.end <= first] or candidates
        lead = next((k for k in range(2, candidates[0].start) if lowers[k].endswith("ed")), None)
        if lead is not None and _written_subject(text, toks, lowers, lead, lex) is not None:
            # "The Summit endorsed X's bid for a seat on the Security Council and called on ...": a written subject
            # no mention reads, before a first verb, is the subject of both (read below), not a noun of its object
            candidates = []
    opening = _participial_opening(text, toks, lowers, cue)
    if opening is not None:
        after = [m for m in mentions if m.start >= opening and m.prep is None]
        if after:
            return resolved[id(after[0])]
    if candidates and resolved[id(candidates[-1])]:
        last = candidates[-1]
        if len(candidates) >= 2 and (apposed_to := _apposed_acronym(text, toks, candidates[-2], last)) is not None:
            # "Senator A (APC, Ogun Central) urged", "Paraguay's anti-drug secretariat, SENAD, has proposed": an
            # acronym set off right after a name is the name's party or the body's short name, not the subject
            shown = resolved[id(apposed_to)] or apposed_to.name
            return shown if apposed_to.kind in ("person", "description") else f"{shown} ({last.name})"
        if last.kind == "country" and (group := _demonym_group(text, toks, lowers, last, cue, lex)) is not None:
            # "Estonian business groups used the occasion to ask ...": the nation's adjective is no actor
            return group
        if len(candidates) >= 2 and last.kind in ("group", "body", "country", "countries", "acronym"):
            prior = candidates[-2]
            gap = text[toks[prior.end - 1].end : toks[last.start].start].strip().removesuffix(" the")
            if gap in ("and", ", and") and prior.kind in ("group", "body", "country", "countries", "acronym"):
                # "Poland and the Baltic states backed ...": two kinds of actor joined, both act
                return f"{resolved[id(prior)] or prior.name} and {resolved[id(last)]}"
        return resolved[id(last)]
    if passive_ok and (met_at := _meeting_body(text, toks, lowers, mentions, cue, lex)) is not None:
        # "The agreement, reached at a meeting of the Border Committee, provides ...": the body that met made the
        # document it opens on (read before the document's issuers and the parties its name joins)
        return _met_with_states(met_at, memory)
    issuer = _statement_issuer(lowers, cue, memory, lex)
    if issuer is not None:
        # "In a final statement, the leaders agreed ... The statement also called for ...": its issuers
        return issuer
    if _document_subject(lowers, cue, lex):
        # "The protocol, signed by A and B, sets out ...": the signatories of the document.
        signed = next((m for m in mentions if m.prep == "by" and m.end <= cue and resolved.get(id(m))), None)
        if signed is not None:
            return resolved[id(signed)]
        # "The statement called for ...": a document acts for the parties that issued it.
        return memory.plural() or memory.last_body or memory.organisation or last_person
    if passive_ok and (compound := _compound_parties(toks, mentions, cue)) is not None:
        # "The Japan-Philippines Reciprocal Access Agreement entered into force": the states its name joins
        return compound
    written = _written_subject(text, toks, lowers, cue, lex)
    if written is None and cue > 2 and lowers[cue - 1] == "and":
        # "The Summit approved the budget and urged ...": a second verb shares the first one's written subject
        first = next((k for k in range(2, cue - 1) if lowers[k].endswith("ed")), None)
        written = _written_subject(text, toks, lowers, first, lex) if first is not None else None
    if written is not None:
        # "The Andean delegation proposed ...", "Mercosur's trade commissioner has urged ...": a subject
        # no mention rule reads still acts, as written, rather than whoever the article named last.
        return _event_with_members(written, memory, lex)
    if passive_ok:
        # "The decision was taken at a meeting held at the customs post": with no one else named, the decision
        # just reported was its deciders'
        return memory.last_group or memory.last_body or last_person or memory.last_decider
    if (
        memory.speaker is not None
        and not memory.columnist
        and not inside_quote(text, toks[cue])
        and _THIRD_PERSON.isdisjoint(lowers[:cue])
    ):
        # "It is important to involve Afghanistan in ...": in a speech or an answer, a proposal that names no
        # one is the speaker's, not that of the last person he mentioned (the host he thanked); "His
        # suggestion is ..." is still the other's
        return memory.display(memory.speaker)
    return last_person or memory.last_group or memory.last_body


def _view_holder(
    text: str, toks: list[Token], lowers: list[str], cue: int, memory: ActorMemory, lex: Lexicon
) -> str | None:
    """'In my view, Guatemala should go further and propose ...': a clause after a first-person view ("my" and a
    noun of ``opinion_nouns``) asks for what its speaker (a speech's, an interview's, a bylined author's) wants,
    whoever its subject is; the speaker, or None (no speaker, a quotation, no such view before the cue)."""
    if memory.speaker is None or "my" not in lowers[:cue] or inside_quote(text, toks[cue]):
        return None
    if any(lowers[k] == "my" and lowers[k + 1] in lex.opinion_nouns for k in range(cue - 1)):
        return memory.speaker
    return None


_ADVICE_MODALS = frozenset(["should", "ought"])
_ADVICE_ADVERBS = frozenset(["better", "well", "best", "wisely"])
_COURSE_NOUNS = frozenset(
    ["course", "option", "solution", "fix", "step", "answer", "way", "approach", "remedy", "move", "choice", "path"]
)


#: before the counsel: it is reported ("Others say the governments should"), or asked ("who should pay")
_NOT_BEFORE_ADVICE = frozenset(
    ["say", "argue", "insist", "believe", "think", "that", "who", "how", "whether", "what", "why", "which", "if"]
)


def _advice_at(lowers: list[str]) -> int | None:
    """Where a sentence gives counsel: "should" or "ought" ("Donors should fund ..."), "would do better to" ("Cairo
    would do better to propose ..."), or a course named by its merit ("The most workable solution would be for X to",
    "The simplest fix would be ..."); None without any."""
    for k, w in enumerate(lowers):
        if w in _ADVICE_MODALS:
            return k
        if w == "would" and k + 2 < len(lowers):
            if lowers[k + 1] == "do" and lowers[k + 2] in _ADVICE_ADVERBS:
                return k
            if lowers[k + 1] == "be" and k > 0 and lowers[k - 1] in _COURSE_NOUNS:
                return k
    return None


def _author_advice(text: str, toks: list[Token], lowers: list[str], memory: ActorMemory, lex: Lexicon) -> str | None:
    """Round 39b: an analysis author's counsel (:func:`_advice_at`) in the main clause, outside quotations and before
    any verb of saying or proposing ("Kabasele argues that the two governments should ..." is Kabasele's; "Croatia
    has proposed that the EU should ..." is Croatia's), is the author's proposal, whoever it addresses; the author,
    or None (no bylined author, no counsel, counsel reported)."""
    if not memory.columnist or memory.speaker is None or (_ADVICE_MODALS.isdisjoint(lowers) and "would" not in lowers):
        return None
    at = _advice_at(lowers)
    if at is None or inside_quote(text, toks[at]):
        return None
    if any(w in lex.speech_verbs or w in lex.case_verbs or w in _NOT_BEFORE_ADVICE for w in lowers[:at]):
        return None

    return memory.speaker


def _our_passive(text: str, toks: list[Token], lowers: list[str], cue: int, memory: ActorMemory) -> str | None:
    """In a speech's or an interview's narrative, an agentless passive act in a clause after one whose subject is
    "we" ("we have changed the law, and 40 permits were revoked") is the speaker's state's; else None."""
    if memory.speaker is None or memory.columnist or inside_quote(text, toks[cue]):
        return None
    if "we" not in lowers[:cue]:
        return None
    return memory.speaker_country or memory.speaker


def _act_before_relative(text: str, toks: list[Token], lowers: list[str], cue: int, lex: Lexicon) -> int | None:
    """The main clause's act when the cue opens a relative clause on its object ("adopted the strategy, which
    commits ..."): the index of a past act of ``decision_acts`` before the comma, or None."""
    if cue < 4 or lowers[cue - 1] != "which" or "," not in text[toks[cue - 2].end : toks[cue - 1].start]:
        return None
    return next(
        (k for k in range(1, cue - 2) if lowers[k] in lex.decision_acts.by_first and lowers[k].endswith("ed")), None
    )


#: Adverbs that may stand between "had" and a reported act ("the other side had also asked").
_PERFECT_ADVERBS = frozenset(["also", "already", "earlier", "previously", "formally", "repeatedly", "twice", "since"])


def _reported_past_act(lowers: list[str], cue: int, lex: Lexicon) -> int | None:
    """Where the reported clause's subject ends when the cue is a finished act: at "had" before a past participle
    ("... that Accra had asked ...", "had also asked", "had again asked"), or (round 39b) right before a simple past
    ("... told the Council that Khartoum wanted ...", "that Bangui also wanted"), adverbs aside; else None."""
    if cue < 2 or not lowers[cue].endswith("ed"):
        return None
    j = cue
    while j > 1 and (lowers[j - 1] in _PERFECT_ADVERBS or lowers[j - 1] in lex.adverbs):
        j -= 1
    return j - 1 if lowers[j - 1] == "had" else j


def _reported_state(own: Mention, reporter: Mention, memory: ActorMemory) -> bool:
    """True when a reported clause's subject is a government that is not simply the reporting person's own voice: a
    capital or city standing for its state, or a state other than the one the person is known to serve."""
    if is_place(own):
        return True  # "Accra had asked": the government named by its capital, as the text names it
    # "Nkosi (South Africa) said Norway had offered": another state's act; a state not known to be another's
    # ("Nurzhigitov told reporters that Kazakhstan had proposed ...") may be the speaker's own offer, left his
    spoken = reporter.country or memory.person_country.get(memory.full_name(reporter.name))
    if spoken is None:
        # a speaker whose state the text never gave: another state is one the headline does not name (the
        # headline names the states whose officials the story quotes)
        return own.kind == "country" and own.name not in memory.headline_nations
    return own.kind == "country" and spoken != own.name


def _after_bare_time(lowers: list[str], end: int, lex: Lexicon) -> int:
    """Where the subject starts after a fronted phrase of time written without a comma ("Last autumn the operators
    ...", "In May the council ...", "On 3 March the ministers ..."): the index of the determiner that follows one
    to four words of time; 0 when the sentence opens otherwise ("In Brussels the ministers": a place, not read)."""
    if not lowers or lowers[0] not in _FRONTING:
        return 0  # cheap: most sentences open on another word
    t = 1
    while t < min(end, 5) and (lowers[t] in lex.time_words or lowers[t].isdigit()) and lowers[t] not in ARTICLES:
        t += 1
    return t if 1 < t < end and lowers[t] in ARTICLES else 0


def _apposed_acronym(text: str, toks: list[Token], prior: Mention, last: Mention) -> Mention | None:
    """``prior`` when the acronym mention ``last`` follows it at once, set off by a bracket or a comma that the text
    closes right after the acronym ("Tokunbo Adeyemi (APC, Ogun Central)", "Paraguay's anti-drug secretariat,
    SENAD, has"): a party or a short name in apposition, not a second actor; else None."""
    if last.kind != "acronym" or prior.kind not in ("person", "description", "body") or prior.end != last.start:
        return None
    opening = text[toks[prior.end - 1].end : toks[last.start].start].strip()
    closing = text[toks[last.end - 1].end : toks[last.end].start].strip() if last.end < len(toks) else ""
    return prior if (opening, closing[:1]) in (("(", ")"), ("(", ","), (",", ",")) else None


def _names_after_by(text: str, toks: list[Token], lowers: list[str], by: int) -> str | None:
    """The names written right after "by" at ``by`` up to the next comma or lower-case word other than "and" and
    "the" ("by Naval Group and the Brazilian Navy of an amendment" -> "Naval Group and the Brazilian Navy"), when
    there are two words or more and the first is capitalised; else None ("by the end of May")."""
    end = by + 1
    while end < len(toks) and (toks[end].is_capitalised or lowers[end] in ("and", "the")):
        if end > by + 1 and not _adjacent(toks, end):
            break
        end += 1
    while end > by + 1 and lowers[end - 1] in ("and", "the"):
        end -= 1
    if end - by < 3 or not toks[by + 1].is_capitalised:
        return None
    return text[toks[by + 1].start : toks[end - 1].end]


def _sides_of(states: str) -> str:
    """The sides of an agentless act between states, counted when they are two as round 32a's terms are: "the two
    sides (Latvia and Kazakhstan)"; "the sides (A, B and C)" otherwise."""
    two = states.count(" and ") == 1 and "," not in states and "(" not in states
    return f"the two sides ({states})" if two else f"the sides ({states})"


def _event_with_members(written: str, memory: ActorMemory, lex: Lexicon) -> str:
    """'The Summit adopted ...': a meeting that acts as its subject ("the summit", "the meeting"; lexicon
    ``actor.event_subjects``) is shown as the text words it, with those who met when the article named them as
    its last plural actor, or with the body that held it ("the Summit (the Heads of State)", "the summit (the
    Arab League)"). An event that decides as a body of its own (``actor.sitting_bodies``: "the conference"), a
    capitalised event with a complement ("the Forum for Security Co-operation") and any other subject stay as
    written."""
    words = written.split()
    if len(words) != 2 or words[1].lower() not in lex.event_subjects or words[1].lower() in lex.sitting_bodies:
        return written
    met = memory.plural() or memory.last_body  # "The Arab League held a summit. The summit endorsed ..."
    if met is None or met.lower() == written.lower() or "(" in met:
        return written
    return f"{written} ({met})"


#: The number or bullet of a list paragraph, one token ("6.", "(b)", "-").
_ITEM_MARK = re.compile(r"\(?\d{1,2}[.)]|\(?[a-z][.)]|[-–—•*·]")

#: The most words an opening subject written as a plain noun phrase may have ("The OSCE's Forum for Security
#: Co-operation" has six).
_WRITTEN_SUBJECT_WORDS = 8


def _written_subject(text: str, toks: list[Token], lowers: list[str], cue: int, lex: Lexicon) -> str | None:
    """The noun phrase opening the cue's clause right before its verb, as written, when it is a determined
    phrase: "the"/"a" or a name's possessive, then words of one phrase ("The Andean delegation", "Mercosur's
    trade commissioner for Asia", "The OSCE's Forum for Security Co-operation"); else None.

    Only the last resort of :func:`_actor` asks (no mention, document or passive rule named anyone): there
    the written subject is still the one who acts, not the person or group the article named last. The
    phrase opens the sentence, or follows a fronted adjunct's comma ("On Monday, the Andean delegation
    proposed"); only active auxiliaries, adverbs and a phrase of time ("on Wednesday") part it from the verb.
    Its head (the word before its first "of", "for", "in", "from", "on", else its last) is a noun: not a
    pronoun, a document ("The treaty allows"), a decision's object or an event other than "the summit", "the
    meeting" alone (round 33a: the caller shows those with whoever met, :func:`_event_with_members`), unless the
    event word is a capitalised name with a complement ("the Forum for ...").
    """
    emphatic = cue > 0 and lowers[cue - 1] in DO_FORMS  # "The conference did agree": a bare form after "did" is a verb
    if not (emphatic or lowers[cue].endswith(("ed", "s"))) or inside_quote(text, toks[cue]):
        return None  # a bare form may be a noun or an infinitive ("to press", "the state offer")
    j = cue - 1
    while j >= 0 and (
        lowers[j] in _ACTIVE_AUX
        or lowers[j] in lex.adverbs
        or lowers[j] in _FREQUENCY
        or (lowers[j].endswith("ly") and toks[j].text.islower() and lowers[j] not in lex.body_heads)  # "only"
    ):
        j -= 1
    k = j
    while k >= 0 and j - k < 4 and lowers[k] in lex.time_words and lowers[k] not in ("the", "of"):
        k -= 1
    if k < j and lowers[k + 1] in _FRONTING and k >= 0:
        j = k  # "The council on Wednesday adopted": a phrase of time between the subject and its verb
    end = j + 1
    if end < 2 or not _adjacent(toks, end):
        return None  # a comma or a dash before the verb: an aside ends there, not a subject
    start = next((k for k in range(end - 1, 0, -1) if not _adjacent(toks, k)), 0)
    numbered = start == 1 and _ITEM_MARK.fullmatch(text[: toks[1].start].strip()) is not None
    if (
        start
        and not numbered
        and not (text[toks[start - 1].end : toks[start].start].strip() == "," and lowers[0] in _FRONTING)
    ):
        # ("6. The Summit adopted ...": a numbered paragraph's subject follows its number)
        return None  # what precedes is no fronted phrase of time or place ("Tokayev, ...", a dash, a bracket)
    start = start or _after_bare_time(lowers, end, lex)  # "Last autumn the operators of ... approved"
    if end - start > _WRITTEN_SUBJECT_WORDS or end - start < 2:
        return None
    words = lowers[start:end]
    possessive = toks[start].is_capitalised and words[0].endswith(("'s", "’s"))
    if words[0] not in ("the", "a", "an") and not possessive:
        return None  # "Tourism companies say ...": a bare phrase is read by the other rules, or by none
    if possessive and country_at(lowers, start) is not None:
        return None  # "Peru's new copper mine agreed": a state's possessive is a mention the other rules read
    if not all(_phrase_word(t.text) for t in toks[start:end]) or any(w in _NOT_IN_PHRASE for w in words):
        return None
    if any(w in lex.reporting_verbs or w in _CLAUSE_WORDS for w in words[1:]):
        return None  # "The minister said the delegation", "The chair, when it met": a clause, not one phrase
    link = next((k for k in range(start + 1, end) if lowers[k] in _PHRASE_LINKS), end)
    head = link - 1
    low = lowers[head]
    if head == start or low.endswith("ed") or low.endswith(("'s", "’s")):
        return None
    if low in _NOT_SUBJECT_HEADS or low in lex.person_pronouns or low in lex.plural_pronouns:
        return None
    if low in lex.document_subjects or low in lex.decision_objects or low in lex.time_words:
        return None
    event = (
        low in lex.event_subjects and low not in lex.sitting_bodies and not (toks[head].is_capitalised and link < end)
    )
    if event and (end - start != 2 or words[0] != "the"):
        return None  # "A meeting in the city of Lyon agreed": those who met act; "The summit adopted" is shown (below)
    phrase = text[toks[start].start : toks[end - 1].end]
    return phrase[0].lower() + phrase[1:] if words[0] in ("the", "a", "an") else phrase


#: Words that end a body's name written in common nouns after "a meeting of" ("the joint commission for the border
#: in Zvornik, chaired by ...": the place, the chair and a relative clause are not part of it).
_MEETING_BODY_ENDS = frozenset(["in", "at", "on", "which", "that", "who", "chaired", "held", "hosted", "led"])


def _meeting_body(
    text: str, toks: list[Token], lowers: list[str], mentions: list[Mention], cue: int, lex: Lexicon
) -> str | None:
    """'The agreement was reached at a two-day meeting of the Joint Border Commission', 'The decision was
    taken during the annual session of the regional council for fisheries': the body whose meeting a passive
    act with no agent took place at (a body, group or acronym mention, or "the" and a common-noun phrase whose
    head is a body's, as written up to a place, a chair or a relative clause); None when the sentence names none.
    """
    n = len(lowers)
    # "The agreement, reached at a meeting of ...": a participle set off after the subject is a passive too
    reduced = cue + 1 < n and _participle(lowers[cue + 1], lex) and text[toks[cue].end : toks[cue + 1].start] == ", "
    if (PASSIVE_AUX.isdisjoint(lowers[cue : cue + 3]) and not reduced) or "by" in lowers[cue : cue + 6]:
        return None  # an active verb, or a passive with its own agent (read by _agent)
    at = next((k for k in range(cue + 1, min(n, cue + 8)) if lowers[k] in ("at", "during")), None)
    if at is None:
        return None
    of = next((k for k in range(at + 1, min(n, at + 8)) if lowers[k] == "of"), None)
    if of is None or of + 1 >= n:
        return None
    # "at a meeting in Entebbe of the joint committee": the meeting's place may stand before its "of"
    placed = of - 3 > at and lowers[of - 2] == "in" and toks[of - 1].is_capitalised
    if lowers[of - 3 if placed else of - 1] not in lex.event_subjects:
        return None  # "at the border", "at a meeting in Riga": no body's meeting
    if any(t.text in (",", ";") for t in toks[at:of]) or "," in text[toks[at].end : toks[of].start]:
        return None
    body = next((m for m in mentions if m.start == of + 1), None)
    if body is not None:
        return body.name if body.kind in ("body", "group", "acronym") else None
    if lowers[of + 1] != "the":
        return None
    # (up to eleven words: "the Chile - Peru Joint Border Security Committee", a name joining two states)
    end = next((k for k in range(of + 2, min(n, of + 13)) if lowers[k] in _MEETING_BODY_ENDS), None)
    if end is None or end - of < 3 or "," in text[toks[of + 1].start : toks[end - 1].end]:
        return None
    link = next((k for k in range(of + 2, end) if lowers[k] in ("for", "of", "on")), end)
    if lowers[link - 1] not in lex.body_heads or not all(_phrase_word(t.text) for t in toks[of + 1 : end]):
        return None
    return text[toks[of + 1].start : toks[end - 1].end]


def _participle(word: str, lex: Lexicon) -> bool:
    """'reached', 'taken': a past participle (regular or irregular)."""
    return word.endswith("ed") or word in lex.irregular_participles


def _met_with_states(body: str, memory: ActorMemory) -> str:
    """'The agreement was reached at a meeting of the Joint Border Commission': the body that met decided, shown
    with the states it joins when they were the actors so far ("... (Chile and Peru)")."""
    states = memory.last_group
    joined = states is not None and "(" not in states and _all_states(states)
    return f"{body} ({states})" if joined else body


def _all_states(names: str) -> bool:
    """'Chile and Peru', 'Chile, Peru and Bolivia': every name joined is a state's."""
    words = names.lower().replace(",", " ,").split()
    k = count = 0
    while k < len(words):
        hit = country_at(words, k)  # "Bosnia and Herzegovina" is one state, whose "and" joins no two
        if hit is None:
            return False
        k, count = hit[1], count + 1
        if k < len(words) and words[k] not in (",", "and"):
            return False
        k += 1 + (k + 1 < len(words) and words[k] == "," and words[k + 1] == "and")  # ", and"
    return count >= 2 and words[-1] not in (",", "and")


def _leaders(group: str | None, lex: Lexicon) -> bool:
    """'the heads of state', 'the leaders', 'the two Prime Ministers': a collective of the people who met, named
    by their office alone (no organisation, no states: every capitalised word is a title's)."""
    if group is None or group[:4] != "the " or _head(group) not in _PEOPLE_HEADS:
        return False
    return all(w.islower() or w.lower() in lex.title_words for w in group[4:].split())


#: Third-person words that point a speaker's sentence to someone else ("His suggestion is that ...").
_THIRD_PERSON = frozenset(["he", "she", "his", "her", "they", "their", "him", "them"])
#: Small words inside a body's name between capitalised words ("Forum for Security Co-operation").
_NAME_LINKS = frozenset(["for", "of"])
#: Auxiliaries and modals an active verb may follow in its subject's clause (not the passive "was", "were").
_ACTIVE_AUX = frozenset(["has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might"])
_ACTIVE_AUX = _ACTIVE_AUX | {"must"} | DO_FORMS
_NOT_SUBJECT_HEADS = frozenset(["it", "this", "that", "these", "those", "there", "which", "who", "what", "one"])
_NOT_SUBJECT_HEADS |= frozenset(["i", "you", "me"])  # the first and second person name nobody by themselves


def _bare_subject(
    text: str, toks: list[Token], lowers: list[str], mentions: list[Mention], cue: int, lex: Lexicon
) -> str | None:
    """The noun phrase opening the cue's clause when no mention names it, as written, or None.

    The phrase is a run of up to three capitalised words ("Beijing", "the Ombudsman's Office") or
    "the" and one or two lower-case words ("the plenary", "the organisers"), at the start of the
    sentence or after a comma or colon, followed only by active auxiliaries and adverbs before the
    cue. Pronouns, documents ("The treaty allows ...") and passives ("was signed") are not. A phrase whose only
    mentions are capitals or cities standing for their states (:func:`briefing.actors.is_place`) is read too, each
    place shown with its state ("Hanoi (Vietnam) and Beijing (China)").
    """
    j = cue - 1
    while j >= 0 and (lowers[j] in _ACTIVE_AUX or lowers[j] in lex.adverbs or lowers[j] in _BETWEEN_SUBJECT_VERB):
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
    joined = False
    while start > 0 and capitals < 5 and (start == end or _adjacent(toks, start)):
        # "Beijing", "the Nepal-India Boundary Working Group", "The OSCE's Forum for Security Co-operation": a
        # name of up to five capitalised words, "for" or "of" joining two of them
        word = toks[start - 1]
        joins = start > 1 and lowers[start - 1] == "and" and toks[start - 2].is_capitalised
        link = lowers[start - 1] in _NAME_LINKS or joins
        if not word.is_capitalised and not (link and capitals and start > 1):
            break  # "Hanoi and Beijing signed": capitals standing for their states are one subject, as written
        joined = joined or lowers[start - 1] == "and"
        if word.is_capitalised and lowers[start - 1] in lex.function_words:
            break  # "The" opening the sentence is read below
        start -= 1
        capitals += word.is_capitalised
    if start < end and not toks[start].is_capitalised:
        start += 1  # a link word is inside a name, never its first word
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
    inside = [m for m in mentions if m.start < end and m.end > start]
    places = bool(inside) and all(is_place(m) and start <= m.start for m in inside)
    if not places and any(not (m.kind == "country" and m.end < end) for m in inside):
        return None  # a mention the ordinary rules read (a nation's adjective before its group's noun is not one)
    if inside_quote(text, toks[start]):
        return None
    phrase = text[toks[start].start : toks[end - 1].end]
    if places:
        # "Beijing has proposed ..., the ministry said", "Hanoi and Beijing signed": capitals for their states, as
        # written, each with its state ("Beijing (China)")
        for m in reversed(inside):
            at = toks[m.end - 1].end - toks[start].start
            phrase = f"{phrase[:at]} ({m.country}){phrase[at:]}"
        return phrase
    if joined and start == 0 and lowers[0] == "the" and _lower_word(toks[1].text):
        # "The mayors of Tacna and Arica", which _opening_noun_phrase read before "and" joined names here
        return "t" + phrase[1:]
    return phrase


#: A transcript's tag written as a name ("Ramful: ...", "Prime Minister Ana Rojas: ..."): one to five capitalised
#: words (a title, then the name) and a colon.
_NAME_TAG = re.compile(r"([A-Z][^\W\d_]+(?:[ '’-][A-Z][^\W\d_]+){0,4}):\s")


def _named_tag(paragraph: str, memory: ActorMemory) -> str | None:
    """'Ramful: We would like to open talks ...': a paragraph opening on the surname (or full name) of a person
    the article has named, and a colon, is that person's answer; his full name, or None (no such tag, or a
    word no person bears: "Analysis: ...", "Tromelin: ...")."""
    if ":" not in paragraph[:60] or (tag := _NAME_TAG.match(paragraph)) is None:
        return None
    name = tag.group(1)
    if name.split()[-1].lower() not in memory.known():
        return None
    return memory.full_name(name)


_QUESTION_TAG = re.compile(r"\s*Q\s*[:.]\s")
_ANSWER_TAG = re.compile(r"(?:^|[?.!]\s+)A\s*[:.]\s")


def _tagged_interview(paragraphs: Sequence[str]) -> bool:
    """An interview by its layout, whatever its headline says: questions open paragraphs on "Q:" and the
    answers on "A:" (or follow the question in its paragraph: "Q: Why? A: Because ..."). Then "I" and
    "we" in the answers are the interviewee's."""
    asked = any(_QUESTION_TAG.match(p) for p in paragraphs)
    return asked and any(_ANSWER_TAG.search(p) for p in paragraphs)


#: Words before a state that make it a partner or a place, not the one the interview asks about
#: ("the border treaty with Tajikistan", "ties us too closely to India").
_NOT_ASKED_ABOUT = frozenset(["with", "to", "from", "between", "against", "via", "toward", "towards"])


def _questioned_state(paragraphs: Sequence[str], lex: Lexicon) -> str | None:
    """'Q: The Maldives is hosting the advisers ... Q: Some say the Conclave ties the Maldives too closely to
    India.': the state a tagged interview's questions keep naming is the one its interviewee speaks for,
    when nothing else named it; his "we signed an agreement with India" is that state's act. Counted: a
    state's name in the questions' own words (before any "A:"), not a nation's adjective ("Russian border
    guards") nor a state after "with", "to", "from" (a partner or a place). The state named most, at least
    twice and more than any other; None for an untagged interview or no clear winner ("Egypt and Sudan
    say ...": two states the questions ask about, neither the interviewee's). A capital or city counts for its
    state when the questions name it as an actor ("Q: Bangui has asked ..."), not after a preposition ("we spoke
    to her in Tripoli": where the interview was held) nor opening a name ("the Quito Process")."""
    counts: dict[str, int] = {}
    first = next((k for k, p in enumerate(paragraphs) if _QUESTION_TAG.match(p)), 0)
    for n, paragraph in enumerate(paragraphs):
        # the lead before the first question is the interviewer's words too
        if not (n < first or _QUESTION_TAG.match(paragraph)):
            continue
        answer = _ANSWER_TAG.search(paragraph)
        asked = paragraph[: answer.start()] if answer is not None else paragraph
        toks = tokens(asked)
        lowers = [t.lower for t in toks]
        for k in range(len(lowers)):
            # "Q: Bangui has asked for ...": a capital the questions name as an actor stands for its state (not a
            # place after a preposition: "we spoke to her in Tripoli" is where the interview was held)
            hit = country_at(lowers, k)
            if hit is None and toks[k].is_capitalised and (k == 0 or lowers[k - 1] not in lex.prepositions):
                hit = place_at(lowers, k)
                # "the Quito Process", "the Lima Group": a city opening a name is no capital acting
                hit = None if hit is None or (hit[1] < len(toks) and toks[hit[1]].is_capitalised) else hit
            if hit is None or (k > 0 and lowers[k - 1] in _NOT_ASKED_ABOUT):
                continue
            phrase = " ".join(lowers[k : hit[1]]).removesuffix("'s").removesuffix("’s")
            if phrase in lex.demonyms and lex.demonyms[phrase].lower() != phrase:
                continue  # a nation's adjective describes something else ("the Finnish crossings")
            counts[hit[0]] = counts.get(hit[0], 0) + 1
    ranked = sorted(counts.values(), reverse=True)
    if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return next(state for state, n in counts.items() if n == ranked[0])


_FINITE = frozenset(["has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could"])
_CLAUSE_ENDS = frozenset(["that", "to", "and", "but", "which", "who", "because", "after", "before", "while"])
#: Words that start a clause or stand for a noun: no plain noun phrase holds them (:func:`_written_subject`).
_CLAUSE_WORDS = _THIRD_PERSON | _NOT_SUBJECT_HEADS | _CLAUSE_ENDS - {"and"} | {"i", "we", "you", "when", "if", "as"}


def _reduced_relative(text: str, toks: list[Token], lowers: list[str], cue: int) -> bool:
    """'The regulations adopted last year have cut waiting times': a participle right after its noun with
    the clause's finite verb still to come (before any comma or clause word) modifies the noun."""
    for k in range(cue + 1, min(len(toks), cue + 8)):
        if lowers[k] in _CLAUSE_ENDS or "," in text[toks[k - 1].end : toks[k].start]:
            return False
        if lowers[k] in _FINITE:
            return True
    return False


#: Adverbs a subject and its verb may stand around ("Beijing has instead proposed", "The Republic therefore
#: proposes": a linking adverb of a speaker's reasoning).
_BETWEEN_SUBJECT_VERB = frozenset(["instead", "jointly", "therefore", "thus", "hence"])


def _state_anaphor(subject: str, memory: ActorMemory, lex: Lexicon) -> str | None:
    """'The kingdom offered ...' after Saudi Arabia was named: the state it points back to, shown as
    written with the state ("the kingdom (Saudi Arabia)"), or None when ``subject`` is no such noun."""
    words = subject.split()
    # "The Kingdom therefore proposes" in a speech: the state the speaker speaks for, before any state he named
    own = memory.speaker_country if memory.speaker is not None and not memory.columnist else None
    state = own or (memory.nations[-1] if memory.nations else None)
    if len(words) < 2 or words[0].lower() not in ("the", "this") or state is None:
        return None
    if " ".join(words[1:]).lower() not in lex.state_anaphors:
        return None
    return f"the {' '.join(words[1:])} ({state})"


#: Prepositions that may join the parts of an opening noun phrase ("exporters in Mendoza", "chamber of commerce").
_PHRASE_LINKS = frozenset(["of", "in", "from", "for", "on"])
#: Words that make an opening run a clause or a fronted adjunct rather than a plain noun phrase.
_NOT_IN_PHRASE = frozenset(["who", "which", "that", "is", "are", "was", "were", "be", "been", "being", "to", "not"])
_OPENING_DETERMINERS = ARTICLES


def _opening_noun_phrase(
    text: str, toks: list[Token], lowers: list[str], mentions: list[Mention], cue: int, lex: Lexicon
) -> str | None:
    """The common-noun phrase opening the sentence right before its verb, as written, or None:
    "Local writers have asked ...", "Wine and fruit exporters in Mendoza have asked ...", "The Darchula
    chamber of commerce has asked ...", "A coalition of El Paso and Ciudad Juárez business groups asked ...".

    News English names non-state actors (trade groups, residents, writers) by a noun phrase no mention rule
    knows: up to fourteen words without commas (a complement may coordinate: "Deputy mayors of the two towns
    and their counterparts from X and Y"), opening the sentence or following a fronted adjunct's comma ("On
    Monday, local writers asked"), perhaps followed by a phrase of time ("... on Tuesday agreed"), whose head
    (the last word before "of", "in", "from" or "for", else the last word) is a lower-case plural, a body's
    head noun or a group noun (``actor.group_nouns``). Place and person names may modify it ("El Paso ...
    business groups") but not open it, save a state's possessive ("Ghana's main opposition party"); a clause
    ("who", "was"), a time word ("Last month farmers asked") or a preposition opening the phrase makes it no
    subject.
    """
    j = cue - 1
    while j >= 0 and (
        lowers[j] in _ACTIVE_AUX
        or lowers[j] in lex.adverbs
        or lowers[j] in _FREQUENCY
        # "have separately asked": an adverb in -ly no list holds (not a body such as "assembly")
        or (lowers[j].endswith("ly") and toks[j].text.islower() and lowers[j] not in lex.body_heads)
    ):
        j -= 1
    # "Fishing crews from both banks on Monday asked ...": a phrase of time between the subject and its verb
    j = _time_before(toks, lowers, j, lex) if j > 1 else j
    end = j + 1
    if end < 1 or (end == cue and not lowers[cue].endswith("ed") and lowers[cue] not in lex.case_verbs):
        return None  # no subject, or a bare form that may be a noun ("the state offer")
    if not _adjacent(toks, end):
        return None  # a comma or a dash before the verb: an apposition ends there, not a noun phrase
    if end == cue and _reduced_relative(text, toks, lowers, cue):
        return None  # "The border regulations adopted last year have cut ...": a participle, not the verb
    # After a fronted adjunct and its comma ("On Monday, local writers asked"), the phrase opens its clause.
    s0 = next((k for k in range(end - 1, 0, -1) if not _in_phrase(text, toks, k)), 0)
    while s0 and _list_comma(text, toks, lowers, s0, end):
        # "The navies of Romania, Bulgaria and Greece agreed": a comma of a list of names is inside the phrase
        s0 = next((k for k in range(s0 - 1, 0, -1) if not _in_phrase(text, toks, k)), 0)
    if s0 and "," not in text[toks[s0 - 1].end : toks[s0].start]:
        return None  # a dash or a bracket inside: an aside, not one noun phrase
    # "Traders said they hoped ..., and the district chamber of commerce asked ...": a second clause after a
    # comma and "and" opens on its own subject (not after a capitalised list item: "Chile, Peru, and the ...")
    clause = s0 > 3 and lowers[s0] == "and" and s0 + 1 < end and _lower_word(toks[s0 - 1].text)
    if clause:
        s0 += 1
    fronted = clause or lowers[0] in lex.prepositions or lowers[0] in _FRONTING or lowers[0] in _TIME_ADVERBS
    if s0 and not (fronted or lowers[0] in lex.function_words):
        return None  # "Officials said, ...", "Tokayev, ...": what precedes the comma is no adjunct
    named = sum(m.end - m.start - 1 for m in mentions if s0 < m.start and m.end <= end and m.kind == "body")
    if end - s0 - named > 14:
        return None  # too long to be one subject (a body's name in its complement counts as one word)
    words = lowers[s0:end]
    timed = any(w in lex.time_words and w not in _NOT_TIME_NOUNS for w in words)
    if timed or words[0] in lex.prepositions or any(w in _NOT_IN_PHRASE for w in words):
        return None
    # "from Dajabon and the Haitian town of ...": a determiner after "and" in a complement coordinates inside it
    linked = next((k for k in range(1, len(words)) if words[k] in _PHRASE_LINKS), len(words))
    if any(
        words[k] in _OPENING_DETERMINERS
        and words[k - 1] not in _PHRASE_LINKS
        and (words[k - 1] not in lex.prepositions or k < linked)  # "Residents of villages along the route"
        and (words[k - 1] != "and" or k < linked)
        for k in range(1, len(words))
    ):
        return None  # "Despite protests the city board approved": a determiner inside starts a second phrase
    # a plural's possessive apostrophe is part of its word ("The Santos truckers' union")
    if not all(_phrase_word(t.text) for t in toks[s0:end]):
        return None
    link = next((k for k in range(s0 + 1, end) if lowers[k] in _PHRASE_LINKS), end)
    head = link - 1
    # The head is a common noun after a modifier ("Local writers", not a bare "Writers"), or one opening
    # the phrase with its complement ("Residents of the border town of Tacna").
    common_first = toks[s0].text[1:].islower() if s0 == 0 else _lower_word(toks[s0].text)
    opening_head = head == s0 and link < end and common_first
    if head < s0 or not ((_lower_word(toks[head].text) and head > s0) or opening_head):
        return None
    low = lowers[head]
    plural = low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))
    plural = plural or low.endswith("men")  # "fishermen", "businessmen": the plural of a "-man"
    if not (plural or low in lex.body_heads or low in lex.group_nouns):
        return None
    if low in _NOT_SUBJECT_HEADS or low in lex.document_subjects or low in lex.event_subjects:
        return None
    if low in lex.decision_objects or low.endswith("ed"):
        return None
    first = s0 + 1 if lowers[s0] in _OPENING_DETERMINERS else s0
    for m in mentions:
        if s0 <= m.start < end and (m.start <= first or m.start <= head < m.end):
            return None  # a mention opens the phrase or is its head: the ordinary rules read it
        if m.start < s0 < m.end:
            return None
    if inside_quote(text, toks[s0]):
        return None
    phrase = text[toks[s0].start : toks[end - 1].end]
    # the first word is capitalised only as the sentence's first ("local writers"), as _placed_plural writes it
    # ("Ghana's main opposition party" keeps its state's capital)
    owned = country_at(lowers, s0) is not None
    lower_first = first > s0 or (s0 == 0 and toks[0].text[1:].islower() and not owned)
    return phrase[0].lower() + phrase[1:] if lower_first else phrase


def _in_phrase(text: str, toks: list[Token], k: int) -> bool:
    """Token ``k`` follows the one before it in one phrase: one space, or a plural's possessive apostrophe
    and a space ("truckers' union", which the tokens leave without its apostrophe)."""
    return _adjacent(toks, k) or text[toks[k - 1].end : toks[k].start] in ("' ", "’ ")


def _phrase_word(text: str) -> bool:
    """A word of a noun phrase: letters and digits, with hyphens or a possessive ("truckers'", "bank's")."""
    base = text.replace("-", "").removesuffix("'s").removesuffix("’s").removesuffix("'").removesuffix("’")
    return base.isalnum()


def _list_comma(text: str, toks: list[Token], lowers: list[str], k: int, end: int) -> bool:
    """The comma before token ``k`` joins names of one list ("of Romania, Bulgaria and Greece"): a bare
    comma between two capitalised words, with "and" and another capitalised word before ``end``."""
    if text[toks[k - 1].end : toks[k].start].strip() != ",":
        return False
    if not (toks[k - 1].is_capitalised and toks[k].is_capitalised) or k - 1 == 0:
        return False  # "Tokayev, ..." opening the sentence: a name before a comma, not a list inside a phrase
    # "of Malaysia, Indonesia and the Philippines": the last name may take its article
    return any(
        lowers[j] == "and"
        and (toks[j + 1].is_capitalised or (lowers[j + 1] == "the" and j + 2 < end and toks[j + 2].is_capitalised))
        for j in range(k + 1, end - 1)
    )


#: Adverbs of how often, between a subject and its verb ("Courts in Rome twice ordered").
_FREQUENCY = frozenset(["twice", "again", "thrice"])
#: Plural present forms of reporting verbs ("residents say", "critics argue"), which ``reporting_verbs`` lacks.
_PLURAL_SAYING = frozenset(["say", "argue", "insist", "believe", "think", "warn", "contend", "maintain"])


#: A sentence opening "In the presence of ...": what follows was done before witnesses, not by them.
_PRESENCE_OPENING = re.compile(r"(?i)\s*in the presence of\b")


#: Conjunctions after which a second verb shares the first one's subject ("welcomed the ban but asked ...").
_SHARED_SUBJECT_LINKS = frozenset(["and", "but"])


#: Relative words opening a clause on a subject's place ("Traders in Mae Sot, where ..., urged").
_PLACE_RELATIVES = frozenset(["where", "which", "whose"])
#: Connectives set off by commas between a subject and its verb ("Traders in Moreh, however, urged").
_ASIDE_CONNECTIVES = frozenset(["however", "meanwhile", "though", "too", "instead", "nevertheless"])


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
    if j > 1 and lowers[j - 1] in _ASIDE_CONNECTIVES and "," in text[toks[j - 2].end : toks[j - 1].start]:
        j -= 1  # "Traders in Moreh, however, said ...": a connective set off by commas parts subject and verb
    elif j > 3 and text[toks[j - 1].end : toks[j].start].strip() == ",":
        # "Traders in Mae Sot, where trade has halved, urged ...": a relative clause on the place, set off by
        # commas, parts subject and verb; its opening word is looked for a few words back only
        rel = next((k for k in range(j - 2, max(2, j - 25), -1) if lowers[k] in _PLACE_RELATIVES), 0)
        if rel and text[toks[rel - 1].end : toks[rel].start].strip() == ",":
            j = rel
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
    event = next((k for k in range(of - 1, max(-1, of - 4), -1) if lowers[k] in lex.event_subjects), None)
    if event is None or not all(_adjacent(toks, k) for k in range(event + 1, of + 1)):
        return None  # "Following the talks, the heads of state signed": a comma parts the event from the "of"
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
    plural = lowers[end - 1].endswith("s") and not lowers[end - 1].endswith(("ss", "us", "is"))
    if 3 <= end - start <= 4 and lowers[start - 1 : start] == ["the"] and (_counted(lowers[start]) or plural):
        # "the two central banks signed", "the deputy national security advisers agreed": a plural subject of
        # several modifiers, as written
        return start - 1
    if start == end or start == 0 or end - start > 2:
        return None
    if lowers[start - 1] in _SUBJECT_DETERMINERS:
        return start - 1
    if toks[start - 1].is_capitalised and lowers[start - 1].endswith(("'s", "’s")) and end - start == 1:
        # "Incheon's mayor has asked", "Lezhë's council urged": a place's possessive determines its office
        # or body as "the" would (a state's, "Kenya's president", is a mention the ordinary rules read)
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


_SUBJECT_DETERMINERS = frozenset(["the", "our", "their", "its", "this", "your"])

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


#: Participles of concluding a document, whose agentless passive after a bilateral meeting is the sides' act.
_SIGNING = frozenset(["signed", "exchanged", "concluded", "initialled", "initialed", "adopted", "agreed"])
_CONJUNCTIONS = frozenset(["after", "before", "since", "until", "once", "as"])
_CEREMONY = frozenset(["signing", "adoption", "conclusion", "ratification", "exchange"])
_WITNESS_VERBS = frozenset(["attended", "witnessed", "oversaw", "presided", "saw", "hailed", "welcomed"])


#: Words that close the parties named after "between" ("between A and B on ...", "... was signed").
_PARTIES_END = PASSIVE_AUX | {"which", "that", "who", "has", "have", "had", "will", "would", "signed", "covering"}


def _between_parties(
    text: str, toks: list[Token], lowers: list[str], mentions: list[Mention], cue: int, lex: Lexicon
) -> str | None:
    """The parties of a concluded text as written after "between" right after its noun, when that text is
    the cue ("Among them is an agreement between A and B on ...") or the subject of the passive cue ("A
    memorandum between the ministries of defence on ... was also signed"), and nothing else acts: no
    subject named before the text, no agent ("by") after the cue. None otherwise ("the leaders signed a
    declaration between A and B", "a ferry between Aktau and Baku was launched": no text noun before it)."""
    if "between" not in lowers:
        return None
    k = lowers.index("between")
    if k < 1 or k + 1 >= len(lowers) or lowers[k - 1] not in lex.party_texts:
        return None
    # the text is the cue itself ("a memorandum of understanding between ..." too), or the passive's subject
    named = k - 1 == cue or (k - 3 == cue and lowers[cue + 1] == "of" and lowers[cue] in lex.party_texts)
    passive = lowers[cue] in PASSIVE_AUX or _after_auxiliary(lowers, cue, lex)  # the cue: "was" or "signed"
    if not named and not (cue > k and passive and "by" not in lowers[cue + 1 :]):
        return None
    if any(m.prep is None and m.start < k - 1 for m in mentions):
        return None  # "Pakistan and Uzbekistan signed an agreement between their ministries": the subject acts
    return _parties_after(text, toks, lowers, k, cue, lex)


def _with_states(text: str, toks: list[Token], mentions: list[Mention], resolved: Resolved, parties: str) -> str:
    """``parties`` as written, with the states a counted collective at its end stands for: "the foreign
    ministries of the two countries (Chile and Peru)", as "the two countries" alone is shown."""
    stop = text.find(parties) + len(parties)
    for m in mentions:
        meant = resolved.get(id(m))
        if toks[m.end - 1].end == stop and meant is not None and meant.startswith(m.name + " ("):
            return parties + meant[len(m.name) :]
    return parties


def _parties_after(text: str, toks: list[Token], lowers: list[str], k: int, cue: int, lex: Lexicon) -> str | None:
    """The words after "between" at ``k`` up to the end of its phrase (a preposition other than "of", a
    verb of the clause, punctuation or ``cue``): "the ministries of defence" in "between the ministries of
    defence on military education"; None when no word follows."""
    end = k + 1
    while end < len(lowers) and end != cue:
        gap = text[toks[end - 1].end : toks[end].start]
        if gap.strip() or (lowers[end] != "of" and lowers[end] in lex.prepositions) or lowers[end] in _PARTIES_END:
            break
        end += 1
    return text[toks[k + 1].start : toks[end - 1].end] if end > k + 1 else None


def _after_auxiliary(lowers: list[str], cue: int, lex: Lexicon) -> bool:
    """'was signed', 'was also set up', 'has been formally ratified': a passive act."""
    j = cue - 1
    while j >= 0 and (lowers[j] in lex.adverbs or lowers[j].endswith("ly")) and lowers[j] not in PASSIVE_AUX:
        j -= 1
    return j >= 0 and lowers[j] in PASSIVE_AUX


_EVENT_ADJUNCT = frozenset(["during", "following", "after", "amid", "within", "under", "before"])


#: The head of a state's party to talks, which acts as itself whoever reports it ("the Armenian side").
_TALKS_SIDES = frozenset(["side", "delegation"])


def _own_person_subject(lowers: list[str], mentions: list[Mention], cue: int, lex: Lexicon) -> Mention | None:
    """The person (or people) right before a past-tense cue ("Takaichi invited ...", "Lee also urged ..."),
    a side of talks ("The Armenian side proposed ...", "the Thai delegation asked ..."), or (round 39b) a body or a
    collective ("The House of Representatives has proposed ...", "Gusmão's government also asked ..."), adverbs
    aside: the subject of a finished act, or None."""
    if not lowers[cue].endswith("ed"):
        return None  # "is ready to", "would host": an offer, which a closing frame's speaker makes
    j = cue
    while j > 0 and lowers[j - 1] in lex.adverbs:
        j -= 1
    for m in mentions:
        if m.end != j or m.prep is not None:
            continue
        if m.kind in ("person", "people") or (
            m.kind in ("country", "group") and _head(m.name.split(" (")[0]) in _TALKS_SIDES
        ):
            return m
        if m.kind in _OWN_SUBJECT_KINDS:
            # round 39b: "The House of Representatives has proposed ..., Speaker Saleh's office said", "Gusmão's
            # government also asked ..., Monteiro told reporters": a body or collective named before its finished act
            # does it (a state named by its name stays with the minister who speaks for it, round 21)
            return m
    return None


#: round 39b: the kinds of mention that act as the subject of a finished act before a closing frame
_OWN_SUBJECT_KINDS = frozenset(["body", "acronym", "group"])


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
    # "..., the two governments said in a joint statement": the parties announcing their own act
    return next(
        (
            m
            for m in mentions
            if m.start >= start
            and (m.kind in ("body", "country", "acronym") or (m.kind == "group" and _counted_states(m.name)))
        ),
        None,
    )


def _agent(
    text: str,
    toks: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    cue: int,
    resolved: Resolved,
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
    stop = _list_end(text, toks, mentions, k, text.find(",", toks[k].end))
    stop = len(text) if stop < 0 else stop
    inside = [m for m in mentions if m.start > k and toks[m.start].start < stop]
    named = next((m for m in mentions if toks[m.start].start > stop and m.kind in ("person", "people")), None)
    apposed = named is not None and not text[stop + 1 : toks[named.start].start].strip()
    if inside and inside[0].kind == "group" and named is not None and apposed:
        # "signed by the two foreign ministers, Ana Silva and Rui Costa": the apposition names the group
        return resolved[id(named)] or named.name
    persons = [m for m in inside if m.kind in ("person", "people")]
    if len(persons) >= 2:
        # "A, B and C": the last two are one coordinated mention, listed member by member
        names = [resolved.get(id(x)) or x.name for m in persons for x in (m.members or (m,))]
        return ", ".join(names[:-1]) + " and " + names[-1]
    people = [resolved[id(m)] or m.name for m in persons]
    first = next((m for m in inside if m.start == k + 1 or m.prep == "by"), None)
    if first is not None or people:
        return resolved[id(first)] if first is not None else people[0]
    return _written_agent(text, toks, lowers, k + 1, lex)


def _list_end(text: str, toks: list[Token], mentions: list[Mention], k: int, stop: int) -> int:
    """The comma that ends the clause of a 'by' at ``k``, past the commas of a list of persons
    ("signed by Minister of Economy Ana Pop, Deputy Secretary Rui Costa and Trade Minister Li Wei"):
    a comma is a list's while a person stands before it and another right after it."""
    while stop >= 0:
        before = [m for m in mentions if m.start > k and toks[m.start].start < stop]
        after = next((m for m in mentions if toks[m.start].start > stop), None)
        if not before or before[-1].kind != "person" or after is None or after.kind not in ("person", "people"):
            break
        if any(not w[:1].isupper() for w in text[stop + 1 : toks[after.start].start].split()):
            break  # "signed by Ana Pop, the minister, ...": an apposition, not the next name ("US Deputy" is)
        stop = text.find(",", toks[after.start].start)
    return stop


#: Words that end the noun phrase of an agent written out ("by 12 countries in 1959").
_AGENT_STOP = frozenset(["in", "on", "at", "for", "to", "from", "with", "during", "after", "before", "that", "which"])


def _written_agent(text: str, toks: list[Token], lowers: list[str], start: int, lex: Lexicon) -> str | None:
    """The noun phrase at ``start`` (after "by") as written, when its head is a collective or a body
    ("12 countries", "a joint Tunisian-Libyan committee"); None for "by the end of May", "by consensus".
    "by consensus of the member states", "by a majority of the members": the voters after "of"."""
    manner = start + 1 if start < len(lowers) and lowers[start] in ("a", "the") else start
    if manner + 2 < len(lowers) and lowers[manner] in lex.vote_manners and lowers[manner + 1] == "of":
        start = manner + 2
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
    text: str, toks: list[Token], lowers: list[str], mentions: list[Mention], cue: int, resolved: Resolved
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
    resolved: Resolved,
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
    if lowers[cue] in PASSIVE_AUX:
        return None  # "The resolution, drafted by X, was adopted": what was done to the text, not its makers' act
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


#: Participles of an aside naming who leads or backs a subject (", led by Finland and Germany,").
_LEADING_PARTICIPLES = frozenset(["led", "headed", "backed", "supported", "joined", "accompanied", "spearheaded"])
#: Words that open a subject counted loosely, kept as written ("several allies", "a group of 34 states").
_LOOSE_OPENERS = frozenset(["the", "a", "an", "several", "some", "many", "most", "few", "various", "two", "three"])


def _subject_before_aside(
    text: str,
    toks: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    cue: int,
    resolved: Resolved,
    lex: Lexicon,
) -> str | None:
    """'A group of 34 states, led by Finland and Germany, tabled ...', 'Several allies, led by the
    Netherlands, pushed for ...': a noun phrase opening the sentence, then an aside between commas opening
    on a participle of leading or backing and "by", then the cue (after auxiliaries or adverbs only). The
    subject acts, not the states that lead it: the mention that is the phrase (as resolved), else the
    phrase as written; None for any other sentence (a fronted adjunct, a document, a quotation)."""
    commas = [k for k in range(1, min(cue + 1, 24)) if "," in text[toks[k - 1].end : toks[k].start]]
    if len(commas) < 2 or commas[0] > 12 or lowers[commas[0]] not in _LEADING_PARTICIPLES:
        return None
    first, second = commas[0], commas[1]
    if lowers[first + 1 : first + 2] != ["by"] or second < first + 3:
        return None
    verb = second
    while verb < cue and (lowers[verb] in _ACTIVE_AUX or lowers[verb] in lex.adverbs):
        verb += 1
    if cue - verb > 2:
        return None  # the aside must close right before the verb (or its object: "tabled a proposal")
    words = lowers[:first]
    if words[0] in lex.prepositions or words[0] in _TIME_ADVERBS or inside_quote(text, toks[0]):
        return None  # "On Monday, led by ...": a fronted adjunct, not a subject
    if any(w in _NOT_IN_PHRASE or _verb_like_word(w) for w in words):
        return None
    if any(w in lex.document_subjects or w in lex.decision_objects or w in _PROPOSAL_NOUNS for w in words):
        return None  # "The draft resolution, backed by 40 states, calls for ...": its backers propose
    whole = _opening_mention(mentions, first)
    if whole is not None:
        return resolved.get(id(whole)) or whole.name
    named = next((m for m in mentions if m.end == first and m.prep is None and m.start > 1), None)
    if named is not None and lowers[named.start - 1] not in lex.prepositions and lowers[0] in ARTICLES:
        # "The opposition party Les Democrates, led by a former president, called for ...": the name the
        # phrase ends on is its head's (apposed), and the subject acts, not its leader
        return resolved.get(id(named)) or named.name
    if any(m.start < first and not _nation_adjective(toks, lowers, m, first, lex) for m in mentions):
        return None  # a name inside the phrase that is not all of it: the ordinary rules read it
    phrase = text[toks[0].start : toks[first - 1].end]
    return phrase[0].lower() + phrase[1:] if words[0] in _LOOSE_OPENERS else phrase


def _compound_parties(toks: list[Token], mentions: list[Mention], cue: int) -> str | None:
    """'The Japan-Philippines Reciprocal Access Agreement entered into force', 'Construction of the
    China-Kyrgyzstan-Uzbekistan railway was launched': an act whose subject names no actor but a text or
    project by a hyphened compound of states (or their adjectives, "the Tajik-Kyrgyz border") is those
    states' ("Japan and Philippines"); None when a mention stands before the cue as a subject or no word
    before it is such a compound."""
    if any(m.prep is None and m.end <= cue for m in mentions):
        return None  # "Officials said the Japan-Philippines pact ...": a subject is named
    names = country_names()
    for k in range(min(cue, 12)):
        word = toks[k].text
        if "-" not in word or not toks[k].is_capitalised:
            continue  # cheap: most words have no hyphen
        states = [names.get((part.lower(),)) for part in word.split("-")]
        if len(states) >= 2 and all(states) and len(set(states)) == len(states):
            shown = [s for s in states if s]
            return ", ".join(shown[:-1]) + " and " + shown[-1]
    return None


def _nation_adjective(toks: list[Token], lowers: list[str], m: Mention, end: int, lex: Lexicon) -> bool:
    """'European farm groups', 'Chilean fishing unions': a nation's adjective (a demonym) qualifying the common
    nouns after it, within a phrase ending at ``end``; not a state's name ("France", "Kenya's farmers")."""
    if m.kind != "country" or m.end >= end or m.end - m.start != 1 or lowers[m.start] not in lex.demonyms:
        return False
    return lowers[m.start] != lex.demonyms[lowers[m.start]].lower() and not toks[m.end].is_capitalised


#: Words that may qualify a statement named again ("the final joint statement").
_STATEMENT_ADJECTIVES = frozenset(["final", "joint", "closing", "same", "ministerial", "summit"])
#: Relative words that open a clause describing the subject before its verb ("who" also without commas).
_SUBJECT_RELATIVES = frozenset(["which", "who", "whose"])


def _subject_before_relative(
    text: str,
    toks: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    cue: int,
    resolved: Resolved,
    memory: ActorMemory,
    lex: Lexicon,
) -> str | None:
    """'The Inuvialuit Regional Corporation, which represents Inuit in the Arctic, has asked ...', 'Herder
    families who graze livestock near the range have asked ...': a noun phrase opening the sentence, then a
    relative clause (between commas, or a "who" clause without them before an auxiliary), then the cue
    after auxiliaries and adverbs only. The sentence is read without the clause, by the rules of a plain
    subject (a mention that is the phrase, :func:`_bare_subject`, :func:`_opening_noun_phrase`); None when
    the sentence has no such shape or the phrase is no subject those rules read."""
    v0 = _verb_start(lowers, cue, lex)
    if v0 < 3 or v0 > 40:
        return None
    rel = next((k for k in range(1, min(v0, 12)) if lowers[k] in _SUBJECT_RELATIVES or lowers[k] == "where"), None)
    if rel is None or lowers[0] in lex.prepositions or lowers[0] in _TIME_ADVERBS:
        return None  # "In Nuuk, which ...": a fronted adjunct, not a subject
    gaps = [text[toks[k - 1].end : toks[k].start] for k in range(1, v0 + 1)]
    if any(g.strip() not in ("", "'", "’") for g in gaps[: rel - 1]):  # "Farmers' groups" is one run
        return None  # the phrase itself is one run of words ("The Inuvialuit Regional Corporation")
    commas = [k for k in range(rel, v0 + 1) if "," in gaps[k - 1]]
    # ", which represents Inuit in the Arctic, has asked": a clause closed before the verb; "families who
    # graze cattle near the range have asked": a "who" clause without commas, an auxiliary opening the verb
    closed = commas == [rel, v0]  # ", where salinity has crept inland," too: a place the phrase names
    if not closed and not (not commas and lowers[rel] == "who" and v0 < cue):
        return None
    if any(g.strip() and g.strip() != "," for g in gaps[rel:v0]):
        return None  # a dash or a bracket inside the clause: no plain relative clause
    shift = v0 - rel
    reduced = text[: toks[rel - 1].end] + " " + text[toks[v0].start :]
    r_toks = tokens(reduced)
    if len(r_toks) != len(toks) - shift:
        return None
    r_lowers = [t.lower for t in r_toks]
    r_mentions: list[Mention] = []
    r_done: dict[int, str | None] = {}
    for m in mentions:
        if m.end <= rel:
            r_mentions.append(m)
            r_done[id(m)] = resolved.get(id(m))
        elif m.start >= v0:
            moved = Mention(
                m.kind, m.name, m.start - shift, m.end - shift, m.country, m.members, m.prep, m.anaphoric, m.title
            )
            r_mentions.append(moved)
            r_done[id(moved)] = resolved.get(id(m))
        elif m.start < rel:
            return None  # a mention running into the clause
    r_cue = cue - shift
    whole = _opening_mention(r_mentions, rel)
    if whole is not None and whole.kind in ("person", "people", "group", "body", "acronym", "description"):
        return r_done.get(id(whole)) or whole.name
    bare = _bare_subject(reduced, r_toks, r_lowers, r_mentions, r_cue, lex) or _opening_noun_phrase(
        reduced, r_toks, r_lowers, r_mentions, r_cue, lex
    )
    if bare is None:
        return None
    return _state_anaphor(bare, memory, lex) or bare


def _subject_past_aside(
    text: str,
    toks: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    cue: int,
    resolved: Resolved,
    lex: Lexicon,
) -> str | None:
    """The subject of a clause whose subject phrase is followed by a non-restrictive aside between commas: an
    apposition ("The Social Democrats, the largest opposition party, backed ...") or a relative clause, commas of
    a list inside it too ("the Tripartite Commission, which groups A, B and C under ..., agreed"). The clause
    opens the sentence or follows a fronted adjunct and its comma ("At a meeting in Geneva, ...", "Speaking at the
    handover, the head of the administration, A, asked"). The cue's verb group follows the aside's closing comma,
    or is a second verb joined by "and"/"but" to the verb there ("backed the extension but tabled a motion").
    The subject is the mention spanning the phrase (with its apposed name), else the phrase as written (a
    determined phrase, :func:`_written_subject`); None for any other shape."""
    if text.count(",") < 2 or cue < 4:
        return None  # cheap: an aside needs two commas
    if lowers[cue] in _WITNESS_VERBS and _CEREMONY.intersection(lowers[cue + 1 : cue + 4]):
        return None  # "X, who arrived on Sunday, witnessed the signing of a declaration by A and B": A and B's act
    comma_before = [False, *("," in text[toks[k - 1].end : toks[k].start] for k in range(1, len(toks)))]
    start = 0
    participial = lowers[0].endswith("ing") and len(lowers[0]) > 5  # "Speaking at ...", "Addressing the ..."
    if (bare_time := _after_bare_time(lowers, cue, lex)) > 0:
        start = bare_time  # "In May the Naalakkersuisut, Greenland's government, approved": no comma after the time
    elif lowers[0] in lex.prepositions or lowers[0] in _TIME_ADVERBS or participial:
        # "At a meeting in Geneva, X ...", "Speaking at the handover, X ...": the clause opens after the comma
        start = next((k for k in range(1, min(cue, 12)) if comma_before[k]), 0)
        if not start or any(text[toks[k - 1].end : toks[k].start] != " " for k in range(1, start)):
            return None
    v0 = _verb_start(lowers, cue, lex)
    spanning = next((m for m in mentions if start and m.start == start and m.end == v0 and m.prep is None), None)
    if spanning is not None and comma_before[v0]:
        # "Speaking at the handover, the head of the administration, A, asked": the office and its apposed name
        return resolved.get(id(spanning)) or spanning.name
    # the aside opens at the first comma after the phrase, on a determiner, a name's possessive or a relative
    opening = next((k for k in range(start + 1, min(cue, start + 10)) if comma_before[k]), None)
    if opening is None or any(text[toks[k - 1].end : toks[k].start] != " " for k in range(start + 1, opening)):
        return None
    word = lowers[opening]
    relative = word in ("which", "who")
    if not (relative or word in ("the", "a", "an") or (word.endswith(("'s", "’s")) and toks[opening].is_capitalised)):
        return None
    # it closes at the next comma (an apposition) or at the last comma before the verb group (a relative clause)
    commas = [k for k in range(opening + 1, v0 + 1) if comma_before[k]]
    if not commas:
        return None
    close = commas[-1] if relative else commas[0]
    if any(text[toks[k - 1].end : toks[k].start].strip() not in ("", ",") for k in range(opening + 1, close)):
        return None  # a dash, a bracket or a quotation inside: no plain aside
    if close != v0:
        # "backed the extension but tabled a motion": a first verb at the close, then "and"/"but" before the cue's
        first = close
        while first < v0 and (lowers[first] in _ACTIVE_AUX or lowers[first] in lex.adverbs):
            first += 1
        verb = lowers[first]
        if not (verb.endswith(("ed", "s")) and toks[first].text.islower()) or lowers[v0 - 1] not in ("and", "but"):
            return None
        if any(comma_before[k] for k in range(close + 1, v0)) or v0 - close > 12:
            return None
    named_first = toks[opening - 1].is_capitalised  # "the Naalakkersuisut, Greenland's government,": a name first
    if not relative and not named_first and any(m.start == opening and m.end == close for m in mentions):
        return None  # "Kenya's parliament, the National Assembly, ratified": the apposition names the actor
    whole = next((m for m in mentions if m.start == start and m.prep is None and m.end in (opening, close)), None)
    if whole is not None:
        return resolved.get(id(whole)) or whole.name
    if any(m.start == start for m in mentions):
        return None  # a mention of another extent (a place, a state's adjective): the other rules read it
    phrase = text[toks[start].start : toks[opening - 1].end]
    verb_text = text[toks[close].start :]
    reduced = f"{phrase} {verb_text}"
    r_toks = tokens(reduced)
    r_cue = (opening - start) + next(
        (k - close for k in range(close, len(toks)) if lowers[k] not in _ACTIVE_AUX and lowers[k] not in lex.adverbs),
        0,
    )
    if r_cue >= len(r_toks):
        return None
    return _written_subject(reduced, r_toks, [t.lower for t in r_toks], r_cue, lex)


def _after_fronted(text: str, toks: list[Token], lowers: list[str], m: Mention, lex: Lexicon) -> bool:
    """'In the statement, the ministers reaffirmed ... and called on ...': a mention right after the comma
    that closes a sentence-opening prepositional phrase opens the main clause; it is no aside between
    commas, whatever follows it."""
    if m.start < 2 or m.prep is not None or "," not in text[toks[m.start - 1].end : toks[m.start].start]:
        return False
    if lowers[0] not in lex.prepositions or inside_quote(text, toks[m.start]):
        return False
    return all(text[toks[k - 1].end : toks[k].start] == " " for k in range(1, m.start))


#: Possessives of a body written as a common noun whose name an apposition then gives ("our parliament, ...").
_BODY_OWNERS = frozenset(["our", "my", "its", "their"])


def _names_owned_body(text: str, toks: list[Token], lowers: list[str], m: Mention, cue: int, lex: Lexicon) -> bool:
    """'Last month our parliament, the Milli Majlis, ratified ...', 'Kenya's parliament, the National Assembly,
    approved ...': a body's name apposed between commas to a possessive and a body's common noun, right before
    the cue's verb, is the subject's own name, not an aside (the rule of round 18 for a person apposed to an
    office: "Botswana's Minister ..., Phenyo Butale, spoke")."""
    if m.kind not in ("body", "acronym") or m.start < 2 or m.prep is not None:
        return False
    owner, head = lowers[m.start - 2], lowers[m.start - 1]
    if head not in lex.body_heads or not (owner in _BODY_OWNERS or owner.endswith("'s") or owner.endswith("’s")):
        return False
    if text[toks[m.start - 1].end : toks[m.start].start] != ", ":
        return False
    return text[toks[m.end - 1].end : toks[_verb_start(lowers, cue, lex)].start] == ", "


def _voting_chamber(
    text: str, toks: list[Token], lowers: list[str], cue: int, memory: ActorMemory, lex: Lexicon
) -> str | None:
    """'Deputies also ratified an agreement', 'In a separate vote, lawmakers passed ...': the chamber named before
    (a body headed by a word of ``chambers``, "the Croatian Parliament") when the vote's subject right before the
    cue is a bare plural of its members (``chamber_members``, no determiner or qualifier: first word, or after a
    comma); None otherwise ("the opposition deputies voted against", "Several members backed ...")."""
    j = cue - 1
    while j > 0 and lowers[j] in lex.adverbs:
        j -= 1
    if j < 0 or lowers[j] not in lex.chamber_members:
        return None
    if j > 0 and "," not in text[toks[j - 1].end : toks[j].start]:
        return None  # "the opposition deputies", "two members": a part of the chamber, or a counted few
    if memory.last_body is not None and _head(memory.last_body) in lex.chambers:
        return memory.last_body
    # the chamber named last (dict order is the order named; a set's order would vary from run to run)
    return next((body for head, body in reversed(memory.bodies.items()) if head in lex.chambers), None)


def _ratified_parties(lowers: list[str], mentions: list[Mention], cue: int, lex: Lexicon) -> str | None:
    """'The Croatian Parliament ratified the Treaty on the State Border between Croatia and Bosnia and Herzegovina':
    the parties the ratified text is "between" (as named), whose decision its terms stated later are; None for any
    other decision (a signing, an adoption) or a ratification naming no parties."""
    if lowers[cue] not in lex.ratifying_verbs:
        return None  # cheap: most decisions are no ratification
    parties = next((m for m in mentions if cue < m.start <= cue + 12 and m.prep == "between" and m.plural), None)
    return parties.name if parties is not None else None


def _opens_on_terms(lowers: list[str]) -> bool:
    """'Under the plan, ...', 'In line with the accord, ...', 'As part of the deal, ...': the sentence opens on a
    whole phrase that introduces the terms of a text. Its first word alone is not enough: "In the same session,
    Parliament approved an agreement, which opens ..." names its own act and subject."""
    if not lowers or lowers[0] not in _TERMS_FIRST:
        return False  # cheap: most sentences open on another word
    return any(tuple(lowers[: len(opener)]) == opener for opener in _TERMS_OPENERS)


def _terms_makers(
    text: str, toks: list[Token], lowers: list[str], mentions: list[Mention], memory: ActorMemory, lex: Lexicon
) -> str | None:
    """Who made the terms a sentence opening on them states: the makers its opening phrase names
    (:func:`_opening_makers`), else the two parties its contrasted clauses bind (:func:`_contrasted_parties`)."""
    made = _opening_makers(text, toks, lowers, mentions, memory, lex)
    return made if made is not None else _contrasted_parties(text, toks, lowers, mentions, memory, lex)


#: Conjunctions that contrast two parties' undertakings in one sentence ("A will ..., while B will ...").
_CONTRASTS = frozenset(["while", "whereas"])
#: Mentions that name a party to a text as written: a state, a body, an acronym, a collective.
_PARTY_KINDS = frozenset(["country", "body", "acronym", "group"])
#: Words that may stand between a clause's opening and its subject's mention ("while the SDF freed").
_CLAUSE_DETERMINERS = frozenset(["the", "its", "their"])


def _contrasted_parties(
    text: str, toks: list[Token], lowers: list[str], mentions: list[Mention], memory: ActorMemory, lex: Lexicon
) -> str | None:
    """'Under the declaration, Morocco will take back ..., while Germany will open ...': the terms bind the two
    parties whose undertakings the sentence contrasts, the subject right after the opening phrase and the one right
    after "while"; shown as "the two sides (A and B)" (round 34a). None unless both are there and differ."""
    if not _CONTRASTS.intersection(lowers):
        return None  # cheap: most terms have no contrasted clause
    comma = text.find(",")
    if comma < 0:
        return None
    first = next((m for m in mentions if m.prep is None and toks[m.start].start > comma), None)
    if first is None or any(toks[k].start > comma and lowers[k] in _CONTRASTS for k in range(first.start)):
        return None
    opening = first.start - 1
    while opening >= 0 and toks[opening].start > comma:
        if lowers[opening] not in _CLAUSE_DETERMINERS:
            return None  # "Under the plan, from June the two navies ...": not the clause's subject
        opening -= 1
    w = next((k for k in range(first.end, len(lowers)) if lowers[k] in _CONTRASTS), None)
    if w is None:
        return None
    second = next((m for m in mentions if m.prep is None and m.start > w), None)
    if second is None or any(lowers[k] not in _CLAUSE_DETERMINERS for k in range(w + 1, second.start)):
        return None
    if first.kind not in _PARTY_KINDS or second.kind not in _PARTY_KINDS or first.name == second.name:
        return None  # "Under the plan, he will ..., while they ...": no party named (resolving would move memory)
    return f"the two sides ({first.name} and {second.name})"


def _opening_makers(
    text: str, toks: list[Token], lowers: list[str], mentions: list[Mention], memory: ActorMemory, lex: Lexicon
) -> str | None:
    """'Under an agreement signed by the heads of the two border services, ...', 'Under the protocol between
    the coast guards, ...': the terms of a text whose makers the opening phrase itself names (the agent of
    its participle, or its parties after "between") are those makers' decision, not that of whoever acted
    last; None when the opening phrase (up to its comma) names none."""
    comma = text.find(",")
    if comma < 0:
        return None
    k = 1
    while k < len(toks) and toks[k].end <= comma and lowers[k] not in ("by", "between"):
        k += 1
    if k + 1 >= len(toks) or toks[k].end > comma:
        return None
    if lowers[k] == "between" and lowers[k - 1] not in lex.party_texts:
        return None
    if lowers[k] == "by" and not (lowers[k - 1].endswith("ed") or lowers[k - 1] in lex.irregular_participles):
        return None  # "Under a plan by the ministry, ...": no act done, a proposal's owner
    resolved = _resolve_in_order(mentions, memory, lex)
    agent = next((m for m in mentions if m.start == k + 1 and toks[m.end - 1].end <= comma), None)
    if lowers[k] == "by" and agent is not None and agent.kind in ("person", "people"):
        return resolved[id(agent)] or agent.name  # "signed by Presidents A and B"
    # a collective as written (not "the two" people met before), with the states "the two countries" stands for
    parties = _parties_after(text, toks, lowers, k, -1, lex)
    return _with_states(text, toks, mentions, resolved, parties) if parties is not None else None


def _statement_issuer(lowers: list[str], cue: int, memory: ActorMemory, lex: Lexicon) -> str | None:
    """'The final statement also called for ...', 'On Libya, the statement called for ...': a statement as
    the subject of the cue (right before it, adverbs and auxiliaries aside, after "the" and adjectives)
    is issued by whoever acted in the last sentence that named it; that actor, or None."""
    j = cue - 1
    while j > 0 and (lowers[j] in lex.adverbs or lowers[j] in _ACTIVE_AUX):
        j -= 1
    if lowers[j] not in lex.issued_texts:
        # "The final statement affirmed support for X and called for ...": the statement opens the sentence
        j = next((k for k in range(1, min(4, cue)) if lowers[k] in lex.issued_texts), 0)
        if any(lowers[k] not in _STATEMENT_ADJECTIVES for k in range(1, j)) or lowers[0] != "the":
            return None
    if j < 1 or lowers[j] not in lex.issued_texts or j > 8:
        return None
    k = j - 1
    while k > 0 and lowers[k] in _STATEMENT_ADJECTIVES:
        k -= 1
    if lowers[k] not in ("the", "their", "its"):
        return None  # "a statement", "Kenya's statement": no statement named before
    return memory.issuers.get(lowers[j])


def _sides_as_written(lowers: list[str], actor: str, memory: ActorMemory | None = None) -> str:
    """'Under the protocol, the two sides will raise ...', 'Under the agreement, the first phase will ...': the
    terms of a text two parties concluded (``actor``) are their decision, shown as the two sides of the text with
    whom they are: "the two sides (Kazakhstan and Turkmenistan)", or as the sentence or ``actor`` words the sides
    ("both delegations (A and B)"). News and annotators name such terms either way ("the two sides", "Iraq and
    Jordan"); the bracket keeps both. Those who signed for the sides ("the co-chairs (A and B)", a joint body
    with its states) are the sides too; two people with known, different states (``memory``) signed for them,
    so the sides are the states. ``actor`` unchanged for one party, three or more, or a collective that names
    no one ("the ministers")."""
    inner = actor
    written = "the two sides"
    if actor.endswith(")") and actor[:1].islower() and actor.count("(") == 1 and " (" in actor:
        # "the two Prime Ministers (A and B)", "the sides (Iraq and Jordan)": the counted collective's members
        collective, _, inner = actor[:-1].partition(" (")
        if _head(collective) in _PARTY_NOUNS and len(collective.split()) > 2:
            written = collective  # "both delegations (A and B)", "the two parties (A and B)" stay as written
    elif "(" in actor:
        inner = _paired_states(actor) or actor  # "A (Fiji) and B (Papua New Guinea)": the states they signed for
    if "(" in inner or "," in inner:
        return actor
    names = _split_names(inner)
    if len(names) != 2:
        names = inner.split(" and ")
    if len(names) > 2 and inner.count(" and the ") == 1:
        names = inner.split(" and the ")  # "the Petra Development and Tourism Authority and the Royal Commission"
        names[1] = f"the {names[1]}"
    if len(names) != 2 or not all(n[:1].isupper() or n.startswith("the ") for n in names):
        return actor
    first = names[0].split()
    if first[0] == "the" and len(first) > 2 and first[1].islower() and ("of" in first or "from" in first):
        return actor  # "the foreign ministers of the EU and the five Central Asian states": one collective
    if memory is not None:
        states = [memory.person_country.get(memory.full_name(n)) for n in names]
        if all(states) and states[0] != states[1]:
            names = [s for s in states if s]  # the people signed for their states
    for k in range(1, len(lowers)):
        if lowers[k + 1 : k + 2] == ["of"]:
            continue  # "patrols on both sides of the frontier": places, not the parties
        if lowers[k] in _PARTY_NOUNS and (lowers[k - 1] == "both" or lowers[k - 2 : k] == ["the", "two"]):
            written = f"{'both' if lowers[k - 1] == 'both' else 'the two'} {lowers[k]}"
            break
    return f"{written} ({names[0]} and {names[1]})"


def _verb_start(lowers: list[str], cue: int, lex: Lexicon) -> int:
    """Where the verb group of the cue at ``cue`` opens: before the active auxiliaries and adverbs right
    before it ("has also asked": at "has"); ``cue`` when none."""
    start = cue
    while start > 0 and (lowers[start - 1] in _ACTIVE_AUX or lowers[start - 1] in lex.adverbs):
        start -= 1
    return start


def item_subject(text: str, lowers: list[str], mentions: list[Mention], cue: int, lex: Lexicon) -> bool:
    """'1. The leaders agreed to ...' after '... adopted the following Joint Statement:': a list item written as a
    whole sentence (closed by a full stop, its subject opening it right before the verb group of its cue) names
    its own actor, as the text words it; an item that is a noun phrase or a clause of the lead-in ("- Agreement on
    aviation;", "(a) to set up a fund;") carries the lead-in's actor."""
    if not text.rstrip().endswith(".") or cue < 2:
        return False
    # the subject's own verb opens right after it, the cue's or a first one ("The leaders welcomed ... and decided")
    return any(
        m.prep is None
        and m.start <= 1
        and m.end <= cue
        and (_verb_like_word(lowers[m.end]) or lowers[m.end] in lex.adverbs)
        for m in mentions
    )


def _opening_mention(mentions: list[Mention], end: int) -> Mention | None:
    """The mention that is the whole phrase opening the sentence and ending at ``end`` (an article aside)."""
    return next((m for m in mentions if m.start <= 1 and m.end == end and m.prep is None), None)


def _verb_like_word(lower: str) -> bool:
    """A finite verb or auxiliary that cannot stand in a subject noun phrase."""
    return lower in _FINITE or lower in _ACTIVE_AUX or lower.endswith("ed")


def _participial_opening(text: str, toks: list[Token], lowers: list[str], cue: int) -> int | None:
    """'Calling for X, Tokayev backed Y': the token after the opening clause's comma, if the cue is in it."""
    if not lowers or not lowers[0].endswith("ing"):
        return None
    if len(toks) > 1 and ":" in text[toks[0].end : toks[1].start]:
        return None  # "Breaking: the two sides have agreed ...": a newsroom label, no participle
    comma = text.find(",")
    if comma < 0 or toks[cue].start > comma:
        return None
    return next((k for k, t in enumerate(toks) if t.start > comma), None)


#: Nouns of a proposal a speaker may own ("my suggestion is that ...", "our proposal is ...").
_OWNED_PROPOSALS = frozenset(
    ["proposal", "proposals", "suggestion", "suggestions", "request", "requests", "recommendation", "idea"]
)
#: Words between a speaker's possessive and his proposal noun ("my own suggestion", "our first proposal").
_OWN_PROPOSAL_GAP = frozenset(["own", "first", "second", "third", "last", "main", "concrete", "specific", "new"])


def _own_proposal(lowers: list[str], cue: int, memory: ActorMemory) -> str | None:
    """'My own suggestion is that ...', 'our proposal is ...': in a speech's or interview's narrative (a
    speaker known, outside quotations, which the caller reads first) a proposal noun owned by "my" is the
    speaker's, by "our" the state he speaks for (else his own); None otherwise."""
    if memory.speaker is None:
        return None
    k = cue - 1
    while k >= 0 and cue - k <= 3 and lowers[k] in _OWN_PROPOSAL_GAP:
        k -= 1
    if k < 0 or lowers[k] not in _OWN_POSSESSIVES:
        return None
    me = memory.display(memory.speaker)  # with his state where the text gave it, as other mentions of him
    if lowers[k] == "my":
        return me
    return None if memory.columnist else memory.speaker_country or me


def _possessor_or_parties(
    toks: list[Token], lowers: list[str], mentions: list[Mention], cue: int, parties: bool = True
) -> Mention | None:
    """Who concluded a document named as done: 'Tajikistan's recently signed treaty', '... between A and B'."""
    owner = next((m for m in mentions if m.end == cue and lowers[cue - 1].endswith("'s")), None)
    if owner is None and cue > 0 and lowers[cue - 1].endswith("'s"):
        # "Côte d'Ivoire's proposal", "Papua New Guinea's offer": a state of several words owns it
        for start in range(max(0, cue - 4), cue):
            if toks[start].is_capitalised and (hit := country_at(lowers, start)) and hit[1] == cue:
                return Mention("country", hit[0], start, cue, hit[0])
        word = toks[cue - 1].text.removesuffix("’s").removesuffix("'s")
        if word[:1].isupper():
            return Mention("country", word, cue - 1, cue)
    if owner is not None or not parties:
        return owner
    return next((m for m in mentions if m.start > cue and m.prep == "between"), None)


@final
class Resolved:
    """What each mention of a sentence stands for (by ``id``), resolved with what precedes it, without changing
    the article's memory: mention ``k`` is resolved against the memory after mentions ``0 .. k-1`` were
    remembered. Lazily, where a dict was filled for every mention of every cue sentence: a mention is resolved
    when asked for (those before it on the way), and the memory is copied only when a mention after the first is
    (``resolve`` changes no memory; ``remember`` does). Most sentences ask for one mention or none, often the
    first. Exact: a mention's value depends on those before it only, the article's memory is not changed while
    the object is in use (the rules only read it), and a sentence's mentions are distinct objects
    (:func:`~briefing.actors.find_mentions` makes each once), so the first mention with an ``id`` is the only one.
    """

    __slots__ = ("_done", "_lex", "_memory", "_mentions", "_next", "_own")

    def __init__(self, mentions: list[Mention], memory: ActorMemory, lex: Lexicon) -> None:
        self._mentions = mentions
        self._memory = memory
        self._lex = lex
        self._done: dict[int, str | None] = {}
        self._next = 0  # mentions[:_next] are resolved, and mentions[:_next - 1] remembered in _memory
        self._own = False  # _memory is this object's copy, not the article's

    def _until(self, key: int) -> bool:
        """Resolve mentions in order until the one with ``id`` ``key``; whether it was found."""
        done = self._done
        mentions = self._mentions
        while self._next < len(mentions):
            k = self._next
            m = mentions[k]
            if k > 0:
                if not self._own:
                    self._memory = self._memory.copy()
                    self._own = True
                self._memory.remember(mentions[k - 1], self._lex)
            done[id(m)] = self._memory.resolve(m, self._lex)
            self._next = k + 1
            if id(m) == key:
                return True
        return False

    def __getitem__(self, key: int) -> str | None:
        done = self._done
        if key in done or self._until(key):
            return done[key]
        raise KeyError(key)

    def get(self, key: int) -> str | None:
        done = self._done
        if key in done or self._until(key):
            return done[key]
        return None


def _resolve_in_order(mentions: list[Mention], memory: ActorMemory, lex: Lexicon) -> Resolved:
    """Resolve each mention with what precedes it, without changing ``memory`` (lazily: see :class:`Resolved`)."""
    return Resolved(mentions, memory, lex)


#: First-person possessives of a speaker ("our cabinet", "my ministry").
_OWN_POSSESSIVES = frozenset(["our", "my"])
#: Heads a speaker's possessive names his state by ("our government"), which ``_first_person`` reads.
_OWN_STATE_WORDS = frozenset(["government", "country", "nation", "state", "people"])
#: Bodies of a state that ``body_heads`` may lack ("our navy", "our coast guard").
_OWN_BODIES = frozenset(["navy", "army", "guard", "police", "ministries", "cabinet", "parliament", "legislature"])


def _own_body(
    text: str, toks: list[Token], lowers: list[str], cue: int, memory: ActorMemory, lex: Lexicon
) -> str | None:
    """'In April our cabinet approved ...', 'my ministry has proposed ...': in a speaker's own words (a
    speech or an interview answer, not a quotation nor a columnist's), a first-person possessive body
    that is the cue's subject is his state's body, shown as "the Palau cabinet"; None otherwise
    (also when the state he speaks for is unknown, or the body is "our government", his state itself)."""
    state = memory.speaker_country
    if state is None or memory.speaker is None or memory.columnist or inside_quote(text, toks[cue]):
        return None
    end = _verb_start(lowers, cue, lex)
    if end == cue and not lowers[cue].endswith("ed"):
        return None  # a bare form after the noun may be a noun itself ("our cabinet decision")
    for k in range(end - 2, max(-1, end - 4), -1):
        if lowers[k] not in _OWN_POSSESSIVES:
            continue
        words = toks[k + 1 : end]
        head = lowers[end - 1]
        if not all(_lower_word(t.text) and _adjacent(toks, n) for n, t in enumerate(words, k + 1)):
            return None
        if head in _OWN_STATE_WORDS or not (head in lex.body_heads or head in _OWN_BODIES):
            return None
        return f"the {state} {' '.join(t.text for t in words)}"
    return None


#: Present-tense acts by which a speech presents the speaker's own state ("Spain proposes three initiatives",
#: "The Dominican Republic also offers ..."); another state's act is reported in the past ("Chile has proposed").
_SELF_PRESENTING = frozenset(
    ["proposes", "offers", "suggests", "calls", "urges", "invites", "supports", "backs", "stands", "intends"]
)
#: A state describing itself as a state presents the speaker's state when "we" or "our" follows
#: ("New Zealand is a small country ..., and almost everything we trade ..."), not "Russia is a threat to
#: all we value".
_SELF_DESCRIBING = frozenset(["is", "remains"])
_SELF_NOUNS = frozenset(["country", "nation", "state", "island", "republic", "kingdom", "democracy", "people"])
_WE_WORDS = frozenset(["we", "our", "us"])


def _speaker_state(
    text: str, toks: list[Token], lowers: list[str], mentions: list[Mention], memory: ActorMemory, lex: Lexicon
) -> str | None:
    """The state a speech's or an interview's speaker speaks for, told by his own narrative when nothing
    named it before: a sentence opening on a state as subject of a present-tense act ("Spain proposes
    three initiatives", "The Dominican Republic also proposes ...") or describing itself as a state with
    "we"/"our" after it ("New Zealand is a small country ..., and everything we trade ..."). Its "we" and "my
    Government" then name that state. None outside a speaker's narrative (news, a columnist, a question,
    a quotation) or for any other sentence."""
    if memory.speaker is None or memory.columnist or not toks or text.rstrip().endswith("?"):
        return None
    if "welcome" in lowers and (hosted := _hosting_state(text, toks, lowers)) is not None:
        return hosted
    start = 1 if lowers[0] == "the" else 0
    hit = country_at(lowers, start) if start < len(lowers) and toks[start].is_capitalised else None
    if hit is None:
        return None
    phrase = " ".join(lowers[start : hit[1]])
    if phrase in lex.demonyms and lex.demonyms[phrase].lower() != phrase:
        return None  # only a nation's adjective opens it ("Spanish officials propose")
    if lowers[hit[1] - 1].endswith(("'s", "’s")):
        return None  # "Spain's minister proposes": the possessive names another subject
    if inside_quote(text, toks[0]) or any(m.start < hit[1] and m.kind == "person" for m in mentions):
        return None
    verb = hit[1]
    # "Uzbekistan therefore proposes ...": a speaker's linking adverb stands between too
    while verb < len(lowers) and (lowers[verb] in lex.adverbs or lowers[verb] in _SPEAKER_ADVERBS):
        verb += 1
    if verb >= len(lowers) or not _adjacent(toks, verb):
        return None  # "Chile, which ...": an aside, not the state's own verb
    if lowers[verb] in _SELF_PRESENTING:
        return hit[0]
    described = _SELF_NOUNS.intersection(lowers[verb + 1 : verb + 5])
    if lowers[verb] in _SELF_DESCRIBING and described and _WE_WORDS.intersection(lowers[verb + 1 :]):
        return hit[0]
    return None


def _hosting_state(text: str, toks: list[Token], lowers: list[str]) -> str | None:
    """'It is an honour to welcome you to Lima for this meeting': the speaker welcomes his audience to a
    capital or city of his own state (the host's words, never a guest's); that state, or None."""
    k = lowers.index("welcome")
    if lowers[k + 1 : k + 2] != ["you"] or inside_quote(text, toks[k]):
        return None
    k += 2
    while k < len(lowers) and lowers[k] in ("all", "back", "here"):
        k += 1
    if lowers[k : k + 1] != ["to"] or k + 1 >= len(lowers) or not toks[k + 1].is_capitalised:
        return None
    hit = place_at(lowers, k + 1)
    return hit[0] if hit is not None else None


#: Words that open a relative clause after a comma (", which Oman is ready to host"); unlike
#: rules.clauses._RELATIVES, "where" counts and "that" (no comma before it) is checked apart.
_COMMA_RELATIVES = frozenset(["which", "who", "whom", "whose", "where"])


#: A speaker's own requests and proposals in the present ("I call on", "I also urge", "I hereby invite").
_SPEAKER_REQUESTS = frozenset(
    ["call", "urge", "invite", "propose", "suggest", "appeal", "encourage", "recommend", "offer", "ask", "request"]
)
#: Words between "I" and that verb ("I also call on", "I would therefore urge").
_SPEAKER_ADVERBS = frozenset(
    ["also", "therefore", "thus", "hence", "again", "now", "today", "hereby", "would", "once", "further"]
)


def _first_person_main(
    text: str, toks: list[Token], lowers: list[str], cue: int, memory: ActorMemory, lex: Lexicon
) -> str | None:
    """'I also call on insurers to report to a single centre, which Oman is ready to host': when the
    cue lies in a relative clause (after a comma and "which", "who", "where", or "to which") that follows the
    speaker's own clause opening on "I", the sentence's act is the speaker's main clause, not the
    relative clause's; the speaker, or None. A speech or interview only (``memory.speaker``), outside
    quotations."""
    if memory.speaker is None or memory.columnist or inside_quote(text, toks[cue]):
        return None
    me = next((k for k in range(min(cue, 4)) if lowers[k] == "i"), None)
    if me is None or any(lowers[k] in _COMMA_RELATIVES or lowers[k] == "that" for k in range(me)):
        return None
    verb = me + 1
    while verb < cue and verb - me <= 3 and (lowers[verb] in lex.adverbs or lowers[verb] in _SPEAKER_ADVERBS):
        verb += 1
    if lowers[verb] not in _SPEAKER_REQUESTS and lowers[verb] not in lex.request_verbs:
        return None  # "I think the EU, which adopted sanctions, ...": the speaker's own act must be a request
    for k in range(me + 2, cue):
        # ", to which my government has offered talks": a preposition may open the relative clause
        opens = k - 1 if lowers[k - 1] in lex.prepositions and k - 1 > me + 1 else k
        if lowers[k] in _COMMA_RELATIVES and "," in text[toks[opens - 1].end : toks[opens].start]:
            return memory.speaker
    return None


#: Mentions that may name a partner state after "with" ("the United States" is read as a group).
_PARTNER_KINDS = frozenset(["country", "countries", "acronym", "group"])
#: Words between a state's verb and "with" its partner that end the verb's clause ("an accord that ...").
_WITH_STOPS = frozenset(["that", "which", "who", "to", "under", "after", "before", "while", "because"])


def _we_with(
    text: str,
    toks: list[Token],
    lowers: list[str],
    mentions: list[Mention],
    cue: int,
    resolved: Resolved,
    me: str,
    memory: ActorMemory,
) -> str | None:
    """'We signed an agreement with the United States', 'we agreed with Kenya on ...': a decision the
    state a speaker speaks for made with a party named after "with" in the verb's own clause is both
    states' ("Palau and the United States"), or None (a person's "we", no such party, a later clause)."""
    done = lowers[cue].endswith("ed") or (cue > 0 and lowers[cue - 1] == "did")  # "what we did agree with X"
    if me != memory.speaker_country or not done:
        return None
    if not any(lowers[k] == "we" for k in range(max(0, cue - 4), cue)):
        return None
    for m in mentions:
        if (
            m.prep != "with"
            or not cue < m.start <= cue + 6
            or m.kind not in ("country", "countries", "acronym", "group")
        ):
            continue
        if not _has_capital(m.name):
            return None  # "with our partners", "with the other members": no named state
        between = lowers[cue + 1 : m.start]
        if _WITH_STOPS.intersection(between) or "," in text[toks[cue].end : toks[m.start].start]:
            return None
        partner = resolved.get(id(m)) or m.name
        if partner == me:
            return None
        # "we signed with Argentina and Bolivia": one list of the three states
        return f"{me}, {partner}" if " and " in partner else f"{me} and {partner}"
    return None


#: Relative words opening a clause whose subject is the noun before them ("a memorandum that allows").
_DOCUMENT_RELATIVES = frozenset(["that", "which"])
#: Modal words between such a relative and its verb ("which will allow", "that would open").
_RELATIVE_MODALS = frozenset(["will", "would", "shall", "can", "could", "may", "also"])


def _we_before_relative(lowers: list[str], cue: int, lex: Lexicon) -> int | None:
    """'We have also signed a memorandum with Ecuador that allows the police to ...': when the cue is the
    verb of a relative clause whose subject is the document before it ("that allows", "which will
    open"), the index of the main clause's completed verb after a "we" opening the sentence, or None.
    The caller reads that verb as the act (the makers of a document act through it)."""
    if cue < 4 or "we" not in lowers[:3]:
        return None  # cheap: the sentence must open on the speaker's "we"
    rel = cue - 1
    while rel > 0 and (lowers[rel] in lex.adverbs or lowers[rel] in _RELATIVE_MODALS):
        rel -= 1  # "that will also allow"
    if lowers[rel] not in _DOCUMENT_RELATIVES:
        return None
    we = lowers.index("we")
    done = lex.irregular_participles
    return next((k for k in range(we + 1, min(rel, we + 5)) if lowers[k].endswith("ed") or lowers[k] in done), None)


def _has_capital(name: str) -> bool:
    """A proper name among the words ("the United States"), not a common noun phrase ("the partners")."""
    return any(w[:1].isupper() for w in name.split())


#: Heads of a nation's group named by its adjective ("Estonian business groups", "Malaysian fishermen").
_GROUP_HEADS_EXTRA = frozenset(["fishermen", "businessmen", "businesswomen", "people"])


def _demonym_group(text: str, toks: list[Token], lowers: list[str], m: Mention, cue: int, lex: Lexicon) -> str | None:
    """'Estonian business groups used the occasion to ask ...', 'Kenyan traders have since asked ...':
    a nation's adjective (not its name) before one to three lower-case words ending in a plural or a
    group noun is that group, written as in the text, when the phrase opens its clause (the sentence or
    after a comma) and is the cue's subject; None for the nation itself ("Estonia asked ..."), its
    officials and delegations (which act for it), or anything else."""
    if m.end != m.start + 1 or not toks[m.start].is_capitalised or not _demonym(lowers[m.start]):
        return None
    if m.start > 0 and "," not in text[toks[m.start - 1].end : toks[m.start].start]:
        return None
    end = m.end
    while end < min(cue, m.end + 3) and _lower_word(toks[end].text) and _adjacent(toks, end):
        low = lowers[end]
        end += 1
        if (low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))) or low in lex.group_nouns:
            break  # the phrase's head: "business groups", "ferry operators", "farmers' association"
        if low in _GROUP_HEADS_EXTRA:
            break
    else:
        return None  # no plural or group noun before the verb: "Estonian" is the nation's ("Estonian-led")
    head = lowers[end - 1]
    if lex.collective.match_at([head], 0) is not None or head in _NOT_SUBJECT_HEADS or head in lex.document_subjects:
        return None  # "Estonian officials", "Estonian ministers" speak for the state, which other rules name
    return text[toks[m.start].start : toks[end - 1].end]


def _headline_office_state(title: str) -> str | None:
    """'"We cannot send people back": Bangladesh's refugee commissioner on the camps', 'Interview: Palau's
    minister of state': an interview headline that names its interviewee by his state's possessive and
    a lower-case office after the last colon; that state (whose "we" and "our cabinet" he speaks for),
    or None (an organisation's officer, "ACTO's secretary-general", or no such phrase)."""
    after = title.rpartition(":")[2].strip()
    toks = tokens(after)
    if len(toks) < 2:
        return None
    lowers = [t.lower for t in toks]
    hit = country_at(lowers, 0)
    if hit is None or not lowers[hit[1] - 1].endswith(("'s", "’s")) or hit[1] >= len(toks):
        return None
    return hit[0] if _lower_word(toks[hit[1]].text) else None


#: A person shown with his state, "Edi Rama (Albania)", inside a group of people.
_PERSON_WITH_STATE = re.compile(r"[^,()]+? \(([^()]+)\)")


def _paired_states(group: str | None) -> str | None:
    """'Edi Rama (Albania) and Hristijan Mickoski (North Macedonia)' -> 'Albania and North Macedonia':
    the two different states of the two people last named together as a subject, whose meeting "It was
    agreed to ..." and "documents were signed" report as the sides' acts; None for anything else (one
    person, people without states, two people of one state, more than two)."""
    if group is None or " and " not in group:
        return None
    parts = group.replace(" and ", ", ").split(", ")
    states = [m.group(1) for p in parts if (m := _PERSON_WITH_STATE.fullmatch(p.strip()))]
    if len(parts) != 2 or len(states) != 2 or states[0] == states[1]:
        return None
    return f"{states[0]} and {states[1]}"


#: Words an acronym may skip in its full name ("Alliance of Small Island States" is "AOSIS" or "ASIS").
_ACRONYM_SKIPS = frozenset(["of", "the", "and", "for", "on", "in", "de", "des", "du", "la", "le", "&"])


def _with_acronym(actor: str, acronyms: frozenset[str]) -> str:
    """``actor`` followed by the acronym of the article ("AOSIS", 3+ letters) formed by the initials of a
    run of its capitalised words, with or without the small words between them ("Alliance of Small Island
    States"); ``actor`` unchanged when it already shows an acronym or a bracket, or none fits."""
    if "(" in actor:
        return actor
    words = actor.split()
    if any(w in acronyms for w in words):
        return actor
    for start, first in enumerate(words):
        if not first[:1].isupper():
            continue
        letters, short = first[0], first[0]
        for w in words[start + 1 :]:
            if w.lower() in _ACRONYM_SKIPS:
                letters += w[0].upper()
                continue
            if not w[:1].isupper():
                break
            letters, short = letters + w[0], short + w[0]
            for guess in (letters, short):
                if len(guess) >= 3 and guess in acronyms:
                    return f"{actor} ({guess})"
    return actor
