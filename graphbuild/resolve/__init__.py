"""Entity resolution: typed mentions, local entities, coreference, merging, linking, actor codes.

One module per job: ``mentions`` (typing), ``places`` (countries, cities, demonyms),
``canonical`` (one entity per thing within a document), ``coref`` (pronouns, triple linking),
``merge`` (across documents), ``linking`` (ISO 3166 / GeoNames codes) and ``actors`` (CAMEO codes
from PETRARCH/TABARI dictionaries).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from graphbuild.lexicons import Lexicons
from graphbuild.model import Triple
from graphbuild.resolve.canonical import group_mentions
from graphbuild.resolve.coref import link_triples
from graphbuild.resolve.entities import DocumentEntities, LocalEntity, normalise
from graphbuild.resolve.linking import link_places
from graphbuild.resolve.mentions import EntityMention, find_mentions
from graphbuild.resolve.merge import merge_entities


def resolve_document(
    doc: Doc, triples: Iterable[Triple], *, nlp: Language, lexicons: Lexicons
) -> DocumentEntities:
    """Local entities of a parsed document, and its triples linked to them."""
    entities = group_mentions(doc, find_mentions(doc, nlp, lexicons))
    return DocumentEntities(entities, link_triples(doc, entities, triples, lexicons))


__all__ = [
    "DocumentEntities",
    "EntityMention",
    "LocalEntity",
    "find_mentions",
    "group_mentions",
    "link_places",
    "link_triples",
    "merge_entities",
    "normalise",
    "resolve_document",
]
