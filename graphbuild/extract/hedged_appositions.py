"""An apposition the writer hedges with an adverb ("a white speck, presumably part of the rocket"):
what it says of its noun is only supposed, so its fact carries the adverb as its modality."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from graphbuild.extract.facts import Fact
from graphbuild.lexicons import Lexicons
from graphbuild.model import evolve

# Word lists of adverbs that weigh or report a fact rather than state it.
HEDGING_LEXICONS = ("hearsay_adverbs", "hedging_adverbs")


def hedging_words(lexicons: Lexicons) -> frozenset[str]:
    """The adverbs that weigh what they modify as hearsay or a guess ("reportedly", "probably")."""
    return frozenset().union(*(lexicons.terms(name) for name in HEDGING_LEXICONS))


def apposition_hedge(appos: Token, lexicons: Lexicons) -> str | None:
    """The hedging adverb before the apposition's noun ("presumably part of …", "apparently a
    relative of …"), lower-cased; None when it is stated plainly."""
    hedges = hedging_words(lexicons)
    return next(
        (c.lower_ for c in appos.children if c.dep_ == "advmod" and c.i < appos.i and c.lower_ in hedges),
        None,
    )


def hedged_apposition(facts: Iterable[Fact], appos: Token, lexicons: Lexicons) -> Iterator[Fact]:
    """The apposition's facts, each with the apposition's hedge as modality when it has one."""
    hedge = apposition_hedge(appos, lexicons)
    for fact in facts:
        yield evolve(fact, modality=hedge) if hedge is not None and fact.modality is None else fact
