"""Query answers and score tables as text: an aligned table, CSV or JSON (the ``--format`` of the CLI).

The API returns plain rows (dicts); how they look on a terminal is decided here, in one place.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any


def format_rows(rows: list[dict[str, Any]], fmt: str) -> str:
    """``rows`` in ``fmt``: ``table`` (aligned, 200 columns wide), ``csv`` or ``json``."""
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
