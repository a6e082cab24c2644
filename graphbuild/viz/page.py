"""The page: one self-contained HTML file with vis-network inlined, the data as JSON, scripts pinned by hash.

vis-network's JavaScript and CSS come from the pyvis package, so the file opens offline from
``file://`` and links to no CDN. Article text reaches the page only as JSON inside a ``<script>``
element (``<`` and ``>`` escaped) and is put on screen with ``textContent``, never as markup; the
page's Content-Security-Policy allows only its own two scripts, by hash.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from graphbuild.errors import RenderError, StoreError
from graphbuild.viz.data import NetworkData, network_data
from graphbuild.viz.layout import LAYOUT_THRESHOLD

if TYPE_CHECKING:
    from graphbuild.graph import KnowledgeGraph

_VIS = ("vis-9.1.2", "vis-network.min.js", "vis-network.css")
VIEWS = ("story", "full")
# Up to this many entities the default page is the story view (vis-network, the best-linked
# entities first); above it, the full view draws every entity with WebGL.
STORY_MAX_ENTITIES = 20_000
_TEMPLATE = Path(__file__).parent / "templates" / "network.html"


def render_html(
    graph: KnowledgeGraph,
    *,
    title: str = "graphbuild network",
    types: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    top: int | None = None,
    size_by: str = "mentions",
    layout_threshold: int = LAYOUT_THRESHOLD,
    view: str | None = None,
) -> str:
    """The page for ``graph``, in ``view`` (by default chosen by size, see ``default_view``)."""
    if _view(graph, view) == "full":
        return _full_page(graph, title)
    data = network_data(
        graph,
        types=types,
        min_confidence=min_confidence,
        top=top,
        size_by=size_by,
        layout_threshold=layout_threshold,
    )
    return page_html(data, title=title)


def default_view(graph: KnowledgeGraph) -> str:
    """``story`` for graphs a reader can take in through their best-linked entities, else ``full``."""
    return "story" if len(graph.entities) <= STORY_MAX_ENTITIES else "full"


def _view(graph: KnowledgeGraph, view: str | None) -> str:
    """The view asked for; by default the size's, or ``story`` while the full view is not installed."""
    if view is None:
        view = default_view(graph)
        if view == "full" and importlib.util.find_spec("graphbuild.viz.full") is None:
            return "story"  # a build must still write its page; --view full says what is missing
        return view
    if view not in VIEWS:
        raise RenderError(f"unknown view {view!r}; use {' or '.join(VIEWS)}")
    return view


def _full_page(graph: KnowledgeGraph, title: str) -> str:
    """The full view's page, from ``graphbuild.viz.full`` (imported only when asked for)."""
    try:
        from graphbuild.viz.full import full_page_html  # type: ignore[import-not-found, unused-ignore]
    except ImportError as e:
        raise RenderError(f"the full view is not available in this install ({e}); pass --view story") from e
    return full_page_html(graph, title=title)


def page_html(data: NetworkData, *, title: str = "graphbuild network") -> str:
    """The HTML text for ``data``; every script is pinned by hash in the page's CSP."""
    template = _TEMPLATE.read_text(encoding="utf-8")
    head, _, rest = template.partition("<script>/*VIS_JS*/</script>")
    app_open = rest.index("<script>") + len("<script>")
    app_close = rest.index("</script>", app_open)
    vis_js = _asset(_VIS[1])
    app_js = "const GB_DATA = " + _json_for_script(data.page_data(title)) + ";\n" + rest[app_open:app_close]
    csp = (
        "default-src 'none'; "
        f"script-src {_script_hash(vis_js)} {_script_hash(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    # The title goes in last, so nothing in it can be taken for a placeholder.
    head = head.replace("/*VIS_CSS*/", _asset(_VIS[2]), 1).replace("{{CSP}}", csp, 1)
    head = head.replace("{{TITLE}}", _escape_text(title), 1)
    return "".join((head, "<script>", vis_js, "</script>", rest[:app_open], app_js, rest[app_close:]))


@dataclass(frozen=True)
class Page:
    """A written network page and what it shows."""

    path: Path
    nodes: int
    edges: int
    precomputed_layout: bool
    view: str = "story"

    def summary(self) -> str:
        if self.edges < 0:  # the full view draws every entity; its edges are its own business
            return f"{self.view} view, {self.nodes} nodes -> {self.path}"
        layout = ", layout precomputed" if self.precomputed_layout else ""
        return f"{self.view} view, {self.nodes} nodes, {self.edges} edges drawn{layout} -> {self.path}"


def render(
    graph: KnowledgeGraph,
    out: str | Path,
    *,
    title: str | None = None,
    types: Iterable[str] | None = None,
    min_confidence: float = 0.0,
    top: int | None = None,
    size_by: str = "mentions",
    view: str | None = None,
) -> Page:
    """Write the page for ``graph`` to ``out`` atomically, in ``view`` (``story`` or ``full``).

    Without ``view`` the size decides (``default_view``). The counts in the returned ``Page`` are
    what the page draws when it opens.
    """
    from graphbuild.files import write_atomically

    target = Path(out)
    if target.suffix.lower() not in (".html", ".htm"):
        raise RenderError(f"{target}: the page must be an .html file; pass --out FILE.html")
    chosen = _view(graph, view)
    if chosen == "full":
        page = _full_page(graph, title or "graphbuild network")
        drawn, precomputed = (len(graph.entities), -1), True
    else:
        data = network_data(graph, types=types, min_confidence=min_confidence, top=top, size_by=size_by)
        page = page_html(data, title=title or "graphbuild network")
        drawn, precomputed = data.drawn, data.precomputed_layout
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StoreError(f"cannot create folder {target.parent}: {e.strerror}; choose another --out") from e
    written = write_atomically(target.parent, {target.name: page})[target.name]
    return Page(written, drawn[0], drawn[1], precomputed, chosen)


def _asset(name: str) -> str:
    """A file of the vis-network build that ships inside the pyvis package."""
    return resources.files("pyvis").joinpath("templates", "lib", _VIS[0], name).read_text(encoding="utf-8")


def _json_for_script(value: object) -> str:
    """JSON safe to embed in a <script> element: no ``</script>`` or ``<!--`` can close it."""
    return (
        json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _script_hash(script: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"
    )


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
