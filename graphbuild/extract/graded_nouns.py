"""Mending a noun graded by a scale word and a number that the parser split into two phrases.

"A magnitude 7.7 earthquake struck": the small English model takes "A magnitude" and "7.7
earthquake" for two subjects of "struck", so "a magnitude" struck. A verb has one subject (or one
object): a common noun with an article, right before a number that counts the next noun, which holds
the same place on the same word, is that noun's grade ("a category 4 hurricane", "a level 3
alert"), one phrase headed by the last noun.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.nlp import forget_token_table, token_table

# The places a noun phrase holds on its verb or preposition that the split gives twice.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})


def mend_graded_nouns(doc: Doc) -> int:
    """Make "a <scale word> <number> <noun>" one phrase headed by the noun where the parser made
    the scale word and the noun two arguments of one word. Returns how many were mended."""
    mended = 0
    tags = token_table(doc).tag  # a mend changes heads and labels, never a tag
    for i in range(1, len(doc) - 2):
        if tags[i + 1] != "CD" or tags[i] not in ("NN", "NNS"):  # most words: no Token made
            continue
        scale, number, noun = doc[i], doc[i + 1], doc[i + 2]
        if _split_grade(scale, number, noun):
            _make_grade(scale, noun)
            mended += 1
    if mended:
        forget_token_table(doc)  # read before the mend, now stale
    return mended


def _split_grade(scale: Token, number: Token, noun: Token) -> bool:
    """``scale`` and ``noun`` both hold one argument place on one head, the number counts ``noun``,
    and only an article (or nothing) opens the scale word's phrase."""
    return (
        noun.pos_ == "NOUN"
        and scale.is_lower
        and number.head.i == noun.i
        and scale.head.i == noun.head.i != scale.i
        and scale.dep_ == noun.dep_
        and scale.dep_ in ARGUMENT_DEPS
        and all(c.dep_ == "det" and c.i < scale.i for c in scale.children)
    )


def _make_grade(scale: Token, noun: Token) -> None:
    """The scale word becomes a compound of the noun; its article opens the noun's phrase."""
    for child in list(scale.children):
        child.head = noun
    scale.head, scale.dep_ = noun, "compound"


__all__ = ["mend_graded_nouns"]
