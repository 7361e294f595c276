"""Find who is named in a sentence: people, definite descriptions, groups, countries. Pure.

News English names an actor in a few regular ways, all handled here:
- a person, usually behind a title: "President Kassym-Jomart Tokayev", "Uzbek Foreign
  Minister Bakhtiyor Saidov", "the President of Uzbekistan Shavkat Mirziyoyev";
- a definite description standing for a person named earlier: "the Kazakh leader",
  "the head of state", "the President";
- a pronoun: "he", "she" (the last person), "they", "we" (the last group);
- a group: "the heads of state", "the SCO leaders", "the parties", "NATO members";
- countries as actors: "Kyrgyzstan and Tajikistan have agreed".
Titles are dropped and surnames expanded to the fullest name seen ("Tokayev" ->
"Kassym-Jomart Tokayev"); :class:`ActorMemory` carries that state through an article.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from .entities import country_names
from .lexicon import Lexicon
from .tokens import Token

# Function words that are capitalised only because they open a sentence or a title.
_COMMON = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "of",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "but",
        "as",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "his",
        "her",
        "their",
        "our",
        "we",
        "he",
        "she",
        "they",
        "i",
        "you",
        "following",
        "during",
        "after",
        "before",
        "while",
        "when",
        "since",
        "also",
        "however",
        "meanwhile",
        "furthermore",
        "moreover",
        "according",
        "among",
        "between",
        "under",
        "over",
        "about",
        "into",
        "within",
        "without",
        "calling",
        "speaking",
        "highlighting",
        "in",
        "addition",
        "special",
        "last",
        "next",
        "first",
        "second",
        "third",
        "new",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "of",
        "in",
        "at",
        "on",
        "with",
        "to",
        "from",
        "for",
        "by",
        "between",
        "among",
        "during",
        "about",
        "into",
        "towards",
        "toward",
        "against",
        "under",
        "over",
        "after",
        "before",
        "than",
        "like",
        "including",
        "within",
        "without",
        "via",
        "upon",
    ]
)
# Words that mark a capitalised run as an organisation, event, place or document, not a person.
_NOT_PERSON = frozenset(
    [
        "council",
        "committee",
        "organization",
        "organisation",
        "union",
        "state",
        "states",
        "republic",
        "ministry",
        "meeting",
        "summit",
        "forum",
        "conference",
        "declaration",
        "treaty",
        "agreement",
        "centre",
        "center",
        "university",
        "service",
        "services",
        "sea",
        "ocean",
        "river",
        "region",
        "city",
        "capital",
        "assembly",
        "parliament",
        "senate",
        "chamber",
        "commission",
        "secretariat",
        "office",
        "bank",
        "fund",
        "program",
        "programme",
        "strategy",
        "concept",
        "format",
        "press",
        "news",
        "agency",
        "day",
        "week",
        "month",
        "year",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "initiative",
        "court",
        "government",
        "house",
        "palace",
        "cooperation",
        "partnership",
        "consultative",
        "heads",
        "leaders",
        "association",
        "group",
        "delegation",
        "institute",
        "academy",
        "zone",
        "corridor",
        "area",
        "province",
        "oblast",
        "district",
        "national",
        "international",
        "central",
        "supreme",
        "general",
        "federal",
        "islamic",
        "civilization",
        "civilisation",
    ]
)


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor named in a sentence; ``start``/``end`` are token indices."""

    kind: str  # "person", "description", "pronoun", "group", "country"
    name: str
    start: int
    end: int
    country: str | None = None


@dataclass
class ActorMemory:
    """What an article has named so far; updated sentence by sentence (mutable by design)."""

    people: dict[str, str] = field(default_factory=dict)  # surname (lower) -> full name
    person_country: dict[str, str] = field(default_factory=dict)  # full name -> country
    last_person: str | None = None
    last_group: str | None = None

    def full_name(self, name: str) -> str:
        """The fullest form of ``name`` seen so far (by surname)."""
        return self.people.get(name.split()[-1].lower(), name)

    def remember(self, mention: Mention) -> None:
        if mention.kind == "person":
            surname = mention.name.split()[-1].lower()
            known = self.people.get(surname)
            if known is None or len(mention.name) > len(known):
                self.people[surname] = mention.name
            full = self.people[surname]
            if mention.country:
                self.person_country[full] = mention.country
            self.last_person = full
        elif mention.kind in ("group", "country") and (" and " in mention.name or mention.kind == "group"):
            self.last_group = mention.name

    def resolve(self, mention: Mention) -> str | None:
        """The actor name a mention stands for, using what came before."""
        if mention.kind == "person":
            return self.full_name(mention.name)
        if mention.kind == "description":
            if mention.country:
                for person, country in reversed(self.person_country.items()):
                    if country == mention.country:
                        return person
            return self.last_person
        if mention.kind == "pronoun":
            if mention.name in ("he", "she"):
                return self.last_person
            return self.last_group or self.last_person
        return mention.name


def find_mentions(toks: list[Token], lex: Lexicon, known: Collection[str] = ()) -> list[Mention]:
    """Every actor mention in a tokenised sentence, left to right.

    ``known`` holds lower-case surnames already seen, so a later bare "Tokayev" is a person.
    """
    lowers = [t.lower for t in toks]
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        found = (
            _pronoun(toks, i, lex)
            or _group(toks, lowers, i, lex)
            or _titled_person(toks, lowers, i, lex)
            or _countries(toks, lowers, i)
            or _bare_person(toks, lowers, i, known)
        )
        if found:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out


def preceded_by_preposition(toks: list[Token], mention: Mention) -> bool:
    """True when the mention is the object of a preposition (so not a subject)."""
    j = mention.start - 1
    while j >= 0 and toks[j].lower in ("the", "a", "an"):
        j -= 1
    return j >= 0 and toks[j].lower in _PREPOSITIONS


def _pronoun(toks: list[Token], i: int, lex: Lexicon) -> Mention | None:
    low = toks[i].lower
    if low in lex.person_pronouns or low in lex.plural_pronouns:
        return Mention("pronoun", low, i, i + 1)
    return None


def _group(toks: list[Token], lowers: list[str], i: int, lex: Lexicon) -> Mention | None:
    """'the (SCO|Caspian|CIS)* heads of state' and similar collective subjects."""
    j = i
    if lowers[j] == "the":
        j += 1
    start_mod = j
    while j < len(toks) and toks[j].is_capitalised and lex.collective.match_at(lowers, j) is None:
        j += 1
        if j - start_mod > 3:
            return None
    if j >= len(toks):
        return None
    phrase = lex.collective.match_at(lowers, j)
    if phrase is None:
        return None
    if lowers[i] != "the" and j == start_mod:
        return None  # a bare "members" or "states" is too vague to name an actor
    end = j + len(phrase)
    words = [t.text for t in toks[i:end]]
    if words[0] == "The":
        words[0] = "the"
    return Mention("group", " ".join(words), i, end)


def _titled_person(toks: list[Token], lowers: list[str], i: int, lex: Lexicon) -> Mention | None:
    """Titles (and demonyms or 'of Country') followed by a name, or a bare description."""
    j = i
    has_the = lowers[j] == "the"
    if has_the:
        j += 1
    country = None
    # Demonym or country before the title: "Uzbek President", "Kazakhstan's Foreign Minister".
    if j < len(toks) and (c := _country_word(lowers[j])):
        country = c
        j += 1
    k = j
    while k < len(toks):
        phrase = lex.titles.match_at(lowers, k)
        if phrase is None:
            break
        k += len(phrase)
    if k == j:
        return None
    if k + 1 < len(toks) and lowers[k] == "of" and (c := _country_word(lowers[k + 1])):
        country = c
        k += 2
        if k < len(toks) and lowers[k] == "the":
            k += 1
    name_end = k
    while name_end < len(toks) and _name_word(toks[name_end], lowers[name_end]) and name_end - k < 4:
        name_end += 1
    if name_end > k and not _country_word(lowers[k]):
        name = " ".join(t.text.removesuffix("’s").removesuffix("'s") for t in toks[k:name_end])
        return Mention("person", name, i, name_end, country)
    if has_the or country or toks[i].is_capitalised:
        return Mention("description", " ".join(t.text for t in toks[i:k]), i, k, country)
    return None


def _countries(toks: list[Token], lowers: list[str], i: int) -> Mention | None:
    """One country, or several joined by commas/'and' ("Kyrgyzstan and Tajikistan")."""
    if not toks[i].is_capitalised or not _country_word(lowers[i].removesuffix("'s")):
        return None
    names = [_country_word(lowers[i].removesuffix("'s")) or ""]
    end = i + 1
    while end + 1 < len(toks) and lowers[end] == "and" and toks[end + 1].is_capitalised:
        nxt = _country_word(lowers[end + 1].removesuffix("'s"))
        if not nxt:
            break
        names.append(nxt)
        end += 2
    if lowers[i].endswith("'s") or lowers[end - 1].endswith("'s"):
        return None  # possessive: "Uzbekistan's initiative" names no acting subject
    text = " and ".join(toks[k].text for k in range(i, end, 2))
    return Mention("country", text, i, end, names[0])


def _bare_person(toks: list[Token], lowers: list[str], i: int, known: Collection[str]) -> Mention | None:
    """Two to four capitalised name words not forming an organisation ("Shavkat Mirziyoyev")."""
    end = i
    while end < len(toks) and _name_word(toks[end], lowers[end]) and end - i < 4:
        end += 1
    if end - i >= 2 and not any(lowers[k] in _NOT_PERSON for k in range(i, end)):
        name = " ".join(t.text.removesuffix("’s").removesuffix("'s") for t in toks[i:end])
        return Mention("person", name, i, end)
    if end - i == 1 and lowers[i].removesuffix("'s") in known:
        return Mention("person", toks[i].text.removesuffix("’s").removesuffix("'s"), i, end)
    return None


def _name_word(tok: Token, lower: str) -> bool:
    return (
        tok.is_capitalised
        and not tok.text.isupper()
        and lower not in _COMMON
        and lower.removesuffix("'s") not in _NOT_PERSON
        and not _country_word(lower.removesuffix("'s"))
    )


def _country_word(lower: str) -> str | None:
    return country_names().get((lower,))
