"""Names whose own phrase says what they name, against NER's guess: a name before "provincial"
("the Sulu provincial police") is a province's, and a name given as what someone is called ("a
man who goes by the name of Hassan", "he gave his name as Hassan") is a person's."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from graphbuild.resolve.mentions.mention import EntityMention

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# Adjectives of an area's own government or services: the name before one is the area's.
AREA_ADJECTIVES = frozenset({"provincial", "municipal"})
# Personal possessives before "name": "his name as X" names a person.
PERSONAL_POSSESSIVES = frozenset({"his", "her"})
PERSON = ("Actor", "Person")
AREA = ("Region", "AdminArea")


def cued_names(doc: Doc, found: list[EntityMention], tables: MentionTables) -> list[EntityMention]:
    """``found`` with an area's name NER took for an actor, and a person's name NER took for a
    place, retyped by the phrase around them (see the module)."""
    out = []
    for m in found:
        span = doc[m.start : m.end]
        if m.type == "Actor" and m.subtype in ("Person", "Organization") and area_before_adjective(span):
            m = replace(m, type=AREA[0], subtype=AREA[1])
        elif _place_not_country(m) and given_as_name(span):
            m = replace(m, type=PERSON[0], subtype=PERSON[1], codes=())
        out.append(m)
    return out


def area_before_adjective(span: Span) -> bool:
    """``the Sulu provincial police``: a capitalised name right before "provincial" or
    "municipal" modifying a noun names the province or the municipality."""
    doc = span.doc
    if span.end >= len(doc) or not span.text[:1].isupper() or span.root.dep_ not in ("compound", "nmod"):
        return False
    adjective = doc[span.end]
    return adjective.lower_ in AREA_ADJECTIVES and adjective.head.i == span.root.head.i


def given_as_name(span: Span) -> bool:
    """``by the name of Hassan``, ``gave his name as Hassan``: the object of "of" in "by the name
    of", or of "as" after "his name" or "her name", is what a person is called ("in the name of"
    invokes a cause, not a person)."""
    root = span.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.i >= root.i:
        return False
    if preposition.lower_ == "of":
        noun = preposition.head
        owners = {c.lower_ for c in noun.children if c.dep_ == "det"}
        return noun.lower_ == "name" and "the" in owners and noun.dep_ == "pobj" and noun.head.lower_ == "by"
    if preposition.lower_ != "as":
        return False
    head = preposition.head
    noun = head if head.lower_ == "name" else next((c for c in head.children if c.dep_ == "dobj"), None)
    return (
        noun is not None
        and noun.lower_ == "name"
        and any(c.dep_ == "poss" and c.lower_ in PERSONAL_POSSESSIVES for c in noun.children)
    )


def _place_not_country(m: EntityMention) -> bool:
    """A place's name, not a country's: a town may share a person's name ("Hassan"), a country's
    name given as a person's is a nickname."""
    return m.type == "Region" and m.subtype != "Country" and not m.generic and not m.nested
