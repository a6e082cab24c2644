"""The thing a "which" stands for when the parse hung it on a person's name.

"which" never stands for a person, so a ", which" clause after a name inside a phrase that
describes a thing ("a plan proposed by Ana Ruiz, which would cap the deficit", "a house owned by
Tom Hale, which is located near the river"), or after the "by" agent of a passive ("a suit was
filed by Tom Hale, which asked for a review"), is about that thing, not about the name.
"""

from __future__ import annotations

from spacy.tokens import Token

# Relative words that stand for things only ("who" and "whom" stand for persons).
THING_RELATIVES = frozenset({"which"})
# Prepositions by which a name hangs in the phrase of the thing it describes, as its doer
# ("proposed by Ana Ruiz") or owner ("the house of Tom Hale"). After others the name may be the
# thing's example ("languages such as Tok Pisin, which"), a case for agreement, not for "which".
NAME_PREPOSITIONS = frozenset({"by", "of"})
# Parts of speech of a noun a "which" may stand for.
NOUN_POS = frozenset({"NOUN", "PROPN"})


def thing_for_which(relcl: Token) -> Token | None:
    """The thing noun a "which" clause hung on a person's name stands for: the noun whose
    prepositional phrase, or whose participle's "by" phrase, holds the name, or the subject of the
    passive whose agent the name is. None when the clause has no "which", hangs on no person's
    name, or no such noun holds the name."""
    if not any(c.lower_ in THING_RELATIVES for c in relcl.children):
        return None
    name = relcl.head
    if name.ent_type_ != "PERSON" or name.dep_ != "pobj" or name.head.lower_ not in NAME_PREPOSITIONS:
        return None
    above = name.head.head
    if above.dep_ == "acl" and above.pos_ == "VERB":
        above = above.head  # "a plan proposed by Ana Ruiz": the plan
    elif above.pos_ == "VERB" and name.head.dep_ == "agent":
        done = [c for c in above.children if c.dep_ == "nsubjpass"]
        above = done[0] if done else above  # "a suit was filed by Tom Hale, which asked …": the suit
    if above.pos_ not in NOUN_POS or above.ent_type_ == "PERSON":
        return None
    return above


__all__ = ["thing_for_which"]
