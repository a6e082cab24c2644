"""Places listed as examples of places inside another: "towns in northern Norvia, including Beltran
and Port Leon", "cities in the region such as A": each listed place lies in the other.

A noun phrase that locates a class of places (``in``/``near`` a place) and lists some of them
(``including``, ``such as``, ``like``) says of each that it lies there; so does a list hung on the
place itself ("in Norvia, including Beltran": a part of Norvia). Both ends must be places: "groups in
Norvia, including the Front" locates the group, and that is the extractor's fact, not this one's.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graphbuild.lexicons import Lexicons
from graphbuild.model import Triple
from graphbuild.nlp import children_with
from graphbuild.resolve.entities import LocalEntity, sentence_bounds
from graphbuild.resolve.mentions.place_lists import LISTING_PREPOSITIONS
from graphbuild.resolve.nominal import coordinated
from graphbuild.resolve.noun_phrase_triples import noun_phrase_triple, sentence_provenance

PLACE_TYPE = "Region"


def _listed(word: Token) -> list[Token]:
    """The words a list of examples on ``word`` names: "including A and B", "such as A"."""
    preps = children_with(word, ("prep",), LISTING_PREPOSITIONS)
    preps = [p for p in preps if p.lower_ != "as" or p.nbor(-1).lower_ == "such"]
    return [t for p in preps for pobj in children_with(p, ("pobj",)) for t in coordinated(pobj)]


def listed_in(noun: Token, places: frozenset[str]) -> Iterator[tuple[Token, Token, str]]:
    """``(listed, place, label)`` of a noun located by a place preposition and listing examples."""
    for prep in children_with(noun, ("prep",), places):
        for where in children_with(prep, ("pobj",)):
            for listed in [*_listed(noun), *_listed(where)]:
                for place in coordinated(where):
                    yield listed, place, f"be {prep.lower_}"


def listed_place_edges(doc: Doc, owner: dict[int, LocalEntity], lexicons: Lexicons) -> list[Triple]:
    """One "be in" triple per listed place and the place the list is located in, both places."""
    places = lexicons.terms("place_prepositions")
    out: list[Triple] = []
    for index, (first, last) in enumerate(sentence_bounds(doc)):
        sent = doc[first:last]
        for noun in (t for t in sent if t.pos_ == "NOUN" and t.i not in owner):
            for listed, place, label in listed_in(noun, places):
                source, target = owner.get(listed.i), owner.get(place.i)
                if source is None or target is None or source.key == target.key:
                    continue
                if source.type != PLACE_TYPE or target.type != PLACE_TYPE:
                    continue
                provenance = sentence_provenance(sent, index)
                out.append(noun_phrase_triple(source, listed, label, target, place, provenance, lexicons))
    return out


__all__ = ["listed_in", "listed_place_edges"]
