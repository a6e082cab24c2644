"""The full view of a build output folder, measured in headless Chromium with software WebGL.

Renders ``graphbuild render OUTDIR --view full -o PAGE`` and prints the page size, the render and
layout times, the first draw (navigation start to drawn) and the frames per second while the camera
zooms and pans, plus console errors and network requests (both should be none). Saves a
screenshot of the default view and one focused on the most mentioned entity.

    python benchmarks/full_view_bench.py OUTDIR [--page /tmp/full_view.html] [--screenshot /tmp/full_view.png]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-dev-shm-usage",
    "--proxy-server=127.0.0.1:9",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--window-size=1400,900",
    "--use-gl=angle",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
)
# The same measurement as the browser test's (zoom in, pan, zoom out; frames and renders per second)
MOTION_SCRIPT = Path(__file__).resolve().parents[1] / "tests" / "data" / "motion_fps.js"
MOTION_FPS = MOTION_SCRIPT.read_text(encoding="utf-8")


def layout_seconds(outdir: Path) -> tuple[float, int, int]:
    """Seconds for the full view's positions alone, with the numbers of entities and linked pairs."""
    from graphbuild.graph import load_output
    from graphbuild.viz.full import aggregate_links, full_positions

    graph = load_output(outdir)
    pairs = aggregate_links(graph, {e.id: i for i, e in enumerate(graph.entities)})
    start = time.perf_counter()
    full_positions(len(graph.entities), pairs)
    return time.perf_counter() - start, len(graph.entities), len(pairs)


def browse(page: Path, screenshot: Path) -> dict:
    from selenium import webdriver

    with tempfile.TemporaryDirectory(prefix="gb-full-bench-") as profile:
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in (*FLAGS, f"--user-data-dir={profile}"):
            options.add_argument(flag)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver = webdriver.Chrome(
            service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options
        )
        driver.set_script_timeout(120)
        try:
            driver.get(page.resolve().as_uri())
            deadline = time.monotonic() + 120
            while driver.execute_script("return document.body && document.body.dataset.drawn") != "true":
                if time.monotonic() > deadline:
                    raise SystemExit(f"{page}: not drawn within 120 s")
                time.sleep(0.05)
            timings = driver.execute_script("return window.gbTimings")
            time.sleep(1.0)
            driver.save_screenshot(str(screenshot))
            motion = driver.execute_async_script(MOTION_FPS)
            driver.execute_script(
                "const m = GB_DATA.nodes.mentions; window.gbFocus(m.indexOf(Math.max(...m)));"
            )
            time.sleep(2.5)  # the camera's flight
            focused = screenshot.with_name(screenshot.stem + "_focus" + screenshot.suffix)
            driver.save_screenshot(str(focused))
            requests = driver.execute_script(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                ".filter(n => /^(https?|wss?|ftp):/i.test(n));"
            )
            errors = [e for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]
            renderer = driver.execute_script(
                "const gl = document.createElement('canvas').getContext('webgl2');"
                "const i = gl && gl.getExtension('WEBGL_debug_renderer_info');"
                "return i ? gl.getParameter(i.UNMASKED_RENDERER_WEBGL) : '';"
            )
        finally:
            driver.quit()
    return {
        **timings,
        **motion,
        "requests": requests,
        "errors": errors,
        "renderer": renderer,
        "focused": focused,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path, help="a build output folder (entities.jsonl, triples.jsonl)")
    parser.add_argument("--page", type=Path, default=Path(tempfile.gettempdir()) / "full_view.html")
    parser.add_argument("--screenshot", type=Path, default=Path(tempfile.gettempdir()) / "full_view.png")
    parser.add_argument("--skip-layout-timing", action="store_true", help="do not time the layout alone")
    args = parser.parse_args()

    start = time.perf_counter()
    cmd = [
        sys.executable,
        "-m",
        "graphbuild",
        "render",
        str(args.outdir),
        "--view",
        "full",
        "-o",
        str(args.page),
    ]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False)
    render_s = time.perf_counter() - start
    if result.returncode:
        raise SystemExit(result.stderr.strip() or result.stdout.strip())
    print(result.stdout.strip())
    print(
        f"render (load + layout + page): {render_s:.1f} s; page size {args.page.stat().st_size / 1e6:.2f} MB"
    )
    if not args.skip_layout_timing:
        seconds, entities, links = layout_seconds(args.outdir)
        print(f"layout alone: {seconds:.1f} s for {entities:,} entities, {links:,} linked pairs")
    m = browse(args.page, args.screenshot)
    print(f"WebGL renderer: {m['renderer']}")
    print(
        f"first draw: {m['drawn']:.0f} ms from navigation start "
        f"(script {m['script']:.0f}, graph {m['graph']:.0f})"
    )
    print(f"zoom and pan over 2.1 s: {m['fps']:.1f} frames/s, {m['renders']:.1f} sigma renders/s")
    print(f"console errors: {len(m['errors'])}; network requests: {len(m['requests'])}")
    for e in m["errors"][:5]:
        print("  ", e["message"][:200])
    print(f"screenshots: {args.screenshot}, {m['focused']}")


if __name__ == "__main__":
    main()
