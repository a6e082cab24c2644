"""The only module that builds RDF terms: a ``KnowledgeGraph`` as an rdflib ``Dataset``.

Layout: one named graph per document (named by the document's IRI) holds the document, its
sentences, its assertions and the direct edges they support, so an article's facts can be
replaced or dropped as a unit. The default graph holds what articles share: entity descriptions
and the declarations of the ``rel:`` properties in use.

Each fact appears twice: as a direct edge ``entity rel:<lemma> entity`` between two entities (none
for a negated claim), and as a ``gb:Assertion`` node with text, qualifiers, confidence, provenance.

Every IRI is minted from content (``graphbuild.iri``) and every serializer output is sorted, so
the same input gives byte-identical files.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import DC, DCTERMS, PROV

from graphbuild.errors import StoreError
from graphbuild.iri import document_iri, sentence_iri, slug, slug_digest
from graphbuild.vocab import CODE_PROPERTIES, GB, GEONAMES, ISO3166, PREFIXES, REL, SUBTYPES

if TYPE_CHECKING:
    from graphbuild.graph import KnowledgeGraph
    from graphbuild.model import Argument, Document, Entity, Mention, Sentence, Triple

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
# Literals of values that recur (numbers, flags, lemmas, roles), made once: rdflib's Literal
# constructor is the dearest part of rendering an article. ``typed`` keeps True apart from 1.
_literal = functools.lru_cache(maxsize=1 << 16, typed=True)(Literal)
# The status of a fact the article states in its own voice (see ``edge_status``).
STATED = "stated"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")


def bind_prefixes(g: Graph, base_iri: str | None = None) -> Graph:
    """Bind exactly our prefixes (not rdflib's two dozen defaults); ``id:`` for the build's base."""
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, URIRef(ns), replace=True)
    if base_iri:
        g.bind("id", URIRef(base_iri), replace=True)
    return g


def new_graph(base_iri: str | None = None) -> Graph:
    """An empty graph with our prefixes bound."""
    return bind_prefixes(Graph(bind_namespaces="core"), base_iri)


def new_dataset(base_iri: str | None = None) -> Dataset:
    """An empty dataset whose queries see the union of its graphs, as a triple store would."""
    return bind_prefixes(Dataset(default_union=True), base_iri)  # type: ignore[return-value]


def to_rdf(graph: KnowledgeGraph) -> Dataset:
    """Every document, sentence, entity and triple of ``graph`` as RDF, a named graph per document."""
    ds = new_dataset(graph.base_iri)
    fill_rdf(ds, graph)
    return ds


def fill_rdf(ds: Dataset, graph: KnowledgeGraph) -> None:
    """Add ``graph``'s statements to ``ds`` (``graphbuild.nquads`` writes the same as text)."""
    from graphbuild.temporal.rdf import add_time_expressions, add_triple_time

    base = graph.base_iri
    default = ds.default_graph

    def graph_of(doc_id: str) -> Graph:
        return ds.graph(URIRef(document_iri(base, doc_id)))

    for doc in graph.documents:
        add_document(graph_of(doc.id), doc, base)
        add_time_expressions(graph_of(doc.id), doc, base)
    for s in graph.sentences:
        add_sentence(graph_of(s.doc_id), s, base)
    for entity in graph.entities:
        add_entity(default, entity, base)
    lemmas: set[tuple[str, str]] = set()
    dates = {doc.id: doc.date for doc in graph.documents}
    for triple in graph.triples:
        add_triple(graph_of(triple.provenance.doc_id), triple, base)
        add_triple_time(
            graph_of(triple.provenance.doc_id),
            assertion_iri(base, triple),
            triple,
            base,
            dates.get(triple.provenance.doc_id),
        )
        lemmas.add((triple.relation.lemma, edge_status(triple)))
    for lemma, status in sorted(lemmas):
        add_relation_property(default, lemma, status)


def add_document(g: Graph, doc: Document, base: str) -> None:
    """Title, date, author, dateline and where the article was read from."""
    node = URIRef(document_iri(base, doc.id))
    g.add((node, RDF.type, GB.Document))
    g.add((node, DCTERMS.identifier, Literal(doc.id)))
    for prop, value in (
        (DCTERMS.title, doc.title),
        (DC.creator, doc.author),  # DC elements: a name as a literal, where dcterms wants an agent
        (GB.dateline, doc.dateline),
        (GB.sourcePath, doc.path),
    ):
        if value:
            g.add((node, prop, Literal(value)))
    if doc.date:
        g.add((node, DCTERMS.date, _date(doc.date)))


def add_sentence(g: Graph, s: Sentence, base: str) -> None:
    """A sentence with its text and source offsets (``document.source[charStart:charEnd]``)."""
    node = URIRef(sentence_iri(base, s.doc_id, s.index))
    g.add((node, RDF.type, GB.Sentence))
    g.add((node, GB.text, Literal(s.text)))
    g.add((node, GB.sentenceIndex, _literal(s.index)))
    g.add((node, GB.charStart, _literal(s.start)))
    g.add((node, GB.charEnd, _literal(s.end)))
    g.add((node, DCTERMS.isPartOf, URIRef(document_iri(base, s.doc_id))))


def entity_classes(entity: Entity) -> list[URIRef]:
    """The type's class, plus the subtype's when the ontology has it (else the type alone)."""
    classes = [GB[entity.type]]
    if entity.subtype and SUBTYPES.get(entity.subtype) == entity.type:
        classes.append(GB[entity.subtype])
    return classes


def add_entity(g: Graph, entity: Entity, base: str) -> None:
    """Types, labels, identifiers and links to GeoNames features and ISO 3166 country concepts."""
    node = URIRef(entity.id)
    for cls in entity_classes(entity):
        g.add((node, RDF.type, cls))
    g.add((node, RDFS.label, Literal(entity.label)))
    g.add((node, SKOS.prefLabel, Literal(entity.label)))
    for alias in entity.aliases:
        if alias and alias != entity.label:  # an empty alias names nothing (and JSON-LD drops it)
            g.add((node, SKOS.altLabel, Literal(alias)))
    g.add((node, GB.mentionCount, Literal(entity.mentions)))
    for doc_id in entity.docs:
        g.add((node, GB.mentionedIn, URIRef(document_iri(base, doc_id))))
    for key, value in sorted(entity.codes.items()):
        prop = CODE_PROPERTIES.get(key)
        if prop is None:
            g.add((node, DCTERMS.identifier, Literal(f"{key}:{value}")))
        else:
            g.add((node, prop, Literal(value)))
    for prop, target in code_links(entity):
        g.add((node, prop, target))
        if target.startswith(str(ISO3166)):
            add_country_concept(g, target)


def add_country_concept(g: Graph, concept: URIRef) -> None:
    """An ISO 3166-1 code as a SKOS concept of ``gb:ISO3166Scheme`` (its notation is the code)."""
    g.add((concept, RDF.type, SKOS.Concept))
    g.add((concept, SKOS.inScheme, GB.ISO3166Scheme))
    g.add((concept, SKOS.notation, Literal(concept[len(str(ISO3166)) :])))


def code_links(entity: Entity) -> list[tuple[URIRef, URIRef]]:
    """``(property, IRI)`` pairs the entity's codes justify.

    A GeoNames id names the very place (``owl:sameAs``). An ISO code is a country concept: a
    country matches it exactly (``skos:exactMatch``); a city, or a group named by a demonym, is
    only tied to it (``gb:country``).
    """
    codes = entity.codes
    links: list[tuple[URIRef, URIRef]] = []
    geonames = codes.get("geonames", "")
    if geonames.isdigit() and entity.type == "Region":
        links.append((OWL.sameAs, URIRef(f"{GEONAMES}{geonames}/")))
    alpha2 = codes.get("iso3166", "")
    if _is_alpha2(alpha2):
        prop = SKOS.exactMatch if entity.type == "Region" and entity.subtype == "Country" else GB.country
        links.append((prop, ISO3166[alpha2.upper()]))
    country = codes.get("country", "")
    if _is_alpha2(country) and country != alpha2:
        links.append((GB.country, ISO3166[country.upper()]))
    return links


def _is_alpha2(code: str) -> bool:
    return len(code) == 2 and code.isascii() and code.isalpha()


def edge_status(triple: Triple) -> str:
    """``stated``, ``reported`` (attributed to a source), ``hedged`` (a modal or hedge) or ``negated``."""
    if triple.negated:
        return "negated"
    if triple.modality:
        return "hedged"
    return "reported" if triple.attributed_to else STATED


def relation_property(lemma: str, status: str = STATED) -> URIRef:
    """``rel:warn``, ``rel:receive``, ``rel:loot_from`` for stated facts; ``rel:warn--reported``,
    ``rel:attack--hedged`` for the others: a property per normalised relation and status."""
    name = slug(lemma, max_length=40)
    return REL[name if status == STATED else f"{name}--{status}"]


def relation_label(lemma: str) -> str:
    """``relation_property(lemma)``'s local name read back ("loot_from" → "loot from"): lemmas sharing
    a name ("talk to", "talk[ to") must not give it two labels. A hashed name keeps its own lemma."""
    name = slug(lemma, max_length=40)
    digest = slug_digest(lemma)
    if name == f"x{digest}" or name.endswith(f"_{digest}"):
        return lemma
    return name.replace("_", " ")


def add_relation_property(g: Graph, lemma: str, status: str = STATED) -> None:
    """Declare a ``rel:`` property, so ``?p rdfs:subPropertyOf gb:relatedTo`` finds every one and
    ``?p gb:edgeStatus "stated"`` the edges an article states in its own voice."""
    prop = relation_property(lemma, status)
    g.add((prop, RDF.type, OWL.ObjectProperty))
    g.add((prop, RDF.type, GB.RelationProperty))
    g.add((prop, RDFS.label, _literal(relation_label(lemma))))
    g.add((prop, RDFS.subPropertyOf, GB.relatedTo))
    g.add((prop, GB.edgeStatus, Literal(status)))


def assertion_iri(base: str, triple: Triple) -> URIRef:
    """Minted from where the fact sits in its document, so rebuilding gives the same IRI.

    Negation, modality and attribution are part of the key: "X did not attack Y" and "X attacked Y"
    in one sentence are two assertions, and must not share a node.
    """
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
    # Only when set, so an ordinary assertion keeps the IRI it always had.
    if triple.negated:
        key += "|negated"
    if triple.modality is not None:
        key += f"|modality={triple.modality}"
    if triple.attributed_to is not None:
        key += f"|attributed_to={triple.attributed_to}"
    if triple.derived is not None:
        key += f"|derived={triple.derived}|{triple.relation.lemma}"
        key += f"|{triple.subject.start}|{triple.object.start}"
    return URIRef(f"{base}assertion/{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}")


def add_triple(g: Graph, triple: Triple, base: str) -> None:
    """The assertion node, its further arguments, and the direct edge when there is one."""
    node = assertion_iri(base, triple)
    p = triple.provenance
    g.add((node, RDF.type, GB.Assertion))
    _add_mention(g, node, GB.subject, GB.subjectText, triple.subject)
    _add_mention(g, node, GB.object, GB.objectText, triple.object)
    g.add((node, GB.relationText, Literal(triple.relation.text)))
    g.add((node, GB.relationLemma, _literal(triple.relation.lemma)))
    g.add((node, GB.predicate, relation_property(triple.relation.lemma, edge_status(triple))))
    g.add((node, GB.negated, _literal(triple.negated)))
    if triple.modality:
        g.add((node, GB.modality, Literal(triple.modality)))
    if triple.attributed_to:
        g.add((node, GB.attributedTo, Literal(triple.attributed_to)))
    g.add((node, GB.confidence, _decimal(triple.confidence)))
    g.add((node, PROV.wasDerivedFrom, URIRef(sentence_iri(base, p.doc_id, p.sentence_index))))
    for index, argument in enumerate(triple.arguments):
        _add_argument(g, URIRef(f"{node}/a{index}"), node, argument)
    if triple.derived:
        g.add((node, GB.derivedBy, Literal(triple.derived)))
    subject, object_ = triple.subject.entity_id, triple.object.entity_id
    if subject and object_ and subject != object_ and not triple.negated:
        g.add(
            (URIRef(subject), relation_property(triple.relation.lemma, edge_status(triple)), URIRef(object_))
        )


def _add_mention(g: Graph, node: URIRef, link: URIRef, text: URIRef, mention: Mention) -> None:
    g.add((node, text, Literal(mention.text)))
    if mention.entity_id:
        g.add((node, link, URIRef(mention.entity_id)))


def _add_argument(g: Graph, node: URIRef, assertion: URIRef, argument: Argument) -> None:
    """A further argument of an n-ary fact (time, place, manner): its role, text and entity."""
    g.add((assertion, GB.argument, node))
    g.add((node, RDF.type, GB.Argument))
    g.add((node, GB.role, _literal(argument.role)))
    g.add((node, GB.text, Literal(argument.mention.text)))
    g.add((node, GB.charStart, _literal(argument.mention.start)))
    g.add((node, GB.charEnd, _literal(argument.mention.end)))
    if argument.mention.entity_id:
        g.add((node, GB.entity, URIRef(argument.mention.entity_id)))


@functools.lru_cache(maxsize=1 << 12, typed=True)  # confidences take few values
def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(round(value, 3))), datatype=XSD.decimal)


def _date(value: str) -> Literal:
    """A typed date when ``value`` is a real ISO date or time; otherwise the text as it was given.

    Ingest already drops impossible dates; checking here too keeps an invalid typed literal (which
    ``validate`` refuses) out of any graph built from records made by hand.
    """
    if _ISO_DATE.match(value) and _parses(date.fromisoformat, value):
        return Literal(value, datatype=XSD.date)
    if _ISO_DATETIME.match(value) and _parses(datetime.fromisoformat, value):
        return Literal(value, datatype=XSD.dateTime)
    return Literal(value)


def _parses(parse: Callable[[str], object], value: str) -> bool:
    try:
        parse(value)
    except ValueError:
        return False
    return True


def union_graph(g: Graph) -> Graph:
    """All triples of a dataset (or graph) in one graph, with our prefixes bound."""
    out = new_graph()
    for prefix, ns in g.namespaces():
        if prefix == "id":
            out.bind(prefix, ns, replace=True)
    quads: Iterable = g.quads((None, None, None, None)) if isinstance(g, Dataset) else g
    for s, p, o, *_ in quads:
        out.add((s, p, o))
    return out


def rdf_format(name: str) -> str:
    """rdflib's name of a format given as ``ttl``, ``nt``, ``trig`` or ``jsonld``."""
    fmt = FORMATS.get(name)
    if fmt is None:
        raise StoreError(f"unknown RDF format {name!r}; use one of ttl, nt, trig, jsonld")
    return fmt


def serialize(g: Graph, fmt: str = "turtle") -> str:
    """Text of a graph or dataset in one of ``FORMATS``; triple formats get the union of graphs.

    Turtle, TriG and N-Triples are written by Oxigraph from statements sorted here (rdflib's
    Turtle writer took minutes on a corpus), JSON-LD by rdflib with its arrays sorted, so every
    format is reproducible byte for byte.
    """
    name = rdf_format(fmt)
    if name == "json-ld":
        return _sorted_jsonld(g.serialize(format="json-ld", context=dict(PREFIXES), indent=2))
    return _oxigraph_text(g, name)


def _oxigraph_text(g: Graph, name: str) -> str:
    """Turtle or N-Triples of the union of graphs, or TriG (default graph first), in sorted order."""
    import pyoxigraph as ox

    default = DATASET_DEFAULT_GRAPH_ID
    if isinstance(g, Dataset):
        # rdflib gives the graph of a quad as its name or as the Graph itself
        rows = {(s, p, o, getattr(c, "identifier", c)) for s, p, o, c in g.quads((None, None, None, None))}
    else:
        rows = {(s, p, o, default) for s, p, o in g}
    if name == "trig":
        statements = sorted(
            (
                ox.Quad(_ox(s), _ox(p), _ox(o), ox.DefaultGraph() if c == default else _ox(c))
                for s, p, o, c in rows
            ),
            key=lambda q: (not isinstance(q.graph_name, ox.DefaultGraph), str(q.graph_name), str(q.triple)),
        )
        out_format = ox.RdfFormat.TRIG
    else:
        triples = {(s, p, o) for s, p, o, _ in rows}
        statements = sorted((ox.Triple(_ox(s), _ox(p), _ox(o)) for s, p, o in triples), key=str)
        out_format = ox.RdfFormat.N_TRIPLES if name == "nt" else ox.RdfFormat.TURTLE
    if out_format == ox.RdfFormat.N_TRIPLES:
        return ox.serialize(statements, format=out_format).decode("utf-8")
    body = ox.serialize(statements, format=out_format, prefixes=dict(PREFIXES)).decode("utf-8")
    return fixed_prefix_order(body)


def fixed_prefix_order(body: str) -> str:
    """Turtle or TriG from Oxigraph with its ``@prefix`` lines (written in hash order) in a fixed order."""
    lines = body.split("\n", len(PREFIXES))  # a line per prefix at most, then the rest unsplit
    start = next((i for i, line in enumerate(lines) if not line.startswith("@prefix ")), len(lines))
    header = [f"@prefix {p}: <{ns}> ." for p, ns in sorted(PREFIXES.items())]
    return "\n".join([*header, "", *lines[start:]])


def _ox(term: object):  # -> pyoxigraph term
    """An rdflib term as a pyoxigraph term."""
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    return ox.BlankNode(str(term))


def _sorted_jsonld(text: str) -> str:
    """JSON-LD with every array of nodes or values in a fixed order (rdflib keeps store order)."""

    def canonical(value: object) -> object:
        if isinstance(value, dict):
            return {k: canonical(v) for k, v in value.items()}
        if isinstance(value, list):
            items = [canonical(v) for v in value]
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return value

    return json.dumps(canonical(json.loads(text)), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
