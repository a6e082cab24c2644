"""What someone is accused of: "charged with forging documents" says the forging is alleged, not done."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.held_views import ALLEGED
from graphbuild.lexicons import Lexicons

# The lexicon of verbs and nouns of accusing ("accused of", "charges of").
ACCUSING_WORDS = "accusing_words"
# Prepositions that name the act of an accusation: "accused of", "charged with", "arrested for".
ACT_PREPOSITIONS = frozenset({"of", "with", "for"})
# Links from a preposition to the act it names.
_ACT_DEPS = frozenset({"pobj", "pcomp"})


def accused_act(verb: Token, lexicons: Lexicons) -> str | None:
    """``alleged`` for a gerund that names what an accusation accuses of, alone or among other
    charges: "accused of fraud and illegally selling weapons", "charges of taking bribes": the
    accusation states the act, it does not establish it."""
    if verb.tag_ != "VBG":
        return None
    first = verb
    while first.dep_ == "conj" and first.head is not first:
        first = first.head  # "of murder, attempted murder and negligently performing a duty"
    if first is not verb and _accusing_participle(first, verb, lexicons):
        return ALLEGED  # "accused of fraud and selling weapons", parsed as a second verb of "accused"
    listed = first.dep_ == "advcl" and first.tag_ == "VBG" and any(c.dep_ == "conj" for c in first.children)
    if listed and _accusing_participle(first.head, first, lexicons):
        return ALLEGED  # "charged with fraud, obstructing an officer and driving …": a list of acts
    preposition = first.head
    if first.dep_ not in _ACT_DEPS or preposition.lower_ not in ACT_PREPOSITIONS:
        return None
    accusing = preposition.head.lemma_.lower() in lexicons.terms(ACCUSING_WORDS)
    return ALLEGED if accusing else None


def _accusing_participle(head: Token, gerund: Token, lexicons: Lexicons) -> bool:
    """A passive accusing participle with its act's preposition before ``gerund`` ("is accused of
    fraud and selling"): a gerund cannot join a participle as a verb of its own, so it is one more
    act the accusation names."""
    return (
        head.tag_ == "VBN"
        and head.lemma_.lower() in lexicons.terms(ACCUSING_WORDS)
        and any(c.dep_ == "prep" and c.lower_ in ACT_PREPOSITIONS and c.i < gerund.i for c in head.children)
    )
