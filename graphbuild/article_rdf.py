"""The articles' RDF as the workers rendered it, kept compressed, and written out sorted in bounded memory.

A worker renders an article's statements before the cross-document merge has named its entities,
so they stand as ``LOCAL_IRI<i>`` (the article's i-th entity); the build keeps the text compressed
(a few bytes a statement, where an RDF store takes hundreds) with the merged IRI of each stand-in.
``ArticleRDF.text`` writes Turtle, N-Triples or TriG sorted like ``rdf.oxigraph_text``: past
``SORT_WHOLE_ARTICLES``, batches of articles are sorted into compressed runs, which are merged as
streams, so no format needs the whole graph in memory as terms.
"""

from __future__ import annotations

import heapq
import itertools
import re
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError, Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, AnyStr

# Between the lines of an article's named graphs and those of the default graph (an N-Quads comment).
DEFAULT_GRAPH_MARK = "# default graph\n"
_MARK_BYTES = DEFAULT_GRAPH_MARK.encode("utf-8")
# Stands for the i-th entity of an article in the RDF a worker renders before the merge.
LOCAL_IRI = "urn:x-graphbuild-local:"
_LOCAL = re.compile(re.escape(f"<{LOCAL_IRI}") + r"(\d+)>")
_LOCAL_BYTES = re.compile(re.escape(f"<{LOCAL_IRI}".encode()) + rb"(\d+)>")
# Articles sorted together into one run: few runs to merge, a bounded batch in memory.
RUN_ARTICLES = 64
# Up to this many articles the keys are sorted whole, with no runs to compress and merge: on 600
# Wikinews articles that took Turtle from 2.2 s to 1.8 s CPU, under the build's own peak RSS (0.93 GB).
SORT_WHOLE_ARTICLES = 640
# Articles whose statements are sampled to cut the RDF text into parts of about equal size.
SAMPLE_ARTICLES = 32
# Statements parsed and handed to the serializer at once.
CHUNK_LINES = 20_000
# Most articles whose text workers write ahead: past this, the parts the workers hold and send back
# cost more memory than the time saved is worth (whole Wikinews, 2,782 articles: 2.14 GB peak with, 2 GB
# is the budget); the main process then writes the text in bounded memory as it always could.
AHEAD_MAX_ARTICLES = 1_000


def pack(nquads: str) -> bytes:
    """An article's N-Quads as the build keeps them (fast zlib: a worker pays for it)."""
    return zlib.compress(nquads.encode("utf-8"), 1)


def globalise(nquads: AnyStr, iris: list[str]) -> AnyStr:
    """N-Quads (text, or UTF-8 bytes) with each ``LOCAL_IRI<i>`` replaced by ``iris[i]``."""
    if isinstance(nquads, bytes):
        return _LOCAL_BYTES.sub(lambda m: b"<%s>" % iris[int(m.group(1))].encode("utf-8"), nquads)
    return _LOCAL.sub(lambda m: f"<{iris[int(m.group(1))]}>", nquads)


@dataclass
class ArticleRDF:
    """Each article's packed N-Quads and, once the merge is done, the IRIs of its entity stand-ins."""

    packed: list[bytes] = field(default_factory=list)
    iris: list[list[str]] = field(default_factory=list)
    # ``text`` started in worker processes ahead of need, by format: its ``extra`` and the parts' futures
    ahead: dict[str, tuple[str, list[Future]]] = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.packed)

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "ahead": {}}  # a future stays in its process

    def start_text(self, submit: Callable[..., Future | None], extra: str, name: str, parts: int = 1) -> None:
        """Have ``submit`` (``parallel.Workers.submit``) run ``text(extra, name)`` in workers, so the
        text is ready (or nearly) when asked for while this process does other work. Turtle and
        N-Triples are cut into ``parts`` ranges of subjects (``split_subjects``), one job each.
        Nothing for more than ``AHEAD_MAX_ARTICLES`` articles (``serialize`` renders it here)."""
        if len(self) > AHEAD_MAX_ARTICLES:
            return
        bounds = self.split_subjects(extra, parts) if name != "trig" else []
        edges = [None, *bounds, None]
        futures = [submit(self.text, extra, name, low, high) for low, high in itertools.pairwise(edges)]
        if all(f is not None for f in futures):
            self.ahead[name] = (extra, futures)

    def text_ahead(self, extra: str, name: str) -> str | None:
        """The text ``start_text`` had workers make, if it was started with the same ``extra`` and
        the workers gave it; ``None`` otherwise (the caller renders it here)."""
        started, futures = self.ahead.pop(name, ("", None))
        if futures is None or started != extra:
            return None
        try:
            return "".join(f.result() for f in futures)
        except (BrokenProcessPool, CancelledError):  # a worker died or was stopped: render here
            return None

    def split_subjects(self, extra: str, parts: int) -> list[str]:
        """Bounds that cut the statements' keys into ``parts`` ranges of about equal size, judged on a
        sample of the articles; each bound is a subject and a space, so a subject's statements (which
        sort together) fall in one range and the ranges' Turtle, joined, is the whole's."""
        if parts < 2 or len(self) < parts:
            return []
        step = max(1, len(self) // SAMPLE_ARTICLES)
        keys = [key for i in range(0, len(self), step) for key in self.triple_keys(i)]
        keys.extend(triple_keys(extra.encode("utf-8"))[::step])
        keys.sort()
        bounds = {
            keys[len(keys) * k // parts].split(b" ", 1)[0].decode("utf-8") + " " for k in range(1, parts)
        }
        return sorted(bounds)

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

    def text(self, extra: str, name: str, low: str | None = None, high: str | None = None) -> str:
        """The union of every article's statements and ``extra`` (``nquads.entity_nquads``: N-Quads of
        the default graph) in ``name`` (``rdf.FORMATS`` value, not JSON-LD), sorted and without
        repeats exactly as ``rdf.oxigraph_text`` writes them.

        The statements are sorted and joined as UTF-8 bytes, never decoded: bytes sort as the text
        does (UTF-8 keeps code point order), and they are what Oxigraph parses.

        With ``low`` or ``high`` (Turtle and N-Triples; bounds from ``split_subjects``), only the
        statements whose key is in ``[low, high)``, without the ``@prefix`` header unless ``low`` is
        ``None``: the texts of consecutive ranges, joined, are the whole text.
        """
        import pyoxigraph as ox

        from graphbuild.rdf import PREFIXES, fixed_prefix_order

        extra_keys = _within(triple_keys(extra.encode("utf-8")), _utf8(low), _utf8(high))
        if name == "trig":
            extra_keys = [b"0\t" + key for key in extra_keys]
        starts = range(0, len(self), RUN_ARTICLES)
        batches = [range(start, min(start + RUN_ARTICLES, len(self))) for start in starts]
        lines: Iterable[bytes]
        if len(self) <= SORT_WHOLE_ARTICLES:
            lines = sorted(set(extra_keys).union(*(self._batch_keys(b, name, low, high) for b in batches)))
        else:
            runs = [_run(extra_keys), *(_run(self._batch_keys(b, name, low, high)) for b in batches)]
            lines = map(itemgetter(0), itertools.groupby(heapq.merge(*(_lines(r) for r in runs))))
        if name == "trig":
            statements = _parsed(map(_quad_line, lines), ox.RdfFormat.N_QUADS)
            out_format = ox.RdfFormat.TRIG
        else:
            statements = _parsed(lines, ox.RdfFormat.N_TRIPLES)
            out_format = ox.RdfFormat.N_TRIPLES if name == "nt" else ox.RdfFormat.TURTLE
        if out_format == ox.RdfFormat.N_TRIPLES:
            return ox.serialize(statements, format=out_format).decode("utf-8")
        body = fixed_prefix_order(
            ox.serialize(statements, format=out_format, prefixes=dict(PREFIXES)).decode("utf-8")
        )
        return body if low is None else body.partition("\n\n")[2]  # the header ends at the first blank line

    def _batch_keys(self, batch: range, name: str, low: str | None, high: str | None) -> list[bytes]:
        """The sort keys of a batch of articles' statements in UTF-8: ``_quad_key`` for TriG, else the
        triples' keys in ``[low, high)`` (the triple's text is on the line: no need to parse it)."""
        if name == "trig":
            return [_quad_key(q).encode("utf-8") for i in batch for q in self.quads(i)]
        return _within([key for i in batch for key in self.triple_keys(i)], _utf8(low), _utf8(high))

    def triple_keys(self, index: int) -> list[bytes]:
        """The article's statements as ``_triple_key`` gives them, in UTF-8, with the merged entity IRIs."""
        return triple_keys(globalise(zlib.decompress(self.packed[index]), self.iris[index]))


def triple_keys(nquads: AnyStr) -> list[AnyStr]:
    """``_triple_key`` of each line of an article's N-Quads (``nquads.Lines.text``: the named graphs'
    lines, ``DEFAULT_GRAPH_MARK``, the default graph's), read off the text (or its UTF-8 bytes, giving
    bytes) rather than parsed.

    A named graph's line ends with its name, an IRI (no space in it), and " ."; a line of the
    default graph ends with " ." alone.
    """
    text = isinstance(nquads, str)
    mark, space, newline = (DEFAULT_GRAPH_MARK, " ", "\n") if text else (_MARK_BYTES, b" ", b"\n")
    named, _, default = nquads.partition(mark)
    keys = [line.rsplit(space, 2)[0] for line in named.split(newline) if line]
    keys.extend(line[:-2] for line in default.split(newline) if line)
    return keys


def _utf8(bound: str | None) -> bytes | None:
    return None if bound is None else bound.encode("utf-8")


def _within(keys: list[bytes], low: bytes | None, high: bytes | None) -> list[bytes]:
    """The keys in ``[low, high)``; ``None`` leaves that side open."""
    if low is None and high is None:
        return keys
    return [k for k in keys if (low is None or k >= low) and (high is None or k < high)]


def _triple_key(quad) -> str:
    return str(quad.triple)


def _quad_key(quad) -> str:
    """Sorts as ``rdf.oxigraph_text`` sorts TriG: default graph first, then by graph name, then triple
    (a graph name ends with ``>``, so it is never a proper prefix of another)."""
    import pyoxigraph as ox

    if isinstance(quad.graph_name, ox.DefaultGraph):
        return f"0\t{quad.triple}"
    return f"1{quad.graph_name}\t{quad.triple}"


def _quad_line(key: bytes) -> bytes:
    """A ``_quad_key`` (UTF-8) as an N-Quads line without its final " ." (``_parsed`` adds it)."""
    graph, triple = key.split(b"\t", 1)
    return triple + b" " + graph[1:] if graph != b"0" else triple


def _run(keys: Iterable[bytes]) -> bytes:
    """Keys sorted without repeats, one a line, compressed."""
    return zlib.compress(b"\n".join(sorted(set(keys))), 1)


def _lines(run: bytes, step: int = 1 << 16) -> Iterator[bytes]:
    """The lines of a run, decompressed a piece at a time."""
    inflate = zlib.decompressobj()
    rest = b""
    for start in range(0, len(run), step):
        *complete, rest = (rest + inflate.decompress(run[start : start + step])).split(b"\n")
        yield from complete
    rest += inflate.flush()
    if rest:
        yield rest


def _parsed(lines: Iterable[bytes], fmt) -> Iterator:  # -> Iterator[pyoxigraph.Quad]
    """Statements parsed back from their lines (each without its final " ."), ``CHUNK_LINES`` at a
    time, as quads (of the default graph for N-Triples, which Oxigraph writes as triples)."""
    import pyoxigraph as ox

    stream = iter(lines)
    chunks = iter(lambda: list(itertools.islice(stream, CHUNK_LINES)), [])
    # chained in C, not yielded here: no Python frame per statement
    return itertools.chain.from_iterable(
        ox.parse(input=b" .\n".join(chunk) + b" .\n", format=fmt) for chunk in chunks
    )
