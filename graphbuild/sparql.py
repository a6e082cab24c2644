"""SPARQL over a graph, a dataset or an Oxigraph store; saved queries from ``ontology/queries``.

Parameters go in as RDF terms in a filter (``with_bindings``), never pasted as query text. The prefixes
of ``vocab.PREFIXES`` (gb, rel, rdf, rdfs, xsd, owl, skos, prov, dcterms, dc) are predeclared.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result

from graphbuild.errors import QueryError
from graphbuild.vocab import PREFIXES

if TYPE_CHECKING:
    import pyoxigraph

log = logging.getLogger(__name__)
_INTEGER = re.compile(r"^[+-]?\d+$")
_DECIMAL = re.compile(r"^[+-]?\d*\.\d+$")
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


class QueryRows(list):  # list[dict[str, Any]]
    """The rows of an answer and its column names, known even when no row came back."""

    def __init__(self, rows: Iterable[dict[str, Any]] = (), columns: Iterable[str] = ()) -> None:
        super().__init__(rows)
        self.columns = list(columns)


def run_query(
    graph: Graph,
    sparql: str,
    *,
    bindings: dict[str, str] | None = None,
    timeout: float | None = None,
    allow_service: bool = False,
) -> QueryRows:
    """Rows of a SELECT (dicts of Python values), or one row ``{"result": bool}`` for ASK.

    ``graph`` may be an rdflib graph, a dataset (queried as the union of its graphs) or an
    Oxigraph store opened with ``store.open_store`` (the query then runs in Oxigraph).
    CONSTRUCT/DESCRIBE results come back as rows of ``subject``, ``predicate``, ``object``.

    A binding keeps only the rows where its variable has that value (see ``with_bindings``).
    ``SERVICE`` calls to other endpoints are refused unless ``allow_service``: the tool works
    offline. The query runs in a worker thread so that Ctrl-C and ``timeout`` (seconds) stop
    the wait; the worker stops at its next row, or ends on its own when the engine is busy.
    """
    if not allow_service:
        _refuse_service(sparql)
    text = with_bindings(sparql, bindings) if bindings else sparql
    log.debug("SPARQL: %s", text)
    try:
        return _abandonable(lambda stop: _evaluate(graph, text, stop), timeout)
    except QueryError:
        raise
    except Exception as e:  # pyparsing, rdflib and Oxigraph raise many types for a bad query
        raise QueryError(
            f"invalid SPARQL query: {_syntax_problem(text, e)}; check the syntax and prefixes"
        ) from e


def _abandonable(work: Callable[[threading.Event], QueryRows], timeout: float | None) -> QueryRows:
    """``work(stop)`` in a daemon thread while this thread waits, so Ctrl-C and the deadline are seen.

    Oxigraph evaluates with the GIL released and cannot be cancelled; waiting here in short
    joins keeps the main thread free to take the interrupt. On timeout or Ctrl-C ``stop`` is set.
    """
    stop = threading.Event()
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["rows"] = work(stop)
        except BaseException as e:  # handed to the waiting thread
            outcome["error"] = e

    worker = threading.Thread(target=target, name="graphbuild-query", daemon=True)
    worker.start()
    deadline = None if timeout is None else time.monotonic() + timeout
    try:
        while worker.is_alive():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise QueryError(
                    f"the query ran over the --timeout of {timeout:g} s; add a LIMIT, make its patterns "
                    "more specific or raise --timeout"
                )
            worker.join(_POLL if left is None else min(_POLL, left))
    finally:
        stop.set()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["rows"]


def _evaluate(graph: Graph, text: str, stop: threading.Event) -> QueryRows:
    store = _oxigraph_of(graph)
    if store is None:
        return result_rows(graph.query(text, initNs=dict(PREFIXES)), stop)
    import pyoxigraph as ox

    result = store.query(text, prefixes=dict(PREFIXES), use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return QueryRows([{"result": bool(result)}], ["result"])
    if isinstance(result, ox.QueryTriples):
        triples = {tuple(_rdflib_term(t) for t in (x.subject, x.predicate, x.object)) for x in result}
        return QueryRows(
            (
                {"subject": _python(s), "predicate": _python(p), "object": _python(o)}
                for s, p, o in sorted(triples)
            ),
            _TRIPLE,
        )
    names = [v.value for v in result.variables]
    rows = QueryRows(columns=names)
    for solution in result:
        if stop.is_set():
            break
        rows.append({name: _python(_rdflib_term(value)) for name, value in zip(names, solution, strict=True)})
    return rows


def _oxigraph_of(graph: Graph) -> pyoxigraph.Store | None:
    """The Oxigraph store behind a dataset of ``store.query_view``/``open_store``, else None."""
    from oxrdflib import OxigraphStore

    return graph.store._inner if isinstance(graph.store, OxigraphStore) else None


def _rdflib_term(term: object) -> object:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return term if term is None else str(term)


# --- bindings, refusing SERVICE -------------------------------------------------------------

_POLL = 0.1
_TRIPLE = ("subject", "predicate", "object")
# what may hide braces, keywords and variables: long and short strings, IRIs, comments
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
    r"|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|<[^<>\s]*>|#[^\n]*"
)
_UNICODE_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?=[\s<?$]|$)", re.IGNORECASE)
_WHERE = re.compile(r"(?<![\w?$:])WHERE(?=\s*\{)", re.IGNORECASE)
_CONSTRUCT = re.compile(r"(?<![\w?$:])CONSTRUCT\b", re.IGNORECASE)
_VARNAME = re.compile(r"^\w+$")
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _masked(sparql: str) -> str:
    """The query with strings, IRIs and comments blanked out, every character in its place."""
    return _OPAQUE.sub(lambda m: " " * len(m.group()), sparql)


def _refuse_service(sparql: str) -> None:
    """SERVICE sends part of a query over HTTP: an offline tool must not do that unasked."""
    unescaped = _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), sparql)
    if _SERVICE.search(_masked(unescaped)):
        raise QueryError(
            "the query calls another endpoint (SERVICE); graphbuild works offline, so SERVICE "
            "is refused; pass --allow-service (allow_service=True) to let it reach the network"
        )


def _where_group(masked: str) -> tuple[int, int] | None:
    """Where the braces of the query's WHERE group are, or None for a query without one."""
    found = _WHERE.search(masked)
    if found is None and _CONSTRUCT.search(masked):
        return None  # its first braces are the template
    start = masked.find("{", found.end() if found else 0)
    depth = 0
    for i in range(max(start, 0), len(masked)):
        if masked[i] == "{":
            depth += 1
        elif masked[i] == "}":
            depth -= 1
            if depth == 0:
                return start, i
    return None


def with_bindings(sparql: str, bindings: dict[str, str]) -> str:
    """The query with ``FILTER(sameTerm(?name, value))`` closing its WHERE group, one per binding.

    A filter keeps only the rows where the variable has the value, also when the variable is
    bound only inside an OPTIONAL or one branch of a UNION, where binding it up front (rdflib's
    ``initBindings``, Oxigraph's substitutions) would not remove a single row. Values are written
    as RDF terms (quoted, escaped), never pasted as query text; Oxigraph pushes such filters
    into its index lookups, so a bound query stays as fast as with substitutions.
    """
    sparql, bindings = _fill_parameters(sparql, bindings)
    if not bindings:
        return sparql
    masked = _masked(sparql)
    group = _where_group(masked)
    filters = []
    for name, value in bindings.items():
        if not _VARNAME.match(name):
            raise QueryError(f"--bind {name}: not a variable name; use letters, digits and _")
        if group is None:
            raise QueryError(f"--bind {name}: the query has no WHERE clause to bind ?{name} in")
        if not re.search(rf"[?$]{name}(?!\w)", masked[group[0] : group[1]]):
            raise QueryError(f"--bind {name}: the query has no ?{name} in its WHERE clause; check the name")
        term = bind_term(value)
        if isinstance(term, URIRef) and _NOT_IN_IRI.search(str(term)):
            raise QueryError(f"--bind {name}: {value!r} is not a valid IRI (spaces, quotes or <>{{}} in it)")
        filters.append(f"FILTER(sameTerm(?{name}, {term.n3()}))")
    assert group is not None  # bindings is not empty
    return f"{sparql[: group[1]]}\n  {' '.join(filters)}\n{sparql[group[1] :]}"


def _fill_parameters(sparql: str, bindings: dict[str, str]) -> tuple[str, dict[str, str]]:
    """A query's parameters filled, and the bindings left to filter on.

    A parameter is declared ``VALUES ?name { UNDEF }``: the query compares it (``?lo <= ?to``)
    rather than matching it, which a ``sameTerm`` filter cannot express. A bound parameter's
    placeholder is replaced by the value as an RDF term; an unbound one stays ``UNDEF``.
    """
    rest = {}
    for name, value in bindings.items():
        placeholder = re.compile(rf"VALUES\s+\?{re.escape(name)}\s*\{{\s*UNDEF\s*\}}", re.IGNORECASE)
        if _VARNAME.match(name) and placeholder.search(sparql):
            term = bind_term(value).n3()
            sparql = placeholder.sub(lambda _m, n=name, t=term: f"VALUES ?{n} {{ {t} }}", sparql, count=1)
        else:
            rest[name] = value
    return sparql, rest


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


def result_rows(result: Result, stop: threading.Event | None = None) -> QueryRows:
    """Any rdflib query result (local, from a store, or parsed from a server's answer) as rows.

    Rows are read until ``stop`` is set, so an abandoned query stops at its next row.
    """
    if result.type == "ASK":
        return QueryRows([{"result": bool(result.askAnswer)}], ["result"])
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return QueryRows(
            (
                {"subject": _python(s), "predicate": _python(p), "object": _python(o)}
                for s, p, o in sorted(result.graph)  # type: ignore[union-attr]
            ),
            _TRIPLE,
        )
    names = [str(v) for v in result.vars or []]
    rows = QueryRows(columns=names)
    for row in result:
        if stop is not None and stop.is_set():
            break
        rows.append({name: _python(row[name]) for name in names})  # type: ignore[index]
    return rows


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
