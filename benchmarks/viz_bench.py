"""How fast a corpus-sized network page renders and becomes interactive in headless Chromium.

Builds a synthetic graph (default 5,000 entities, 15,000 distinct edges, one evidence sentence each),
renders it with ``graphbuild.viz.render`` (networkx layout, physics off) and opens it from file://
with networking disabled. Prints the render time, the HTML size, the time to first draw (navigation
start to vis-network's first ``afterDrawing``, read from ``performance.now()`` in the page, with
the moments the page's script started and the network object was built) and how
long a real click on a node takes to show its evidence.

    python benchmarks/viz_bench.py [--nodes 5000] [--edges 15000] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from graphbuild import viz
from graphbuild.graph import KnowledgeGraph
from graphbuild.model import Document, Entity, Mention, Provenance, Relation, Triple

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
RELATIONS = ("attack", "supply", "receive", "meet", "fight", "enter", "sell", "loot from", "warn", "train")
KINDS = (("Actor", "Person"), ("Actor", "ArmedGroup"), ("Actor", "Organization"), ("Weapon", "SmallArm"))
KINDS += (("Weapon", "Missile"), ("Region", "Country"), ("Region", "City"), ("Other", "Facility"))


def synthetic_graph(n_nodes: int, n_edges: int, *, seed: int = 1) -> KnowledgeGraph:
    """A graph with community structure: most edges stay inside groups of about 60 nodes."""
    rng = random.Random(seed)
    entities = []
    for i in range(n_nodes):
        etype, subtype = KINDS[i % len(KINDS)]
        entities.append(
            Entity(
                id=f"https://example.org/id/{i}",
                label=f"{subtype} {i}",
                type=etype,
                subtype=subtype,
                aliases=[f"{subtype.lower()} number {i}"],
                mentions=1 + int(rng.paretovariate(1.5)),
            )
        )
    docs = [
        Document(f"article-{d:04d}", "", "", date=f"2011-{1 + d % 12:02d}-{1 + d % 28:02d}")
        for d in range(500)
    ]
    for e in entities:
        e.docs = [rng.choice(docs).id]
    group = 60
    seen: set[tuple[int, int, str]] = set()
    triples: list[Triple] = []
    while len(triples) < n_edges:
        s = rng.randrange(n_nodes)
        if rng.random() < 0.85:
            base = s - s % group
            o = min(n_nodes - 1, base + rng.randrange(group))
        else:
            o = rng.randrange(n_nodes)
        rel = rng.choice(RELATIONS)
        if s == o or (s, o, rel) in seen:
            continue
        seen.add((s, o, rel))
        a, b = entities[s], entities[o]
        sentence = f"Officials said {a.label} would {rel} {b.label} near the border (report {len(triples)})."
        triples.append(
            Triple(
                subject=Mention(a.label, 15, 15 + len(a.label), a.id, a.label),
                relation=Relation(rel, rel),
                object=Mention(b.label, 0, 1, b.id, b.label),
                provenance=Provenance(a.docs[0], len(triples), sentence, 0, len(sentence)),
                negated=rng.random() < 0.05,
                modality="would" if rng.random() < 0.1 else None,
                confidence=rng.choice((0.5, 0.6, 0.7, 0.8, 0.9)),
            )
        )
    return KnowledgeGraph(docs, [], entities, triples)


def _driver(profile: str):
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
        "--proxy-server=127.0.0.1:9",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        "--window-size=1400,900",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)


def _wait(driver, script: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not driver.execute_script(script):
        if time.monotonic() > deadline:
            raise TimeoutError(f"page did not reach: {script}")
        time.sleep(0.01)


def measure(driver, page: Path) -> dict[str, float]:
    """One cold load of ``page``: time to first draw, and a real click until its evidence shows."""
    from selenium.webdriver import ActionChains

    driver.get("about:blank")
    start = time.perf_counter()
    driver.get(page.resolve().as_uri())
    _wait(driver, "return document.body && document.body.dataset.drawn === 'true'")
    wall = time.perf_counter() - start
    first_draw = driver.execute_script("return window.gbFirstDrawMs") / 1000
    timings = driver.execute_script("return window.gbTimings")
    drawn = driver.execute_script(
        "const b = window.gbNetwork.body; return [b.nodeIndices.length, b.edgeIndices.length];"
    )
    # The node nearest the middle of the view: a real click there must open its evidence.
    node, x, y = driver.execute_script(
        "const n = window.gbNetwork; const c = n.DOMtoCanvas({x: n.canvas.frame.canvas.clientWidth / 2,"
        " y: n.canvas.frame.canvas.clientHeight / 2}); let best = null, dist = Infinity;"
        "const pos = n.getPositions();"
        "for (const id in pos) { const d = (pos[id].x - c.x) ** 2 + (pos[id].y - c.y) ** 2;"
        " if (d < dist) { dist = d; best = id; } }"
        "const p = n.canvasToDOM(pos[best]); return [Number(best), p.x, p.y];"
    )
    label = driver.execute_script("return window.gbNetwork.body.data.nodes.get(arguments[0]).label", node)
    canvas = driver.find_element("css selector", "#network canvas")
    size = canvas.size
    click = time.perf_counter()
    ActionChains(driver).move_to_element_with_offset(
        canvas, int(x - size["width"] / 2), int(y - size["height"] / 2)
    ).click().perform()
    _wait(
        driver, f"const h = document.querySelector('#details h3'); return h && h.textContent === {label!r};"
    )
    clicked = time.perf_counter() - click
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    return {
        "first_draw": first_draw,
        "script": timings["script"] / 1000,
        "network": (timings["network"] - timings["script"]) / 1000,
        "wall": wall,
        "click": clicked,
        "drawn": drawn,
        "errors": len(errors),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=15000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    graph = synthetic_graph(args.nodes, args.edges)
    with tempfile.TemporaryDirectory(prefix="gb-viz-bench-") as tmp:
        page_path = Path(tmp) / "graph.html"
        start = time.perf_counter()
        page = viz.render(graph, page_path)
        render_s = time.perf_counter() - start
        size_mb = page_path.stat().st_size / 1e6
        print(
            f"graph: {args.nodes} nodes, {args.edges} triples -> page: {page.nodes} nodes, {page.edges} edges"
        )
        print(f"render (networkx layout + communities + HTML): {render_s:.2f} s; HTML size {size_mb:.1f} MB")
        driver = _driver(str(Path(tmp) / "profile"))
        try:
            runs = [measure(driver, page_path) for _ in range(args.runs)]
        finally:
            driver.quit()
    for i, r in enumerate(runs, 1):
        print(
            f"run {i}: first draw {r['first_draw']:.2f} s (HTML+data parsed {r['script']:.2f} s, "
            f"network built {r['network']:.2f} s later; seen from Python {r['wall']:.2f} s); "
            f"click -> evidence {r['click'] * 1000:.0f} ms; drawn {r['drawn'][0]}/{r['drawn'][1]}; "
            f"console errors {r['errors']}"
        )
    median = statistics.median(r["first_draw"] for r in runs)
    verdict = "meets" if median <= 3.0 else "misses"
    print(f"time to first draw, median of {len(runs)}: {median:.2f} s ({verdict} the 3 s target)")


if __name__ == "__main__":
    main()
