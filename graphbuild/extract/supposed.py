"""Clauses that are supposed, not stated: a condition ("if the ban is lifted"), what a condition
holds ("if you could prove the rhyme was by Milton": the rhyme is not said to be), a main clause
that depends on one, and a relative clause on a pronoun that names no one ("anyone who has
information", "whoever wins"): each reads as "if someone does X", never as a fact that someone did.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from graphbuild.extract.conditional_clauses import CONDITION_MARKS, condition_span
from graphbuild.extract.deps import SUBJ_DEPS
from graphbuild.extract.phrases import MAX_DEPTH
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import children_with, has_child, tensed

# Words before "if" under which the clause is no condition: "as if" compares, "even if" concedes.
_NOT_CONDITION = frozenset({"as", "even"})
# Links through which a clause is part of the clause above it: its content, control, coordination
# and its own adverbial clauses ("if we knew how bad the fire was": the fire's badness is supposed).
_INNER_DEPS = frozenset({"ccomp", "xcomp", "conj", "advcl", "acomp"})
# Modality of a supposed clause.
CONDITIONAL = "conditional"


def supposed(verb: Token, chain: list[Token], lexicons: Lexicons) -> bool:
    """``verb`` (with the verbs of its ``chain``) is a condition, lies inside one, completes the main
    clause of one, or is a relative clause on a pronoun that names no one."""
    for t in chain:  # "if the court decides not to accept X": accepting is supposed too
        condition = t.head if t.dep_ == "conj" else t  # "if A and B had been …": B is supposed too
        if has_child(condition, ("mark",), CONDITION_MARKS):
            return True  # the clause is itself a condition
    return consequent(verb) or inside_condition(verb) or free_choice(verb, lexicons)


def _conditional(clause: Token) -> bool:
    """An adverbial clause opened by "if" or "unless", not "as if" nor "even if"."""
    marks = {m.lower_ for m in clause.children if m.dep_ in ("mark", "advmod") and m.i < clause.i}
    return clause.dep_ == "advcl" and bool(marks & CONDITION_MARKS) and not marks & _NOT_CONDITION


def inside_condition(verb: Token) -> bool:
    """A clause within a condition, as its content or its own adverbial clause: "if you could prove
    the rhyme was by Milton", "if it has determined that a safety issue exists". Not a relative
    clause, which describes a thing the condition names ("if someone uses an engine based in China")."""
    if verb.dep_ not in _INNER_DEPS or verb.head is verb:
        return False
    condition = condition_around(verb.head, _INNER_DEPS, _conditional)
    if condition is None:
        return False
    left, right = condition_span(condition)  # not "…, as some members believe that …": a reason
    return left <= verb.i <= right


def condition_around(
    clause: Token, through: frozenset[str], is_condition: Callable[[Token], bool]
) -> Token | None:
    """The first clause from ``clause`` up that ``is_condition`` takes for a condition, climbing only
    through the links of ``through`` (``MAX_DEPTH`` at most): the condition a clause is or lies in.
    One walk for ``inside_condition`` and ``counterfactual``, which weigh their own conditions."""
    t = clause
    for _ in range(MAX_DEPTH):
        if is_condition(t):
            return t
        if t.dep_ not in through or t.head is t:
            return None
        t = t.head
    return None


def free_choice(verb: Token, lexicons: Lexicons) -> bool:
    """A relative clause on a pronoun that names no one ("anyone who has seen the car", "anyone who
    shouts can be prosecuted"), or a clause whose subject is such a relative pronoun ("whoever wins
    the vote"): it says what holds of whoever fits, not that anyone does."""
    pronouns = lexicons.terms("free_choice_pronouns")
    t = verb
    for _ in range(MAX_DEPTH):
        if t.dep_ == "relcl":  # not "anything to do with X", no clause about anyone
            return t.head.lower_ in pronouns and tensed(t)
        if t.dep_ in ("csubj", "ccomp", "advcl") and any(
            c.dep_ in SUBJ_DEPS and c.lower_.startswith("wh") and c.lower_ in pronouns for c in t.children
        ):
            return True  # "Whoever wins will face X"
        if t.dep_ != "conj" or t.head is t:
            return False
        t = t.head
    return False


def consequent(verb: Token) -> bool:
    """The main clause of a condition on a verb ``verb`` completes, up to the one with its own
    subject ("if the rule is adopted, firms will be able to extend X"): an "if" or "unless" clause
    on ``verb`` itself is its ``condition`` argument (``conditions_of``) and says so already; not
    "as if" nor the concessive "even if", under which the main clause holds."""
    t = verb
    for _ in range(MAX_DEPTH):
        if has_child(t, SUBJ_DEPS) or t.dep_ not in ("xcomp", "acomp", "conj") or t.head is t:
            return False
        t = t.head
        for c in children_with(t, ("advcl",)):
            if _conditional(c):
                return True
    return False
