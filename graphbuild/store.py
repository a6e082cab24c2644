"""Where graphs live after a build: RDF files, a persistent Oxigraph store, a remote triple store.

- ``load_graph``: a file or build folder as an in-memory rdflib ``Dataset`` (named graphs kept).
- ``query_view``: the same file in an in-memory Oxigraph store, for SPARQL that stays fast.
- ``open_store`` / ``load_into_store``: a folder holding an Oxigraph database, used through
  oxrdflib, so SPARQL runs in Oxigraph's engine and large graphs stay fast.
- ``push``: send a graph to any store speaking the SPARQL 1.1 Graph Store HTTP Protocol.

Loading and pushing replace a document's named graph as a whole, so loading a rebuilt article
twice leaves one copy of its facts; the default graph (shared entity descriptions) is merged.
"""

from __future__ import annotations

import logging
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from graphbuild.errors import StoreError
from graphbuild.incremental import OXIGRAPH, is_build_store
from graphbuild.output import newest_graph_file
from graphbuild.rdf import bind_prefixes, new_dataset, serialize

if TYPE_CHECKING:
    import pyoxigraph
    import requests

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


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__


_BAD_SYNTAX = re.compile(r"at line (\d+) of [^\n]*\nBad syntax \((.*?)\) at \^", re.DOTALL)


def _parse_problem(e: BaseException) -> str:
    """rdflib's Turtle errors span lines and quote bytes; keep the line number and the reason."""
    m = _BAD_SYNTAX.search(str(e))
    return f"line {m.group(1)}: {m.group(2)}" if m else _first_line(e)


def load_graph(path: str | Path) -> Dataset:
    """An RDF file (or build folder) as a dataset whose queries see the union of its graphs."""
    file = graph_file(path)
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
            f"cannot open the store in {folder} ({_first_line(e)}); is another process using it?"
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

    store = ox.Store()
    try:
        store.bulk_load(path=str(file), format=_ox_format(file))
    except (SyntaxError, ValueError) as e:
        fmt = _PARSE_FORMATS[file.suffix.lower()]
        raise StoreError(f"{file}: cannot parse as {fmt} ({_first_line(e)}); check the file") from e
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
        raise StoreError(f"cannot write to the store in {directory} ({_first_line(e)})") from e
    return LoadReport(Path(directory), len(staging), len(names), len(target))


# --- pushing to a remote store (SPARQL 1.1 Graph Store HTTP Protocol) ------------------------


@dataclass(frozen=True)
class PushReport:
    """What ``push`` sent: one request per graph."""

    endpoint: str
    graphs: int
    triples: int

    def summary(self) -> str:
        return f"pushed {self.triples} triples in {self.graphs} graphs to {self.endpoint}"


def push(
    graph: str | Path | Dataset,
    endpoint: str,
    *,
    graph_iri: str | None = None,
    auth: tuple[str, str] | None = None,
    timeout: float = 30.0,
    retries: int = 3,
    session: requests.Session | None = None,
) -> PushReport:
    """Send a graph to ``endpoint`` (a Graph Store Protocol URL such as ``http://host:7878/store``).

    Without ``graph_iri`` each named graph is replaced (HTTP PUT ``?graph=``) and the default
    graph is merged (POST ``?default``); with it, every triple goes into that one graph, replaced.
    Connection failures and 5xx answers are retried with backoff; a refusal (4xx) is not.
    """
    import requests

    if not endpoint.startswith(("http://", "https://")):
        raise StoreError(
            f"--endpoint {_redact(endpoint)!r} is not an http(s) URL; give e.g. http://host:7878/store"
        )
    ds = graph if isinstance(graph, Dataset) else load_graph(graph)
    http = session or requests.Session()
    http.verify = True
    if auth:
        http.auth = auth
    requests_to_send: list[tuple[str, dict[str, str], Graph]] = []
    if graph_iri:
        requests_to_send.append(("PUT", {"graph": graph_iri}, ds))
    else:
        for g in sorted(ds.graphs(), key=lambda c: str(c.identifier)):
            if len(g) == 0:
                continue
            if g.identifier == DATASET_DEFAULT_GRAPH_ID:
                requests_to_send.append(("POST", {"default": ""}, g))
            else:
                requests_to_send.append(("PUT", {"graph": str(g.identifier)}, g))
    triples = 0
    try:
        for method, params, g in requests_to_send:
            body = serialize(g, "nt").encode("utf-8")
            _send(http, method, endpoint, params, body, timeout=timeout, retries=retries)
            triples += body.count(b"\n")
    finally:
        if session is None:
            http.close()
    return PushReport(_redact(endpoint), len(requests_to_send), triples)


def _redact(url: str) -> str:
    """The URL without any ``user:password@`` part, fit to print."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit(parts._replace(netloc=netloc))


def _send(
    http: requests.Session,
    method: str,
    endpoint: str,
    params: dict[str, str],
    body: bytes,
    *,
    timeout: float,
    retries: int,
) -> None:
    import requests

    target = params.get("graph") or "the default graph"
    shown = _redact(endpoint)
    headers = {"Content-Type": "application/n-triples"}
    for attempt in range(1, retries + 1):
        try:
            response = http.request(
                method, endpoint, params=params, data=body, headers=headers, timeout=(10, timeout)
            )
        except requests.exceptions.SSLError as e:
            raise StoreError(
                f"cannot push to {shown}: TLS certificate check failed; fix the server's certificate"
            ) from e
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as e:
            reason = "timed out" if isinstance(e, requests.exceptions.Timeout) else "cannot connect"
            if attempt == retries:
                raise StoreError(
                    f"cannot push to {shown}: {reason} after {retries} attempts; "
                    "check the URL and that the store is running"
                ) from e
        except requests.exceptions.RequestException as e:
            raise StoreError(f"cannot push to {shown}: {_first_line(e)}; check --endpoint") from e
        else:
            if response.ok:
                log.debug("%s %s %s -> %s", method, shown, params, response.status_code)
                return
            status = f"HTTP {response.status_code} {response.reason}".strip()
            if response.status_code in (401, 403):
                raise StoreError(
                    f"{shown} refused {target}: {status}; check --user or GRAPHBUILD_USER/GRAPHBUILD_PASSWORD"
                )
            if response.status_code < 500 or attempt == retries:
                detail = " ".join(response.text.split())[:200]
                raise StoreError(
                    f"{shown} refused {target}: {status}"
                    + (f" ({detail})" if detail else "")
                    + "; check that --endpoint is a Graph Store Protocol URL"
                )
        time.sleep(min(0.5 * 2 ** (attempt - 1), 4.0))


def count_quads(graph: Dataset | Graph) -> int:
    """Triples in all graphs of a dataset (a triple in two graphs counts twice, as in a store)."""
    if isinstance(graph, Dataset):
        return sum(1 for _ in graph.quads((None, None, None, None)))
    return len(graph)


__all__ = [
    "LoadReport",
    "PushReport",
    "count_quads",
    "graph_file",
    "load_graph",
    "load_into_store",
    "open_store",
    "push",
    "query_view",
]
