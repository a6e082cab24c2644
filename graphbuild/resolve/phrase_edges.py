"""Relations noun phrases state that ``nominal`` leaves to rules of their own: places listed inside
another place, a post's holder named after the post's body, and weapons listed after an owned one."""

from __future__ import annotations

from spacy.tokens import Doc

from graphbuild.lexicons import Lexicons
from graphbuild.model import Triple
from graphbuild.resolve.body_posts import body_post_edges
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.listed_arms import listed_arm_edges
from graphbuild.resolve.listed_places import listed_place_edges


def phrase_edges(doc: Doc, owner: dict[int, LocalEntity], lexicons: Lexicons) -> list[Triple]:
    """The triples of the three rules, in this order (the first of two equal edges is kept)."""
    return [
        *listed_place_edges(doc, owner, lexicons),
        *body_post_edges(doc, owner, lexicons),
        *listed_arm_edges(doc, owner, lexicons),
    ]


__all__ = ["phrase_edges"]
