"""The ``graphbuild`` command: a thin typer layer over the Python API.

Each command parses its arguments, calls one API function with the same parameter names and
formats the result. Errors the user can fix print one ``error: …`` line and exit 1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from typer._click import exceptions as click_errors  # typer vendors click; pinned in pyproject

import graphbuild as api
from graphbuild.errors import GraphbuildError
from graphbuild.evaluate.carb import score_files, write_system
from graphbuild.extract.openie import openie_file
from graphbuild.ingest import DEFAULT_MAX_BYTES
from graphbuild.rows import format_rows

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


def _one_line(message: object) -> str:
    """A message on one line: scripts read stderr line by line."""
    return " ".join(str(message).split())


@contextmanager
def _user_errors() -> Iterator[None]:
    """Errors as one ``error: …`` line and exit 1; ``--debug`` shows the traceback instead.

    An unexpected exception is a bug: it gets one line too, naming its type and asking for a
    ``--debug`` run, so a script never has to parse a traceback.
    """
    try:
        yield
    except GraphbuildError as e:
        if _state["debug"]:
            raise
        typer.echo(f"error: {_one_line(e)}", err=True)
        raise typer.Exit(code=1) from None
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as e:
        if _state["debug"]:
            raise
        typer.echo(
            f"error: internal error ({type(e).__name__}: {_one_line(e)[:200]}); "
            "rerun with --debug for the traceback and please report it",
            err=True,
        )
        raise typer.Exit(code=1) from None


def _warn(error: Exception) -> None:
    typer.echo(f"warning: {_one_line(error)}", err=True)


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
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Encoding of files without a BOM, e.g. cp1252.")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Largest article (file or corpus line) to read, in bytes.")
    ] = DEFAULT_MAX_BYTES,
    any_language: Annotated[
        bool, typer.Option("--any-language", help="Parse articles that do not look English.")
    ] = False,
    actors: Annotated[
        list[Path] | None,
        typer.Option("--actors", help="PETRARCH/TABARI actor or agent dictionary (repeatable)."),
    ] = None,
    rdf_format: Annotated[
        str, typer.Option("--format", help="RDF format of graph.<suffix>: ttl, nt, trig or jsonld.")
    ] = "ttl",
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

    A bad file named in INPUTS is an error; bad files in folders and bad .jsonl lines are skipped
    with a warning. Outputs are replaced all together or not at all.

    Example: graphbuild build seeds/ --out out/
    Example: graphbuild build corpus.jsonl --store kg/ --jobs 2 --format trig
    """
    progress = None
    if not quiet:
        from graphbuild.progress import RichProgress

        progress = RichProgress()
    options = api.BuildOptions(
        model=model,
        base_iri=base_iri,
        jobs=jobs,
        backend=backend,
        scheduler=scheduler,
        actors=tuple(actors or ()),
        reading=api.ReadOptions(
            ontology=ontology, encoding=encoding, max_bytes=max_bytes, check_language=not any_language
        ),
    )
    with _user_errors():
        from graphbuild.rdf import rdf_format as check_format

        check_format(rdf_format)  # fail before the slow part
        if store is not None and out is None:
            report = api.update_store(inputs, store, options, progress=progress, on_error=_warn)
            typer.echo(f"{report.summary()} -> {store}/")
            return
        graph = api.build(inputs, options, store=store, progress=progress, on_error=_warn)
        out = out or Path("out")
        graph.write(out, rdf_format=rdf_format)
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
    graph: Annotated[
        str | None, typer.Argument(help="A .ttl/.trig/.nt/.jsonld file or a build output folder.")
    ] = None,
    sparql: Annotated[str | None, typer.Argument(help="The SPARQL query text.")] = None,
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

    Example: graphbuild query out/ 'SELECT ?label WHERE { ?e a gb:Weapon ; rdfs:label ?label }'
    """
    if store is not None and sparql is None:
        graph, sparql = None, graph  # with --store the only argument is the query
    if sparql is None and file is None and saved is None:
        raise click_errors.UsageError("no query given; pass the SPARQL text, --file Q.rq or --saved NAME")
    try:
        with _user_errors():
            if fmt not in ("table", "csv", "json"):
                raise api.QueryError(f"unknown --format {fmt!r}; use table, csv or json")
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
def render(
    graph: Annotated[
        Path, typer.Argument(help="A build output folder (its entities.jsonl + triples.jsonl).")
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
) -> None:
    """Render the interactive network of a saved graph as one offline HTML page.

    Example: graphbuild render out/ --out actors.html --types Actor,Weapon --min-confidence 0.6 --top 200
    """
    with _user_errors():
        wanted = [t.strip() for value in types for t in value.split(",") if t.strip()] if types else None
        page = api.render(
            graph, out, title=title, types=wanted, min_confidence=min_confidence, top=top, size_by=size_by
        )
    typer.echo(page.summary())


@app.command()
def queries() -> None:
    """List the saved queries of ontology/queries, for query --saved NAME.

    Example: graphbuild queries
    """
    from graphbuild.sparql import saved_queries

    with _user_errors():
        for name, saved in saved_queries().items():
            typer.echo(f"{name}: {saved.title}")


@app.command()
def validate(
    graph: Annotated[str, typer.Argument(help="A graph file or a build output folder.")],
) -> None:
    """Check a graph against the SHACL shapes (ontology/shapes.ttl); exit 1 when it does not conform.

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
    graph: Annotated[str, typer.Argument(help="A graph file or a build output folder.")],
    store: Annotated[Path, typer.Option("--store", help="Oxigraph store folder (created if missing).")],
) -> None:
    """Load a graph into a persistent Oxigraph store; a document's named graph is replaced, not doubled.

    Example: graphbuild load out/graph.trig --store kg-store/
    """
    with _user_errors():
        report = api.load_into_store(graph, store)
    typer.echo(report.summary())


@app.command()
def push(
    graph: Annotated[str, typer.Argument(help="A graph file or a build output folder.")],
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
    a Turtle build replaces the default graph. Queries see named graphs with GRAPH ?g, or on a
    server started with --union-default-graph. Credentials come from GRAPHBUILD_USER/
    GRAPHBUILD_PASSWORD or --user and a prompt, and are never printed.

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


@app.command()
def openie(
    file: Annotated[Path, typer.Argument(help="Text file, one (PTB-tokenised) sentence a line.")],
    fmt: Annotated[str, typer.Option("--format", help="Output format: carb (tabbed).")] = "carb",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to use.")] = None,
) -> None:
    """Extract Open IE tuples from FILE, each line parsed as one sentence.

    Example: graphbuild openie dev.txt --format carb --out dev.carb.tsv
    """
    with _user_errors():
        if fmt != "carb":
            raise api.InputError(f"unknown --format {fmt!r}; use carb")
        extractions = openie_file(file, out=out, model=model)
    if out is None:
        write_system(extractions, sys.stdout)
    else:
        typer.echo(f"{len(extractions)} tuples -> {out}", err=True)


eval_app = typer.Typer(
    no_args_is_help=True, help="Score graphbuild's output against gold standards (CaRB, entity labels)."
)
app.add_typer(eval_app, name="eval")


@eval_app.command("carb")
def eval_carb(
    output: Annotated[Path, typer.Argument(help="System output in CaRB's tabbed format.")],
    gold: Annotated[Path, typer.Option("--gold", help="CaRB gold file (sentence, relation, args).")],
) -> None:
    """Score OUTPUT with our CaRB scorer; print one JSON line (precision, recall, f1, auc, counts).

    Example: graphbuild eval carb --gold gold/dev.tsv dev.carb.tsv
    """
    with _user_errors():
        result = score_files(gold, output)
    typer.echo(
        json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in result.as_dict().items()})
    )


@eval_app.command("entities")
def eval_entities(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL with `entities` (e.g. re3d-dev.jsonl).")],
    out_dir: Annotated[Path, typer.Argument(help="A `graphbuild build` output folder of the same corpus.")],
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    show_missed: Annotated[int, typer.Option("--missed", help="List up to N missed forms per type.")] = 0,
) -> None:
    """Share of unique gold entity forms found as a node label or alias of the right type.

    Example: graphbuild eval entities ../shared/corpora/re3d-dev.jsonl /tmp/re3d
    """
    from graphbuild.evaluate.entities import score_entities

    with _user_errors():
        if fmt not in ("table", "csv", "json"):
            raise api.QueryError(f"unknown --format {fmt!r}; use table, csv or json")
        result = score_entities(gold, out_dir)
    typer.echo(format_rows(result.as_rows(), fmt))
    for type_, missed in result.missed.items():
        if show_missed and missed:
            typer.echo(f"missed {type_}: " + "; ".join(missed[:show_missed]))


def main() -> None:
    """Console entry point: usage errors and interrupts are one line too.

    Exit codes: 0 done, 1 error, 2 bad command line, 130 interrupted.
    """
    try:
        code = app(standalone_mode=False)
    except click_errors.NoArgsIsHelpError as e:
        typer.echo(e.ctx.get_help() if e.ctx else str(e))
        code = e.exit_code
    except click_errors.UsageError as e:
        command = e.ctx.command_path if e.ctx else "graphbuild"
        typer.echo(f"error: {_one_line(e.format_message()).rstrip('.')}; see {command} --help", err=True)
        code = e.exit_code
    except typer.TyperException as e:
        typer.echo(f"error: {_one_line(e.format_message())}", err=True)
        code = e.exit_code
    except (KeyboardInterrupt, typer.Abort):
        typer.echo("error: interrupted; outputs were left as they were", err=True)
        code = 130
    sys.exit(code if isinstance(code, int) else 0)
