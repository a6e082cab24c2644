"""Mentions that name no one on their own: a bare number or quantifier ("The three were released"),
a part of a group named only by a pronoun ("one of them") or by a relative ("none of which").

As a fact's subject each is as empty as a bare pronoun, so coreference treats them alike.
"""

from __future__ import annotations

from spacy.tokens import Doc

from graphbuild.model import Mention
from graphbuild.nlp import children_with, token_table
from graphbuild.resolve.entities import expanded_span
from graphbuild.resolve.mentions.nouns import NOUN_POS


def bare_number(doc: Doc, mention: Mention) -> bool:
    """A number or quantifier standing alone for a noun said before ("Nine were confirmed dead",
    "The three were released", "Some were beaten"): elliptical, like a pronoun; as an object it may
    still count what was done ("gunmen killed five")."""
    span = expanded_span(doc, mention.start, mention.end)
    if span is None or not len(span):
        return False
    head, rest = span.root, [t for t in span if t.i != span.root.i]
    if len(span) == 1 and head.lower_ in BARE_QUANTIFIERS and head.pos_ not in NOUN_POS:
        return True  # "Some were beaten with truncheons", "Many fled": some of whom?
    counted = head.like_num and head.pos_ == "NUM"
    return counted and all(t.dep_ in ("det", "predet") and t.lower_ in ELLIPTIC_DETERMINERS for t in rest)


# Quantifiers that stand for a group named before ("Some were beaten"); "others" is a pronoun.
BARE_QUANTIFIERS = frozenset({"some", "many", "most", "several", "both", "all", "few", "each", "any"})
# Determiners of a bare number that still names no one ("the three", "all three", "these two").
ELLIPTIC_DETERMINERS = frozenset({"the", "all", "these", "those", "both"})


def relative_part(doc: Doc, mention: Mention) -> bool:
    """A part of what a relative clause hangs on ("six vehicles, none of which had problems"; "two of
    whom"): it names its whole only through "which", so alone it is as empty as a pronoun."""
    return _part_of(doc, mention, RELATIVE_TAGS)


def part_of_pronoun(doc: Doc, mention: Mention) -> bool:
    """A part of a group named only by a pronoun ("one of them", "some of us"): which ones is said
    before, if at all, so as a fact's subject it is as empty as the pronoun."""
    return _part_of(doc, mention, PERSONAL_PRONOUN_TAGS)


def _part_of(doc: Doc, mention: Mention, tags: frozenset[str]) -> bool:
    """Whether the mention's head has an "of" whose object is a word of one of the parser's ``tags``."""
    span = expanded_span(doc, mention.start, mention.end)
    if span is None or not len(span):
        return False
    table = token_table(doc)  # asked of every linked mention: the words under "of" are read off the table
    return any(
        any(table.tag[p] in tags for p in table.children[of.i])
        for of in children_with(span.root, ("prep",), ("of",))
    )


# The parser's tags of relative pronouns ("which", "whom").
RELATIVE_TAGS = frozenset({"WDT", "WP"})
# The parser's tag of personal pronouns ("them", "us").
PERSONAL_PRONOUN_TAGS = frozenset({"PRP"})


__all__ = ["bare_number", "part_of_pronoun", "relative_part"]
