"""Which entity a compound modifier stands for when a mention has no entity of its own.

A name that modifies an unnamed head ("the Red Valley Front" cut before "Front", "ISIL tanks")
stands for the phrase; a political place before a proper-noun head does not: "the Canada Supreme
Court", "Kenya Rugby Union" and "the US Attorney for …" name a court, a union and an office, each
named after the place, not the place itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.resolve.entities import LocalEntity


def compound_owner(head: Token, owner: dict[int, LocalEntity]) -> LocalEntity | None:
    """The entity a head's compound modifier names, for a mention that stops before the head ("the
    Red Valley Front"); a political place is not one: "the Canada Supreme Court" is no Canada."""
    return next(
        (
            owner[c.i]
            for c in head.lefts
            if c.dep_ == "compound" and c.i in owner and not named_after_place(head, owner[c.i])
        ),
        None,
    )


# Political places institutions and firms are named after ("Kenya Rugby Union"); a geographic
# region before a proper noun is mostly its own feature's name ("the Pacific Ocean").
NAMESAKE_PLACES = frozenset({"Country", "City", "AdminArea"})


def named_after_place(head: Token, modifier: LocalEntity) -> bool:
    """ "the Canada Supreme Court", "Kenya Rugby Union": a place before a proper-noun head is a word
    of another name (a court, a company), not the thing the phrase stands for; "the US military",
    with a common-noun head, is the country's own."""
    return modifier.subtype in NAMESAKE_PLACES and head.pos_ == "PROPN" and head.text[:1].isupper()


__all__ = ["NAMESAKE_PLACES", "compound_owner", "named_after_place"]
