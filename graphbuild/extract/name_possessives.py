"""Possessives inside a name: ``the Drivers' Championship``, ``International Women's Day``.

A capitalised plural common noun owning a capitalised noun is a word of one name (a title, a
holiday, a prize), not an owner: "Drivers has Championship" says nothing. So is a bare title that
names no one ("Prime Minister's Questions"). NER often misses such names, so the tests read the
words, not the entity tags.
"""

from __future__ import annotations

from spacy.tokens import Token

# Plurals that take "'s" ("Women's Day", "the Children's Hospital"): the regular plural takes a bare
# apostrophe ("Veterans' Day"), which marks it.
IRREGULAR_PLURALS = frozenset({"women", "men", "children", "people", "peoples"})
# Entity labels of a real owner: a person, a body, a place ("the United States' Navy").
_OWNER_ENTS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


def name_possessive(owner: Token, noun: Token) -> bool:
    """``the Drivers' Championship``: a plural common word, capitalised mid-sentence, before a
    capitalised noun is part of a name, whatever the parse made the head ("a Mothers' Day card");
    "the drivers' cars" and "Kenya's President" keep owners."""
    if owner.ent_type_ in _OWNER_ENTS or owner.is_sent_start or not owner.is_title:
        return False
    marks = [c for c in owner.children if c.tag_ == "POS"]
    if not marks or marks[0].i + 1 > noun.i:
        return False
    after = owner.doc[marks[0].i + 1]
    if not after.is_title or after.pos_ not in ("NOUN", "PROPN"):
        return False
    plural = owner.lower_.endswith("s") and marks[0].text in ("'", "\u2019")
    return plural or (owner.lower_ in IRREGULAR_PLURALS and marks[0].lower_ in ("'s", "\u2019s"))


def title_possessive(owner: Token, noun: Token, roles: frozenset[str]) -> bool:
    """``Prime Minister's Questions``, ``the Queen's Speech``: a bare title, capitalised and naming
    no one, before a capitalised noun names an event, an office or a prize; "the Minister has
    Questions" says nothing. A post the title holds is real ("the President's Chief of Cabinet"), and
    a name keeps its owner ("Kenya's President")."""
    if owner.ent_type_ or owner.is_sent_start or not owner.is_title:
        return False
    title = " ".join(t.lower_ for t in owner.doc[owner.left_edge.i : owner.i + 1] if t.dep_ != "det")
    if owner.lemma_.lower() not in roles and title not in roles:
        return False
    marks = [c for c in owner.children if c.tag_ == "POS"]
    if not marks or marks[0].i + 1 > noun.i:
        return False
    after = owner.doc[marks[0].i + 1]
    return after.is_title and after.pos_ in ("NOUN", "PROPN") and after.lemma_.lower() not in roles


def inside_name(owner: Token, noun: Token, roles: frozenset[str]) -> bool:
    """Whether ``owner``'s "'s" is a word inside one name with ``noun`` rather than a possession: both
    in one named entity ("the Pakistan People's Party"), a capitalised plural's or a bare title's."""
    if owner.ent_iob_ in ("B", "I") and noun.ent_iob_ == "I":
        return True
    return name_possessive(owner, noun) or title_possessive(owner, noun, roles)


def owns_name_word(noun: Token, roles: frozenset[str]) -> bool:
    """Whether the possessed ``noun`` is itself a possessive word inside a name ("the Festival's
    People's Choice Award": the parse hangs the festival's "'s" on "People"): what is owned is the
    whole name, which the noun's own possessive does not say, so "Festival has People" is no fact."""
    return noun.dep_ == "poss" and inside_name(noun, noun.head, roles)
