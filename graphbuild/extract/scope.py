"""Where the reach of a qualifier ends: a semicolon joins two sentences, and what the second says
("according to X", "is scheduled to", "denied that") is no word about the first."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.nlp import token_table

# Links by which the parser hangs a whole clause on a verb: the ones it also uses, wrongly, to join
# two sentences a semicolon sets apart.
_CLAUSE_LINKS = frozenset({"ccomp", "parataxis", "conj", "advcl"})


def across_semicolon(a: Token, b: Token) -> bool:
    """A semicolon between two words: "Two guards were held; police say ..." reports nothing before it."""
    left, right = sorted((a.i, b.i))
    return _semicolon_within(a, left, right)


def sentence_before_semicolon(clause: Token) -> bool:
    """A clause that ends at a semicolon before the verb it hangs on: "The fire started at noon;
    according to the mayor, the guard raised the alarm" (the mayor speaks of the alarm only), "The
    council voted in May; it is scheduled to take effect in June" (the vote happened). The parser
    makes the first sentence a complement of the second; it is the author's own."""
    head = clause.head
    if clause.dep_ not in _CLAUSE_LINKS or head.i <= clause.i:
        return False
    return _semicolon_within(clause, clause.right_edge.i + 1, head.i)


def _semicolon_within(token: Token, start: int, end: int) -> bool:
    """A semicolon among the tokens ``start`` to ``end`` of ``token``'s Doc, read off its token table:
    extraction asks this of about every clause, and a slice of the Doc makes a Token per word."""
    return ";" in token_table(token.doc).text[start:end]
