"""Which page a graph gets: the story view (vis-network, best-linked entities first) or the full view.

``render`` writes the chosen page; the full view (``graphbuild.viz.full``, WebGL) is imported only
when it is asked for.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from graphbuild.errors import RenderError, StoreError
from graphbuild.viz.data import network_data
from graphbuild.viz.layout import LAYOUT_THRESHOLD
from graphbuild.viz.page import page_html

if TYPE_CHECKING:
    from graphbuild.graph import KnowledgeGraph

VIEWS = ("story", "full")
# Up to this many entities the default page is the story view (vis-network, the best-linked
# entities first); above it, the full view draws every entity with WebGL.
STORY_MAX_ENTITIES = 20_000


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
