"""Commands on a built graph: ``render``, ``validate``, ``load`` and ``push``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

import graphbuild as api
from graphbuild.cli.base import _user_errors, app


@app.command()
def render(
    graph: Annotated[
        Path,
        typer.Argument(metavar="GRAPH", help="A build output folder (its entities.jsonl + triples.jsonl)."),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="The page to write, FILE.html.")],
    types: Annotated[
        list[str] | None, typer.Option("--types", help="Entity types to draw: Actor,Weapon,Region,Other.")
    ] = None,
    min_confidence: Annotated[
        float, typer.Option("--min-confidence", help="Leave out claims below this confidence (0..1).")
    ] = 0.0,
    top: Annotated[int | None, typer.Option("--top", help="Keep only the N nodes with most edges.")] = None,
    size_by: Annotated[
        str, typer.Option("--size-by", help="Node size from mentions or degree.")
    ] = "mentions",
    title: Annotated[str | None, typer.Option("--title", help="Title shown on the page.")] = None,
    view: Annotated[
        str | None,
        typer.Option(
            "--view",
            help="story: the best-linked entities, the rest on demand; full: every entity (WebGL). "
            "Default: story up to 20,000 entities, else full.",
        ),
    ] = None,
) -> None:
    """Render the interactive network of a saved graph as one offline HTML page.

    \b
    Example: graphbuild render out/ -o net.html --types Actor,Weapon --top 200
    """
    with _user_errors():
        wanted = [t.strip() for value in types for t in value.split(",") if t.strip()] if types else None
        page = api.render(
            graph,
            out,
            title=title,
            types=wanted,
            min_confidence=min_confidence,
            top=top,
            size_by=size_by,
            view=view,
        )
    typer.echo(page.summary())


@app.command()
def validate(
    graph: Annotated[str, typer.Argument(metavar="GRAPH", help="A graph file or a build output folder.")],
) -> None:
    """Check a graph against the SHACL shapes (ontology/shapes.ttl); exit 1 when it does not conform.

    \b
    Example: graphbuild validate out/
    """
    with _user_errors():
        report = api.validate(graph)
    typer.echo(report.summary())
    for violation in report.violations:
        typer.echo(violation.line())
    if not report.conforms:
        raise typer.Exit(code=1)


@app.command()
def load(
    graph: Annotated[str, typer.Argument(metavar="GRAPH", help="A graph file or a build output folder.")],
    store: Annotated[Path, typer.Option("--store", help="Oxigraph store folder (created if missing).")],
) -> None:
    """Load a graph into a persistent Oxigraph store; a document's named graph is replaced, not doubled.

    \b
    Example: graphbuild load out/graph.trig --store kg-store/
    """
    with _user_errors():
        report = api.load_into_store(graph, store)
    typer.echo(report.summary())


@app.command()
def push(
    graph: Annotated[str, typer.Argument(metavar="GRAPH", help="A graph file or a build output folder.")],
    endpoint: Annotated[
        str,
        typer.Option(
            "--endpoint",
            help="Graph Store Protocol URL, e.g. http://localhost:7878/store (a base URL finds /store).",
        ),
    ],
    graph_iri: Annotated[
        str | None, typer.Option("--graph", help="Put every triple into this one named graph.")
    ] = None,
    user: Annotated[
        str | None, typer.Option("--user", help="User name (else GRAPHBUILD_USER); password is prompted.")
    ] = None,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds each request may take in all.")] = 30.0,
    retries: Annotated[int, typer.Option("--retries", help="Attempts per request.")] = 3,
) -> None:
    """Send a graph to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

    Each document's named graph is replaced (PUT), shared entity descriptions are merged (POST);
    a Turtle build replaces the default graph. Queries see named graphs with GRAPH ?g (or all
    triples on an Oxigraph server run with --union-default-graph).

    Credentials come from GRAPHBUILD_USER and GRAPHBUILD_PASSWORD, or --user and a prompt; they
    are never printed.

    \b
    Example: graphbuild push out/ --endpoint http://localhost:7878/store
    """
    with _user_errors():
        auth = _credentials(user)
        report = api.push(
            graph, endpoint, graph_iri=graph_iri, auth=auth, timeout=timeout, retries=max(1, retries)
        )
    typer.echo(report.summary())


def _credentials(user: str | None) -> tuple[str, str] | None:
    """``(user, password)`` from --user or the environment; the password is never echoed."""
    import os

    name = user or os.environ.get("GRAPHBUILD_USER")
    if not name:
        return None
    password = os.environ.get("GRAPHBUILD_PASSWORD")
    if password is None:
        password = typer.prompt(f"password for {name}", hide_input=True)
    return name, password
