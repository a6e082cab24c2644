"""Which aliases of an entity are forms of its name: not a piece cut after its owner, nor a part of
a place ("the capital of South Sudan" is Juba, not South Sudan)."""

from __future__ import annotations

import functools

from graphbuild.lexicons import Lexicons, compass_points
from graphbuild.resolve.entities import LocalEntity, normalise


def drop_broken_aliases(entity: LocalEntity, lexicons: Lexicons) -> None:
    """An alias cut after its owner ("'s forces" from "the general's forces") is no form of the
    entity, nor is a part of a place ("the capital of South Sudan", "the border region of China")."""
    for alias in [a for a in entity.aliases if a[:1] in ("'", "\u2019") or _part_of(a, entity, lexicons)]:
        del entity.aliases[alias]


# Head nouns naming a part of a place: "the outskirts of X", "the capital of X" (of a country).
PART_NOUNS = frozenset(
    {
        "suburb",
        "suburbs",
        "outskirts",
        "corner",
        "border",
        "centre",
        "center",
        "heart",
        "edge",
        "part",
        "parts",
        "coast",
        "coastline",
        "hinterland",
        "countryside",
        "mainland",
        "airspace",
        "capital",
    }
)
# Words besides a compass word that make "region" or "area" a part: "the border region of China".
PART_ADJECTIVES = frozenset({"border", "coastal"})
# Common nouns such a qualifier makes a part.
AREA_NOUNS = frozenset({"region", "regions", "area", "areas"})


def _part_of(alias: str, entity: LocalEntity, lexicons: Lexicons) -> bool:
    """ "the border region of China" of China: words naming a part, "of", the place's name."""
    head, sep, rest = alias.partition(" of ")
    if entity.type != "Region" or not sep or normalise(rest) != normalise(entity.name):
        return False
    words = head.lower().split()
    if not words or any(w[:1].isupper() and w.lower() != "the" for w in head.split()):
        return False  # "the Paris suburb of La Courneuve": a suburb of Paris named La Courneuve
    last = words[-1]
    if last == "capital" or (last == "city" and "capital" in words):
        return entity.subtype != "City"  # "the capital city of Manama" is Manama
    return last in PART_NOUNS or (last in AREA_NOUNS and not part_qualifiers(lexicons).isdisjoint(words))


@functools.lru_cache(maxsize=8)
def part_qualifiers(lexicons: Lexicons) -> frozenset[str]:
    """Words that make "region" or "area" a part: a compass word (``compass_words``, and its points
    with a hyphen: "the north-east region of Seoul", "the northern area of X") or ``PART_ADJECTIVES``.
    "The region of Ramsbury", "the southern city of Basra" are the place itself. Made once per
    lexicons object."""
    return lexicons.terms("compass_words") | compass_points(lexicons) | PART_ADJECTIVES


__all__ = ["drop_broken_aliases", "part_qualifiers"]
