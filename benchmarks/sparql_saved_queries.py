"""Time the saved queries over a built graph: load, then each query, in Oxigraph (and rdflib).

Usage: python benchmarks/sparql_saved_queries.py GRAPH [--rdflib]

GRAPH is a graph file or build folder, e.g. the output of
``graphbuild build ../shared/corpora/wikinews-en-conflict-200.jsonl --out /tmp/wn --format trig``.
With --rdflib each query also runs in rdflib's own engine, in a child process stopped after
60 s, to show why ``graphbuild query`` hands queries to Oxigraph.
"""

from __future__ import annotations

import multiprocessing
import sys
import time

from graphbuild.sparql import run_query, saved_queries
from graphbuild.store import count_quads, load_graph, query_view


def _rdflib_run(path: str, text: str, out: multiprocessing.Queue) -> None:
    graph = load_graph(path)
    started = time.perf_counter()
    rows = run_query(graph, text)
    out.put((len(rows), time.perf_counter() - started))


def _rdflib_time(path: str, text: str, limit: float = 60.0) -> str:
    out: multiprocessing.Queue = multiprocessing.Queue()
    child = multiprocessing.Process(target=_rdflib_run, args=(path, text, out))
    child.start()
    child.join(limit + 30)  # loading the file in rdflib comes on top of the query
    if child.is_alive():
        child.terminate()
        child.join()
        return f"> {limit:.0f} s (stopped)"
    rows, seconds = out.get()
    return f"{seconds:.2f} s ({rows} rows)"


def main(path: str, *, rdflib: bool) -> None:
    started = time.perf_counter()
    view = query_view(path)
    loaded = time.perf_counter() - started
    print(f"graph: {path}: {count_quads(view)} quads, loaded into Oxigraph in {loaded:.2f} s")
    for name, saved in saved_queries().items():
        started = time.perf_counter()
        rows = run_query(view, saved.text)
        line = f"{name:24} {len(rows):6} rows  Oxigraph {time.perf_counter() - started:6.2f} s"
        if rdflib:
            line += f"  rdflib {_rdflib_time(path, saved.text)}"
        print(line, flush=True)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        sys.exit(__doc__)
    main(args[0], rdflib="--rdflib" in sys.argv)
