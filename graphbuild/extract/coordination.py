"""Coordinations whose names share the noun after the last one: "the Iraq and Libya wars".

The parser often makes the first name the head of such a phrase and the noun a conjunct of it, so
the phrase would split into "the Iraq" and "Libya wars", or stand for Iraq; the names are
modifiers of the noun, and the phrase means the wars.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.nlp import has_child

# Modifiers that name what a shared noun is of: "Libya wars", "Korean wars".
SHARED_HEAD_MODIFIERS = frozenset({"compound", "amod"})
# Dependencies that give the shared noun a phrase of its own: "France and the Balkan states".
OWN_PHRASE_DEPS = ("det", "poss", "nummod")


def shared_head(first: Token) -> bool:
    """Whether ``first``, a name, and its conjuncts all modify the plural noun that ends them ("the
    Falklands, Balkans and Iraq wars", "Acme and Zenith employees"): the last conjunct is a bare
    plural common noun with only names before it."""
    if first.pos_ != "PROPN":
        return False
    tails = [c for c in first.conjuncts if c.i > first.i]
    if not tails:
        return False
    tail = max(tails, key=lambda t: t.i)
    if tail.pos_ != "NOUN" or tail.tag_ != "NNS" or has_child(tail, OWN_PHRASE_DEPS):
        return False
    before = [c for c in tail.lefts if c.dep_ not in ("punct", "cc")]
    return bool(before) and all(_name_modifier(c) for c in before)


def _name_modifier(token: Token) -> bool:
    """A name before the noun ("Zenith employees", "Korean wars"); "other Coalition forces" is a
    second group, not the first name's ("the RAF and other Coalition forces")."""
    return token.dep_ in SHARED_HEAD_MODIFIERS and (token.pos_ == "PROPN" or bool(token.ent_type_))
