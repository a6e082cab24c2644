"""Whose thing a fact's phrase names when a possessive pronoun says it: "his name" -> "Ana Ruiz's name".

A phrase owned by a pronoun ("his name did not appear on the register", "notes addressed to each of
his three children") is no entity, so coreference links it to no node; but without its owner the
fact says nothing a reader can use. The owner is resolved like any pronoun (``coref.antecedent``,
on the same evidence), and the phrase's label names it; its text keeps the article's words. Only a
person's "his" or "her" is resolved, and only to a person who is a subject before it (``clear_owner``):
"its" and "their" stand as often for a thing as for a body ("the price of stamps … their value").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.model import Mention
from graphbuild.resolve.agreement import SUBJECT_DEPS
from graphbuild.resolve.entities import LocalEntity, sentence_bounds, sentence_index
from graphbuild.resolve.salience import is_subject, named_source

# Possessive determiners of a person, resolved to one ("my", "our" are the speaker's; "its" and
# "their" are left: a thing fits them as well as a body).
POSSESSIVE_PRONOUNS = frozenset({"his", "her"})
# The entity type and subtype of a person, the only owner a "his" or "her" is resolved to.
ACTOR, PERSON = "Actor", "Person"
# The parser's label of a possessive modifier.
POSSESSIVE = "poss"
# Words after which a "her" is an object, not an owner ("make her the oldest", "give her a medal").
DETERMINERS = frozenset({"DET"})


def owned_label(span: Span, mention: Mention, owner_of: Callable[[Token], LocalEntity | None]) -> str | None:
    """The mention's text with each possessive pronoun it holds replaced by its owner's name
    ("his three children" -> "Tom Hale's three children"), or None when none resolves."""
    text = mention.text
    changed = False
    for token in reversed(possessive_pronouns(span)):
        entity = owner_of(token)
        offset = token.idx - mention.start
        if entity is None or offset < 0 or text[offset : offset + len(token)] != token.text:
            continue
        text = f"{text[:offset]}{possessive(entity.name)}{text[offset + len(token) :]}"
        changed = True
    return text if changed else None


def possessive_pronouns(span: Span) -> list[Token]:
    """The span's possessive determiners that own a noun of the phrase: "her" before a determiner
    ("made her the oldest") is an object the parser took for an owner."""
    doc = span.doc
    return [
        t
        for t in span
        if t.lower_ in POSSESSIVE_PRONOUNS
        and t.dep_ == POSSESSIVE
        and t.head.i > t.i
        and (t.i + 1 >= len(doc) or doc[t.i + 1].pos_ not in DETERMINERS)
    ]


def clear_owner(pronoun: Token, entity: LocalEntity, window: int, lexicons: Lexicons) -> bool:
    """Whether a possessive pronoun's antecedent is clear enough to name in the phrase: a person
    who is a subject (or named source) in the pronoun's sentence or the ``window`` sentences before
    it, as the topic a later "his" continues ("Ana Ruiz could not vote because her name …"); a name
    deep in a phrase or inside quotation marks is no such topic. The owner of a death is not who
    speaks or acts in its clause: "X said his death was a loss" is someone else's death."""
    if entity.type != ACTOR or entity.subtype != PERSON:
        return False
    doc = pronoun.doc
    bounds = sentence_bounds(doc)
    first = bounds[max(0, sentence_index(doc, pronoun.i) - window)][0]
    if not any(
        is_subject(doc[i]) or named_source(doc[i])
        for start, end in entity.token_spans
        for i in range(max(start, first), min(end, pronoun.i))
    ):
        return False
    if pronoun.head.lemma_.lower() not in lexicons.terms("death_nouns"):
        return True
    alive = [c for verb in pronoun.ancestors for c in verb.children if c.dep_ in SUBJECT_DEPS]
    return not any(start <= t.i < end for c in alive for t in c.subtree for start, end in entity.token_spans)


def possessive(name: str) -> str:
    """ "Ana Ruiz" -> "Ana Ruiz's"."""
    return f"{name}'s"


__all__ = ["POSSESSIVE_PRONOUNS", "clear_owner", "owned_label", "possessive", "possessive_pronouns"]
