"""A short bracket inside a noun phrase is part of the phrase, not its end.

"the three Royal Irish Constabulary (RIC) guards": the parser hangs the acronym on the name as an
apposition, which a phrase leaves out, so the phrase stopped at the bracket and lost its head noun
("the fight with the three Royal Irish Constabulary"). A bracket whose both marks belong to the
phrase and which a word of the phrase follows sits inside it: its words stay.
"""

from __future__ import annotations

from spacy.tokens import Doc

# The most words a bracket inside a phrase holds: an acronym or a short gloss ("(AWG-KP)",
# "(born 1950)"); a longer one is an aside that ends the phrase.
MAX_BRACKET_WORDS = 4


def bracket_words(doc: Doc, members: set[int], start: int, end: int, head: int) -> list[int]:
    """The indices of the words in brackets between ``start`` and ``end`` whose marks are members
    of the phrase (or hang on one) and after which the phrase goes on; a bracket on the phrase's
    ``head`` itself is the head's other name ("the Route (ETR) near Toronto"), a fact of its own."""
    found: list[int] = []
    for opening in range(start, end):
        if doc[opening].text != "(" or not _held(doc, opening, members):
            continue
        closing = next((i for i in range(opening + 1, end) if doc[i].text in "()"), None)
        if closing is None or doc[closing].text != ")" or not _held(doc, closing, members):
            continue
        inside = range(opening + 1, closing)
        on_head = any(doc[i].head.i == head for i in inside)
        if (
            0 < len(inside) <= MAX_BRACKET_WORDS
            and closing + 1 in members
            and closing + 1 < end
            and not on_head
        ):
            found.extend(inside)
    return found


def _held(doc: Doc, i: int, members: set[int]) -> bool:
    """The mark is a member of the phrase or punctuation hanging on one."""
    return i in members or (doc[i].dep_ == "punct" and doc[i].head.i in members)


__all__ = ["MAX_BRACKET_WORDS", "bracket_words"]
