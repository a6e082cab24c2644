"""A publication's word between a name and a post: "New York magazine reporter X" is a reporter of
the magazine, not of New York; the name before it is the publication's, no place or body of its own."""

from __future__ import annotations

from spacy.tokens import Token


def publication_between(name: Token, post: Token, media: frozenset[str]) -> bool:
    """A publication's word between a name and a post ("New York magazine reporter X", "the Dawn
    newspaper editor X", ``media_nouns``): the name is the publication's, not a place or body the
    post is of."""
    return any(t.lower_ in media or t.lemma_.lower() in media for t in name.doc[name.i + 1 : post.i])


__all__ = ["publication_between"]
