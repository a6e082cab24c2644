"""A short bracket inside a noun phrase is part of the phrase, not its end.

"the three Royal Irish Constabulary (RIC) guards": the parser hangs the acronym on the name as an
apposition, which a phrase leaves out, so the phrase stopped at the bracket and lost its head noun
("the fight with the three Royal Irish Constabulary"). A bracket whose both marks belong to the
phrase and which glosses a name modifying the noun after it sits inside it: its words stay.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# The most words a bracket inside a phrase holds: an acronym or a short gloss ("(AWG-KP)",
# "(born 1950)"); a longer one is an aside that ends the phrase.
MAX_BRACKET_WORDS = 4
# The links of a name that modifies the noun after it ("the Royal Irish Constabulary guards").
PREMODIFIER_DEPS = frozenset({"nmod", "compound", "amod"})


def bracket_words(doc: Doc, members: set[int], start: int, end: int) -> list[int]:
    """The indices of the words in brackets between ``start`` and ``end`` that gloss a name
    modifying a noun after the bracket, whose marks are members of the phrase (or hang on one)."""
    found: list[int] = []
    for opening in range(start, end):
        if doc[opening].text != "(" or not _held(doc, opening, members):
            continue
        closing = next((i for i in range(opening + 1, end) if doc[i].text in "()"), None)
        if closing is None or doc[closing].text != ")" or not _held(doc, closing, members):
            continue
        inside = range(opening + 1, closing)
        if 0 < len(inside) <= MAX_BRACKET_WORDS and all(_glosses_modifier(doc[i], closing) for i in inside):
            found.extend(inside)
    return found


def _glosses_modifier(word: Token, closing: int) -> bool:
    """The bracketed word hangs on a name (or on a word of the bracket) that modifies a noun after
    the bracket: "Constabulary (RIC) guards", not "the Route (ETR) near Toronto"."""
    name = word.head
    return closing > name.i >= word.i - 1 - MAX_BRACKET_WORDS and (
        name.i > word.i or (name.dep_ in PREMODIFIER_DEPS and name.head.i > closing)
    )


def attached_punct(token: Token, members: set[int]) -> bool:
    """Punctuation attached to a word of the phrase: no gap in it."""
    return token.is_punct and token.dep_ == "punct" and token.head.i in members


def _held(doc: Doc, i: int, members: set[int]) -> bool:
    """The mark is a member of the phrase or punctuation hanging on one."""
    return i in members or attached_punct(doc[i], members)


__all__ = ["MAX_BRACKET_WORDS", "PREMODIFIER_DEPS", "attached_punct", "bracket_words"]
