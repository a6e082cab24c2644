"""The relation phrase of a clause: auxiliaries, negation, pre-verbal adverbs, the verb, its
particle, a controlling verb ("tried to shoot down"), and the *be* of a reduced passive.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.control import prepositional_controller
from graphbuild.extract.degree_words import adjective_parts
from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.facts import RelationPart
from graphbuild.extract.misattached import dated_participle_noun
from graphbuild.extract.not_denials import not_only
from graphbuild.extract.phrases import MAX_DEPTH
from graphbuild.nlp import children_with, has_child

# Complements that make the object of a triple ("made an offer", "became a justice").
OBJ_DEPS = frozenset({"dobj", "attr", "oprd"})
# Words of the relation besides the verb: auxiliaries, negation, particles.
AUX_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})


def is_passive(verb: Token) -> bool:
    """``was moved``, and reduced passives ("missiles looted from caches")."""
    if has_child(verb, ("auxpass", "nsubjpass")):
        return True
    # a participle with an auxiliary of its own is a perfect, not a passive ("had taken over"); one
    # with a subject of its own is a finite verb the tagger took for one ("after troops invaded")
    return (
        verb.dep_ in ("acl", "advcl")
        and verb.tag_ == "VBN"
        and not has_child(verb, ("aux", "nsubj"))
        and not verbless_head(verb)
    )


# What a verb coordinated after a passive would have of its own if it were a clause of its own: a
# subject, an auxiliary, an object.
OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "auxpass", "dobj", "expl"})


def elided_passive(verb: Token, intransitive: frozenset[str]) -> bool:
    """A past verb coordinated after a passive, with no subject, auxiliary or object of its own, is
    passive too: English leaves the shared "was" out ("was arrested and charged with fraud", "had
    been approached by X and asked to sell"); a verb with no passive (``intransitive``,
    ``lexicons/intransitive_verbs.txt``: "was shot but survived") goes on in the active."""
    return (
        verb.dep_ == "conj"
        and verb.pos_ == "VERB"
        and verb.tag_ in ("VBN", "VBD")
        and verb.lemma_.lower() not in intransitive
        and has_child(verb.head, ("auxpass",))
        and not has_child(verb, OWN_CLAUSE_DEPS)
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


def relation_parts(verb: Token, intransitive: frozenset[str] | None = None) -> list[RelationPart]:
    """Auxiliaries, negation, pre-verbal adverbs, the verb and its particle, in sentence order,
    after those of up to ``MAX_DEPTH`` controlling verbs; with ``intransitive`` given, the *be* a
    passive shares with a verb coordinated after it (``elided_passive``).

    Walks up with a loop, not recursion: a sentence may nest control a thousand times.
    """
    pieces = [_own_parts(verb)]  # the relation's words, from the verb up to the controlling ones
    token = verb
    for _ in range(MAX_DEPTH):
        head = token.head
        if token.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX") and not _controlled_by_object(token):
            pieces.append(_own_parts(head))  # "tried to shoot down"
            token = head
        elif token.dep_ == "xcomp" and head.dep_ == "acomp":
            pieces.append(adjective_parts(head))  # "has been able to improve", "was too ill to attend"
            pieces.append(_own_parts(head.head))
            token = head.head
        else:
            # "missiles looted from" -> were looted from; "was arrested and charged with" -> was charged with
            reduced = (
                is_passive(token) and token.dep_ in ("acl", "advcl") and not has_child(token, ("auxpass",))
            )
            if reduced or (intransitive is not None and elided_passive(token, intransitive)):
                pieces.append([be_form(token)])
            break
    return [part for piece in reversed(pieces) for part in piece]


def _own_parts(verb: Token) -> list[RelationPart]:
    """The relation words a verb has of its own."""
    parts = [c for c in children_with(verb, AUX_DEPS) if not not_only(c)]  # "is not just X" says X
    subj_end = max((c.right_edge.i for c in children_with(verb, SUBJ_DEPS)), default=-1)
    parts += [
        c for c in children_with(verb, ("advmod",)) if subj_end < c.i < verb.i and c.n_lefts + c.n_rights == 0
    ]
    tokens = sorted({*parts, verb}, key=lambda t: t.i)
    return [t.i for t in tokens]


def _controlled_by_object(xcomp: Token) -> bool:
    """An infinitive whose act is its governing verb's object's ("urged voters to stay", "called on
    voters to stay"): its relation is its own, not the governing verb's."""
    return has_child(xcomp.head, OBJ_DEPS) or prepositional_controller(xcomp) is not None


def be_form(token: Token, *, tensed: bool = True) -> str:
    """The form of *be* a rule inserts: number from the noun, tense from the clause if ``tensed``."""
    noun = token.head if token.dep_ in ("acl", "appos", "relcl") else (dated_participle_noun(token) or token)
    plural = noun.tag_ in ("NNS", "NNPS")
    if tensed and (token.head.tag_ in ("VBD", "VBN") or token.sent.root.tag_ in ("VBD", "VBN")):
        return "were" if plural else "was"
    return "are" if plural else "is"
