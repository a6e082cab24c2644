"""The holder of a post named after the post's body or place: "the president of Chad, Idriss X", "a
spokesman for the Front, Ali Y", "the prosecutor in Lund, Karin Holm".

The parser hangs the person's name on the nearest noun, the body or place after "of" or "in"; the name
renames the whole phrase, so the person holds the post at that body or place. Without this edge the
person and the body stay unjoined although the phrase says how they are related.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.nominal import names_outer_noun
from graphbuild.extract.posts import person_after_post
from graphbuild.resolve.entities import LocalEntity

# The subtype of a person's entity: only a person holds a post.
PERSON = "Person"
# The type of a place's entity: "the prosecutor in X" holds the post there.
PLACE = "Region"
# Prepositions that put a post in a place ("the prosecutor in X", "the police chief at X"): the
# post is held there, as "of" says it is held at a body.
PLACE_POST_PREPOSITIONS = frozenset({"in"})


def names_post_holder(token: Token, appos: Token, owner: dict[int, LocalEntity]) -> bool:
    """ "the President of Chad, Idriss X": a person named beside the country of a post holds the
    post, whatever noun the parse hangs the name on; the country is not the person."""
    entity = owner.get(appos.i)
    if entity is None or entity.subtype != PERSON or not names_outer_noun(token, appos):
        return False
    return owner.get(token.i) is not owner.get(token.head.head.i)  # "director of the X" as one mention


def names_holder_in_place(token: Token, appos: Token, owner: dict[int, LocalEntity]) -> bool:
    """ "the prosecutor in Lund, Karin Holm": a person named, after a comma, beside the place of a
    post holds the post there; the parse hangs the name on the place, which is not the person."""
    place, holder = owner.get(token.i), owner.get(appos.i)
    doc = appos.doc
    return (
        place is not None
        and place.type == PLACE
        and holder is not None
        and holder.subtype == PERSON
        and token.dep_ == "pobj"
        and token.head.lower_ in PLACE_POST_PREPOSITIONS
        and token.head.head.pos_ == "NOUN"
        and appos.pos_ == "PROPN"
        and not any(c.dep_ == "det" for c in appos.children)
        and doc[appos.left_edge.i - 1].text == ","
        and owner.get(token.head.head.i) is not place
    )


def held_post(
    token: Token,
    appos: Token,
    owner: dict[int, LocalEntity],
    posts: frozenset[str],
    bodies: frozenset[str] = frozenset(),
) -> Token | None:
    """The post noun whose holder ``appos`` names, ``token`` being the body or place after its "of"
    or "for" ("the head of the Front, Ali Y": head; "a spokesman for the party, Tom Z": spokesman;
    ``bodies`` are the body nouns ``person_after_post`` allows); None when the outer noun is no post
    ("the capital of France, Paris") or the name does not rename the phrase."""
    holder = owner.get(appos.i)
    if holder is None or holder.subtype != PERSON:
        return None
    if not (
        names_post_holder(token, appos, owner)
        or person_after_post(token, appos, posts, bodies)
        or names_holder_in_place(token, appos, owner)
    ):
        return None
    post = token.head.head
    if owner.get(token.i) is owner.get(post.i):
        return None  # "the Director of Public Prosecutions" as one name
    return post if post.lemma_.lower() in posts else None


def two_word_post(post: Token, posts: frozenset[str], qualifiers: frozenset[str]) -> str:
    """ "prime minister", "police chief": a listed post of two words, read whole (its last word alone
    is another post); "" when the word before is no part of one or is a qualifier of the post
    ("vice", "former": kept as qualifiers are)."""
    before = post.doc[post.i - 1] if post.i else None
    if before is None or before.head.i != post.i or before.dep_ not in ("compound", "amod"):
        return ""
    words = f"{before.lower_} {post.lemma_.lower()}"
    return words if words in posts and before.lower_ not in qualifiers else ""


__all__ = ["held_post", "names_holder_in_place", "names_post_holder", "two_word_post"]
