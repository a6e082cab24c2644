"""A city NER took for a body or a person, named after a noun's "in": "400 protesters in X"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from graphbuild.resolve.places import town_population

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables


def city_in(span: Span, tables: MentionTables) -> bool:
    """``400 protesters in X clashed``: a city of ``CITY_IN_POPULATION`` people or more, the object of
    "in" or "near" hung on a noun (not a stake "in" a firm), is that city though NER called it a
    body or a person; no "the" before it ("drivers in the Chase" name a contest), and a small town's
    name is as often a firm's or a band's. A name NER called a place keeps its kind ("in Quebec")."""
    root, doc = span.root, span.doc
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and root.ent_type_ in _GUESSED_LABELS
        and preposition.lower_ in _CITY_PREPOSITIONS
        and preposition.head.pos_ == "NOUN"
        and preposition.head.lemma_.lower() not in tables.lexicons.terms("holding_nouns")
        and (span.start == 0 or doc[span.start - 1].lower_ != "the")
        and town_population(span.text) >= CITY_IN_POPULATION
    )


# Prepositions whose object, a city, is where the noun they hang on is.
_CITY_PREPOSITIONS = frozenset({"in", "near", "outside"})
# People from which a known place's name after a noun's "in" is read as the city.
CITY_IN_POPULATION = 15000
# NER labels of a name guessed no place's: a name NER called a place (GPE) may be a province.
_GUESSED_LABELS = frozenset({"PERSON", "ORG"})
