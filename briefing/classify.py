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

This module is the entry point (:func:`analyse_article`, :func:`user_sections`,
:class:`UserSection`, :func:`clear_caches`) and owns the per-text caches; the rules live in
:mod:`briefing.rules`, one module per thing decided: ``decisions`` (:func:`decision_cue`),
``proposals`` (:func:`proposal_cue`, :func:`reported_proposal`), ``security``
(:func:`is_security`), ``actor_choice`` (:func:`_actor`), ``context`` (what the article around a
sentence says) and ``clauses`` (negation, modality and word sets they share).
Condensing lives in :mod:`briefing.condense`, importance in :mod:`briefing.importance`,
quotation structure in :mod:`briefing.quotes`; cue words in ``lexicon.toml``.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, final

from .actors import ActorMemory, Mention, find_mentions
from .actors import interviewee as _interviewee
from .condense import condense
from .entities import as_written, countries_in_tokens, written_spellings
from .importance import (
    FIRST_REPORT_BONUS,
    FOLLOWED_SCENE_LEAD_WEIGHT,
    SCENE_LEAD_WEIGHT,
    SCENE_REACH,
    ArticleProfile,
    content_stems,
    reports_act,
    restates_act,
)
from .lexicon import Lexicon, Matches, PhraseSet, lexicon_key
from .model import Analysis, Article, DeferredAnalysis, Sentence
from .quotes import inside_quote, quote_events
from .quotes import speaker as quote_speaker
from .rules.actor_choice import (
    _actor,
    _between_parties,
    _headline_office_state,
    _named_tag,
    _opens_on_terms,
    _questioned_state,
    _ratified_parties,
    _resolve_in_order,
    _sides_as_written,
    _speaker_state,
    _tagged_interview,
    _terms_makers,
    _with_acronym,
    item_subject,
)
from .rules.clauses import _RELATIVES
from .rules.context import (
    _ANSWER_TAGS,
    _LAST_JOINT,
    _ORGANISATION_ANAPHORS,
    _SELF_NAMES,
    _SPEAKER_TAG,
    _acronyms,
    _columnist,
    _dated_before,
    _dated_last_year,
    _headline_guest,
    _headline_speaker,
    _is_interview,
    _is_list_item,
    _most_named,
    _names_document,
    _remember_joint_parties,
    _remember_meeting,
    also_terms,
    border_line_anaphor,
    bylined_author,
    concluded_set,
    concluded_words,
    continued_terms,
    names_security_acronym,
    pronoun_terms,
    recurring_tag,
    recurring_tags,
    sanction_anaphor,
    security_acronyms,
    security_anaphor,
    set_member_terms,
    shared_terms,
    speaker_body,
    weapon_anaphor,
)
from .rules.decisions import (
    _BINDING_FUTURE,
    _CHANGES,
    _COURTS,
    _DECISION_NOUNS,
    _MEMBERSHIPS,
    _MISSION_ACTS,
    _MISSIONS,
    _RULINGS,
    _TERMS_FIRST,
    _VOTE_WINS,
    _WITHDRAWALS,
    ANNOUNCING,
    DATE_GATE,
    _binding_subject,
    _complement,
    _document_subject,
    _elaborates,
    _instrument_of_main_act,
    _time_opener,
    adopted_content,
    decision_cue,
    is_ruling,
    issued_call,
    listed_by_anaphor,
    names_text_again,
)
from .rules.proposals import (
    _BACKING,
    _BACKING_VERBS,
    _DECLARE_FORMS,
    _OFFER_WORDS,
    _READINESS_NOUNS,
    _READINESS_STATED,
    _SEEK_FORMS,
    _WANT_FORMS,
    _reporting_frame,
    outside_relative,
    proposal_cue,
    reported_proposal,
    subject_relative,
)
from .rules.security import _gate as _security_gate
from .rules.security import (
    barrier_anaphor,
    civil_watch_named,
    fixes_border,
    is_security,
    marker_anaphor,
    withdrawal_anaphor,
)
from .tokens import Token, tokens


@dataclass(frozen=True, slots=True)
class UserSection:
    """A user-defined section: its key and the cue phrases that select sentences."""

    key: str
    cues: PhraseSet


def merge_words(lowers: list[str], stems: set[str]) -> tuple[str, str]:
    """A sentence's words and content stems as :func:`analyse_article` hands them to merging: each
    joined by single spaces. Words are split at whitespace (:func:`briefing.tokens.words`) and
    stems are their prefixes, so neither holds any: ``str.split()`` gives both back exactly."""
    return " ".join(lowers), " ".join(stems)


def analyse_article(
    article: Article,
    sentences: Sequence[Sentence],
    lex: Lexicon,
    user_sections: Sequence[UserSection] = (),
    words: dict[str, tuple[str, str]] | None = None,
    *,
    defer: bool = False,
    repeated: Container[str] = frozenset(),
) -> tuple[Analysis, ...]:
    """Analyse every sentence of one article, in order (pronouns need what came before).

    ``defer``: an unlabelled sentence's condensed text is worked out only when read (a
    :class:`~briefing.model.DeferredAnalysis`: the article is analysed again then, once for all
    its sentences); a briefing shows it only if the executive summary picks the sentence. Leave
    it False when every analysis's condensed text will be read (the analysis cache stores them).

    ``words``: if given, receives the lower-case words of each labelled sentence's text, as
    :func:`~briefing.lexicon.tokenize_lower` splits them, and their content stems
    (:func:`~briefing.importance.content_stems`), which near-duplicate merging would otherwise
    split the sentence again to find: each joined by single spaces (:func:`merge_words`; a word
    holds no whitespace), so ``words.split()`` and ``set(stems.split())`` give them back. One
    string each, not a list and a set of strings: they live until the merge, and at 10,000
    articles the lists and sets were 170 MB of the summariser's 390 (now about 25).

    What depends on a sentence's text alone (tokens, cues, labels, countries) is read once per
    distinct text (:func:`_read`); who it names and its condensed item also depend on the people
    the article named before, so they are cached under that context (:func:`_mentions`).

    ``repeated``: texts known to occur again in the articles being analysed (:func:`repeated_texts`):
    their readings are kept from their first sighting, not only from their second (which then
    reads them again). The analyses are the same with or without it.
    """
    read = [_read(s.text, lex, s.text in repeated) for s in sentences]
    readings = [r for r, _ in read]
    repeats = [seen for _, seen in read]
    # The headline names what the article is about, so its acronyms count too.
    headline = tokens(article.title or "")  # tokenised once: its acronyms and its states are both read
    acronyms = [a for r in readings for a in r.acronyms] + _acronyms(headline, lex)
    memory = ActorMemory(
        organisation=_most_named(acronyms),
        acronyms=frozenset(acronyms),
        headline_nations=tuple(dict.fromkeys(countries_in_tokens(headline))),
    )
    memory.speaker, memory.speaker_country = _headline_speaker(
        (article.title or "", *article.headings[:1], sentences[0].text if sentences else ""), lex
    )
    if memory.speaker is None and (author := _columnist(article, lex)) is not None:
        memory.speaker, memory.columnist = author, True
    if memory.speaker is not None and memory.speaker_country is None:
        # "This morning my Government signed ..." before "Ecuador proposes ...": one speech, one state
        memory.speaker_country = _narrated_state(sentences, readings, memory, lex)
    all_lowers = [r.lowers for r in readings]
    # "Viet Nam proposes ...": actors keep the article's spelling of a state's name (lexicon written_spellings)
    spellings = written_spellings(" ".join([article.title or "", *(s.text for s in sentences)]), lex.written_spellings)
    profile = ArticleProfile.of(article, all_lowers, lex.stopwords, [r.content for r in readings])
    out: list[Analysis] = []
    seen: set[str] = set()  # labels already reported by an earlier sentence

    list_head: tuple[frozenset[str], str | None] | None = None  # the act a list of items follows
    joined = False  # the previous item ended in "; and": this sentence is the list's last item
    semicolon = False  # the previous sentence ended in ";"
    # An interview's answers ("A: ...", or untagged) are spoken by the person its lead names first.
    interview = _is_interview(article) or _tagged_interview(article.paragraphs)
    interviewee = memory.speaker if interview else None
    # round 40b: '"Referral is not money": Nunavut Premier John Main on Grays Bay': the person the headline names
    # answers when no verb of interviewing in the lead names him (the lead may open on a question and name no one)
    guest = _headline_guest(article.title or "", lex) if interview and interviewee is None else None
    if memory.speaker is None and not interview and (author := bylined_author(article)) is not None:
        # "By Ana Silva" over an analysis: its "I would go further and propose ..." is the author's, as a columnist's
        memory.speaker, memory.columnist = author, True
    # "Cassis: I have appointed ...": tags opening several paragraphs name the speakers of a transcript
    transcript_tags = recurring_tags(article.paragraphs, lex)
    body: str | None = None  # the body an interviewee speaking for no state heads (rules.context.speaker_body)
    # The words after each recent decision's cue and its actor: "The desk will be staffed ..." names again
    # what "approved the creation of a firearms desk" concluded, and states its terms (rules.context).
    decided: list[tuple[int, frozenset[str], str | None]] = []
    # "The Assembly ratified the protocol between A and B": (the ratifier, the parties), whose terms are the parties'
    ratified: tuple[str | None, str] | None = None
    secured: list[tuple[int, frozenset[str]]] = []  # the words of each recent security sentence
    guarded: list[str] = []  # acronyms that security sentences defined for a security body ("BGB")
    civil_watch = False  # a sentence named monitors on a civil mission ("the Election Observation Mission")
    demarcating = False  # a security sentence named a border being fixed ("approved the demarcation documents")
    deferred: _Deferred | None = None  # condenses this article's unlabelled sentences when one is read
    gates = _cue_gates(lex)
    issued_text = False  # the sentence before made a call with a text issued in common as subject (round 35b)
    for n, (s, r) in enumerate(zip(sentences, readings, strict=True)):
        toks, lowers, prop, dec = r.toks, r.lowers, r.prop, r.dec
        text_pronoun = issued_text and prop is not None and dec is None and _text_pronoun_call(lowers, prop, lex)
        if text_pronoun and prop is not None:
            # "The communique calls on A to ... . It asks B to ...": "It" is the text, whose calls are decided
            dec, prop = (prop, "verb"), None
        if interview and interviewee is None and n and (memory.recent or guest):
            # "Bishkek Observer spoke to Minister X": the lead's verb of interviewing names him, not its subject
            lead = " ".join(x.text for x in sentences[:n])
            asked = _interviewee(lead, memory.recent, lex.interview_verbs, lex.title_words)
            interviewee = asked or (memory.full_name(guest) if guest else memory.recent[0])
            memory.speaker = memory.speaker or interviewee
            if memory.speaker == interviewee and memory.speaker_country is None:
                # "we signed a memorandum": an interviewed office-holder's "we" is the state he speaks for
                memory.speaker_country = memory.person_country.get(interviewee)
                memory.speaker_country = memory.speaker_country or _headline_office_state(article.title or "")
                memory.speaker_country = memory.speaker_country or _narrated_state(
                    sentences[n:], readings[n:], memory, lex
                )
                # "Q: The Maldives is hosting ... A: we signed a swap with India": the state the questions ask about
                memory.speaker_country = memory.speaker_country or _questioned_state(article.paragraphs, lex)
                if memory.speaker_country is None:
                    body = speaker_body(article, memory.organisation, lead, lex)
        if (n == 0 or sentences[n - 1].paragraph != s.paragraph) and (
            tag := _SPEAKER_TAG.match(article.paragraphs[s.paragraph])
        ):
            # the sentence lost its tag (sentences.split_article): the paragraph still has it
            # "KONAKOVIC: We also asked ...": a transcript's paragraph is its tag's speaker's ("QUESTION:" no one's).
            name = tag.group(1).strip().title()
            memory.speaker = None if name.lower() in lex.interviewer_tags else memory.full_name(name)
            if name.lower() in _ANSWER_TAGS:
                memory.speaker = interviewee  # "A: We need ...": the interviewee answers
            memory.speaker_country = None
        elif (n == 0 or sentences[n - 1].paragraph != s.paragraph) and (
            tagged := _named_tag(article.paragraphs[s.paragraph], memory)
            or recurring_tag(article.paragraphs[s.paragraph], transcript_tags, memory, lex)
        ) not in (None, memory.speaker):
            # "Ramful: In 2010 we signed ...": a paragraph opening on a person named before speaks for his state
            memory.speaker, memory.speaker_country = tagged, memory.person_country.get(tagged or "")
        context, mentions = _mentions(r, s.text, lex, memory, repeats[n])
        if memory.speaker is not None and memory.speaker_country is None:
            # "Spain proposes three initiatives. First, we propose ...": the speech names its speaker's state
            memory.speaker_country = _speaker_state(s.text, toks, lowers, mentions, memory, lex)
            if not memory.columnist and memory.speaker_country is None:
                # "X, Malaysia's Home Minister, spoke to us": the lead names the state of the headline's speaker
                memory.speaker_country = memory.person_country.get(memory.speaker)
        labels = set(r.labels)
        if text_pronoun:
            labels = (labels - {"proposal"}) | {"decision"}
        for section in user_sections:
            if section.cues.find_all(lowers):
                labels.add(section.key)
        cue = prop if prop is not None else (dec[0] if dec else None)
        actor = None
        if cue is not None:
            nominal = prop is None and dec is not None and dec[1] == "nominal"
            later = functools.partial(_speaker_after, n, sentences, readings, repeats, memory, lex)
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
            if actor is not None and memory.acronyms:
                # "the Alliance of Small Island States (AOSIS)": a reader, and an annotator, may
                # know the body by either.
                actor = _with_acronym(actor, memory.acronyms)
            if body is not None and actor == memory.speaker == interviewee and _we_acts(lowers, cue):
                # "We have asked the Quad countries ...": the head of a body speaks for it; both are shown
                actor = f"{actor} ({body})"
        if prop is None and dec is not None and dec[1] == "terms" and memory.last_actor and _opens_on_terms(lowers):
            # "Under the plan, member states will ...": the terms are the decision of whoever concluded it.
            # "Under an agreement signed by the two border services, ...": the makers the opening names
            made_by = _terms_makers(s.text, toks, lowers, mentions, memory, lex)
            # "Under the protocol, ..." just after "the Assembly ratified the protocol between A and B": A and B's
            parties = ratified[1] if ratified is not None and ratified[0] == memory.last_actor else None
            actor = made_by or parties or _sides_as_written(lowers, memory.last_actor, memory)
        elif (
            prop is None
            and dec is not None
            and dec[1] == "terms"
            and _binding_subject(s.text, toks, lowers, dec[0], lex)
        ):
            # "The resolution also asks ...": the body that adopted it decides.
            actor = memory.last_body or memory.organisation or actor
        elif prop is None and dec is not None and dec[1] == "terms" and actor is None:
            # "The package also pays for ...": terms of a text named before are its makers' decision.
            actor = memory.last_actor
        if text_pronoun:
            actor = memory.last_actor or actor  # the issuers of the text the sentence before named
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
            if actor is None or cue is None or not item_subject(s.text, lowers, mentions, cue, lex):
                actor = list_head[1]  # "1. The leaders agreed ...": an item with its own subject keeps it
        decided = [d for d in decided if n - d[0] <= _TERMS_REACH]
        if dec is not None and prop is None and listed_by_anaphor(lowers) and not (decided and n - decided[-1][0] <= 2):
            labels.discard("decision")  # "Several ideas were floated. Among these is an accord": one of the ideas
        continued = None
        if "decision" not in labels and prop is None and decided and not r.quoted:
            continued = continued_terms(s.text, toks, lowers, [d[1] for d in decided], lex)
            if continued is None and decided[-1][0] == n - 1 and pronoun_terms(lowers, decided[-1][1], lex):
                continued = (0, len(decided) - 1)  # "It will allow Kenya to import ...": the text just concluded
            elif continued is None and set_member_terms(s.text, toks, lowers, lex):
                # "The others cover trade and aviation": some of the texts just signed
                if (signed := concluded_set(decided, n, lex)) is not None:
                    continued = (0, signed)
            elif continued is None and lowers[:1] == ["it"]:
                # "The memorandum is modest. It provides for ...": "It" is the text the sentence before named again
                for j in range(len(decided) - 1, -1, -1):
                    if names_text_again(all_lowers[n - 1], decided[j][1], lex):
                        continued = (0, j) if pronoun_terms(lowers, decided[j][1], lex) else None
                        break
            elif continued is None and n - decided[-1][0] <= 2 and also_terms(s.text, toks, lowers, lex):
                continued = (0, len(decided) - 1)  # "The two armies will also set up a cell": one more term
            elif continued is None and n - decided[-1][0] <= 2 and shared_terms(s.text, lowers, lex):
                continued = (0, len(decided) - 1)  # "each side will notify the other": a term shared out (round 35b)
            if continued is not None:
                # the terms of the decision whose words it names again, credited to that decision's actor
                labels.add("decision")
                actor = decided[continued[1]][2]
        if "decision" in labels and dec is not None:
            # "Parliament ratified the Treaty between A and B. It defines ...": the terms are the parties' own
            terms_by = _ratified_parties(lowers, mentions, dec[0], lex)
            ratified = (actor, terms_by) if terms_by is not None else None  # only the latest decision's
            after = dec[0] + 1
            if lowers[dec[0]] in lex.call_verbs and "to" in lowers[after : after + 12]:
                # "the Senate asked the Ministry of Transport to publish ...": an adopted call concludes what it asks
                # for, not its addressee ("The Ministry of Transport will send its report" is no term of it; round 26)
                after = lowers.index("to", after) + 1
            decided.append((n, concluded_words(s.text, toks, lowers, dec[0], after), terms_by or actor))
        # The words of the article-context security rules below (civil monitors, barriers, markers, withdrawals,
        # borders) this sentence holds: one C-level intersection; when empty (most sentences) none of them can
        # pass, as each opens on a test that one of its sets meets the sentence.
        held = gates.context.intersection(lowers)
        watched = civil_watch and bool(held)
        watched = watched and not (lex.watch_nouns.isdisjoint(held) and lex.watch_bodies.isdisjoint(held))
        # "approved the deployment of 95 observers": the election mission's observers the article named before
        if watched and "security" in labels and not is_security(s.text, list(toks), lowers, lex, None, True):
            labels.discard("security")
        civil_watch = civil_watch or (bool(held) and civil_watch_named(lowers, lex))
        secured = [d for d in secured if n - d[0] <= _TOPIC_REACH]
        carried = False  # the security body is named only by an acronym defined earlier: it weighs nothing here
        if "security" not in labels:
            before = [d[1] for d in secured]  # the words of the recent security sentences
            if before and security_anaphor(s.text, toks, lowers, before, lex):  # it needs a security sentence before
                labels.add("security")  # "The cell will report every fortnight": a body a security sentence named
            elif before and border_line_anaphor(toks, lowers, before, lex):
                labels.add("security")  # "the line on this section follows the watershed": the border named before
            elif before and held and barrier_anaphor(toks, lowers, before, lex):
                labels.add("security")  # "the steel fence along the river": the barrier of the border named before
            elif demarcating and held and marker_anaphor(lowers, lex):
                labels.add("security")  # "placing markers on the last unmarked stretch": the border being fixed before
            elif before and held and withdrawal_anaphor(lowers, before, lex):
                labels.add("security")  # "leads to a full Israeli withdrawal": the forces' withdrawal told before
            elif before and weapon_anaphor(lowers, before, lex):
                labels.add("security")  # "Fragments have landed in their fields": the weapon named before (round 37b)
            elif before and sanction_anaphor(toks, lowers, before, lex):
                labels.add("security")  # "The listed tankers are barred from EU ports": the sanctions named before
            elif guarded and names_security_acronym(toks, lowers, guarded, lex):
                labels.add("security")  # "The BGB delegation was led by ...": a body an earlier sentence named
                carried = True
        if "security" in labels:
            secured.append((n, frozenset(lowers)))
            demarcating = demarcating or (bool(held) and fixes_border(lowers, lex))
            if "(" in s.text:
                guarded.extend(security_acronyms(s.text, toks, lex))
        issued_text = "decision" in labels and (text_pronoun or _issued_subject(lowers, lex))
        if actor is not None and article.outlet and actor.lower() in _SELF_NAMES:
            actor = f"{actor} ({article.outlet})"  # "This newspaper urges ...": the outlet's own voice
        elif actor is not None and memory.organisation and actor.lower() in _ORGANISATION_ANAPHORS:
            actor = f"{actor} ({memory.organisation})"  # "The bloc called for ...": the organisation of the article
        if actor is not None and labels & _ACTS:
            memory.last_actor = actor
            # a text's own parties ("A memorandum between the coast guards was also signed") do not end a run of
            # agentless signings by the sides: "A declaration was signed." after it is still the sides'.
            own = cue is not None and "between" in lowers
            parties = _between_parties(s.text, toks, lowers, mentions, cue, lex) if own and cue is not None else None
            own = parties is not None and actor.startswith(parties)
            if "decision" in labels and not own:
                memory.last_decider = actor
            memory.issued(lowers, actor, lex)  # "In a final statement, the leaders agreed": the statement's issuers
            if cue is not None and lowers[cue] in lex.chamber_votes:
                memory.voted(actor, lex.chambers)  # "The Althingi voted ...": what a later bare "members" vote as
        for m in mentions:
            memory.remember(m, lex)
        _remember_meeting(lowers, mentions, memory, lex)
        memory.remember_visit(lowers, mentions)  # "A met B, who is on an official visit to X": A is X's
        if not lex.chair_verbs.isdisjoint(lowers):
            memory.remember_chairs(lowers, mentions, lex)  # "co-chaired by A and B": "the co-chairs"
        if "-" in s.text:  # a hyphenated pair of states needs a hyphen (most sentences have none)
            _remember_joint_parties(toks, memory)
        memory.end_sentence()
        weighed = labels - {"security"} if carried else labels
        importance = profile.importance(s, lowers, weighed, actor, quoted=r.quoted, content=r.content)
        earlier = dec is not None and _dated_before(lowers, dec[0], article, toks, s.text)
        if earlier:
            # "In 2024 leaders endorsed ...", "adopted in 2000": an earlier decision told as background.
            importance -= BACKGROUND_COST
        elif dec is not None and _dated_last_year(lowers, dec[0], toks, s.text):
            # "Honduras also signed an agreement with Washington last year": background too, but nearer the news
            earlier = True
            importance -= LAST_YEAR_COST
        if (
            dec is not None
            and not earlier
            and "decision" in seen  # an act reported before (cheap tests first: most sentences stop here)
            and "decision" in labels
            and not r.heads_list
            and restates_act(lowers, dec[0], lex)
        ):
            # "The agreement was signed in Djibouti by ...": the who, where and when of an act already reported
            importance -= BACKGROUND_COST
        if not r.quoted and not earlier:
            # The first act the narrative reports; a quotation colours a fact, it does not report it.
            importance += FIRST_REPORT_BONUS * bool(labels & _ACTS - seen)
            seen |= labels
        if continued is not None:
            # terms told after their decision elaborate a fact already reported: never the summary's pick over it
            importance -= BACKGROUND_COST
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
        if labels and words is not None:
            # tokenize_lower lower-cases each word on its own and keeps "’": for ASCII text (and most other
            # text) that is what tokens() gave; otherwise the tokens' own texts lower-cased are its words
            # (tests/test_fast_paths.py), without splitting again.
            if s.text in words:
                pass  # a text's words and stems are a function of it: once is enough
            elif s.text.isascii() or (merged := [t.text.lower() for t in toks]) == lowers:
                words[s.text] = merge_words(lowers, r.content)
            else:
                words[s.text] = merge_words(merged, content_stems(merged, lex.stopwords))
        if not labels and defer:
            # Condensed only if the summary picks it (see ``defer``). Most sentences carry no label:
            # they share one empty set (fewer objects for the collector to walk).
            if deferred is None:
                deferred = _Deferred(article, sentences, lex, user_sections)
            shown = as_written(actor, spellings)
            out.append(DeferredAnalysis(s, _NO_LABELS, shown, importance, r.countries, named, deferred, n))
            continue
        condensed = _condensed(r, s.text, context, mentions, lex, repeats[n])
        out.append(
            Analysis(
                s,
                frozenset(labels) if labels else _NO_LABELS,
                as_written(actor, spellings),
                condensed,
                importance,
                r.countries,
                named,
            )
        )
    if len(out) > 1 and not reports_act(out[0].labels):
        out[0] = _scene_lead(out, deferred)
    return tuple(out)


def _scene_lead(out: list[Analysis], deferred: _Deferred | None) -> Analysis:
    """The lead ``out[0]`` that reports no act (unlabelled, or labelled only by a topic such as security),
    ranked as a scene-setting lead if a decision follows it closely.

    "Ministers of the two states met in Aktau on Wednesday." then, within :data:`SCENE_REACH`
    sentences, "They signed a memorandum on ...": the lead names the occasion and the act after it
    is the news (see :data:`~briefing.importance.FOLLOWED_SCENE_LEAD_WEIGHT`). Once per article.
    """
    lead = out[0]
    followed = False
    for x in out[1 : SCENE_REACH + 1]:  # a plain loop: no generator for mypyc to build
        if "decision" in x.labels:
            followed = True
            break
    if not followed:
        return lead
    importance = lead.importance - (SCENE_LEAD_WEIGHT - FOLLOWED_SCENE_LEAD_WEIGHT)
    if isinstance(lead, DeferredAnalysis) and deferred is not None:
        return DeferredAnalysis(
            lead.sentence, lead.labels, lead.actor, importance, lead.countries, lead.people, deferred, 0
        )
    return Analysis(lead.sentence, lead.labels, lead.actor, lead.condensed, importance, lead.countries, lead.people)


@final
class _Deferred:
    """The condensed texts of one article's sentences, worked out when the first is read: by
    analysing the article again (:func:`analyse_article` is a pure function of its arguments),
    which a briefing does for the few articles whose unlabelled sentence its summary shows."""

    __slots__ = ("_article", "_lex", "_sentences", "_texts", "_user")

    def __init__(
        self, article: Article, sentences: Sequence[Sentence], lex: Lexicon, user: Sequence[UserSection]
    ) -> None:
        self._article = article
        self._sentences = sentences
        self._lex = lex
        self._user = user
        self._texts: list[str] | None = None

    def condensed(self, n: int) -> str:
        """The condensed text of the article's ``n``-th sentence."""
        if self._texts is None:
            analyses = analyse_article(self._article, self._sentences, self._lex, self._user)
            self._texts = [x.condensed for x in analyses]
        return self._texts[n]


#: How many sentences after a decision its terms may still be told by naming again what it concluded.
_TERMS_REACH = 8
#: How many sentences after a security sentence a body it named carries its matter when named again.
_TOPIC_REACH = 3


def _issued_subject(lowers: list[str], lex: Lexicon) -> bool:
    """'The communique also calls on ...', 'The final declaration urges ...': a text issued in common (``issued_texts``)
    within the first three words, as the subject, not an opening "In the communique, ..." (round 35b)."""
    return lowers[:1] != ["in"] and not lex.issued_texts.isdisjoint(lowers[:3])


def _text_pronoun_call(lowers: list[str], prop: int, lex: Lexicon) -> bool:
    """'It asks the Secretary to convene ...', 'It also urges ...': a call (``call_verbs``) whose subject is "It" right
    after a sentence whose subject was a text issued in common: the text goes on stating what was decided (round
    35b). 'It is asking ...' or a call further on is not read so."""
    return (
        lowers[:1] == ["it"] and (prop == 1 or (prop == 2 and lowers[1] == "also")) and lowers[prop] in lex.call_verbs
    )


def _we_acts(lowers: list[str], cue: int) -> bool:
    """'We have asked ...': "we", not "I", is the subject just before the cue."""
    window = lowers[max(0, cue - 4) : cue]
    return "we" in window and "i" not in window


def _speaker_after(
    k: int,
    sentences: Sequence[Sentence],
    readings: Sequence[_Reading],
    repeats: Sequence[bool],
    memory: ActorMemory,
    lex: Lexicon,
) -> str | None:
    """Who speaks a quotation still open at the end of sentence ``k``: the frame where it closes.

    A module function bound with :func:`functools.partial`, not a closure: compiled (mypyc), a
    closure and its environment refer to each other, and that cycle kept every article's tokens
    alive until the cyclic collector ran (which :func:`briefing.collector.paused` holds off).
    """
    scratch = memory.copy()
    for j in range(k + 1, min(k + 4, len(sentences))):
        text, toks = sentences[j].text, readings[j].toks
        events = quote_events(text)
        if not events:
            continue  # a middle sentence of the quotation
        if events[0][1] > 0:
            return None  # a new quotation opens: where the first one closed is unknown
        mentions = _mentions(readings[j], text, lex, scratch, repeats[j])[1]
        who = quote_speaker(text, toks, mentions, lex.reporting_verbs)
        return _resolve_in_order(mentions, scratch, lex)[id(who)] if who is not None else None
    return None


@final
class _Reading:
    """What one sentence's text alone says: its words, cues, labels and countries.

    A final class with fixed slots, immutable by convention (readings are shared through the
    cache; nothing assigns to one after it is made): compiled (mypyc) it is a native object,
    built by a direct call and read field by field without a lookup, where a named tuple of
    16 fields went through its Python-level constructor. Every sentence makes one.
    """

    __slots__ = (
        "acronyms",
        "background",
        "content",
        "contention",
        "countries",
        "dec",
        "frame",
        "heads_list",
        "labels",
        "list_item",
        "lowers",
        "names",
        "prop",
        "quoted",
        "soft",
        "toks",
    )

    def __init__(
        self,
        *,
        toks: list[Token],
        lowers: list[str],
        content: set[str],
        prop: int | None,  # proposal cue
        frame: int | None,  # reporting verb of a proposal in indirect speech
        dec: tuple[int, str] | None,  # decision cue and kind
        labels: frozenset[str],
        countries: tuple[str, ...],
        quoted: bool,  # mostly a quotation (ranks lower)
        list_item: bool,
        heads_list: bool,  # ends in ":" (a list of items follows)
        soft: bool,  # a proposal by a need frame or under a modal ("stressed the need to", "would keep pressing for")
        contention: bool,  # reports a failure to agree or a rejection ("failed to agree", "vetoed")
        background: bool,  # an act told in a relative clause ("which were adopted in 2023"), terms, or a dated means
        names: tuple[str, ...],  # capitalised words: a known surname among them can make a person (repeats only)
        acronyms: tuple[str, ...],  # upper-case words that may name an organisation ("SCO", "NATO")
    ) -> None:
        self.toks = toks
        self.lowers = lowers
        self.content = content
        self.prop = prop
        self.frame = frame
        self.dec = dec
        self.labels = labels
        self.countries = countries
        self.quoted = quoted
        self.list_item = list_item
        self.heads_list = heads_list
        self.soft = soft
        self.contention = contention
        self.background = background
        self.names = names
        self.acronyms = acronyms


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


def repeated_texts(split: Iterable[Sequence[Sentence]]) -> frozenset[str]:
    """The sentence texts occurring more than once among the articles' sentences (``split``: each
    article's :func:`~briefing.sentences.split_article`): wire copy reprints sentences, and a text
    known to come back is read once (see ``repeated`` in :func:`analyse_article`)."""
    once: set[str] = set()
    again: set[str] = set()
    for sentences in split:
        for s in sentences:
            if s.text in once:
                again.add(s.text)
            else:
                once.add(s.text)
    return frozenset(again)


def forget(texts: Collection[str]) -> None:
    """Drop what the caches hold for ``texts`` (readings, mentions, condensed texts): for the texts a run
    knew would come back (:func:`repeated_texts`), once its last article is analysed. Kept, they would only
    hold memory, and make the cyclic collector walk their tokens (a third of a million at 10,000 articles)
    when it runs again.

    Cost: nothing when ``texts`` is empty, else one pass over the three caches. Callers that analyse one
    article at a time (the incremental path: :func:`briefing.incremental.summarise_cached`) almost always
    pass an empty set; a pass per article over caches that fill across the run made a cold cached run at
    10,000 articles 1.8x slower (13.6 -> 24.4 s) before this early return."""
    if not texts:
        return
    caches: tuple[dict[Any, Any], ...] = (_READINGS, _MENTIONS, _CONDENSED)
    for cache in caches:
        for key in [k for k in cache if k[1] in texts]:
            del cache[key]


def _read(text: str, lex: Lexicon, again: bool = False) -> tuple[_Reading, bool]:
    """The context-free reading of a sentence (see :class:`_Reading`), and whether its text was met
    before, or will be (``again``: see ``repeated`` in :func:`analyse_article`): only then are its
    reading, mentions and condensed text looked up and kept."""
    key = (lexicon_key(lex), text)
    got = _READINGS.get(key)
    if got is not None:
        return got, True
    toks = tokens(text)
    lowers = [t.lower for t in toks]
    capitalised = [t for t in toks if t.is_capitalised]  # names and acronyms are among these
    found = lex.cues.scan(lowers)
    gates = _cue_gates(lex)
    # Every word a rule family's opening test looks for that this sentence holds: one C-level
    # intersection, then each family below runs only when one of its tests can pass (see _CueGates).
    hits = gates.words.intersection(lowers)
    # the proposal detectors whose opening test the sentence passes: proposal_cue asks only these (and with none
    # of them and no match of its lists, it returns None without being called: _CueGates.may_propose)
    passed = _passing(gates.proposal_index, lowers, hits)
    prop = proposal_cue(lowers, lex, found, able=passed) if passed or not _PROPOSAL_LISTS.isdisjoint(found) else None
    frame = None
    if prop is None and not gates.modals.isdisjoint(hits):
        # reported_proposal returns None unless a proposal or offer modal is among the words
        if (reported := reported_proposal(text, toks, lowers, lex)) is not None:
            prop, frame = reported
    elif prop is not None:
        frame = _reporting_frame(text, toks, lowers, prop, lex)
    if prop is not None and (span := subject_relative(text, toks, lowers, prop, lex)) is not None:
        # "X, who has long insisted that the gas must be processed at home, called the deal ...": what the
        # subject's relative clause asks describes the subject; only a cue of the main clause proposes (round 36c)
        prop = outside_relative(lowers, span, lex)
        frame = None if prop is None else _reporting_frame(text, toks, lowers, prop, lex)
        reported = reported_proposal(text, toks, lowers, lex) if prop is None else None
        if reported is not None and not span[0] <= reported[0] < span[1]:
            prop, frame = reported  # "The governor, who ..., said the army must go": the main clause's modal
    dec = None
    # the decision detectors whose opening test the sentence passes: decision_cue asks only these
    able = _passing(gates.decision_index, lowers, hits)
    if able or not _DECISION_LISTS.isdisjoint(found):
        proposed, dated = _complement(text, toks, lowers, prop), _time_opener(text, toks, lowers)
        dec = decision_cue(lowers, lex, found, proposed=proposed, dated=dated, able=able)
    tabled_by = prop is not None and lowers[prop + 1 : prop + 2] == ["by"]
    if tabled_by and dec is not None and prop is not None and prop < dec[0] and _document_subject(lowers, dec[0], lex):
        # "The text, tabled by A and B, won 20 votes": who tabled an adopted text only identifies it.
        prop = frame = None
    if prop is not None and dec is not None and dec[0] < prop and _elaborates(text, toks, lowers, dec, prop, lex):
        # "Leaders endorsed an initiative on food, pledging 4 billion dollars": a participle after a
        # finished act tells what that act contains, as an adopted text's "calling for" does.
        prop = frame = None
    if prop is not None and dec is not None and adopted_content(lowers, dec, prop):
        # "endorsed the report, which recommended reducing the force", "Under the procedures, a member may request
        # ...": what the text adopted contains is decided, no proposal (round 27)
        prop = frame = None
    if prop is not None and dec is not None and dec[0] < prop and _document_subject(lowers, dec[0], lex):
        # "The resolution, adopted unanimously, calls for a ceasefire": the calls of an adopted text
        # are its decision, not a proposal.
        prop = frame = None
    elif prop is not None and dec is None and _binding_subject(text, toks, lowers, prop, lex):
        # "The resolution also asks the panel to report ...": an operative clause of a resolution.
        dec, prop, frame = (prop, "terms"), None, None
    elif prop is not None and dec is None and issued_call(text, toks, lowers, prop, lex):
        # "In its final communique, the Council called on ...": the calls of a text issued in common are decided.
        dec, prop, frame = (prop, "verb"), None, None
    elif prop is not None and dec is not None and issued_call(text, toks, lowers, prop, lex):
        # "In their final communique, the leaders imposed a ban ... and called on it to ...": beside the text's other
        # acts its calls are decided too, not proposed (round 23)
        prop = frame = None
    called = prop is None and dec is None and not gates.texts.isdisjoint(hits)  # _text_call's opening test
    if called and (call := _text_call(text, toks, lowers, lex)) is not None:
        # round 38a: "In a declaration adopted at the meeting, the ministers called on armed groups to lay down their
        # arms": a text's call is decided wording even when no proposal cue reads a specific course in it
        dec = (call, "verb")
    labels = {"decision"} if dec is not None else set()
    if prop is not None:
        labels.add("proposal")
    # is_security opens on this very test and returns False when it fails (most sentences)
    security_words = "security_terms" in found or "-" in text or not gates.security.isdisjoint(hits)
    if security_words and is_security(text, toks, lowers, lex, found):
        labels.add("security")
    repeat = _seen_before(key) or again
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
        # only _mentions reads them, and only for a text met before: a first sighting never needs them
        names=tuple([t.lower.removesuffix("'s") for t in capitalised]) if repeat else (),
        acronyms=tuple(_acronyms(capitalised, lex)),
        contention=bool(found.get("contention")),
        background=dec is not None
        and (
            dec[1] == "terms"
            or any(w in _RELATIVES for w in lowers[max(0, dec[0] - 3) : dec[0]])
            or _instrument_of_main_act(lowers, dec[0], lex)  # "delimited it in a treaty signed in 2001"
            or is_ruling(lowers, dec[0])  # "In August 2025 the Court of Arbitration ruled that ..."
        ),
    )
    if repeat:
        _keep(_READINGS, key, got)
    return got, repeat


@final
class _Opening:
    """The opening test of one detector a rule family tries: the detector (named by ``rule``, its function in
    :mod:`briefing.rules`) returns None unless each set of ``needs`` has a word in the sentence, the sentence's
    first word is in ``first`` (when given) and, with ``gerund``, a word of six letters or more ending in "-ing"
    follows a "by". The sets are the detector's own (its lexicon lists and module constants, read when the gates
    are built): a user who extends those lists extends the gate with them."""

    __slots__ = ("first", "gerund", "needs", "rule")

    def __init__(
        self, rule: str, needs: tuple[frozenset[str], ...], first: frozenset[str] = frozenset(), gerund: bool = False
    ) -> None:
        self.rule = rule
        self.needs = needs
        self.first = first
        self.gerund = gerund

    def passes(self, lowers: list[str], hits: frozenset[str]) -> bool:
        """The test on a sentence's words, given ``hits``: its words among the gates' (see :class:`_CueGates`)."""
        if self.first and lowers[0] not in self.first:
            return False
        for words in self.needs:
            if words.isdisjoint(hits):
                return False
        return not self.gerund or any(
            lowers[i - 1] == "by" and len(lowers[i]) >= 6 and lowers[i].endswith("ing") for i in range(1, len(lowers))
        )


def _text_call(text: str, toks: list[Token], lowers: list[str], lex: Lexicon) -> int | None:
    """Round 38a. The first finite call ("called on", "urged") of a sentence whose text issued in common is its
    subject or vehicle (:func:`~briefing.rules.decisions.issued_call`), or None."""
    if lex.issued_texts.isdisjoint(lowers) and lex.adopted_texts.isdisjoint(lowers):
        return None  # the words it needs are missing (most sentences): checked in C
    c = next((k for k, w in enumerate(lowers) if w in lex.finite_calls and k > 0), None)
    if c is None or c + 1 >= len(lowers):
        return None
    return c if issued_call(text, toks, lowers, c, lex) else None


#: The cue lists of ``lexicon.toml`` whose matches (``found``) decision_cue and proposal_cue read: a
#: match of any of them lets the family run whatever its detectors' tests say.
_DECISION_LISTS = frozenset(
    ["decision_nominal", "decision_phrases", "announcements", "terms_frames", "terms_verbs", "decision_acts"]
)
_PROPOSAL_LISTS = frozenset(["proposal_strong", "proposal_weak"])


def _words(*words: str) -> frozenset[str]:
    return frozenset(words)


@final
class _CueGates:
    """When a rule family can fire, from the words of a sentence: what lets :func:`_read` skip a family.

    Each rule family returns a cue only through a match of one of its cue lists (``found``) or through one
    of its detectors, and every detector opens on a test of the words it needs (``_Opening``: "the words
    it needs are missing (most sentences)"). So when no list matched and no detector's opening test
    passes, the family returns None without being called: the gate is exact, never a heuristic. Each
    opening below restates the test that opens the detector it names, from the same sets;
    ``tests/test_cue_gates.py`` checks that every detector the family calls has one, and that gated and
    ungated readings agree.

    ``words`` is the union of every set any test reads, so a sentence's ``hits``
    (``words.intersection(lowers)``, one C-level pass per distinct text) answer each test as the whole
    sentence would: a set meets the sentence exactly when it meets ``hits``.
    """

    __slots__ = (
        "context",
        "decision",
        "decision_index",
        "modals",
        "proposal",
        "proposal_index",
        "security",
        "texts",
        "words",
    )

    def __init__(self, lex: Lexicon) -> None:
        # decision_cue's detectors (rules.decisions), in the order it tries them
        self.decision: tuple[_Opening, ...] = (
            _Opening("_welcomed_decision", (lex.welcome_verbs, _DECISION_NOUNS | {"force"})),
            _Opening("_listed_text", (), first=_words("among", "they", "these", "those")),
            _Opening("_mission_opened", (_MISSION_ACTS, _MISSIONS)),
            _Opening("_appointment", (lex.appointment_verbs, lex.appointment_roles)),
            _Opening("_negotiation_step", (lex.negotiation_units, lex.negotiation_contexts)),
            _Opening("_split_report", (lex.split_participles | {"took"}, lex.split_nouns)),
            _Opening("_terms_frame", (), first=_TERMS_FIRST),
            _Opening("_late_frame", (_words("under"), _BINDING_FUTURE)),
            _Opening("_signed_under", (_words("under"), _words("by"))),
            _Opening("_vote", (_words("voted", "votes"),)),
            _Opening("_by_gerund", (_words("by"),), gerund=True),
            _Opening("_announced_measure", (ANNOUNCING,)),
            _Opening("_emphatic_act", (_words("did"),)),
            _Opening("_order_or_setting", (_words("ordered", "set") | _CHANGES,)),
            _Opening("_closure", (lex.closure_verbs, lex.closure_objects)),
            _Opening("_captives_exchanged", (lex.swap_verbs, lex.captives)),
            _Opening("_settlement", (lex.settle_verbs, lex.settled_matters)),
            _Opening("_designation", (lex.designation_verbs, _words("as"))),
            _Opening("_office_handed", (lex.handover_verbs, lex.rotating_offices, _words("to"))),
            _Opening("_listing", (lex.listing_verbs, lex.listing_records)),
            _Opening("_diplomatic_act", (lex.diplomatic_acts, lex.diplomatic_roles)),
            _Opening("_withdrawal", (_WITHDRAWALS | lex.undoing_verbs, _MEMBERSHIPS)),
            _Opening("_membership_act", (lex.membership_acts, _MEMBERSHIPS)),
            _Opening("_dated_state_act", (lex.executive_acts, DATE_GATE)),
            _Opening("_ranked_act", (lex.ranks, lex.ranked_acts)),
            _Opening("_court_ruling", (_COURTS, _RULINGS)),
            _Opening("_witnessed_act", (lex.witness_verbs, lex.witnessed_acts)),
            _Opening("_regime_changed", (lex.regime_objects, lex.regime_acts)),
            _Opening("_measure_kept", (lex.kept_measures, lex.keeping_verbs)),
            _Opening("_status_raised", (lex.status_verbs,)),
        )
        # proposal_cue's detectors (rules.proposals)
        self.proposal: tuple[_Opening, ...] = (
            _Opening("_stated_proposal", (lex.statement_nouns,)),
            # "wants X to ...", "would like X to ...", "What we need is ..."
            _Opening("_wanted_act", (_WANT_FORMS | {"what", "like"},)),
            _Opening("_sought_backing", (_SEEK_FORMS, _BACKING)),
            _Opening("_declared_support", (_DECLARE_FORMS, _BACKING)),
            _Opening("_declared_readiness", (_READINESS_STATED, _READINESS_NOUNS)),
            _Opening("_backed_course", (_BACKING_VERBS, lex.initiative_nouns | lex.backed_courses)),  # round 39a
            _Opening("_pressing", (_words("pressing"),)),
            _Opening("_offer_made", (_OFFER_WORDS,)),
            _Opening("_specific_need", (_words("need", "want"),), first=_words("we", "i")),
        )
        #: reported_proposal's opening test: a proposal or offer modal
        self.modals: frozenset[str] = lex.proposal_modals | lex.offer_modals
        #: is_security's opening test (besides a security_terms match or a hyphen)
        self.security: frozenset[str] = _security_gate(lex)
        #: the opening sets of the article-context security rules analyse_article tries on each sentence
        #: (civil_watch_named, barrier_anaphor, marker_anaphor, withdrawal_anaphor, fixes_border, the civil watch)
        self.context: frozenset[str] = lex.watch_nouns.union(
            lex.watch_bodies,
            lex.civil_missions,
            lex.border_barriers,
            lex.border_marks,
            lex.withdrawal_nouns,
            lex.border_words,
        )
        #: _text_call's opening test: a text issued in common or an adopted text named
        self.texts: frozenset[str] = lex.issued_texts | lex.adopted_texts
        tests = [*self.decision, *self.proposal]
        sets = [w for t in tests for w in (*t.needs, t.first)]
        self.words: frozenset[str] = self.modals.union(self.security, self.texts, *sets)

        self.decision_index = _index(self.decision)
        self.proposal_index = _index(self.proposal)

    def may_decide(self, lowers: list[str], hits: frozenset[str], found: Matches) -> bool:
        """False only when :func:`~briefing.rules.decisions.decision_cue` must return None."""
        return _may_fire(self.decision_index, _DECISION_LISTS, lowers, hits, found)

    def may_propose(self, lowers: list[str], hits: frozenset[str], found: Matches) -> bool:
        """False only when :func:`~briefing.rules.proposals.proposal_cue` must return None."""
        return _may_fire(self.proposal_index, _PROPOSAL_LISTS, lowers, hits, found)


def _index(tests: tuple[_Opening, ...]) -> dict[str, tuple[_Opening, ...]]:
    """Each test under every word of its key set (``first`` if it has one, else its smallest ``needs`` set):
    a sentence can pass a test only if one of its hits is such a word, so only those tests are tried."""
    index: dict[str, list[_Opening]] = {}
    for test in tests:
        key = test.first or min(test.needs, key=len, default=frozenset())
        if not key:
            raise ValueError(f"the gate of {test.rule} needs no word: it would never let the rule run")
        for word in key:
            index.setdefault(word, []).append(test)
    return {word: tuple(found) for word, found in index.items()}


def _may_fire(
    index: dict[str, tuple[_Opening, ...]],
    lists: frozenset[str],
    lowers: list[str],
    hits: frozenset[str],
    found: Matches,
) -> bool:
    if not lists.isdisjoint(found):
        return True  # a cue list of the family matched (found's keys are the few lists that did)
    for word in hits:  # none in most sentences, and a few tests under each
        for test in index.get(word, ()):
            if test.passes(lowers, hits):
                return True
    return False


def _passing(index: dict[str, tuple[_Opening, ...]], lowers: list[str], hits: frozenset[str]) -> frozenset[str]:
    """The rules (by name) of the tests under ``index`` the sentence passes: those :func:`_may_fire` would find."""
    passed: set[str] = set()
    for word in hits:  # none in most sentences, and a few tests under each
        for test in index.get(word, ()):
            if test.rule not in passed and test.passes(lowers, hits):
                passed.add(test.rule)
    return frozenset(passed)


#: Per lexicon (by :func:`lexicon_key`): its rule families' gates, built on first use.
_GATES: dict[int, _CueGates] = {}


def _cue_gates(lex: Lexicon) -> _CueGates:
    key = lexicon_key(lex)
    got = _GATES.get(key)
    if got is None:
        got = _GATES[key] = _CueGates(lex)
    return got


def _narrated_state(
    sentences: Sequence[Sentence], readings: Sequence[_Reading], memory: ActorMemory, lex: Lexicon
) -> str | None:
    """The state a speech's or an interview's speaker speaks for, as his own narrative tells it anywhere
    (:func:`_speaker_state`: "Ecuador proposes ..."), or None: his "my Government" and "we" before that
    sentence are that state too."""
    for s, r in zip(sentences, readings, strict=True):
        mentions = find_mentions(r.toks, lex, (), s.text, r.lowers)
        state = _speaker_state(s.text, r.toks, r.lowers, mentions, memory, lex)
        if state is not None:
            return state
    return None


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
    if r.prop is None and r.dec is not None and r.dec[1] == "nominal":
        # "Tokayev welcomed the border agreements": the act is named by a noun and the sentence's subject
        # only reacts to it; cut to "Welcomed the border agreements" beside their makers, the item would
        # say the makers welcomed them. The subject stays.
        first_cue = None
    if not repeat:
        return condense(text, r.toks, first_cue, mentions, lex)
    key = (lexicon_key(lex), text, context, first_cue)
    got = _CONDENSED.get(key)
    if got is None:
        got = condense(text, r.toks, first_cue, mentions, lex)
        _keep(_CONDENSED, key, got)
    return got


#: What a proposal made only by a need frame or a modal ("stressed the need to", "should") loses
#: in the summary against an explicit one ("proposed", "called for"): it is a softer statement.
#: A decision told in a relative clause ("builds on two instruments, which were adopted in
#: 2023") is background to the sentence's main statement, and the terms of a concluded text
#: ("Under the new rules, ...") detail a decision already reported: both lose the same. Round 27: 0.2, not 0.3;
#: the terms are often what a reader must know of a signing ("Under the plan, members will notify each other
#: before ..."): over 33 labelled batches 0.2 gained 7 key sentences (leave-one-batch-out +7, no batch down by 2).
SOFT_PROPOSAL_COST = 0.2
#: What a decision dated before the article's year loses in the summary: its weight as a decision
#: (see :meth:`ArticleProfile.importance`), so background ranks as a plain sentence, never as news.
BACKGROUND_COST = 0.8
#: What a decision dated "last year" loses (round 32d): background like one dated "in 2019", but possibly months
#: before the news, and a reader may still need it ("The council agreed last year to cover a third of the costs").
#: Half of :data:`BACKGROUND_COST`: over the 39 training batches 0.2-0.5 gained one key sentence and the full cost
#: lost two; on the three validation batches +3 (two batches up), none lost.
LAST_YEAR_COST = 0.4
#: What a sentence reporting a failure to agree or a rejection gains in the summary: conflict is
#: news, and a reader must know what was not decided as much as what was.
CONTENTION_BONUS = 0.4
_NO_LABELS: frozenset[str] = frozenset()
_ACTS = frozenset(["decision", "proposal"])  # the labels that name an act (and have an actor)


def user_sections(sections: Mapping[str, Sequence[str]]) -> tuple[UserSection, ...]:
    """Compile user-defined sections (key -> cue phrases) for :func:`analyse_article`."""
    return tuple(UserSection(key, PhraseSet.of(cues)) for key, cues in sections.items())
