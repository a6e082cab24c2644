"""Neg-raising: "X does not think Y" says that X thinks Y is not so, so Y is denied."""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import has_child

# The lexicon of the verbs of opinion whose "not" moves down into their content.
NEG_RAISING_VERBS = "neg_raising_verbs"


def raises_negation(verb: Token, lexicons: Lexicons) -> bool:
    """A verb of opinion with its own "not" ("does not believe", "don't think"): the "not" denies
    what it reports."""
    return verb.lemma_.lower() in lexicons.terms(NEG_RAISING_VERBS) and has_child(verb, ("neg",))


def raised_denial(clause: Token, lexicons: Lexicons) -> bool:
    """``clause`` is the finite content, with a subject of its own, of a verb of opinion that has
    "not": "the council does not believe [the bridge is safe]" denies that it is safe."""
    return (
        clause.dep_ == "ccomp"
        and has_child(clause, SUBJ_DEPS)
        and clause.i > clause.head.i
        and raises_negation(clause.head, lexicons)
    )


def denied_opinion(verb: Token, lexicons: Lexicons) -> Token | None:
    """The opinion verb whose denied content ``verb`` is: the content is only as sure as the opinion
    ("hoped the board does not think [the plan is wise]": hoped, not stated)."""
    return verb.head if raised_denial(verb, lexicons) else None
