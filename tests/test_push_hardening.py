"""Pushing and reading graphs safely: redirects, credentials, slow or endless servers, remote contexts.

Every server here is local (127.0.0.1, ``http.server`` in a thread) and every test ends in seconds.
"""

from __future__ import annotations

import http.server
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import ClassVar

import pytest
import requests
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.errors import StoreError
from graphbuild.push import push
from graphbuild.rdf import serialize
from graphbuild.store import count_quads, load_graph, query_view

from .conftest import ROOT, free_port
from .test_rdf import hand_built_graph

runner = CliRunner()
D1, D2 = "https://example.org/kg/doc/d1", "https://example.org/kg/doc/d2"


@pytest.fixture
def trig_file(tmp_path: Path) -> Path:
    path = tmp_path / "graph.trig"
    path.write_text(serialize(hand_built_graph().rdf, "trig"), encoding="utf-8")
    return path


def _turtle(path: Path, objects: list[str]) -> Path:
    path.write_text(
        "".join(f"<http://x/a> <http://x/b> <http://x/{o}> .\n" for o in objects), encoding="utf-8"
    )
    return path


# --- a programmable local server ----------------------------------------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    """Answers each request with ``answer(self)`` and records (method, path, body)."""

    answer: ClassVar[Callable[[_Handler], None]]
    seen: ClassVar[list[tuple[str, str, bytes]]]
    stop: ClassVar[threading.Event]

    def _handle(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
        type(self).seen.append((self.command, self.path, body))
        type(self).answer(self)

    do_GET = do_PUT = do_POST = _handle  # noqa: N815

    def reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


Serve = Callable[[Callable[[_Handler], None]], tuple[str, type[_Handler]]]


@pytest.fixture
def serve() -> Iterator[Serve]:
    """Start local servers answering with a given function; each is stopped afterwards."""
    started: list[tuple[http.server.ThreadingHTTPServer, threading.Thread, threading.Event]] = []

    def start(answer: Callable[[_Handler], None]) -> tuple[str, type[_Handler]]:
        stop = threading.Event()
        handler = type("H", (_Handler,), {"answer": staticmethod(answer), "seen": [], "stop": stop})
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        started.append((server, thread, stop))
        return f"http://127.0.0.1:{server.server_address[1]}", handler

    yield start
    for server, thread, stop in started:
        stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def _no_content(h: _Handler) -> None:
    h.reply(204)


# --- 6. replace a Turtle build; say how to see named graphs; find /store under a base URL -------


def test_push_of_a_turtle_build_replaces_the_default_graph(serve: Serve, tmp_path: Path):
    url, handler = serve(_no_content)
    push(_turtle(tmp_path / "g.ttl", ["c"]), f"{url}/store")
    assert [(m, p) for m, p, _ in handler.seen] == [("PUT", "/store?default=")]


def test_repush_of_a_changed_turtle_build_drops_the_old_facts(oxigraph_server: str, tmp_path: Path):
    push(_turtle(tmp_path / "old.ttl", ["c", "d"]), f"{oxigraph_server}/store")
    push(_turtle(tmp_path / "new.ttl", ["c"]), f"{oxigraph_server}/store")
    default = requests.get(
        f"{oxigraph_server}/store",
        params={"default": ""},
        headers={"Accept": "application/n-triples"},
        timeout=10,
    )
    assert default.text.strip() == "<http://x/a> <http://x/b> <http://x/c> ."


def test_push_summary_says_how_to_query_named_graphs(serve: Serve, trig_file: Path, tmp_path: Path):
    url, _ = serve(_no_content)
    result = runner.invoke(app, ["push", str(trig_file), "--endpoint", f"{url}/store"])
    assert result.exit_code == 0, result.output
    line = result.output.strip()
    assert "\n" not in line and line.startswith("pushed ")
    assert "GRAPH ?g" in line and "--union-default-graph" in line
    plain = push(_turtle(tmp_path / "g.ttl", ["c"]), f"{url}/store").summary()
    assert "GRAPH" not in plain


def test_readme_push_section_explains_named_graphs():
    section = ROOT.joinpath("README.md").read_text(encoding="utf-8").split("Graph Store Protocol**", 1)[1]
    section = section.split("\n## ", 1)[0]
    assert "GRAPH ?g" in section and "--union-default-graph" in section and "/store" in section


@pytest.mark.parametrize("suffix", ["", "/"])
def test_push_finds_the_store_under_a_base_url(oxigraph_server: str, trig_file: Path, suffix: str):
    report = push(trig_file, oxigraph_server + suffix)
    assert report.endpoint == f"{oxigraph_server}/store"
    count = requests.post(
        f"{oxigraph_server}/query",
        data={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=10,
    ).json()["results"]["bindings"][0]["n"]["value"]
    assert int(count) > 0 and report.triples == count_quads(load_graph(trig_file))


# --- 10. redirects of a write -------------------------------------------------------------------


def _redirect_store_to(status: int, location: Callable[[str], str]) -> Callable[[_Handler], None]:
    def answer(h: _Handler) -> None:
        if h.path.startswith("/store"):
            h.reply(status, headers={"Location": location(h.path)})
        else:
            h.reply(200, b"ok")

    return answer


@pytest.mark.parametrize("status", [301, 302, 303])
def test_push_does_not_follow_a_redirect_that_drops_the_body(serve: Serve, trig_file: Path, status: int):
    url, handler = serve(_redirect_store_to(status, lambda path: "/moved" + path[len("/store") :]))
    result = runner.invoke(app, ["push", str(trig_file), "--endpoint", f"{url}/store"])
    assert result.exit_code == 1
    line = result.output.strip()
    assert "\n" not in line and line.startswith("error: ")
    assert f"HTTP {status}" in line and "/moved" in line
    assert [p for _, p, _ in handler.seen if p.startswith("/moved")] == []


@pytest.mark.parametrize("status", [307, 308])
def test_push_follows_307_and_308_to_the_same_host_with_the_body(serve: Serve, trig_file: Path, status: int):
    def answer(h: _Handler) -> None:
        if h.path.startswith("/store"):
            h.reply(status, headers={"Location": "/real" + h.path})
        else:
            h.reply(204)

    url, handler = serve(answer)
    report = push(trig_file, f"{url}/store")
    resent = [(m, body) for m, p, body in handler.seen if p.startswith("/real")]
    sent = [(m, body) for m, p, body in handler.seen if p.startswith("/store")]
    assert report.graphs == 3 and resent == sent and all(body for _, body in resent)


def test_push_refuses_a_307_to_another_host(serve: Serve, trig_file: Path):
    url, handler = serve(_no_content)
    other = url.replace("127.0.0.1", "localhost")
    redirecting, _ = serve(_redirect_store_to(307, lambda path: other + path))
    with pytest.raises(StoreError) as e:
        push(trig_file, f"{redirecting}/store")
    assert "HTTP 307" in str(e.value) and other in str(e.value)
    assert handler.seen == []


# --- 12. credentials never printed ---------------------------------------------------------------

PASSWORDS = ["Tr0ub4dor/x", "pa#ss", "pa?ss", "p@ss", "a:b/c", "s%2Fcr%23t", "9/x"]


@pytest.mark.parametrize("password", PASSWORDS)
@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "", "127.0.0.1:abc", "[::1"])
def test_push_never_prints_a_password_in_the_endpoint(trig_file: Path, password: str, host: str):
    endpoint = f"http://alice:{password}@{host.format(port=free_port())}/store"
    result = runner.invoke(app, ["push", str(trig_file), "--endpoint", endpoint, "--retries", "1"])
    assert result.exit_code == 1
    line = result.output.strip()
    assert "\n" not in line and line.startswith("error: ") and "internal error" not in line
    from urllib.parse import unquote

    for secret in {password, unquote(password), password.split("/")[0], password.split("#")[0]}:
        if len(secret) > 2:
            assert secret not in line, line
    assert "alice:" not in line


class _FailingSession(requests.Session):
    """A session whose every request fails the way requests does, quoting the URL it was given."""

    def request(self, method, url, *args, **kwargs):  # type: ignore[override]
        raise requests.exceptions.InvalidURL(f"Failed to parse: {url}")


@pytest.mark.parametrize("password", ["Tr0ub4dor%2Fx", "hunter22", "p%40ss:word"])
def test_push_scrubs_credentials_from_a_library_error(trig_file: Path, password: str):
    from urllib.parse import unquote

    endpoint = f"http://alice:{password}@127.0.0.1:9/store"
    with pytest.raises(StoreError) as e:
        push(trig_file, endpoint, retries=1, session=_FailingSession())
    message = str(e.value)
    assert password not in message and unquote(password) not in message and "alice:" not in message
    assert message.startswith("cannot push to http://127.0.0.1:9/store: Failed to parse: ")


def test_push_error_with_a_short_password_is_still_readable(trig_file: Path):
    endpoint = f"http://alice:p@127.0.0.1:{free_port()}/store"
    result = runner.invoke(app, ["push", str(trig_file), "--endpoint", endpoint, "--retries", "1"])
    assert (
        result.output.startswith("error: cannot push to http://127.0.0.1:") and "alice" not in result.output
    )


# --- 19. bounded time and size of an answer ------------------------------------------------------


def _drip(h: _Handler) -> None:
    """200, then one byte of a 100-byte body every 50 ms (5 s in all): each read is quick."""
    h.send_response(200)
    h.send_header("Content-Length", "100")
    h.end_headers()
    for _ in range(100):
        if h.stop.wait(0.05):
            return
        try:
            h.wfile.write(b"x")
            h.wfile.flush()
        except OSError:
            return


def _endless(h: _Handler) -> None:
    """200 with a body that never ends (up to 64 MiB, or until the client hangs up)."""
    h.send_response(200)
    h.end_headers()
    chunk = b"x" * 65536
    for _ in range(1024):
        if h.stop.is_set():
            return
        try:
            h.wfile.write(chunk)
        except OSError:
            return


def test_push_bounds_the_whole_answer_by_the_timeout(serve: Serve, trig_file: Path):
    url, _ = serve(_drip)
    started = time.monotonic()
    with pytest.raises(StoreError) as e:
        push(trig_file, f"{url}/store", timeout=1.0, retries=1)
    assert time.monotonic() - started < 3.5
    assert "timed out" in str(e.value)


def test_push_command_timeout_bounds_each_request(serve: Serve, trig_file: Path):
    url, _ = serve(_drip)
    started = time.monotonic()
    result = runner.invoke(app, ["push", str(trig_file), "--endpoint", f"{url}/store", "--timeout", "1"])
    assert time.monotonic() - started < 3.5 * 3
    assert result.exit_code == 1 and "timed out" in result.output


def test_push_stops_reading_an_endless_answer(serve: Serve, trig_file: Path):
    url, _ = serve(_endless)
    started = time.monotonic()
    with pytest.raises(StoreError) as e:
        push(trig_file, f"{url}/store", timeout=10.0, retries=1)
    assert time.monotonic() - started < 5
    assert "MiB" in str(e.value)


# --- 20. remote JSON-LD contexts are refused, not fetched ----------------------------------------


def _silent(h: _Handler) -> None:
    """Never answers (for 3 s, so a client that waits ends the test anyway)."""
    h.stop.wait(3)


def _jsonld_documents(ctx: str) -> list[object]:
    node = {"@id": "http://x/a", "http://x/b": {"@id": "http://x/c"}}
    return [
        {"@context": ctx, **node},
        {"@context": [ctx, {"x": "http://x/"}], **node},
        {"@context": {"x": "http://x/"}, "@graph": [{"@context": ctx, **node}]},
        {"@context": {"@import": ctx}, **node},
    ]


@pytest.mark.parametrize("which", range(4))
def test_load_graph_refuses_a_remote_jsonld_context(serve: Serve, tmp_path: Path, which: int):
    url, handler = serve(_silent)
    path = tmp_path / "g.jsonld"
    path.write_text(json.dumps(_jsonld_documents(f"{url}/context.jsonld")[which]), encoding="utf-8")
    started = time.monotonic()
    for read in (load_graph, query_view):
        with pytest.raises(StoreError) as e:
            read(path)
        assert "inline" in str(e.value) and "context" in str(e.value)
    assert time.monotonic() - started < 2 and handler.seen == []


def test_validate_and_push_refuse_a_remote_jsonld_context(serve: Serve, tmp_path: Path):
    url, handler = serve(_silent)
    path = tmp_path / "g.jsonld"
    path.write_text(json.dumps(_jsonld_documents(f"{url}/context.jsonld")[0]), encoding="utf-8")
    for args in (["validate", str(path)], ["push", str(path), "--endpoint", f"{url}/store"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 1
        line = result.output.strip()
        assert "\n" not in line and "inline" in line
    assert handler.seen == []


def test_load_graph_reads_an_inline_jsonld_context(tmp_path: Path):
    path = tmp_path / "g.jsonld"
    doc = {"@context": {"x": "http://x/"}, "@id": "x:a", "x:b": {"@id": "x:c"}}
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert count_quads(load_graph(path)) == 1


# --- 27. a push failing midway says what was already replaced; a bad port is one line -----------


def test_push_failing_midway_names_the_graphs_already_replaced(serve: Serve, trig_file: Path):
    def answer(h: _Handler) -> None:
        h.reply(204 if len(h.seen) == 1 else 400)

    url, _ = serve(answer)
    with pytest.raises(StoreError) as e:
        push(trig_file, f"{url}/store", retries=1)
    assert str(e.value).endswith(
        f"; replaced graphs {D1} before the failure; {D2}, the default graph not pushed"
    )


def test_push_failing_midway_counts_many_graphs(serve: Serve, tmp_path: Path):
    path = tmp_path / "many.trig"
    path.write_text(
        "".join(f"<http://x/g{i}> {{ <http://x/a> <http://x/b> <http://x/c{i}> . }}\n" for i in range(10)),
        encoding="utf-8",
    )

    def answer(h: _Handler) -> None:
        h.reply(204 if len(h.seen) <= 6 else 400)

    url, _ = serve(answer)
    with pytest.raises(StoreError) as e:
        push(path, f"{url}/store", retries=1)
    assert str(e.value).endswith("; replaced 6 graphs before the failure; 4 not pushed")


@pytest.mark.parametrize("port", ["99999", "abc", "-1", "1.5"])
def test_push_with_a_bad_port_is_one_clear_line(trig_file: Path, port: str):
    endpoint = f"http://127.0.0.1:{port}/store"
    result = runner.invoke(app, ["push", str(trig_file), "--endpoint", endpoint])
    assert result.exit_code == 1
    line = result.output.strip()
    assert "\n" not in line and "internal error" not in line
    assert line.startswith(f"error: --endpoint {endpoint} has no valid port")
