"""The ``graphbuild`` command: a thin typer layer over the Python API.

Each command parses its arguments, calls one API function with the same parameter names and
formats the result. Errors the user can fix print one ``error: …`` line and exit 1.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer

import graphbuild as api
from graphbuild.errors import GraphbuildError

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn news articles into a knowledge graph you can load, query and show.",
)
_state = {"debug": False}


@app.callback()
def _main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks for errors.")] = False,
) -> None:
    _state["debug"] = debug


@contextmanager
def _user_errors() -> Iterator[None]:
    try:
        yield
    except GraphbuildError as e:
        if _state["debug"]:
            raise
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(code=1) from None


def _format_rows(rows: list[dict[str, Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    columns = list(rows[0]) if rows else []
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buf.getvalue().rstrip("\n")
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, show_lines=False)
    for row in rows:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    console = Console(file=io.StringIO(), width=200, force_terminal=False)
    console.print(table)
    return console.file.getvalue().rstrip("\n")  # type: ignore[attr-defined]


@app.command()
def build(
    inputs: Annotated[
        list[str], typer.Argument(help="Articles: files, folders, .jsonl corpora, or - for stdin.")
    ],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output folder (default: out, or none with --store).")
    ] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to use.")] = None,
    base_iri: Annotated[str, typer.Option("--base-iri", help="Base for minted IRIs.")] = api.DEFAULT_BASE,
    ontology: Annotated[str | None, typer.Option("--ontology", help="Ontology folder (lexicons).")] = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", min=1, help="Worker processes (default: one per core).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar (for scripts).")] = False,
    store: Annotated[
        Path | None,
        typer.Option("--store", help="Store folder for incremental builds."),
    ] = None,
    backend: Annotated[str, typer.Option("--backend", help="Where to parse: local or dask.")] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address (default: start a local cluster)."),
    ] = None,
) -> None:
    """Build a graph from INPUTS into OUT: graph.ttl, graph.html, entities.jsonl, triples.jsonl, report.json.

    With --store, articles are committed to a persistent store as they are processed; a rebuild
    parses only new and changed articles, and an interrupted build resumes where it stopped.

    Example: graphbuild build seeds/ --out out/
    Example: graphbuild build corpus.jsonl --store kg/ --jobs 2
    """
    progress = None
    if not quiet:
        from graphbuild.progress import RichProgress

        progress = RichProgress()
    settings = dict(
        model=model,
        base_iri=base_iri,
        ontology=ontology,
        jobs=jobs,
        backend=backend,
        scheduler=scheduler,
        progress=progress,
    )
    with _user_errors():
        if store is not None and out is None:
            report = api.update_store(inputs, store, **settings)
            typer.echo(f"{report.summary()} -> {store}/")
            return
        graph = api.build(inputs, store=store, **settings)
        out = out or Path("out")
        graph.write(out)
    if store is not None:
        from graphbuild.incremental import StoreReport

        typer.echo(f"{StoreReport(**graph.meta['store']).summary()} -> {store}/")
    typer.echo(f"{graph.summary()} -> {out}/")


@app.command()
def remove(
    doc_id: Annotated[str, typer.Argument(help="Id of the article to retract (as in triples.jsonl's doc).")],
    store: Annotated[Path, typer.Option("--store", help="The store folder to retract it from.")],
) -> None:
    """Retract an article from a store: its named graph, its record and its part of the entities.

    Example: graphbuild remove wikinews:Some_story --store kg/
    """
    with _user_errors():
        left = api.remove_document(store, doc_id)
    typer.echo(f"removed {doc_id}; {left} articles left in {store}/")


@app.command()
def query(
    graph: Annotated[Path, typer.Argument(help="A .ttl/.trig/.nt file or a build output folder.")],
    sparql: Annotated[str | None, typer.Argument(help="The SPARQL query text.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file.")] = None,
    bind: Annotated[list[str] | None, typer.Option("--bind", help="name=value, bound as ?name.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
) -> None:
    """Run a SPARQL query over a saved graph.

    Example: graphbuild query out/ 'SELECT ?label WHERE { ?e a gb:Weapon ; rdfs:label ?label }'
    """
    with _user_errors():
        if fmt not in ("table", "csv", "json"):
            raise api.QueryError(f"unknown --format {fmt!r}; use table, csv or json")
        text = _query_text(sparql, file)
        bindings = _bindings(bind or [])
        rows = api.query(graph, text, bindings=bindings)
    typer.echo(_format_rows(rows, fmt))


def _query_text(sparql: str | None, file: Path | None) -> str:
    if file is not None:
        try:
            return file.read_text(encoding="utf-8")
        except OSError as e:
            raise api.QueryError(f"cannot read query file {file}: {e.strerror}; check the path") from e
    if not sparql:
        raise api.QueryError("no query given; pass the SPARQL text or --file Q.rq")
    return sparql


def _bindings(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise api.QueryError(f"--bind {pair!r} must look like name=value")
        out[name.lstrip("?")] = value
    return out


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("error: interrupted; outputs were left as they were", err=True)
        sys.exit(130)
