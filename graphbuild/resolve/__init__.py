"""Entity resolution: typed mentions, local entities, coreference and cross-document merging."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from graphbuild.lexicons import Lexicons
from graphbuild.model import Triple
from graphbuild.resolve.entities import (
    DocumentEntities,
    LocalEntity,
    group_mentions,
    link_triples,
    merge_entities,
    normalise,
)
from graphbuild.resolve.mentions import EntityMention, find_mentions


def resolve_document(
    doc: Doc, triples: Iterable[Triple], *, nlp: Language, lexicons: Lexicons
) -> DocumentEntities:
    """Local entities of a parsed document, and its triples linked to them."""
    entities = group_mentions(doc, find_mentions(doc, nlp, lexicons))
    return DocumentEntities(entities, link_triples(doc, entities, triples))


__all__ = [
    "DocumentEntities",
    "EntityMention",
    "LocalEntity",
    "find_mentions",
    "merge_entities",
    "normalise",
    "resolve_document",
]
