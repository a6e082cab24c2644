"""The relation phrase of a clause: auxiliaries, negation, pre-verbal adverbs, the verb, its
particle, a controlling verb ("tried to shoot down"), and the *be* of a reduced passive.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.facts import RelationPart
from graphbuild.extract.qualifiers import SUBJ_DEPS

# Complements that make the object of a triple ("made an offer", "became a justice").
OBJ_DEPS = frozenset({"dobj", "attr", "oprd"})
# Words of the relation besides the verb: auxiliaries, negation, particles.
AUX_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})


def is_passive(verb: Token) -> bool:
    """``was moved``, and reduced passives ("missiles looted from caches")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    # a participle with an auxiliary of its own is a perfect, not a passive ("had taken over")
    return (
        verb.dep_ in ("acl", "advcl")
        and verb.tag_ == "VBN"
        and not any(c.dep_ == "aux" for c in verb.children)
    )


def relation_parts(verb: Token) -> list[RelationPart]:
    """Auxiliaries, negation, pre-verbal adverbs, the verb and its particle, in sentence order."""
    parts = [c for c in verb.children if c.dep_ in AUX_DEPS]
    subj_end = max((c.right_edge.i for c in verb.children if c.dep_ in SUBJ_DEPS), default=-1)
    parts += [
        c
        for c in verb.children
        if c.dep_ == "advmod" and subj_end < c.i < verb.i and c.n_lefts + c.n_rights == 0
    ]
    tokens = sorted({*parts, verb}, key=lambda t: t.i)
    out: list[RelationPart] = [t.i for t in tokens]
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and not _has_object(verb.head):
        out = [*relation_parts(verb.head), *out]  # "tried to shoot down"
    elif verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
        out = [*relation_parts(verb.head.head), verb.head.i, *out]  # "has been able to improve"
    elif (
        is_passive(verb)
        and verb.dep_ in ("acl", "advcl")
        and not any(c.dep_ == "auxpass" for c in verb.children)
    ):
        out = [be_form(verb), *out]  # "missiles looted from" -> were looted from
    return out


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in OBJ_DEPS for c in verb.children)


def be_form(token: Token, *, tensed: bool = True) -> str:
    """The form of *be* a rule inserts: number from the noun, tense from the clause if ``tensed``."""
    noun = token.head if token.dep_ in ("acl", "appos", "relcl") else token
    plural = noun.tag_ in ("NNS", "NNPS")
    if tensed and (token.head.tag_ in ("VBD", "VBN") or token.sent.root.tag_ in ("VBD", "VBN")):
        return "were" if plural else "was"
    return "are" if plural else "is"
