"""Mending nouns made of an -ing word and a noun that the parser read as a verb and its object.

"The killer was executed by firing squad in Nevada": with no article before "firing", the small
English model reads it as a gerund whose object is "squad", so someone "fires" a squad and the
execution's agent is lost. A listed compound (``lexicons/gerund_compounds.txt``) is one noun: the
-ing word is a compound of the noun, which takes the gerund's place; the gerund's other words go
to the clause the preposition hangs on ("in Nevada" places the execution).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import forget_token_table

# What a preposition's gerund becomes when a noun takes its place: the preposition's object.
NOUN_DEP_OF = {"pcomp": "pobj"}


def mend_gerund_compounds(doc: Doc, lexicons: Lexicons) -> int:
    """Make each listed "-ing noun" compound read as a verb and its object one noun. Returns how
    many were mended."""
    compounds = lexicons.terms("gerund_compounds")
    mended = 0
    tags = [token.tag_ for token in doc]
    for i in range(len(doc) - 1):
        if tags[i] != "VBG":  # most words: no second Token made
            continue
        word, noun = doc[i], doc[i + 1]
        if (
            word.tag_ == "VBG"
            and noun.head.i == word.i
            and noun.dep_ == "dobj"
            and _listed(word, noun, compounds)
        ):
            _make_compound(word, noun)
            mended += 1
    if mended:
        forget_token_table(doc)  # read before the mend, now stale
    return mended


def _listed(word: Token, noun: Token, compounds: frozenset[str]) -> bool:
    """Whether the -ing word and the noun after it make a listed compound, by the noun's form or lemma."""
    first = word.lower_
    return f"{first} {noun.lower_}" in compounds or f"{first} {noun.lemma_.lower()}" in compounds


def _make_compound(word: Token, noun: Token) -> None:
    """Hang the noun where the gerund hung and the gerund on the noun; the gerund's other words go
    to the clause above its preposition ("by firing squad in Nevada": "in Nevada" places the act)."""
    root = word.head.i == word.i
    above = word.head.head if word.dep_ == "pcomp" and not root else noun
    for child in list(word.children):
        if child.i != noun.i:
            child.head = above
    noun.head, noun.dep_ = (noun if root else word.head), NOUN_DEP_OF.get(word.dep_, word.dep_)
    word.head, word.dep_ = noun, "compound"
    word.pos_, word.tag_ = "NOUN", "NN"
