"""Entity resolution: typed mentions, local entities, coreference, merging, linking, actor codes.

One module per job: ``mentions`` (typing, one module per mention source), ``places`` (countries,
cities, demonyms), ``canonical`` (one entity per thing within a document), ``coref`` (pronouns,
triple linking), ``merge`` (across documents), ``linking`` (ISO 3166 / GeoNames codes) and
``actors`` (CAMEO codes from PETRARCH/TABARI dictionaries). ``component`` wires the per-document
steps into spaCy as ``graphbuild_entities``.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from graphbuild.lexicons import Lexicons
from graphbuild.model import Triple
from graphbuild.resolve.canonical import group_mentions
from graphbuild.resolve.component import document_entities, mention_tables, resolve_entities
from graphbuild.resolve.coref import link_triples
from graphbuild.resolve.entities import DocumentEntities, LocalEntity, normalise
from graphbuild.resolve.linking import link_places
from graphbuild.resolve.mentions import EntityMention, MentionTables, find_mentions
from graphbuild.resolve.merge import merge_entities


def resolve_document(
    doc: Doc, triples: Iterable[Triple], *, nlp: Language, lexicons: Lexicons
) -> DocumentEntities:
    """Local entities of a parsed document, and its triples linked to them.

    The same resolution as the ``graphbuild_entities`` component, for a Doc parsed without it;
    the phrase matchers are shared with that component when ``nlp`` has one.
    """
    return resolve_entities(doc, triples, tables=mention_tables(nlp, lexicons))[1]


__all__ = [
    "DocumentEntities",
    "EntityMention",
    "LocalEntity",
    "MentionTables",
    "document_entities",
    "find_mentions",
    "group_mentions",
    "link_places",
    "link_triples",
    "mention_tables",
    "merge_entities",
    "normalise",
    "resolve_document",
    "resolve_entities",
]
