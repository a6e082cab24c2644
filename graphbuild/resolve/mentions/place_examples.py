"""``islands like X``, ``towns such as X``, ``rural parts of Y, like X``: a name given as an
example of places of a kind is a place of that kind, a town GeoNames knows by the name, though NER
took it for a person or a body."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# Prepositions that introduce examples of what the noun before them names ("such as" with "such").
EXAMPLE_PREPOSITIONS = frozenset({"like", "including"})
# Place kinds whose plural noun introduces places ("islands", "towns", "provinces"); a site's
# noun does not ("websites like X" names bodies).
EXAMPLE_KINDS = frozenset({"City", "AdminArea", "GeoRegion"})
# A noun of the parts of a place ("rural parts of Y, like X").
PART_NOUN = "part"


def example_of_places(span: Span, tables: MentionTables) -> bool:
    """The name, or the first of a list it ends, follows "like", "including" or "such as" after a
    plural noun of towns, areas or natural places, or of the parts of a place."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    preposition = root.head
    if root.dep_ != "pobj" or not _introduces_examples(preposition):
        return False
    noun = preposition.head
    if noun.tag_ != "NNS" or noun.i >= preposition.i:
        return False
    lemma = noun.lemma_.lower()
    return lemma == PART_NOUN or tables.noun_table("Region").get(lemma, ("", ""))[1] in EXAMPLE_KINDS


def _introduces_examples(preposition: Token) -> bool:
    word = preposition.lower_
    if word in EXAMPLE_PREPOSITIONS:
        return True
    doc = preposition.doc
    return word == "as" and preposition.i > 0 and doc[preposition.i - 1].lower_ == "such"
