"""Send a graph to a remote triple store over the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph of a build replaces its copy on the server (PUT), so a re-push of a changed article
leaves only its new facts; a build with no named graphs replaces the default graph. Writes are
bounded in time and answer size, follow only same-origin 307/308 redirects, and never print a
URL's credentials.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from graphbuild.errors import StoreError
from graphbuild.rdf import serialize
from graphbuild.store import first_line, load_graph
from graphbuild.urls import redact as _redact
from graphbuild.urls import split_userinfo as _split_userinfo

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

_MAX_ANSWER = 1 << 20
_MAX_REDIRECTS = 5
# The list of graphs already replaced, in an error, becomes counts beyond this many graphs.
_NAMED_IN_ERRORS = 5
_UNION_HINT = (
    "queries see named graphs only inside GRAPH ?g, or on a server started with --union-default-graph"
)


@dataclass(frozen=True)
class PushReport:
    """What ``push`` sent: one request per graph."""

    endpoint: str
    graphs: int
    triples: int
    named_graphs: int = 0

    def summary(self) -> str:
        line = f"pushed {self.triples} triples in {self.graphs} graphs to {self.endpoint}"
        return f"{line}; {_UNION_HINT}" if self.named_graphs else line


class _NotFound(StoreError):
    """A 404: the URL may be a server's base URL rather than its Graph Store endpoint."""


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

    Without ``graph_iri`` each named graph is replaced (HTTP PUT ``?graph=``); the default graph
    is replaced too when there is no named graph (a Turtle build), else merged (POST ``?default``)
    since it holds entity descriptions shared by documents. With ``graph_iri``, every triple goes
    into that one graph, replaced. A server's base URL works too: if the first request is answered
    404, it is retried at ``<endpoint>/store`` (Oxigraph's endpoint).

    ``timeout`` bounds each request as a whole, and at most 1 MiB of an answer is read. Connection
    failures, timeouts and 5xx answers are retried with backoff; a refusal (4xx) is not. A write
    is never re-sent to another host, nor as a GET: only 307/308 to the same host are followed.
    """
    import requests

    url = _checked_endpoint(endpoint)
    secrets = _secrets(endpoint, auth)
    ds = graph if isinstance(graph, Dataset) else load_graph(graph)
    http = session or requests.Session()
    http.verify = True
    if auth:
        http.auth = auth
    to_send = _graph_requests(ds, graph_iri)
    done: list[str] = []
    triples = 0
    try:
        for method, params, g in to_send:
            body = serialize(g, "nt").encode("utf-8")
            url = _send_or_find_store(http, method, url, params, body, timeout, retries, first=not done)
            done.append(params.get("graph") or "the default graph")
            triples += body.count(b"\n")
    except Exception as e:
        if not isinstance(e, (StoreError, requests.exceptions.RequestException)) and not secrets:
            raise  # a bug, reported as one by the CLI
        # requests' and urllib3's messages embed the URL, user info included: scrub, drop the chain
        message = str(e) if isinstance(e, StoreError) else f"cannot push to {_redact(url)}: {first_line(e)}"
        left = [p.get("graph") or "the default graph" for _, p, _ in to_send[len(done) :]]
        message += _progress(done, left)
        if secrets or not isinstance(e, StoreError):
            raise StoreError(_scrub(message, secrets)) from None
        if message == str(e):
            raise
        raise StoreError(message) from e
    finally:
        if session is None:
            http.close()
    named = 0 if graph_iri else sum(1 for _, params, _ in to_send if "graph" in params)
    return PushReport(_redact(url), len(to_send), triples, named)


def _graph_requests(ds: Dataset, graph_iri: str | None) -> list[tuple[str, dict[str, str], Graph]]:
    """(method, query parameters, graph) of each request, in a stable order."""
    if graph_iri:
        return [("PUT", {"graph": graph_iri}, ds)]
    graphs = [g for g in sorted(ds.graphs(), key=lambda c: str(c.identifier)) if len(g)]
    named = [g for g in graphs if g.identifier != DATASET_DEFAULT_GRAPH_ID]
    found: list[tuple[str, dict[str, str], Graph]] = []
    for g in graphs:
        if g.identifier == DATASET_DEFAULT_GRAPH_ID:
            # shared entity descriptions are merged; a Turtle build's only graph is replaced
            found.append(("POST" if named else "PUT", {"default": ""}, g))
        else:
            found.append(("PUT", {"graph": str(g.identifier)}, g))
    return found


def _progress(done: list[str], left: list[str]) -> str:
    """What a failed push had already changed on the server, for the error message."""
    if not done:
        return ""
    if len(done) + len(left) > _NAMED_IN_ERRORS:
        return f"; replaced {len(done)} graphs before the failure; {len(left)} not pushed"
    return f"; replaced graphs {', '.join(done)} before the failure; {', '.join(left)} not pushed"


def _send_or_find_store(
    http: requests.Session,
    method: str,
    url: str,
    params: dict[str, str],
    body: bytes,
    timeout: float,
    retries: int,
    *,
    first: bool,
) -> str:
    """Send one request; a 404 to the first one is retried at ``<url>/store``. The URL that worked."""
    from urllib.parse import urlsplit, urlunsplit

    try:
        _send(http, method, url, params, body, timeout=timeout, retries=retries)
        return url
    except _NotFound:
        parts = urlsplit(url)
        if not first or parts.path.rstrip("/").endswith("/store"):
            raise
        store = urlunsplit(parts._replace(path=parts.path.rstrip("/") + "/store"))
        try:
            _send(http, method, store, params, body, timeout=timeout, retries=retries)
        except _NotFound:
            pass
        else:
            log.info("%s answered 404; using %s", _redact(url), _redact(store))
            return store
        raise


# --- endpoint URLs: checked before use, never printed with their credentials -------------------


def _secrets(url: str, auth: tuple[str, str] | None) -> list[str]:
    """Texts never to print: the URL's user info and password (raw and decoded), the --user password.

    A password alone is scrubbed from 4 characters on: a shorter one would blank out letters of
    every word, and it only shows inside the user info, which is always scrubbed.
    """
    from urllib.parse import unquote

    userinfo = _split_userinfo(url)[0]
    password = userinfo.partition(":")[2]
    found = {userinfo, unquote(userinfo)}
    found |= {p for p in (password, unquote(password), auth[1] if auth else "") if len(p) >= 4}
    return sorted((s for s in found if s), key=len, reverse=True)


def _scrub(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


def _checked_endpoint(endpoint: str) -> str:
    """``endpoint`` if requests can use it as meant; else a one-line StoreError that shows no secret."""
    from urllib.parse import urlsplit

    shown = _redact(endpoint)
    if not endpoint.startswith(("http://", "https://")):
        raise StoreError(f"--endpoint {shown!r} is not an http(s) URL; give e.g. http://host:7878/store")
    try:
        parts = urlsplit(endpoint)
        plain = urlsplit(shown)
    except ValueError:  # the parser's message quotes the host part, user info included
        raise StoreError(f"--endpoint {shown} is not a valid URL; give e.g. http://host:7878/store") from None
    if parts.netloc.rpartition("@")[0] != _split_userinfo(endpoint)[0]:
        raise StoreError(
            f"--endpoint {shown}: an '@' follows a '/', '?' or '#'; in a password write them "
            "%2F, %3F, %23 and %40 (or use --user and GRAPHBUILD_PASSWORD), in a path write '@' as %40"
        )
    if not plain.hostname:
        raise StoreError(f"--endpoint {shown} has no host; give e.g. http://host:7878/store")
    try:
        port = plain.port
    except ValueError:
        port = 0
    if port == 0:
        raise StoreError(f"--endpoint {shown} has no valid port; give a number from 1 to 65535, e.g. :7878")
    return endpoint


# --- one request: bounded in time and size, redirects checked -----------------------------------


@dataclass(frozen=True)
class _Answer:
    status: int
    reason: str
    text: str
    location: str | None
    url: str


def _exchange(
    http: requests.Session,
    method: str,
    url: str,
    params: dict[str, str] | None,
    body: bytes,
    *,
    deadline: float,
    shown: str,
) -> _Answer:
    """One request and its answer, all before ``deadline``, reading at most ``_MAX_ANSWER`` bytes.

    ``raw.read1`` returns what has arrived, so a server sending a byte a second is stopped at the
    deadline; ``iter_content`` would wait for whole chunks. Raises requests' Timeout or
    ConnectionError (retried by the caller) or StoreError.
    """
    import requests
    import urllib3

    remaining = max(deadline - time.monotonic(), 0.01)
    response = http.request(
        method,
        url,
        params=params,
        data=body,
        headers={"Content-Type": "application/n-triples"},
        timeout=(min(10.0, remaining), remaining),
        allow_redirects=False,
        stream=True,
    )
    try:
        received = bytearray()
        while chunk := response.raw.read1(65536, decode_content=True):
            received += chunk
            if len(received) > _MAX_ANSWER:
                raise StoreError(
                    f"{shown} answered with more than {_MAX_ANSWER >> 20} MiB (HTTP {response.status_code}); "
                    "check that --endpoint is a Graph Store Protocol URL"
                )
            if time.monotonic() > deadline:
                raise requests.exceptions.Timeout("the answer did not end in time")
    except urllib3.exceptions.TimeoutError as e:
        raise requests.exceptions.Timeout(str(e)) from e
    except urllib3.exceptions.HTTPError as e:
        raise requests.exceptions.ConnectionError(str(e)) from e
    finally:
        response.close()
    text = bytes(received).decode(response.encoding or "utf-8", errors="replace")
    return _Answer(
        response.status_code, response.reason or "", text, response.headers.get("Location"), response.url
    )


def _same_origin(a: str, b: str) -> bool:
    from urllib.parse import urlsplit

    pa, pb = urlsplit(a), urlsplit(b)
    default = {"http": 80, "https": 443}
    return (pa.scheme, pa.hostname, pa.port or default.get(pa.scheme)) == (
        pb.scheme,
        pb.hostname,
        pb.port or default.get(pb.scheme),
    )


def _follow(
    http: requests.Session,
    method: str,
    endpoint: str,
    params: dict[str, str],
    body: bytes,
    *,
    deadline: float,
    target: str,
) -> _Answer:
    """The answer to one write, following only 307/308 to the same host (same method and body)."""
    from urllib.parse import urljoin

    shown = _redact(endpoint)
    url, query = endpoint, params
    for _ in range(_MAX_REDIRECTS + 1):
        answer = _exchange(http, method, url, query, body, deadline=deadline, shown=shown)
        if answer.status not in (301, 302, 303, 307, 308):
            return answer
        location = urljoin(answer.url, answer.location or "")
        status = f"HTTP {answer.status} {answer.reason}".strip()
        if not answer.location or answer.status not in (307, 308) or not _same_origin(location, url):
            where = _redact(location) if answer.location else "no Location"
            raise StoreError(
                f"{shown} redirected {target} ({status}) to {where}; "
                "a write is re-sent only on a 307/308 to the same host: give the final URL as --endpoint"
            )
        url, query = location, None
    raise StoreError(f"{shown} redirected {target} more than {_MAX_REDIRECTS} times; give the final URL")


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
    for attempt in range(1, retries + 1):
        try:
            answer = _follow(
                http, method, endpoint, params, body, deadline=time.monotonic() + timeout, target=target
            )
        except requests.exceptions.SSLError as e:
            raise StoreError(
                f"cannot push to {shown}: TLS certificate check failed; fix the server's certificate"
            ) from e
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as e:
            timed_out = isinstance(e, requests.exceptions.Timeout)
            reason = f"timed out (no whole answer within {timeout:g} s)" if timed_out else "cannot connect"
            if attempt == retries:
                raise StoreError(
                    f"cannot push to {shown}: {reason} after {retries} attempts; "
                    "check the URL and that the store is running"
                ) from e
        except requests.exceptions.RequestException as e:
            raise StoreError(f"cannot push to {shown}: {first_line(e)}; check --endpoint") from e
        else:
            if 200 <= answer.status < 300:
                log.debug("%s %s %s -> %s", method, shown, params, answer.status)
                return
            status = f"HTTP {answer.status} {answer.reason}".strip()
            if answer.status in (401, 403):
                raise StoreError(
                    f"{shown} refused {target}: {status}; check --user or GRAPHBUILD_USER/GRAPHBUILD_PASSWORD"
                )
            if answer.status < 500 or attempt == retries:
                detail = " ".join(answer.text.split())[:200]
                error = _NotFound if answer.status == 404 else StoreError
                raise error(
                    f"{shown} refused {target}: {status}"
                    + (f" ({detail})" if detail else "")
                    + "; check that --endpoint is a Graph Store Protocol URL"
                )
        time.sleep(min(0.5 * 2 ** (attempt - 1), 4.0))


__all__ = ["PushReport", "push"]
