"""The antecedent of a relative pronoun: the noun its clause modifies ("al-Shabaab, which is…").

Kept apart from ``resolve.coref``: a relative pronoun is resolved by the grammar of its clause,
not from the discourse before it as the personal pronouns are.
"""

from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.antecedents import called_an_act, caused_by_clause
from graphbuild.lexicons import Lexicons
from graphbuild.resolve.entities import LocalEntity

RELATIVE_POSSESSIVE = "WP$"  # "whose"


def relative_antecedent(
    pronoun: Token, owner: dict[int, LocalEntity], lexicons: Lexicons
) -> LocalEntity | None:
    """``al-Shabaab, which is…``, ``Ban Ki-moon, the UN chief…, who…``, ``X, whose fighters…``: the
    noun the clause modifies."""
    if pronoun.lower_ == "that" and pronoun.tag_ != "WDT":
        return None
    clause = pronoun.head if pronoun.dep_ != "relcl" else pronoun
    if pronoun.tag_ == RELATIVE_POSSESSIVE:
        clause = clause.head  # "X, whose attacks killed …": past the noun "whose" owns
    while clause.dep_ != "relcl" and clause.head.i != clause.i and clause.pos_ != "NOUN":
        if clause.dep_ in ("ROOT", "ccomp"):
            return None
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    if called_an_act(pronoun, clause, lexicons) or caused_by_clause(pronoun, clause, lexicons):
        return None
    noun = clause.head
    if pronoun.lower_ == "that" and noun.text[:1].isupper() and noun.i in owner and not owner[noun.i].generic:
        return None  # a name takes no restrictive "that": "a crisis on the Web that includes X"
    for _ in range(4):
        entity = owner.get(noun.i)
        if entity is not None:
            return entity
        if noun.dep_ not in ("appos", "conj") or noun.head.i == noun.i:
            break
        noun = noun.head
    return None
