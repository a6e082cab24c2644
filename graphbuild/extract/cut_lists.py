"""An argument that ends one item short of its list.

"described as coming from Europe, North Africa, and the Gulf states": the small English model often
hangs the last item of a comma list on the clause's verb, as if "and the Gulf states" joined a second
clause, so the argument stops before it and states a shorter list than the text. A verb's conjunct
is a clause; a bare noun phrase there, right after a comma list that an argument ends with, is that
list's last item, and the argument is cut.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphbuild.extract.comma_lists import LIST_CONJUNCTIONS
from graphbuild.extract.facts import Fact
from graphbuild.extract.phrases import TokenSpan

# Heads of a clause, which a list item lacks.
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "ccomp", "xcomp", "acomp", "attr"})
_NOMINAL_POS = frozenset({"NOUN", "PROPN"})


def cut_list(fact: Fact, doc: Doc) -> bool:
    """The fact's object ends a comma list whose last item the parse gave the verb."""
    return fact.object is not None and _cut_before_item(doc, fact.object)


def _cut_before_item(doc: Doc, span: TokenSpan) -> bool:
    start, end = span
    if not any(_comma_item(t, start) for t in doc[start:end]):
        return False  # no list in the argument: "and X" may join anything ("very, very white skin")
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    if i >= len(doc) - 1 or doc[i].lower_ not in LIST_CONJUNCTIONS:
        return False
    item = _item_after(doc[i])
    return item is not None and item.head.i < start and item.head.pos_ in ("VERB", "AUX")


def _comma_item(token: Token, start: int) -> bool:
    """A list item after a comma inside the argument: a conjunct or apposition whose phrase a comma
    after ``start`` opens (an argument that is itself one item, "a five-year-old girl", is no list)."""
    left = token.left_edge.i
    return token.dep_ in ("conj", "appos") and left > start and token.doc[left - 1].text == ","


def _item_after(coordinator: Token) -> Token | None:
    """The noun phrase head the coordinator introduces, when it is a verb's conjunct with no clause
    of its own."""
    head = coordinator.head
    item = next((c for c in head.children if c.dep_ == "conj" and c.i > coordinator.i), None)
    if item is None or item.pos_ not in _NOMINAL_POS or item.left_edge.i != coordinator.i + 1:
        return None
    if any(c.dep_ in _CLAUSE_DEPS for c in item.children):
        return None
    return item


__all__ = ["cut_list"]
