"""Countries and people mentioned in articles, for the briefing's "at a glance". Pure.

Country names come from pycountry (ISO 3166) plus the lexicon's aliases and demonyms
("Kazakh" counts for Kazakhstan). People are the persons the actor finder names.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable

from .lexicon import load_lexicon
from .model import Entity
from .tokens import tokens


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


def is_country(name: str) -> bool:
    """True when ``name`` is exactly a country name, alias or demonym."""
    return tuple(t.lower for t in tokens(name)) in country_names()


def countries_in(text: str) -> list[str]:
    """Display names of the countries mentioned in ``text``, once per mention.

    Only capitalised words count, so "turkey" the bird or "chinese" in lower case do not.
    """
    toks = tokens(text)
    lowers = [t.lower.removesuffix("'s") for t in toks]
    index, names = _by_first(), country_names()
    found: list[str] = []
    i = 0
    while i < len(toks):
        match = None
        if toks[i].is_capitalised:
            for key in index.get(lowers[i], ()):
                if tuple(lowers[i : i + len(key)]) == key:
                    match = key
                    break
        if match:
            found.append(names[match])
            i += len(match)
        else:
            i += 1
    return found


def count_entities(texts: Iterable[str], people: Iterable[str]) -> tuple[Entity, ...]:
    """Countries counted over ``texts`` and people over ``people``, most frequent first."""
    return tally_entities((c for text in texts for c in countries_in(text)), people)


def tally_entities(countries: Iterable[str], people: Iterable[str]) -> tuple[Entity, ...]:
    """Count country mentions (display names, as :func:`countries_in` gives) and people."""
    per_country = Counter(countries)
    persons = Counter(p for p in people if p)
    out = [Entity(n, "country", c) for n, c in per_country.items()]
    out += [Entity(n, "person", c) for n, c in persons.items()]
    return tuple(sorted(out, key=lambda e: (-e.count, e.kind, e.name)))
