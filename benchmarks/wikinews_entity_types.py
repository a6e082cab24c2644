"""Agreement of graphbuild's entity types with hand annotations of 20 Wikinews conflict articles.

Builds the annotated articles from ../shared/corpora/wikinews-en-conflict-200.jsonl (read, never
copied) and prints, per annotated entity, whether a node with that label or alias exists and has
the annotated type; then the share found, the share with the right type and with the right subtype.

    python benchmarks/wikinews_entity_types.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import graphbuild  # noqa: E402
from graphbuild.evaluate.entities import fold  # noqa: E402

ANNOTATIONS = ROOT / "tests" / "data" / "wikinews_entity_types.json"


def agreement(graph: graphbuild.KnowledgeGraph, articles: list[dict]) -> dict[str, float]:
    """Shares of annotated entities found, found with the right type, and with the right subtype."""
    total = found = typed = subtyped = 0
    for article in articles:
        # a typing check: typed mentions that are no nodes ("the police") count too
        nodes = [e for e in (*graph.entities, *graph.typed_mentions) if article["id"] in e.docs]
        for name, type_, subtype in article["entities"]:
            total += 1
            match = [e for e in nodes if fold(name) in {fold(f) for f in (e.label, *e.aliases)}]
            right = [e for e in match if e.type == type_]
            found += bool(match)
            typed += bool(right)
            subtyped += any(e.subtype == subtype for e in right)
            print(
                f"{article['id'][:40]:40} {name:28} {type_:7} {'ok' if right else 'MISS':4} "
                f"{', '.join(f'{e.type}/{e.subtype}' for e in match) or '-'}"
            )
    return {"entities": total, "found": found / total, "type": typed / total, "subtype": subtyped / total}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    data = json.loads(ANNOTATIONS.read_text(encoding="utf-8"))
    wanted = {a["id"] for a in data["articles"]}
    corpus = args.shared / "corpora" / "wikinews-en-conflict-200.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        subset = Path(tmp) / "subset.jsonl"
        with corpus.open(encoding="utf-8") as src, subset.open("w", encoding="utf-8") as dst:
            dst.writelines(line for line in src if json.loads(line)["id"] in wanted)
        graph = graphbuild.build([subset])
    scores = agreement(graph, data["articles"])
    print(
        f"\n{scores['entities']} annotated entities in {len(wanted)} articles: found {scores['found']:.2f}, "
        f"right type {scores['type']:.2f}, right subtype {scores['subtype']:.2f}"
    )


if __name__ == "__main__":
    main()
