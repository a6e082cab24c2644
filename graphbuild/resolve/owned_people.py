"""Possessives of a person's name that own no one: "India's Warren Buffett", "Obama's Lyndon
Johnson moment".

A possessive before a person's name often ties the person to the body or place she plays, reports
or rules for ("The Post's Ana Ruiz", "Spain's Queen Sofia": an edge worth keeping). It states no
tie when the name is a figure of speech or a word of a longer noun: a person's name owned by
another person ("Obama's Lyndon Johnson") is a comparison, not a possession; a name said of
someone ("tagged as India's Warren Buffett", "she is Kenya's Serena Williams") is a nickname for
her; a name before a common noun ("Obama's Lyndon Johnson moment") makes a kind of that noun, and
only the noun is the owner's. Kin and posts ("Obama's wife Michelle") carry their own common noun
and are left to the possessive and kinship rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.resolve.entities import LocalEntity

PERSON = "Person"
# Dependencies of a name said of its clause's subject: "is X's NAME" (attr), "made him X's NAME" (oprd).
PREDICATE_DEPS = frozenset({"attr", "oprd"})
# Prepositions whose object a verb says its object or subject is: "known as", "tagged as", "dubbed as".
NAMING_PREPOSITIONS = frozenset({"as"})
# Dependencies of a name that modifies the noun after it: "the Lyndon Johnson moment".
MODIFIER_DEPS = frozenset({"compound", "nmod"})


def unowned_person(name: Token, possessor: Token, owner: dict[int, LocalEntity]) -> bool:
    """Whether ``possessor``'s "'s" before a person's ``name`` states no "possessor | have | name":
    the possessor is a person, the name is said of someone, or the name modifies a common noun."""
    entity = owner.get(name.i)
    if entity is None or entity.subtype != PERSON:
        return False
    held_by = owner.get(possessor.i)
    if held_by is not None and held_by.subtype == PERSON:
        return True  # "Obama's Lyndon Johnson": a person owns no person by name
    return _said_of(name) or (name.dep_ in MODIFIER_DEPS and name.head.pos_ == "NOUN")


def _said_of(name: Token) -> bool:
    """A name that describes someone as being like its bearer: "is Kenya's Serena Williams", "known
    as India's Warren Buffett"."""
    if name.dep_ in PREDICATE_DEPS:
        return True
    return name.dep_ == "pobj" and name.head.lower_ in NAMING_PREPOSITIONS
