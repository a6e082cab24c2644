"""Appositions that sum up a clause, not the noun before them.

"The port was closed by the army, a move that angered traders": an indefinite noun that sums up
an act or a piece of news (``lexicons/summary_nouns.txt``), set off after a clause, renames what
the clause tells, so "the army is a move" is no fact. As the subject's apposition it still
renames the subject ("The closure, a move that angered traders, ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.lexicons import Lexicons

# Determiners of a noun that introduces the summary as something new: "a move", "an indication".
INDEFINITE = frozenset({"a", "an"})


def sums_up_clause(head: Token, appos: Token, lexicons: Lexicons) -> bool:
    """Whether ``appos`` is an indefinite summary noun set off by a comma after ``head``, a noun
    that ends its clause rather than being its subject."""
    doc = appos.doc
    start = appos.left_edge.i
    return (
        appos.i > head.i
        and head.dep_ not in SUBJ_DEPS
        and appos.lemma_.lower() in lexicons.terms("summary_nouns")
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in appos.children)
        and start > 0
        and doc[start - 1].text == ","
    )


__all__ = ["sums_up_clause"]
