"""A country named as the one who acts is its government; a later "the country" is still the country.

"Lebanon respects the border, the country still contests part of it": the resolver types a country
named as the subject of an act as its government ("government of Lebanon", ``nodes``), so a country
description ("the country", ``location_nouns``) finds no country named there. Those mentions, written
with the country's own name, are mentions of the country for such a description: the description
looks back to the place, as "the country's" army or border would.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.entities import LocalEntity, normalise
from graphbuild.resolve.places import lookup_place

# The type and subtype of a country, and of the government the resolver makes of it when it acts.
COUNTRY = ("Region", "Country")
GOVERNMENT = ("Actor", "Government")
# How a government's name says whose it is ("government of Lebanon").
GOVERNMENT_OF = "government of "


def with_acting_countries(
    doc: Doc, seen: list[LocalEntity], lexicons: Lexicons
) -> tuple[list[LocalEntity], dict[int, LocalEntity]]:
    """``seen`` with each country also holding its government's mentions written with the country's
    name ("Lebanon respects …"; a country so named and not yet an entity becomes one), and by the
    ``id`` of each such stand-in the country's own entity, which a description joins."""
    countries = {e.name: e for e in seen if (e.type, e.subtype) == COUNTRY and not e.generic}
    acting: dict[str, list[tuple[int, int]]] = {}
    for entity in seen:
        if (entity.type, entity.subtype) != GOVERNMENT or entity.generic:
            continue
        if not entity.name.lower().startswith(GOVERNMENT_OF):
            continue
        for start, end in entity.token_spans:
            place = lookup_place(doc[start:end].text, lexicons)
            if place is not None and place.subtype == COUNTRY[1]:
                acting.setdefault(place.name, []).append((start, end))
    if not acting:
        return seen, {}
    out = [e for e in seen if e.name not in acting or e is not countries.get(e.name)]
    own: dict[int, LocalEntity] = {}
    for name, spans in acting.items():
        country = countries.get(name) or _new_country(name, lexicons)
        if country is not None:
            out.append(replace(country, token_spans=[*country.token_spans, *spans]))
            own[id(out[-1])] = country
    return out, own


def _new_country(name: str, lexicons: Lexicons) -> LocalEntity | None:
    """The entity of a country named so far only as the one acting."""
    place = lookup_place(name, lexicons)
    if place is None:
        return None
    key = f"{COUNTRY[0]}:{normalise(place.name)}"
    return LocalEntity(key, place.name, *COUNTRY, codes=dict(place.codes), source="place")


__all__ = ["with_acting_countries"]
