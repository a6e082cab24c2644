"""The noun of a light-verb idiom is no antecedent: "a dinner took place in May that raised
funds" tells what the dinner raised; the "place" of "take place" names no thing of its own."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.nlp import children_with, has_child

# Light-verb idioms whose bare object noun only completes the verb: (verb lemma, noun lemma).
LIGHT_IDIOMS = frozenset({("take", "place")})
# Words that would make the noun a real thing ("took the place of", "took his place").
DETERMINING_DEPS = ("det", "poss", "amod", "compound", "nummod")


def idiom_subject(noun: Token) -> Token | None:
    """The subject of the light verb whose bare object ``noun`` is ("a dinner took place that
    raised …": the dinner); None when the noun is a determined thing or the verb has no subject."""
    verb = noun.head
    if noun.dep_ != "dobj" or (verb.lemma_.lower(), noun.lemma_.lower()) not in LIGHT_IDIOMS:
        return None
    if has_child(noun, DETERMINING_DEPS):
        return None
    subjects = children_with(verb, SUBJ_DEPS)
    return subjects[0] if subjects and subjects[0].pos_ in ("NOUN", "PROPN") else None


__all__ = ["LIGHT_IDIOMS", "idiom_subject"]
