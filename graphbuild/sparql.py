"""SPARQL over a graph: parameters go in as bindings, never pasted into the query text."""

from __future__ import annotations

import logging
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.query import Result

from graphbuild.errors import QueryError

log = logging.getLogger(__name__)


def _term(value: str) -> URIRef | Literal:
    """A ``--bind`` value: ``<iri>`` or a full IRI becomes an IRI, anything else a plain literal."""
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if value.startswith(("http://", "https://", "urn:")):
        return URIRef(value)
    return Literal(value)


def _python(term: object) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if isinstance(value, (str, int, float, bool)) else str(term)
    if isinstance(term, (URIRef, BNode)):
        return str(term)
    return term


def run_query(graph: Graph, sparql: str, *, bindings: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Rows of a SELECT (dicts of Python values), or one row ``{"result": bool}`` for ASK.

    CONSTRUCT/DESCRIBE results come back as rows of ``subject``, ``predicate``, ``object``.
    """
    log.debug("SPARQL: %s bindings=%s", sparql, bindings)
    init = {k: _term(v) for k, v in (bindings or {}).items()}
    try:
        result: Result = graph.query(sparql, initBindings=init)
    except Exception as e:  # pyparsing and rdflib raise many types for a bad query
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise QueryError(f"invalid SPARQL query: {first}; check the syntax and prefixes") from e
    if result.type == "ASK":
        return [{"result": bool(result.askAnswer)}]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return [
            {"subject": _python(s), "predicate": _python(p), "object": _python(o)} for s, p, o in result.graph
        ]  # type: ignore[union-attr]
    names = [str(v) for v in result.vars or []]
    return [{name: _python(row[i]) for i, name in enumerate(names)} for row in result]  # type: ignore[index]
