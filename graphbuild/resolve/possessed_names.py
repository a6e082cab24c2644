"""A name the text only writes as someone's possession is no antecedent of "he" or "she".

"The repeat offender drove his Ferrari Kestra through a village … He was fined": a name written
with a possessive pronoun ("his Ferrari Kestra", "her Volvo") is a thing owned, whatever type NER
gave it; news never writes a person it goes on to call "he" as "his Tom Hale". So a person pronoun
does not take an entity every mention of which before it is so possessed.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.resolve.agreement import PERSON_PRONOUNS
from graphbuild.resolve.entities import LocalEntity

# The parser's tag of a possessive pronoun ("his", "her", "its", "their").
POSSESSIVE_PRONOUN_TAG = "PRP$"
POSSESSIVE = "poss"


def possessed_name(pronoun: Token, entity: LocalEntity) -> bool:
    """Whether ``entity`` is written before a person pronoun only as a possession ("his Ferrari")."""
    if pronoun.lower_ not in PERSON_PRONOUNS:
        return False
    doc = pronoun.doc
    before = [(start, end) for start, end in entity.token_spans if end <= pronoun.i]
    return bool(before) and all(_possessed(doc[start:end].root) for start, end in before)


def _possessed(root: Token) -> bool:
    """Whether a name's head carries a possessive pronoun ("his Ferrari Kestra")."""
    return any(c.dep_ == POSSESSIVE and c.tag_ == POSSESSIVE_PRONOUN_TAG for c in root.children)


__all__ = ["possessed_name"]
