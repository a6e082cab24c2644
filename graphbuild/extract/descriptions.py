"""The author's gloss inside reported words: an apposition says which thing is meant ("LSD, the drug
underlying the hippie era"; "the treaty, a successor to START, which was signed in 1991"), in the
author's words for the reader; what the participle or relative clause in it says is no part of what
the source reports ("…, his family announced", "according to officials, …").
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.phrases import quote_ids
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import has_child

# Tags of a participle: "signed" (past), "using" (present).
PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
# How far up through "of"/"to" phrases a described noun may sit inside its apposition.
GLOSS_DEPTH = 3


def glossing_clause(clause: Token, lexicons: Lexicons) -> bool:
    """A clause describing a noun of an apposition, outside a quotation: a participle with no
    subject of its own on a definite one ("LSD, the drug underlying the hippie era") or a relative
    clause a comma sets off ("a successor to START, which expired in 2009"). Not a participle of
    saying ("a statement saying …": the statement's word)."""
    if quote_ids(clause.doc)[clause.i]:
        return False
    if clause.dep_ == "acl":
        return (
            clause.tag_ in PARTICIPLE_TAGS
            and not has_child(clause, SUBJ_DEPS)
            and not has_child(clause, ("mark",))
            and clause.lemma_.lower() not in lexicons.terms("reporting_verbs")
            and identifying(clause.head)
        )
    start = clause.left_edge.i
    set_off = clause.dep_ == "relcl" and start > 0 and clause.doc[start - 1].text == ","
    return set_off and in_apposition(clause.head)


def identifying(noun: Token) -> bool:
    """A definite apposition ("LSD, the drug underlying …"): it tells the reader which thing is
    meant. An indefinite one ("the firm, a company owned by the minister") may bring news the
    source reports."""
    return noun.dep_ == "appos" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def in_apposition(noun: Token) -> bool:
    """``noun`` is an apposition, or the object of a preposition inside one ("a successor to START")."""
    for _ in range(GLOSS_DEPTH):
        if noun.dep_ == "appos":
            return True
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.head is noun.head:
            return False
        noun = noun.head.head
    return False


__all__ = ["glossing_clause", "identifying", "in_apposition"]
