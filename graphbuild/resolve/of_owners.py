"""Which entity a participant stands for when its head is named only by its ``of`` phrase.

"support for the Government of Iraq in the fight against X", "an attack on the fighters of Y":
the frame's participant is a head with no entity of its own ("Government", "fighters") whose ``of``
names one. A head that stands for what it belongs to (``owned_heads.transparent``: people acting for
it, a part of a place, a weapon) or a proper-noun head (a body titled after its owner) takes part
as that entity, as a triple's phrase already does (``owned_heads.owned_subject``); any other head
("the defeat of Y", "the history of Y") does not: Y did no fighting. One holder of a post ("the chief of
Y", ``lexicons/role_nouns.txt``) or a head in apposition with a name ("Ana Ruiz, the president of
Y") is a person, not Y.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.owned_heads import transparent

# The preposition by which a head names what it belongs to.
OWNER_PREPOSITION = ("of",)
# The lexicon of a person's posts ("chief", "president"), and the tags of a singular noun: one holder
# of a post is a person, not the body ("officials of X", several, act for it).
ROLE_LEXICON = "role_nouns"
SINGULAR_TAGS = frozenset({"NN", "NNP"})


def of_owner(token: Token, owner: dict[int, LocalEntity], lexicons: Lexicons) -> Token | None:
    """The word of ``token``'s ``of`` phrase that names an entity ``token`` stands for; else None."""
    if token.pos_ not in ("NOUN", "PROPN") or token.i in owner:
        return None
    if token.pos_ == "NOUN" and not transparent(token, lexicons):
        return None
    if token.tag_ in SINGULAR_TAGS and token.lemma_.lower() in lexicons.terms(ROLE_LEXICON):
        return None  # "the police chief of X told Y": one person, who is no X
    if token.dep_ == "appos" or children_with(token, ("appos",)):
        return None  # "the president of X, Ana Ruiz,", "Ana Ruiz, the president of X": she acts
    for prep in children_with(token, ("prep",), OWNER_PREPOSITION):
        for pobj in children_with(prep, ("pobj",)):
            if pobj.i in owner:
                return pobj
    return None


__all__ = ["of_owner"]
