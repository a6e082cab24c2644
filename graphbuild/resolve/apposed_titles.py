"""A title written before the name set beside it: "the governor, Ana Ruiz,", "the governor of the
Tarvo Province, Ana Ruiz,".

News often gives a person's post first and the name after a comma. The parser hangs the name on the
title's noun, or on the named place or body that ends the title's "of" phrase ("the Tarvo
Province, Ana Ruiz"); a person is no place or body, so the name is the title noun's. A person named
there ("the wife of Tom Hale, Ana Ruiz"), two names ("a couple, Ana Ruiz and Eva Lenz") or two nouns
("the driver and the student, Tom Hale") leave it: either may be meant.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from graphbuild.resolve.entities import LocalEntity

APPOSITION = "appos"
COORDINATED = "conj"
OF = "of"
PREPOSITION_OBJECT = "pobj"
NOUN = "NOUN"
PROPER_NOUN = "PROPN"
PERSON = ("Actor", "Person")


def title_before(name: Span, owner: dict[int, LocalEntity], person: LocalEntity) -> Span | None:
    """The title phrase (up to its noun, without its "of" phrase) that the name ``name`` of
    ``person`` is set beside after it, or None."""
    root = name.root
    if root.dep_ != APPOSITION or root.head.i >= name.start:
        return None
    if _coordinated(root):
        return None  # "a couple, Ana Ruiz and Eva Lenz": the noun is both of them
    noun = _title_noun(root.head, owner, person)
    if noun is None or owner.get(noun.i) not in (None, person) or _coordinated(noun):
        return None  # "the driver and the student who was killed, Tom Hale": either may be him
    return name.doc[noun.left_edge.i : noun.i + 1]


def titled_by(doc: Doc, i: int, entity: LocalEntity, owner: dict[int, LocalEntity]) -> bool:
    """Whether the noun at ``i`` is the title a mention of ``entity`` is set beside ("the
    governor of X, Ana Ruiz"): the entity's own, no other one of its kind."""
    spans = (title_before(doc[start:end], owner, entity) for start, end in entity.token_spans)
    return any(title is not None and title.end - 1 == i for title in spans)


def _coordinated(token: Token) -> bool:
    """Whether a word is joined by "and" or "or" to another of its kind."""
    return token.dep_ == COORDINATED or any(c.dep_ == COORDINATED for c in token.children)


def _title_noun(head: Token, owner: dict[int, LocalEntity], person: LocalEntity) -> Token | None:
    """The common noun a name in apposition to ``head`` is titled by: ``head`` itself, or the noun
    whose "of" phrase ends in the proper noun ``head`` (a place or body, not a person)."""
    named = owner.get(head.i)
    if named is not None and named is not person and (named.type, named.subtype) == PERSON:
        return None  # "the wife of Tom Hale, Ana Ruiz": either may be meant
    if head.dep_ == PREPOSITION_OBJECT:
        if head.pos_ != PROPER_NOUN or head.head.lower_ != OF:
            return None  # "at the school, Ana Ruiz": a place the parser set her beside
        head = head.head.head  # "the governor of the Tarvo Province, Ana Ruiz"
    return head if head.pos_ == NOUN and head.is_lower else None


__all__ = ["title_before", "titled_by"]
