"""The degree word of a predicate adjective that governs its infinitive.

"was too tired to finish the speech" says the speech was not finished, and "was old enough to vote"
says the voting was allowed: *too* and *enough* make the adjective's infinitive a consequence of the
degree, so a relation "was tired to finish" without them states the reverse or nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

# Degree adverbs that make an adjective's infinitive their consequence ("too weak to", "strong
# enough to"); "so ... as to" is too rare in news to need a rule.
DEGREE_WORDS = frozenset({"too", "enough"})


def adjective_parts(adjective: Token) -> list[int]:
    """The adjective's token index with those of its degree words, in sentence order."""
    degree = [c.i for c in adjective.children if c.dep_ == "advmod" and c.lower_ in DEGREE_WORDS]
    return sorted([adjective.i, *degree])


__all__ = ["DEGREE_WORDS", "adjective_parts"]
