"""The holder of a post whose body's name modifies the post noun, named after it between commas:
"the Harbor Brigade commander, Ali Musa, said", "the UN envoy, Ali Musa, met": the person holds the
post at the body.

Written as a title ("Hamas spokesman Ali Musa") the relation is ``nominal``'s; set off by commas the
name is an apposition of the post noun, which has no entity of its own, so nothing joined the person to
the body the phrase says he serves.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graphbuild.extract.posts import post_words
from graphbuild.lexicons import Lexicons
from graphbuild.model import Triple
from graphbuild.nlp import children_with
from graphbuild.resolve.entities import LocalEntity, sentence_bounds
from graphbuild.resolve.noun_phrase_triples import noun_phrase_triple, sentence_provenance

# Links of a name that modifies the post noun: "the [UN] envoy", "the [Harbor Brigade] commander".
BODY_DEPS = frozenset({"compound", "nmod"})
# Types of entity a post is held at: a body or a place ("the Lund prosecutor, Karin Holm").
BODY_TYPES = frozenset({"Actor", "Region"})
PERSON = "Person"
# A post noun, capitalised as a title or not ("the Harbor Brigade Commander, Ali Musa").
POST_POS = frozenset({"NOUN", "PROPN"})
POST_LEXICONS = ("role_nouns", "titles")


def post_body(post: Token, owner: dict[int, LocalEntity]) -> Token | None:
    """The name right before a post noun that says where the post is held ("the UN envoy"); none
    when a word stands between ("the UN special envoy" keeps its body too: only adjectives may) or
    the name is a person's ("the Ali Musa aide")."""
    bodies = [c for c in post.lefts if c.dep_ in BODY_DEPS and c.i in owner]
    if len(bodies) != 1:
        return None  # ("the UN and EU envoys", "the U.S. Army Europe commander": not one body)
    body = bodies[0]
    entity = owner[body.i]
    if entity.subtype == PERSON or entity.type not in BODY_TYPES or owner.get(post.i) is entity:
        return None
    between = post.doc[body.i + 1 : post.i]
    return body if all(t.pos_ == "ADJ" for t in between) else None


def body_posts(
    post: Token, owner: dict[int, LocalEntity], posts: frozenset[str]
) -> Iterator[tuple[Token, Token]]:
    """``(holder, body)``: a person's name in apposition to a post noun its body's name modifies,
    after a comma ("the UN envoy, Ali Musa")."""
    if post.pos_ not in POST_POS or post.i in owner or post.lemma_.lower() not in posts:
        return
    body = post_body(post, owner)
    if body is None:
        return
    for name in children_with(post, ("appos",)):
        holder = owner.get(name.i)
        if holder is None or holder.subtype != PERSON or post.doc[name.left_edge.i - 1].text != ",":
            continue
        yield name, body


def body_post_edges(doc: Doc, owner: dict[int, LocalEntity], lexicons: Lexicons) -> list[Triple]:
    """One "be <post> of" triple per person named in apposition to a post its body's name modifies."""
    posts = frozenset().union(*(lexicons.terms(name) for name in POST_LEXICONS))
    out: list[Triple] = []
    for index, (first, last) in enumerate(sentence_bounds(doc)):
        sent = doc[first:last]
        for post in (t for t in sent if t.pos_ in POST_POS):
            for name, body in body_posts(post, owner, posts):
                holder, place = owner[name.i], owner[body.i]
                if holder.key == place.key:
                    continue
                label = f"be {post_words(post, lexicons)[1]} of"
                provenance = sentence_provenance(sent, index)
                out.append(noun_phrase_triple(holder, name, label, place, body, provenance, lexicons))
    return out


__all__ = ["body_post_edges", "body_posts", "post_body"]
