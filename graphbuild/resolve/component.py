"""Entity resolution as a spaCy pipeline component: ``nlp.add_pipe("graphbuild_entities")``.

Runs after ``graphbuild_triples``. Results land on the Doc: ``doc._.gb_entities`` (the document's
``LocalEntity`` records), ``doc._.gb_triples`` (replaced by the triples linked to those entities)
and ``doc.spans["gb_mentions"]`` (each entity mention, labelled with its entity type).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from graphbuild.errors import GraphbuildError
from graphbuild.lexicons import Lexicons, load_lexicons
from graphbuild.model import Triple, evolve
from graphbuild.resolve.canonical import group_mentions
from graphbuild.resolve.coref import link_triples
from graphbuild.resolve.descriptions import described_entities
from graphbuild.resolve.edges import link_inner_entities
from graphbuild.resolve.entities import DocumentEntities, spans_kept
from graphbuild.resolve.mentions import EntityMention, MentionTables, find_mentions
from graphbuild.resolve.mentions.nouns import typed_nouns
from graphbuild.resolve.nodes import node_entities
from graphbuild.resolve.titles import title_countries

MENTIONS_KEY = "gb_mentions"


@Language.factory(
    "graphbuild_entities",
    default_config={"ontology_dir": None},
    requires=["doc._.gb_triples", "token.dep", "token.pos", "token.lemma", "doc.ents", "doc.sents"],
    assigns=["doc._.gb_entities", "doc._.gb_triples", "doc.spans"],
)
def make_entity_resolver(nlp: Language, name: str, ontology_dir: str | None) -> EntityResolver:
    return EntityResolver(nlp, name, ontology_dir=ontology_dir)


@functools.lru_cache(maxsize=8)
def mention_tables(nlp: Language, lexicons: Lexicons) -> MentionTables:
    """The mention tables of a pipeline and an ontology folder, built on first use.

    Keyed by the pipeline (whose vocabulary the phrase matchers use) and the lexicons object, so
    ``resolve_document`` on a pipeline's Docs shares the tables its component built.
    """
    return MentionTables.build(nlp, lexicons)


def resolve_entities(
    doc: Doc, triples: Iterable[Triple], *, tables: MentionTables
) -> tuple[list[EntityMention], DocumentEntities]:
    """The typed mentions of a parsed document, its nodes (local entities), and its triples linked to them.

    A typed mention is not necessarily a node (``nodes``): "the officials" stays text in the triples.
    Pure: nothing is written to the Doc.
    """
    with spans_kept(doc):
        return _resolve_entities(doc, triples, tables)


def _resolve_entities(
    doc: Doc, triples: Iterable[Triple], tables: MentionTables
) -> tuple[list[EntityMention], DocumentEntities]:
    mentions = find_mentions(doc, tables)
    entities = node_entities(doc, group_mentions(doc, mentions, tables.lexicons), tables.lexicons)
    # a country named only by a person's title ("the Ukrainian ambassador, X") joins as a node
    entities += title_countries(doc, [e for e in entities if e.node], tables.lexicons)
    nodes = [e for e in entities if e.node]
    # "X, the state prosecutor": the description is a mention of X for linking and for readers; the
    # edges of phrases keep the nodes as named ("X, the director of Y" is still X's relation to Y)
    described = dict(
        zip(
            map(id, nodes),
            described_entities(doc, nodes, typed_nouns(tables.lexicons, "location_nouns")),
            strict=True,
        )
    )
    # a description that turned out to be all a name's mentions is no node any more (``described_entities``)
    linked = link_triples(doc, [e for e in described.values() if e.node], triples, tables.lexicons)
    entities = [described.get(id(e), e) for e in entities]
    nodes = [e for e in nodes if described[id(e)].node]
    return mentions, DocumentEntities(entities, link_inner_entities(doc, nodes, linked, tables.lexicons))


def document_entities(doc: Doc, doc_id: str = "") -> DocumentEntities:
    """What ``resolve_document`` returns for a Doc both graphbuild components processed.

    ``graphbuild_triples`` does not know the article's id, so ``doc_id`` is put into each
    triple's provenance here.
    """
    if doc._.gb_entities is None:
        raise GraphbuildError(
            "this Doc has no doc._.gb_entities; run it through a pipeline with graphbuild_entities"
        )
    triples = [evolve(t, provenance=evolve(t.provenance, doc_id=doc_id)) for t in doc._.gb_triples]
    return DocumentEntities(doc._.gb_entities, triples)


class EntityResolver:
    """Sets ``doc._.gb_entities``, links ``doc._.gb_triples`` to them and adds ``doc.spans["gb_mentions"]``.

    The phrase matchers are built in ``initialize`` (or on the first Doc, as ``spacy.load`` and
    ``add_pipe`` do not call it), once per pipeline and ontology folder.
    """

    def __init__(self, nlp: Language, name: str, *, ontology_dir: str | None) -> None:
        self.nlp = nlp
        self.name = name
        self.ontology_dir = ontology_dir
        self.tables: MentionTables | None = None
        for extension in ("gb_triples", "gb_entities"):
            if not Doc.has_extension(extension):
                Doc.set_extension(extension, default=None)

    def initialize(
        self, get_examples: Callable[[], Iterable[object]] | None = None, *, nlp: Language | None = None
    ) -> None:
        """Build the mention tables (``nlp.initialize()`` calls this; otherwise the first Doc does)."""
        self.tables = mention_tables(self.nlp, load_lexicons(self.ontology_dir))

    def __call__(self, doc: Doc) -> Doc:
        if doc._.gb_triples is None:
            raise GraphbuildError(
                f"{self.name} needs doc._.gb_triples; add graphbuild_triples before it "
                f'(nlp.add_pipe("graphbuild_triples", before="{self.name}"))'
            )
        if self.tables is None:
            self.initialize()
        mentions, resolved = resolve_entities(doc, doc._.gb_triples, tables=self.tables)  # type: ignore[arg-type]
        self.set_annotations(doc, mentions, resolved)
        return doc

    def set_annotations(self, doc: Doc, mentions: list[EntityMention], resolved: DocumentEntities) -> None:
        doc._.gb_entities = resolved.entities
        doc._.gb_triples = resolved.triples
        doc.spans[MENTIONS_KEY] = [Span(doc, m.start, m.end, label=m.type) for m in mentions]


__all__ = ["EntityResolver", "document_entities", "mention_tables", "resolve_entities"]
