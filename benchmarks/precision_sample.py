"""Draw a seeded random sample of a build's triples or typed nodes, as a sheet to judge by hand.

Precision is judged by people, item by item against the sentence, not by token overlap. This
prints (or writes) one JSON line per sampled item with what a judge needs and an empty ``verdict``
field (``right`` / ``wrong`` plus an ``error`` kind); the judged sheets are kept in tests/data/.

    python benchmarks/precision_sample.py OUT --kind triples -n 100 --seed 1 --out sheet.jsonl
    python benchmarks/precision_sample.py OUT --kind nodes -n 100 --seed 1 --out nodes.jsonl
    python benchmarks/precision_sample.py --score sheet.jsonl      # precision and the error table
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def triple_items(out: Path) -> list[dict]:
    """Every triple as the judge sees it: the sentence and the fact, with its qualifiers."""
    items = []
    for t in _read(out / "triples.jsonl"):
        items.append(
            {
                "doc": t["doc"],
                "sentence": t["sentence"],
                "subject": t["subject"]["text"],
                "subject_node": t["subject"].get("label") if t["subject"].get("id") else None,
                "relation": t["relation"]["text"],
                "object": t["object"]["text"],
                "object_node": t["object"].get("label") if t["object"].get("id") else None,
                "arguments": [f"{a['role']}: {a['text']}" for a in t.get("arguments", [])],
                "negated": t["negated"],
                "modality": t["modality"],
                "attributed_to": t["attributed_to"],
                "confidence": t["confidence"],
            }
        )
    return items


def node_items(out: Path) -> list[dict]:
    """Every typed node with one sentence that mentions it, so the judge can tell what it is."""
    sentences: dict[str, str] = {}
    for t in _read(out / "triples.jsonl"):
        for end in (t["subject"], t["object"], *t.get("arguments", [])):
            if end.get("id"):
                sentences.setdefault(end["id"], t["sentence"])
    return [
        {
            "label": e["label"],
            "type": e["type"],
            "subtype": e.get("subtype"),
            "aliases": e.get("aliases", []),
            "docs": len(e.get("docs", [])),
            "example": sentences.get(e["id"]),
        }
        for e in _read(out / "entities.jsonl")
        if e["type"] != "Other" and e.get("node", True)
    ]


def score(sheet: Path) -> None:
    judged = [r for r in _read(sheet) if r.get("verdict")]
    right = sum(r["verdict"] == "right" for r in judged)
    print(
        f"{sheet}: {right}/{len(judged)} right, precision {right / len(judged):.2f}"
        if judged
        else "none judged"
    )
    for kind, n in Counter(r.get("error") or "?" for r in judged if r["verdict"] != "right").most_common():
        print(f"  {n:3}  {kind}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", help="a graphbuild build output folder")
    parser.add_argument("--kind", choices=("triples", "nodes"), default="triples")
    parser.add_argument("-n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", dest="sheet", type=Path, help="write the sheet here (default: stdout)")
    parser.add_argument("--score", type=Path, help="score a judged sheet instead of drawing one")
    args = parser.parse_args()
    if args.score:
        score(args.score)
        return 0
    if args.out is None:
        parser.error("give a build output folder, or --score SHEET")
    items = triple_items(args.out) if args.kind == "triples" else node_items(args.out)
    sample = random.Random(args.seed).sample(items, min(args.n, len(items)))
    lines = "".join(
        json.dumps({**item, "verdict": None, "error": None}, ensure_ascii=False) + "\n" for item in sample
    )
    if args.sheet:
        args.sheet.write_text(lines, encoding="utf-8")
        print(f"{len(sample)} of {len(items)} {args.kind} -> {args.sheet}")
    else:
        sys.stdout.write(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
