"""Reading saved graphs back: RDF files and build output folders."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from graphbuild.errors import StoreError

_PARSE_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".nq": "nquads",
}


def graph_file(path: str | Path) -> Path:
    """The RDF file behind ``path``: the file itself, or ``graph.ttl``/``graph.trig`` in a build folder."""
    p = Path(path)
    if p.is_dir():
        for name in ("graph.trig", "graph.ttl", "graph.nt", "graph.jsonld"):
            if (p / name).is_file():
                return p / name
        raise StoreError(f"{p}: no graph.ttl in this folder; run graphbuild build first or give a .ttl file")
    if not p.is_file():
        raise StoreError(f"{p}: no such graph file or folder; check the path")
    if p.suffix.lower() not in _PARSE_FORMATS:
        raise StoreError(f"{p}: unknown RDF file type {p.suffix!r}; use .ttl, .nt, .trig, .nq or .jsonld")
    return p


def load_graph(path: str | Path) -> Graph:
    """An RDF file (or build folder) as one rdflib graph; quads are merged into the default view."""
    file = graph_file(path)
    fmt = _PARSE_FORMATS[file.suffix.lower()]
    try:
        if fmt in ("trig", "nquads"):
            ds = Dataset()
            ds.parse(file, format=fmt)
            g = Graph()
            for prefix, ns in ds.namespaces():
                g.bind(prefix, ns)
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
            return g
        g = Graph()
        g.parse(file, format=fmt)
        return g
    except Exception as e:  # rdflib raises parser-specific errors
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        raise StoreError(f"{file}: cannot parse as {fmt} ({first}); check the file") from e
