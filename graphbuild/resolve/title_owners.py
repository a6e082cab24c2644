"""Words of a title that say whose post it is, not which post: "British Business Secretary Ana
Ruiz", "Thailand's prime minister, Ana Ruiz", "Senate Majority Leader Tom Hale".

A country, a people or a body named in a title ("British", "Thailand", "Senate") says where the post
is held; the post itself is the title's common nouns ("business secretary", "prime minister",
"leader"). A later bare description that repeats the post ("the business secretary", "the prime
minister") means the holder without repeating the owner, so ``referents.titled_holder`` does not
ask the description for these words. A rank word ("Vice", "Deputy", "Crown") is no name: it
changes the post and must still be said ("Vice President Tom Hale" is no "the president").
"""

from __future__ import annotations

from spacy.tokens import Token

# Named-entity labels of a country, a people or a body: the owner of a post, not the post.
OWNER_ENTS = frozenset({"GPE", "NORP", "ORG", "LOC"})


def names_post_owner(token: Token) -> bool:
    """Whether a title word is part of a country's, a people's or a body's name ("British",
    "Thailand", "Senate"), which says whose post the title is, not which post."""
    return token.ent_type_ in OWNER_ENTS


__all__ = ["names_post_owner"]
