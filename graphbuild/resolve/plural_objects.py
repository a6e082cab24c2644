"""A body named in the singular as the object "them": "Qantas announced the aircraft were safe and
began returning them to service", "the FBI said Roske phoned a call centre and informed them".

British usage makes a body "they" as the subject of what it says or does ("Qantas said they
would…"), which ``resolve.coref`` reads as its speaker; as an object, "them" far more often means
things or people the clause has just spoken of, named or not. On all the studied sets one such
"them" was right and six were wrong. A body keeps it in words it reports itself ("Pemex has
explained that the theft of oil causes them to lose millions", the one right), and as its
sentence's named source ("According to the Valdora Times, an adviser told them of the plan").
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.resolve.agreement import SUBJECT_DEPS
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.salience import named_source

OBJECT_PLURAL = "them"
ACTOR = "Actor"
# The clause a verb of saying reports ("explained that …").
REPORTED_CLAUSE = "ccomp"


def singular_body_as_them(pronoun: Token, entity: LocalEntity, owner: dict[int, LocalEntity]) -> bool:
    """Whether ``entity`` is a body named in the singular that the object ``them`` would take,
    though the pronoun is not in words the body reports, nor the body the named source ("according
    to …") of the pronoun's sentence."""
    if pronoun.lower_ != OBJECT_PLURAL or entity.plural or entity.type != ACTOR:
        return False
    if _reported_by(pronoun, entity, owner):
        return False
    return not any(named_source(t) and t.i in owner and owner[t.i].key == entity.key for t in pronoun.sent)


def _reported_by(pronoun: Token, entity: LocalEntity, owner: dict[int, LocalEntity]) -> bool:
    """Whether the nearest verb above ``pronoun`` with ``entity`` as its subject holds the pronoun
    in the clause it reports ("Pemex has explained that … causes them …"), not as its own object
    ("the KGB arrested 33 men, claiming them to be mercenaries")."""
    child = pronoun
    for verb in pronoun.ancestors:
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if any(c.i in owner and owner[c.i].key == entity.key for c in subjects):
            return child.dep_ == REPORTED_CLAUSE
        child = verb
    return False


__all__ = ["singular_body_as_them"]
