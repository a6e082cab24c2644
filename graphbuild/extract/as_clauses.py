"""Clauses of comment opened by "as" with no subject ("…, as was reported in the press"): their gap
stands for the whole statement before them, not for anyone in it."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.nlp import children_with, has_child

# The subordinator of a clause of comment ("as was reported", "as is known", "as expected").
COMMENT_MARKS = frozenset({"as"})
# Words that may stand between "as" and its verb in a clause with a gap ("as has since been reported").
GAP_CLAUSE_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def comment_clause(verb: Token) -> bool:
    """A passive clause opened by "as" with no subject of its own ("she had not been fired, as was
    reported in the press"): what was reported is the whole statement before it, not its subject,
    so the main subject is lent to no fact of it."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or has_child(verb, SUBJ_DEPS):
        return False
    marks = [m for m in children_with(verb, ("mark",)) if m.lower_ in COMMENT_MARKS and m.i < verb.i]
    if not marks or any(marks[0].children) or not has_child(verb, ("auxpass",)):
        return False  # "and as such was honored": "as such" is a phrase of the clause, no gap
    between = verb.doc[marks[0].i + 1 : verb.i]
    return all(t.head == verb and t.dep_ in GAP_CLAUSE_DEPS for t in between)
