"""Shared fixtures: one spaCy pipeline, one build of a small invented article and one of the seed
article per test session.

Tests of general behaviour (RDF, SPARQL, output files) use the invented article; the seed build is
for the acceptance tests of that article as a whole (tests/test_resolve_seed.py and the like).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_fd37a429ef1252fc.txt"
# Benchmarks and corpora stay in ../shared; they are read, never copied into the project.
SHARED = Path(os.environ.get("GRAPHBUILD_SHARED", ROOT.parent / "shared"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run tests marked slow")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED} (set GRAPHBUILD_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from graphbuild.nlp import load_pipeline

    return load_pipeline()


# Invented news: a raid, two warnings, a denial, a negated act, attributed claims, places with codes.
ARTICLE = (
    "Rebels of the Northern Liberation Front seized rifles and rocket launchers from an army depot near "
    "Gulu, officials in Uganda said on Monday. The army warned the rebels that it would retake the depot "
    "within days.\n\n"
    "Uganda's defence minister, Jane Okello, warned that the rebels could attack Kampala. The rebels denied "
    "that they had killed civilians during the raid.\n\n"
    "Police in Kenya said smugglers had moved machine guns across the border into South Sudan. Kenya did not "
    "send troops to the region. Analysts believe the Northern Liberation Front has received RPG-7 grenades "
    "from traffickers in Sudan.\n"
)


@pytest.fixture(scope="session")
def labelled_entities(nlp):
    """Names of the local entities of ``text`` when NER labels exactly ``spans`` ((words, label), each at
    its first occurrence): a rule's test fixes the parser's guesses and checks only the rule."""

    def names(text: str, spans: list[tuple[str, str]]) -> set[str]:
        with nlp.select_pipes(disable=["graphbuild_entities"]):
            doc = nlp(text)
        doc.ents = [doc.char_span(text.index(w), text.index(w) + len(w), label) for w, label in spans]
        doc = nlp.get_pipe("graphbuild_entities")(doc)
        return {e.name for e in doc._.gb_entities}

    return names


@pytest.fixture(scope="session")
def article_path(tmp_path_factory) -> Path:
    """The invented article as a file (document id ``border_raid``)."""
    path = tmp_path_factory.mktemp("article") / "border_raid.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def article_graph(nlp, article_path: Path):
    import graphbuild

    return graphbuild.build([article_path])


@pytest.fixture(scope="session")
def article_out(article_graph, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("article_out")
    article_graph.write(out)
    return out


@pytest.fixture(scope="session")
def seed_graph(nlp):
    import graphbuild

    return graphbuild.build([SEED])


@pytest.fixture(scope="session")
def seed_out(seed_graph, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed_out")
    seed_graph.write(out)
    return out


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _oxigraph_binary() -> str | None:
    """The ``oxigraph`` the test extra installs next to the interpreter, else one on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    """A real Oxigraph server on a free port; its base URL. Stopped and removed afterwards."""
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph binary is not installed (pip install -e '.[test]')")
    port = free_port()
    log = (tmp_path / "oxigraph.log").open("wb")
    process = subprocess.Popen(
        [
            binary,
            "serve",
            "--location",
            str(tmp_path / "server"),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                pytest.fail(
                    f"oxigraph exited with {process.returncode}: {(tmp_path / 'oxigraph.log').read_text()}"
                )
            try:
                requests.get(url, timeout=1)
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline:
                    pytest.fail("oxigraph did not start within 30 s")
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
        log.close()


def _register_hypothesis_profiles() -> None:
    """``ci`` (the default: a few hundred examples over tests/test_fuzz.py) and ``fuzz`` (over 10,000).

    Pick one with HYPOTHESIS_PROFILE=fuzz; tests/test_fuzz.py scales its slow tests down from these.
    """
    from hypothesis import HealthCheck, settings

    common = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large]}
    settings.register_profile("ci", max_examples=40, derandomize=True, database=None, **common)
    settings.register_profile("fuzz", max_examples=2000, print_blob=True, **common)
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


_register_hypothesis_profiles()
