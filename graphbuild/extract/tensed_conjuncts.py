"""A conjoined verb in a tense of its own: it shares no auxiliary, negation or modal of the verb before it."""

from __future__ import annotations

from spacy.tokens import Token

# The bare form that "do", "to" and the modals take ("did not receive", "could rise").
BARE = "VB"
# Tensed forms, which no auxiliary takes ("notified", "notifies").
TENSED = frozenset({"VBD", "VBZ"})


def own_tense(conj: Token) -> bool:
    """ "did not receive any word and notified the police": an auxiliary takes only the bare form, so
    a past or third-person conjunct of a bare verb stands outside that verb's "did not", "could" or
    "to" (the police were notified). Not "could rise and fall", "did not eat or sleep": both bare."""
    distinct = conj.lower_ != conj.lemma_.lower()  # not "wants to cut X and cut Y": "cut" may be bare
    return conj.dep_ == "conj" and conj.head.tag_ == BARE and conj.tag_ in TENSED and distinct


def first_participle(verb: Token) -> Token:
    """The first of conjoined participles ("had the files copied or deleted": "copied"), whose
    links the others share."""
    while verb.dep_ == "conj" and verb.head.tag_ == "VBN":
        verb = verb.head
    return verb
