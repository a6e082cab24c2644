"""A "we" whose clause says what it speaks as: "As the town council we will fund …".

An "as" phrase on the verb of "we", written before it, names the body the speakers act as. When
that is a common noun of another kind than the entity "we" would take (the speaker's party, a place
named before), "we" is that unnamed body, not the entity: "Ana Ruiz, of the Green Party, said 'as
the local council we will build the road'" speaks for the council. A noun of the entity's own
class ("As a party, we …" for the Green Party), or the entity's own name ("As Labour, we …"),
leaves "we" to it; an "as" phrase after "we" is more often the object's ("we view the strike as an
act of war").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.agreement import GROUP_SPEAKER_PRONOUNS, SUBJECT_DEPS
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.name_classes import name_class

# The preposition of a capacity ("as the town council") and the link of its noun.
CAPACITY = "as"
PREPOSITION = "prep"
OBJECT = "pobj"
NOUN = "NOUN"


def other_capacity(
    pronoun: Token, entity: LocalEntity, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> bool:
    """Whether the clause of "we" names an unnamed body of another class than ``entity`` as what
    "we" speak as ("As the town council we …" said by a party's member)."""
    if pronoun.lower_ not in GROUP_SPEAKER_PRONOUNS or pronoun.dep_ not in SUBJECT_DEPS:
        return False
    classes = lexicons.synonyms("class_heads")
    return any(
        owner.get(noun.i) is not entity and not _same_class(pronoun.doc, noun, entity, classes)
        for noun in _capacity_nouns(pronoun.head)
        if noun.i < pronoun.i  # "we view the strike as an act of war": the object's, not a capacity
    )


def _capacity_nouns(verb: Token) -> list[Token]:
    """The common nouns of the "as" phrases on ``verb`` ("as the town council")."""
    return [
        noun
        for prep in verb.children
        if prep.dep_ == PREPOSITION and prep.lower_ == CAPACITY
        for noun in prep.children
        if noun.dep_ == OBJECT and noun.pos_ == NOUN
    ]


def _same_class(doc: Doc, noun: Token, entity: LocalEntity, classes: dict[str, str]) -> bool:
    """Whether the capacity noun is of the entity's own class ("a party" for the Green Party)."""
    said = classes.get(noun.lower_)
    return said is not None and said == name_class(doc, entity, classes)


__all__ = ["other_capacity"]
