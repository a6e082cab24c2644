"""SPARQL over a graph, a dataset or an Oxigraph store; saved queries from ``ontology/queries``.

Parameters go in as bindings (``initBindings``), never pasted into the query text. The prefixes
of ``vocab.PREFIXES`` (gb, rel, rdf, rdfs, xsd, owl, skos, prov, dcterms, dc) are predeclared.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result

from graphbuild.errors import QueryError
from graphbuild.vocab import PREFIXES

log = logging.getLogger(__name__)
_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")
_UNPROJECTED = re.compile(r"does not contains? variable \?(\w+) in its SELECT projection")
_PREFIXED = re.compile(r"^([A-Za-z][\w-]*):([\w-]+)$")


def bind_term(value: str) -> URIRef | Literal:
    """A ``--bind`` value as an RDF term.

    ``<iri>``, an absolute http(s)/urn IRI or a prefixed name (``gb:Actor``) becomes an IRI; a
    whole number an ``xsd:integer``; a decimal an ``xsd:decimal``; ``true``/``false`` a boolean;
    anything else a plain string.
    """
    if value.startswith("<") and value.endswith(">"):
        return URIRef(value[1:-1])
    if value.startswith(("http://", "https://", "urn:")):
        return URIRef(value)
    m = _PREFIXED.match(value)
    if m and m.group(1) in PREFIXES:
        return URIRef(PREFIXES[m.group(1)] + m.group(2))
    if _INTEGER.match(value):
        return Literal(value, datatype=XSD.integer)
    if _DECIMAL.match(value):
        return Literal(value, datatype=XSD.decimal)
    if value in ("true", "false"):
        return Literal(value == "true")
    return Literal(value)


def _python(term: object) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, bool | int | float | str):
            return value
        if isinstance(value, Decimal):
            return float(value)
        return str(term)
    if isinstance(term, URIRef | BNode):
        return str(term)
    return term


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__


def run_query(graph: Graph, sparql: str, *, bindings: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Rows of a SELECT (dicts of Python values), or one row ``{"result": bool}`` for ASK.

    ``graph`` may be an rdflib graph, a dataset (queried as the union of its graphs) or an
    Oxigraph store opened with ``store.open_store`` (the query then runs in Oxigraph).
    CONSTRUCT/DESCRIBE results come back as rows of ``subject``, ``predicate``, ``object``.
    """
    log.debug("SPARQL: %s bindings=%s", sparql, bindings)
    init = {k: bind_term(v) for k, v in (bindings or {}).items()}
    try:
        return result_rows(graph.query(sparql, initNs=dict(PREFIXES), initBindings=init))
    except Exception as e:  # pyparsing, rdflib and Oxigraph raise many types for a bad query
        unprojected = _UNPROJECTED.search(str(e))
        if unprojected:
            name = unprojected.group(1)
            raise QueryError(
                f"--bind {name}: the query does not SELECT ?{name}, and Oxigraph binds only the "
                f"variables a query returns; add ?{name} to the SELECT clause"
            ) from e
        raise QueryError(
            f"invalid SPARQL query: {_syntax_problem(sparql, e)}; check the syntax and prefixes"
        ) from e


_IRI_OR_STRING = re.compile(r"<[^<>\s]*>|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|#[^\n]*")
_PREFIX_USE = re.compile(r"(?<![\w?$:])([A-Za-z][\w.-]*)?:(?=[\w(])")
_PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)


def _undeclared_prefixes(sparql: str) -> list[str]:
    """Prefixes a query uses without declaring them (and that are not predeclared)."""
    text = _IRI_OR_STRING.sub(" ", sparql)
    declared = set(_PREFIX_DECL.findall(text)) | set(PREFIXES)
    used = [m.group(1) or "" for m in _PREFIX_USE.finditer(text)]
    return sorted({p for p in used if p not in declared})


def _syntax_problem(sparql: str, error: Exception) -> str:
    """Oxigraph's syntax errors can be terse ("expected CONSTRUCT"); rdflib's parser names what
    it expected and where, so its message is used when it rejects the query too."""
    if "Prefix not found" in str(error) or "Unknown namespace prefix" in str(error):
        unknown = _undeclared_prefixes(sparql)
        if unknown:
            return (
                f"unknown prefix {unknown[0]}:; declare it with PREFIX {unknown[0]}: <...> "
                f"({', '.join(PREFIXES)} are predeclared)"
            )
    if isinstance(error, SyntaxError):
        from rdflib.plugins.sparql.parser import parseQuery

        try:
            parseQuery(sparql)
        except Exception as e:  # pyparsing's ParseException and friends
            return _first_line(e)
    return _first_line(error)


def result_rows(result: Result) -> list[dict[str, Any]]:
    """Any rdflib query result (local, from a store, or parsed from a server's answer) as rows."""
    if result.type == "ASK":
        return [{"result": bool(result.askAnswer)}]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return [
            {"subject": _python(s), "predicate": _python(p), "object": _python(o)}
            for s, p, o in sorted(result.graph)  # type: ignore[union-attr]
        ]
    names = [str(v) for v in result.vars or []]
    return [{name: _python(row[name]) for name in names} for row in result]  # type: ignore[index]


# --- saved queries ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedQuery:
    """A ``.rq`` file of ``ontology/queries``: its name, the comment header, and the text."""

    name: str
    title: str
    description: str
    text: str
    path: Path


def _queries_dir(ontology: str | Path | None = None) -> Path:
    from graphbuild.lexicons import ontology_dir

    return ontology_dir(ontology) / "queries"


def saved_queries(ontology: str | Path | None = None) -> dict[str, SavedQuery]:
    """Every saved query by name (the file name without ``.rq``), read from disk on each call."""
    folder = _queries_dir(ontology)
    out = {}
    for path in sorted(folder.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        header = []
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            header.append(line.lstrip("#").strip())
        lines = [h for h in header if h]
        title = lines[0] if lines else path.stem
        out[path.stem] = SavedQuery(path.stem, title, " ".join(lines[1:]), text, path)
    return out


def saved_query(name: str, ontology: str | Path | None = None) -> SavedQuery:
    """The saved query called ``name``; the error lists the ones there are."""
    queries = saved_queries(ontology)
    if name not in queries:
        known = ", ".join(queries) or "none"
        raise QueryError(f"no saved query {name!r}; saved queries are: {known}")
    return queries[name]
