"""Noun phrases whose words make one name or one office, so no edge between their parts.

A maker's name before a model's ("an Airbus A380") names one craft, not something the maker has; a
title is read whole ("Iraqi prime minister X" holds the prime minister's office, not a minister's);
a post's own "of" phrase ("the Egyptian minister of health") is the office; a place after a post's
"of" body belongs to the body ("a member of the party in the UK"); a publication's word between a
name and a post ("New York magazine reporter X") makes the name the publication's.
"""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from graphbuild.extract.titles import title_prefix

# Word classes of a model designation after its maker's name (the tagger may call "A340" a noun).
MODEL_POS = frozenset({"PROPN", "NOUN"})
# Prepositions that place a thing: after a post's "of" body they place the body, not the post.
PLACING_PREPOSITIONS = frozenset({"in", "at", "near", "inside", "within", "outside"})
# Word classes of a portfolio after a post's "of" ("minister of health"; the tagger may call it a name).
PORTFOLIO_POS = frozenset({"NOUN", "PROPN"})
# Prepositions that tie a post to the body or portfolio it is of ("member of", "spokesman for").
POST_PREPOSITIONS = frozenset({"of", "for"})


def maker_model(head: Token, modifier: Token) -> bool:
    """A name right before a model designation, a word of letters and digits ("Airbus A380",
    "Eurocopter AS350B3"): the maker's name and the model make one name of one craft; the maker
    has no model as an owner has a thing."""
    return (
        head.pos_ in MODEL_POS
        and modifier.pos_ == "PROPN"
        and modifier.i + 1 == head.i
        and any(ch.isdigit() for ch in head.text)
        and any(ch.isalpha() for ch in head.text)
    )


def whole_role(role: Token, roles: frozenset[str]) -> str:
    """The office a role noun heads with the words before it that ``role_nouns`` lists whole
    ("prime minister", "deputy prime minister"): dropping "prime" names another office."""
    return " ".join([*(t.lower_ for t in title_prefix(role, roles)), role.lemma_.lower()])


def self_titled(where: Token, role: str | None) -> bool:
    """An unnamed holder known only by a post with its own portfolio ("the Egyptian minister of
    health"; a portfolio no entity names, whatever the tagger calls it): the post's "of" phrase is
    the office, and "be minister of Egypt" would both restate the holder's own phrase and drop
    which office it is."""
    if role is None or where.pos_ != "NOUN" or where.lemma_.lower() != role.split(" ")[-1]:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in POST_PREPOSITIONS
        and any(p.dep_ == "pobj" and p.pos_ in PORTFOLIO_POS and not p.ent_type_ for p in c.children)
        for c in where.children
    )


def body_placed(noun: Token, prep: Token) -> bool:
    """A place phrase after a post's "of"/"for" phrase ("a member of the Conservative Party in the
    UK", "a spokesman for the army in the north"): it says where the body is, and the post's holder
    is a member of the body, not "a member in" the place."""
    if prep.lower_ not in PLACING_PREPOSITIONS:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in POST_PREPOSITIONS
        and c.i < prep.i
        and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
        for c in noun.children
    )


def post_between(head: Token, modifier: Token, owned: Container[int], posts: frozenset[str]) -> bool:
    """A post word between a modifying name and the name it modifies ("United Nations
    secretary-general Ban X", "Republican Party nominee Meg X", ``role_nouns``, ``titles``): the head
    holds that post at the name's body, so "the party has X" drops the office."""
    return any(
        t.i not in owned and (t.lemma_.lower() in posts or t.lower_ in posts)
        for t in head.doc[modifier.i + 1 : head.i]
    )


__all__ = ["body_placed", "maker_model", "post_between", "self_titled", "whole_role"]
