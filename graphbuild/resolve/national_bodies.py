"""A state body's name that many countries share ("the Supreme Court") takes its country from the text.

"Thailand's Supreme Court" and "the Supreme Court" of a Thai story name one body; the bare name
would join every country's supreme court in one node across articles. Such a name becomes "Supreme
Court of Thailand", the form a country's generic bodies already take ("parliament of Ukraine"); a
name no country can be found for is no node (``resolve.nodes``).
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Span

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.entities import LocalEntity, normalise, without_the
from graphbuild.resolve.places import Place, lookup_place

# The list of shared names (``lexicons/national_institutions.txt``).
NATIONAL_INSTITUTIONS = "national_institutions"
# Longest country name in tokens that a scan of a sentence tries ("United Arab Emirates").
_LONGEST_COUNTRY = 3
# The possessive clitic ("Thailand's Supreme Court").
_POSSESSIVE = frozenset({"'s", "\u2019s"})
COUNTRY = "Country"
# How many times as often as any other the country an article is about is named.
_MAIN_SHARE = 2


def shared_institution(entity: LocalEntity, lexicons: Lexicons) -> bool:
    """``Supreme Court``, ``the Health Ministry``: a proper name of a body many countries have, alone."""
    return entity.type == "Actor" and _shared(entity.name, lexicons)


def _shared(name: str, lexicons: Lexicons) -> bool:
    return without_the(name.lower()) in lexicons.terms(NATIONAL_INSTITUTIONS)


def qualify_institution(entity: LocalEntity, doc: Doc, spans: list[Span], lexicons: Lexicons) -> None:
    """Name a shared body by the one country the text gives it ("Supreme Court of Thailand"); with
    none, or two, the name stays as it is (and no node)."""
    if not shared_institution(entity, lexicons):
        return  # "the US Supreme Court" names its country itself
    name = without_the(entity.name)
    # the article's country is scanned for at most once, however many mentions fall back on it
    article = functools.cache(lambda: main_country(doc[:], lexicons))
    # a name only nested in a phrase ("Interior Ministry spokesperson") is the article's country's
    places = [body_country(span, lexicons, article) for span in spans] if spans else [article()]
    found = {place.name: place for place in places if place is not None}
    if len(found) != 1:
        return
    place = found.popitem()[1]
    name = f"{name} of {place.name}"
    entity.name, entity.key = name, f"{entity.type}:{normalise(name)}"
    # the written forms stay aliases (what a reader searches for); two countries' bodies never share
    # a label, so no two nodes merge through the bare form
    entity.aliases = entity.aliases + Counter({name: entity.mentions or 1})
    code = dict(place.codes).get("iso3166")
    if code:
        entity.codes = {**entity.codes, "country": code}


def body_country(
    span: Span, lexicons: Lexicons, article: Callable[[], Place | None] | None = None
) -> Place | None:
    """The country of a shared body's mention: its possessor ("Niger's National Assembly"), its
    people's adjective ("the Thai Supreme Court"), else the one country its sentence names, else the
    country the article is about (``main_country``, or ``article`` when the caller has it at hand
    for many mentions of one document)."""
    doc = span.doc
    before = span.start - 1
    if before >= 1 and doc[before].lower_ in _POSSESSIVE:
        return _country_ending(doc, before, lexicons)
    if before >= 0 and doc[before].text[:1].isupper():
        place = lookup_place(doc[before].text, lexicons, demonym=True) or _country_ending(
            doc, before + 1, lexicons
        )
        if place is not None and place.subtype == COUNTRY:
            return place
    return one_country(span.sent, lexicons) or (
        article() if article is not None else main_country(doc[:], lexicons)
    )


def _country_ending(doc: Doc, end: int, lexicons: Lexicons) -> Place | None:
    """The country whose name ends just before ``end`` ("United States's", "Niger's")."""
    for start in range(max(0, end - _LONGEST_COUNTRY), end):
        place = lookup_place(doc[start:end].text, lexicons)
        if place is not None and place.subtype == COUNTRY:
            return place
    return None


def one_country(span: Span, lexicons: Lexicons) -> Place | None:
    """The one country ``span`` names, by name or by its people's adjective; two or none: None."""
    found = named_countries(span, lexicons)
    return found[0][0] if len({place.name for place, _ in found}) == 1 else None


def main_country(span: Span, lexicons: Lexicons) -> Place | None:
    """The country an article is about: the only one it names, or the one it names more than
    ``_MAIN_SHARE`` times as often as any other ("Nigeria's cabinet … Nigeria … a Saudi hospital")."""
    counts = Counter(place.name for place, _ in named_countries(span, lexicons))
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] <= _MAIN_SHARE * ranked[1][1]):
        return None
    return lookup_place(ranked[0][0], lexicons)


def named_countries(span: Span, lexicons: Lexicons) -> list[tuple[Place, int]]:
    """Each country ``span`` names by name or people's adjective, with the index of its token."""
    found = []
    for token in span:
        if not token.text[:1].isupper():
            continue
        place = lookup_place(token.text, lexicons, demonym=True) or _country_from(
            span.doc, token.i, span.end, lexicons
        )
        if place is not None and place.subtype == COUNTRY:
            found.append((place, token.i))
    return found


def _country_from(doc: Doc, start: int, limit: int, lexicons: Lexicons) -> Place | None:
    """The country whose name starts at ``start`` (longest first: "South Korea" before "Korea")."""
    for end in range(min(limit, start + _LONGEST_COUNTRY), start, -1):
        place = lookup_place(doc[start:end].text, lexicons)
        if place is not None and place.subtype == COUNTRY:
            return place
    return None
