"""Clauses that complete an object: what the object is to do ("made them sign", "asked the agency
to determine") or what a predicate noun or adjective is for ("became the first country to ban X",
"would be enough for the country to become self-sustaining"). Without them the object is cut.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.qualifiers import is_infinitive
from graphbuild.nlp import children_with, has_child

# Predicate complements of a copula or a verb like "become", "seem", "be pronounced".
PREDICATE_DEPS = frozenset({"attr", "acomp", "oprd"})


def bare_complements(verb: Token, obj: Token) -> list[Token]:
    """ "ordered the accused remain in custody", "made them sign": a subjectless bare verb right
    after the object is what the object is to do; the object is its subject, not a thing ordered."""
    if obj.dep_ != "dobj":
        return []
    end = obj.right_edge.i + 1
    return [
        c
        for c in children_with(verb, ("ccomp",))
        if c.left_edge.i == end
        and c.tag_ in ("VB", "VBP")
        and not has_child(c, ("nsubj", "nsubjpass", "mark"))
    ]


def predicate_infinitives(verb: Token, obj: Token) -> list[Token]:
    """ "the first country to ban X", "enough for the region to feed itself", "the only team to win":
    an infinitive right after a predicate noun or adjective says which one or for what, even when
    the parse hangs it on the verb; "became | the first country" or "would be | enough" alone is cut."""
    if obj.dep_ not in PREDICATE_DEPS:
        return []
    end = obj.right_edge.i + 1
    return [c for c in children_with(verb, ("xcomp", "advcl")) if c.left_edge.i == end and is_infinitive(c)]


def completing_clauses(verb: Token, obj: Token) -> list[Token]:
    """The clauses, in order, that belong inside the object's span (see the module docstring)."""
    if obj.dep_ in PREDICATE_DEPS:
        return predicate_infinitives(verb, obj)
    if obj.dep_ not in ("dobj", "conj"):
        return []
    controlled = [c for c in children_with(verb, ("xcomp", "advcl")) if c.i > obj.i and is_infinitive(c)]
    return controlled + bare_complements(verb, obj)
