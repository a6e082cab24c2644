"""Offices sought: a post or an office named as the goal of a candidacy is no actor."""

from __future__ import annotations

import functools

from spacy.tokens import Doc

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.mentions.mention import EntityMention
from graphbuild.resolve.mentions.titles import post_nouns


@functools.lru_cache(maxsize=8)
def office_nouns(lexicons: Lexicons) -> frozenset[str]:
    """Nouns of a post ("president") or of an office ("presidency"), lower-cased; made once per
    lexicons object, as every common-noun actor mention asks."""
    titles = frozenset(t.lower() for t in lexicons.terms("titles"))
    return post_nouns(lexicons) | titles | lexicons.terms("office_nouns")


def sought_office(doc: Doc, m: EntityMention, lexicons: Lexicons) -> bool:
    """``will seek the presidency``, ``a candidate for Vice President of Ruritania``, ``ran for
    governor``: an office that is the object of a seeking verb (``seeking_verbs``) or the ``for``
    object of a candidacy word (``candidacy_words``) is the office, not someone holding it; no node.
    Only common-noun offices: a person's name there ("backed Smith for the post") stays."""
    if m.type != "Actor" or m.source not in _OFFICE_SOURCES:
        return False
    root = doc[m.start : m.end].root
    head = root.head
    if root.dep_ == "dobj":
        sought = head.lemma_.lower() in lexicons.terms("seeking_verbs")
    else:
        words = lexicons.terms("candidacy_words")
        sought = root.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in words
    two = f"{doc[root.i - 1].lower_} {root.lower_}" if root.i > m.start else ""
    offices = office_nouns(lexicons) if sought else frozenset()
    return root.lower_ in offices or two in offices


# Sources of common-noun mentions: a noun phrase, a post's phrase ("vice president of X").
_OFFICE_SOURCES = frozenset({"noun", "phrase"})
