"""The owner named before the first of a list of arms owns the rest of the list too: "destroyed ISIL
tanks, armored vehicles and VBIEDs" destroyed ISIL's vehicles and car bombs as well.

A name before a noun that fields it ("ISIL tanks") gives the noun an owner (``nominal``); the parse
hangs the name on the first item only, so the other weapons of the list stayed ownerless. Only weapons
take the owner, and only those with no owner or class word of their own: "UN staff and aid workers"
are not the UN's, "ISIL tanks and U.S. vehicles" are not all ISIL's.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graphbuild.lexicons import Lexicons
from graphbuild.model import Triple
from graphbuild.resolve.entities import LocalEntity, sentence_bounds
from graphbuild.resolve.nominal import coordinated
from graphbuild.resolve.noun_phrase_triples import noun_phrase_triple, sentence_provenance

# Links of a name that owns or fields the noun it modifies ("[ISIL] tanks").
OWNER_DEPS = frozenset({"compound", "nmod"})
# Links of a list item's own owner or maker ("U.S. vehicles", "their rifles", "Russian-made jets").
OWN_OWNER_DEPS = frozenset({"compound", "nmod", "poss"})
OWNER_TYPE = "Actor"
ARMS_TYPE = "Weapon"
PERSON = "Person"
OWNED = "have"


def list_owner(noun: Token, owner: dict[int, LocalEntity]) -> Token | None:
    """The body's name that modifies the first weapon of a list ("ISIL tanks, vehicles and ...")."""
    names = [c for c in noun.lefts if c.dep_ in OWNER_DEPS and c.pos_ == "PROPN" and c.i in owner]
    if len(names) != 1 or any(c.dep_ in ("cc", "conj") for c in names[0].children):
        return None  # ("U.S. and Iraqi tanks": two owners)
    entity = owner[names[0].i]
    return names[0] if entity.type == OWNER_TYPE and entity.subtype != PERSON else None


def listed_arms(noun: Token, owner: dict[int, LocalEntity]) -> Iterator[Token]:
    """The weapons listed after ``noun`` that have no owner of their own."""
    out = coordinated(noun)
    for item in out[1:]:
        entity = owner.get(item.i)
        if entity is None or entity.type != ARMS_TYPE:
            continue
        own = [
            c
            for c in item.lefts
            if c.dep_ in OWN_OWNER_DEPS and (c.pos_ in ("PROPN", "PRON") or c.i in owner)
        ]
        if not own and not any(c.dep_ == "amod" and c.ent_type_ for c in item.lefts):
            yield item


def listed_arm_edges(doc: Doc, owner: dict[int, LocalEntity], lexicons: Lexicons) -> list[Triple]:
    """One "have" triple per weapon of a list and the owner named before its first item."""
    out: list[Triple] = []
    for index, (first, last) in enumerate(sentence_bounds(doc)):
        sent = doc[first:last]
        for noun in (t for t in sent if t.pos_ == "NOUN" and t.dep_ != "conj"):
            name = list_owner(noun, owner)
            if name is None or owner.get(noun.i) is None or owner[noun.i].type != ARMS_TYPE:
                continue
            body = owner[name.i]
            for item in listed_arms(noun, owner):
                arms = owner[item.i]
                if arms.key == body.key:
                    continue
                provenance = sentence_provenance(sent, index)
                out.append(noun_phrase_triple(body, name, OWNED, arms, item, provenance, lexicons))
    return out


__all__ = ["list_owner", "listed_arm_edges", "listed_arms"]
