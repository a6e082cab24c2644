"""The page: self-contained, safe with hostile text, written atomically; the render command that writes it."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from graphbuild import viz
from graphbuild.cli import app
from graphbuild.errors import RenderError, StoreError
from graphbuild.graph import load_output
from tests.viz_graphs import small_graph


def _page_data(html: str) -> dict:
    return json.loads(html.split("const GB_DATA = ", 1)[1].split(";\n", 1)[0])


def test_render_html_is_self_contained():
    html = viz.render_html(small_graph())
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html, flags=re.IGNORECASE)
    assert not re.search(r"url\(\s*(?!['\"]?data:)", html), "CSS may only use data: URLs"
    assert "@import" not in html
    assert html.count("</script>") == 2  # vis-network and our code, both inline
    data = _page_data(html)
    assert len(data["nodes"]) == 5 and len(data["edges"]) == 3


def test_render_html_does_not_import_pyvis():
    """The page reads vis-network's files from the pyvis package without importing it (pyvis imports
    IPython, a tenth of a second of every build), and its nodes and edges keep pyvis's form."""
    import subprocess
    import sys

    code = (
        "import sys, json; from graphbuild import viz; from tests.viz_graphs import small_graph; "
        "html = viz.render_html(small_graph()); "
        "data = json.loads(html.split('const GB_DATA = ', 1)[1].split(';\\n', 1)[0]); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pyvis', 'IPython'))); "
        "print(list(data['nodes'][0])[-3:], list(data['edges'][0])[-2:], 'arrows' in data['edges'][0])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "['id', 'label', 'shape'] ['from', 'to'] False"]


def test_render_html_escapes_article_text_inside_script():
    graph = small_graph()
    evil = "</script><script>alert(1)</script><!-- <img src=x onerror=alert(2)>"
    graph.entities[0].label = evil
    html = viz.render_html(graph, title=evil)
    assert "</script><script>alert" not in html
    assert "<img src=x" not in html
    assert "<title>&lt;/script&gt;" in html
    assert _page_data(html)["nodes"][0]["label"] == evil


def test_render_html_pins_its_scripts_in_the_content_security_policy():
    html = viz.render_html(small_graph())
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1)
    assert "'unsafe-inline'" not in csp.split("script-src", 1)[1].split(";", 1)[0]
    assert csp.count("'sha256-") == 2


def test_render_writes_the_page_atomically(tmp_path):
    target = tmp_path / "pages" / "net.html"
    assert viz.render(small_graph(), target, title="Test").path == target
    assert "<title>Test</title>" in target.read_text(encoding="utf-8")
    assert [p.name for p in target.parent.iterdir()] == ["net.html"]


def test_render_rejects_a_target_that_is_not_html(tmp_path):
    with pytest.raises(RenderError, match=r"must be an \.html file"):
        viz.render(small_graph(), tmp_path / "net.png")


def test_load_output_round_trips_the_export(tmp_path):
    graph = small_graph()
    graph.write(tmp_path)
    loaded = load_output(tmp_path)
    assert [e.id for e in loaded.entities] == [e.id for e in graph.entities]
    assert loaded.triples == graph.triples
    assert {d.id: d.date for d in loaded.documents} == {"d1": "2011-05-11", "d2": "2011-06-01"}
    assert viz.network_data(loaded).edges == viz.network_data(graph).edges


def test_load_output_names_the_missing_file(tmp_path):
    with pytest.raises(StoreError, match=r"no entities\.jsonl; is this a graphbuild build output folder"):
        load_output(tmp_path)


def test_render_command_renders_a_saved_graph(tmp_path):
    small_graph().write(tmp_path / "out")
    runner = CliRunner()
    result = runner.invoke(
        app,
        [
            "render",
            str(tmp_path / "out"),
            "--out",
            str(tmp_path / "p.html"),
            "--types",
            "Actor,Weapon",
            "--top",
            "2",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"story view, 2 nodes, 1 edges drawn -> {tmp_path / 'p.html'}"
    data = _page_data((tmp_path / "p.html").read_text(encoding="utf-8"))
    assert {n["label"] for n in data["nodes"]} == {"Rebels", "Army"}


def test_render_command_sizes_nodes_by_degree(tmp_path):
    small_graph().write(tmp_path / "out")
    result = CliRunner().invoke(
        app, ["render", str(tmp_path / "out"), "-o", str(tmp_path / "p.html"), "--size-by", "degree"]
    )
    assert result.exit_code == 0, result.output
    sizes = {
        n["label"]: n["size"] for n in _page_data((tmp_path / "p.html").read_text(encoding="utf-8"))["nodes"]
    }
    assert sizes["Army"] == sizes["Rebels"] > sizes["depot"]  # two edges each against none


def test_render_command_reports_a_missing_graph_in_one_line(tmp_path):
    result = CliRunner().invoke(app, ["render", str(tmp_path / "nowhere"), "--out", str(tmp_path / "p.html")])
    assert result.exit_code == 1
    assert result.output.strip() == (
        f"error: {tmp_path / 'nowhere'}: no such build output folder; run graphbuild build first"
    )


def test_render_command_rejects_an_unknown_type(tmp_path):
    small_graph().write(tmp_path / "out")
    result = CliRunner().invoke(
        app, ["render", str(tmp_path / "out"), "--out", str(tmp_path / "p.html"), "--types", "Ship"]
    )
    assert result.exit_code == 1
    assert result.output.strip() == "error: unknown entity type(s) Ship; use Actor, Weapon, Region, Other"


@pytest.mark.model
def test_render_html_on_the_seed_shows_actors_weapons_and_regions(seed_graph, seed_out):
    data = _page_data((seed_out / "graph.html").read_text(encoding="utf-8"))
    assert {n["gbType"] for n in data["nodes"]} >= {"Actor", "Weapon", "Region"}
    assert len(data["nodes"]) == len(seed_graph.entities)
    assert data["edges"], "the seed has edges between entities"
    assert all(d["date"] for d in data["documents"])


def test_render_chooses_the_view_by_size_and_names_a_missing_full_view(tmp_path, monkeypatch):
    import sys

    from graphbuild.viz import views

    graph = small_graph()
    assert views.default_view(graph) == "story"
    monkeypatch.setattr(views, "STORY_MAX_ENTITIES", 3)
    assert views.default_view(graph) == "full"
    monkeypatch.setitem(sys.modules, "graphbuild.viz.full", None)  # as if the full view were not installed
    with pytest.raises(RenderError, match="the full view is not available"):
        viz.render(graph, tmp_path / "p.html", view="full")
    assert viz.render(graph, tmp_path / "p.html").view == "story", "a build still writes its page"
    assert viz.render(graph, tmp_path / "p.html", view="story").view == "story"
    with pytest.raises(RenderError, match="unknown view 'flat'; use story or full"):
        viz.render_html(graph, view="flat")


def test_render_command_passes_the_view(tmp_path, monkeypatch):
    import sys
    import types

    small_graph().write(tmp_path / "out")
    full = types.ModuleType("graphbuild.viz.full")
    full.full_page_html = lambda graph, title: f"<html>{len(graph.entities)} {title}</html>"  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "graphbuild.viz.full", full)
    result = CliRunner().invoke(
        app, ["render", str(tmp_path / "out"), "-o", str(tmp_path / "p.html"), "--view", "full"]
    )
    assert result.exit_code == 0, result.output
    assert (tmp_path / "p.html").read_text(encoding="utf-8") == "<html>5 graphbuild network</html>"
