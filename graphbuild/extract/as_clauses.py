"""Clauses of comment opened by "as" with no subject ("…, as was reported in the press"): their gap
stands for the whole statement before them, not for anyone in it."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.nlp import children_with, has_child

# The subordinator of a clause of comment ("as was reported", "as is known", "as expected").
COMMENT_MARKS = frozenset({"as"})


def comment_clause(verb: Token) -> bool:
    """A passive clause opened by "as" with no subject of its own ("she had not been fired, as was
    reported in the press"): what was reported is the whole statement before it, not its subject,
    so the main subject is lent to no fact of it."""
    if verb.tag_ != "VBN" or has_child(verb, SUBJ_DEPS):
        return False
    marks = [m for m in children_with(verb, ("mark",)) if m.lower_ in COMMENT_MARKS and m.i < verb.i]
    return bool(marks) and has_child(verb, ("auxpass",))
