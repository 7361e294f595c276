"""The records every stage passes on. Frozen, stdlib only, no I/O.

Data moves as: ``Path`` -> readers -> :class:`Article` -> sentences -> :class:`Sentence`
-> classify -> :class:`Analysis` -> summarise -> :class:`Briefing` -> renderers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol


class Label(StrEnum):
    """A sentence category; the value is the singular name used by the gold files."""

    DECISION = "decision"
    PROPOSAL = "proposal"
    SECURITY = "security"


#: Built-in section key (plural, as in the JSON contract) for each label.
SECTION_OF_LABEL: dict[str, str] = {
    "decision": "decisions",
    "proposal": "proposals",
    "security": "security",
}


@dataclass(frozen=True, slots=True)
class Article:
    """One input article. ``paragraphs`` are body paragraphs only (no title, date or headings).

    ``id`` is stable: derived from the file name, so reruns cite the same ids.
    """

    id: str
    path: str
    title: str | None
    date: dt.date | None
    outlet: str | None
    url: str | None
    paragraphs: tuple[str, ...]
    headings: tuple[str, ...] = ()
    first_seen: dt.datetime | None = None

    @property
    def text(self) -> str:
        """The body as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One body sentence; ``text`` is an exact substring of its paragraph."""

    article_id: str
    index: int
    paragraph: int
    text: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the classifier found in one sentence."""

    sentence: Sentence
    labels: frozenset[str]
    actor: str | None
    condensed: str
    importance: float
    #: Countries the sentence names (by name, alias or demonym), once per mention.
    countries: tuple[str, ...] = ()
    #: People the sentence names, by their fullest name in the article, once per mention.
    people: tuple[str, ...] = ()


class Condenser(Protocol):
    """Works out, on demand, the condensed text of the ``n``-th analysis of one article."""

    def condensed(self, n: int) -> str: ...


class DeferredAnalysis(Analysis):
    """An :class:`Analysis` whose condensed text is worked out only when first read (from its
    article's :class:`Condenser`, as the ``at``-th analysis of that article).

    A briefing shows the condensed text of an unlabelled sentence only when the executive summary
    picks it (a handful per briefing), so condensing every unlabelled sentence up front was work
    for nothing. It equals (and hashes as) the plain Analysis with that condensed text.
    """

    __slots__ = ("_at", "_source")
    _source: Condenser
    _at: int

    def __init__(
        self,
        sentence: Sentence,
        labels: frozenset[str],
        actor: str | None,
        importance: float,
        countries: tuple[str, ...],
        people: tuple[str, ...],
        source: Condenser,
        at: int,
    ) -> None:
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "labels", labels)
        object.__setattr__(self, "actor", actor)
        object.__setattr__(self, "importance", importance)
        object.__setattr__(self, "countries", countries)
        object.__setattr__(self, "people", people)
        object.__setattr__(self, "_source", source)
        object.__setattr__(self, "_at", at)

    @property
    def condensed(self) -> str:
        return self._source.condensed(self._at)

    def plain(self) -> Analysis:
        """The Analysis this stands for (its condensed text worked out)."""
        return Analysis(
            self.sentence, self.labels, self.actor, self.condensed, self.importance, self.countries, self.people
        )

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Analysis):
            return self.plain() == (other.plain() if isinstance(other, DeferredAnalysis) else other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.plain())

    def __repr__(self) -> str:
        return f"Deferred{self.plain()!r}"


@dataclass(frozen=True, slots=True)
class Source:
    """A citation: the article id and the exact sentence quoted."""

    article: str
    quote: str


@dataclass(frozen=True, slots=True)
class Item:
    """One statement of the briefing, grounded in one or more source sentences."""

    text: str
    actor: str | None
    sources: tuple[Source, ...]
    score: float = 0.0


class EncodedItem(Item):
    """An :class:`Item` kept as the JSON object the JSON renderer writes for it (``text``,
    ``actor``, ``sources``), plus its score; its fields are decoded on first use.

    A warm run reuses tens of thousands of items from its run snapshot: the JSON renderer
    copies ``encoded`` as it is, and other renderers decode only the items they show. It
    equals (and hashes as) the plain Item it encodes.
    """

    __slots__ = ("_plain", "encoded")
    encoded: bytes
    _plain: Item | None

    def __init__(self, encoded: bytes, score: float) -> None:
        object.__setattr__(self, "encoded", encoded)
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "_plain", None)

    def plain(self) -> Item:
        """The Item this encodes (ValueError if ``encoded`` is not such a JSON object)."""
        import json

        plain: Item | None = self._plain
        if plain is None:
            raw = json.loads(self.encoded)
            sources = tuple(Source(s["article"], s["quote"]) for s in raw["sources"])
            plain = Item(raw["text"], raw["actor"], sources, self.score)
            object.__setattr__(self, "_plain", plain)
        return plain

    @property
    def text(self) -> str:
        return self.plain().text

    @property
    def actor(self) -> str | None:
        return self.plain().actor

    @property
    def sources(self) -> tuple[Source, ...]:
        return self.plain().sources

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Item):
            return self.plain() == (other.plain() if isinstance(other, EncodedItem) else other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.plain())

    def __repr__(self) -> str:
        return f"Encoded{self.plain()!r}"


@dataclass(frozen=True, slots=True)
class Section:
    """A titled list of items; ``key`` is the JSON name (``decisions``, ``energy``...)."""

    key: str
    title: str
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """A country or person mentioned in the articles, with how often."""

    name: str
    kind: str
    count: int


@dataclass(frozen=True, slots=True)
class Period:
    """The span of article dates a briefing covers (inclusive); ``None`` when unknown."""

    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True, slots=True)
class Briefing:
    """The finished briefing, the single input of every renderer."""

    title: str
    generated_at: dt.datetime
    period: Period
    articles: tuple[Article, ...]
    summary: tuple[Item, ...]
    sections: tuple[Section, ...]
    entities: tuple[Entity, ...] = field(default=())

    def section(self, key: str) -> Section | None:
        """The section called ``key``, or None."""
        return next((s for s in self.sections if s.key == key), None)
