"""The page: one self-contained HTML file with vis-network inlined, the data as JSON, scripts pinned by hash.

vis-network's JavaScript and CSS come from the pyvis package, so the file opens offline from
``file://`` and links to no CDN. Article text reaches the page only as JSON inside a ``<script>``
element (``<`` and ``>`` escaped) and is put on screen with ``textContent``, never as markup; the
page's Content-Security-Policy allows only its own two scripts, by hash.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING

from graphbuild.errors import RenderError
from graphbuild.viz.data import NetworkData
from graphbuild.viz.scripts import escape_text, json_for_script, script_hash

if TYPE_CHECKING:
    pass

_VIS = ("vis-9.1.2", "vis-network.min.js", "vis-network.css")
_TEMPLATE = Path(__file__).parent / "templates" / "network.html"
_STYLE = _TEMPLATE.with_suffix(".css")  # the page's own style, kept apart to keep the template short


def page_html(data: NetworkData, *, title: str = "graphbuild network") -> str:
    """The HTML text for ``data``; every script is pinned by hash in the page's CSP."""
    template = _TEMPLATE.read_text(encoding="utf-8")
    head, _, rest = template.partition("<script>/*VIS_JS*/</script>")
    app_open = rest.index("<script>") + len("<script>")
    app_close = rest.index("</script>", app_open)
    vis_js = _asset(_VIS[1])
    app_js = "const GB_DATA = " + json_for_script(data.page_data(title)) + ";\n" + rest[app_open:app_close]
    csp = (
        "default-src 'none'; "
        f"script-src {script_hash(vis_js)} {script_hash(app_js)}; "
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    )
    # The title goes in last, so nothing in it can be taken for a placeholder.
    head = head.replace("/*VIS_CSS*/", _asset(_VIS[2]), 1).replace("{{CSP}}", csp, 1)
    head = head.replace("/*PAGE_CSS*/", _STYLE.read_text(encoding="utf-8"), 1)
    head = head.replace("{{TITLE}}", escape_text(title), 1)
    return "".join((head, "<script>", vis_js, "</script>", rest[:app_open], app_js, rest[app_close:]))


def _asset(name: str) -> str:
    """A file of the vis-network build that ships inside the pyvis package, found without importing
    pyvis (its ``__init__`` imports IPython: a tenth of a second of every build)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise RenderError("the pyvis package, which ships vis-network's files, is not installed")
    folder = Path(spec.submodule_search_locations[0])
    return (folder / "templates" / "lib" / _VIS[0] / name).read_text(encoding="utf-8")
