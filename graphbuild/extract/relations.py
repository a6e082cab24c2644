"""The relation phrase of a clause: auxiliaries, negation, pre-verbal adverbs, the verb, its
particle, a controlling verb ("tried to shoot down"), and the *be* of a reduced passive.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.facts import RelationPart
from graphbuild.extract.phrases import MAX_DEPTH
from graphbuild.extract.qualifiers import SUBJ_DEPS
from graphbuild.nlp import children_with, has_child

# Complements that make the object of a triple ("made an offer", "became a justice").
OBJ_DEPS = frozenset({"dobj", "attr", "oprd"})
# Words of the relation besides the verb: auxiliaries, negation, particles.
AUX_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})


def is_passive(verb: Token) -> bool:
    """``was moved``, and reduced passives ("missiles looted from caches")."""
    if has_child(verb, ("auxpass", "nsubjpass")):
        return True
    # a participle with an auxiliary of its own is a perfect, not a passive ("had taken over")
    return (
        verb.dep_ in ("acl", "advcl")
        and verb.tag_ == "VBN"
        and not has_child(verb, ("aux",))
        and not verbless_head(verb)
    )


def verbless_head(participle: Token) -> bool:
    """A participle after the comma that closes the apposition of a noun heading the sentence: the
    sentence has no other verb, so the participle is its finite past verb, active ("The Foundation,
    a charity, provided for X"); right after its noun, or after a bare comma, it is a reduced passive
    ("A report issued in 2005 …", "A printer, installed in a trailer.": a caption)."""
    head = participle.head
    comma = participle.left_edge.i - 1
    return (
        participle.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.pos_ in ("NOUN", "PROPN")
        and participle.doc[comma].text == ","
        and any(t.dep_ == "appos" and t.right_edge.i + 1 == comma for t in head.subtree)
    )


def relation_parts(verb: Token) -> list[RelationPart]:
    """Auxiliaries, negation, pre-verbal adverbs, the verb and its particle, in sentence order,
    after those of up to ``MAX_DEPTH`` controlling verbs.

    Walks up with a loop, not recursion: a sentence may nest control a thousand times.
    """
    pieces = [_own_parts(verb)]  # the relation's words, from the verb up to the controlling ones
    token = verb
    for _ in range(MAX_DEPTH):
        head = token.head
        if token.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and not _has_object(head):
            pieces.append(_own_parts(head))  # "tried to shoot down"
            token = head
        elif token.dep_ == "xcomp" and head.dep_ == "acomp":
            pieces.append([head.i])  # "has been able to improve"
            pieces.append(_own_parts(head.head))
            token = head.head
        else:
            if is_passive(token) and token.dep_ in ("acl", "advcl") and not has_child(token, ("auxpass",)):
                pieces.append([be_form(token)])  # "missiles looted from" -> were looted from
            break
    return [part for piece in reversed(pieces) for part in piece]


def _own_parts(verb: Token) -> list[RelationPart]:
    """The relation words a verb has of its own."""
    parts = children_with(verb, AUX_DEPS)
    subj_end = max((c.right_edge.i for c in children_with(verb, SUBJ_DEPS)), default=-1)
    parts += [
        c for c in children_with(verb, ("advmod",)) if subj_end < c.i < verb.i and c.n_lefts + c.n_rights == 0
    ]
    tokens = sorted({*parts, verb}, key=lambda t: t.i)
    return [t.i for t in tokens]


def _has_object(verb: Token) -> bool:
    return has_child(verb, OBJ_DEPS)


def be_form(token: Token, *, tensed: bool = True) -> str:
    """The form of *be* a rule inserts: number from the noun, tense from the clause if ``tensed``."""
    noun = token.head if token.dep_ in ("acl", "appos", "relcl") else token
    plural = noun.tag_ in ("NNS", "NNPS")
    if tensed and (token.head.tag_ in ("VBD", "VBN") or token.sent.root.tag_ in ("VBD", "VBN")):
        return "were" if plural else "was"
    return "are" if plural else "is"
