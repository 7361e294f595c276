"""Countries and people mentioned in articles, for the briefing's "at a glance". Pure.

Country names come from pycountry (ISO 3166) plus the lexicon's aliases and demonyms
("Kazakh" counts for Kazakhstan). People are the persons the actor finder names.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from .lexicon import load_lexicon
from .model import Entity
from .tokens import Token, tokens


@functools.cache
def country_names() -> dict[tuple[str, ...], str]:
    """Lower-case token tuple of every country name, alias and demonym -> display name."""
    import pycountry

    names: dict[tuple[str, ...], str] = {}
    for c in pycountry.countries:
        display = getattr(c, "common_name", None) or c.name
        for n in {c.name, display, getattr(c, "official_name", c.name)}:
            names[tuple(t.lower for t in tokens(n))] = display
    lex = load_lexicon()
    for mapping in (lex.aliases, lex.demonyms):
        for k, v in mapping.items():
            names[tuple(t.lower for t in tokens(k))] = v
    return names


@functools.cache
def _by_first() -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for key in country_names():
        if key:
            index.setdefault(key[0], []).append(key)
    return {k: sorted(v, key=len, reverse=True) for k, v in index.items()}


@functools.cache
def _first_forms() -> frozenset[str]:
    """First words of country names and their possessives ("kazakhstan", "kazakhstan's")."""
    return frozenset([*_by_first(), *(w + "'s" for w in _by_first())])


def country_firsts() -> Mapping[str, list[tuple[str, ...]]]:
    """First words of country names, aliases and demonyms (a cheap test before :func:`country_at`)."""
    return _by_first()


def is_country(name: str) -> bool:
    """True when ``name`` is exactly a country name, alias or demonym."""
    return tuple(t.lower for t in tokens(name)) in country_names()


@functools.cache
def country_words() -> frozenset[str]:
    """Lower-case single words that alone name a country, alias or demonym ("kazakhstan", "uzbek")."""
    return frozenset(k[0] for k in country_names() if len(k) == 1)


def is_country_word(lower: str) -> bool:
    """True when the lower-case word alone names a country ("kazakhstan", "uzbek", "kazakhstan's")."""
    return lower.removesuffix("'s") in country_words()


def country_at(lowers: list[str], i: int) -> tuple[str, int] | None:
    """The longest country name (or alias/demonym) starting at ``lowers[i]``: (display, end index)."""
    keys = _by_first().get(lowers[i].removesuffix("'s"))
    if keys is None:
        return None  # most words: no name starts with them
    key = _longest_at(keys, lowers, i)
    return None if key is None else (country_names()[key], i + len(key))


def _longest_at(keys: list[tuple[str, ...]], lowers: list[str], i: int) -> tuple[str, ...] | None:
    """The first of ``keys`` (names' lower-case words, longest first, each starting with ``lowers[i]`` less a
    possessive ending) that ``lowers`` holds from ``i`` on, its last word possibly possessive: a one-word name
    always; a longer one word for word (only its last word may be "'s"). Compared in place (no slices made:
    every capitalised word of every sentence may be looked up)."""
    size = len(lowers)
    for key in keys:
        n = len(key)
        if n == 1:
            return key  # its word is lowers[i], possessive or not (the index's key)
        if i + n > size:
            continue
        last = i + n - 1
        j = i
        while j < last and lowers[j] == key[j - i]:
            j += 1
        if j == last and lowers[last].removesuffix("'s") == key[n - 1]:
            return key
    return None


def countries_in(text: str) -> list[str]:
    """Display names of the countries mentioned in ``text``, once per mention.

    Only capitalised words count, so "turkey" the bird or "chinese" in lower case do not.
    """
    return countries_in_tokens(tokens(text))


def countries_in_tokens(toks: Sequence[Token], lowers: list[str] | None = None) -> list[str]:
    """:func:`countries_in` for a sentence already tokenised (``lowers``: its tokens' lower-case forms).

    Only capitalised tokens that begin some country name are looked at closely: every sentence
    of every article passes here, and most of its words are neither.
    """
    firsts = _by_first()
    if lowers is not None and _first_forms().isdisjoint(lowers):
        return []  # no word can begin a country name: one C-level check
    found: list[str] = []
    skip_to = 0
    for i, t in enumerate(toks):
        if i < skip_to or not t.is_capitalised or t.lower.removesuffix("'s") not in firsts:
            continue
        if lowers is None:
            lowers = [x.lower for x in toks]
        hit = country_at(lowers, i)
        if hit:
            found.append(hit[0])
            skip_to = hit[1]
    return found


def count_entities(countries: Iterable[str], people: Iterable[str]) -> tuple[Entity, ...]:
    """Country mentions and people counted, most frequent first."""
    return entities_of_counts(Counter(c for c in countries if c), Counter(p for p in people if p))


def entities_of_counts(countries: Mapping[str, int], people: Mapping[str, int]) -> tuple[Entity, ...]:
    """:func:`count_entities` from counts already made (per article counts added up give the same)."""
    out = [Entity(n, "country", c) for n, c in countries.items() if c > 0]
    out += [Entity(n, "person", c) for n, c in people.items() if c > 0]
    return tuple(sorted(out, key=lambda e: (-e.count, e.kind, e.name)))


def written_spellings(text: str, forms: Iterable[str]) -> dict[str, str]:
    """The briefing's name of a country -> the spelling ``text`` uses instead, for each of ``forms`` ("Viet Nam")
    that ``text`` writes while never writing the briefing's name ("Vietnam"; "Vietnamese" does not count).
    Called once per article."""
    out: dict[str, str] = {}
    names = country_names()
    for form in forms:
        if form not in text:
            continue  # cheap: most articles write none of them
        display = names.get(tuple(t.lower for t in tokens(form)))
        if display and display != form and re.search(rf"\b{re.escape(display)}\b", text) is None:
            out[display] = form
    return out


def as_written(actor: str | None, spellings: Mapping[str, str]) -> str | None:
    """``actor`` with each country name of ``spellings`` (:func:`written_spellings`) in the article's spelling."""
    if actor is None or not spellings:
        return actor
    for display, form in spellings.items():
        if display in actor:
            actor = re.sub(rf"\b{re.escape(display)}\b", form, actor)
    return actor


@functools.cache
def place_names() -> dict[tuple[str, ...], str]:
    """Lower-case token tuple of every national capital and large city -> the briefing's name of its country.

    From :mod:`briefing.places` (GeoNames data, offline): every country's capital and every city of at least
    :data:`briefing.places.MIN_POPULATION` people, by its name and its name without accents ("Bogota"). At that
    size the cities named as a sentence's acting subject in the labelled articles are all places standing for a
    government; smaller towns were mostly venues or shared a word with a person's name. Left out: a name that is
    a country's own ("Singapore", "Djibouti": :func:`country_names` reads those), and the lexicon's ``[entities]
    not_places`` (names that are also people's names or common words: "Victoria", "Nice"). A name two countries'
    cities share goes to the larger city. Read on first use, once per process, so that nothing reading no
    sentence (``briefing --help``) pays for it.
    """
    from .places import rows

    excluded = load_lexicon().not_places
    found: dict[tuple[str, ...], tuple[int, str]] = {}
    countries = country_names()
    for name, code, geonames_name, population in rows():
        state = _state_of(code, geonames_name)
        if state is None:
            continue
        for form in {name, _unaccented(name)}:
            key = tuple(t.lower for t in tokens(form))
            if not key or key in countries or form.lower() in excluded:
                continue
            held = found.get(key)
            if held is None or (held[0] < population and held[1] != state):
                found[key] = (population, state)
    return {k: v[1] for k, v in found.items()}


def _state_of(code: str, geonames_name: str) -> str | None:
    """The briefing's name of the country of ISO code ``code`` (its GeoNames name read as :func:`country_names`
    reads a name, else pycountry's), or None for a territory neither knows."""
    import pycountry

    if geonames_name:
        display = country_names().get(tuple(t.lower for t in tokens(geonames_name)))
        if display is not None:
            return display
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)


def _unaccented(name: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@functools.cache
def _place_firsts() -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for key in place_names():
        index.setdefault(key[0], []).append(key)
    return {k: sorted(v, key=len, reverse=True) for k, v in index.items()}


def place_firsts() -> Mapping[str, list[tuple[str, ...]]]:
    """First words of capitals' and large cities' names (:func:`place_names`), without a possessive ending: a
    word not among them starts no place, so :func:`place_at` there is None (a cheap test made first: every
    capitalised word of every sentence may be tried as a place). Loads the gazetteer on its first call."""
    return _place_firsts()


def place_at(lowers: list[str], i: int) -> tuple[str, int] | None:
    """The longest capital or large city's name (:func:`place_names`) starting at ``lowers[i]``, possessive or
    not: (its country, end index), or None. Loads the gazetteer on its first call."""
    keys = _place_firsts().get(lowers[i].removesuffix("'s"))
    if keys is None:
        return None
    key = _longest_at(keys, lowers, i)
    return None if key is None else (place_names()[key], i + len(key))
