"""Judged triple precision by slice, over every blind before-sheet: can a filter reach the target?

Issue 18 asks 0.85 of random triples right on never-read articles; the blind samples give 0.55–0.73.
If some visible property of a triple (its confidence, its relation, a qualifier, where its subject
stands in the sentence, the sentence's length) picked out the wrong ones, leaving those triples out
would be a general lever. This prints, over the rows of each `freshN_triples*_judged.jsonl` judged
when its set was still unread (the "after" and second judgings left out), the share right in each
slice and what keeping only the rows above a confidence threshold gives.

    python benchmarks/judged_slices.py
    python benchmarks/judged_slices.py --sets 9 10 11 12 13
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "data" / "gold"
# A before-sheet of a blind set: "fresh9_triples_a_judged.jsonl", "fresh3_triples_judged.jsonl".
BEFORE_SHEET = re.compile(r"fresh(\d+)_triples(_[ab])?_judged\.jsonl")
COPULAS = frozenset({"is", "has", "is in", "said", "says"})


def rows(sets: list[int] | None) -> list[dict]:
    """The judged rows of the before-sheets (of the given set numbers, or of all)."""
    found = []
    for path in sorted(GOLD.glob("fresh*_triples*_judged.jsonl")):
        match = BEFORE_SHEET.fullmatch(path.name)
        if match is None or (sets and int(match.group(1)) not in sets):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            if row.get("verdict") in ("right", "wrong") and "confidence" in row:
                found.append(row)
    return found


def _subject_place(row: dict) -> str:
    at = row["sentence"].find(row["subject"])
    return "not verbatim" if at < 0 else ("opens the sentence" if at < 40 else "later")


SLICES: dict[str, Callable[[dict], object]] = {
    "relation": lambda r: r["relation"] if r["relation"] in COPULAS else "a verb",
    "subject is a node": lambda r: r["subject_node"] is not None,
    "object is a node": lambda r: r["object_node"] is not None,
    "negated": lambda r: r["negated"],
    "modality": lambda r: r["modality"] is not None,
    "attributed": lambda r: r["attributed_to"] is not None,
    "subject in the sentence": _subject_place,
    "sentence words // 15 * 15": lambda r: min(len(r["sentence"].split()) // 15 * 15, 60),
    "quotation in the sentence": lambda r: any(q in r["sentence"] for q in '"“”'),
}


def _share(group: list[dict]) -> str:
    right = sum(r["verdict"] == "right" for r in group)
    return f"{right:4d} / {len(group):4d} right ({right / max(len(group), 1):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=int, nargs="+", help="set numbers (default: every fresh set)")
    args = parser.parse_args()
    judged = rows(args.sets)
    print(f"all: {_share(judged)}")
    for name, key in SLICES.items():
        groups: dict[object, list[dict]] = {}
        for row in judged:
            groups.setdefault(key(row), []).append(row)
        print(name)
        for value, group in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print(f"  {value!s:20} {_share(group)}")
    print("kept by confidence")
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
        kept = [r for r in judged if r["confidence"] >= threshold]
        print(f"  >= {threshold:.1f}: {len(kept) / len(judged):.2f} of rows, {_share(kept)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
