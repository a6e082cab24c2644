"""Judged rows of the studied blind sets still present in a build: a rule's effect on them, paired.

Each ``precision-freshK`` set (``benchmarks/devsets.py``) is built on its own; every judged triple or
node row of ``tests/data/gold/freshK_*_judged.jsonl`` is looked up in the build by all its fields
(a row whose text, nodes or qualifiers changed counts as gone). With ``--base`` the rows that
disappeared or came back between two builds are listed with their verdict. These are dev figures:
the sets were judged, so they were read; the blind figure of a stop is its new set's.

    python benchmarks/studied_rows.py new/ --build                 # build fresh3..11 into new/f3 …
    python benchmarks/studied_rows.py new/ --base old/             # compare with an earlier build
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from precision_sample import node_items, triple_items  # noqa: E402

GOLD = ROOT / "tests" / "data" / "gold"
TRIPLE_FIELDS = (
    "doc",
    "sentence",
    "subject",
    "subject_node",
    "relation",
    "object",
    "object_node",
    "arguments",
    "negated",
    "modality",
    "attributed_to",
)


def triple_key(row: dict) -> str:
    return json.dumps([row.get(f) for f in TRIPLE_FIELDS], ensure_ascii=False, sort_keys=True)


def node_key(row: dict) -> str:
    return json.dumps([row["label"], row["type"]], ensure_ascii=False)


def build(out: Path, sets: list[int]) -> None:
    """Each set's articles (devsets.py) and its build, one process per set."""
    for k in sets:
        corpus = out / f"fresh{k}.jsonl"
        run = [
            sys.executable,
            str(ROOT / "benchmarks" / "devsets.py"),
            f"precision-fresh{k}",
            "--out",
            str(corpus),
        ]
        subprocess.run(run, check=True, capture_output=True)
        graph = [
            sys.executable,
            "-m",
            "graphbuild",
            "build",
            str(corpus),
            "--out",
            str(out / f"f{k}"),
            "--quiet",
        ]
        subprocess.run(graph, check=True, cwd=ROOT, capture_output=True)


def judged(sets: list[int]) -> tuple[dict[str, dict], dict[str, dict]]:
    """Judged triple and node rows of the sets, by key (a second judging is left out)."""
    triples: dict[str, dict] = {}
    nodes: dict[str, dict] = {}
    for k in sets:
        for path in sorted(GOLD.glob(f"fresh{k}_*judged.jsonl")):
            if "second" in path.name:
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                if "relation" in row:
                    triples.setdefault(triple_key(row), row)
                elif "label" in row:
                    nodes.setdefault(node_key(row), row)
    return triples, nodes


def present(out: Path, sets: list[int]) -> tuple[set[str], set[str]]:
    triples: set[str] = set()
    nodes: set[str] = set()
    for k in sets:
        triples |= {triple_key(r) for r in triple_items(out / f"f{k}")}
        nodes |= {node_key(r) for r in node_items(out / f"f{k}")}
    return triples, nodes


def tally(found: set[str], rows: dict[str, dict]) -> str:
    counts = collections.Counter(rows[k]["verdict"] for k in rows if k in found)
    right, wrong = counts["right"], counts["wrong"]
    return f"{right} right / {wrong} wrong ({right / max(right + wrong, 1):.3f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a folder with f3 … f11 builds (made with --build)")
    parser.add_argument("--base", type=Path, help="an earlier such folder, to list rows gone or back")
    parser.add_argument(
        "--sets", type=int, nargs="+", default=[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]
    )
    parser.add_argument("--build", action="store_true", help="build the sets into OUT first")
    args = parser.parse_args()
    if args.build:
        args.out.mkdir(parents=True, exist_ok=True)
        build(args.out, args.sets)
    rows_t, rows_n = judged(args.sets)
    now_t, now_n = present(args.out, args.sets)
    print(f"judged triples present: {tally(now_t, rows_t)}")
    print(f"judged nodes present:   {tally(now_n, rows_n)}")
    if args.base is not None:
        old_t, old_n = present(args.base, args.sets)
        for kind, rows, now, old in (("triple", rows_t, now_t, old_t), ("node", rows_n, now_n, old_n)):
            for key, row in rows.items():
                if (key in now) != (key in old):
                    what = "back" if key in now else "gone"
                    text = (
                        key
                        if kind == "node"
                        else " | ".join([row["subject"], row["relation"], row["object"]])
                    )
                    print(f"  {what} {kind} [{row['verdict']}, {row.get('error')}] {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
