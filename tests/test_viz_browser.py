"""The network page in real headless Chromium, opened from file:// with networking disabled.

One browser serves the whole module. Where Chromium or its driver cannot exist the tests skip with a
loud reason; ``make browser`` (part of ``make test``) installs Debian's chromium + chromium-driver.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from graphbuild import viz
from graphbuild.graph import KnowledgeGraph
from graphbuild.model import (
    Document,
    Entity,
    Mention,
    Provenance,
    Relation,
    Sentence,
    TimeExpression,
    Triple,
)

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SCREENSHOT_DIR = Path(tempfile.gettempdir()) / "graphbuild-browser"
# Scripts an article might smuggle in; each one, if it ran, would set window.__pwned or the title.
PAYLOADS = (
    "<script>window.__pwned = 'script'; document.title = 'pwned'</script>",
    "<img src=x onerror=\"window.__pwned = 'img'; document.title = 'pwned'\">",
    "javascript:window.__pwned='href'",
    "</script><script>window.__pwned = 'close'</script>",
)


def _chrome_options(user_data_dir: str):
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--window-size=1400,900",
        f"--user-data-dir={user_data_dir}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return options


@pytest.fixture(scope="module")
def driver() -> Iterator[object]:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        pytest.skip(
            f"BROWSER TESTS SKIPPED: no Chromium at {CHROMIUM} or chromedriver at {CHROMEDRIVER}; "
            "install Debian's chromium and chromium-driver (make browser)"
        )
    from selenium import webdriver

    with tempfile.TemporaryDirectory(prefix="gb-chromium-") as profile:
        service = webdriver.ChromeService(executable_path=CHROMEDRIVER)
        browser = webdriver.Chrome(service=service, options=_chrome_options(profile))
        browser.set_page_load_timeout(60)
        try:
            yield browser
        finally:
            browser.quit()


def open_page(driver, path: Path, *, timeout: float = 30.0) -> None:
    """Load ``path`` from file:// and wait until vis-network has drawn it once."""
    driver.get_log("browser")  # drop messages from the previous page
    driver.get(path.resolve().as_uri())
    deadline = time.monotonic() + timeout
    while driver.execute_script("return document.body && document.body.dataset.drawn") != "true":
        if time.monotonic() > deadline:
            raise AssertionError(f"the network in {path} was not drawn within {timeout} s")
        time.sleep(0.05)


def drawn_counts(driver) -> tuple[int, int]:
    return tuple(
        driver.execute_script(
            "const b = window.gbNetwork.body; return [b.nodeIndices.length, b.edgeIndices.length];"
        )
    )


def console_errors(driver) -> list[dict]:
    return [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


def click_node(driver, node_id: int) -> None:
    """A real mouse click on the node's position on the canvas."""
    from selenium.webdriver import ActionChains

    x, y = driver.execute_script(
        "const n = arguments[0]; const p = window.gbNetwork.getPositions([n])[n];"
        "const d = window.gbNetwork.canvasToDOM(p); return [d.x, d.y];",
        node_id,
    )
    canvas = driver.find_element("css selector", "#network canvas")
    size = canvas.size
    ActionChains(driver).move_to_element_with_offset(
        canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)
    ).click().perform()


def click_edge(driver, edge_id: str) -> None:
    """A real mouse click on the middle of the edge's drawn curve."""
    from selenium.webdriver import ActionChains

    x, y = driver.execute_script(
        "const e = window.gbNetwork.body.edges[arguments[0]];"
        "const p = e.edgeType.getPoint(0.5); const d = window.gbNetwork.canvasToDOM(p); return [d.x, d.y];",
        edge_id,
    )
    canvas = driver.find_element("css selector", "#network canvas")
    size = canvas.size
    ActionChains(driver).move_to_element_with_offset(
        canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)
    ).click().perform()


def freeze(driver) -> None:
    """Stop the physics so nodes stay where a click will land."""
    driver.execute_script("window.gbNetwork.stopSimulation(); window.gbNetwork.setOptions({physics: false});")


@pytest.mark.model
def story(data) -> list[dict]:
    """The nodes on the canvas when the page opens."""
    return [n for n in data.nodes if n.get("gbStory")]


@pytest.mark.model
def test_seed_page_draws_its_linked_entities_and_lists_the_rest(driver, seed_graph, seed_out):
    data = viz.network_data(seed_graph)
    open_page(driver, seed_out / "graph.html")

    linked = {e["from"] for e in data.edges} | {e["to"] for e in data.edges}
    # one article: every linked entity is in the story but for lone pairs, left to search and expand
    links = nx.Graph((e["from"], e["to"]) for e in data.edges)
    lone = {i for part in nx.connected_components(links) if len(part) == 2 for i in part}
    drawn = {n["id"] for n in story(data)}
    assert linked - lone <= drawn <= linked
    assert drawn_counts(driver) == data.drawn
    assert len(data.nodes) == len(seed_graph.entities)
    unlinked = len(data.nodes) - len(linked)
    assert (
        driver.find_element("id", "unlinked-title").get_attribute("textContent")
        == f"{unlinked} entities without links — search them"
    )
    assert len(driver.find_elements("css selector", "#unlinked-list li")) == min(unlinked, 101)
    assert driver.execute_script("return [window.gbCounts.nodes, window.gbCounts.edges]") == [
        len(data.nodes),
        len(data.edges),
    ]
    assert console_errors(driver) == []
    legend = driver.find_element("id", "legend").text
    assert all(t in legend for t in ("Actor", "Weapon", "Region"))
    assert len(driver.find_elements("css selector", ".type-filter")) == 4
    for control in ("relation-filter", "document-filter", "min-confidence", "search", "physics", "focus"):
        assert driver.find_element("id", control).is_displayed()
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    shot = SCREENSHOT_DIR / "seed-graph.png"
    assert driver.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000


@pytest.mark.model
def test_seed_page_filters_change_what_is_drawn(driver, seed_graph, seed_out):
    from selenium.webdriver.support.ui import Select

    data = viz.network_data(seed_graph)
    open_page(driver, seed_out / "graph.html")
    total_nodes, total_edges = drawn_counts(driver)

    driver.find_element("css selector", ".type-filter[value=Region]").click()
    regions = sum(n["gbType"] == "Region" for n in story(data))
    assert drawn_counts(driver)[0] == total_nodes - regions
    driver.find_element("css selector", ".type-filter[value=Region]").click()

    relation, count = data.relations[0]
    Select(driver.find_element("id", "relation-filter")).select_by_value(relation)
    assert drawn_counts(driver)[1] == count
    Select(driver.find_element("id", "relation-filter")).select_by_value("")
    assert drawn_counts(driver) == (total_nodes, total_edges)

    driver.execute_script(
        "const s = document.getElementById('min-confidence'); s.value = '1';"
        "s.dispatchEvent(new Event('input'));"
    )
    strong = sum(e["gbConfidence"] >= 1.0 for e in data.edges)
    assert drawn_counts(driver)[1] == strong

    physics = driver.find_element("id", "physics")
    enabled = "return window.gbNetwork.physics.physicsEnabled"
    assert (
        physics.is_selected() and driver.execute_script(enabled) is True
    )  # a small graph starts with physics
    physics.click()
    assert driver.execute_script(enabled) is False
    physics.click()
    assert driver.execute_script(enabled) is True

    colour = "return window.gbNetwork.body.nodes[arguments[0]].options.color.background"
    first = story(data)[0]["id"]
    by_type = driver.execute_script(colour, first)
    Select(driver.find_element("id", "colour-by")).select_by_value("community")
    palette = set(viz.COMMUNITY_PALETTE) | {"#cccccc"}
    assert {driver.execute_script(colour, n["id"]) for n in story(data)} <= palette
    Select(driver.find_element("id", "colour-by")).select_by_value("type")
    assert driver.execute_script(colour, first) == by_type
    assert console_errors(driver) == []


@pytest.mark.model
def test_seed_page_search_and_focus_show_a_neighbourhood(driver, seed_graph, seed_out):
    from selenium.webdriver.common.keys import Keys

    data = viz.network_data(seed_graph)
    hub = max(data.nodes, key=lambda n: n["gbDegree"])
    neighbours = {e["to"] for e in data.edges if e["from"] == hub["id"]}
    neighbours |= {e["from"] for e in data.edges if e["to"] == hub["id"]}
    open_page(driver, seed_out / "graph.html")

    box = driver.find_element("id", "search")
    box.send_keys(hub["label"], Keys.ENTER)
    assert driver.find_element("css selector", "#details h3").text == hub["label"]
    driver.find_element("id", "focus").click()
    assert drawn_counts(driver)[0] == len(neighbours | {hub["id"]})
    driver.find_element("id", "show-all").click()
    assert drawn_counts(driver) == data.drawn
    assert console_errors(driver) == []


@pytest.mark.model
def test_seed_page_click_shows_sentence_document_and_date(driver, seed_graph, seed_out):
    data = viz.network_data(seed_graph)
    open_page(driver, seed_out / "graph.html")
    freeze(driver)
    edge = data.edges[0]
    click_edge(driver, edge["id"])
    details = driver.find_element("id", "details").text
    claim = data.claims[edge["gbClaims"][0]]
    sentence = data.sentences[claim["s"]][2]
    document = data.documents[claim["d"]]
    assert sentence in details
    assert document["id"] in details and document["date"] in details


def _hostile_graph() -> KnowledgeGraph:
    """A graph where every string a reader can see carries a script payload."""
    text = " ".join(PAYLOADS)
    doc = Document(id="doc " + PAYLOADS[0], text=text, source=text, title=PAYLOADS[1], date=PAYLOADS[2])
    a = Entity(
        id="https://example.org/a",
        label="Militia " + PAYLOADS[0],
        type="Actor",
        subtype="ArmedGroup " + PAYLOADS[1],
        aliases=[PAYLOADS[1], PAYLOADS[2]],
        mentions=3,
        codes={PAYLOADS[0]: PAYLOADS[1]},
        docs=[doc.id],
    )
    b = Entity(
        id="https://example.org/b", label="rifles " + PAYLOADS[3], type="Weapon", mentions=2, docs=[doc.id]
    )
    sentence = "The militia " + text + " received rifles."
    triple = Triple(
        subject=Mention(a.label, 0, 5, a.id, a.label),
        relation=Relation("received " + PAYLOADS[1], "receive " + PAYLOADS[0]),
        object=Mention(b.label, 10, 15, b.id, b.label),
        provenance=Provenance(doc.id, 0, sentence, 0, len(sentence)),
        modality=PAYLOADS[2],
        attributed_to=PAYLOADS[3],
    )
    return KnowledgeGraph([doc], [Sentence(doc.id, 0, sentence, 0, len(sentence))], [a, b], [triple])


def _assert_nothing_ran(driver) -> None:
    assert driver.execute_script("return window.__pwned === undefined")
    assert driver.title != "pwned"
    assert driver.execute_script("return document.querySelectorAll('img').length") == 0
    assert driver.execute_script("return document.scripts.length") == 2
    assert driver.execute_script("return document.querySelectorAll('a, iframe, object, embed').length") == 0


def test_hostile_text_never_runs_in_the_page(driver, tmp_path):
    graph = _hostile_graph()
    page = tmp_path / "hostile.html"
    viz.render(graph, page, title=PAYLOADS[0])
    open_page(driver, page)
    _assert_nothing_ran(driver)
    assert driver.execute_script("return document.getElementById('gb-title').textContent") == PAYLOADS[0]

    freeze(driver)
    click_node(driver, 0)
    details = driver.execute_script("return document.getElementById('details').textContent")
    assert PAYLOADS[0] in details and PAYLOADS[1] in details and PAYLOADS[2] in details
    click_edge(driver, "e0")
    details = driver.execute_script("return document.getElementById('details').textContent")
    assert "The militia <script>" in details and "according to " + PAYLOADS[3] in details
    driver.execute_script(
        "const s = document.getElementById('search'); s.value = arguments[0];"
        "s.dispatchEvent(new Event('change'));",
        PAYLOADS[2],
    )
    time.sleep(0.3)
    _assert_nothing_ran(driver)
    assert console_errors(driver) == []


@pytest.mark.model
def test_hostile_article_built_end_to_end_never_runs(driver, nlp, tmp_path):
    import graphbuild

    article = tmp_path / "hostile.txt"
    article.write_text(
        "The Somali rebels received rifles from Yemen, officials said. "
        f"The rebels wrote {PAYLOADS[0]} on a wall in Mogadishu. "
        f"Militia fighters in Ethiopia posted {PAYLOADS[1]} and {PAYLOADS[2]} online. "
        "Eritrea bought missiles from Yemen.\n",
        encoding="utf-8",
    )
    reading = graphbuild.ReadOptions(check_language=False)  # the payloads are mostly markup
    graph = graphbuild.build([article], graphbuild.BuildOptions(reading=reading))
    graph.write(tmp_path / "out")
    data = viz.network_data(graph)
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert any("__pwned" in s[2] for s in data.sentences), "the payload sentences should be evidence"
    open_page(driver, tmp_path / "out" / "graph.html")
    freeze(driver)
    clicked = 0
    for node in story(data):
        click_node(driver, node["id"])
        heading = driver.execute_script(
            "const h = document.querySelector('#details h3'); return h && h.textContent"
        )
        clicked += heading == node["label"]
    for edge in data.edges:
        click_edge(driver, edge["id"])
    assert clicked >= len(story(data)) - 1, "real clicks reach the nodes (one may hide under another)"
    shown = driver.execute_script("return document.getElementById('details').textContent")
    assert data.edges and "Evidence" in shown
    _assert_nothing_ran(driver)
    assert console_errors(driver) == []


def test_empty_graph_page_draws_without_errors(driver, tmp_path):
    page = tmp_path / "empty.html"
    viz.render(KnowledgeGraph([], [], [], []), page)
    open_page(driver, page)
    assert drawn_counts(driver) == (0, 0)
    assert console_errors(driver) == []


def test_large_graph_draws_with_fixed_layout(driver, tmp_path):
    from tests.viz_graphs import synthetic_graph

    graph = synthetic_graph(600, 1500)
    page = tmp_path / "large.html"
    written = viz.render(graph, page)
    open_page(driver, page)
    assert drawn_counts(driver) == (written.nodes, written.edges)
    assert 100 < written.nodes <= viz.data.STORY_CAP and written.edges < 1500
    assert driver.execute_script("return window.gbNetwork.physics.physicsEnabled") is False
    assert not driver.find_element("id", "physics").is_selected()
    data = json.loads(page.read_text(encoding="utf-8").split("const GB_DATA = ", 1)[1].split(";\n", 1)[0])
    first = next(n for n in data["nodes"] if n.get("gbStory"))
    positions = driver.execute_script("return window.gbNetwork.getPositions([arguments[0]])", first["id"])
    assert positions[str(first["id"])] == {"x": first["x"], "y": first["y"]}
    assert console_errors(driver) == []


def test_corpus_story_draws_fast_and_brings_in_hidden_nodes(driver, tmp_path):
    """A graph of the 200-article slice's size: a story of linked entities, drawn in a second."""
    from selenium.webdriver.common.keys import Keys

    from tests.viz_graphs import synthetic_graph

    graph = synthetic_graph(5800, 2300)
    page = tmp_path / "corpus.html"
    written = viz.render(graph, page)
    data = viz.network_data(graph)
    open_page(driver, page)
    timings = driver.execute_script("return window.gbTimings")
    assert timings["drawn"] - timings["script"] <= 1000, timings
    assert drawn_counts(driver) == (written.nodes, written.edges) == data.drawn
    assert written.nodes <= viz.data.STORY_CAP
    unlinked = sum(n["gbDegree"] == 0 for n in data.nodes)
    assert unlinked > 1000
    assert (
        driver.find_element("id", "unlinked-title").get_attribute("textContent")
        == f"{unlinked} entities without links — search them"
    )

    # Expand: a story node's hidden neighbours join the canvas with the edges to them.
    on = {n["id"] for n in story(data)}
    hidden_of = {}
    for e in data.edges:
        for a, b in ((e["from"], e["to"]), (e["to"], e["from"])):
            if a in on and b not in on:
                hidden_of.setdefault(a, set()).add(b)
    node, hidden = max(hidden_of.items(), key=lambda kv: len(kv[1]))
    driver.execute_script(
        "const s = document.getElementById('search'); s.value = arguments[0];"
        "s.dispatchEvent(new Event('change'));",
        data.nodes[node]["label"],
    )
    assert driver.find_element("css selector", "#details h3").text == data.nodes[node]["label"]
    driver.find_element("id", "expand").click()
    now = on | hidden
    edges_now = sum(e["from"] in now and e["to"] in now for e in data.edges)
    assert drawn_counts(driver) == (len(now), edges_now)
    assert driver.find_element("id", "expand").get_attribute("disabled") == "true"

    # Search finds an entity that is not drawn, brings it in and centres it.
    lonely = next(n for n in data.nodes if n["gbDegree"] == 0)
    box = driver.find_element("id", "search")
    box.clear()
    box.send_keys(lonely["label"], Keys.ENTER)
    assert driver.find_element("css selector", "#details h3").text == lonely["label"]
    assert drawn_counts(driver)[0] == len(now) + 1
    assert driver.execute_script("return window.gbNetwork.getSelectedNodes()") == [lonely["id"]]
    # The list of entities without links brings one in on a click, too.
    driver.find_element("id", "unlinked-search").send_keys(lonely["label"])
    driver.find_element("css selector", "#unlinked-list li").click()
    assert driver.find_element("css selector", "#details h3").text == lonely["label"]
    assert console_errors(driver) == []
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    assert driver.save_screenshot(str(SCREENSHOT_DIR / "corpus-story.png"))


def _dated_graph() -> KnowledgeGraph:
    """Five invented facts between five armed groups: dated by a year, a decade, a week, or not at all."""
    doc = Document(id="dated", text="", source="", date="2011-05-11")
    names = ("North Front", "South Army", "East Militia", "West Brigade", "Hill Rebels")
    entities = [
        Entity(id=f"https://example.org/{i}", label=name, type="Actor", mentions=2, docs=[doc.id])
        for i, name in enumerate(names)
    ]
    facts = (
        (0, "attacked", 1, "in 2009", "2009"),
        (0, "fought", 2, "in the 1990s", "199X"),
        (1, "met", 3, "last week", "2011-W18"),
        (2, "warned", 4, None, None),
        (3, "attacked", 4, "in 2001", "2001"),
        (3, "attacked", 4, None, None),  # the same edge, a second claim with no time
    )
    sentences, triples = [], []
    for n, (s, rel, o, when, value) in enumerate(facts):
        text = f"{names[s]} {rel} {names[o]}" + (f" {when}." if when else ".")
        sentences.append(Sentence(doc.id, n, text, 100 * n, 100 * n + len(text)))
        time = TimeExpression(when, 100 * n, 100 * n + 1, value, "year", "DATE") if when else None
        triples.append(
            Triple(
                subject=Mention(names[s], 100 * n, 100 * n + 5, entities[s].id, names[s]),
                relation=Relation(rel, rel),
                object=Mention(names[o], 100 * n + 10, 100 * n + 15, entities[o].id, names[o]),
                provenance=Provenance(doc.id, n, text, 100 * n, 100 * n + len(text)),
                time=time,
            )
        )
    return KnowledgeGraph([doc], sentences, entities, triples)


def test_period_filter_hides_facts_outside_it_and_counts_the_undated(driver, tmp_path):
    page = tmp_path / "dated.html"
    viz.render(_dated_graph(), page)
    open_page(driver, page)
    assert drawn_counts(driver) == (5, 5)

    def period(start: str, end: str) -> tuple[set[tuple[str, str]], str]:
        driver.execute_script(
            "[['time-from', arguments[0]], ['time-to', arguments[1]]].forEach(([id, v]) => {"
            "const i = document.getElementById(id); i.value = v; i.dispatchEvent(new Event('change')); });",
            start,
            end,
        )
        shown = driver.execute_script(
            "const b = window.gbNetwork.body; return b.edgeIndices.map(i => b.edges[i])"
            ".map(e => [e.from.options.label, e.to.options.label]);"
        )
        return {tuple(e) for e in shown}, driver.find_element("id", "time-count").text

    edges, count = period("2009-01-01", "2009-12-31")
    assert edges == {
        ("North Front", "South Army"),
        ("East Militia", "Hill Rebels"),
        ("West Brigade", "Hill Rebels"),
    }
    assert count == "1 dated facts in the period, 2 undated facts shown"

    edges, count = period("1995-06-01", "2011-05-04")  # the 1990s and the week of 2 to 8 May 2011 overlap it
    assert len(edges) == 5 and ("South Army", "West Brigade") in edges
    assert count == "4 dated facts in the period, 2 undated facts shown"

    edges, count = period("2011-05-09", "")
    assert edges == {("East Militia", "Hill Rebels"), ("West Brigade", "Hill Rebels")}
    assert count == "0 dated facts in the period, 2 undated facts shown"
    assert drawn_counts(driver)[0] == 3  # in a period, nodes go with their edges

    edges, count = period("", "")
    assert len(edges) == 5 and count == "4 dated facts shown, 2 undated facts shown"
    assert driver.find_element("id", "time-from").get_attribute("min") == "1990-01-01"
    assert driver.find_element("id", "time-to").get_attribute("max") == "2011-05-08"
    assert console_errors(driver) == []


def _number_named_graph() -> KnowledgeGraph:
    """An entity whose name is a number ("1984", alias "42") beside one with no aliases at all."""
    doc = Document(id="d1", text="1984 attacked Oceania.", source="1984 attacked Oceania.")
    group = Entity(
        id="https://example.org/1984", label="1984", type="Actor", aliases=["42"], mentions=3, docs=["d1"]
    )
    place = Entity(id="https://example.org/oceania", label="Oceania", type="Region", mentions=2, docs=["d1"])
    sentence = doc.text
    triple = Triple(
        subject=Mention("1984", 0, 4, group.id, group.label),
        relation=Relation("attacked", "attack"),
        object=Mention("Oceania", 14, 21, place.id, place.label),
        provenance=Provenance("d1", 0, sentence, 0, len(sentence)),
    )
    return KnowledgeGraph([doc], [Sentence("d1", 0, sentence, 0, len(sentence))], [group, place], [triple])


def test_search_finds_number_names_and_nodes_without_aliases(driver, tmp_path):
    from selenium.webdriver.common.keys import Keys

    page = tmp_path / "numbers.html"
    viz.render(_number_named_graph(), page)
    open_page(driver, page)
    options = driver.execute_script(
        "return Array.from(document.querySelectorAll('#node-names option')).map(o => o.value)"
    )
    assert sorted(options) == ["1984", "42", "Oceania"]  # no "undefined" for the alias-less node
    for query, found in (("1984", "1984"), ("42", "1984"), ("oceania", "Oceania")):
        box = driver.find_element("id", "search")
        box.clear()
        box.send_keys(query, Keys.ENTER)
        assert driver.find_element("css selector", "#details h3").text == found
    assert console_errors(driver) == []
