"""The person a post named by its organisation stands for: "the World Bank boss" after "Ana Ruiz, the
president of the World Bank" is Ana Ruiz, not the bank.

A post is held by a person: what "the X boss" does is not the organisation's act
(``agreement.apart_from_owner``), and the post is who the article named as holding it at X, when
exactly one person was. A generic head word ("boss", "chief", "head", "leader") matches any post
of the one who leads a body (``lexicons/head_posts.txt``); another post only itself.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.entities import LocalEntity

# Words that name whoever leads a body, whatever the post is called.
GENERIC_HEADS = frozenset({"boss", "chief", "head", "leader"})
# Links of an organisation's name to a post of its own: "the X president", "X's chief".
OWNER_DEPS = frozenset({"compound", "poss"})
PERSON = "Person"
ACTOR = "Actor"


def post_holder(span: Span, owner: dict[int, LocalEntity], lexicons: Lexicons) -> LocalEntity | None:
    """ "The World Bank boss" -> the one person named before as holding a post at the World Bank
    ("Ana Ruiz, the president of the World Bank", "World Bank President Ana Ruiz"); None when none
    or two were, or the phrase is no "the" + organisation + post."""
    root = span.root
    if span[0].lower_ != "the" or root.pos_ != "NOUN" or root.tag_ != "NN":
        return None
    if root.lemma_.lower() not in lexicons.terms("role_nouns"):
        return None
    body = _body(span, owner)
    if body is None:
        return None
    holders: dict[str, LocalEntity] = {}
    for i in _named_at(span.doc[: span.start], body, owner):
        post = _post_of(span.doc[i], lexicons)
        person = _holder(post, owner) if post is not None else None
        if person is not None and _same_post(root, post, lexicons):
            holders[person.key] = person
    return next(iter(holders.values())) if len(holders) == 1 else None


def _body(span: Span, owner: dict[int, LocalEntity]) -> LocalEntity | None:
    """The organisation named between "the" and the post ("the World Bank boss", "the Bank's chief"):
    the one its words belong to, or, where NER missed them there, the one of that name."""
    owned = [c for c in span.root.children if c.dep_ in OWNER_DEPS and c.i in owner]
    bodies = {owner[c.i].key: owner[c.i] for c in owned if _organisation(owner[c.i])}
    if not owned:
        words = span.doc[span.start + 1 : span.root.i]
        text = words.text.removesuffix("'s").removesuffix("’s").strip()
        bodies = {e.key: e for e in owner.values() if _organisation(e) and e.name == text}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def _named_at(words: Span, body: LocalEntity, owner: dict[int, LocalEntity]) -> list[int]:
    """The last word of each mention of ``body`` in ``words``: the words it owns, and its name where a
    description took it in ("Ana Ruiz, the president of the World Bank" is one mention of Ana Ruiz)."""
    name = body.name.split()
    found = {i for i in range(words.start, words.end) if owner.get(i) is body}
    found |= {
        i
        for i in range(words.start + len(name) - 1, words.end)
        if [t.text for t in words.doc[i - len(name) + 1 : i + 1]] == name
    }
    return sorted(found)


def _organisation(entity: LocalEntity) -> bool:
    return entity.type == ACTOR and entity.subtype != PERSON and not entity.generic


def _post_of(word: Token, lexicons: Lexicons) -> Token | None:
    """The post noun a word of an organisation's name belongs to: "the president of [X]", "[X]
    President …", "[X]'s chief"."""
    name = word
    while name.dep_ in ("compound", "flat") and name.head.pos_ == "PROPN" and name.head.i != name.i:
        name = name.head
    if name.dep_ == "pobj" and name.head.lower_ == "of":
        post = name.head.head
    elif name.dep_ in OWNER_DEPS:
        post = name.head
    else:
        return None
    return post if post.lemma_.lower() in lexicons.terms("role_nouns") else None


def _holder(post: Token, owner: dict[int, LocalEntity]) -> LocalEntity | None:
    """The person a post noun is written with: in apposition either way round ("Ana Ruiz, the
    president of X"; "the president of X, Ana Ruiz"), or as a title before the name ("X President
    Ana Ruiz")."""
    linked = [post.head] if post.dep_ in ("appos", "compound") else []
    linked += [c for c in post.children if c.dep_ == "appos"]
    people = {owner[t.i].key: owner[t.i] for t in linked if t.i in owner and owner[t.i].subtype == PERSON}
    return next(iter(people.values())) if len(people) == 1 else None


def _same_post(said: Token, named: Token, lexicons: Lexicons) -> bool:
    """ "boss" means any head post; another word only the same post."""
    lemma = named.lemma_.lower()
    if said.lemma_.lower() in GENERIC_HEADS:
        return lemma in lexicons.terms("head_posts")
    return lemma == said.lemma_.lower()


__all__ = ["GENERIC_HEADS", "post_holder"]
