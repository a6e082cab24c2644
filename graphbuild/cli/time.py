"""``eval time``: temporal expressions of a build scored against hand-made TIMEX3 gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from graphbuild.cli.base import _user_errors
from graphbuild.cli.evaluate import eval_app
from graphbuild.rows import format_rows


@eval_app.command("time")
def eval_time(
    gold: Annotated[Path, typer.Argument(metavar="GOLD", help="Gold JSONL with `timexes` (timexes.jsonl).")],
    out_dir: Annotated[
        Path, typer.Argument(metavar="OUT_DIR", help="A `graphbuild build` output folder with its RDF file.")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object instead of a table.")
    ] = False,
) -> None:
    """Extent precision, recall and F1 (exact and overlap) and value accuracy, overall and per type.

    Only the gold articles OUT_DIR holds are scored: build the dev articles and the held-out ones
    into separate folders to quote them apart.

    \b
    Example: graphbuild eval time tests/data/gold/timexes.jsonl /tmp/time-dev
    """
    from graphbuild.evaluate.time import built_only, read_gold, read_system, score

    with _user_errors():
        system = read_system(out_dir)
        result = score(built_only(read_gold(gold), system), system)
    if as_json:
        typer.echo(json.dumps(result))
    else:
        typer.echo(format_rows([{"type": k, **v} for k, v in result.items()], "table"))
