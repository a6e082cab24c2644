"""``build`` and ``remove``: articles into a graph, or out of a store."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

import graphbuild as api
from graphbuild.cli.base import _user_errors, _warn, app, interrupted
from graphbuild.errors import StoreError, is_disk_full
from graphbuild.ingest import DEFAULT_MAX_BYTES
from graphbuild.parallel import collect_less

if TYPE_CHECKING:
    from graphbuild.incremental import StoreReport


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
    date: Annotated[
        str | None,
        typer.Option("--date", help="Date (YYYY-MM-DD) of articles that carry none, to read 'yesterday' by."),
    ] = None,
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

    \b
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
        rdf_format=rdf_format,
        reading=api.ReadOptions(
            ontology=ontology,
            encoding=encoding,
            max_bytes=max_bytes,
            check_language=not any_language,
            date=date,
        ),
    )
    with _user_errors():
        from graphbuild.rdf import rdf_format as check_format

        check_format(rdf_format)  # fail before the slow part
        try:
            if store is not None and out is None:
                report = api.update_store(inputs, store, options, progress=progress, on_error=_warn)
                _store_summary(report, store)
                return
            collect_less()  # this process is the build's
            graph = api.build(inputs, options, store=store, progress=progress, on_error=_warn)
        except KeyboardInterrupt:
            if store is None:
                raise
            from graphbuild.incremental import committed_articles

            committed = committed_articles(store)
            interrupted(f"{committed} articles committed to {store}/; run the same command again to resume")
        except Exception as e:
            if store is None or not is_disk_full(e):
                raise
            from graphbuild.incremental import committed_articles

            committed = committed_articles(store)
            raise StoreError(
                f"the disk is full while writing {store}/ ({committed} articles committed); "
                "free some space, then run the same command again to resume"
            ) from None
        out = out or Path("out")
        # the graph lives until this process ends: writing it allocates a great many short-lived
        # objects, and each full collection they trigger would scan the whole graph again
        gc.freeze()
        graph.write(out, rdf_format=rdf_format)
    if store is not None:
        from graphbuild.incremental import StoreReport

        _store_summary(StoreReport(**graph.meta["store"]), store)
    typer.echo(f"{graph.summary()} -> {out}/")


def _store_summary(report: StoreReport, store: Path) -> None:
    warning = report.warning()
    if warning:
        typer.echo(f"warning: {warning}", err=True)
    typer.echo(f"{report.summary()} -> {store}/")


@app.command()
def remove(
    doc_id: Annotated[str, typer.Argument(help="Id of the article to retract (as in triples.jsonl's doc).")],
    store: Annotated[Path, typer.Option("--store", help="The store folder to retract it from.")],
) -> None:
    """Retract an article from a store: its named graph, its record and its part of the entities.

    \b
    Example: graphbuild remove wikinews:Some_story --store kg/
    """
    with _user_errors():
        left = api.remove_document(store, doc_id)
    typer.echo(f"removed {doc_id}; {left} articles left in {store}/")
