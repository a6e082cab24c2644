"""Names used for one thing they stand for, not the entity they name: no mention of that entity.

"A Honda ran a stop sign", "a southbound 1999 Ford": a maker's name after an indefinite article or
a model year is one of its cars, not the company. English gives a proper name an indefinite article
only when it is used as a common noun (one instance: a car, a plane, a shop), and a model year
before a maker's name dates a vehicle, never a company. "The Indianapolis 500", "the Daytona 500": a
place's name counted by a number after it names a race or an event held there, not the place.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from graphbuild.resolve.mentions.mention import EntityMention

# Articles that make a proper name one instance of what it names ("a Ford", "an Airbus").
INDEFINITE_ARTICLES = frozenset({"a", "an"})
# NER labels of names that may stand for a made thing or a shop: a company's ("a Ford", "a Starbucks").
# Places and peoples are left out ("a united Europe" is Europe), and so are people ("a Kennedy").
MAKER_LABELS = frozenset({"ORG"})
# NER labels of a place's name that a number after it turns into an event's ("the Indianapolis 500").
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The type of a company's mention; a name typed a weapon or a product is already one made thing.
ACTOR = "Actor"
# A model year: four digits, this century or the last ("1999 Ford").
MODEL_YEAR = re.compile(r"(19|20)\d\d")
# Dependencies of a name that modifies the head of its phrase ("the 2008 Mumbai attacks"): no car.
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss"})
# The fewest digits of an event's number: "the Indianapolis 500", "London 2012"; not a score whose
# dash was lost ("Germany 10") nor a channel ("France 3").
EVENT_DIGITS = 3


def instance_names(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """``mentions`` without the names that stand for one made thing or an event (module doc)."""
    return [m for m in mentions if not instance_reading(doc, m)]


def instance_reading(doc: Doc, mention: EntityMention) -> bool:
    """A one-word name read as one made thing ("a Ford", "the 1993 Honda") or a place's name read
    as an event by its number ("the Indianapolis 500")."""
    if mention.end - mention.start != 1 or mention.generic:
        return False
    token = doc[mention.start]
    if token.ent_type_ in MAKER_LABELS and mention.type == ACTOR:
        return made_thing(token)
    if token.ent_type_ in PLACE_LABELS:
        return numbered_event(token)
    return False


def made_thing(token: Token) -> bool:
    """A capitalised name heading its phrase, with an indefinite article or a model year before it
    ("A Honda, with X behind the wheel", "a southbound 1999 Ford"), not modifying another noun. An
    acronym is left alone: "a CBE", "an MBE" name one award of an order, which its node stands for."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.text.isupper():
        return False
    if token.dep_ in MODIFIER_DEPS:
        return False
    before = [c for c in token.children if c.i < token.i]
    article = any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in before)
    year = any(c.dep_ in ("nummod", "compound", "amod") and MODEL_YEAR.fullmatch(c.text) for c in before)
    return article or year


def numbered_event(token: Token) -> bool:
    """A place's name with a cardinal number of three digits or more right after it in its phrase
    ("the Indianapolis 500", "London 2012"): a race or an event named after the place."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    number = doc[token.i + 1]
    if number.tag_ != "CD" or not number.text.isdigit() or len(number.text) < EVENT_DIGITS:
        return False
    return number.head.i == token.i or token.head.i == number.i


__all__ = ["instance_names", "instance_reading", "made_thing", "numbered_event"]
