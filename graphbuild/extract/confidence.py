"""Confidence of a fact from the evidence for it, so that ranking by it gives a good P-R curve.

The weights are a hand-tuned linear score (on the CaRB dev split): the rule that made the fact,
how the subject was found, argument lengths, hedges and attribution.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphbuild.extract.facts import Fact

# Prior by construction: a subject-verb-object clause is the most reliable.
_KIND_PRIOR = {
    "object": 0.80,
    "prep": 0.72,
    "clause": 0.55,
    "is": 0.62,
    "role": 0.50,
    "has": 0.40,
}
# Penalties for clauses whose subject was inherited or whose verb is embedded.
_DEP_PENALTY = {"relcl": 0.06, "acl": 0.10, "advcl": 0.10, "xcomp": 0.04, "conj": 0.05}


def score(fact: Fact, doc: Doc) -> float:
    """A number in (0, 1): higher means more likely to be a correct, well-bounded fact."""
    construction, _, how = fact.kind.partition(":")
    value = _KIND_PRIOR.get(how, 0.5)
    for dep, penalty in _DEP_PENALTY.items():
        if f"+{dep}" in construction:
            value -= penalty
    if construction.startswith("passive"):
        value -= 0.02
    subject = doc[fact.subject[0] : fact.subject[1]]
    if len(subject) == 1 and subject[0].pos_ == "PRON":
        value -= 0.08
    length = len(subject) + (fact.object[1] - fact.object[0] if fact.object else 0)
    value -= 0.012 * max(0, length - 6)
    value -= 0.03 * len(fact.arguments)
    if fact.modality:
        value -= 0.03
    if fact.attributed_to:
        value -= 0.03
    return value
