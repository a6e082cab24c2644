"""Query answers and score tables as text: an aligned table, CSV or JSON (the ``--format`` of the CLI).

The API returns plain rows (dicts); how they look on a terminal is decided here, in one place.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from typing import Any

from graphbuild.errors import QueryError

# C0 controls but tab and newline, DEL and C1: escape sequences that would drive the terminal
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_C1 = re.compile(r"[\x7f-\x9f]")
# a cell a spreadsheet would run as a formula (OWASP CSV injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _printable(text: str) -> str:
    """Control characters shown as ``\\xNN``: a value must not move the cursor or recolour the screen."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _csv_cell(value: Any) -> Any:
    """A text cell starting like a formula gets a leading ``'``; numbers stay numbers."""
    if isinstance(value, str):
        return _printable("'" + value if value.startswith(_FORMULA_START) else value)
    return value


def _json_value(value: Any) -> Any:
    """NaN and infinities as their XSD spellings: JSON has no such numbers."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("INF" if value > 0 else "-INF")
    return value


ROW_FORMATS = ("table", "csv", "json")


def check_row_format(fmt: str) -> str:
    """``fmt`` if it is one of ``ROW_FORMATS``; else a ``QueryError`` naming them (before slow work)."""
    if fmt not in ROW_FORMATS:
        raise QueryError(f"unknown --format {fmt!r}; use table, csv or json")
    return fmt


def format_rows(rows: list[dict[str, Any]], fmt: str, columns: list[str] | None = None) -> str:
    """Rows as a table, CSV or JSON; ``columns`` name the header of an empty answer."""
    if fmt == "json":
        safe = [{k: _json_value(v) for k, v in row.items()} for row in rows]
        text = json.dumps(safe, ensure_ascii=False, indent=2, allow_nan=False)
        return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)  # json leaves C1 raw
    if columns is None:
        columns = list(rows[0]) if rows else []
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows({c: _csv_cell(row[c]) for c in columns} for row in rows)
        return buf.getvalue().rstrip("\n")
    if not rows:
        return "0 rows"
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(*columns, show_lines=False)
    for row in rows:  # Text: square brackets in a value are text, not rich markup
        table.add_row(*(Text("" if row[c] is None else _printable(str(row[c]))) for c in columns))
    console = Console(file=io.StringIO(), width=200, force_terminal=False)
    console.print(table)
    return console.file.getvalue().rstrip("\n")  # type: ignore[attr-defined]
