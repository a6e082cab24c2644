"""A clause the parser coordinated though a subordinator opens it: "X was unable to act, until a
role in a film brought him fame" reads "until" as a preposition and "brought" as a second verb of
X's, but with no "and" there is no coordination: the preposition's object is the clause's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_OR_EXPL_DEPS
from graphbuild.nlp import children_with, has_child, tensed

# Words that are prepositions and subordinating conjunctions alike ("until the war", "until
# the war ended"): the parse may take the clause's subject for the preposition's object.
SUBORDINATORS = frozenset({"until", "till", "before", "after", "since"})


def subordinated_subject(verb: Token) -> Token | None:
    """The subject of a subjectless finite conjunct verb that follows, with no coordinator, the
    object of a subordinator hung on the verb it is coordinated with; None otherwise. A bare
    participle ("after three draws, beaten by Y") opens no clause: no tense."""
    if verb.dep_ != "conj" or not tensed(verb) or has_child(verb, SUBJ_OR_EXPL_DEPS):
        return None
    head, doc = verb.head, verb.doc
    if any(t.dep_ == "cc" or t.lower_ in ("and", "or", "but") for t in doc[head.i + 1 : verb.i]):
        return None
    for prep in children_with(head, ("prep",), SUBORDINATORS):
        objects = children_with(prep, ("pobj",))
        if objects and prep.i < verb.i and _ends_right_before(objects[0], verb):
            return objects[0]
    return None


def _ends_right_before(noun: Token, verb: Token) -> bool:
    """Only punctuation (a closing bracket) and adverbs lie between the noun's phrase and the verb."""
    between = noun.doc[noun.right_edge.i + 1 : verb.i]
    return all(t.is_punct or t.pos_ == "ADV" for t in between) and noun.pos_ in ("NOUN", "PROPN")


__all__ = ["SUBORDINATORS", "subordinated_subject"]
