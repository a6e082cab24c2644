"""Confidence of a fact from the evidence for it, so that ranking by it gives a good P-R curve.

A hand-set linear score, its weights tuned on the CaRB dev split: a prior for the shape of the
fact, then penalties for weaker evidence (a subject inherited through a relative or adverbial
clause, a pronoun subject, long or many arguments, hedges, attribution). Variants (a fact restated
with other bounds) are scaled below every primary fact, so they only add recall at the tail.

The risk penalties (an infinitive with no subject of its own, an asked or planned act, negation, a
bare noun object, a subject glued to a quote or bracket) were set against hand verdicts on news triples (the
judged dev sheets in tests/data/gold), where these shapes are wrong far more often than the rest.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from graphbuild.extract.facts import Fact
from graphbuild.extract.qualifiers import is_infinitive
from graphbuild.nlp import span_text

# Prior by the shape of the fact (the part of ``Fact.kind`` after the colon).
_SHAPE_PRIOR = {
    "clause": 0.83,  # subject reporting-verb clause ("X said ...")
    "ccomp": 0.52,  # subject verb clause, another verb ("X showed that ...")
    "prep": 0.76,  # subject verb-preposition object ("was born in X")
    "object": 0.69,  # subject verb object
    "objprep": 0.88,  # variants only: verb-object-preposition ("filed charges against X")
    "is": 0.43,  # apposition or title
    "has": 0.29,  # possessive
    "in": 0.32,  # a noun placed by a name ("the hall in Glasgow")
    "role": 0.45,  # named role holder ("X, director at Y"); 0.2 scores CaRB a hair better, but
    # the graph wants these facts above the threshold most users pick
}
# Penalties by how the clause hangs in the sentence (the part of ``Fact.kind`` after "+").
_LINK_PENALTY = {"relcl": 0.18, "acl": 0.30, "advcl": 0.18, "xcomp": 0.0, "conj": 0.17, "shared": 0.30}
# Penalties for weaker evidence, and the scale that puts variants below primary facts.
_PENALTY = {
    "passive": -0.07,  # a passive is no weaker: a small bonus
    "pronoun_subject": 0.05,
    "per_token_over_6": 0.006,
    "per_argument": 0.0075,
    "modality": 0.03,
    "attributed": 0.13,
    # risks seen on news (judged dev sheets): each shape is right far less often than the rest
    "infinitive_relation": 0.25,  # "the law to help keep safe": a purpose clause read as a fact
    "negated": 0.08,  # negation scope is often wrong: "rejected the idea that ..."
    "bare_noun_object": 0.08,  # "Serbians protested a row", "returned fire": an idiom or a fragment
    "garbled_subject": 0.25,  # 'that"[w]e', 'T]hat': a subject cut through a quotation or bracket
    "unrealised": 0.15,  # "asked the agency to determine", "plans to supply": a wish, not a deed
}
# A word glued to a bracket or quote: a subject cut through a quotation ('that"[w]e', 'T]hat').
_GARBLED = re.compile(r'\w[\[\]"“”]|[\[\]"“”]\w')
_VARIANT_SCALE = 0.35


def score(fact: Fact, doc: Doc) -> float:
    """A number, higher when the fact is more likely correct and well-bounded (clamped later)."""
    construction, _, shape = fact.kind.partition(":")
    value = _SHAPE_PRIOR.get(shape, 0.5)
    _, _, link = construction.partition("+")
    value -= _LINK_PENALTY.get(link, 0.0)
    if construction.startswith("passive"):
        value -= _PENALTY["passive"]
    subject = doc[fact.subject[0] : fact.subject[1]]
    if len(subject) == 1 and subject[0].pos_ == "PRON":
        value -= _PENALTY["pronoun_subject"]
    length = len(subject)
    if fact.object and shape not in ("clause", "ccomp"):  # reported content is long by nature
        length += fact.object[1] - fact.object[0]
    value -= _PENALTY["per_token_over_6"] * max(0, length - 6)
    value -= _PENALTY["per_argument"] * len(fact.arguments)
    if fact.modality:
        value -= _PENALTY["modality"]
    value -= _risk(fact, doc, subject)
    if fact.attributed_to and not _cited(fact, doc):
        value -= _PENALTY["attributed"]
    if fact.variant:
        value *= _VARIANT_SCALE
    return value


def _risk(fact: Fact, doc: Doc, subject: Span) -> float:
    """Penalties for the shapes that are often wrong in news text, whatever the rule that made them."""
    risk = 0.0
    first = fact.relation[0] if fact.relation else None
    if isinstance(first, int) and doc[first].lower_ == "to" and doc[first].tag_ == "TO":
        risk += _PENALTY["infinitive_relation"]
    if fact.modality and any(isinstance(p, int) and is_infinitive(doc[p]) for p in fact.relation):
        risk += _PENALTY["unrealised"]
    if fact.negated:
        risk += _PENALTY["negated"]
    if fact.object and fact.object[1] - fact.object[0] == 1:
        word = doc[fact.object[0]]
        if word.pos_ == "NOUN" and word.tag_ == "NN":
            risk += _PENALTY["bare_noun_object"]
    if _GARBLED.search(span_text(subject)):  # cut from the Doc's text: ``Span.text`` joins a Token per word
        risk += _PENALTY["garbled_subject"]
    return risk


def _cited(fact: Fact, doc: Doc) -> bool:
    """A source cited with "according to X": the fact is stated as the sentence's own, sourced."""
    assert fact.attributed_to is not None
    source = doc[fact.attributed_to[0] : fact.attributed_to[1]].root
    return source.head.lower_ == "to" and source.head.head.lower_ == "according"
