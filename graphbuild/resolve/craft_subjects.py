"""An "it" that a craft's verb says is a made thing: no body, person or place.

"According to the board, the plane took off and it crashed into the tarmac"; "Al Jazeera reports it
was commandeered at gunpoint": only a craft or another made thing crashes, capsizes or takes off
(``lexicons/craft_verbs.txt``), and only one is hijacked or towed (``lexicons/craft_passives.txt``).
A body named before (the agency, the broadcaster) or a place is never what such an "it" means; a
craft typed as a weapon (a ship, an aircraft) still may be.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.agreement import THING_PRONOUNS
from graphbuild.resolve.entities import LocalEntity

# What a craft's "it" may still stand for: a craft typed as a weapon or vehicle.
CRAFT_TYPES = frozenset({"Weapon"})
ACTIVE_SUBJECT = "nsubj"
PASSIVE_SUBJECT = "nsubjpass"
PARTICLE = "prt"
# How an active verb is written with its particle in the lexicon ("take+off").
PARTICLE_JOIN = "+"
NOUN = "NOUN"


def craft_verb(verb: Token) -> str:
    """A verb's lemma with its particle, as the lexicon writes it ("take+off")."""
    particles = [c.lower_ for c in verb.children if c.dep_ == PARTICLE]
    return PARTICLE_JOIN.join([verb.lemma_.lower(), *particles])


def craft_it(pronoun: Token, lexicons: Lexicons) -> bool:
    """Whether "it" is the subject of a verb only a craft or a made thing is subject of."""
    if pronoun.lower_ not in THING_PRONOUNS:
        return False
    verb = pronoun.head
    if pronoun.dep_ == ACTIVE_SUBJECT:
        return craft_verb(verb) in lexicons.terms("craft_verbs")
    if pronoun.dep_ == PASSIVE_SUBJECT:
        return verb.lemma_.lower() in lexicons.terms("craft_passives")
    return False


def craft_before(pronoun: Token, owner: dict[int, LocalEntity], lexicons: Lexicons) -> bool:
    """ "When the plane took off it encountered trouble": an unnamed noun before "it" in its own
    sentence that is the subject of a craft's verb fits "it" better than any body named there."""
    if pronoun.lower_ not in THING_PRONOUNS:
        return False
    return any(
        token.dep_ == ACTIVE_SUBJECT
        and token.pos_ == NOUN
        and token.i not in owner
        and craft_verb(token.head) in lexicons.terms("craft_verbs")
        for token in pronoun.doc[pronoun.sent.start : pronoun.i]
    )


def not_a_craft(
    pronoun: Token, entity: LocalEntity, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> bool:
    """Whether a craft's "it" was given a body, a person or a place: then it is left open."""
    if entity.type in CRAFT_TYPES:
        return False
    return craft_it(pronoun, lexicons) or craft_before(pronoun, owner, lexicons)


__all__ = ["craft_before", "craft_it", "craft_verb", "not_a_craft"]
