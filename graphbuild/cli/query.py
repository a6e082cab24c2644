"""``query`` and ``queries``: SPARQL over a build, a graph file or a store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from typer._click import exceptions as click_errors  # typer vendors click; pinned in pyproject

import graphbuild as api
from graphbuild.cli.base import _user_errors, app
from graphbuild.rows import check_row_format, format_rows


@app.command()
def query(
    graph: Annotated[
        str | None,
        typer.Argument(metavar="GRAPH", help="A .ttl/.trig/.nt/.jsonld file or a build output folder."),
    ] = None,
    sparql: Annotated[str | None, typer.Argument(metavar="SPARQL", help="The SPARQL query text.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from a .rq file.")] = None,
    saved: Annotated[
        str | None, typer.Option("--saved", help="Run a saved query by name (see graphbuild queries).")
    ] = None,
    store: Annotated[
        Path | None, typer.Option("--store", help="Query an Oxigraph store folder (graphbuild load).")
    ] = None,
    bind: Annotated[list[str] | None, typer.Option("--bind", help="name=value, bound as ?name.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    limit: Annotated[
        int | None, typer.Option("--limit", min=0, help="Print at most N rows (the first N of the answer).")
    ] = None,
    timeout: Annotated[
        float,
        typer.Option("--timeout", min=0, help="Stop a query running longer than this (s; 0: no limit)."),
    ] = 60.0,
    allow_service: Annotated[
        bool, typer.Option("--allow-service", help="Let SERVICE clauses query other endpoints over HTTP.")
    ] = False,
) -> None:
    """Run a SPARQL query over a saved graph or a store; gb, rel, rdfs, skos, prov, dcterms are predeclared.

    \b
    Example: graphbuild query out/ 'SELECT ?e WHERE { ?e a gb:Weapon }'
    """
    if store is not None and sparql is None:
        graph, sparql = None, graph  # with --store the only argument is the query
    if sparql is None and file is None and saved is None:
        raise click_errors.UsageError("no query given; pass the SPARQL text, --file Q.rq or --saved NAME")
    try:
        with _user_errors():
            check_row_format(fmt)
            if store is not None and graph is not None:
                raise api.QueryError("give a GRAPH or --store DIR, not both")
            text = _query_text(sparql, file, saved)
            bindings = _bindings(bind or [])
            rows = api.query(
                graph,
                text,
                bindings=bindings,
                store=store,
                timeout=timeout or None,
                allow_service=allow_service,
            )
    except KeyboardInterrupt:
        raise typer.Abort() from None  # typer turns KeyboardInterrupt into a silent exit 130
    columns = getattr(rows, "columns", None)
    typer.echo(format_rows(rows if limit is None else rows[:limit], fmt, columns))


@app.command()
def queries() -> None:
    """List the saved queries of ontology/queries, for query --saved NAME.

    \b
    Example: graphbuild queries
    """
    from graphbuild.sparql import saved_queries

    with _user_errors():
        for name, saved in saved_queries().items():
            typer.echo(f"{name}: {saved.title}")


def _query_text(sparql: str | None, file: Path | None, saved: str | None = None) -> str:
    if sum(x is not None for x in (sparql, file, saved)) > 1:
        raise api.QueryError("give the query once: as text, --file Q.rq or --saved NAME")
    if saved is not None:
        from graphbuild.sparql import saved_query

        return saved_query(saved).text
    if file is not None:
        try:
            return file.read_text(encoding="utf-8")
        except OSError as e:
            raise api.QueryError(f"cannot read query file {file}: {e.strerror}; check the path") from e
    if not sparql:
        raise api.QueryError("no query given; pass the SPARQL text, --file Q.rq or --saved NAME")
    return sparql


def _bindings(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise api.QueryError(f"--bind {pair!r} must look like name=value")
        out[name.lstrip("?")] = value
    return out
