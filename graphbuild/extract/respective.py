"""Coordinations paired "respectively": "A, B and C won gold, silver and bronze respectively" says
A won gold, B silver and C bronze, one fact per pair, and neither that A won silver nor that A won
all three. Two lists of one length pair off by position; any other shape keeps no cross pair (see
``triples._unpaired``): no fact is better than a wrong one.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Doc, Token

from graphbuild.extract.facts import Fact
from graphbuild.extract.phrases import TokenSpan, noun_span, trim
from graphbuild.extract.predicates import respective
from graphbuild.model import evolve
from graphbuild.nlp import token_table

# The adverb that pairs the members of two coordinations in order.
RESPECTIVELY = "respectively"
# Subjects whose conjuncts are the first list.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The second list: the verb's object or complement, else the object of its first preposition after it.
PAIRED_DEPS = ("dobj", "attr", "oprd")


def respective_pairs(verb: Token) -> list[tuple[Token, Token]]:
    """The (subject, paired word) heads of a clause that pairs two noun coordinations of one length
    "respectively", in order; empty if it pairs no such lists ("the fourth and fifth bombs": words
    inside one phrase, which no triple can part)."""
    if RESPECTIVELY not in _words(verb.doc) or not respective(verb):
        return []  # asked of every verb: the subtree is walked only if the adverb is in the text
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1:
        return []
    left = _members(subjects[0])
    right = _second_list(verb, len(left)) if len(left) > 1 else []
    if not right:
        return []
    return list(zip(left, right, strict=True))


def _words(doc: Doc) -> frozenset[str]:
    """The doc's lowercase words, kept on the Doc."""
    if "gb_words" not in doc.user_data:
        doc.user_data["gb_words"] = frozenset(token_table(doc).lower)
    return doc.user_data["gb_words"]


def _members(head: Token) -> list[Token]:
    """A head and its coordinated siblings, in sentence order."""
    return sorted([head, *head.conjuncts], key=lambda t: t.i)


def _second_list(verb: Token, length: int) -> list[Token]:
    """The coordination of ``length`` words the subjects pair with: the object or complement, else
    the object of a preposition after the verb ("held the debates on NBC and ABC, respectively")."""
    heads = [c for c in verb.children if c.dep_ in PAIRED_DEPS]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        heads += [c for c in prep.children if c.dep_ == "pobj"]
    lists = [_members(h) for h in heads]
    fitting = [members for members in lists if len(members) == length]
    return fitting[0] if len(fitting) == 1 else []


def paired_facts(verb: Token, facts: Iterable[Fact]) -> Iterator[Fact]:
    """The verb's facts with each subject member given its own paired word: a fact naming one
    member on each side, the same, stays; one with the whole second list gets its own member; any
    other pairing is only a variant for Open IE benchmarks, no fact of the graph."""
    pairs = respective_pairs(verb)
    if not pairs:
        yield from facts
        return
    lefts, rights = [s for s, _ in pairs], [o for _, o in pairs]
    for fact in facts:
        subject = _inside(fact.subject, lefts)
        if fact.variant or fact.object is None:
            yield fact
        elif len(subject) != 1:
            yield evolve(fact, variant=True)  # "A, B and C won gold": none of them won all
        else:
            yield from _paired(fact, subject[0], rights)


def _paired(fact: Fact, n: int, rights: list[Token]) -> Iterator[Fact]:
    """A fact of the ``n``-th subject: with its own word of the second list, be it in the object
    or an argument ("were fined for speeding and theft", "on NBC and ABC"); any other word of it
    makes the fact a variant, and so does a fact naming none."""
    doc, own = rights[0].doc, noun_span(rights[n])
    named = _inside(fact.object, rights)
    if named == [n]:
        yield evolve(fact, object=_without_adverb(doc, fact.object))
        return
    if len(named) == len(rights):  # the whole list: its own word instead
        yield evolve(fact, object=own)
    elif not named:
        held = [a for a in fact.arguments if len(_inside(a.span, rights)) == len(rights)]
        if held:
            arguments = tuple(evolve(a, span=own) if a is held[0] else a for a in fact.arguments)
            yield evolve(fact, arguments=arguments)
    yield evolve(fact, variant=True)


def _without_adverb(doc: Doc, span: TokenSpan) -> TokenSpan:
    """The span without the adverb the parse may hang on its last word ("the coach, respectively")."""
    if span[1] - span[0] > 1 and doc[span[1] - 1].lower_ == RESPECTIVELY:
        return trim(doc, span[0], span[1] - 1)
    return span


def _inside(span: TokenSpan, heads: list[Token]) -> list[int]:
    """Positions of the heads the span holds."""
    return [n for n, head in enumerate(heads) if span[0] <= head.i < span[1]]


__all__ = ["paired_facts", "respective_pairs"]
