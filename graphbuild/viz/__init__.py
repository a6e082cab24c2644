"""The interactive network as one self-contained HTML file; the only package that knows pyvis and vis-network.

One job per module: ``network`` (the graph as networkx), ``layout`` (communities and positions),
``style`` (colours, shapes, legend), ``evidence`` (claims, sentences, documents stored once),
``data`` (what the page draws) and ``page`` (the HTML file). Graphs above ``LAYOUT_THRESHOLD`` nodes
get their layout from networkx here, so the browser draws fixed positions with physics off instead
of simulating thousands of bodies.
"""

from graphbuild.viz.data import NetworkData, network_data
from graphbuild.viz.layout import LAYOUT_THRESHOLD, communities, layout_positions
from graphbuild.viz.network import to_networkx
from graphbuild.viz.page import Page, page_html, render, render_html
from graphbuild.viz.style import COLOURS, COMMUNITY_PALETTE, SHAPES, subtype_colours

__all__ = [
    "COLOURS",
    "COMMUNITY_PALETTE",
    "LAYOUT_THRESHOLD",
    "SHAPES",
    "NetworkData",
    "Page",
    "communities",
    "layout_positions",
    "network_data",
    "page_html",
    "render",
    "render_html",
    "subtype_colours",
    "to_networkx",
]
