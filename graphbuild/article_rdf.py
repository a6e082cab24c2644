"""The articles' RDF as the workers rendered it, kept compressed, and written out sorted in bounded memory.

A worker renders an article's statements before the cross-document merge has named its entities,
so they stand as ``LOCAL_IRI<i>`` (the article's i-th entity); the build keeps the text compressed
(a few bytes a statement, where an RDF store takes hundreds) with the merged IRI of each stand-in.
``ArticleRDF.text`` writes Turtle, N-Triples or TriG sorted like ``rdf.oxigraph_text``: batches of
articles are sorted into compressed runs, which are merged as streams, so no format needs the whole
graph in memory as terms.
"""

from __future__ import annotations

import heapq
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rdflib import URIRef

    from graphbuild.graph import KnowledgeGraph

# Stands for the i-th entity of an article in the RDF a worker renders before the merge.
LOCAL_IRI = "urn:x-graphbuild-local:"
_LOCAL = re.compile(re.escape(f"<{LOCAL_IRI}") + r"(\d+)>")
# Articles sorted together into one run: few runs to merge, a bounded batch in memory.
RUN_ARTICLES = 64
# Statements parsed and handed to the serializer at once.
CHUNK_LINES = 20_000


def pack(nquads: str) -> bytes:
    """An article's N-Quads as the build keeps them (fast zlib: a worker pays for it)."""
    return zlib.compress(nquads.encode("utf-8"), 1)


def globalise(nquads: str, iris: list[str]) -> str:
    """N-Quads with each ``LOCAL_IRI<i>`` replaced by ``iris[i]``."""
    return _LOCAL.sub(lambda m: f"<{iris[int(m.group(1))]}>", nquads)


@dataclass
class ArticleRDF:
    """Each article's packed N-Quads and, once the merge is done, the IRIs of its entity stand-ins."""

    packed: list[bytes] = field(default_factory=list)
    iris: list[list[str]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.packed)

    def quads(self, index: int) -> Iterator:  # -> Iterator[pyoxigraph.Quad]
        import pyoxigraph as ox

        text = globalise(zlib.decompress(self.packed[index]).decode("utf-8"), self.iris[index])
        # two stand-ins the merge made one entity: no direct edge relates it to itself, and the
        # assertion keeps its subject only, as ``pipeline.assemble`` unlinks the triple's object
        quads = list(ox.parse(input=text.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
        from graphbuild.vocab import GB

        subject, object_ = ox.NamedNode(str(GB.subject)), ox.NamedNode(str(GB.object))
        subjects = {q.subject: q.object for q in quads if q.predicate == subject}
        return (
            q
            for q in quads
            if q.subject != q.object and not (q.predicate == object_ and subjects.get(q.subject) == q.object)
        )

    def lines(self, index: int) -> list[str]:
        """The article's N-Quads lines, as Oxigraph wrote them, with the merged entity IRIs."""
        text = globalise(zlib.decompress(self.packed[index]).decode("utf-8"), self.iris[index])
        return [line for line in text.split("\n") if line]

    def text(self, extra: list, name: str) -> str:
        """The union of every article's statements and ``extra`` quads in ``name`` (``rdf.FORMATS``
        value, not JSON-LD), sorted and without repeats exactly as ``rdf.oxigraph_text`` writes them."""
        import pyoxigraph as ox

        from graphbuild.rdf import PREFIXES, fixed_prefix_order

        key = _quad_key if name == "trig" else _triple_key
        runs = [_run(key(q) for q in extra)]
        for start in range(0, len(self), RUN_ARTICLES):
            batch = range(start, min(start + RUN_ARTICLES, len(self)))
            if name == "trig":
                runs.append(_run(key(q) for i in batch for q in self.quads(i)))
            else:  # the triple's text is on the line: no need to parse it
                runs.append(_run(_line_triple(line) for i in batch for line in self.lines(i)))
        lines = _unique(heapq.merge(*(_lines(r) for r in runs)))
        if name == "trig":
            statements = _parsed((_quad_line(line) for line in lines), ox.RdfFormat.N_QUADS)
            out_format = ox.RdfFormat.TRIG
        else:
            statements = _parsed((f"{line} ." for line in lines), ox.RdfFormat.N_TRIPLES)
            out_format = ox.RdfFormat.N_TRIPLES if name == "nt" else ox.RdfFormat.TURTLE
        if out_format == ox.RdfFormat.N_TRIPLES:
            return ox.serialize(statements, format=out_format).decode("utf-8")
        body = ox.serialize(statements, format=out_format, prefixes=dict(PREFIXES)).decode("utf-8")
        return fixed_prefix_order(body)


def _triple_key(quad) -> str:
    return str(quad.triple)


def _line_triple(line: str) -> str:
    """``_triple_key`` of an N-Quads line Oxigraph wrote: the line without its graph name and " .".

    A graph name is an IRI (no space, quote or inner ``>``) after three terms; subjects and
    predicates hold no space, and a literal object ends in a quote, a language tag or a datatype.
    """
    end = len(line) - 2  # " ."
    if line.endswith("> ."):
        j = line.rfind(" <", 0, end)
        if j >= 0 and line.count(" ", 0, j) >= 2:
            name = line[j + 1 : end]
            if '"' not in name and " " not in name and ">" not in name[:-1]:
                return line[:j]
    return line[:end]


def _quad_key(quad) -> str:
    """Sorts as ``rdf.oxigraph_text`` sorts TriG: default graph first, then by graph name, then triple
    (a graph name ends with ``>``, so it is never a proper prefix of another)."""
    import pyoxigraph as ox

    if isinstance(quad.graph_name, ox.DefaultGraph):
        return f"0\t{quad.triple}"
    return f"1{quad.graph_name}\t{quad.triple}"


def _quad_line(key: str) -> str:
    graph, triple = key.split("\t", 1)
    return f"{triple} {graph[1:]} ." if graph != "0" else f"{triple} ."


def _run(keys: Iterable[str]) -> bytes:
    """Keys sorted without repeats, one a line, compressed."""
    return zlib.compress("\n".join(sorted(set(keys))).encode("utf-8"), 1)


def _lines(run: bytes, step: int = 1 << 14) -> Iterator[str]:
    """The lines of a run, decompressed a piece at a time."""
    inflate = zlib.decompressobj()
    rest = b""
    for start in range(0, len(run), step):
        rest += inflate.decompress(run[start : start + step])
        *complete, rest = rest.split(b"\n")
        for line in complete:
            yield line.decode("utf-8")
    rest += inflate.flush()
    if rest:
        yield rest.decode("utf-8")


def _unique(lines: Iterable[str]) -> Iterator[str]:
    previous = None
    for line in lines:
        if line != previous:
            yield line
            previous = line


def _parsed(lines: Iterable[str], fmt) -> Iterator:  # -> Iterator[pyoxigraph.Triple | pyoxigraph.Quad]
    """Statements parsed back from their lines, ``CHUNK_LINES`` at a time."""
    import pyoxigraph as ox

    stream = iter(lines)
    while True:
        chunk = [line for _, line in zip(range(CHUNK_LINES), stream, strict=False)]
        if not chunk:
            return
        for quad in ox.parse(input="\n".join(chunk).encode("utf-8"), format=fmt):
            yield quad.triple if fmt == ox.RdfFormat.N_TRIPLES else quad


class QuadRows:
    """A stand-in for a ``Dataset`` that ``fill_rdf`` can fill: it records ``(s, p, o, graph)`` rows
    (graph ``None`` for the default one) and indexes nothing, which is most of rdflib's cost."""

    def __init__(self) -> None:
        self.rows: list[tuple] = []
        self.default_graph = _GraphRows(self.rows, None)
        self._graphs: dict[URIRef, _GraphRows] = {}

    def graph(self, name: URIRef) -> _GraphRows:
        found = self._graphs.get(name)
        if found is None:
            found = self._graphs[name] = _GraphRows(self.rows, name)
        return found

    def quads(self) -> list:  # -> list[pyoxigraph.Quad]
        """The rows as pyoxigraph quads, converted as ``rdf._ox`` converts terms.

        IRIs are looked up by their text: hashing an rdflib term costs more than converting it.
        """
        import pyoxigraph as ox
        from rdflib import Literal, URIRef

        from graphbuild.rdf import _ox

        named: dict[str, ox.NamedNode] = {}

        def node(iri: str) -> ox.NamedNode:
            found = named.get(iri)
            if found is None:
                found = named[iri] = ox.NamedNode(iri)
            return found

        def convert(t: object):  # -> pyoxigraph term
            if isinstance(t, URIRef):
                return node(str(t))
            if isinstance(t, Literal):
                if t.language:
                    return ox.Literal(str(t), language=t.language)
                if t.datatype is not None:
                    return ox.Literal(str(t), datatype=node(str(t.datatype)))
                return ox.Literal(str(t))
            return ox.DefaultGraph() if t is None else _ox(t)

        # One conversion per term object: the rows share their terms (predicates, graph names,
        # subjects) and keep them alive, so an object's id names it for the length of this call.
        converted: dict[int, object] = {}

        def term(t: object):  # -> pyoxigraph term
            found = converted.get(id(t))
            if found is None:
                found = converted[id(t)] = convert(t)
            return found

        return [ox.Quad(term(s), term(p), term(o), term(c)) for s, p, o, c in self.rows]


class _GraphRows:
    """One graph of ``QuadRows``: ``add`` appends a row, as ``Graph.add`` would add a triple."""

    def __init__(self, rows: list[tuple], name: URIRef | None) -> None:
        self._rows = rows
        self._name = name

    def add(self, triple: tuple) -> None:
        self._rows.append((*triple, self._name))


def oxigraph_quads(graph: KnowledgeGraph) -> list:  # -> list[pyoxigraph.Quad]
    """``graph``'s statements as pyoxigraph quads, the same as ``to_rdf``'s, without an rdflib store."""
    from graphbuild.rdf import fill_rdf

    rows = QuadRows()
    fill_rdf(rows, graph)
    return rows.quads()


def nquads(graph: KnowledgeGraph) -> str:
    """``graph``'s statements as N-Quads text (compact and picklable: what a worker sends back)."""
    import pyoxigraph as ox

    return ox.serialize(oxigraph_quads(graph), format=ox.RdfFormat.N_QUADS).decode("utf-8")
