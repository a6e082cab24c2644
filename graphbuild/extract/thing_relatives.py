"""The thing a "which" stands for when the parse hung it on a person's name.

"which" never stands for a person, so a ", which" clause after a name inside a phrase that
describes a thing ("a plan proposed by Ana Ruiz, which would cap the deficit", "a house owned by
Tom Hale, which is located near the river") is about that thing, not about the name.
"""

from __future__ import annotations

from spacy.tokens import Token

# Relative words that stand for things only ("who" and "whom" stand for persons).
THING_RELATIVES = frozenset({"which"})
# Links by which a name hangs in the phrase of the thing it describes: "proposed by Ana Ruiz"
# (agent), "the house of Tom Hale" (prep).
NAME_PREPOSITION_DEPS = frozenset({"agent", "prep"})
# Parts of speech of a noun a "which" may stand for.
NOUN_POS = frozenset({"NOUN", "PROPN"})


def thing_for_which(relcl: Token) -> Token | None:
    """The thing noun a "which" clause hung on a person's name stands for: the noun whose
    prepositional phrase, or whose participle's "by" phrase, holds the name. None when the clause
    has no "which", hangs on no person's name, or no such noun holds the name."""
    if not any(c.lower_ in THING_RELATIVES for c in relcl.children):
        return None
    name = relcl.head
    if name.ent_type_ != "PERSON" or name.dep_ != "pobj" or name.head.dep_ not in NAME_PREPOSITION_DEPS:
        return None
    above = name.head.head
    if above.dep_ == "acl" and above.pos_ == "VERB":
        above = above.head  # "a plan proposed by Ana Ruiz": the plan
    if above.pos_ not in NOUN_POS or above.ent_type_ == "PERSON":
        return None
    return above


__all__ = ["thing_for_which"]
