"""The relation a place apposed to a name gives it: "Mito, Ibaraki" lies in Ibaraki, but a
person's apposed country ("Ana Ruiz (Chile)", a result's "Lee, Korea") is the country they come
from or compete for, not where they are.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.nlp import PLACE_LABELS
from graphbuild.resolve.entities import LocalEntity

PLACE_TYPE = "Region"
# What a person's apposed place is to them: their nationality or side, as "a Chilean surfer" says.
ORIGIN = "be from"
# What any other name's apposed place is to it: where it lies.
LOCATION = "be in"


def _person(token: Token, owner: dict[int, LocalEntity]) -> bool:
    """A person's name, not a town NER took for one (its entity then a place)."""
    entity = owner.get(token.i)
    return token.ent_type_ == "PERSON" and (entity is None or entity.type != PLACE_TYPE)


def apposed_place(token: Token, child: Token, owner: dict[int, LocalEntity]) -> str:
    """The relation of a name or description to a place apposed to it, or "" for no place. A place
    apposed to a name is where it lies ("Mito, Ibaraki"), whether NER typed it a place or the
    resolver did (a prefecture NER took for a people); apposed to a description it is what the
    description names ("the state's capital, Chennai"); apposed to a person, where they are from."""
    entity = owner.get(child.i)
    placed = entity is not None and entity.type == PLACE_TYPE and token.pos_ == "PROPN"
    if not (child.ent_type_ in PLACE_LABELS or placed):
        return ""
    return ORIGIN if _person(token, owner) else LOCATION
