"""Which aliases of an entity are forms of its name: not a piece cut after its owner, nor a part of
a place ("the capital of South Sudan" is Juba, not South Sudan)."""

from __future__ import annotations

from graphbuild.resolve.entities import LocalEntity, normalise


def drop_broken_aliases(entity: LocalEntity) -> None:
    """An alias cut after its owner ("'s forces" from "the general's forces") is no form of the
    entity, nor is a part of a place ("the capital of South Sudan", "the border region of China")."""
    for alias in [a for a in entity.aliases if a[:1] in ("'", "\u2019") or _part_of(a, entity)]:
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
# Words that make "region" or "area" a part: "the north-east region of Seoul", "the border region of China"
# ("the region of Ramsbury", "the southern city of Basra" are the place itself).
PART_QUALIFIERS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "north-east",
        "north-west",
        "south-east",
        "south-west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "border",
        "coastal",
    }
)
# Common nouns such a qualifier makes a part.
AREA_NOUNS = frozenset({"region", "regions", "area", "areas"})


def _part_of(alias: str, entity: LocalEntity) -> bool:
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
    return last in PART_NOUNS or (last in AREA_NOUNS and any(w in PART_QUALIFIERS for w in words))


__all__ = ["drop_broken_aliases"]
