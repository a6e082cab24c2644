"""Extra subjects the parse gives one verb, set off by a comma or a clause break before the real one:
a fronted appositive ("A self-taught player, for years he was ..."), the first of two clauses a
semicolon joins, and the state or country a town is written with ("A court in Perth, Western
Australia is set to ..."), which stands in for the noun the town's phrase belongs to when the parse
hung that noun elsewhere ("..., and the mayor of Dunmore, Vermont said": the mayor said)."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.antecedents import PLACE_ENTITIES

# Marks that end a clause inside a sentence: what comes before one is no subject of a verb after it.
CLAUSE_BREAKS = frozenset({";", ":"})
# Entity types of the wider place a town is written with: a state, a country, a region.
AREA_ENTS = frozenset({"GPE", "LOC"})
# Word classes of the noun a town's "of/in/from" phrase belongs to ("the mayor of X", "a barn in X").
OWNER_POS = frozenset({"NOUN", "PROPN"})
# Roles that make a noun another word's object: such a noun is nobody's subject ("In a village near
# Kano, Nigeria said": the village is where, not who).
OBJECT_DEPS = frozenset({"pobj", "dobj", "iobj", "dative", "attr", "oprd", "poss", "agent"})


def without_fronted_appositive(found: list[Token]) -> list[Token]:
    """A clause has one subject: a noun phrase set off by a comma before a later subject is a
    fronted appositive that describes it ("A self-taught player, for years he was ..."), not a doer;
    a place after "Town," inside another subject is the town's area, no doer either, and one whose
    town's phrase the parse hung elsewhere stands for the noun that phrase belongs to."""
    found = [area_owner(s, found) or s for s in found]
    kept = [s for s in found if not _fronted_appositive(s, found) and not written_area(s, found)]
    return [s for i, s in enumerate(kept) if s not in kept[:i]]


def area_owner(noun: Token, found: list[Token]) -> Token | None:
    """The noun whose place phrase ``noun`` finishes, when the parse made the area the verb's subject
    and hung that noun elsewhere: "The fire spread, and the chief of Redding, California said" (the
    chief said, not California), "A barn in Marion County, Oregon burned, leaving ..." (the barn). None
    when the phrase sits in another subject (``written_area`` drops the area then) or the noun is an
    object or a setting ("In a village near Kano, Nigeria said": Nigeria said)."""
    doc = noun.doc
    comma = noun.left_edge.i - 1
    if noun.dep_ not in ("nsubj", "nsubjpass") or comma < 1 or doc[comma].text != ",":
        return None
    if noun.ent_type_ not in AREA_ENTS and not (len(list(noun.subtree)) == 1 and noun.pos_ == "PROPN"):
        return None  # a one-word area NER took for a person ("Dunmore, Vermont") still closes a town
    town = doc[comma - 1]
    if town.ent_type_ not in PLACE_ENTITIES or any(
        other is not noun and town in other.subtree for other in found
    ):
        return None
    owner = _phrase_owner(town)
    if owner is town or owner.dep_ in OBJECT_DEPS or noun in owner.subtree:
        return None
    return owner


def _phrase_owner(town: Token) -> Token:
    """The outermost noun a chain of place phrases hangs on: "residents of the suburb of X" -> residents;
    through a participle: "the car found in X" -> car."""
    token = town
    while token.dep_ == "pobj" and token.head.dep_ == "prep":
        head = token.head.head
        if head.dep_ == "acl" and head.pos_ == "VERB":
            head = head.head
        if head.pos_ not in OWNER_POS:
            break
        token = head
    return token


def written_area(noun: Token, found: list[Token]) -> bool:
    """``noun`` is the state or country a town in another subject's phrase is written with: "A court
    in Perth, Western Australia is set to deliver a verdict", "a man from Dayton, Ohio was charged".
    The parse makes the area a second subject, but the court delivers and the man is charged; the
    area only says which Perth. Not a place after a town outside the subjects ("In a village
    near Kano, Nigeria said ..." keeps Nigeria)."""
    doc = noun.doc
    comma = noun.left_edge.i - 1
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.ent_type_ not in AREA_ENTS or comma < 1:
        return False
    town = doc[comma - 1]
    if doc[comma].text != "," or not (town.ent_type_ in PLACE_ENTITIES or town.pos_ == "PROPN"):
        return False
    return any(other is not noun and town in other.subtree for other in found)


def _fronted_appositive(noun: Token, found: list[Token]) -> bool:
    """``noun`` ends in a comma before another subject; not when a name follows the comma at once:
    "the rate in Ciudad Juarez, Mexico has risen" (one place in two parts), "A spokesman for the
    governor, Ali Khan said" (an apposition that lost its closing comma: both are the subject)."""
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if noun.dep_ == "nsubj" and _clause_break_before(noun, found):
        return True
    if noun.dep_ != "nsubj" or comma >= len(doc) or doc[comma].text != ",":
        return False
    later = [o for o in found if o.dep_ in ("nsubj", "nsubjpass") and o.i > comma]
    named = any(
        o.pos_ == "PROPN" and all(t.is_punct for t in doc[comma + 1 : o.left_edge.i]) for o in later
    )  # quotes or brackets may come between: 'X (Arabic: …, "Army of the Sect") is'
    return bool(later) and not named


def _clause_break_before(noun: Token, found: list[Token]) -> bool:
    """A semicolon between ``noun`` and a later subject of the same verb ("X led to calls for aid;
    since then, groups have grown"): the parse joined two clauses, and the noun is the first's."""
    doc = noun.doc
    later = [o for o in found if o.dep_ in ("nsubj", "nsubjpass") and o.i > noun.i]
    return any(
        any(t.text in CLAUSE_BREAKS for t in doc[noun.right_edge.i + 1 : o.left_edge.i]) for o in later
    )
