"""Rows that changed between two builds of the same articles: how far a rule reaches beyond the judged rows.

A rule written from judged rows of studied sets should also fire on text nobody judged. Build a set that
no one reads for rules (``rule-check`` in ``benchmarks/devsets.py``) with the old and the new code and list
the triple and node rows gone and new, with a seeded sample to read against their sentences:

    python benchmarks/build_diff.py old/ new/                 # counts and 15 sampled changes of each kind
    python benchmarks/build_diff.py old/ new/ --show 40 --seed 2
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from precision_sample import node_items, triple_items  # noqa: E402
from studied_rows import node_key, triple_key  # noqa: E402


def changed(old: list[dict], new: list[dict], key) -> tuple[list[dict], list[dict]]:
    """Rows of old missing from new (gone) and rows of new missing from old (new), by key."""
    old_keys = {key(r) for r in old}
    new_keys = {key(r) for r in new}
    return [r for r in old if key(r) not in new_keys], [r for r in new if key(r) not in old_keys]


def _line(row: dict) -> str:
    if "relation" not in row:
        return f"{row['label']} [{row['type']}]"
    flags = [f for f in ("negated",) if row.get(f)]
    flags += [f"{f}={row[f]}" for f in ("modality", "attributed_to") if row.get(f)]
    args = f" + {row['arguments']}" if row.get("arguments") else ""
    return (
        f"{row['subject']} | {row['relation']} | {row['object']}{args} {' '.join(flags)}\n"
        f"        <- {row['sentence']}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="build folder of the old code")
    parser.add_argument("new", type=Path, help="build folder of the new code, same articles")
    parser.add_argument("--show", type=int, default=15, help="sampled rows to print per kind")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    for kind, items, key in (("triple", triple_items, triple_key), ("node", node_items, node_key)):
        old, new = items(args.old), items(args.new)
        gone, came = changed(old, new, key)
        print(f"{kind}s: {len(old)} -> {len(new)}; {len(gone)} gone, {len(came)} new")
        for what, rows in (("gone", gone), ("new", came)):
            for row in rng.sample(rows, min(args.show, len(rows))):
                print(f"  {what} {_line(row)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
