"""SPARQL hardening (issue 20): empty answers, binds that filter, no network, time limits,
Ctrl-C, output that cannot inject into terminals or spreadsheets, valid JSON, read-only stores."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from graphbuild.cli import app
from graphbuild.errors import QueryError
from graphbuild.graph import KnowledgeGraph
from graphbuild.rdf import serialize
from graphbuild.sparql import run_query, saved_query
from graphbuild.store import load_into_store, open_store, query_view

from .conftest import ROOT, free_port
from .test_rdf import hand_built_graph

runner = CliRunner()
MAIN = "import sys; sys.argv[0] = 'graphbuild'; from graphbuild.cli import main; main()"
NOTHING = 'SELECT ?l ?e WHERE { ?e rdfs:label ?l FILTER(CONTAINS(?l, "zzz")) }'
# unconstrained patterns over ~100 triples: 10^10 solutions, hours of work; the API tests stream
# their rows (an abandoned worker stops at its next row), the command line counts them
CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
STREAM = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture
def kg() -> KnowledgeGraph:
    return hand_built_graph()


@pytest.fixture
def graph_file(kg: KnowledgeGraph, tmp_path: Path) -> Path:
    path = tmp_path / "graph.trig"
    path.write_text(serialize(kg.rdf, "trig"), encoding="utf-8")
    return path


def _main(*argv: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", MAIN, *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=timeout,
    )


def _values(graph_file: Path, *values: str, fmt: str) -> str:
    """The CLI output of a query that returns the given strings as ?v."""
    rows = " ".join(json.dumps(v) for v in values)
    q = f"SELECT ?v WHERE {{ VALUES ?v {{ {rows} }} }}"
    result = runner.invoke(app, ["query", str(graph_file), q, "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.output


# --- 4. an empty answer still prints its columns --------------------------------------------------


def test_empty_csv_answer_prints_the_header(graph_file: Path):
    result = runner.invoke(app, ["query", str(graph_file), NOTHING, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output == "l,e\n"


def test_empty_table_answer_says_0_rows(graph_file: Path):
    result = runner.invoke(app, ["query", str(graph_file), NOTHING])
    assert result.exit_code == 0, result.output
    assert result.output == "0 rows\n"


def test_run_query_rows_know_their_columns_when_empty(kg: KnowledgeGraph, graph_file: Path):
    assert run_query(kg.rdf, NOTHING).columns == ["l", "e"]
    assert run_query(query_view(graph_file), NOTHING).columns == ["l", "e"]


# --- 7. no query is a usage error -------------------------------------------------------------------


def test_query_without_a_query_exits_2_with_one_line(graph_file: Path):
    proc = _main("query", str(graph_file))
    assert proc.returncode == 2
    assert proc.stderr == (
        "error: no query given; pass the SPARQL text, --file Q.rq or --saved NAME; "
        "see graphbuild query --help\n"
    )
    assert proc.stdout == ""


# --- 14. a bind filters, also on a variable only an OPTIONAL binds ------------------------------------


def test_bind_on_an_optional_variable_filters_in_oxigraph(kg: KnowledgeGraph, graph_file: Path):
    chad = kg.entities[0].id
    rows = run_query(
        query_view(graph_file), saved_query("evidence").text, bindings={"subjectEntity": f"<{chad}>"}
    )
    assert [(r["subject"], r["relation"], r["subjectEntity"]) for r in rows] == [
        ("The president of Chad", "warned", chad)
    ]


def test_bind_on_an_optional_variable_filters_in_rdflib(kg: KnowledgeGraph):
    chad = kg.entities[0].id
    rows = run_query(kg.rdf, saved_query("evidence").text, bindings={"subjectEntity": chad})
    assert [r["relation"] for r in rows] == ["warned"]


def test_bind_in_one_branch_of_a_union_filters(graph_file: Path):
    q = "SELECT ?x ?y WHERE { { ?a gb:relationLemma ?x } UNION { ?a gb:relationText ?y } }"
    rows = run_query(query_view(graph_file), q, bindings={"x": "warn"})
    assert rows == [{"x": "warn", "y": None}]


def test_bind_a_variable_the_query_does_not_select(graph_file: Path):
    q = "SELECT ?label WHERE { ?e a ?type ; rdfs:label ?label }"
    assert run_query(query_view(graph_file), q, bindings={"type": "gb:City"}) == [{"label": "Abeche"}]


def test_bind_a_variable_the_query_does_not_have(graph_file: Path):
    q = "SELECT ?label WHERE { ?e rdfs:label ?label }"
    with pytest.raises(QueryError, match=r"^--bind typo: the query has no \?typo in its WHERE clause; "):
        run_query(query_view(graph_file), q, bindings={"typo": "x"})


def test_readme_bind_example_on_the_command_line(kg: KnowledgeGraph, graph_file: Path):
    chad = kg.entities[0].id
    args = ["query", str(graph_file), "--saved", "evidence", "--bind", f"subjectEntity=<{chad}>"]
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [r["relation"] for r in json.loads(result.output)] == ["warned"]


# --- 18. no network, a time limit, Ctrl-C ----------------------------------------------------------


@pytest.mark.parametrize(
    "q",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "select * { service silent <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o . SERVICE?svc { ?s ?p ?o } }",
        "SELECT * WHERE { \\u0053ERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    ],
)
def test_service_is_refused(graph_file: Path, kg: KnowledgeGraph, q: str):
    message = r"^the query calls another endpoint \(SERVICE\); graphbuild works offline"
    with pytest.raises(QueryError, match=message):
        run_query(query_view(graph_file), q)
    with pytest.raises(QueryError, match=message):
        run_query(kg.rdf, q)


def test_service_as_a_name_is_not_refused(graph_file: Path):
    q = 'SELECT ?service WHERE { BIND("SERVICE <x>" AS ?service) } # SERVICE <http://x>'
    assert run_query(query_view(graph_file), q) == [{"service": "SERVICE <x>"}]


def test_service_refused_on_the_command_line(graph_file: Path):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    result = runner.invoke(app, ["query", str(graph_file), q])
    assert result.exit_code == 1
    assert result.output.startswith("error: the query calls another endpoint (SERVICE)")
    assert "--allow-service" in result.output


def test_allow_service_lets_the_query_through(graph_file: Path):
    # a closed local port: the SERVICE call is made and fails; SILENT turns that into no rows
    q = f"SELECT * WHERE {{ SERVICE SILENT <http://127.0.0.1:{free_port()}/sparql> {{ ?s ?p ?o }} }}"
    result = runner.invoke(app, ["query", str(graph_file), q, "--allow-service", "--format", "json"])
    assert result.exit_code == 0, result.output


def test_timeout_stops_a_cross_product_in_oxigraph(graph_file: Path):
    start = time.monotonic()
    with pytest.raises(QueryError, match=r"^the query ran over the --timeout of 0.5 s; "):
        run_query(query_view(graph_file), STREAM, timeout=0.5)
    assert time.monotonic() - start < 5


def test_timeout_stops_a_cross_product_in_rdflib(kg: KnowledgeGraph):
    start = time.monotonic()
    with pytest.raises(QueryError, match=r"^the query ran over the --timeout of 0.5 s; "):
        run_query(kg.rdf, STREAM, timeout=0.5)
    assert time.monotonic() - start < 5


def test_timeout_on_the_command_line(graph_file: Path):
    proc = _main("query", str(graph_file), CROSS, "--timeout", "1")
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: the query ran over the --timeout of 1 s; ")
    assert proc.stderr.count("\n") == 1


def test_ctrl_c_interrupts_a_running_query(graph_file: Path):
    ready = MAIN.replace("main()", "print('imported', flush=True); main()")
    proc = subprocess.Popen(
        [sys.executable, "-c", ready, "query", str(graph_file), CROSS, "--timeout", "600"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline() == "imported\n"
        time.sleep(2)  # loading the graph, then the query under way
        assert proc.poll() is None
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130
    assert err == "error: interrupted; outputs were left as they were\n"


# --- 26. no terminal escapes, no spreadsheet formulas -------------------------------------------------


@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_control_characters_do_not_reach_the_terminal(graph_file: Path, fmt: str):
    out = _values(graph_file, "red\x1b[31malert\x07", "back\rover", "c1\x9bcsi", fmt=fmt)
    assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in out)
    assert "red\\x1b[31malert\\x07" in out and "back\\x0dover" in out and "c1\\x9bcsi" in out


def test_table_shows_square_brackets_as_they_are(graph_file: Path):
    out = _values(graph_file, "[bold]x[/bold]", "[/oops]", fmt="table")
    assert "[bold]x[/bold]" in out and "[/oops]" in out


def test_csv_neutralises_formulas(graph_file: Path):
    out = _values(graph_file, "=HYPERLINK(1)", "+1", "-2", "@SUM(A1)", "\t=x", "plain", fmt="csv")
    assert out.splitlines()[1:] == ["'=HYPERLINK(1)", "'+1", "'-2", "'@SUM(A1)", "'\t=x", "plain"]


def test_csv_keeps_negative_numbers(graph_file: Path):
    q = "SELECT ?n WHERE { VALUES ?n { -3 -0.5 } }"
    result = runner.invoke(app, ["query", str(graph_file), q, "--format", "csv"])
    assert result.output.splitlines() == ["n", "-3", "-0.5"]


# --- 27. valid JSON, read-only stores ---------------------------------------------------------------


def test_json_has_no_nan_or_infinity(graph_file: Path):
    q = (
        'SELECT ?a ?b ?c WHERE { BIND("NaN"^^xsd:double AS ?a) BIND("INF"^^xsd:double AS ?b) '
        "BIND(-1e400 AS ?c) }"
    )
    result = runner.invoke(app, ["query", str(graph_file), q, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output, parse_constant=lambda name: pytest.fail(f"invalid JSON: {name}"))
    assert rows == [{"a": "NaN", "b": "INF", "c": "-INF"}]


def test_read_only_store_folder_is_queried(graph_file: Path, tmp_path: Path, monkeypatch):
    import pyoxigraph

    folder = tmp_path / "kg"
    load_into_store(graph_file, folder)
    real = pyoxigraph.Store
    opened = []

    class ReadOnlyDisk:
        """A store folder on a read-only disk (root may write anywhere, so the disk is simulated)."""

        def __new__(cls, path: str | None = None):
            if path is not None:
                raise OSError(f"IO error: While open a file for appending: {path}/LOG: Read-only file system")
            return real()

        @staticmethod
        def read_only(path: str):
            opened.append(path)
            return real.read_only(path)

    monkeypatch.setattr(pyoxigraph, "Store", ReadOnlyDisk)
    rows = run_query(open_store(folder), "SELECT (COUNT(*) AS ?n) WHERE { ?a a gb:Assertion }")
    assert rows == [{"n": 3}] and opened == [str(folder)]
