"""``openie`` and ``eval``: Open IE output and scores against gold data."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

import graphbuild as api
from graphbuild.cli.base import _user_errors, app
from graphbuild.evaluate.carb import score_files, write_system
from graphbuild.extract.openie import openie_file
from graphbuild.rows import check_row_format, format_rows


@app.command()
def openie(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="Text file, one (PTB-tokenised) sentence a line.")
    ],
    fmt: Annotated[str, typer.Option("--format", help="Output format: carb (tabbed).")] = "carb",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of stdout.")] = None,
    model: Annotated[str | None, typer.Option("--model", help="spaCy pipeline to use.")] = None,
) -> None:
    """Extract Open IE tuples from FILE, each line parsed as one sentence.

    \b
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
    no_args_is_help=True,
    rich_markup_mode=None,
    help="Score graphbuild's output against gold standards (CaRB, entity labels).",
)
app.add_typer(eval_app, name="eval")


@eval_app.command("carb")
def eval_carb(
    output: Annotated[Path, typer.Argument(metavar="OUTPUT", help="System output in CaRB's tabbed format.")],
    gold: Annotated[Path, typer.Option("--gold", help="CaRB gold file (sentence, relation, args).")],
) -> None:
    """Score OUTPUT with our CaRB scorer; print one JSON line (precision, recall, f1, auc, counts).

    \b
    Example: graphbuild eval carb --gold gold/dev.tsv dev.carb.tsv
    """
    with _user_errors():
        result = score_files(gold, output)
    typer.echo(
        json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in result.as_dict().items()})
    )


@eval_app.command("entities")
def eval_entities(
    gold: Annotated[
        Path, typer.Argument(metavar="GOLD", help="Gold JSONL with `entities` (e.g. re3d-dev.jsonl).")
    ],
    out_dir: Annotated[
        Path, typer.Argument(metavar="OUT_DIR", help="A `graphbuild build` output folder of the same corpus.")
    ],
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json.")] = "table",
    show_missed: Annotated[int, typer.Option("--missed", help="List up to N missed forms per type.")] = 0,
) -> None:
    """Share of unique gold entity forms found as a node label or alias of the right type.

    \b
    Example: graphbuild eval entities ../shared/corpora/re3d-dev.jsonl /tmp/re3d
    """
    from graphbuild.evaluate.entities import score_entities

    with _user_errors():
        check_row_format(fmt)
        result = score_entities(gold, out_dir)
    typer.echo(format_rows(result.as_rows(), fmt))
    for type_, missed in result.missed.items():
        if show_missed and missed:
            typer.echo(f"missed {type_}: " + "; ".join(missed[:show_missed]))


MISSED_HELP = "Count the misses by cause (no node for an end, or no triple joins the two) and list N."


def _relation_scores(gold: Path, out_dir: Path, fmt: str, show_missed: int) -> None:
    from graphbuild.evaluate.relations import score_relations

    with _user_errors():
        check_row_format(fmt)
        result = score_relations(gold, out_dir)
    if fmt == "json":
        typer.echo(json.dumps(result.as_dict()))
    else:
        typer.echo(format_rows(result.as_rows(), fmt))
    if show_missed and result.missed:
        causes = "; ".join(f"{why}: {n}" for why, n in result.missed_by_cause().most_common())
        typer.echo(f"missed {len(result.missed)} ({causes})")
        for missed in result.missed[:show_missed]:
            typer.echo(f"  {missed}")


@eval_app.command("relations")
def eval_relations(
    gold: Annotated[
        Path, typer.Argument(metavar="GOLD", help="Gold JSONL with `relations` (e.g. re3d-dev.jsonl).")
    ],
    out_dir: Annotated[
        Path, typer.Argument(metavar="OUT_DIR", help="A `graphbuild build` output folder of the same corpus.")
    ],
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json (one line).")] = "table",
    show_missed: Annotated[int, typer.Option("--missed", help=MISSED_HELP)] = 0,
) -> None:
    """Share of gold relations between two entity spans that are edges of the network, per type.

    \b
    Example: graphbuild eval relations ../shared/corpora/re3d-dev.jsonl /tmp/re3d
    """
    _relation_scores(gold, out_dir, fmt, show_missed)


@eval_app.command("edges")
def eval_edges(
    gold: Annotated[
        Path,
        typer.Argument(metavar="GOLD", help="Key-fact gold JSONL (tests/data/gold/edges_dev.jsonl)."),
    ],
    out_dir: Annotated[
        Path,
        typer.Argument(metavar="OUT_DIR", help="A `graphbuild build` output folder of the same articles."),
    ],
    fmt: Annotated[str, typer.Option("--format", help="table, csv or json (one line).")] = "table",
    show_missed: Annotated[int, typer.Option("--missed", help=MISSED_HELP)] = 0,
) -> None:
    """Share of an article's key facts that are edges, and how many keep their reported/negated status.

    \b
    Example: graphbuild eval edges tests/data/gold/edges_dev.jsonl /tmp/edges
    """
    _relation_scores(gold, out_dir, fmt, show_missed)
