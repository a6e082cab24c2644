"""Identifiers for places: ISO 3166 codes for countries, GeoNames ids for cities.

Mentions already carry the codes of the place they matched; this pass fills in what a merge or a
gazetteer hit left without, by looking the entity's label and aliases up again, so every country
node has ``iso3166`` and every city the library knows has ``geonames``.
"""

from __future__ import annotations

from collections.abc import Iterable

from graphbuild.lexicons import Lexicons
from graphbuild.model import Entity
from graphbuild.resolve.places import lookup_place

# Keys of Entity.codes this module fills (the RDF stage exports them as identifiers).
CODE_KEYS = ("iso3166", "iso3166_alpha3", "geonames")


def link_places(entities: Iterable[Entity], lexicons: Lexicons) -> None:
    """Add missing place identifiers to Region entities, in place."""
    for entity in entities:
        if entity.type != "Region" or entity.subtype not in ("Country", "City"):
            continue
        if any(k in entity.codes for k in CODE_KEYS):
            continue
        for form in (entity.label, *entity.aliases):
            place = lookup_place(form, lexicons)
            if place is not None and place.subtype == entity.subtype:
                for k, v in place.codes:
                    entity.codes.setdefault(k, v)
                break


__all__ = ["CODE_KEYS", "link_places"]
