"""A place named only inside a feature's name: "Aden" of "the Gulf of Aden", "Bengal" of "the Bay
of Bengal". The feature is not the place after its "of" (the gulf is no town, the bay no state);
``resolve.nodes`` drops a place whose every mention is such a piece.
"""

from __future__ import annotations

from spacy.tokens import Span

from graphbuild.lexicons import Lexicons


def feature_of_place(span: Span, lexicons: Lexicons) -> bool:
    """A capitalised feature word (``feature_of_heads``: "Gulf", "Bay", "Horn") and "of", with or
    without "the", stand right before the span: the span ends the feature's name, whose place it is
    not. A lower-case word ("the west coast of Africa") describes the place and names no feature."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ != "of":
        return False
    head = doc[i - 1]
    return head.text[:1].isupper() and head.lower_ in lexicons.terms("feature_of_heads")


__all__ = ["feature_of_place"]
