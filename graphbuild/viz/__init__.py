"""The interactive network as one self-contained HTML file; the only package that knows pyvis and vis-network.

One job per module: ``network`` (the graph as networkx), ``layout`` (communities and positions),
``style`` (colours, shapes, legend), ``evidence`` (claims, sentences, documents stored once),
``data`` (what the page draws) and ``page`` (the HTML file). The default "story" view starts with
the ``STORY_CAP`` best-corroborated linked entities and carries the rest for expanding offline;
graphs above ``LAYOUT_THRESHOLD`` nodes get the story's layout from networkx here, so the browser
draws fixed positions with physics off. The "full" view (every entity) lives in ``viz.full``.
"""

from graphbuild.viz.data import STORY_CAP, NetworkData, network_data, story_ranks
from graphbuild.viz.layout import LAYOUT_THRESHOLD, communities, layout_positions
from graphbuild.viz.network import to_networkx
from graphbuild.viz.page import page_html
from graphbuild.viz.style import COLOURS, COMMUNITY_PALETTE, SHAPES, subtype_colours
from graphbuild.viz.views import Page, default_view, render, render_html

__all__ = [
    "COLOURS",
    "COMMUNITY_PALETTE",
    "LAYOUT_THRESHOLD",
    "SHAPES",
    "STORY_CAP",
    "NetworkData",
    "Page",
    "communities",
    "default_view",
    "layout_positions",
    "network_data",
    "page_html",
    "render",
    "render_html",
    "story_ranks",
    "subtype_colours",
    "to_networkx",
]
