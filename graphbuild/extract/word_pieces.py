"""A hyphened verb's first piece taken for an argument of its own.

The tokenizer splits "fore-casted" into "fore", "-", "casted", and the parse may hang "fore" on the
verb as a modifier, which a rule then makes an argument: "He casted a pace | : fore-casted". A piece
of a written word is no phrase of the sentence: an argument lying inside the written word of a
relation word is dropped, so the relation takes the whole word ("fore-casted").
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphbuild.extract.facts import Fact
from graphbuild.model import evolve
from graphbuild.nlp import whole_words


def without_word_pieces(fact: Fact, doc: Doc) -> Fact:
    """The fact without the arguments that are pieces of the written word of a relation word."""
    words = [whole_words(doc, p, p + 1) for p in fact.relation if isinstance(p, int)]
    kept = tuple(a for a in fact.arguments if not any(_inside(a.span, word) for word in words))
    return fact if len(kept) == len(fact.arguments) else evolve(fact, arguments=kept)


def _inside(span: tuple[int, int], word: tuple[int, int]) -> bool:
    return word[1] - word[0] > 1 and word[0] <= span[0] and span[1] <= word[1]


__all__ = ["without_word_pieces"]
