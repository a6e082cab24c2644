"""The only module that builds RDF terms: a ``KnowledgeGraph`` as an rdflib graph.

Each fact appears twice: as a direct edge ``entity rel:<lemma> entity`` for simple queries (only
for asserted facts between two entities: a negated claim gets no direct edge), and as a
``gb:Assertion`` node carrying the relation text, qualifiers, confidence and provenance.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV

from graphbuild.errors import StoreError
from graphbuild.iri import document_iri, sentence_iri, slug

if TYPE_CHECKING:
    from graphbuild.graph import KnowledgeGraph
    from graphbuild.model import Entity, Mention, Triple

GB = Namespace("https://w3id.org/graphbuild/ontology#")
REL = Namespace("https://w3id.org/graphbuild/rel/")

FORMATS = {
    "ttl": "turtle",
    "turtle": "turtle",
    "nt": "nt",
    "ntriples": "nt",
    "trig": "trig",
    "jsonld": "json-ld",
    "json-ld": "json-ld",
}
SUFFIX = {"turtle": "ttl", "nt": "nt", "trig": "trig", "json-ld": "jsonld"}


def new_graph() -> Graph:
    """An empty graph with exactly our prefixes bound (not rdflib's two dozen defaults)."""
    g = Graph(bind_namespaces="core")
    for prefix, ns in (
        ("gb", GB),
        ("rel", REL),
        ("skos", SKOS),
        ("prov", PROV),
        ("dcterms", DCTERMS),
        ("owl", OWL),
        ("xsd", XSD),
    ):
        g.bind(prefix, ns)
    return g


def to_rdf(graph: KnowledgeGraph) -> Graph:
    """Every document, sentence, entity and triple of ``graph`` as RDF."""
    g = new_graph()
    g.bind("id", Namespace(graph.base_iri))
    base = graph.base_iri
    for doc in graph.documents:
        d = URIRef(document_iri(base, doc.id))
        g.add((d, RDF.type, GB.Document))
        g.add((d, DCTERMS.identifier, Literal(doc.id)))
        for prop, value in (
            (DCTERMS.title, doc.title),
            (DCTERMS.creator, doc.author),
            (GB.dateline, doc.dateline),
            (GB.sourcePath, doc.path),
        ):
            if value:
                g.add((d, prop, Literal(value)))
        if doc.date:
            g.add((d, DCTERMS.date, _date(doc.date)))
    for s in graph.sentences:
        node = URIRef(sentence_iri(base, s.doc_id, s.index))
        g.add((node, RDF.type, GB.Sentence))
        g.add((node, RDF.value, Literal(s.text)))
        g.add((node, GB.sentenceIndex, Literal(s.index)))
        g.add((node, GB.charStart, Literal(s.start)))
        g.add((node, GB.charEnd, Literal(s.end)))
        g.add((node, DCTERMS.isPartOf, URIRef(document_iri(base, s.doc_id))))
    for entity in graph.entities:
        add_entity(g, entity)
    for triple in graph.triples:
        add_triple(g, triple, base)
    return g


def add_entity(g: Graph, entity: Entity) -> None:
    node = URIRef(entity.id)
    g.add((node, RDF.type, GB[entity.type]))
    if entity.subtype:
        g.add((node, RDF.type, GB[slug(entity.subtype).title().replace("_", "")]))
    g.add((node, RDFS.label, Literal(entity.label)))
    g.add((node, SKOS.prefLabel, Literal(entity.label)))
    for alias in entity.aliases:
        if alias != entity.label:
            g.add((node, SKOS.altLabel, Literal(alias)))
    g.add((node, GB.mentionCount, Literal(entity.mentions)))
    for key, value in sorted(entity.codes.items()):
        g.add((node, GB[_code_property(key)], Literal(value)))


def _code_property(key: str) -> str:
    return {
        "iso3166": "iso3166Code",
        "iso3166_alpha3": "iso3166Alpha3",
        "geonames": "geonamesId",
        "country": "countryCode",
        "cameo": "cameoCode",
    }.get(key, f"{slug(key)}Code")


def relation_property(lemma: str) -> URIRef:
    """``rel:warn``, ``rel:receive``, ``rel:loot_from``: a property per normalised relation."""
    return REL[slug(lemma, max_length=40)]


def assertion_iri(base: str, triple: Triple) -> URIRef:
    p = triple.provenance
    key = "|".join(
        map(
            str,
            (
                p.doc_id,
                p.sentence_index,
                triple.subject.start,
                triple.subject.end,
                triple.relation.text,
                triple.object.start,
                triple.object.end,
            ),
        )
    )
    return URIRef(f"{base}assertion/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}")


def add_triple(g: Graph, triple: Triple, base: str) -> None:
    node = assertion_iri(base, triple)
    p = triple.provenance
    g.add((node, RDF.type, GB.Assertion))
    _add_argument(g, node, GB.subject, GB.subjectText, triple.subject)
    _add_argument(g, node, GB.object, GB.objectText, triple.object)
    g.add((node, GB.relationText, Literal(triple.relation.text)))
    g.add((node, GB.relationLemma, Literal(triple.relation.lemma)))
    g.add((node, GB.predicate, relation_property(triple.relation.lemma)))
    g.add((node, GB.negated, Literal(triple.negated)))
    if triple.modality:
        g.add((node, GB.modality, Literal(triple.modality)))
    if triple.attributed_to:
        g.add((node, GB.attributedTo, Literal(triple.attributed_to)))
    g.add((node, GB.confidence, Literal(round(triple.confidence, 3), datatype=XSD.decimal)))
    g.add((node, PROV.wasDerivedFrom, URIRef(sentence_iri(base, p.doc_id, p.sentence_index))))
    if triple.subject.entity_id and triple.object.entity_id and not triple.negated:
        g.add(
            (
                URIRef(triple.subject.entity_id),
                relation_property(triple.relation.lemma),
                URIRef(triple.object.entity_id),
            )
        )


def _add_argument(g: Graph, node: URIRef, link: URIRef, text: URIRef, mention: Mention) -> None:
    g.add((node, text, Literal(mention.text)))
    if mention.entity_id:
        g.add((node, link, URIRef(mention.entity_id)))


def _date(value: str) -> Literal:
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        return Literal(value, datatype=XSD.date)
    return Literal(value)


def serialize(g: Graph, rdf_format: str = "turtle") -> str:
    """Text of the graph in one of ``FORMATS`` (Turtle, N-Triples, TriG, JSON-LD)."""
    fmt = FORMATS.get(rdf_format)
    if fmt is None:
        raise StoreError(f"unknown RDF format {rdf_format!r}; use one of ttl, nt, trig, jsonld")
    return g.serialize(format=fmt)
