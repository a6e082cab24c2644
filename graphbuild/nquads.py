"""An article's statements and entity descriptions as N-Quads text, written straight from the records.

``rdf.fill_rdf`` states what a graph holds as rdflib terms. A build does not need those terms: it
hands Oxigraph text. Making and converting a few hundred thousand rdflib terms cost a build more
than the rest of its RDF stage, so a worker writes each article's lines here, term by term, exactly
as Oxigraph writes them (its escapes, the literal forms rdflib gives each value), and the sorted
output files stay byte for byte the same. The statements are ``fill_rdf``'s, one function for each
of its ``add_*``; ``tests/test_nquads.py`` holds both to the same lines.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Literal
from rdflib.namespace import DC, DCTERMS, PROV

from graphbuild.article_rdf import DEFAULT_GRAPH_MARK
from graphbuild.iri import document_iri, sentence_iri
from graphbuild.rdf import (
    _date,
    _decimal,
    assertion_iri,
    code_links,
    edge_status,
    entity_classes,
    relation_label,
    relation_property,
)
from graphbuild.temporal.rdf import _ISO_DATE, _bound, period_bounds, time_literal
from graphbuild.vocab import CODE_PROPERTIES, GB, ISO3166

if TYPE_CHECKING:
    from graphbuild.model import Argument, Document, Entity, Mention, Sentence, TimeExpression, Triple


def _iri(term: str) -> str:
    return f"<{term}>"


# Predicates and classes, written once.
A = _iri(RDF.type)
IDENTIFIER, TITLE = _iri(DCTERMS.identifier), _iri(DCTERMS.title)
DATE, PART_OF = _iri(DCTERMS.date), _iri(DCTERMS.isPartOf)
CREATOR, DERIVED_FROM = _iri(DC.creator), _iri(PROV.wasDerivedFrom)
LABEL, SUBPROPERTY = _iri(RDFS.label), _iri(RDFS.subPropertyOf)
PREF_LABEL, ALT_LABEL = _iri(SKOS.prefLabel), _iri(SKOS.altLabel)
OBJECT_PROPERTY, CONCEPT = _iri(OWL.ObjectProperty), _iri(SKOS.Concept)
IN_SCHEME, NOTATION = _iri(SKOS.inScheme), _iri(SKOS.notation)
G = {name: _iri(GB[name]) for name in GB.__annotations__}
INTEGER = _iri(XSD.integer)
BOOLEAN = {True: f'"true"^^{_iri(XSD.boolean)}', False: f'"false"^^{_iri(XSD.boolean)}'}

# What Oxigraph escapes in a literal (``oxrdf``'s ``print_quoted_str``): quote, backslash, the
# C0 controls (named or as \\uXXXX), DEL and the two non-characters U+FFFE, U+FFFF.
_ESCAPE = re.compile('[\x00-\x1f"\\\\\x7f\ufffe\uffff]')
_NAMED = {"\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r", '"': '\\"', "\\": "\\\\"}


def _escaped(match: re.Match[str]) -> str:
    c = match.group()
    return _NAMED.get(c) or f"\\u{ord(c):04X}"


def literal(text: str) -> str:
    """A plain literal as Oxigraph writes it."""
    return f'"{_ESCAPE.sub(_escaped, text)}"'


def integer(n: int) -> str:
    return f'"{n}"^^{INTEGER}'


def term(lit: Literal) -> str:
    """An rdflib literal as Oxigraph writes it (for the few values whose form rdflib decides)."""
    if lit.language:
        return f"{literal(str(lit))}@{lit.language}"
    if lit.datatype is not None and str(lit.datatype) != str(XSD.string):
        return f"{literal(str(lit))}^^{_iri(lit.datatype)}"
    return literal(str(lit))


@functools.lru_cache(maxsize=1 << 12, typed=True)  # as ``rdf._decimal``: 1 and 1.0 differ
def _confidence(value: float) -> str:
    return term(_decimal(value))


@functools.lru_cache(maxsize=1 << 14)
def _time_value(value: str) -> tuple[str | None, ...]:
    """``add_triple_time``'s literals of a TIMEX3 value: (event time,) or (start, end)."""
    if "/" in value:
        first, _, last = value.partition("/")
        bounds = tuple(_bound(v, side) for side, v in enumerate((first, last)))
        return tuple(None if b is None else term(b) for b in bounds)
    if (lit := time_literal(value)) is not None:
        return (term(lit),)
    return tuple(None if b is None else term(b) for b in period_bounds(value) or (None, None))


@functools.lru_cache(maxsize=1 << 14)
def _relation(lemma: str, status: str) -> str:
    return _iri(relation_property(lemma, status))


class Lines:
    """N-Quads lines being written; ``graph`` is the ``<IRI>`` of the graph they go to, or ``""``.

    The text holds the named graphs' lines, then ``DEFAULT_GRAPH_MARK`` (a comment), then the default
    graph's, so ``article_rdf.triple_keys`` can tell a graph name from an object without parsing.
    """

    def __init__(self) -> None:
        self.named: list[str] = []
        self.default: list[str] = []

    def add(self, s: str, p: str, o: str, graph: str = "") -> None:
        if graph:
            self.named.append(f"{s} {p} {o} {graph} .\n")
        else:
            self.default.append(f"{s} {p} {o} .\n")

    def text(self) -> str:
        return "".join([*self.named, DEFAULT_GRAPH_MARK, *self.default])


def article_nquads(
    documents: Iterable[Document], sentences: Iterable[Sentence], triples: Iterable[Triple], base: str
) -> str:
    """``fill_rdf``'s statements of these records (no entity descriptions) as N-Quads, unsorted."""
    out = Lines()
    graphs: dict[str, str] = {}

    def graph_of(doc_id: str) -> str:
        found = graphs.get(doc_id)
        if found is None:
            found = graphs[doc_id] = _iri(document_iri(base, doc_id))
        return found

    dates: dict[str, str | None] = {}
    for doc in documents:
        _document(out, doc, graph_of(doc.id), base)
        dates[doc.id] = doc.date
    for s in sentences:
        g = graph_of(s.doc_id)
        node = _iri(sentence_iri(base, s.doc_id, s.index))
        out.add(node, A, G["Sentence"], g)
        out.add(node, G["text"], literal(s.text), g)
        out.add(node, G["sentenceIndex"], integer(s.index), g)
        out.add(node, G["charStart"], integer(s.start), g)
        out.add(node, G["charEnd"], integer(s.end), g)
        out.add(node, PART_OF, g, g)
    lemmas: set[tuple[str, str]] = set()
    for triple in triples:
        doc_id = triple.provenance.doc_id
        g = graph_of(doc_id)
        node = _iri(assertion_iri(base, triple))
        status = edge_status(triple)
        _triple(out, node, triple, status, g, base)
        _triple_time(out, node, triple, base, dates.get(doc_id), g)
        lemmas.add((triple.relation.lemma, status))
    for lemma, status in sorted(lemmas):
        prop = _relation(lemma, status)
        out.add(prop, A, OBJECT_PROPERTY)
        out.add(prop, A, G["RelationProperty"])
        out.add(prop, LABEL, literal(relation_label(lemma)))
        out.add(prop, SUBPROPERTY, G["relatedTo"])
        out.add(prop, G["edgeStatus"], literal(status))
    return out.text()


def _document(out: Lines, doc: Document, g: str, base: str) -> None:
    """``add_document`` and ``add_time_expressions``."""
    node = g  # a document's graph is named by the document's IRI
    out.add(node, A, G["Document"], g)
    out.add(node, IDENTIFIER, literal(doc.id), g)
    for prop, value in (
        (TITLE, doc.title),
        (CREATOR, doc.author),
        (G["dateline"], doc.dateline),
        (G["sourcePath"], doc.path),
    ):
        if value:
            out.add(node, prop, literal(value), g)
    if doc.date:
        out.add(node, DATE, term(_date(doc.date)), g)
    if doc.date_source:
        out.add(node, G["dateSource"], literal(doc.date_source), g)
    for t in doc.times:
        expression = _time_iri(base, doc.id, t)
        _time(out, expression, t, g)
        out.add(node, G["timeExpression"], expression, g)


def _time_iri(base: str, doc_id: str, t: TimeExpression) -> str:
    """``temporal.rdf.time_iri``."""
    return f"<{document_iri(base, doc_id)}/time/{t.start}-{t.end}>"


def _time(out: Lines, node: str, t: TimeExpression, g: str) -> None:
    """``temporal.rdf._add_time``."""
    out.add(node, A, G["TimeExpression"], g)
    out.add(node, G["text"], literal(t.text), g)
    out.add(node, G["charStart"], integer(t.start), g)
    out.add(node, G["charEnd"], integer(t.end), g)
    out.add(node, G["timexType"], literal(t.type), g)
    if t.value:
        out.add(node, G["timeValue"], literal(t.value), g)
    if t.granularity:
        out.add(node, G["granularity"], literal(t.granularity), g)


def _triple_time(out: Lines, node: str, triple: Triple, base: str, reported: str | None, g: str) -> None:
    """``temporal.rdf.add_triple_time``."""
    if reported and _ISO_DATE.match(reported):
        out.add(node, G["reportedOn"], f"{literal(reported)}^^{_iri(XSD.date)}", g)
    t = triple.time
    if t is None or not t.value:
        return
    expression = _time_iri(base, triple.provenance.doc_id, t)
    out.add(node, G["time"], expression, g)
    _time(out, expression, t, g)
    values = _time_value(t.value)
    props = (G["eventTime"],) if len(values) == 1 else (G["eventStart"], G["eventEnd"])
    for prop, value in zip(props, values, strict=True):
        if value is not None:
            out.add(node, prop, value, g)


def _triple(out: Lines, node: str, triple: Triple, status: str, g: str, base: str) -> None:
    """``rdf.add_triple``."""
    p = triple.provenance
    out.add(node, A, G["Assertion"], g)
    _mention(out, node, G["subject"], G["subjectText"], triple.subject, g)
    _mention(out, node, G["object"], G["objectText"], triple.object, g)
    out.add(node, G["relationText"], literal(triple.relation.text), g)
    out.add(node, G["relationLemma"], literal(triple.relation.lemma), g)
    prop = _relation(triple.relation.lemma, status)
    out.add(node, G["predicate"], prop, g)
    out.add(node, G["negated"], BOOLEAN[bool(triple.negated)], g)
    if triple.modality:
        out.add(node, G["modality"], literal(triple.modality), g)
    if triple.attributed_to:
        out.add(node, G["attributedTo"], literal(triple.attributed_to), g)
    out.add(node, G["confidence"], _confidence(triple.confidence), g)
    out.add(node, DERIVED_FROM, _iri(sentence_iri(base, p.doc_id, p.sentence_index)), g)
    for index, argument in enumerate(triple.arguments):
        _argument(out, f"{node[:-1]}/a{index}>", node, argument, g)
    if triple.derived:
        out.add(node, G["derivedBy"], literal(triple.derived), g)
    subject, object_ = triple.subject.entity_id, triple.object.entity_id
    if subject and object_ and subject != object_ and not triple.negated:
        out.add(_iri(subject), prop, _iri(object_), g)


def _mention(out: Lines, node: str, link: str, text: str, mention: Mention, g: str) -> None:
    out.add(node, text, literal(mention.text), g)
    if mention.entity_id:
        out.add(node, link, _iri(mention.entity_id), g)


def _argument(out: Lines, node: str, assertion: str, argument: Argument, g: str) -> None:
    """``rdf._add_argument``."""
    out.add(assertion, G["argument"], node, g)
    out.add(node, A, G["Argument"], g)
    out.add(node, G["role"], literal(argument.role), g)
    out.add(node, G["text"], literal(argument.mention.text), g)
    out.add(node, G["charStart"], integer(argument.mention.start), g)
    out.add(node, G["charEnd"], integer(argument.mention.end), g)
    if argument.mention.entity_id:
        out.add(node, G["entity"], _iri(argument.mention.entity_id), g)


def entity_nquads(entities: Iterable[Entity], base: str) -> str:
    """``rdf.add_entity``'s statements of ``entities`` (in the default graph) as N-Quads, unsorted."""
    out = Lines()
    iso = str(ISO3166)
    for entity in entities:
        node = _iri(entity.id)
        for cls in entity_classes(entity):
            out.add(node, A, _iri(cls))
        label = literal(entity.label)
        out.add(node, LABEL, label)
        out.add(node, PREF_LABEL, label)
        for alias in entity.aliases:
            if alias and alias != entity.label:
                out.add(node, ALT_LABEL, literal(alias))
        out.add(node, G["mentionCount"], integer(entity.mentions))
        for doc_id in entity.docs:
            out.add(node, G["mentionedIn"], _iri(document_iri(base, doc_id)))
        for key, value in sorted(entity.codes.items()):
            prop = CODE_PROPERTIES.get(key)
            if prop is None:
                out.add(node, IDENTIFIER, literal(f"{key}:{value}"))
            else:
                out.add(node, _iri(prop), literal(value) if isinstance(value, str) else term(Literal(value)))
        for prop, target in code_links(entity):
            out.add(node, _iri(prop), _iri(target))
            if target.startswith(iso):
                concept = _iri(target)
                out.add(concept, A, CONCEPT)
                out.add(concept, IN_SCHEME, G["ISO3166Scheme"])
                out.add(concept, NOTATION, literal(target[len(iso) :]))
    return out.text()
