"""A 1M-triple graph: load, Turtle export and three typical SPARQL queries, three ways side by side.

Prints figures, it is not a test. Compared on the same N-Triples file:

- plain rdflib, in memory: ``rdflib.Graph()``;
- rdflib over Oxigraph (oxrdflib): ``rdflib.Graph(store="Oxigraph")`` with the ``ox-*`` formats,
  the store graphbuild's RDF layer uses for large graphs;
- raw pyoxigraph: ``pyoxigraph.Store()``, the floor.

The triples are those of a graphbuild store (``--store``, e.g. the one ``memory.py --keep-store``
builds from the wikinews corpus), or of a graph file (``--graph``). When they are fewer than
``--triples``, the graph is repeated with its graphbuild IRIs moved under ``copyN/`` so that every
copy is distinct, until it has that many.

    python benchmarks/rdf_store.py --store /tmp/kg5000 --triples 1000000
    python benchmarks/rdf_store.py --graph out/graph.ttl --triples 100000 --skip-rdflib
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import rdflib

BASE = "https://w3id.org/graphbuild/id/"
PREFIXES = {
    "gb": "https://w3id.org/graphbuild/ontology#",
    "rel": "https://w3id.org/graphbuild/rel/",
    "id": BASE,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
_HEADER = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
QUERIES = {
    "Q1 top relations (GROUP BY)": """
        SELECT ?lemma (COUNT(?a) AS ?n) WHERE { ?a a gb:Assertion ; gb:relationLemma ?lemma }
        GROUP BY ?lemma ORDER BY DESC(?n) ?lemma LIMIT 20""",
    "Q2 actor -> relation -> place (join)": """
        SELECT ?actor ?lemma ?place WHERE {
            ?a gb:subject ?s ; gb:relationLemma ?lemma ; gb:object ?o .
            ?s a gb:Actor ; rdfs:label ?actor .
            ?o a gb:Region ; rdfs:label ?place .
        }""",
    "Q3 provenance of facts (FILTER, OPTIONAL)": """
        SELECT ?label ?sentence ?title WHERE {
            ?a gb:subject ?e ; prov:wasDerivedFrom ?s .
            ?e rdfs:label ?label .
            FILTER(CONTAINS(LCASE(?label), "state"))
            ?s rdf:value ?sentence ; dcterms:isPartOf ?d .
            OPTIONAL { ?d dcterms:title ?title }
        }""",
}


def source_triples(store: Path | None, graph: Path | None, target: int) -> list[ox.Triple]:
    """Distinct triples of a graphbuild store or of an RDF file, whole articles at a time.

    From a store: the merged entities graph, then each article's named graph, until ``target``
    triples, so the graph keeps its structure (every assertion with its sentence and document).
    """
    if graph is not None:
        return list(
            dict.fromkeys(ox.Triple(t.subject, t.predicate, t.object) for t in ox.parse(path=str(graph)))
        )
    assert store is not None
    st = ox.Store.read_only(str(store / "oxigraph"))
    entities = ox.NamedNode(f"{BASE}graph/entities")
    seen: dict[ox.Triple, None] = {}
    for name in [entities, *sorted((g for g in st.named_graphs() if g != entities), key=str)]:
        for q in st.quads_for_pattern(None, None, None, name):
            seen[ox.Triple(q.subject, q.predicate, q.object)] = None
        if len(seen) >= target:
            break
    return list(seen)


def _moved(term, prefix: str):
    if isinstance(term, ox.NamedNode) and term.value.startswith(BASE):
        return ox.NamedNode(BASE + prefix + term.value[len(BASE) :])
    return term


def write_ntriples(triples: list[ox.Triple], target: int, path: Path) -> int:
    """Write ``target`` triples (the source, then moved copies of it) as N-Triples; how many."""
    written = 0
    with path.open("w", encoding="utf-8") as out:
        copy = 0
        while written < target:
            prefix = f"copy{copy}/" if copy else ""
            for t in triples:
                if written >= target:
                    break
                s, o = _moved(t.subject, prefix), _moved(t.object, prefix)
                out.write(f"{s} {t.predicate} {o} .\n")
                written += 1
            copy += 1
    return written


class _TooLong(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _TooLong


def timed(fn: Callable[[], object], limit: float = 0) -> tuple[float, object]:
    """Seconds and result of ``fn()``; with ``limit``, stop it then (result ``"timeout"``)."""
    started = time.perf_counter()
    if limit:
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        value = fn()
    except _TooLong:
        value = "timeout"
    finally:
        if limit:
            signal.setitimer(signal.ITIMER_REAL, 0)
    return time.perf_counter() - started, value


def best_of(repeat: int, fn: Callable[[], object], limit: float = 0) -> tuple[float, object]:
    runs = []
    for _ in range(repeat):
        runs.append(timed(fn, limit))
        if runs[-1][1] == "timeout":
            break
    return min(runs, key=lambda r: r[0])


def engines(nt: Path, skip_rdflib: bool) -> Iterator[tuple[str, dict[str, Callable[[], object]]]]:
    """Per engine: load the file, then closures for export and each query (rows materialised)."""
    store = ox.Store()
    load_s, _ = timed(lambda: store.bulk_load(path=str(nt), format=ox.RdfFormat.N_TRIPLES))
    yield (
        "raw pyoxigraph",
        {
            "load": lambda: load_s,
            "turtle": lambda: len(
                store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES) or b""
            ),
            **{name: (lambda q=q: len(list(store.query(_HEADER + q)))) for name, q in QUERIES.items()},
        },
    )

    g = rdflib.Graph(store="Oxigraph")
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, iri)
    load_s, _ = timed(lambda: g.parse(nt, format="ox-nt"))
    yield (
        "rdflib + Oxigraph store",
        {
            "load": lambda: load_s,
            "turtle": lambda: _serialize(g, "ox-turtle"),
            **{name: (lambda q=q: len(list(g.query(_HEADER + q)))) for name, q in QUERIES.items()},
        },
    )

    if skip_rdflib:
        return
    g = rdflib.Graph()
    for prefix, iri in PREFIXES.items():
        g.bind(prefix, iri)
    load_s, _ = timed(lambda: g.parse(nt, format="nt"))
    yield (
        "plain rdflib (memory)",
        {
            "load": lambda: load_s,
            "turtle": lambda: _serialize(g, "turtle"),
            **{name: (lambda q=q: len(list(g.query(_HEADER + q)))) for name, q in QUERIES.items()},
        },
    )


def _serialize(g: rdflib.Graph, fmt: str) -> int:
    buf = io.BytesIO()
    g.serialize(buf, format=fmt)
    return buf.tell()


def _seconds(result: tuple[float, object]) -> str:
    seconds, value = result
    return f"> {seconds:.0f} (stopped)" if value == "timeout" else f"{seconds:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--store", type=Path, help="a graphbuild store folder (build --store)")
    source.add_argument("--graph", type=Path, help="an RDF file (e.g. out/graph.ttl)")
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query (best kept)")
    parser.add_argument("--skip-rdflib", action="store_true", help="leave out plain rdflib (slowest)")
    parser.add_argument(
        "--rdflib-timeout",
        type=float,
        default=300,
        help="stop a plain rdflib operation after this many seconds",
    )
    args = parser.parse_args()

    triples = source_triples(args.store, args.graph, args.triples)
    with tempfile.TemporaryDirectory() as tmp:
        nt = Path(tmp) / "graph.nt"
        n = write_ntriples(triples, args.triples, nt)
        copies = -(-n // len(triples))
        print(
            f"{n:,} triples (of {len(triples):,} distinct source triples, x {copies}), "
            f"{nt.stat().st_size / 2**20:.0f} MB of N-Triples; load average {os.getloadavg()[0]:.2f}"
        )
        columns = ["load", "turtle", *QUERIES]
        results: dict[str, dict[str, tuple[float, object]]] = {}
        for name, ops in engines(nt, args.skip_rdflib):
            limit = args.rdflib_timeout if name.startswith("plain") else 0
            row = {"load": (ops["load"](), None)}
            row["turtle"] = timed(ops["turtle"], limit)
            for q in QUERIES:
                row[q] = best_of(args.repeat, ops[q], limit)
            results[name] = row
            print(f"  measured {name}", flush=True)

    floor = results["raw pyoxigraph"]
    names = list(results)
    header = ["operation", *(f"{n} s" for n in names), "ours / raw", "target", "rows"]
    lines = [header]
    for col in columns:
        ours = results["rdflib + Oxigraph store"][col][0] / floor[col][0]
        rows = {str(results[n][col][1]) for n in names if col != "load" and results[n][col][1] != "timeout"}
        label = {"load": "load N-Triples", "turtle": "export Turtle"}.get(col, col)
        lines.append(
            [
                label,
                *(_seconds(results[n][col]) for n in names),
                f"{ours:.2f}x",
                "<= 2x" if col != "load" else "",
                "" if col in ("load", "turtle") else "/".join(sorted(rows)),
            ]
        )
    widths = [max(len(r[i]) for r in lines) for i in range(len(header))]
    for j, line in enumerate(lines):
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(line, widths, strict=True))
            )
        )
        if j == 0:
            print("  ".join("-" * w for w in widths))


if __name__ == "__main__":
    main()
