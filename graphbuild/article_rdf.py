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

    def text(self, extra: str, name: str) -> str:
        """The union of every article's statements and ``extra`` (N-Quads lines in the default graph)
        in ``name`` (``rdf.FORMATS`` value, not JSON-LD), sorted and without repeats exactly as
        ``rdf.oxigraph_text`` writes them."""
        import pyoxigraph as ox

        from graphbuild.rdf import PREFIXES, fixed_prefix_order

        extra_lines = [line for line in extra.split("\n") if line]
        if name == "trig":
            runs = [_run(f"0\t{line[:-2]}" for line in extra_lines)]
        else:
            runs = [_run(line[:-2] for line in extra_lines)]
        for start in range(0, len(self), RUN_ARTICLES):
            batch = range(start, min(start + RUN_ARTICLES, len(self)))
            if name == "trig":
                runs.append(_run(_quad_key(q) for i in batch for q in self.quads(i)))
            else:  # the triple's text is on the line: no need to parse it
                runs.append(_run(key for i in batch for key in self.triple_keys(i)))
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

    def triple_keys(self, index: int) -> list[str]:
        """The article's statements as ``_triple_key`` gives them, with the merged entity IRIs."""
        return triple_keys(globalise(zlib.decompress(self.packed[index]).decode("utf-8"), self.iris[index]))


def triple_keys(nquads: str) -> list[str]:
    """``_triple_key`` of each line of N-Quads Oxigraph wrote (its triple without the graph name and
    " ."), read off the text with one expression rather than parsed."""
    return _TRIPLE.findall(nquads)


def _triple_key(quad) -> str:
    return str(quad.triple)


# An N-Quads line Oxigraph wrote: subject and predicate (no spaces), an object (IRI, literal or blank
# node), then the graph name if any. The group is the line's triple (``_triple_key``).
_TRIPLE = re.compile(
    r'^(\S+ \S+ (?:<[^>]*>|"(?:[^"\\]|\\.)*"(?:\^\^<[^>]*>|@[A-Za-z0-9-]+)?|_:\S+))(?: <[^>]*>)? \.$',
    re.MULTILINE,
)


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
