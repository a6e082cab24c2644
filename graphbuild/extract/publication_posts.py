"""A publication's word between a name and a post: "New York magazine reporter X" is a reporter of
the magazine, not of New York; the name before it is the publication's, no place or body of its own."""

from __future__ import annotations

from spacy.tokens import Token

# Entity types of a place's name: before a publication's word it names the publication's town, not a
# body the post is of ("New York magazine"); a body's own name ("Time magazine") still owns the post.
PLACE_ENTITIES = frozenset({"GPE", "LOC"})


def publication_between(name: Token, post: Token, media: frozenset[str]) -> bool:
    """A publication's word between a place's name and a post ("New York magazine reporter X",
    ``media_nouns``): the name is the publication's, not a place the post is of."""
    if name.ent_type_ not in PLACE_ENTITIES:
        return False  # "Time magazine reporter X": the name is the magazine's own, and X is its reporter
    return any(t.lower_ in media or t.lemma_.lower() in media for t in name.doc[name.i + 1 : post.i])


__all__ = ["publication_between"]
