"""Counterfactual conditions: "if I was at home I'd be voting for you", "he would not have hit back
if he had had the chance". An "if" clause in the past under a main clause of "would", "could" or
"might" supposes what is not so; cut from its consequence, its triple states nothing (the graph
leaves it out). In reported speech a past "if" clause under "would" is only the backshift of an open
condition ("said that if they won, they would cut taxes"): there only the perfect "would have" marks
the condition as contrary to fact."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.extract.facts import Fact
from graphbuild.extract.supposed import CONDITIONAL, condition_around
from graphbuild.nlp import children_with, has_child

# Modals of a main clause whose past condition is contrary to fact: "would", "'d", "could", "might".
COUNTERFACTUAL_MODALS = frozenset({"would", "'d", "could", "might"})
# Links through which a clause is part of the condition above it ("if we knew how bad the fire was").
_INNER_DEPS = frozenset({"conj", "xcomp", "ccomp"})


def counterfactual_condition(fact: Fact, doc: Doc) -> bool:
    """Whether ``fact`` comes from a condition contrary to fact (see the module docstring)."""
    if fact.modality != CONDITIONAL:
        return False
    verb = _relation_head(fact, doc)
    condition = _condition_clause(verb) if verb is not None else None
    if condition is None or not _past(condition):
        return False
    main = condition.head
    modals = children_with(main, ("aux",), COUNTERFACTUAL_MODALS)
    if not modals:
        return False
    perfect = has_child(main, ("aux",), ("have", "'ve"))
    return perfect or main.dep_ != "ccomp"  # "said that if they won, they would …": a backshift


def _relation_head(fact: Fact, doc: Doc) -> Token | None:
    """The word of the relation the others hang on ("had not made": made)."""
    words = [i for i in fact.relation if isinstance(i, int)]
    heads = [doc[i] for i in words if doc[i].head.i not in words or doc[i].head.i == i]
    return heads[0] if heads else None


def _condition_clause(verb: Token) -> Token | None:
    """The "if" clause ``verb`` is, or lies inside as content, control or coordination."""
    return condition_around(verb, _INNER_DEPS, _if_clause)


def _if_clause(clause: Token) -> bool:
    """An adverbial clause marked "if" ("if I was at home")."""
    return clause.dep_ == "advcl" and has_child(clause, ("mark",), ("if",))


def _past(clause: Token) -> bool:
    """A condition in the past tense or past perfect: "if I was", "if he had had", "if we knew"."""
    return any(t.tag_ == "VBD" for t in (clause, *children_with(clause, ("aux", "auxpass"))))
