"""Find who is named in a sentence: people, definite descriptions, groups, countries. Pure.

News English names an actor in a few regular ways, all handled here:
- a person, usually behind a title: "President Kassym-Jomart Tokayev", "Uzbek Foreign
  Minister Bakhtiyor Saidov", "the President of Uzbekistan Shavkat Mirziyoyev";
- a definite description standing for a person named earlier: "the Kazakh leader",
  "the head of state", "the President";
- a pronoun: "he", "she" (the last person), "they", "we" (the last group);
- a group: "the heads of state", "the SCO leaders", "the parties", "NATO members";
- countries as actors: "Kyrgyzstan and Tajikistan have agreed";
- bodies: "the Senate", "the Supreme Eurasian Economic Council";
- coordinations: "Presidents A, B and C signed", "talks between A and B".
Titles are dropped and surnames expanded to the fullest name seen ("Tokayev" ->
"Kassym-Jomart Tokayev"), with the country where the text gives it ("Kassym-Jomart Tokayev
(Kazakhstan)"). A bare collective ("the heads of state") is qualified by the organisation the
article is about ("the SCO heads of state"); an anaphoric one ("the parties", "they") stands for
the last plural actor named. :class:`ActorMemory` carries that state through an article.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final, final

from .entities import country_at, country_firsts, country_words, is_country_word, place_at, place_firsts
from .lexicon import Lexicon, lexicon_key
from .tokens import Token

# Words before a capitalised run that make it a thing or place, not a person ("Centre for Rare Earth Metals").
_NOT_BEFORE_PERSON = frozenset(["for", "on", "in", "at", "from", "to", "into", "under", "about", "the", "a", "an"])
_SIDE_NOUNS = frozenset(["side", "delegation", "party", "government", "authorities", "leadership"])
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_DETERMINERS = frozenset(["the", "a", "an", "both", "all", "two", "three", "four", "five", "six", "seven", "eight"])
#: Words that count a collective loosely ("several allies", "some members"): no "the" before them.
_QUANTIFIERS = frozenset(["several", "some", "many", "most", "few", "various", "numerous"])
#: Words that make a group a part of those its head names ("the opposition deputies", "deputies of the ruling
#: party"): a later bare "Deputies" are all of them, not that part again.
_PART_WORDS = _QUANTIFIERS | frozenset(["opposition", "ruling", "governing", "dissident", "rebel"])


@final
class Mention:
    """An actor named in a sentence; ``start``/``end`` are token indices.

    ``kind`` is one of person, description, pronoun, group, country, countries, body, acronym, people;
    ``members`` holds the parts of a coordination; ``prep`` the preposition governing it; ``title`` is
    :data:`PLACE` for a country named by its capital or a city ("Tehran (Iran)", :func:`is_place`).
    Immutable by convention (nothing assigns to a field after it is made; :meth:`_replace` makes a
    new one). A final class with fixed slots: compiled (mypyc) it is built by a direct call and read
    without a lookup, where the named tuple it replaced went through a Python-level constructor;
    every sentence makes some. Equal, and hashed, by value as that tuple was. Rules tell mentions
    apart by identity (``id``).
    """

    __slots__ = (
        "anaphoric",
        "country",
        "end",
        "kind",
        "members",
        "name",
        "prep",
        "regional",
        "source",
        "start",
        "title",
    )

    def __init__(
        self,
        kind: str,
        name: str,
        start: int,
        end: int,
        country: str | None = None,
        members: tuple[Mention, ...] = (),
        prep: str | None = None,
        anaphoric: bool = False,
        title: str | None = None,  # the head word of a person's title ("amir", "president")
        regional: int = 0,  # words of region before a collective ("West African leaders"): the organisation's members
        source: bool = False,  # a collective that reports, not acts ("diplomats", "officials")
    ) -> None:
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.country = country
        self.members = members
        self.prep = prep
        self.anaphoric = anaphoric
        self.title = title
        self.regional = regional
        self.source = source

    def _fields(self) -> tuple[object, ...]:
        return (
            self.kind,
            self.name,
            self.start,
            self.end,
            self.country,
            self.members,
            self.prep,
            self.anaphoric,
            self.title,
            self.regional,
            self.source,
        )

    def _replace(self, *, name: str | None = None, end: int | None = None, anaphoric: bool | None = None) -> Mention:
        """A copy with the given fields changed (the ones a rule changes; see the named tuple's ``_replace``)."""
        return Mention(
            self.kind,
            self.name if name is None else name,
            self.start,
            self.end if end is None else end,
            self.country,
            self.members,
            self.prep,
            self.anaphoric if anaphoric is None else anaphoric,
            self.title,
            self.regional,
            self.source,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mention):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"Mention(kind={self.kind!r}, name={self.name!r}, start={self.start}, end={self.end}, "
            f"country={self.country!r}, members={self.members!r}, prep={self.prep!r}, anaphoric={self.anaphoric}, "
            f"title={self.title!r}, regional={self.regional}, source={self.source})"
        )

    @property
    def plural(self) -> bool:
        return self.kind in ("group", "countries", "people")


#: Mention kinds :meth:`ActorMemory.remember` has nothing to record for (no members, not plural, not a body).
_UNRECORDED = frozenset(["pronoun", "acronym", "country"])


@dataclass
class ActorMemory:
    """What an article has named so far; updated sentence by sentence (mutable by design)."""

    people: dict[str, str] = field(default_factory=dict)  # surname (lower) -> full name
    person_country: dict[str, str] = field(default_factory=dict)  # full name -> country
    last_person: str | None = None
    last_group: str | None = None
    organisation: str | None = None  # the acronym of the body the article is about ("SCO")
    subject: str | None = None  # the first person named outside a prepositional phrase, this sentence
    recent: list[str] = field(default_factory=list)  # people in the order last named, most recent last
    # Other words of full names -> full name ("anwar" -> "Anwar Ibrahim", "lula" -> "Luiz Inácio
    # Lula da Silva"): many naming traditions use a given name or a middle name alone. "" marks a
    # word shared by two people, which then names nobody.
    given: dict[str, str] = field(default_factory=dict)
    last_body: str | None = None  # the last institution that acted ("the Council"): what "It" stands for
    titled: dict[str, str] = field(default_factory=dict)  # title head -> the last person named with it
    last_actor: str | None = None  # who made the last decision or proposal reported
    bodies: dict[str, str] = field(default_factory=dict)  # head word -> the last named body with it
    # Who says "I" in the narrative of a statement or speech: the person its headline names, and
    # the state he speaks for ("my Government"); None for ordinary news.
    speaker: str | None = None
    speaker_country: str | None = None
    columnist: bool = False  # the speaker is an opinion piece's author: "I" is his, "we" and "our" are not
    group_named: bool = False  # this sentence already named its plural actor (see :meth:`remember`)
    body_named: bool = False  # this sentence already named its acting body, or "It" (see :meth:`remember`)
    nations: list[str] = field(default_factory=list)  # states in the order last named, most recent last
    last_decider: str | None = None  # who made the last decision reported ("was also signed" continues it)
    person_title: dict[str, str] = field(default_factory=dict)  # full name -> head of the title named with it
    acronyms: frozenset[str] = frozenset()  # every acronym the article uses ("AOSIS"), to show with its full name
    # "the two Presidents (A and B)": the last counted collective of people named as the subject, as written
    # with whom it stands for, and the group it stood for; a later "They" is that collective while the group
    # it stands for is still the last one named.
    collective: str | None = None
    collective_of: str | None = None
    # A statement's noun -> who acted in the last sentence that named it ("In a final statement, the three
    # leaders agreed ..."): a later "The statement called for ..." is theirs.
    issuers: dict[str, str] = field(default_factory=dict)
    # The states the headline names ("Pakistani nurses leave for Kuwait"): what "the two governments" stands
    # for when the text has not yet named as many states itself.
    headline_nations: tuple[str, ...] = ()
    chairs: str | None = None  # who co-chaired the meeting ("co-chaired by A and B"): what "the co-chairs" are
    # The capital or city last named as a clause's subject for its state ("Tehran rejected the plan."), until a
    # state or body is named so: what a later acting "It" stands for ("It also called for talks").
    last_place: str | None = None
    _known: frozenset[str] | None = None  # cache of :meth:`known`

    def copy(self) -> ActorMemory:
        """A copy to change apart (its dicts and lists copied), this sentence's flags and the ``known`` cache
        reset. Made field by field on an object from ``__new__``, not through the dataclass's ``__init__``:
        compiled (mypyc), that ``__init__`` is still the interpreted one ``dataclass`` writes (29 arguments
        and a factory call per defaulted field), and copies are made per cue sentence."""
        new = ActorMemory.__new__(ActorMemory)
        new.people = dict(self.people)
        new.person_country = dict(self.person_country)
        new.last_person = self.last_person
        new.last_group = self.last_group
        new.organisation = self.organisation
        new.subject = self.subject
        new.recent = list(self.recent)
        new.given = dict(self.given)
        new.last_body = self.last_body
        new.titled = dict(self.titled)
        new.last_actor = self.last_actor
        new.bodies = dict(self.bodies)
        new.speaker = self.speaker
        new.speaker_country = self.speaker_country
        new.columnist = self.columnist
        new.group_named = False
        new.body_named = False
        new.nations = list(self.nations)
        new.last_decider = self.last_decider
        new.person_title = dict(self.person_title)
        new.acronyms = self.acronyms
        new.collective = self.collective
        new.collective_of = self.collective_of
        new.issuers = dict(self.issuers)
        new.headline_nations = self.headline_nations
        new.chairs = self.chairs
        new.last_place = self.last_place
        new._known = None
        return new

    def issued(self, lowers: list[str], actor: str, lex: Lexicon) -> None:
        """Record ``actor`` as the issuer of every statement (``issued_texts``) the sentence of his act names."""
        for word in lowers:
            if word in lex.issued_texts:
                self.issuers[word] = actor

    def voted(self, actor: str, chambers: frozenset[str]) -> None:
        """Record ``actor`` of a vote ("The Althingi voted ...") as a named body when its head is a chamber's
        (``chambers``) and no body of that head is known yet: "In a separate vote, members approved ..." is its."""
        head = _head(actor)
        if head in chambers and head not in self.bodies and _has_proper(actor):
            self.bodies[head] = actor

    def known(self) -> frozenset[str]:
        """Lower-case single words that name a person already seen (surnames and unambiguous given names).

        Kept until the next person is remembered: it is asked for every sentence.
        """
        if self._known is None:
            self._known = frozenset([*self.people, *(w for w, full in self.given.items() if full)])
        return self._known

    def end_sentence(self) -> None:
        """A pronoun in the next sentence points to this sentence's subject rather than its last object."""
        if self.subject is not None:
            self.last_person = self.subject
        self.subject = None
        self.group_named = False
        self.body_named = False

    def full_name(self, name: str) -> str:
        """The fullest form of ``name`` seen so far (by surname, or a lone given name)."""
        last = name.split()[-1].lower()
        if last in self.people:
            return self.people[last]
        return (self.given.get(last) or name) if " " not in name else name

    def display(self, full: str, country: str | None = None) -> str:
        """A person as the briefing names them: full name, with the country when known."""
        country = self.person_country.get(full) or country
        return f"{full} ({country})" if country else full

    def remember(self, mention: Mention, lex: Lexicon) -> None:
        """Record a mention; plural actors only when they are not a prepositional object."""
        if mention.kind in ("country", "countries") or (mention.kind == "description" and mention.country):
            names = [mention.country] if mention.kind != "countries" else _split_names(mention.name)
            self._nations_seen([n for n in names if n])
            if mention.prep is None:
                self.last_place = mention.name if is_place(mention) else None
        if mention.kind == "pronoun" and mention.name == "it" and mention.prep is None:
            self.body_named = True  # "It also asked the Commission to ...": the body "It" stands for still acts
        if mention.kind in _UNRECORDED:
            return  # a pronoun, an acronym or one country changes nothing else remembered
        if mention.kind == "person":
            self._known = None
            surname = mention.name.split()[-1].lower()
            known = self.people.get(surname)
            if known is None and " " not in mention.name and self.given.get(surname):
                full = self.given[surname]  # "Anwar" after "Anwar Ibrahim"
            else:
                if known is None or len(mention.name) > len(known):
                    self.people[surname] = mention.name
                full = self.people[surname]
                parts = full.split()
                for word in parts[:-1]:
                    low = word.lower().removesuffix("'s")
                    if len(low) > 2 and word[:1].isupper() and low not in self.people:
                        self.given[low] = full if self.given.get(low, full) == full else ""
                last = parts[-1]
                # (the pattern takes a dash: a last name without one is left as it is, and not searched)
                if "-" in last and (bare := _ARTICLE_NAME.sub("", last)) != last:
                    self.given[bare.lower()] = full  # "Burhan said" after "Abdel Fattah al-Burhan"
            if mention.country:
                self.person_country[full] = mention.country
                self._nations_seen([mention.country])
            if mention.title:
                self.titled[mention.title] = full
                self.person_title[full] = mention.title
            self._person_seen(full, mention)
            return
        if mention.kind == "description" and (who := self._described(mention, lex)):
            self._person_seen(who, mention)
            return
        for member in mention.members:
            self.remember(member, lex)
        # What the mention stands for, asked once: nothing this method changes below alters it (a group's value does
        # not read the collective set here nor the group it becomes; a body's reads ``bodies`` only for a name without
        # a proper word, which is the only kind not stored there), where it was asked for up to three times.
        shown: str | None = None
        asked = False
        # An anaphoric group with nothing before it to point to ("Both leaders met ...") is the group named.
        # So is one whose count does not fit the group before ("Both institutions" after the trustees).
        fresh = not mention.anaphoric or self.last_group is None
        if not fresh:
            shown, asked = self.resolve(mention, lex), True
            fresh = shown == mention.name
        if fresh and mention.anaphoric and self.last_group is not None and _unfit(mention.name, self.last_group):
            fresh = False  # "the two defence ministers" after two presidents: shown as written, the group stays
        eligible = mention.plural and not mention.source and fresh
        if mention.anaphoric and not fresh and mention.prep is None and not self.group_named:
            if not asked:
                shown, asked = self.resolve(mention, lex), True
            if shown is not None and shown.startswith(f"{mention.name} (") and _collective_head(mention.name, lex):
                # "the two Presidents (A and B)", "the two sides (Chile and Peru)": what a later "They" is
                self.collective, self.collective_of = shown, self.last_group
            # the sentence's subject: a plural object after it is not what "they" is ("The sides discussed the
            # agreement between Armenia and Azerbaijan": the sides are still the commission's two states)
            self.group_named = True
        if eligible and mention.prep in (None, "between", "by") and not self.group_named:
            # The first plural of a sentence is its subject: a later "they" points to it, not to an object.
            if not asked:
                shown, asked = self.resolve(mention, lex), True
            self.last_group = shown
            self.group_named = True
        if mention.kind == "body" and mention.prep is None and not self.body_named:
            # The first body of a sentence outside a prepositional phrase is its subject: "The council decided to
            # set up a mission. It also approved ...": "It" is the council, not the body its clause set up.
            if not asked:
                shown, asked = self.resolve(mention, lex), True
            self.last_body = shown
            self.last_place = None
            self.body_named = True
        if mention.kind == "body" and _has_proper(mention.name):
            self.bodies[_head(mention.name)] = mention.name
        if mention.kind == "body" and mention.prep is None and _head(mention.name) in lex.panelled:
            # "The committee said ... The panel recommended": news calls a committee or commission "the panel"
            # for variety; a later bare "the panel" is the one last named as a subject
            if not asked:
                shown, asked = self.resolve(mention, lex), True
            self.bodies["panel"] = shown or mention.name

    def remember_visit(self, lowers: list[str], mentions: list[Mention]) -> None:
        """'A held talks with B, who is in Kazakhstan on an official visit', 'A met B, who is on a state
        visit to Moldova': A hosts the visit, so A is of the state visited when nothing named his state
        ("The Head of State Kassym-Jomart Tokayev"); a later "the President of Kazakhstan" is then A. Only
        one person (the guest aside) named before the guest outside a prepositional phrase is the host."""
        if "visit" not in lowers or "who" not in lowers:
            return
        who = lowers.index("who")
        visit = lowers.index("visit")
        if not who + 2 < visit <= who + 8 or lowers[who + 1] not in ("is", "was") or lowers[visit - 1] not in _VISITS:
            return
        place = next(
            (m for m in mentions if m.kind == "country" and m.prep in ("in", "to") and who < m.start <= visit + 3),
            None,
        )
        guest = next((m for m in mentions if m.kind == "person" and m.end == who), None)
        if place is None or place.country is None or guest is None or guest.country == place.country:
            return
        hosts = [m for m in mentions if m.kind == "person" and m.prep is None and m.end <= guest.start]
        if len(hosts) != 1 or hosts[0].country is not None:
            return
        full = self.full_name(hosts[0].name)
        if full not in self.person_country:
            self.person_country[full] = place.country

    def remember_chairs(self, lowers: list[str], mentions: list[Mention], lex: Lexicon) -> None:
        """'The session was co-chaired by A and B': the people (or states) named right after "co-chaired by"
        (``[actor] chair_verbs``) are the meeting's co-chairs, whom a later "the co-chairs"
        stands for whatever was named in between."""
        for m in mentions:
            before = lowers[max(0, m.start - 4) : m.start]  # "co-chaired by First Deputy Prime Minister A and B"
            by = before.index("by") if m.plural and "by" in before else 0
            if by > 0 and before[by - 1] in lex.chair_verbs:
                self.chairs = self.resolve(m, lex)
                return

    def _nations_seen(self, names: list[str]) -> None:
        for name in names:
            if name in self.nations:
                self.nations.remove(name)
            self.nations.append(name)

    def leaders_states(self) -> str | None:
        """The two states of a bilateral meeting ("Uzbekistan and Azerbaijan" after their presidents met):
        the states of the two people last named, when each has a different one and the article has named
        people of no third state; else None."""
        people = self.recent[-2:]
        states = [self.person_country.get(p) for p in people]
        if len(set(self.person_country.values())) != 2 or len(people) != 2 or not all(states):
            return None
        return f"{states[0]} and {states[1]}" if states[0] != states[1] else None

    def _parties(self, count: int) -> str | None:
        """The ``count`` states "both countries", "the two governments" stand for: those of the people
        last named when each has one and they differ (the leaders who met), else the states last named."""
        people = self.recent[-count:]
        states = [self.person_country.get(p) for p in people]
        joint = _split_names(self.last_group) if self.last_group and "(" not in self.last_group else []
        if len(people) == count and all(states) and len(set(states)) == count:
            names = [s for s in states if s]
        elif len(joint) == count and all(n in self.nations for n in joint):
            # "Finland and Estonia signed ... Russian warships ... The two governments also approved": the
            # states last named together as the subject, not the last two states named in passing.
            names = joint
        elif len(self.nations) >= count:
            names = self.nations[-count:]
        elif len(self.headline_nations) == count and set(self.nations) <= set(self.headline_nations):
            # "Pakistani nurses leave for Kuwait" over "... a memorandum the two governments signed": the
            # headline's states, when the text named no other and fewer than the count
            names = list(self.headline_nations)
        else:
            return None
        return ", ".join(names[:-1]) + " and " + names[-1]

    def _person_seen(self, full: str, mention: Mention) -> None:
        self.last_person = full
        if full in self.recent:
            self.recent.remove(full)
        self.recent.append(full)
        if self.subject is None and mention.prep is None:
            self.subject = full

    def _described(self, mention: Mention, lex: Lexicon) -> str | None:
        """The full name of the person a description ("the Kazakh leader") stands for, if known.

        An office named with its state ("Ghana's energy minister") is not a person of that state known
        to hold another office (the president named before): it names someone not yet named."""
        if mention.country:
            office = mention.title if mention.title not in _ANY_OFFICE else None
            for person, country in reversed(self.person_country.items()):
                held = self.person_title.get(person)
                if country == mention.country and (office is None or held in (None, office) or held in _ANY_OFFICE):
                    return person
            if office in _MONARCHS:
                # "King Abdullah II told reporters ... The Jordanian monarch invited": a state has one monarch;
                # the one monarch the article named without his state is him
                crowned = [p for p, t in self.person_title.items() if t in _MONARCHS and p not in self.person_country]
                return crowned[0] if len(crowned) == 1 else None
            return None
        if mention.title and mention.title in self.titled:
            return self.titled[mention.title]  # "the Amir" is the person last named "Amir"
        if "'s " in mention.name or "’s " in mention.name:
            return None  # "Tacna's regional governor": an office of a place or body, someone not yet named
        if mention.title in _RELATIONAL_TITLES and " of " in mention.name:
            return None  # "the head of the water authority", named with what he heads: someone not yet named
        if mention.title in lex.place_offices and " of " in mention.name:
            return None  # "the mayor of Colchane", no mayor named before: someone not yet named
        return self.last_person

    def _someone_else(self, mention: Mention) -> bool:
        """A description with a nation ("the Iranian Minister", "the US deputy ambassador") that the last
        person named cannot be: his state is another, or his state is unknown and he was named with another
        specific office (a leader's "the Kazakh leader" still fits a president named without his state)."""
        if self.last_person is None:
            return False
        held = self.person_country.get(self.last_person)
        if held is not None:
            return held != mention.country
        title = self.person_title.get(self.last_person)
        return title is not None and mention.title not in _ANY_OFFICE and title != mention.title

    def resolve(self, mention: Mention, lex: Lexicon) -> str | None:
        """The actor name a mention stands for, using what came before."""
        if mention.kind == "person":
            return self.display(self.full_name(mention.name), mention.country)
        if mention.kind == "people":
            names: list[str] = []
            for m in mention.members:
                name = self.resolve(m, lex) or m.name
                if name in names:
                    # "A and the Amir of Kuwait": a description beside a named person is someone else (as
                    # written), never that person twice ("X (A) and X (A)")
                    name = m.name
                if name not in names:
                    names.append(name)
            return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
        if mention.kind == "description":
            who = self._described(mention, lex)
            if who is not None:
                return self.display(who, mention.country)  # "the Jordanian monarch": his state, if not known yet
            owned = "'s " in mention.name or "’s " in mention.name  # "Southern Africa's defence ministers"
            if owned or (mention.country and " of " in mention.name):
                return mention.name  # "the President of the Kyrgyz Republic", "Kenya's President", not yet named
            if mention.title in _RELATIONAL_TITLES and " of " in mention.name:
                return mention.name  # "the head of the district administration": an office nobody held yet
            if mention.title in lex.place_offices and " of " in mention.name:
                return mention.name  # "the mayor of Colchane": the office of a place, nobody named yet
            if mention.country and self._someone_else(mention):
                return mention.name  # "the Iranian Minister" after an Armenian was named: someone not yet named
            # "The minister said ..." with nobody named before: the text's own words name the actor
            if self.last_person:
                return self.display(self.last_person)
            return mention.name if mention.prep is None else None
        if mention.kind == "pronoun":
            if mention.name == "it":
                return self.last_place or self.last_body or self.organisation
            if mention.name in ("he", "she"):
                return self.display(self.last_person) if self.last_person else None
            return self.plural() or (self.display(self.last_person) if self.last_person else None)
        if mention.kind == "group" and mention.name.startswith("its "):
            # "its leaders": the organisation's (by its acronym), else the institution last named, else as written
            rest = mention.name.removeprefix("its ")
            if self.organisation:
                return self._qualified(f"the {rest}")
            return f"{self.last_body} {rest}" if self.last_body and _has_proper(self.last_body) else mention.name
        if mention.kind == "group" and (count := _counted_states(mention.name)):
            # "ratified by both countries", "Officials of the two governments signed": the parties, shown
            # as the text words them with the states they stand for ("both countries (Chile and Peru)")
            parties = self._parties(count)
            if parties is not None:
                return f"{mention.name} ({parties})"
        if mention.kind == "group":
            words = mention.name.lower().split()
            count = next((_COUNTS[w] for w in words[:2] if w in _COUNTS), 0)  # "the two sides", "both leaders"
            if mention.anaphoric and _head(mention.name) in _PARTY_NOUNS and "(" in (self.last_group or "("):
                # "The two delegations adopted ..." after the two ministers who led them were named: a side,
                # a delegation or a party acts for a state, so it is shown with the states, not the people
                # ("the parties" uncounted: the two states whose leaders met).
                parties = self._parties(count) if count else self.leaders_states()
                if parties is not None:
                    return f"{mention.name} ({parties})"
            if mention.anaphoric and self.chairs is not None and _head(mention.name) in _CHAIR_HEADS:
                return _as_written(mention.name, self.chairs, count)  # "the co-chairs" are those who co-chaired
            if mention.anaphoric and self.last_group:
                return _as_written(mention.name, self.last_group, count)
            if mention.anaphoric and count and len(self.recent) >= count and _head(mention.name) not in _NOT_PEOPLE:
                # "the two presidents" just after both were named (not "the two governments": no people)
                names = [self.display(p) for p in self.recent[-count:]]
                # the text's words with whom they stand for: "the two Ministers (A and B)"
                return f"{mention.name} ({', '.join(names[:-1])} and {names[-1]})"
            if (
                self.last_group
                and not _has_proper(mention.name)
                and _head(mention.name) == _head(self.last_group)
                and (len(mention.name.split()) > 2 or _PART_WORDS.isdisjoint(self.last_group.lower().split()))
            ):
                # "the leaders" after "BRICS leaders" are the same leaders; a bare "Deputies" after "the deputies of
                # the opposition Most" are all deputies, not that party's again
                return self.last_group
            if mention.regional and self.organisation:
                # "West African leaders" in an article about ECOWAS: the organisation's leaders.
                words = mention.name.split()
                return self._qualified(" ".join(words[:1] + words[1 + mention.regional :]))
            return self._qualified(mention.name)
        if mention.kind == "body" and not _has_proper(mention.name) and "'" not in mention.name:
            # "the council" after "the Peace and Security Council": the same body
            return self.bodies.get(_head(mention.name), mention.name)
        return mention.name

    def plural(self) -> str | None:
        """The last plural actor: the counted collective it was last named by, as written ("The two Presidents
        signed ... They agreed": "the two Presidents (A and B)"), else the group itself."""
        if self.collective is not None and self.collective_of == self.last_group:
            return self.collective
        return self.last_group

    def _qualified(self, name: str) -> str:
        """'the heads of state' -> 'the SCO heads of state' when the article is about the SCO."""
        words = name.split()
        if self.organisation is None or _has_proper(name) or _COUNTS.keys() & {w.lower() for w in words[:2]}:
            return name  # "the two governments" are counted parties, not the organisation's members
        if words[0].lower() in _QUANTIFIERS:
            return name  # "several allies": some of the members, as written
        if words[0].lower() == "the":
            words = words[1:]
        return " ".join(["the", self.organisation, *words])


#: A state in brackets after a person's name ("Cyril Ramaphosa (South Africa)").
_COUNTRY_BRACKET = re.compile(r" \([^()]*\)")
#: Heads of a counted collective of people ("the two Presidents", "the three leaders").
_PEOPLE_HEADS = frozenset(
    ["presidents", "leaders", "ministers", "premiers", "chancellors", "heads", "monarchs", "kings"]
)

#: Heads of a collective of those who chaired a meeting together ("the co-chairs"): always the people named.
_CHAIR_HEADS = frozenset(["co-chairs", "co-chairmen", "co-chairpersons"])


def _as_written(written: str, meant: str, count: int) -> str:
    """An anaphoric collective shown as the text words it, with whom it stands for: "the two sides
    (Chile and Peru)". A count that does not fit ("the three countries" after two) keeps the text's words."""
    if written.lower() == meant.lower():
        return meant
    if _unfit(written, meant):
        return written
    if meant[:1].islower() and meant.endswith(")") and meant.count("(") == 1:
        # "the two Directors General" after "both sides (India and Bangladesh)": the text's words, with the
        # states the collective before them stood for
        meant = meant[meant.index("(") + 1 : -1]
    elif "(" in meant:
        # "the two Presidents" after "A (Nigeria) and B (South Africa)": the text's words, with the people
        # they stand for (their states left out: one bracket is enough)
        people = _COUNTRY_BRACKET.sub("", meant)
        named = len([p for p in people.replace(" and ", ", ").split(", ") if p])
        if not count and _head(written) in _CHAIR_HEADS:
            count = named  # "the co-chairs" are the people who chaired, however many: "the co-chairs (A and B)"
        # "the two Heads of State": the head before "of" counts the people, as "the two Presidents" does
        if _head(written) in _PARTY_NOUNS and "(" not in people and (not count or count == named):
            # "The sides agreed" after "A and B (Tajikistan)" met, their states not all known: sides stand for
            # states, so the text's word stays, with the people who met ("the sides (A and B)")
            return f"{written} ({people})"
        if not count or count != named or "(" in people or _head(written) not in _PEOPLE_HEADS | _CHAIR_HEADS:
            return meant  # people shown with their countries are named plainly enough
        return f"{written} ({people})"
    elif _head(written) in _CHAIR_HEADS and meant[:1].islower():
        return written  # a collective named since ("the heads of state") chaired nothing: "the co-chairs"
    elif meant[:1].islower() and not _has_proper(meant):
        # "the two Presidents" after "the military commanders", "the sides" after "the leaders": a description
        # of common nouns in brackets names no one ("the sides (the leaders)"); the text's words stay. One with a
        # name ("the parties (the SCO heads of state)") tells whom they are.
        return written
    names = [p for p in meant.replace(" and ", ", ").split(", ") if p]
    members = len(names)
    if count and count != members:
        return written
    return f"{written} ({meant})"


_STATE_NOUNS = frozenset(["countries", "governments", "states", "nations"])
#: Heads of a counted collective that holds no people ("the two services"): never the people named last.
_NOT_PEOPLE = _STATE_NOUNS | frozenset(["services", "agencies", "ministries", "commissions"])
#: Lower-case words that belong to an office's name, not a portfolio ("the two prime ministers").
_OFFICE_PARTS = frozenset(["prime", "chief", "deputy", "vice", "first"])
#: Office heads a portfolio word may narrow ("the two defence ministers", "the two trade ministries").
_PORTFOLIO_GROUPS = frozenset(["ministers", "ministries", "secretaries", "chiefs", "commanders"])


def _unfit(written: str, meant: str) -> bool:
    """True when an anaphoric collective's words cannot be shown with the group remembered: "the two defence
    ministers" after two people (an office they are not known to hold: the text's words alone are never
    wrong; after two states the ministers are theirs), "the two governments" after two leaders named as
    people ("A B and C D")."""
    names = [p for p in _COUNTRY_BRACKET.sub("", meant).replace(" and ", ", ").split(", ") if p]
    if _qualified_office(written):
        return not all(_whole_country(p) for p in names)  # "both trade ministries (Chile and Peru)" fits
    return "(" not in meant and _head(written) in _STATE_NOUNS and all(_personal_name(p) for p in names)


def _personal_name(name: str) -> bool:
    """A name written as a person's ("Friedrich Merz"): two to five capitalised words, not a state's."""
    words = name.split()
    return 2 <= len(words) <= 5 and words[0][:1].isupper() and words[-1][:1].isupper() and not _whole_country(name)


def _qualified_office(written: str) -> bool:
    """True for a counted collective of office-holders narrowed by a lower-case portfolio word between the
    count and the head: "the two defence ministers", "both trade ministries" (not "the two ministers",
    "the two Foreign Ministers of X", which name whom the office is held in)."""
    words = written.split(" of ")[0].split()
    return (
        len(words) == 4
        and words[1].lower() in _COUNTS
        and words[3].lower() in _PORTFOLIO_GROUPS
        and words[2].islower()
        and words[2].isalpha()
        and words[2] not in _OFFICE_PARTS
    )


#: Title heads that fit any office-holder of a state ("the Kazakh leader", "his Uzbek counterpart").
#: The kinds of a head of state's or government's visit ("on an official visit to Azerbaijan").
_VISITS = frozenset(["official", "state", "working"])
_ANY_OFFICE = frozenset(
    [
        *[None, "leader", "head", "counterpart", "chief", "diplomat", "representative", "envoy", "state", "government"],
        # a meeting's chair is a role held with an office ("the Iranian co-chair" is the Iranian minister named)
        *["co-chair", "co-chairman", "co-chairwoman", "co-chairperson"],
    ]
)
#: Titles of a state's monarch: one per state, so a description by the state names the monarch named before.
_MONARCHS = frozenset(["king", "queen", "monarch", "emir", "amir", "sultan"])
#: Plural nouns of the parties to talks, each acting for a state ("the two delegations", "both sides").
_PARTY_NOUNS = frozenset(["sides", "delegations", "parties"])
#: Heads of a counted or anaphoric collective a later "They" goes on naming as written (see :meth:`ActorMemory.plural`).
#: (and lexicon ``actor.meeting_collectives``: "The participants approved ... They also agreed", round 33a)
_COLLECTIVE_HEADS = _PEOPLE_HEADS | _PARTY_NOUNS


def _collective_head(name: str, lex: Lexicon) -> bool:
    """The head of a collective a later "They" goes on naming as written ("the two Presidents", "the participants")."""
    head = _head(name)
    return head in _COLLECTIVE_HEADS or head in lex.meeting_collectives


def _counted_states(name: str) -> int:
    """2 for "both countries", "the two governments", "officials of the two governments"; 0 otherwise."""
    words = name.lower().split()
    return next((_COUNTS[w] for w, nxt in pairwise(words) if w in _COUNTS and nxt in _STATE_NOUNS), 0)


def _of_counted_states(lowers: list[str], k: int) -> int:
    """End of 'of (the) two governments' / 'from both countries' at ``k``, else ``k``."""
    at = k + 1
    if k >= len(lowers) or lowers[k] not in ("of", "from") or at >= len(lowers):
        return k
    if lowers[at] in ("the", "our", "their") and at + 1 < len(lowers):
        at += 1
    if at + 1 < len(lowers) and lowers[at] in _COUNTS and lowers[at + 1] in _STATE_NOUNS:
        return at + 2
    return k


def _split_names(joined: str) -> list[str]:
    """'A, B and C' -> ['A', 'B', 'C'] (a coordination of states as :func:`_countries` writes it),
    keeping a state whose name has "and" in it whole ("Switzerland and Bosnia and Herzegovina")."""
    *firsts, last = joined.split(", ")
    words = last.split(" ")
    for k, w in enumerate(words):
        if w != "and":
            continue  # the two sides are joined only around an "and" (they were joined around every word)
        left, right = " ".join(words[:k]), " ".join(words[k + 1 :])
        if _whole_country(left) and _whole_country(right):
            return [*firsts, left, right]
    return [*firsts, last]


def _whole_country(name: str) -> bool:
    lowers = name.lower().split()
    hit = country_at(lowers, 0) if lowers else None
    return hit is not None and hit[1] == len(lowers)


def _has_proper(name: str) -> bool:
    return any(w[:1].isupper() for w in name.split()[1:])


def _head(name: str) -> str:
    """The collective noun of a group name: 'the SCO heads of state' -> 'heads'."""
    words = name.lower().split(" of ")[0].split()
    return words[-1] if words else ""


#: The flags of :func:`find_mentions`'s positions near a trigger word (Final: compiled, constants in the code, not
#: names looked up in the module's globals at each use).
_NEAR_GROUP: Final = 1
_NEAR_TITLE: Final = 2
_NEAR_BODY: Final = 4


def _near_triggers(
    lowers: list[str],
    n: int,
    collective: frozenset[str],
    title_words: frozenset[str],
    body_heads: frozenset[str],
    triggers: frozenset[str],
) -> list[int]:
    """Flags of ``n`` positions: ``_NEAR_GROUP`` up to 5 words before a collective noun (and on it), ``_NEAR_TITLE``
    up to 7 before a title's first word, ``_NEAR_BODY`` up to 8 before a body's head."""
    near = [0] * n
    hits = triggers.intersection(lowers)  # none at all is the common, cheap case
    if hits:
        for p, w in enumerate(lowers):
            if w in hits:
                if w in collective:
                    for q in range(max(0, p - 5), p + 1):
                        near[q] |= _NEAR_GROUP
                if w in title_words:
                    for q in range(max(0, p - 7), p + 1):
                        near[q] |= _NEAR_TITLE
                if w in body_heads:
                    for q in range(max(0, p - 8), p + 1):
                        near[q] |= _NEAR_BODY
    return near


def _upper(text: str) -> bool:
    """``text.isupper()``, answered without the method call when the second character is an ASCII lower-case letter
    (a cased character not upper-case: "Kazakhstan"), as for most capitalised words; else by ``isupper``."""
    if len(text) > 1:
        code = ord(text[1])
        if 97 <= code <= 122:  # "a" to "z"
            return False
    return text.isupper()


def find_mentions(
    toks: list[Token], lex: Lexicon, known: Collection[str] = (), text: str = "", lowers: list[str] | None = None
) -> list[Mention]:
    """Every actor mention in a tokenised sentence, left to right.

    ``known`` holds lower-case surnames already seen, so a later bare "Tokayev" is a person;
    ``text`` (the sentence) lets coordinations ("A, B and C") be joined into one mention;
    ``lowers`` may pass the tokens' lower-case forms when the caller has them already.
    """
    if lowers is None:
        lowers = [t.lower for t in toks]
    key = lexicon_key(lex)
    heads, starters = _WORDS.get(key) or _mention_words(lex)
    pronouns = _PRONOUNS.get(key) or _pronoun_words(lex)
    collective, title_words, body_heads, triggers = _TRIGGERS.get(key) or _triggers(lex)
    # Where the words each kind of mention needs stand: a kind is only tried near one of them,
    # so most tokens cost a set lookup or two (every sentence of every article passes here).
    # One flag word per token (1: a group may start there, 2: a titled person, 4: a body), where three sets of
    # positions were filled from ranges: the same positions (up to 5, 7 and 8 tokens before a trigger word, and
    # the word itself), read by index, with no int object made per position.
    near = _near_triggers(lowers, max(len(lowers), len(toks)), collective, title_words, body_heads, triggers)
    firsts = country_firsts()
    places = place_firsts()
    particles = lex.name_particles
    n = len(toks)
    out: list[Mention] = []
    i = 0  # the first token not yet inside a mention
    # No mention starts with a lower-case word of any other kind: only these positions are tried.
    for k in [k for k, t in enumerate(toks) if t.is_capitalised or t.lower in starters]:
        if k < i:
            continue
        low = lowers[k]
        if low in _DETERMINERS:
            for t in toks[k + 1 : k + 5]:
                if t.is_capitalised or t.lower in heads:
                    break
            else:
                continue  # "the economy", "a new road": no name, title, body or collective follows
        # (a name of one word or two: "Addis Ababa's government"); _place finds nothing where no place's name starts
        bare = low.removesuffix("'s")
        placed = bare in places
        owner = k if low.endswith("'s") else k + 1  # the possessive word of the name
        place_side = (
            placed
            and toks[k].is_capitalised
            and owner + 1 < n
            and lowers[owner].endswith("'s")
            and toks[owner].is_capitalised
            and lowers[owner + 1] in lex.place_sides
        )
        found = (
            # "Nairobi's foreign ministry proposed": a capital's government, before a body or an office is read
            (_place(toks, lowers, k, text, out, lex) if place_side and bare not in firsts else None)
            or (_pronoun(toks, k, lex) if low in pronouns else None)
            or (_group(toks, lowers, k, lex, text) if near[k] & _NEAR_GROUP else None)
            or (_titled_person(toks, lowers, k, lex) if near[k] & _NEAR_TITLE else None)
            or (_body(toks, lowers, k, lex, text) if near[k] & _NEAR_BODY else None)
            or (
                _countries(toks, lowers, k, text, lex.demonyms)
                if toks[k].is_capitalised and low.removesuffix("'s") in firsts
                else None
            )
            or (_acronym(toks, k, lex) if _upper(toks[k].text) else None)
        )
        if found is None and placed and toks[k].is_capitalised and bare not in known:
            # "Tehran rejected ...", "Bujumbura, for its part, proposed ...": a capital for its government
            found = _place(toks, lowers, k, text, out, lex)
        if found is None and (
            # What _bare_person needs first (its own opening test): a second name word, a known
            # name, or a speech verb or a relative "who" next.
            (k + 1 < n and (toks[k + 1].is_capitalised or lowers[k + 1] in particles))
            or (k + 1 < n and _article_surname(toks, lowers, k + 1))
            or low.removesuffix("'s") in known
            or (k + 1 < n and (lowers[k + 1] in lex.speech_verbs or lowers[k + 1] == "who"))
        ):
            found = _bare_person(toks, lowers, k, known, lex, text)
        if found and found.kind == "group" and found.end + 1 < n and lowers[found.end] == "from":
            # "Police chiefs from China and Laos": the collective keeps the states it comes from.
            m = found.end + 1
            origin = _countries(toks, lowers, m, text, lex.demonyms) if lowers[m] in firsts else None
            if origin is not None:
                found = found._replace(name=f"{found.name} from {origin.name}", end=origin.end, anaphoric=False)
        if found:
            out.append(_with_prep(found, toks, lex))
            i = found.end
    return _coordinate(_apposed_names(out, toks, text), toks, text) if text else out


#: What may part a description from its holder's name: a comma, after an "of" or "for" phrase ("of
#: Nickelsdorf,", "Minister for International Relations,": a portfolio named with "for" as with "of").
_APPOSING_GAP = re.compile(r"(?:(?:of|for) (?:the )?[\w'’-]+(?: [\w'’-]+){0,3})?,")  # _gap gives it in lower case


def _apposed_names(mentions: list[Mention], toks: list[Token], text: str) -> list[Mention]:
    """'The mayor of Nickelsdorf, Gerhard Zapfl, wants ...': a description whose holder is named in
    commas right after it is that person (one mention spanning both), not whoever held the title before."""
    if len(mentions) < 2 or not any(m.kind == "description" for m in mentions):
        return mentions  # the common case: nothing to join
    out: list[Mention] = []
    n = 0
    while n < len(mentions):
        a = mentions[n]
        # "the Special Representative of the President for Afghanistan, X,": the state the office is for lies
        # in the gap, a mention of its own; the holder's state stays the office's
        step = 2 if n + 2 < len(mentions) and mentions[n + 1].kind == "country" and mentions[n + 1].prep == "for" else 1
        b = mentions[n + step] if n + step < len(mentions) else None
        if (
            b is not None
            and a.kind == "description"
            and b.kind == "person"
            and _APPOSING_GAP.fullmatch(_gap(text, toks, a, b)) is not None
            and b.end < len(toks)
            and text[toks[b.end - 1].end : toks[b.end].start].strip() == ","
        ):
            out.append(Mention("person", b.name, a.start, b.end, b.country or a.country, prep=a.prep, title=a.title))
            n += step + 1
            continue
        if (
            b is not None
            and step == 1
            and a.kind == "person"
            and a.country is None
            and b.kind == "description"
            and b.country is not None
            and _gap(text, toks, a, b) == ","
            and (closed := _office_close(text, toks, b.end)) is not None
        ):
            # "Ana Silva, Ghana's Interior Minister, said": the office apposed after a name tells the person's state
            # (its portfolio may follow it: "Ana Silva, Ghana's deputy minister for fisheries, said")
            out.append(Mention("person", a.name, a.start, closed, b.country, prep=a.prep, title=a.title or b.title))
            n += 2
            continue
        out.append(a)
        n += 1
    return out


def _office_close(text: str, toks: list[Token], end: int) -> int | None:
    """Where an office apposed after a name closes: its comma right after it (``end``), or after a portfolio of
    up to four words on "for" or "of" ("deputy prime minister for reintegration,"); None when no comma closes
    it there (the office is the subject of a verb, not an apposition)."""
    if end >= len(toks):
        return None
    if text[toks[end - 1].end : toks[end].start].strip() == ",":
        return end
    if toks[end].lower not in ("for", "of"):
        return None
    for k in range(end + 1, min(len(toks) - 1, end + 5)):
        gap = text[toks[k].end : toks[k + 1].start].strip()
        if gap == ",":
            return k + 1
        if gap or not toks[k].text.isalpha():
            return None
    return None


_TRIGGERS: dict[int, tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]] = {}


def _triggers(lex: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Words near which a group, a titled person or a body is tried, and all of them together."""
    collective = frozenset(lex.collective.by_first)
    titles = _TITLE_TRIGGERS.get(lexicon_key(lex)) or _title_triggers(lex)
    got = _TRIGGERS[lexicon_key(lex)] = (collective, titles, lex.body_heads, collective | titles | lex.body_heads)
    return got


_PRONOUNS: dict[int, frozenset[str]] = {}


def _pronoun_words(lex: Lexicon) -> frozenset[str]:
    words = _PRONOUNS[lexicon_key(lex)] = frozenset([*lex.person_pronouns, *lex.plural_pronouns, "it"])
    return words


_TITLE_TRIGGERS: dict[int, frozenset[str]] = {}


def _title_triggers(lex: Lexicon) -> frozenset[str]:
    """First words of titles, and the side nouns of "the Tajik side" (see :func:`_titled_person`)."""
    words = _TITLE_TRIGGERS[lexicon_key(lex)] = frozenset([*lex.titles.by_first, *_SIDE_NOUNS])
    return words


_WORDS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}


def _mention_words(lex: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """(words that can follow a determiner inside a mention, lower-case words a mention can start with).

    Computed once per lexicon: :func:`find_mentions` looks at every token of every sentence.
    """
    got = _WORDS.get(lexicon_key(lex))
    if got is None:
        heads = frozenset([*lex.collective.by_first, *lex.titles.by_first, *lex.body_heads, *_DETERMINERS])
        starters = frozenset(
            [
                *_DETERMINERS,
                "it",
                "its",  # "its leaders": the organisation's (see _group)
                *lex.person_pronouns,
                *lex.plural_pronouns,
                *lex.collective.by_first,
                *lex.titles.by_first,
            ]
        )
        got = _WORDS[lexicon_key(lex)] = (heads, starters)
    return got


def _with_prep(m: Mention, toks: list[Token], lex: Lexicon) -> Mention:
    j = m.start - 1
    while j >= 0 and toks[j].lower in ("the", "a", "an"):
        j -= 1
    if j >= 0 and toks[j].lower in lex.prepositions:
        # The constructor, not dataclasses.replace (several times slower, on every mention).
        return Mention(m.kind, m.name, m.start, m.end, m.country, m.members, toks[j].lower, m.anaphoric, m.title)
    return m


def _gap(text: str, toks: list[Token], a: Mention, b: Mention) -> str:
    """What separates two mentions, possessives aside ("and his Uzbek counterpart X" -> "and")."""
    words = text[toks[a.end - 1].end : toks[b.start].start].lower().split()
    return " ".join([w for w in words if w not in ("his", "her", "their")]).strip()


def _coordinate(mentions: list[Mention], toks: list[Token], text: str) -> list[Mention]:
    """Join 'A, B and C' into one plural mention: persons, person descriptions, 'he' or 'she'.

    At least one member must be a named person ("he and President Mirziyoyev").
    """
    if len(mentions) < 2:
        return list(mentions)  # nothing to join (most sentences)
    out: list[Mention] = []
    run: list[Mention] = []
    for m in mentions:
        member = m.kind in ("person", "description") or (m.kind == "pronoun" and m.name in ("he", "she"))
        if member and run and _gap(text, toks, run[-1], m) in (",", "and", ", and", "&"):
            run.append(m)
            continue
        _flush(run, out, toks, text)
        if member:
            run.append(m)
        else:
            out.append(m)
    _flush(run, out, toks, text)
    return out


def _flush(run: list[Mention], out: list[Mention], toks: list[Token], text: str) -> None:
    """Move ``run`` to ``out``: one plural mention if it lists people, else as it is.

    A module function, not a closure in _coordinate: compiled with mypyc, a closure and its
    environment form a cycle that keeps the sentence's tokens alive until the cyclic collector runs.
    """
    # "A, B and C" ends with "and"; "A, Secretary of the Council," is an apposition, not a list.
    listed = len(run) >= 2 and _gap(text, toks, run[-2], run[-1]) in ("and", ", and", "&")
    if listed and any(m.kind == "person" for m in run):
        first = run[0]
        out.append(Mention("people", "", first.start, run[-1].end, members=tuple(run), prep=first.prep))
    else:
        out.extend(run)
    run.clear()


def _pronoun(toks: list[Token], i: int, lex: Lexicon) -> Mention | None:
    low = toks[i].lower
    if low in lex.person_pronouns or low in lex.plural_pronouns:
        return Mention("pronoun", low, i, i + 1)
    if low == "it" and _acting_it(toks, i, lex):
        return Mention("pronoun", "it", i, i + 1)
    return None


_NOT_AFTER_ACTING_IT = frozenset(["is", "was", "will", "would", "could", "should", "may", "might", "must", "can"])
_NOT_AFTER_ACTING_IT |= frozenset(["seems", "seemed", "appears", "appeared", "remains", "remained", "'s", "be"])


def _acting_it(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """'It approved ...', 'It also urged ...': "it" as the subject of an act, not "it is necessary"."""
    k = i + 1
    while k < len(toks) and toks[k].lower in lex.adverbs and toks[k].lower not in ("have", "has", "had"):
        k += 1
    if k >= len(toks) or (i > 0 and toks[i - 1].lower in lex.prepositions):
        return False
    nxt = toks[k].lower
    return nxt not in _NOT_AFTER_ACTING_IT and (nxt.endswith("ed") or nxt in ("has", "had", "also"))


def _group(toks: list[Token], lowers: list[str], i: int, lex: Lexicon, text: str = "") -> Mention | None:
    """'the (SCO|Caspian|two)* heads of state (of X)' and similar collective subjects."""
    j = i
    if lowers[j] in _DETERMINERS:
        j += 1
    # "the bloc's leaders": the organisation named by a common noun owns the group; dropped from
    # the name, which the article's organisation then qualifies ("the ECOWAS leaders").
    owner = j if lowers[i] == "the" and j < len(toks) and lowers[j] in _ORGANISATION_POSSESSIVES else None
    if lowers[i] == "its":
        # "Last week in Bishkek, its leaders approved ...": "its" stands for the organisation the
        # article is about as "the bloc's" does; annotators write "<organisation> leaders".
        owner = i
    if owner is not None:
        j += 1
    start_mod = j
    determined = lowers[i] in _DETERMINERS or owner == i
    while (
        j < len(toks)
        and (j == i or _adjacent(toks, j))
        and (  # "Earlier, ASEAN ministers": no modifier
            # not "Meanwhile ministers", nor "On Monday ministers"
            (toks[j].is_capitalised and lowers[j] not in lex.function_words and lowers[j] not in lex.time_words)
            or (j == start_mod and lowers[j] in _DETERMINERS)
            or lowers[j] == "meeting"
            or (determined and j - start_mod < 2 and _modifier(lowers[j], lex))
        )
    ):
        if lowers[j] in lex.collective.by_first and lex.collective.match_at(lowers, j) is not None:
            break
        j += 1
        if j - start_mod > 3:
            return None
    if j >= len(toks) or (j > i and not _adjacent(toks, j)):
        return None  # "During the debate, members of ...": a comma ends the phrase before the collective
    phrase = lex.collective.match_at(lowers, j)
    if phrase is None:
        return None
    end = j + len(phrase)
    if j > start_mod and (state := country_at(lowers, start_mod)) is not None and state[1] >= end:
        # "the United States": a state's name, not a collective of states (read here, so that a coordination after
        # it is not read from its second word: "The United States and the European Union")
        return Mention("country", state[0], i, state[1], state[0])
    if phrase[-1] in _VERB_HEADS and end < len(toks) and (toks[end].is_capitalised or lowers[end] in _DETERMINERS):
        return None  # "Admiral Irvansyah heads Bakamla", "Lee heads the agency": a verb and its object
    named = end < len(toks) and _adjacent(toks, end) and _name_word(toks[end], lowers[end], lex)
    if named and lex.titles.match_at(lowers, j):
        return None  # "Foreign Ministers Ana Silva and Marco Rossi": a plural title before names
    complement = _of_complement(toks, lowers, end, lex, plain=phrase[-1] in _RELATIONAL_HEADS)
    counted_head = lowers[i] in _COUNTS or (i + 1 < j and lowers[i + 1] in _COUNTS)  # "the two", "both"
    # "Ministers also launched", "Regional commanders": capitalised only because the sentence starts there.
    # A region ("Pacific leaders") is a proper adjective even there.
    opening = i == 0 and not is_country_word(lowers[0]) and not toks[0].text.isupper()
    opening = opening and lowers[0] not in lex.region_words
    # "the two Prime Ministers": a word of an office's title capitalised as offices are is no proper name
    proper = any(
        toks[k].is_capitalised and not (counted_head and lowers[k] in lex.title_words)
        for k in range(start_mod + opening, j)
    )
    proper = proper or complement > end
    # "delegations from Sudan and Chad": the states they come from name them (find_mentions adds them)
    proper = proper or (end + 1 < len(toks) and lowers[end] == "from" and country_at(lowers, end + 1) is not None)
    if lowers[i] not in _DETERMINERS and not proper and not opening and owner != i:
        return None  # a bare "members" or "states" is too vague to name an actor
    if lowers[i] == "of" or (i > 0 and lowers[i - 1] == "of" and toks[j].is_capitalised and not complement > end):
        return None  # part of a name: "Organization of Turkic States"
    end = max(end, complement)
    # the words as written, with the commas of a list of states ("the ministers of Mali, Niger and Chad")
    words = [
        t.text + ("," if text and k + 1 < end and text[t.end : toks[k + 1].start].strip() == "," else "")
        for k, t in enumerate(toks[i:end], i)
        if k != owner or owner == i
    ]
    if owner == i:
        words[0] = "its"  # resolved against the organisation (ActorMemory.resolve)
    elif words[0][:1].isupper() and (
        lowers[i] in _DETERMINERS
        or lowers[i] in _QUANTIFIERS
        or (i == 0 and lowers[i] in lex.title_words)
        or (opening and not proper)
        or (opening and j == start_mod == i)  # "Officials from India and Myanmar agreed": a common noun first
    ):
        words[0] = words[0].lower()  # "The ..." or a sentence-initial "Foreign ministers of ..."
    owned = any(lowers[k].endswith(("'s", "’s")) for k in range(i, j))  # not "the Southern Africa's ministers"
    if (
        lowers[i] not in _DETERMINERS and lowers[i] not in _QUANTIFIERS and not owned and owner != i
    ):  # not "the Uganda's presidents"
        words.insert(0, "the")
    head = phrase[-1]
    counted = lowers[i] in _DETERMINERS - {"the", "a", "an"} or (i + 1 < j and lowers[i + 1] in _DETERMINERS)
    source = head in lex.source_collectives
    if end == complement and (of_parties := _of_counted_states(lowers, end)) > end:
        # "Officials of the two governments signed", "Ministers from both countries approved": people of
        # the parties act for them (officials too, not as sources)
        words += [t.text for t in toks[end:of_parties]]
        return Mention("group", " ".join(words), i, of_parties, anaphoric=True)
    # "two diplomats" are new people counted, not the parties named before (unlike "the two sides")
    anaphoric = (head in lex.anaphoric_collective or (counted and not source)) and not proper
    regional = j - start_mod if j > start_mod and all(lowers[k] in lex.region_words for k in range(start_mod, j)) else 0
    return Mention("group", " ".join(words), i, end, anaphoric=anaphoric, regional=regional, source=source)


_ORGANISATION_POSSESSIVES = frozenset(
    [f"{noun}'s" for noun in ("bloc", "alliance", "grouping", "organisation", "organization", "community")]
)


def _modifier(lower: str, lex: Lexicon) -> bool:
    """A lower-case word that may modify a collective noun ("the regional commanders")."""
    return (
        lower.isalpha()
        and lower not in lex.time_words  # "two days later ministers": a phrase of time, not a modifier
        and not _verb_like(lower)
        and lower not in lex.prepositions
        and lower not in lex.function_words
        and lower not in _DETERMINERS
    )


#: Collective heads that name nobody without their complement ("the heads of the two security services").
_RELATIONAL_HEADS = frozenset(["heads", "chiefs", "representatives"])
#: Their singular titles: "the head of the district administration" is shown with what he heads.
_RELATIONAL_TITLES = frozenset(["head", "chief"])
#: Collective nouns that are also verbs of the third person ("X heads the agency", "Y chairs the panel"):
#: before a name or a determiner they are the verb, not a group ("the heads of state" keeps its "of").
_VERB_HEADS = frozenset(["heads", "chairs", "leads"])


def _of_complement(toks: list[Token], lowers: list[str], k: int, lex: Lexicon, plain: bool = False) -> int:
    """End of an 'of (the) X' complement that names something proper, else ``k``.

    "of the Caspian Five", "of the special services of Tajikistan and Uzbekistan"; a complement
    of common nouns only ("of the participating countries") adds nothing and is left out, unless
    ``plain`` (a head that names nobody alone): "the heads of the two countries' security services".
    """
    if k + 1 >= len(toks) or lowers[k] != "of":
        return k
    if plain:
        end = k + 1
        while end < len(toks) and end - k <= 7 and lowers[end] not in _CLAUSE_STOP and not _verb_like(lowers[end]):
            if end > k + 1 and not _adjacent(toks, end):
                break  # a comma, bracket or apostrophe ends the phrase
            end += 1
        if end > k + 1 and all(t.text.isalpha() for t in toks[k + 1 : end]):
            return max(end, _of_complement(toks, lowers, k, lex))
    j = k + 1
    end = j
    last_proper = k
    while end < len(toks) and end - j < 10 and lowers[end] not in _CLAUSE_STOP and not _verb_like(lowers[end]):
        if end > j and toks[end].start - toks[end - 1].end > 1 and not toks[end - 1].is_capitalised:
            # "of the joint chiefs of staff, Major General A": a comma after a common noun ends the complement, the
            # name is apposed (one after a name may list more: "of Japan, China and South Korea")
            break
        if toks[end].is_capitalised:
            last_proper = end + 1
        elif not toks[end].text.isalpha() or lowers[end] in _TIME_NOUNS:
            break
        end += 1
    nation = country_at(lowers, last_proper - 1) if k < last_proper < end and end - last_proper <= 2 else None
    if nation is not None and nation[0].lower() != lowers[last_proper - 1]:
        return end  # "of a British university library": a nation's adjective modifies the nouns ending the phrase
    if k < last_proper < end and lowers[last_proper] in lex.member_nouns:
        # "of the five Caspian states", "of the Council of Europe's member states": the proper words modify
        # the members named after them, which the name cannot lose ("the ministers of the five Caspian")
        step = (
            2
            if lowers[last_proper] == "member" and last_proper + 1 < end and lowers[last_proper + 1] in lex.member_nouns
            else 1
        )
        return last_proper + step if lowers[last_proper + step - 1] != "member" else last_proper
    return last_proper


def _office_complement(toks: list[Token], lowers: list[str], k: int) -> int:
    """End of the 'of' phrase at ``k`` naming what an office heads ("of the At-Bashy district administration"):
    up to seven words (hyphenated ones too) one space apart, up to a clause word, a verb or any punctuation;
    ``k`` when there is none or it ends on a word that cannot end a noun phrase."""
    end = k + 1
    while (
        end < len(toks)
        and end - k <= 7
        and (end == k + 1 or _adjacent(toks, end))
        and lowers[end] not in _CLAUSE_STOP
        and not _verb_like(lowers[end])
        and toks[end].text.replace("-", "").isalpha()
    ):
        end += 1
    return end if end > k + 1 and lowers[end - 1] not in ("the", "and", "of", "a", "an") else k


_TIME_NOUNS = frozenset(["today", "yesterday", "tonight", "now", "then", "again", "also"])
_CLAUSE_STOP = frozenset(["that", "which", "who", "to", "in", "at", "on", "for", "with", "by", "from", "during"])


def _verb_like(lower: str) -> bool:
    return lower.endswith("ed") or lower in ("have", "has", "had", "will", "are", "is", "was", "were", "be")


def _capital_surname(toks: list[Token], lowers: list[str], k: int, lex: Lexicon) -> bool:
    """Token ``k``, right after an office's title, is a family name in capitals before a given name in mixed case
    ("MOTEGI Toshimitsu", as East Asian governments write their officials' names); an acronym ("NATO Allies")
    is followed by no such name word."""
    if k + 1 >= len(toks) or not (toks[k].text.isalpha() and toks[k].text.isupper() and len(toks[k].text) >= 2):
        return False
    if country_at(lowers, k) is not None or lowers[k] in lex.function_words:
        return False
    return _adjacent(toks, k + 1) and _name_word(toks[k + 1], lowers[k + 1], lex)


def _titled_person(toks: list[Token], lowers: list[str], i: int, lex: Lexicon) -> Mention | None:
    """Titles (and demonyms or 'of Country') followed by a name, or a bare description."""
    j = i
    has_the = lowers[j] == "the"
    if has_the:
        j += 1
    country = None
    # Demonym or country before the title: "Uzbek President", "Kazakhstan's Foreign Minister".
    if j < len(toks) and (c := country_at(lowers, j)):
        country, j = c
    elif j + 1 < len(toks) and toks[j].text in lex.us_forms:
        country, j = "United States", j + 1  # "the US deputy ambassador": "us" in lower case is a pronoun
    if country and has_the and j < len(toks) and lowers[j] in _SIDE_NOUNS:
        # "the Tajik delegation" acts for Tajikistan; "the Tajik side" is how the text names that party
        # in its own right (the usage of joint statements), so it is shown as written.
        written = " ".join(["the", *(t.text for t in toks[i + 1 : j + 1])])
        # a delegation is shown as worded with the state it acts for ("the Turkish delegation (Turkey)"),
        # and so are a government and its authorities ("the Indian government (India)"): both name the state.
        name = written if lowers[j] == "side" else f"{written} ({country})"
        return Mention("country", name, i, j + 1, country)
    if has_the and not country and (of_state := _side_of_state(toks, lowers, j)) is not None:
        return Mention("country", of_state[0], i, of_state[1], of_state[2])
    if not country and not has_the and toks[j].is_capitalised and lowers[j] in lex.portfolio_words:
        # "Interior Minister Mari Rantanen", "Finance and Economy Minister X": a portfolio before an office is part
        # of the title, which is dropped like any other
        p = j
        while p < min(len(toks), j + 3) and (lowers[p] in lex.portfolio_words or lowers[p] == "and"):
            p += 1
        office = lex.titles.match_at(lowers, p) if p > j and lowers[p - 1] != "and" and p < len(toks) else None
        after = p + len(office) if office is not None else len(toks)
        if after < len(toks) and toks[after].is_capitalised and country_at(lowers, after) is None:
            j = p  # a name follows the office ("Public Security Ministers of China" is a collective: left alone)
    k = j
    while k < len(toks):
        phrase = lex.titles.match_at(lowers, k)
        if phrase is None and k > j and lowers[k] == "the" and k + 1 < len(toks) and _adjacent(toks, k):
            # "His Highness the Amir of Kuwait Sheikh X", "His Majesty the King": an honorific, then the office
            phrase = lex.titles.match_at(lowers, k + 1)
            if phrase is not None:
                k += 1
        if phrase is None:
            break
        k += len(phrase)
    owner = start = j
    if k == j and not country and not has_the:
        # "Southern Africa's defence ministers": a named region or body owns the office as a country would.
        while (
            owner < min(len(toks), j + 3)
            and toks[owner].is_capitalised
            and not lowers[owner].endswith("'s")
            and lowers[owner] not in lex.function_words  # "In April Mauritania's council": no owner's word
            and lowers[owner] not in lex.time_words
            and (owner == j or _adjacent(toks, owner))  # "Ana Silva, Ghana's minister": an apposition, not an owner
        ):
            owner += 1
        owned = owner < len(toks) and lowers[owner].endswith("'s") and (owner == j or _adjacent(toks, owner))
        owner = owner + 1 if owned else j
        if owner > j and _portfolio_title(toks, lowers, owner) > owner:
            j = k = owner
    if k == j and (country or j > start):
        k = _portfolio_title(toks, lowers, j)  # "Samoa's sports minister", "Chile's trade and fisheries ministers"
    if k == j and country and toks[j].is_capitalised and lowers[j] in lex.portfolio_words:
        # "Burkina Faso's Security Minister, X,": a capitalised portfolio before the office after a state's possessive
        p = j
        while p < min(len(toks), j + 3) and (lowers[p] in lex.portfolio_words or lowers[p] == "and"):
            p += 1
        office = lex.titles.match_at(lowers, p) if p > j and lowers[p - 1] != "and" and p < len(toks) else None
        if office is not None:
            j = p
            k = p + len(office)
    if k == j:
        return None
    title_end = k
    k = _portfolio(toks, lowers, k, lex)  # "the Minister of Foreign Affairs (and Cooperation) of Chile"
    if k + 1 < len(toks) and lowers[k] == "of":
        at = k + 2 if lowers[k + 1] == "the" and k + 2 < len(toks) else k + 1
        if (c := country_at(lowers, at)) and not _adjective_of_name(toks, lowers, at, c, lex):
            country, k = c
            while k < len(toks) and (phrase := lex.titles.match_at(lowers, k)) is not None:
                k += len(phrase)  # "the Amir of Kuwait Sheikh Mishal": a second title before the name
    if k + 2 < len(toks) and lowers[k] == "of" and (held := _office_of_body(toks, lowers, k, lex)) is not None:
        # "Deputy Chairman of the Cabinet of Ministers of the Kyrgyz Republic Edil Baisalov": the body, then the name
        k, country = held[0], held[1] or country
    name_end = _name_end(toks, lowers, k, lex)
    if name_end == k and _capital_surname(toks, lowers, k, lex):
        # "Foreign Minister MOTEGI Toshimitsu": a family name written in capitals before the given name
        name_end = max(k + 2, _name_end(toks, lowers, k + 1, lex))
    if name_end > k and _country_surname(toks, lowers, name_end):
        name_end += 1  # "Prime Minister Luís Montenegro said": a surname that is also a state's name
    if name_end > k and not country_at(lowers, k):
        name = _name_text(toks, k, name_end)
        end = name_end
        # "President Ilham Aliyev of Azerbaijan"
        if end + 1 < len(toks) and lowers[end] == "of":
            at = end + 2 if lowers[end + 1] == "the" and end + 2 < len(toks) else end + 1
            if c := country_at(lowers, at):
                country, end = c
        return Mention("person", name, i, end, country, title=_title_head(lowers, j, title_end))
    if k == title_end and lowers[k - 1] in _RELATIONAL_TITLES and k + 1 < len(toks) and lowers[k] == "of":
        # "the head of the At-Bashy district administration": an office that names nobody without what it heads
        k = _office_complement(toks, lowers, k)
    elif k == title_end and lowers[k - 1] in lex.place_offices and k + 1 < len(toks) and lowers[k] == "of":
        # "The mayor of Colchane asked ...": the office of a town or province names nobody without its place
        k = _office_complement(toks, lowers, k)
    if has_the or country or toks[i].is_capitalised:
        # the words as written, with the commas of a listed portfolio ("Minister of Food, Agriculture and ...")
        words = [
            t.text + ("," if q + 1 < k and _listed_portfolio(toks, lowers, q + 1, lex) else "")
            for q, t in enumerate(toks[i:k], i)
        ]
        if words[0] == "The":
            words[0] = "the"
        return Mention("description", " ".join(words), i, k, country, title=_title_head(lowers, j, title_end))
    return None


def _adjective_of_name(toks: list[Token], lowers: list[str], at: int, hit: tuple[str, int], lex: Lexicon) -> bool:
    """The country words at ``at`` are a nation's adjective opening a longer capitalised name ("of the European
    Union", "of the Russian Federation"), not the state itself (nor its official name, "the Republic of X")."""
    end = hit[1]
    written = " ".join(lowers[at:end])
    return written in lex.demonyms and end < len(toks) and toks[end].is_capitalised and _adjacent(toks, end)


def _title_in_name(toks: list[Token], lowers: list[str], k: int, lex: Lexicon) -> bool:
    """A title word inside a body's name ("Directorate General of Foreign Trade", "the Secretariat General"): no
    personal name follows the title (which would make it a person's: "European Commission President Ursula")."""
    phrase = lex.titles.match_at(lowers, k)
    if phrase is None:
        return True
    after = k + len(phrase)
    return after >= len(toks) or lowers[after] == "of" or not toks[after].is_capitalised


def _country_surname(toks: list[Token], lowers: list[str], k: int) -> bool:
    """Token ``k``, right after a titled person's given name, is a state's one-word name used as his surname
    ("Prime Minister Luís Montenegro"): capitalised, one space after the name, the state's own name (not its
    adjective), and no capitalised word or possessive after it ("Ana Rojas Chile's ..." is not written)."""
    if k >= len(toks) or not toks[k].is_capitalised or not _adjacent(toks, k) or lowers[k].endswith(("'s", "’s")):
        return False
    hit = country_at(lowers, k)
    if hit is None or hit[1] != k + 1 or hit[0].lower() != lowers[k]:
        return False
    return k + 1 >= len(toks) or not toks[k + 1].is_capitalised


def _office_of_body(toks: list[Token], lowers: list[str], k: int, lex: Lexicon) -> tuple[int, str | None] | None:
    """After an office, 'of (the) <body> <Name>' with no comma: "of the Senate Ivan Petrov", "of the Cabinet of
    Ministers of the Kyrgyz Republic Edil Baisalov". The body's capitalised words (and "of", "the", "and",
    "for" between them, up to twelve words) end on a body's head word or a state; a name of two words or more
    follows at once. (where the name starts, the state the body is of or None), or None."""
    end, body_end, state = k + 1, 0, None
    while end < len(toks) and end - k <= 12 and _adjacent(toks, end):
        low = lowers[end]
        if (hit := country_at(lowers, end)) is not None and toks[end].is_capitalised:
            state, end = hit[0], hit[1]
            body_end = end
            continue
        if toks[end].is_capitalised and low in lex.body_heads:
            body_end = end + 1
        elif body_end and toks[end].is_capitalised and low in lex.portfolio_words:
            body_end = end + 1  # "of the European Union for Foreign Affairs and Security Policy": its remit
        elif not (toks[end].is_capitalised or low in ("of", "the", "and", "for")):
            return None
        elif end == body_end and low not in lex.function_words:
            # a capitalised word right after the body's head: a name of two words or more starts here
            # ("Edil Baisalov"), unless the body's name goes on ("Cabinet of Ministers of ...")
            name_end = _name_end(toks, lowers, end, lex)
            if name_end - end >= 2 and not any(lowers[w] in lex.body_heads for w in range(end, name_end)):
                return end, state
        end += 1
    return None


def _side_of_state(toks: list[Token], lowers: list[str], j: int) -> tuple[str, int, str] | None:
    """'the delegation of (the Republic of) Kenya', 'the government of Chile': a side noun at ``j`` owned by a
    state after "of" acts for that state, as "the Kenyan delegation" does: (name as written, end, state).
    Not 'the government of national unity' (no state after "of")."""
    if j + 2 >= len(toks) or lowers[j] not in _SIDE_NOUNS or lowers[j + 1] != "of":
        return None
    at = j + 3 if lowers[j + 2] == "the" and j + 3 < len(toks) else j + 2
    if lowers[at] == "republic" and at + 2 < len(toks) and lowers[at + 1] == "of":
        at += 2  # "the Republic of Kenya"
    state = country_at(lowers, at)
    if state is None:
        return None
    name, end = state
    written = " ".join(["the", *(t.text for t in toks[j:end])])
    return (written if name.lower() in written.lower() else f"{written} ({name})"), end, name


_PORTFOLIO_HEADS = frozenset(["minister", "ministers", "secretary", "secretaries", "chief", "chiefs"])
_PORTFOLIO_HEADS |= frozenset(["governor", "governors", "mayor", "mayors"])  # "Tacna's regional governor"


def _portfolio(toks: list[Token], lowers: list[str], k: int, lex: Lexicon) -> int:
    """End of an office's portfolio written after it, "of Foreign Affairs and Cooperation", when a
    country or a name follows it ("the Minister of Foreign Affairs of Chile", "... of the Interior,
    Ana Rojas"); ``k`` when there is none. Capitalised words and "and" only, up to five words; a body
    ("Secretary of the Security Council of Norway") is the office's institution, read as a body.
    A portfolio run straight into a name ("Minister of Transport and Infrastructure Radu Ionescu",
    "... for European Integration Ana Pop", "Minister of Foreign Affairs and European Integration X")
    ends after its last policy word (:func:`_policy_run`)."""
    if k + 1 < len(toks) and lowers[k] in ("of", "for", "and"):
        run = _policy_run(toks, lowers, k, lex)
        if run > k:
            return run
    if k + 1 >= len(toks) or lowers[k] != "of":
        return k
    end = k + 2 if lowers[k + 1] == "the" and k + 2 < len(toks) else k + 1
    if not toks[end].is_capitalised or country_at(lowers, end):
        return k
    start = end
    while end < len(toks) and end - start < 7 and lowers[end] != "of":
        if not _adjacent(toks, end) and not (end > start and _listed_portfolio(toks, lowers, end, lex)):
            break
        if not (toks[end].is_capitalised or lowers[end] == "and") or country_at(lowers, end):
            break
        end += 1
    if end == start or lowers[end - 1] == "and" or any(lowers[w] in lex.body_heads for w in range(start, end)):
        return k
    return end if end < len(toks) and (lowers[end] == "of" or not _adjacent(toks, end)) else k


def _listed_portfolio(toks: list[Token], lowers: list[str], k: int, lex: Lexicon) -> bool:
    """'Minister of Food, Agriculture and Light Industry': after a comma (a two-character gap) a capitalised
    policy word goes on listing the portfolio; a name after a comma ("of the Interior, Ana Rojas") does not."""
    return toks[k].start - toks[k - 1].end == 2 and toks[k].is_capitalised and lowers[k] in lex.portfolio_words


def _policy_run(toks: list[Token], lowers: list[str], k: int, lex: Lexicon) -> int:
    """After "of"/"for"/"and" at ``k``: the end of a run of capitalised policy words (and "and")
    directly followed by a capitalised word that is not one (the name), or ``k``. "and" at ``k``
    continues a portfolio only after one ("... Foreign Affairs and European Integration")."""
    if lowers[k] == "and" and (k == 0 or lowers[k - 1] not in lex.portfolio_words):
        return k
    end = k + 2 if lowers[k + 1] == "the" and k + 2 < len(toks) else k + 1
    last = k
    while end < len(toks) and _adjacent(toks, end):
        if toks[end].is_capitalised and lowers[end] in lex.portfolio_words:
            last = end + 1
        elif lowers[end] != "and" or last != end:
            break
        end += 1
    named = last < len(toks) and _adjacent(toks, last) and toks[last].is_capitalised
    # "Secretary of the Security Council of Norway": a body's head word or a state is no name
    named = named and lowers[last] not in lex.body_heads and not country_at(lowers, last)
    return last if last > k and named and lowers[last] not in lex.portfolio_words else k


def _portfolio_title(toks: list[Token], lowers: list[str], j: int) -> int:
    """End of 'sports minister' / 'defence and security ministers' after a country: up to three
    lower-case portfolio words (and 'and') before the office; ``j`` when there is none."""
    for k in range(j, min(len(toks), j + 4)):
        if lowers[k] in _PORTFOLIO_HEADS:
            return k + 1 if k > j else j
        if toks[k].is_capitalised or not lowers[k].isalpha() or _verb_like(lowers[k]):
            return j
    return j


_GENERIC_TITLES = frozenset(
    [
        *["his", "her", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "h.e."],
        *["hon", "hon.", "honourable", "honorable", "rt", "rt.", "right"],  # honorifics, not offices
    ]
)


def _title_head(lowers: list[str], j: int, k: int) -> str | None:
    """The last specific title word of ``lowers[j:k]`` ("His Highness the Amir" -> "amir")."""
    for w in reversed(lowers[j:k]):
        if w not in _GENERIC_TITLES and w not in ("of", "the", "majesty", "highness", "excellency"):
            return w
    return None


def _body(toks: list[Token], lowers: list[str], i: int, lex: Lexicon, text: str = "") -> Mention | None:
    """A named body: 'the Legislative Chamber', 'the Peace and Security Council', 'The Supreme Council of X'.

    The run stops at a title ("European Commission President Ursula ..."), which names a person, and at a
    comma of ``text`` (the sentence, when given): "Bakamla, Indonesia's Maritime Security Agency" names one
    body twice, not a body called "Bakamla Indonesia's Maritime Security Agency".
    """
    j = i + 1 if lowers[i] == "the" else i
    if j < len(toks) and lowers[j] in lex.time_words:
        return None  # "In February Kazakhstan's government": a date opens no body's name
    if j > i and j < len(toks) and lowers[j] in lex.body_heads and not toks[j].is_capitalised:
        return Mention("body", f"the {lowers[j]}", i, j + 1)  # "the council" standing for one named before
    if (
        j + 1 < len(toks)
        and lowers[j + 1] in lex.body_heads
        and lowers[j + 1] not in _SIDE_NOUNS
        and toks[j].is_capitalised
        and not toks[j + 1].is_capitalised
        and not lowers[j].endswith("'s")
        and (nation := country_at(lowers, j)) is not None
        and nation[1] == j + 1
        and nation[0].lower() != lowers[j]
    ):
        # "the Danish parliament", "the Chilean senate": a nation's body, as written (its government and
        # delegation stand for the state itself, see _titled_person)
        return Mention("body", " ".join(["the", toks[j].text, lowers[j + 1]]), i, j + 2, nation[0])
    # "Papua New Guinea's national government": a state's name of several words is one proper run, whatever
    # its words are elsewhere ("New" is a function word)
    whole = country_at(lowers, j) if j < len(toks) and toks[j].is_capitalised else None
    end = whole[1] if whole is not None and whole[1] > j + 1 else j
    while (
        end < len(toks)
        and end - j < 6
        and (end == j or "," not in text[toks[end - 1].end : toks[end].start])  # "Bakamla, Indonesia's agency"
        and (lowers[end] not in lex.titles.by_first or _title_in_name(toks, lowers, end, lex))
    ):
        proper = toks[end].is_capitalised and lowers[end] not in lex.function_words
        joint = lowers[end] in ("and", "for") and end > j and end + 1 < len(toks) and toks[end + 1].is_capitalised
        if not (proper or joint):
            break
        end += 1
    if end > j and lowers[end - 1].endswith("'s"):
        # "Seoul's cabinet", "Romania's defence ministry": a body owned by a named place.
        k = end
        while (
            k < len(toks)
            and k - end < 3
            and not toks[k].is_capitalised
            and lowers[k] not in lex.body_heads
            and lowers[k] not in _SIDE_NOUNS  # "Somalia's delegation asked the council": the run ends at its noun
            and lowers[k] not in lex.function_words
        ):
            k += 1
        if k < len(toks) and lowers[k] in lex.body_heads and not toks[k].is_capitalised:
            return Mention("body", " ".join(t.text for t in toks[j : k + 1]), i, k + 1)
    if end == j or not any(lowers[k] in lex.body_heads for k in range(j, end)):
        return None
    end = max(end, _of_complement(toks, lowers, end, lex))
    words = [t.text for t in toks[j:end]]
    if lowers[j].endswith("'s"):
        return Mention("body", " ".join(words), i, end)  # "Brazil's Senate"
    return Mention("body", " ".join(["the", *words]), i, end)


def _acronym(toks: list[Token], i: int, lex: Lexicon) -> Mention | None:
    """'NATO also approved ...', 'ECOWAS suspended ...': an organisation named by its acronym alone.

    Not a unit or agency word (``not_organisations``), nor the first word of a longer name.
    """
    text = toks[i].text
    if not (2 <= len(text) <= 7 and text.isupper() and text.isalpha()) or toks[i].lower in lex.not_organisations:
        return None
    if i + 1 < len(toks) and toks[i + 1].is_capitalised and toks[i + 1].start - toks[i].end == 1:
        return None  # "NATO Summit", "ASEAN Power Grid": part of a longer name
    # Its own kind: an acronym may name a programme ("the programme (EDIP)"), so it never becomes
    # the institution "It" or an agentless passive points back to.
    return Mention("acronym", text, i, i + 1)


def _countries(toks: list[Token], lowers: list[str], i: int, text: str, demonyms: Mapping[str, str]) -> Mention | None:
    """One country, or several joined by commas/'and' ("Kyrgyzstan, Tajikistan and Uzbekistan")."""
    if not toks[i].is_capitalised or not (first := country_at(lowers, i)):
        return None
    names, end = [first[0]], first[1]
    parts = [(i, end)]
    while end + 1 < len(toks):
        gap = text[toks[end - 1].end : toks[end].start].strip() if text else ""
        k = end + 1 if lowers[end] == "and" else end if gap == "," else -1
        if 0 <= k < len(toks) and lowers[k] == "and":
            k += 1  # ", and"
        if 0 <= k < len(toks) - 1 and lowers[k] == "the":
            k += 1
        if k < 0 or k >= len(toks) or not toks[k].is_capitalised or not (nxt := country_at(lowers, k)):
            break
        if lowers[nxt[1] - 1].endswith("'s") and lowers[end] != "and":
            break  # "Kenya, Uganda's largest partner,": an apposition owned by the next state, no coordination
        names.append(nxt[0])
        parts.append((k, nxt[1]))
        end = nxt[1]
    if lowers[end - 1].endswith("'s") and len(names) == 1 and end < len(toks) and lowers[end] in _SIDE_NOUNS:
        # "Ghana's delegation, led by ..., proposed": the state's party acts, shown as written
        written = _span_text(toks, text, i, end + 1)
        return Mention("country", written, i, end + 1, names[0])
    if lowers[end - 1].endswith("'s"):
        return None  # possessive: "Uzbekistan's initiative" names no acting subject
    if len(names) == 1:
        written = " ".join(t.text for t in toks[i:end])
        if written.lower() in demonyms:
            written = names[0]  # "a Russian proposal": the adjective stands for the state, Russia
        return Mention("country", written, i, end, names[0])
    return Mention("countries", ", ".join(names[:-1]) + " and " + names[-1], i, end, names[0])


#: The ``title`` of a country mention that is a capital or city standing for its state (:func:`_place`).
PLACE = "place"

#: Punctuation after which a clause's subject may stand.
_PLACE_GAPS = frozenset([",", ":", ";", "—", "–"])


def _place(
    toks: list[Token], lowers: list[str], i: int, text: str, before: list[Mention], lex: Lexicon
) -> Mention | None:
    """A national capital or large city as the acting subject of a clause, standing for its country's government:
    "Tehran rejected ...", "Bujumbura, for its part, proposed ...", "Washington and Seoul agreed ...", "Rabat's
    government insisted ..." -- shown with its country ("Tehran (Iran)"), as a person is; else None.

    Only where a clause's subject stands: the sentence's start, after a comma or colon, after a conjunction or
    "that" ("officials said that Rabat would ..."), or joined by "and" to a place or country just named as one;
    and only before a verb (a word ending in -ed or -s, an auxiliary, an adverb, a reporting verb), an aside's
    comma, "and" with another name, or, possessive, a word for its government. Never inside a longer name
    ("Washington Post", "Kigali Declaration", "Santiago Pena"), after a preposition ("talks in Doha": a venue,
    not an actor) or the name of a person the article has named (the caller's test). The gazetteer
    (:func:`briefing.entities.place_at`) is asked only once the position fits, so most words never reach it.
    """
    n = len(toks)
    joined: Mention | None = None
    listed = False  # after a comma only: perhaps an item of a list of places ("in Dakar, Abidjan and Lome")
    if i > 0:
        gap = text[toks[i - 1].end : toks[i].start].strip() if text else ""
        prev = lowers[i - 1]
        if prev == "and" and before and before[-1].end == i - 1 and before[-1].kind in ("country", "countries"):
            joined = before[-1]  # "Washington and Seoul", "Kenya and Kampala": one subject
        elif prev == "and" and i > 1 and toks[i - 2].is_capitalised and _adjacent(toks, i - 1):
            return None  # "In 2025 Baghdad and Ankara signed": a conjunct of a name not read as one, not a clause
        elif prev not in lex.place_openers and gap not in _PLACE_GAPS and not _after_time(toks, lowers, i, lex):
            return None
        listed = prev not in lex.place_openers and gap == "," and not _after_time(toks, lowers, i, lex)
    # what follows the name: cheap tests on the next word before the gazetteer is asked
    nxt = i + 1
    if nxt < n and toks[nxt].is_capitalised and _adjacent(toks, nxt) and not toks[i].lower.endswith("'s"):
        # perhaps a name of two words ("Addis Ababa", "New Delhi"); else part of a longer name
        if (hit := place_at(lowers, i)) is None or (
            hit[1] < n and toks[hit[1]].is_capitalised and _adjacent(toks, hit[1])
        ):
            return None
    else:
        hit = place_at(lowers, i) if toks[i].text[:1].isupper() else None
    if hit is None or not toks[hit[1] - 1].text[:1].isupper():
        return None  # "The valley flooded": every name of a place ends in a capital word
    state, end = hit
    possessive = lowers[end - 1].endswith("'s")
    if possessive:
        if end < n and lowers[end] in lex.place_sides and lowers[end] != "foreign":
            written = _span_text(toks, text, i, end + 1)
            return Mention("country", f"{written} ({state})", i, end + 1, state, title=PLACE)
        if end + 1 < n and lowers[end] == "foreign" and lowers[end + 1] == "ministry":
            written = _span_text(toks, text, i, end + 2)
            return Mention("country", f"{written} ({state})", i, end + 2, state, title=PLACE)
        return None  # "Budapest's conditions": a possessive names no acting subject
    if end >= n:
        return None
    after = text[toks[end - 1].end : toks[end].start].strip() if text else ""
    word = lowers[end]
    if after == ",":
        # "Bujumbura, for its part, ...", "Beijing, which ...": an aside opens in lower case ("Tashkent, The
        # Gulf Observer:", "KIGALI, March 3": a dateline)
        acts = joined is None and (i == 0 or lowers[i - 1] in lex.place_openers)
        acts = acts and end + 1 < n and toks[end + 1].text[:1].islower()
    elif after:
        acts = False  # a bracket, a dash, a quote: no clause's subject
    elif word == "in" and end + 1 < n and lowers[end + 1] in lex.place_aside_nouns:
        acts = not listed  # "Pretoria in response proposed ...", "Hanoi in turn offered ..."
    elif word == "and" or word == "&":
        acts = not listed and end + 1 < n and toks[end + 1].is_capitalised
    elif toks[end].is_capitalised or word in lex.people_plurals or word in lex.event_subjects:
        acts = False  # "Doha talks", "Almaty residents"
    elif joined is not None:
        acts = word not in lex.prepositions and word not in lex.function_words  # "Tashkent and Astana want"
    else:
        acts = (
            word in lex.place_verb_words
            or word in lex.adverbs
            or word in lex.speech_verbs
            or (word.endswith(("ed", "s")) and word not in lex.document_subjects and word not in lex.prepositions)
        )
    if not acts:
        return None
    written = _span_text(toks, text, i, end)
    return Mention("country", f"{written} ({state})", i, end, state, prep=joined.prep if joined else None, title=PLACE)


def _span_text(toks: list[Token], text: str, i: int, j: int) -> str:
    """Tokens ``i`` to ``j`` (exclusive) as the sentence writes them, spacing and all, or joined by spaces when the
    sentence's text is not at hand."""
    return text[toks[i].start : toks[j - 1].end] if text else " ".join(t.text for t in toks[i:j])


def is_place(m: Mention) -> bool:
    """True for a capital or city standing for its government (:func:`_place`): "Tehran (Iran)"."""
    return m.kind == "country" and m.title == PLACE


def _after_time(toks: list[Token], lowers: list[str], i: int, lex: Lexicon) -> bool:
    """'In November 2025 Baghdad and Ankara signed', 'Last month Hanoi ...': the word before ``i`` ends a fronted
    phrase of time (a number or a time noun, not a preposition or determiner), so a clause's subject may start."""
    prev = lowers[i - 1]
    if toks[i - 1].text.isdigit():
        return True
    return prev in lex.time_words and prev not in lex.prepositions and prev not in _DETERMINERS and prev != "of"


def _bare_person(
    toks: list[Token], lowers: list[str], i: int, known: Collection[str], lex: Lexicon, text: str = ""
) -> Mention | None:
    """Two to four capitalised name words not forming an organisation ("Shavkat Mirziyoyev")."""
    nxt = i + 1 < len(toks) and (toks[i + 1].is_capitalised or lowers[i + 1] in lex.name_particles)
    # "Hessa al-Mansouri": a surname with an Arabic article is a name word in lower case (_name_word)
    nxt = nxt or (i + 1 < len(toks) and _article_surname(toks, lowers, i + 1))
    speaks = i + 1 < len(toks) and lowers[i + 1] in lex.speech_verbs
    # "Orsi, who chairs the bloc, ...": a relative "who" is said only of people
    speaks = speaks or (i + 1 < len(toks) and lowers[i + 1] == "who" and not _adjacent(toks, i + 1))
    if not nxt and lowers[i].removesuffix("'s") not in known and not speaks:
        return None  # one capitalised word, neither known nor speaking: no name (the common case)
    end = _name_end(toks, lowers, i, lex)
    # After a preposition of things ("Centre for Rare Earth Metals") or inside a longer
    # capitalised run ("Rare Earth Metals"), capitalised words name a thing, not a person;
    # after an organisation word ("National Security Saimumin Yatimov") a name may start.
    # A country's possessive before a name is its nationality ("Uruguay's Yamandu Orsi"), not part of a thing's name.
    of_country = i > 0 and lowers[i - 1].endswith("'s") and is_country_word(lowers[i - 1].removesuffix("'s"))
    # "the Land and Maritime Boundary": a run after "and" that continues a thing's capitalised name
    joined = i > 2 and lowers[i - 1] == "and" and toks[i - 2].is_capitalised and lowers[i - 3] in _NOT_BEFORE_PERSON
    joined = joined and lowers[i - 2] not in known
    thing = i > 0 and (
        joined
        or lowers[i - 1] in _NOT_BEFORE_PERSON
        or (
            toks[i - 1].is_capitalised
            and not _in_commas(text, toks, i, end)  # "The mayor of Nickelsdorf, Gerhard Zapfl, said": an apposed name
            and lowers[i - 1].removesuffix("'s") not in lex.not_person
            and lowers[i - 1] not in lex.function_words
            and not of_country
        )
    )
    # A run followed by another capitalised word is part of a longer name ("Asian Expert Forum"),
    # and names of things end like English nouns ("Strategic Directions").
    longer = end < len(toks) and toks[end].is_capitalised and _adjacent(toks, end)
    # (a name of its own before them: not a sentence's first word alone, "Armed forces")
    named = end - i >= 2 or (end - i == 1 and i > 0)
    plural = end < len(toks) and lowers[end] in lex.people_plurals and not toks[end].is_capitalised
    if named and plural and _adjacent(toks, end):
        # "Tamil Nadu politicians": a place's name modifying people, not a person; the people are the group
        return Mention("group", f"{_name_text(toks, i, end)} {lowers[end]}", i, end + 1)
    if (
        end - i >= 2
        and not (thing or longer or _wordy(lowers, i, end))
        and not any(lowers[k] in lex.not_person for k in range(i, end))
        and not _title_inside(toks, lowers, i, end, lex)
    ):
        return Mention("person", _name_text(toks, i, end), i, end)
    if end - i == 1 and lowers[i].removesuffix("'s") in known:
        return Mention("person", toks[i].text.removesuffix("’s").removesuffix("'s"), i, end)
    if (
        end - i == 1
        and end < len(toks)
        and lowers[end] in lex.speech_verbs
        and not (thing or longer or _wordy(lowers, i, end))
    ):
        return Mention("person", toks[i].text, i, end)  # "Mendes said": a surname as the subject of speech
    return None


def _title_inside(toks: list[Token], lowers: list[str], i: int, end: int, lex: Lexicon) -> bool:
    """The capitalised run ``i:end`` holds an office's title after its first word, then the holder's name
    ("Faroese Prime Minister Aksel Johannesen", "Basque President Ana Etxeberria"): the run is a description
    (a nationality the lexicon does not know) before a titled person, who is read from the title on."""
    for k in range(i + 1, end - 1):
        phrase = lex.titles.match_at(lowers, k)
        after = k + len(phrase) if phrase is not None else end
        if after < end and _name_word(toks[after], lowers[after], lex):
            return True
    return False


#: Offices whose portfolio of several capitalised words may come before the holder's apposed name.
_APPOSING_OFFICES = frozenset(["minister", "secretary", "commissioner", "director", "ambassador", "envoy", "chief"])


def _portfolio_and(toks: list[Token], k: int) -> bool:
    """Token ``k`` is an "and" between two capitalised words ("Interior and National Administration")."""
    return toks[k].lower == "and" and toks[k - 1].is_capitalised and toks[k + 1].is_capitalised


def _in_commas(text: str, toks: list[Token], i: int, end: int) -> bool:
    """Tokens ``i:end`` (two words or more, one space apart) stand between two commas after an office's
    place or portfolio ("of Nickelsdorf, Gerhard Zapfl,", "for International Relations, Phenyo Butale,"): an
    apposition naming a person, not a list of places. The phrase after the preposition has up to three
    capitalised words."""
    if not text or end - i < 2 or i < 2 or end >= len(toks):
        return False
    k = i - 2
    while k > 1 and i - 2 - k < 4 and (toks[k].is_capitalised or _portfolio_and(toks, k)):
        # "Minister for International Relations,", "Secretary for Interior and National Administration,": back
        # over the portfolio's capitalised words and the "and" between them
        k -= 1
    if toks[k].lower == "the" and k > 1 and toks[k - 1].lower in ("of", "for") and toks[k + 1].is_capitalised:
        k -= 1  # "Minister for the Interior, X,": the portfolio's article
    if toks[k].lower not in ("of", "to", "for", "in"):
        return False
    if k < i - 2 and toks[k - 1].lower not in _APPOSING_OFFICES:
        return False  # "the provinces of North West, Eastern Cape, and ...": a list of places, no office
    before = text[toks[i - 1].end : toks[i].start].strip()
    after = text[toks[end - 1].end : toks[end].start].strip()
    return before == "," and after == "," and all(_adjacent(toks, k) for k in range(i + 1, end))


def _wordy(lowers: list[str], i: int, end: int) -> bool:
    """Names of things end like English nouns ("Strategic Directions"); asked only when it decides."""
    return any(w.endswith(_NOUN_ENDINGS) for w in lowers[i:end])


def _name_end(toks: list[Token], lowers: list[str], i: int, lex: Lexicon) -> int:
    """End of a personal name starting at ``i``: up to four name words, with particles ("von der")."""
    end, words = i, 0
    while end < len(toks) and words < 5 and (end == i or _adjacent(toks, end) or _initial(toks, end - 1)):
        if _name_word(toks[end], lowers[end], lex):
            end += 1
            words += 1
        elif words and _ROMAN.fullmatch(toks[end].text) and not _initial_of_name(toks, lowers, end, lex):
            end += 1  # "Mohammed VI", "Charles III": a regnal number ends the name
            break
        elif (
            end > 0
            and _initial(toks, end)
            and (_initial(toks, end + 1) or _name_word(toks[end + 1], lowers[end + 1], lex))
        ):
            # "S. Jaishankar", "J. K. Tan": an initial counts when a name word follows ("A." opening
            # a sentence is an interview tag or a list letter)
            end += 1
        elif lowers[end] in lex.name_particles and words:
            nxt = end
            while nxt < len(toks) and lowers[nxt] in lex.name_particles:
                nxt += 1
            if nxt >= len(toks) or not _name_word(toks[nxt], lowers[nxt], lex):
                break
            end = nxt
        else:
            break
    if words == 5 and end < len(toks) and lowers[end - 1] in _NAME_ARTICLES and _name_word(toks[end], lowers[end], lex):
        end += 1  # "Sheikh Mohammed bin Abdulla bin Mohammed Al Thani": a name does not end on its article
    return end


#: Articles that open the last word of an Arabic name ("Al Thani", "El Sisi"): never its end.
_NAME_ARTICLES = frozenset(["al", "el", "abu", "ould", "ben"])

_ROMAN = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{1,3})")


def _initial_of_name(toks: list[Token], lowers: list[str], k: int, lex: Lexicon) -> bool:
    """Token ``k`` is a middle initial, not a regnal number: a one-letter "V", "X" or "I" written with its dot
    and followed by a name word ("Aksel V. Johannesen", "Karl X. Brandt"; "Charles V. The king ..." ends)."""
    return k + 1 < len(toks) and _initial(toks, k) and _name_word(toks[k + 1], lowers[k + 1], lex)


#: Initials joined by dots, read as one token ("D.N" of "D.N. Dhungyel").
_JOINED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]")


def _initial(toks: list[Token], k: int) -> bool:
    """Token ``k`` is an initial of a personal name: one capital letter written with its dot ("S. "), or several
    joined by dots ("D.N. ", "S.M. ", as South Asian names are often written)."""
    t = toks[k]
    if not (k + 1 < len(toks) and toks[k + 1].start - t.end == 2):
        return False
    if len(t.text) == 1:
        return t.text.isupper()
    return t.text[1:2] == "." and _JOINED_INITIALS.fullmatch(t.text) is not None


def _name_text(toks: list[Token], start: int, end: int) -> str:
    """A personal name as shown: its words without a possessive, initials with their dot ("S. Jaishankar")."""
    return " ".join(
        t.text + "." if _initial(toks, k) else t.text.removesuffix("’s").removesuffix("'s")
        for k, t in enumerate(toks[start:end], start)
    )


_NOUN_ENDINGS = ("tion", "tions", "ment", "ments", "ity", "ities", "ness", "ship", "ism", "ence", "ance", "ical")


def _adjacent(toks: list[Token], k: int) -> bool:
    """True when token ``k`` follows the previous one after a single space (no comma, bracket or dash)."""
    return toks[k].start - toks[k - 1].end == 1


#: An Arabic article joined to a surname by a hyphen ("al-Burhan", "el-Sisi"): a name word in lower case.
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|as|ash|an|ar|at|az|ul|ud)-(?=[A-Z])")


def _article_surname(toks: list[Token], lowers: list[str], k: int) -> bool:
    """Token ``k`` is a surname with an Arabic article ("al-Mansouri"), a name word in lower case: a dash among
    its first four letters is tested before the pattern."""
    return "-" in lowers[k][:4] and _ARTICLE_NAME.match(toks[k].text) is not None and len(toks[k].text) > 4


def _article_name(text: str) -> bool:
    """``_ARTICLE_NAME.match(text) and len(text) > 4``, the pattern tried only when a dash is the third or fourth
    character (its articles have two or three letters): asked of every name word, nearly none of which has one."""
    return len(text) > 4 and (text[2] == "-" or text[3] == "-") and _ARTICLE_NAME.match(text) is not None


def _name_word(tok: Token, lower: str, lex: Lexicon) -> bool:
    if _article_name(tok.text):
        return True  # "Abdel Fattah al-Burhan"
    if not tok.is_capitalised or _upper(tok.text) or lower in lex.function_words:
        return False
    base = lower.removesuffix("'s")
    return base not in lex.not_person and base not in country_words()  # is_country_word, inlined


def interviewee(lead: str, people: list[str], verbs: frozenset[str], titles: frozenset[str]) -> str | None:
    """Who an interview's ``lead`` (its sentences before the first answer) says was interviewed: the first of
    ``people`` (full names) named with a title after one of ``verbs`` ("Bishkek Observer spoke to Deputy
    Minister Nurlan Abdykadyrov"); None when no verb is written, no one is named after it ("We spoke to him")
    or what follows has no title ("Mario Lubetkin spoke to The River Plate Review": an outlet read as a
    name), and the caller keeps its default (the first person named)."""
    low = lead.lower()
    best: tuple[int, str] | None = None
    for verb in verbs:
        at = low.find(f" {verb} ")
        if at < 0:
            continue
        at += len(verb) + 2
        for person in people:
            found = lead.find(person, at)
            if found < 0 or (best is not None and found >= best[0]):
                continue
            if any(w.strip(".,'’") in titles for w in low[at:found].split()):
                best = (found, person)
    return best[1] if best is not None else None
