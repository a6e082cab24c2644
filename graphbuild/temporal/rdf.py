"""Time in RDF: a document's ``gb:TimeExpression`` nodes, and each fact's event time as typed literals.

Kept apart from ``graphbuild.rdf``, which calls these from ``to_rdf``; every term is declared in
ontology/graphbuild.ttl and shaped in ontology/shapes.ttl.
"""

from __future__ import annotations

import re

from rdflib import RDF, XSD, Graph, Literal, URIRef

from graphbuild.ingest.dates import impossible_date
from graphbuild.iri import document_iri
from graphbuild.model import Document, TimeExpression, Triple
from graphbuild.temporal.period import period_days
from graphbuild.vocab import GB

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def time_iri(base: str, doc_id: str, start: int, end: int) -> URIRef:
    """A temporal expression's node, named by its document and source offsets."""
    return URIRef(f"{document_iri(base, doc_id)}/time/{start}-{end}")


def add_time_expressions(g: Graph, doc: Document, base: str) -> None:
    """Every temporal expression of ``doc``: text, source offsets, TIMEX3 value, granularity, type."""
    node = URIRef(document_iri(base, doc.id))
    if doc.date_source:
        g.add((node, GB.dateSource, Literal(doc.date_source)))
    for t in doc.times:
        _add_time(g, time_iri(base, doc.id, t.start, t.end), t)
        g.add((node, GB.timeExpression, time_iri(base, doc.id, t.start, t.end)))


def _add_time(g: Graph, node: URIRef, t: TimeExpression) -> None:
    g.add((node, RDF.type, GB.TimeExpression))
    g.add((node, GB.text, Literal(t.text)))
    g.add((node, GB.charStart, Literal(t.start)))
    g.add((node, GB.charEnd, Literal(t.end)))
    g.add((node, GB.timexType, Literal(t.type)))
    if t.value:
        g.add((node, GB.timeValue, Literal(t.value)))
    if t.granularity:
        g.add((node, GB.granularity, Literal(t.granularity)))


def add_triple_time(g: Graph, node: URIRef, triple: Triple, base: str, reported: str | None) -> None:
    """When the fact happened (``gb:eventTime``, or ``gb:eventStart``/``gb:eventEnd`` for a range) as
    typed literals, its expression (``gb:time``), and when the article reported it (``gb:reportedOn``).

    ``node`` is the assertion (``graphbuild.rdf.assertion_iri``).
    """
    if reported and _ISO_DATE.match(reported):
        g.add((node, GB.reportedOn, Literal(reported, datatype=XSD.date)))
    t = triple.time
    if t is None or not t.value:
        return
    expression = time_iri(base, triple.provenance.doc_id, t.start, t.end)
    g.add((node, GB.time, expression))
    _add_time(g, expression, t)
    if "/" in t.value:
        first, _, last = t.value.partition("/")
        bounds = (_bound(first, 0), _bound(last, 1))
    elif (lit := time_literal(t.value)) is not None:
        g.add((node, GB.eventTime, lit))
        return
    else:
        bounds = period_bounds(t.value) or (None, None)
    for prop, lit in zip((GB.eventStart, GB.eventEnd), bounds, strict=True):
        if lit is not None:
            g.add((node, prop, lit))


def _bound(value: str, side: int) -> Literal | None:
    """One end of an interval: a calendar value as it is, a decade or week by its first or last day."""
    if (lit := time_literal(value)) is not None:
        return lit
    bounds = period_bounds(value)
    return bounds[side] if bounds else None


_PERIODS = re.compile(r"^(?:\d{3}X|\d{2}XX|\d{4}-W\d{2}|\d{4}-Q[1-4])$")


def period_bounds(value: str) -> tuple[Literal, Literal] | None:
    """First and last day (``xsd:date``) of a period XSD has no type for: a decade (``199X`` ->
    1990-01-01 .. 1999-12-31), a century (``19XX``), an ISO week (``2011-W18`` -> its Monday ..
    Sunday) or a quarter (``2011-Q2``), so a query by period finds the facts dated by them."""
    days = period_days(value) if _PERIODS.match(value) else None
    if days is None:
        return None
    return Literal(days[0].isoformat(), datatype=XSD.date), Literal(days[1].isoformat(), datatype=XSD.date)


_TIME_TYPES = (
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date),
    (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth),
    (re.compile(r"^\d{4}$"), XSD.gYear),
)


def time_literal(value: str) -> Literal | None:
    """A TIMEX3 value as an XSD typed literal: a day, a month or a year; a clock time gives its day.

    Decades, weeks, seasons and durations have no XSD calendar type: ``period_bounds`` gives the
    first and last day of a decade, century, week or quarter; the rest stay on the expression.
    """
    value = value.split("T")[0] if re.match(r"^\d{4}-\d{2}-\d{2}T", value) else value
    for pattern, datatype in _TIME_TYPES:
        if pattern.match(value):
            return None if impossible_date(value) else Literal(value, datatype=datatype)
    return None
