"""Where graphs live after a build: RDF files, a persistent Oxigraph store, a remote triple store.

- ``load_graph``: a file or build folder as an in-memory rdflib ``Dataset`` (named graphs kept).
- ``query_view``: the same file in an in-memory Oxigraph store, for SPARQL that stays fast.
- ``open_store`` / ``load_into_store``: a folder holding an Oxigraph database, used through
  oxrdflib, so SPARQL runs in Oxigraph's engine and large graphs stay fast.
(``graphbuild.push`` sends a graph to a remote store.)

Loading replaces a document's named graph as a whole, so loading a rebuilt article
twice leaves one copy of its facts; the default graph (shared entity descriptions) is merged.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph

from graphbuild.errors import StoreError
from graphbuild.incremental import OXIGRAPH, is_build_store
from graphbuild.output import newest_graph_file
from graphbuild.rdf import bind_prefixes, new_dataset
from graphbuild.urls import redact

if TYPE_CHECKING:
    import pyoxigraph

log = logging.getLogger(__name__)

_PARSE_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".nq": "nquads",
}


def graph_file(path: str | Path) -> Path:
    """The RDF file behind ``path``: the file itself, or the newest ``graph.*`` in a build folder."""
    p = Path(path)
    if p.is_dir():
        found = newest_graph_file(p)
        if found is None:
            raise StoreError(
                f"{p}: no graph.ttl in this folder; run graphbuild build first or give a .ttl file"
            )
        return found
    if not p.is_file():
        raise StoreError(f"{p}: no such graph file or folder; check the path")
    if p.suffix.lower() not in _PARSE_FORMATS:
        raise StoreError(f"{p}: unknown RDF file type {p.suffix!r}; use .ttl, .nt, .trig, .nq or .jsonld")
    return p


def first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__


_BAD_SYNTAX = re.compile(r"at line (\d+) of [^\n]*\nBad syntax \((.*?)\) at \^", re.DOTALL)


def _parse_problem(e: BaseException) -> str:
    """rdflib's Turtle errors span lines and quote bytes; keep the line number and the reason."""
    m = _BAD_SYNTAX.search(str(e))
    return f"line {m.group(1)}: {m.group(2)}" if m else first_line(e)


# A JSON-LD context given by reference: a URL with a scheme (not file:) or a network-path "//host".
_REMOTE = re.compile(r"^(?:(?!file:)[A-Za-z][A-Za-z0-9+.-]*:|//)")


def _remote_context(node: object) -> str | None:
    """The first ``@context`` or ``@import`` in a JSON-LD tree that a parser would fetch, if any."""
    if isinstance(node, list):
        return next((found for item in node if (found := _remote_context(item))), None)
    if not isinstance(node, dict):
        return None
    for key, value in node.items():
        if key in ("@context", "@import"):
            refs = value if isinstance(value, list) else [value]
            remote = [ref for ref in refs if isinstance(ref, str) and _REMOTE.match(ref)]
            if remote:
                return remote[0]
        if found := _remote_context(value):
            return found
    return None


def _refuse_remote_contexts(file: Path) -> None:
    """Graphs are read offline: a JSON-LD file naming a remote context would fetch it (and may hang)."""
    import json

    if _PARSE_FORMATS[file.suffix.lower()] != "json-ld":
        return
    try:
        tree = json.loads(file.read_bytes())
    except (ValueError, OSError):
        return  # the parser reports a broken file with its own line
    ref = _remote_context(tree)
    if ref is not None:
        raise StoreError(
            f"{file}: its JSON-LD @context refers to {redact(ref)}, which graphbuild does not fetch "
            "(graphs are read offline); inline the context in the file"
        )


def load_graph(path: str | Path) -> Dataset:
    """An RDF file (or build folder) as a dataset whose queries see the union of its graphs."""
    file = graph_file(path)
    _refuse_remote_contexts(file)
    fmt = _PARSE_FORMATS[file.suffix.lower()]
    ds = new_dataset()
    try:
        ds.parse(file, format=fmt)
    except Exception as e:  # rdflib raises parser-specific errors
        raise StoreError(f"{file}: cannot parse as {fmt} ({_parse_problem(e)}); check the file") from e
    return ds


# --- a persistent Oxigraph store -----------------------------------------------------------


def _ox_format(file: Path) -> pyoxigraph.RdfFormat:
    import pyoxigraph as ox

    return {
        "turtle": ox.RdfFormat.TURTLE,
        "nt": ox.RdfFormat.N_TRIPLES,
        "trig": ox.RdfFormat.TRIG,
        "json-ld": ox.RdfFormat.JSON_LD,
        "nquads": ox.RdfFormat.N_QUADS,
    }[_PARSE_FORMATS[file.suffix.lower()]]


def _ox_store(directory: str | Path, *, create: bool) -> pyoxigraph.Store:
    """The Oxigraph store in ``directory``; a build store is read through its RDF folder.

    Reading never creates a store (a typo'd folder is an error, not a new empty store), and
    ``load`` refuses a build store, whose records must stay in step with its graphs.
    """
    import pyoxigraph as ox

    folder = Path(directory)
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{folder} is a file, not a store folder; choose another --store")
    if is_build_store(folder):
        if create:
            raise StoreError(
                f"{folder} is a graphbuild build store; add articles with "
                f"graphbuild build ... --store {folder}, or load into another folder"
            )
        folder = folder / OXIGRAPH
    elif not create and not (folder / "CURRENT").is_file():
        raise StoreError(f"{folder}: no store here; create one with graphbuild load GRAPH --store {folder}")
    try:
        return ox.Store(str(folder))
    except OSError as e:
        if not create and _read_only_disk(folder, e):
            try:
                return ox.Store.read_only(str(folder))
            except OSError:
                pass  # the first error says more
        raise StoreError(
            f"cannot open the store in {folder} ({first_line(e)}); is another process using it?"
        ) from e


def _read_only_disk(folder: Path, error: OSError) -> bool:
    """Whether a store could not be opened for writing because its folder is read-only.

    Queries then open it read-only; a store locked by another process is not opened that way,
    since reading while another process writes is undefined in Oxigraph.
    """
    text = str(error).lower()
    return "read-only file system" in text or "permission denied" in text or not os.access(folder, os.W_OK)


def _parse_into_oxigraph(file: Path) -> pyoxigraph.Store:
    """A graph file parsed into a new in-memory Oxigraph store."""
    import pyoxigraph as ox

    _refuse_remote_contexts(file)
    store = ox.Store()
    try:
        store.bulk_load(path=str(file), format=_ox_format(file))
    except (SyntaxError, ValueError) as e:
        fmt = _PARSE_FORMATS[file.suffix.lower()]
        raise StoreError(f"{file}: cannot parse as {fmt} ({first_line(e)}); check the file") from e
    return store


def _as_dataset(store: pyoxigraph.Store) -> Dataset:
    from oxrdflib import OxigraphStore

    return bind_prefixes(Dataset(store=OxigraphStore(store=store), default_union=True))  # type: ignore[return-value]


def query_view(path: str | Path) -> Dataset:
    """A graph file or build folder in an in-memory Oxigraph store: SPARQL runs in Oxigraph's engine.

    rdflib's own engine takes minutes on joins over a few hundred thousand triples; Oxigraph
    answers in well under a second. Use ``load_graph`` when every triple is needed in Python.
    """
    return _as_dataset(_parse_into_oxigraph(graph_file(path)))


def open_store(directory: str | Path) -> Dataset:
    """An existing Oxigraph store as an rdflib dataset (through oxrdflib); queries see all graphs.

    A store on a read-only disk or folder is opened read-only, so it can still be queried.
    """
    return _as_dataset(_ox_store(directory, create=False))


@dataclass(frozen=True)
class LoadReport:
    """What ``load_into_store`` did."""

    store: Path
    quads_loaded: int
    graphs_replaced: int
    quads_in_store: int

    def summary(self) -> str:
        return (
            f"loaded {self.quads_loaded} quads ({self.graphs_replaced} named graphs replaced); "
            f"{self.quads_in_store} quads in {self.store}"
        )


def load_into_store(graph: str | Path, directory: str | Path) -> LoadReport:
    """Load a graph file or build folder into the Oxigraph store in ``directory`` (created if needed).

    The file is parsed into memory first, so a broken file leaves the store untouched. Each named
    graph it holds replaces the store's graph of that name; default-graph triples are added.
    """

    staging = _parse_into_oxigraph(graph_file(graph))
    target = _ox_store(directory, create=True)
    names = list(staging.named_graphs())
    try:
        for name in names:
            target.clear_graph(name)
        target.bulk_extend(staging)
        target.flush()
    except OSError as e:
        raise StoreError(f"cannot write to the store in {directory} ({first_line(e)})") from e
    return LoadReport(Path(directory), len(staging), len(names), len(target))


# --- pushing to a remote store (SPARQL 1.1 Graph Store HTTP Protocol) ------------------------


# A Graph Store answers a write in a few bytes; more than this is a web page or a broken server.
def count_quads(graph: Dataset | Graph) -> int:
    """Triples in all graphs of a dataset (a triple in two graphs counts twice, as in a store)."""
    if isinstance(graph, Dataset):
        return sum(1 for _ in graph.quads((None, None, None, None)))
    return len(graph)


__all__ = [
    "LoadReport",
    "count_quads",
    "graph_file",
    "load_graph",
    "load_into_store",
    "open_store",
    "query_view",
]
