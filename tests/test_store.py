"""Stores: reading graph files, a persistent Oxigraph store, and pushing to a real Oxigraph server."""

from __future__ import annotations

import base64
import http.server
import io
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
import requests
from rdflib.query import Result
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.errors import StoreError
from graphbuild.graph import KnowledgeGraph
from graphbuild.push import push
from graphbuild.rdf import serialize
from graphbuild.sparql import result_rows, run_query, saved_query
from graphbuild.store import count_quads, load_graph, load_into_store, open_store
from graphbuild.vocab import PREFIXES

from .conftest import free_port
from .test_rdf import hand_built_graph

runner = CliRunner()


@pytest.fixture
def kg() -> KnowledgeGraph:
    return hand_built_graph()


@pytest.fixture
def trig_file(kg: KnowledgeGraph, tmp_path: Path) -> Path:
    path = tmp_path / "graph.trig"
    path.write_text(serialize(kg.rdf, "trig"), encoding="utf-8")
    return path


@pytest.fixture
def bad_file(tmp_path: Path) -> Path:
    path = tmp_path / "broken.ttl"
    path.write_text("<a> <b> .\n", encoding="utf-8")
    return path


# --- files --------------------------------------------------------------------------------------


def test_load_graph_keeps_named_graphs(kg: KnowledgeGraph, trig_file: Path):
    ds = load_graph(trig_file)
    assert count_quads(ds) == count_quads(kg.rdf)
    assert {str(g.identifier) for g in ds.graphs() if len(g)} == {
        str(g.identifier) for g in kg.rdf.graphs() if len(g)
    }


def test_load_graph_build_folder_takes_the_graph_of_the_last_build(kg: KnowledgeGraph, tmp_path: Path):
    kg.write(tmp_path, rdf_format="ttl")
    written = kg.write(tmp_path, rdf_format="trig")
    assert "graph.trig" in written and not (tmp_path / "graph.ttl").exists()
    assert len(list(load_graph(tmp_path).graphs())) > 1  # the TriG, with its named graphs


def test_load_graph_unparsable_file(bad_file: Path):
    with pytest.raises(StoreError, match=r"broken\.ttl: cannot parse as turtle \(.*\); check the file$"):
        load_graph(bad_file)


def test_load_graph_missing_and_unknown(tmp_path: Path):
    with pytest.raises(StoreError, match="no such graph file or folder; check the path"):
        load_graph(tmp_path / "nope.ttl")
    (tmp_path / "g.xml").write_text("<x/>", encoding="utf-8")
    with pytest.raises(
        StoreError, match=r"unknown RDF file type '\.xml'; use \.ttl, \.nt, \.trig, \.nq or \.jsonld"
    ):
        load_graph(tmp_path / "g.xml")


# --- a persistent Oxigraph store ----------------------------------------------------------------


def test_load_into_store_twice_replaces_document_graphs(kg: KnowledgeGraph, trig_file: Path, tmp_path: Path):
    store_dir = tmp_path / "store"
    first = load_into_store(trig_file, store_dir)
    second = load_into_store(trig_file, store_dir)
    assert first.quads_loaded == second.quads_in_store == count_quads(kg.rdf)
    assert second.graphs_replaced == 2


def test_open_store_answers_like_the_file(trig_file: Path, tmp_path: Path):
    load_into_store(trig_file, tmp_path / "store")
    store = open_store(tmp_path / "store")
    for name in ("who_warns_whom", "actors_weapons", "actors_by_region", "negated_or_attributed", "evidence"):
        text = saved_query(name).text
        assert run_query(store, text) == run_query(load_graph(trig_file), text), name
    rows = run_query(store, saved_query("evidence").text, bindings={"lemma": "seize"})
    assert [r["relation"] for r in rows] == ["could seize", "did not seize"]


def test_query_command_graph_and_store_together(trig_file: Path, tmp_path: Path):
    result = runner.invoke(app, ["query", str(trig_file), "ASK {}", "--store", str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.strip() == "error: give a GRAPH or --store DIR, not both"


def test_query_command_missing_store(tmp_path: Path):
    missing = tmp_path / "none"
    result = runner.invoke(app, ["query", "--store", str(missing), "ASK {}"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: {missing}: no store here; create one with graphbuild load GRAPH --store {missing}"
    )


def test_open_store_missing(tmp_path: Path):
    with pytest.raises(StoreError, match="no store here; create one with graphbuild load GRAPH --store"):
        open_store(tmp_path / "none")


def test_load_into_store_broken_file_leaves_store_alone(trig_file: Path, bad_file: Path, tmp_path: Path):
    load_into_store(trig_file, tmp_path / "store")
    with pytest.raises(StoreError, match=r"broken\.ttl: cannot parse"):
        load_into_store(bad_file, tmp_path / "store")
    assert run_query(open_store(tmp_path / "store"), "ASK { ?a rel:warn ?b }") == [{"result": True}]


def test_load_and_query_commands_with_a_store(trig_file: Path, tmp_path: Path):
    store_dir = tmp_path / "store"
    result = runner.invoke(app, ["load", str(trig_file), "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("loaded ") and "2 named graphs replaced" in result.output
    result = runner.invoke(
        app,
        [
            "query",
            "--store",
            str(store_dir),
            "--saved",
            "evidence",
            "--bind",
            "lemma=warn",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert [r["relation"] for r in __import__("json").loads(result.output)] == ["warned"]


def test_cli_unparsable_graph_prints_one_line(bad_file: Path, tmp_path: Path):
    rdflib_line = f"error: {bad_file}: cannot parse as turtle (line 1: objectList expected); check the file"
    oxigraph_line = (
        f"error: {bad_file}: cannot parse as turtle (Parser error at line 1 between columns 1 and 4: "
        "No scheme found in an absolute IRI (broken.ttl, line 1)); check the file"
    )
    for command, line in (
        (["query", str(bad_file), "ASK {}"], oxigraph_line),
        (["load", str(bad_file), "--store", str(tmp_path / "s")], oxigraph_line),
        (["validate", str(bad_file)], rdflib_line),
        (["push", str(bad_file), "--endpoint", "http://127.0.0.1:9/store"], rdflib_line),
    ):
        result = runner.invoke(app, command)
        assert result.exit_code == 1
        assert result.output.strip() == line


def test_validate_command_conforming_graph(trig_file: Path, kg: KnowledgeGraph):
    result = runner.invoke(app, ["validate", str(trig_file)])
    assert result.exit_code == 0
    assert result.output.strip() == f"conforms: true ({count_quads(kg.rdf)} triples)"


def test_validate_command_broken_graph_exits_1(trig_file: Path):
    text = trig_file.read_text(encoding="utf-8").replace('gb:relationText "warned"', 'gb:relationText ""')
    trig_file.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["validate", str(trig_file)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("conforms: false (1 violations")
    assert (
        lines[1].startswith("Violation: <https://example.org/kg/assertion/") and "gb:relationText" in lines[1]
    )


# --- pushing: a real Oxigraph server --------------------------------------------------------------


def _server_query(url: str, sparql: str) -> list[dict]:
    """Ask the server, with our prefixes declared, and read its answer back as rows."""
    prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
    response = requests.post(
        f"{url}/query",
        data={"query": prologue + sparql},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    response.raise_for_status()
    return result_rows(Result.parse(io.BytesIO(response.content), format="json"))


def _check_push_matches(url: str, local, saved: str) -> None:
    """The server holds as many triples as the local dataset and answers a saved query alike."""
    default = requests.get(
        f"{url}/store", params={"default": ""}, headers={"Accept": "application/n-triples"}, timeout=30
    )
    default.raise_for_status()
    in_default = sum(1 for line in default.text.splitlines() if line.strip())
    in_named = _server_query(url, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"]
    assert in_default + in_named == count_quads(local)
    text = saved_query(saved).text
    assert _server_query(url, text) == run_query(local, text)


def test_push_to_oxigraph_server_matches_local(oxigraph_server: str, kg: KnowledgeGraph, trig_file: Path):
    report = push(trig_file, f"{oxigraph_server}/store")
    assert report.graphs == 3 and report.triples == count_quads(kg.rdf)
    _check_push_matches(oxigraph_server, kg.rdf, "evidence")
    push(trig_file, f"{oxigraph_server}/store")  # pushing again replaces, never doubles
    _check_push_matches(oxigraph_server, kg.rdf, "negated_or_attributed")


@pytest.mark.model
def test_push_seed_graph_to_oxigraph_server(oxigraph_server: str, seed_graph, tmp_path: Path):
    trig = tmp_path / "graph.trig"
    trig.write_text(serialize(seed_graph.rdf, "trig"), encoding="utf-8")
    result = runner.invoke(app, ["push", str(trig), "--endpoint", f"{oxigraph_server}/store"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"pushed {count_quads(seed_graph.rdf)} triples in ")
    _check_push_matches(oxigraph_server, seed_graph.rdf, "who_warns_whom")
    _check_push_matches(oxigraph_server, seed_graph.rdf, "evidence")


def test_push_into_one_named_graph(oxigraph_server: str, kg: KnowledgeGraph, trig_file: Path):
    push(trig_file, f"{oxigraph_server}/store", graph_iri="https://example.org/g")
    rows = _server_query(
        oxigraph_server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://example.org/g> { ?s ?p ?o } }"
    )
    assert rows == [{"n": count_quads(kg.rdf)}]


def test_push_command_refused_by_the_server(oxigraph_server: str, trig_file: Path):
    endpoint = f"{oxigraph_server}/nothing"
    result = runner.invoke(app, ["push", str(trig_file), "--endpoint", endpoint])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: {endpoint} refused https://example.org/kg/doc/d1: HTTP 404 Not Found "
        "(PUT /nothing is not supported by this server); check that --endpoint is a Graph Store Protocol URL"
    )


def test_push_command_unreachable_endpoint(trig_file: Path):
    endpoint = f"http://127.0.0.1:{free_port()}/store"
    result = runner.invoke(app, ["push", str(trig_file), "--endpoint", endpoint, "--retries", "2"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: cannot push to {endpoint}: cannot connect after 2 attempts; "
        "check the URL and that the store is running"
    )


def test_push_never_prints_credentials_in_the_url(trig_file: Path):
    endpoint = f"http://ana:s3cret@127.0.0.1:{free_port()}/store"
    result = runner.invoke(app, ["push", str(trig_file), "--endpoint", endpoint, "--retries", "1"])
    assert result.exit_code == 1
    assert "s3cret" not in result.output and "cannot connect after 1 attempts" in result.output


def test_push_command_endpoint_must_be_http(trig_file: Path):
    result = runner.invoke(app, ["push", str(trig_file), "--endpoint", "localhost:7878/store"])
    assert result.exit_code == 1
    assert result.output.strip() == (
        "error: --endpoint 'localhost:7878/store' is not an http(s) URL; give e.g. http://host:7878/store"
    )


# --- pushing: authentication and retries, against a tiny local HTTP server ------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers with the queued status codes and records each request's method and headers."""

    statuses: ClassVar[list[int]] = []
    seen: ClassVar[list[tuple[str, str | None]]] = []

    def _answer(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).seen.append((self.command, self.headers.get("Authorization")))
        status = type(self).statuses.pop(0) if type(self).statuses else 204
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PUT = do_POST = _answer  # noqa: N815

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[tuple[str, type[_Recorder]]]:
    handler = type("Handler", (_Recorder,), {"statuses": [], "seen": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/store", handler
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_push_command_sends_credentials_from_the_environment(recorder, trig_file: Path, monkeypatch):
    endpoint, handler = recorder
    monkeypatch.setenv("GRAPHBUILD_USER", "ana")
    monkeypatch.setenv("GRAPHBUILD_PASSWORD", "s3cret")
    result = runner.invoke(app, ["push", str(trig_file), "--endpoint", endpoint])
    assert result.exit_code == 0, result.output
    token = "Basic " + base64.b64encode(b"ana:s3cret").decode()
    assert [h for _, h in handler.seen] == [token] * 3
    assert "s3cret" not in result.output


def test_push_command_prompts_for_the_password(recorder, trig_file: Path, monkeypatch):
    endpoint, handler = recorder
    monkeypatch.delenv("GRAPHBUILD_PASSWORD", raising=False)
    handler.statuses = [401]
    result = runner.invoke(
        app, ["push", str(trig_file), "--endpoint", endpoint, "--user", "bob"], input="hunter2\n"
    )
    assert result.exit_code == 1
    assert "hunter2" not in result.output
    assert result.output.strip().splitlines()[-1] == (
        f"error: {endpoint} refused https://example.org/kg/doc/d1: HTTP 401 Unauthorized; "
        "check --user or GRAPHBUILD_USER/GRAPHBUILD_PASSWORD"
    )
    assert handler.seen == [("PUT", "Basic " + base64.b64encode(b"bob:hunter2").decode())]


def test_push_retries_server_errors(recorder, trig_file: Path):
    endpoint, handler = recorder
    handler.statuses = [503, 502]
    report = push(trig_file, endpoint, retries=3)
    assert report.graphs == 3
    assert [m for m, _ in handler.seen] == ["PUT", "PUT", "PUT", "PUT", "POST"]


def test_push_gives_up_after_the_last_retry(recorder, trig_file: Path):
    endpoint, handler = recorder
    handler.statuses = [500, 500]
    with pytest.raises(StoreError) as e:
        push(trig_file, endpoint, retries=2)
    assert str(e.value) == (
        f"{endpoint} refused https://example.org/kg/doc/d1: HTTP 500 Internal Server Error; "
        "check that --endpoint is a Graph Store Protocol URL"
    )
