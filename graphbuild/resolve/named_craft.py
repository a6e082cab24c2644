"""A bare "the plane" or "the vessel" repeats the one aircraft or ship the article named before it.

News names a craft once ("Vireo Airlines Flight 212", "the cruise ship Marla Bright", "HMS
Kestrel") and goes on with a bare noun of its class ("The plane landed", "the vessel sank";
``lexicons/craft_nouns.txt``). A craft is known as one by its type (an aircraft or a warship), a
flight number in its name, a ship prefix ("MV", "HMS") or a vessel noun written right before it
("the ferry Marla Bright"); where none is named, one the text gives only by its maker and model
("a six-seater Corvan Falco aircraft crashed … The aircraft hit") is that one craft as well.
Precision first: two named crafts of the class leave the description open (of several aircraft,
the one flight named is the one flown), and so does a craft noun used before for a craft no name
is given ("a replacement aircraft", "the Kestrel Oil tanker"), which the description may mean as
well.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc, Span

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import token_table
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.referents import bare_description, unnamed_before

AIRCRAFT, SHIP = "aircraft", "ship"
# Types the craft recogniser gives a named craft, and the class each is.
CRAFT_TYPES = {("Weapon", "Aircraft"): AIRCRAFT, ("Weapon", "Ship"): SHIP}
# A flight's name: "Flight 812", "Taban Air flight 6437", "Flight ET409".
FLIGHT_NAME = re.compile(r"\bflight\s+[A-Z]{0,3}\d+\b", re.IGNORECASE)
SHIP_PREFIXES = ("ship_prefixes", "civil_ship_prefixes")
# A description that is a copula's or a change's predicate ("became the flagship") points nowhere.
PREDICATE_DEPS = frozenset({"attr", "oprd"})
SINGULAR_TAG = "NN"
# Words of a craft noun's phrase that say which one it is, unless the named craft's own.
WHICH_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod", "det", "appos"})
# Determiners that only point back or bring the craft in ("the plane", "a plane"); "another" says
# which.
PLAIN_DETERMINERS = frozenset({"the", "this", "that", "a", "an"})


def named_craft(span: Span, owner: dict[int, LocalEntity], lexicons: Lexicons) -> LocalEntity | None:
    """The one craft named before a bare "the <craft noun>" of its class, or None."""
    lemma = bare_description(span, lexicons)
    kind = lexicons.synonyms("craft_nouns").get(lemma or "")
    if kind is None or span.root.dep_ in PREDICATE_DEPS:
        return None
    doc = span.doc
    crafts = {
        e.key: e
        for i, e in owner.items()
        if i < span.start and not e.plural and craft_class(doc, e, lexicons) == kind
    }
    flights = [e for e in crafts.values() if FLIGHT_NAME.search(e.name)]
    # a craft given by its model only ("a Royal Navy nuclear submarine") is often the named one
    # described: the name, when there is one, is what the description repeats
    named = [e for e in crafts.values() if not e.generic]
    found = flights if kind == AIRCRAFT and flights else named or list(crafts.values())
    if len(found) != 1:
        return None
    craft = found[0]
    if unnamed_before(span, craft, owner) or _unnamed_craft(span, craft, owner, lexicons, kind):
        return None
    return craft


def craft_class(doc: Doc, entity: LocalEntity, lexicons: Lexicons) -> str | None:
    """``aircraft`` or ``ship`` when the article names ``entity`` as one, else None."""
    if (entity.type, entity.subtype) in CRAFT_TYPES:
        return CRAFT_TYPES[(entity.type, entity.subtype)]
    if FLIGHT_NAME.search(entity.name):
        return AIRCRAFT
    words = entity.name.split()
    if words and words[0] in _ship_prefixes(lexicons):
        return SHIP
    nouns = lexicons.synonyms("craft_nouns")
    table = token_table(doc)
    for start, end in entity.token_spans:
        before = start - 1
        # "the ferry Marla Bright": the noun right before the name, one phrase with it
        if (
            before >= 0
            and table.pos[before] == "NOUN"
            and nouns.get(table.lemma_lower[before]) == SHIP
            and (start <= table.head[before] < end or table.head[doc[start:end].root.i] == before)
        ):
            return SHIP
    return None


@functools.lru_cache(maxsize=8)
def _ship_prefixes(lexicons: Lexicons) -> frozenset[str]:
    """Every form of the ship prefixes ("MV", "HMS"), made once per lexicons object."""
    return frozenset(form for name in SHIP_PREFIXES for line in lexicons.synonym_sets(name) for form in line)


def _unnamed_craft(
    span: Span, craft: LocalEntity, owner: dict[int, LocalEntity], lexicons: Lexicons, kind: str
) -> bool:
    """Whether a singular craft noun of the class was used before the description for a craft that
    is not ``craft``: with words that say which ("a replacement aircraft", "the Kestrel Oil
    tanker"), and not written with the craft's own name ("Flight 212, a Boeing 737 plane,")."""
    nouns = lexicons.synonyms("craft_nouns")
    table = token_table(span.doc)
    for i in range(span.start):
        if table.tag[i] != SINGULAR_TAG or nouns.get(table.lemma_lower[i]) != kind:
            continue
        if owner.get(i) is craft or owner.get(table.head[i]) is craft:
            continue
        kids = table.children[i]
        if any(owner.get(c) is craft for c in kids):
            continue
        says_which = any(table.dep[c] in WHICH_DEPS and table.lower[c] not in PLAIN_DETERMINERS for c in kids)
        if says_which:
            return True
    return False


__all__ = ["craft_class", "named_craft"]
