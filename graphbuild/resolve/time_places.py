"""Places the parser hung on a time: "born in 1924 in Kutama", "attacked on Monday in Beltran".

A place phrase after a date or time is attached to the date by the parse, as if the date were in the
place; it says where the act happened. The fact's verb takes the place with its own preposition.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphbuild.model import Mention
from graphbuild.nlp import children_with
from graphbuild.resolve.entities import LocalEntity, expanded_span
from graphbuild.resolve.nominal import coordinated
from graphbuild.resolve.noun_phrase_triples import mention_of

# Entity labels of a time, and the prepositions of a place after one.
TIME_ENTS = frozenset({"DATE", "TIME"})
PLACE_ROLES = frozenset({"in", "near", "at", "outside", "inside"})
PLACE_TYPE = "Region"
# The prepositions of a point in time ("in 1924", "on Monday"), unlike a span ("for three months").
TIME_POINT_ROLES = frozenset({"in", "on", "at"})


def time_places(
    doc: Doc, mention: Mention, owner: dict[int, LocalEntity]
) -> list[tuple[str, LocalEntity, Mention]]:
    """``(preposition, place, mention)`` of each place a time phrase's root holds."""
    span = expanded_span(doc, mention.start, mention.end)
    if span is None or not len(span) or span.root.ent_type_ not in TIME_ENTS:
        return []
    found = []
    for prep in children_with(span.root, ("prep",), PLACE_ROLES):
        for pobj in children_with(prep, ("pobj",)):
            for word in coordinated(pobj):
                entity = owner.get(word.i)
                if entity is not None and entity.type == PLACE_TYPE and span.start <= word.i < span.end:
                    found.append((prep.lower_, entity, mention_of(entity, word)))
    return found


__all__ = ["TIME_POINT_ROLES", "time_places"]
