"""Names given as examples of a class: ``films such as X, Y and Z``, ``its brands include X and Y``.
The noun the list of examples hangs on says what every name of the list is; a list of films or
brands names works or products, not people, bodies or places, whatever NER thought of each name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# Prepositions that open a list of examples after the class noun: "films such as", "brands like",
# "products including".
EXAMPLE_PREPOSITIONS = frozenset({"as", "like", "including"})
# The verb whose subject is the class and whose object lists its examples: "brands include X".
EXAMPLE_VERB = "include"
# Relative pronouns that stand for the class noun a clause hangs on: "the drugs, which included X".
RELATIVES = frozenset({"which", "that"})


def class_noun(span: Span) -> Token | None:
    """The lower-case noun a list of examples holding the name hangs on: "films" of "films such
    as X and Y", "brands" of "whose brands include X and Y", "drugs" of "the drugs, which included
    X and Y" (the relative pronoun stands for the noun); None when the name is in no such list."""
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    head = first.head
    noun = None
    if first.dep_ == "pobj" and head.lower_ in EXAMPLE_PREPOSITIONS:
        noun = head.head.head if head.head.lower_ == "such" else head.head  # "such" may hold "as"
    elif first.dep_ == "dobj" and head.lemma_.lower() == EXAMPLE_VERB:
        noun = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if noun is not None and noun.lower_ in RELATIVES and head.dep_ == "relcl":
            noun = head.head
    if noun is None or noun.pos_ != "NOUN" or not noun.text.islower():
        return None
    return noun


def listed_kind(span: Span, tables: MentionTables) -> str | None:
    """``films such as X``, ``brands include X``: "Work" for a list of works (``work_nouns``,
    ``programme_nouns``), "Product" for one of made things or brands (``product_nouns``,
    ``product_class_nouns``); None otherwise."""
    noun = class_noun(span)
    if noun is None:
        return None
    lemma, words = noun.lemma_.lower(), tables.lexicons
    if lemma in words.terms("work_nouns") | words.terms("programme_nouns"):
        return "Work"
    if lemma in words.terms("product_nouns") | words.terms("product_class_nouns"):
        return "Product"
    return None
