"""Words NER took for a person's name that the text shows are part of another name or a form of
address: no "he" or "she" stands for them.

"A former officer of the Marlow Park District … Marlow police said … He was arrested": a one-word
name written only as a modifier of other words, which the text also writes inside a longer proper
name (a compound or possessive before a proper noun: "Kell's Blue Pool"), names a district or a
pool, not a person the text goes on about. "His Honour's compassion … will guide him": a form of
address (``lexicons/honorifics.txt``) stands for whoever holds the rank, whom the text names otherwise.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.entities import LocalEntity

# Dependencies of a word that modifies another's head: "Marlow police", "Kell's Blue Pool".
MODIFIER_DEPS = frozenset({"compound", "poss"})
PROPER_NOUN = "PROPN"
# The possessive ending a possessive modifier may carry ("Kell's").
POSSESSIVE_ENDING = "'s"


def part_of_name(entity: LocalEntity, doc: Doc, lexicons: Lexicons) -> bool:
    """Whether a person-typed entity is a form of address, or a one-word name written only as a
    modifier, which the text also writes inside a longer proper name ("the Marlow Park District")."""
    if entity.type != "Actor" or entity.subtype != "Person":
        return False
    spans = [doc[s:e] for s, e in entity.token_spans if e > s]
    if not spans:
        return False
    if all(_words(span) in lexicons.terms("honorifics") for span in spans):
        return True
    if any(len(_words(span).split()) != 1 for span in spans) or not all(_modifier(s) for s in spans):
        return False
    word = spans[0].root.text
    return any(
        token.text == word and _modifier(doc[token.i : token.i + 1]) and token.head.pos_ == PROPER_NOUN
        for token in doc
    )


def _words(span: Span) -> str:
    """The span's words without a possessive ending, lower-cased."""
    return " ".join(t.lower_ for t in span if t.lower_ != POSSESSIVE_ENDING)


def _modifier(span: Span) -> bool:
    """A name that modifies a word outside it ("Marlow" of "Marlow police")."""
    root = span.root
    return root.dep_ in MODIFIER_DEPS and not span.start <= root.head.i < span.end


__all__ = ["part_of_name"]
