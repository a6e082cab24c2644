"""Mending a condition the parser hangs on a verb as its content: "NATO considers the support of
regional powers essential if a no-fly zone is to be established".

The small English model reads the "if" clause after a verb's content ("the support ... essential")
as a second content clause of the verb, so the fact "NATO considers the support essential" is made
without its condition, and "NATO considers if a no-fly zone is to be established" is made as a fact
of its own. A verb takes one content clause; an "if" or "unless" clause after another is a condition
of the first: it is kept as the fact's ``condition`` argument (``adjuncts.conditions_of``), never
dropped. An "if" clause that is the verb's only content is the question it asks ("asked if X").

A condition ends where a clause set off by a comma begins: in "if a zone is to be established, as
some members believe that ...", the "as" clause gives the reason for the whole fact, not the
condition.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.extract.phrases import TokenSpan, clause_span
from graphbuild.nlp import forget_token_table, token_table

# Markers of a condition: "if the ban is lifted", "unless talks resume".
CONDITION_MARKS = frozenset({"if", "unless"})


def mend_conditional_complements(doc: Doc) -> int:
    """Relabel as adverbial each "if"/"unless" content clause that follows another content clause
    of its verb. Returns how many were mended."""
    mended = 0
    table = token_table(doc)  # read before this mend changes the parse: no Token per word of the Doc
    for clause in [doc[i] for i, dep in enumerate(table.dep) if dep == "ccomp"]:
        if clause.dep_ != "ccomp" or not any(
            c.dep_ == "mark" and c.lower_ in CONDITION_MARKS and c.i < clause.i for c in clause.children
        ):
            continue
        if any(c.dep_ == "ccomp" and c.i < clause.i for c in clause.head.children):
            clause.dep_ = "advcl"
            mended += 1
    if mended:
        forget_token_table(doc)
    return mended


def condition_span(clause: Token) -> TokenSpan:
    """The words of a condition headed by ``clause``, up to the first clause of its own set off by
    a comma after it ("if X is established, as Y believe ..." -> "if X is established")."""
    left, right = clause_span(clause)
    doc = clause.doc
    for child in clause.children:
        edge = child.left_edge.i
        if child.dep_ == "advcl" and child.i > clause.i and edge > left and doc[edge - 1].text == ",":
            right = min(right, edge - 1)
    return left, right
