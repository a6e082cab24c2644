"""Descriptions inside a list of names: "The winners are: Ann Lee, poet; Bo Ray, billionaire
executive and philanthropist; …" lists two people, each with what they are, not four winners."""

from __future__ import annotations

from spacy.tokens import Token

# The mark that parts the items of a list whose items hold commas of their own.
ITEM_MARK = ";"


def name_description(conjunct: Token) -> bool:
    """A common noun the parse coordinated right after "Name," in a list whose items a semicolon
    parts ("Bo Ray, billionaire executive and philanthropist;"): within an item, the words after
    the name's comma say what the name is, so they are no member of the list. With no semicolon in
    the sentence, "A, B and C" stays a list of three."""
    top = conjunct
    while top.dep_ == "conj" and top.head.pos_ == "NOUN":
        top = top.head  # "… executive and philanthropist": the description's first noun
    name = top.head
    if conjunct.pos_ != "NOUN" or top.dep_ != "conj" or name.pos_ != "PROPN":
        return False
    doc = conjunct.doc
    comma = top.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or doc[comma - 1] != name:
        return False
    return any(t.text == ITEM_MARK for t in doc[conjunct.sent.start : conjunct.sent.end])
