"""Judged mention rows of the studied blind sets against a build: resolved right and wrong, paired.

Each ``tests/data/gold/freshK_mentions*_judged.jsonl`` row (a pronoun or definite description, the
entity it was resolved to, a verdict) is looked up in the build's mentions (``precision_sample``'s
sheet items) by document and offsets. A row resolved as judged keeps its verdict; one now left
unresolved that was resolved counts as dropped (a fix when it was wrong, a loss when it was right);
one resolved to something else is listed for a look. These are dev figures: the sets were read.

    python benchmarks/judged_mentions.py new/ --sets 16 17 18 19 20 --base old/
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from precision_sample import mention_items  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold"


def judged(sets: list[int]) -> dict[tuple, dict]:
    """Judged mention rows by (doc, start, end); the first sheet's verdict wins."""
    rows: dict[tuple, dict] = {}
    for k in sets:
        for path in sorted(GOLD.glob(f"fresh{k}_mentions*judged.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                rows.setdefault((k, row["doc"], row["start"], row["end"]), row)
    return rows


def resolutions(out: Path, sets: list[int]) -> dict[tuple, str | None]:
    found: dict[tuple, str | None] = {}
    for k in sets:
        for item in mention_items(out / f"f{k}"):
            found[(k, item["doc"], item["start"], item["end"])] = item["resolved_to"]
    return found


def _same(was: str | None, is_: str | None) -> bool:
    """The same node, its label perhaps completed ("José Eduardo" -> "José Eduardo dos Santos")."""
    if was is None or is_ is None:
        return was is is_
    a, b = (re.sub(r"\W+", "", x.lower()) for x in (was, is_))
    return a in b or b in a


def outcome(row: dict, now: dict[tuple, str | None], key: tuple) -> str:
    """right / wrong (resolved as judged), missed / null-right (unresolved as judged), or a change."""
    if key not in now:
        return "absent"
    was, is_ = row["resolved_to"], now[key]
    if _same(was, is_):
        if is_ is None:
            return "missed" if row["verdict"] != "right" else "null-right"
        return "right" if row["verdict"] == "right" else "wrong"
    if is_ is None:
        return "dropped-right" if row["verdict"] == "right" else "dropped-wrong"
    return "changed"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a folder with fK builds (studied_rows.py --build)")
    parser.add_argument("--base", type=Path, help="an earlier such folder, to list rows that changed")
    parser.add_argument("--sets", type=int, nargs="+", default=[12, 13, 14, 16, 18, 19, 20])
    args = parser.parse_args()
    rows = judged(args.sets)
    builds = [("base", args.base)] if args.base else []
    for name, folder in [*builds, ("new", args.out)]:
        now = resolutions(folder, args.sets)
        counts = collections.Counter(outcome(row, now, key) for key, row in rows.items())
        right, wrong = counts["right"], counts["wrong"]
        print(
            f"{name}: resolved {right} right / {wrong} wrong ({right / max(right + wrong, 1):.3f}); "
            + ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k not in ("right", "wrong"))
        )
    if args.base:
        old, now = resolutions(args.base, args.sets), resolutions(args.out, args.sets)
        for key, row in rows.items():
            if (key in old) != (key in now) or (key in old and not _same(old[key], now[key])):
                print(
                    f"  [{row['verdict']}, {row.get('error')}] {row['mention']!r}: "
                    f"{old.get(key, 'absent')!r} -> {now.get(key, 'absent')!r} | {row['sentence'][:120]}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
