"""Names listed as places: a list names things of one kind, so a name NER took for a person or a
body in a list of towns and regions ("in Kelso, Morvan Tor and Dunmere"), or listed as an example
of a class of places ("states including Kerala and Vardhan Pradesh"), is a place too.

Runs on the mentions already typed, after every other source: the list's other members must be
places by their own evidence (GeoNames, NER, a place's context). Countries do not count: a list of
countries often holds a body ("the US, Russia and NATO").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from graphbuild.nlp import conjunct_indices, token_table
from graphbuild.resolve.mentions.mention import EntityMention
from graphbuild.resolve.mentions.tables import MentionTables

# Prepositions that list examples of what precedes them ("states including A", "such as A").
LISTING_PREPOSITIONS = frozenset({"including", "like", "as"})
# Subtypes of the places that make a list one of places: towns and areas, no countries.
LISTED_PLACE_SUBTYPES = frozenset({"City", "AdminArea"})
# NER subtypes of an Actor that a list of places shows to be a wrong guess.
GUESSED_SUBTYPES = frozenset({"Person", "Organization", "Group"})
# Fewest other members of a list that must be places, and the share of places among its members.
_FEWEST_PLACES = 2
_PLACE_SHARE = 0.5


def listed_places(doc: Doc, found: list[EntityMention], tables: MentionTables) -> list[EntityMention]:
    """``found`` with each NER-typed actor listed among places, or under a place's class noun,
    retyped the place that list says it is."""
    at = {i: m for m in found if not m.nested for i in range(m.start, m.end)}
    out: list[EntityMention] = []
    for m in found:
        subtype = guessed_actor(m) and (class_listed(doc, m, tables) or among_places(doc, m, at))
        out.append(replace(m, type="Region", subtype=subtype) if subtype else m)
    return out


def guessed_actor(m: EntityMention) -> bool:
    """An actor typed by NER's label alone, one a list may correct."""
    return m.source == "ner" and m.type == "Actor" and m.subtype in GUESSED_SUBTYPES and not m.nested


def among_places(doc: Doc, m: EntityMention, at: dict[int, EntityMention]) -> str | None:
    """``In Kelso, Morvan Tor and Dunmere``: the subtype most of the name's fellow conjuncts are,
    when at least two are towns or areas and they are at least half the list; else None."""
    root = doc[m.start : m.end].root
    others = {id(n): n for i in conjunct_indices(token_table(doc), root.i) if (n := at.get(i)) is not m}
    members = [n for n in others.values() if n is not None]
    places = [n.subtype for n in members if n.type == "Region" and n.subtype in LISTED_PLACE_SUBTYPES]
    if len(places) < _FEWEST_PLACES or len(places) < _PLACE_SHARE * (len(others) + 1):
        return None
    return max(sorted(set(places)), key=places.count)


def class_listed(doc: Doc, m: EntityMention, tables: MentionTables) -> str | None:
    """``states including Kerala``, ``towns such as Dunmere and Kelso``: the subtype of the class
    noun of towns or areas the name is listed under as an example; else None."""
    first = first_conjunct(doc[m.start : m.end].root)
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ not in LISTING_PREPOSITIONS or prep.dep_ != "prep":
        return None
    if prep.lower_ == "as" and (prep.i == 0 or doc[prep.i - 1].lower_ != "such"):
        return None
    noun = prep.head
    if noun.pos_ != "NOUN" or noun.tag_ not in _PLURAL_TAGS:
        return None
    if noun.lower_ in tables.lexicons.terms("area_class_nouns"):
        return "AdminArea"
    subtype = tables.noun_table("Region").get(noun.lower_, ("", ""))[1]
    return subtype if subtype in LISTED_PLACE_SUBTYPES else None


# Penn tags of a plural common noun: a class of places is named in the plural ("cities including").
_PLURAL_TAGS = frozenset({"NNS"})


def first_conjunct(token: Token) -> Token:
    """The first word of the coordination ``token`` is in, which holds the role of all its words
    ("towns such as Dunmere and Kelso", "Easton and Moe will host")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


__all__ = [
    "LISTED_PLACE_SUBTYPES",
    "LISTING_PREPOSITIONS",
    "first_conjunct",
    "guessed_actor",
    "listed_places",
]
