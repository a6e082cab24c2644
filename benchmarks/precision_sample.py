"""Draw a seeded random sample of a build's triples or typed nodes, as a sheet to judge by hand.

Precision is judged by people, item by item against the sentence, not by token overlap. This
prints (or writes) one JSON line per sampled item with what a judge needs and an empty ``verdict``
field (``right`` / ``wrong`` plus an ``error`` kind); the judged sheets are kept in tests/data/.

    python benchmarks/precision_sample.py OUT --kind triples -n 100 --seed 1 --out sheet.jsonl
    python benchmarks/precision_sample.py OUT --kind nodes -n 100 --seed 1 --out nodes.jsonl
    python benchmarks/precision_sample.py OUT --kind mentions -n 100 --seed 1 --out coref.jsonl
    python benchmarks/precision_sample.py --score sheet.jsonl      # precision, error table, confidence AUC
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def triple_items(out: Path) -> list[dict]:
    """Every triple as the judge sees it: the sentence and the fact, with its qualifiers."""
    return [item_of_record(t) for t in _read(out / "triples.jsonl")]


def item_of_record(t: dict) -> dict:
    """One line of ``triples.jsonl`` as a row of a sheet."""
    return {
        "doc": t["doc"],
        "sentence": t["sentence"],
        "subject": shown_text(t["subject"]),
        "subject_node": t["subject"].get("label") if t["subject"].get("id") else None,
        "relation": t["relation"]["text"],
        "object": shown_text(t["object"]),
        "object_node": t["object"].get("label") if t["object"].get("id") else None,
        "arguments": [f"{a['role']}: {a['text']}" for a in t.get("arguments", [])],
        "negated": t["negated"],
        "modality": t["modality"],
        "attributed_to": t["attributed_to"],
        "confidence": t["confidence"],
    }


def shown_text(end: dict) -> str:
    """An end's words as a reader should see them: a phrase linked to no node shows its label, which
    names the owner a possessive pronoun stands for ("his name" -> "Ana Ruiz's name")."""
    return end["text"] if end.get("id") else end.get("label") or end["text"]


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


PRONOUNS = frozenset(
    [
        "it",
        "he",
        "she",
        "they",
        "him",
        "her",
        "them",
        "we",
        "us",
        "i",
        "me",
        "you",
        "this",
        "that",
        "these",
        "those",
    ]
)
# "the/this/... + lower-case words": a definite description, not a name ("the Sahel")
DEFINITE = re.compile(r"^(?:the|this|that|these|those)(?: [a-z][\w'-]*){1,4}$", re.IGNORECASE)


def _is_anaphor(text: str) -> bool:
    words = text.split()
    if len(words) == 1:
        return text.lower() in PRONOUNS
    return bool(DEFINITE.match(text)) and all(not w[:1].isupper() for w in words[1:])


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def _resolved_to(end: dict) -> str | None:
    """The node a mention was resolved to, unless that node is the description itself."""
    label = end.get("label") if end.get("id") else None
    if label and _squash(label) in _squash(end["text"]):
        return None
    return label


def mention_items(out: Path) -> list[dict]:
    """Every pronoun or definite description that is a fact's subject or object, resolved or not.

    Judges say for a resolved one whether the node is what it refers to, and for an unresolved one
    whether it refers to an entity named in the article (a miss): precision and recall of coreference.
    """
    seen: dict[tuple, dict] = {}
    for t in _read(out / "triples.jsonl"):
        for end in (t["subject"], t["object"]):
            if end.get("start") is None or not _is_anaphor(end["text"]):
                continue
            seen.setdefault(
                (t["doc"], end["start"], end["end"]),
                {
                    "doc": t["doc"],
                    "sentence": t["sentence"],
                    "mention": end["text"],
                    "start": end["start"],
                    "end": end["end"],
                    "resolved_to": _resolved_to(end),
                },
            )
    return list(seen.values())


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
    ranked = [r for r in judged if r.get("confidence") is not None]
    right_c = [r["confidence"] for r in ranked if r["verdict"] == "right"]
    wrong_c = [r["confidence"] for r in ranked if r["verdict"] != "right"]
    if right_c and wrong_c:  # does ranking by confidence put right facts first?
        auc = sum((a > b) + 0.5 * (a == b) for a in right_c for b in wrong_c) / (len(right_c) * len(wrong_c))
        ranked.sort(key=lambda r: -r["confidence"])
        half = len(ranked) // 2
        top = sum(r["verdict"] == "right" for r in ranked[:half]) / max(half, 1)
        print(f"  confidence ranks right above wrong: AUC {auc:.2f}; precision of the top half {top:.2f}")
    if judged and "resolved_to" in judged[0]:
        resolved = [r for r in judged if r["resolved_to"]]
        good = sum(r["verdict"] == "right" for r in resolved)
        missed = sum(r.get("error") == "missed" for r in judged)
        print(f"  resolved: {good}/{len(resolved)} right, precision {good / max(len(resolved), 1):.2f}")
        print(f"  recall {good / max(good + missed, 1):.2f} ({missed} unresolved that name an entity)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", help="a graphbuild build output folder")
    parser.add_argument("--kind", choices=("triples", "nodes", "mentions"), default="triples")
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
    items = {"triples": triple_items, "nodes": node_items, "mentions": mention_items}[args.kind](args.out)
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
