"""The phrase that names a source: the object of "according to X" (also when "to" is left out, a
common slip: "according the witnesses"), and the name apposed to a source that is no name."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.phrases import TokenSpan, entity_bounds, noun_span
from graphbuild.nlp import children_with


def according_to(verb: Token) -> TokenSpan | None:
    """The source of "..., according to X" (or "according to X, ...") on the verb; "according the
    witnesses" with "to" dropped names them too (the parser makes them the object of "according")."""
    for child in children_with(verb, ("prep",), ("according",)):
        for to in child.children:
            objs = children_with(to, ("pobj",))
            if to.lower_ == "to" and objs:
                return named_source(objs[0])
        direct = children_with(child, ("pobj", "dobj"))
        if direct and direct[0].left_edge.i == child.i + 1:  # the phrase right after it
            return named_source(direct[0])
    return None


def named_source(source: Token) -> TokenSpan:
    """The source's phrase, or the name apposed to it when it is not one: "another volunteer, Jane
    Roe, of Relief Corps wrote …", "one of them, David Mendes, said …", "their leader Nick Clegg
    said …" (the name's own entity, without what follows it). Only a name right after the source's
    own words: one the parser hangs on it from across a clause is not its name."""
    if source.pos_ != "PROPN":
        for name in children_with(source, ("appos",)):
            between = source.doc[source.i + 1 : name.left_edge.i]
            if name.pos_ == "PROPN" and all(t.text == "," or source.is_ancestor(t) for t in between):
                left, right = entity_bounds(name) or (name.i, name.i + 1)
                return min(left, noun_span(name)[0]), max(right, name.i + 1)
    return noun_span(source)


__all__ = ["according_to", "named_source"]
