"""A source that closes a sentence of joined clauses: "A, and B, according to X" is X's account of
A as well as of B. The parser hangs the "according to" phrase on the last clause, so the first one
would read as the author's own statement."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.scope import across_semicolon
from graphbuild.nlp import children_with

# Marks a sentence may end with after its last word.
CLOSING_MARKS = frozenset({".", "!", "?", '"', "'", "”", "’", ")"})


def sourced_conjunct(clause: Token, verb: Token) -> Token | None:
    """The clause joined after ``clause`` that holds an "according to X" phrase ending the sentence,
    set off by a comma, whose source speaks of ``clause`` too ("Rents will rise, and landlords will
    cut repairs, according to the survey"). Not a phrase before its clause ("A, but according to X,
    B": X speaks of B only), nor one across a semicolon, nor one that holds ``verb`` ("according to a
    report released by X")."""
    if clause.dep_ != "ROOT":
        return None  # a clause inside the sentence (an author's "whose …" clause) is not joined to it
    for joined in _joined_after(clause):
        for phrase in children_with(joined, ("prep",), ("according",)):
            if (
                phrase.i > joined.i
                and _after_comma(phrase)
                and _ends_sentence(phrase)
                and not across_semicolon(clause, phrase)
                and not phrase.left_edge.i <= verb.i <= phrase.right_edge.i
            ):
                return joined
    return None


def _joined_after(clause: Token) -> list[Token]:
    """The clauses joined to ``clause`` after it: the parser hangs each of "A, B and C" on A. One
    hung on B instead is a misparse that often runs across an author's clause, so it is left."""
    return [c for c in clause.children if c.dep_ == "conj" and c.i > clause.i]


def _after_comma(phrase: Token) -> bool:
    return phrase.i > 0 and phrase.doc[phrase.i - 1].text == ","


def _ends_sentence(phrase: Token) -> bool:
    """Nothing but closing marks between the phrase's last word and the sentence's end."""
    rest = phrase.doc[phrase.right_edge.i + 1 : phrase.sent.end]
    return all(t.text in CLOSING_MARKS or t.is_space for t in rest)
