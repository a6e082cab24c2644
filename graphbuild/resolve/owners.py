"""Which local entity each token of a document stands for, read from the entities' mentions and,
for a lone surname the tagger missed, from the one person named with it. Used by coreference and
the edges of a phrase's entities (``resolve.coref``, ``resolve.edges``)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from graphbuild.nlp import token_table
from graphbuild.resolve.entities import LocalEntity

# The dependencies of an owner inside a longer mention: "Tonga's prime minister", "the Tonga premier".
OWNER_DEPS = frozenset({"poss", "compound"})
# What a common noun takes and a name does not: "The price rose", "Higher prices", "Two laws".
NOUN_MODIFIERS = frozenset({"det", "amod", "nummod", "poss", "compound"})


def token_owners(entities: Iterable[LocalEntity]) -> dict[int, LocalEntity]:
    """Token index -> the local entity whose mention covers it."""
    owner: dict[int, LocalEntity] = {}
    for entity in entities:
        for start, end in entity.token_spans:
            for i in range(start, end):
                owner[i] = entity
    return owner


def with_missed_names(doc: Doc, owner: dict[int, LocalEntity]) -> dict[int, LocalEntity]:
    """``owner`` plus the lone surnames the tagger missed ("Waseem appeared …" after "Mohammed
    Waseem"): a capitalised name no entity covers, neither part of a longer name nor tagged as
    anything but a person, is the one person of the document whose name ends in it. A word in the
    name of any other entity as well (a son and his mother, "Robert Cummings Sr", a firm named
    after its founder) leaves it uncovered."""
    named: dict[str, set[str]] = {}
    by_key: dict[str, LocalEntity] = {}
    previous = None
    for entity in owner.values():
        if entity is previous:
            continue  # the next word of the same mention: nothing new
        previous = entity
        by_key[entity.key] = entity
        for word in entity.name.split():
            named.setdefault(word, set()).add(entity.key)
    extended = dict(owner)
    words = token_table(doc).text
    # a Token is made only of a word that is in some entity's name
    for token in (doc[i] for i, word in enumerate(words) if word in named):
        keys = named[token.text]
        if (
            len(keys) != 1
            or not _surname_of(token.text, by_key[next(iter(keys))])
            or token.i in owner
            or not (token.pos_ == "PROPN" or _name_read_as_noun(token, words))
            or token.ent_type_ not in ("", "PERSON")
            or token.dep_ in ("compound", "flat")
            or any(c.dep_ in ("compound", "flat") for c in token.children)
        ):
            continue
        extended[token.i] = by_key[next(iter(keys))]
    return extended


def _name_read_as_noun(token: Token, words: list[str]) -> bool:
    """ "Eid had met …" after "Wissam Eid": a surname that is also a word, tagged a common noun where
    a capital says nothing (a sentence's first word), bare of any article or modifier a noun would
    take, and never written small in the text (no "eid", no "price")."""
    return (
        token.pos_ == "NOUN"
        and token.is_sent_start
        and token.text[:1].isupper()
        and not any(c.dep_ in NOUN_MODIFIERS for c in token.children)
        and token.lower_ not in words
    )


def _surname_of(word: str, entity: LocalEntity) -> bool:
    """Whether ``word`` ends the name of a person ("Waseem" of "Mohammed Waseem", "Itō")."""
    return entity.type == "Actor" and entity.subtype == "Person" and entity.name.split()[-1] == word


def modifier_within(span: Span, entity: LocalEntity) -> bool:
    """Whether ``span`` is a modifier inside a longer mention of ``entity`` whose head lies outside
    it: the possessor "Tonga" of the mention "Tonga's prime minister" stands for Tonga, not for the
    prime minister ("Tonga has a prime minister" is not the post's own fact)."""
    if span.root.dep_ not in OWNER_DEPS:
        return False  # "the Islamic Maghreb" of "al Qaeda in the Islamic Maghreb" is part of a name
    mention = next(((s, e) for s, e in entity.token_spans if s <= span.root.i < e), None)
    if mention is None or (mention[0] >= span.start and mention[1] <= span.end):
        return False
    head = span.doc[mention[0] : mention[1]].root.i
    return not span.start <= head < span.end


__all__ = ["OWNER_DEPS", "modifier_within", "token_owners", "with_missed_names"]
