"""Edge recall of a build against re3d-format relation gold, and its network figures (a stopgap).

Issue 13's reading: a gold relation (source span -> target span) is found when a triple of the same
document joins, subject to object or subject to a linked argument, an entity matching the source to
an entity matching the target, in either direction. An entity matches a span when its label, an
alias or the mention's text equals the span's text or one contains the other as whole words (3+
characters), case-insensitive and without a leading article. IsSynonymOf and HasAttrOf are left out.
``graphbuild eval relations`` / ``eval edges`` (branch e13-eval) are the tools; this script printed
the figures of branch e13-edges before they existed.

    python benchmarks/edge_recall_quick.py ../shared/corpora/re3d-dev.jsonl OUT/
    python benchmarks/edge_recall_quick.py tests/data/gold/edges_dev.jsonl OUT/
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
LEFT_OUT = frozenset({"IsSynonymOf", "HasAttrOf"})


def _norm(text: str) -> str:
    return " ".join(_ARTICLE.sub("", " ".join(text.lower().split())).split())


def matches(a: str, b: str) -> bool:
    """Equal, or one holds the other as whole words (3+ characters)."""
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    return a == b or any(
        len(x) >= 3 and re.search(rf"(?<!\w){re.escape(x)}(?!\w)", y) for x, y in ((a, b), (b, a))
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    names = {}
    for line in (args.out / "entities.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        names[r["id"]] = [r["label"], *r.get("aliases", [])]
    joined: dict[str, list[tuple[list[str], list[str]]]] = defaultdict(list)
    edges, loops = set(), 0
    for line in (args.out / "triples.jsonl").open(encoding="utf-8"):
        r = json.loads(line)
        s = r["subject"]
        if s["id"] and r["object"]["id"]:
            if s["id"] == r["object"]["id"]:
                loops += 1
            else:
                edges.add((s["id"], r["object"]["id"]))
        for o in (r["object"], *r["arguments"]):
            if s["id"] and o.get("id") and o["id"] != s["id"]:
                joined[r["doc"]].append(
                    ([*names.get(s["id"], []), s["text"]], [*names.get(o["id"], []), o["text"]])
                )
    total, found = Counter(), Counter()
    for line in args.gold.open(encoding="utf-8"):
        g = json.loads(line)
        for rel in g.get("relations", []):
            if rel["type"] in LEFT_OUT:
                continue
            src, tgt = rel["source"]["text"], rel["target"]["text"]
            hit = any(
                (any(matches(n, src) for n in a) and any(matches(n, tgt) for n in b))
                or (any(matches(n, tgt) for n in a) and any(matches(n, src) for n in b))
                for a, b in joined[g["id"]]
            )
            for key in (rel["type"], "ALL"):
                total[key] += 1
                found[key] += hit
    print(
        " ".join(f"{t}={found[t] / total[t]:.3f}({total[t]})" for t in sorted(total, key=lambda t: -total[t]))
    )
    linked = {x for e in edges for x in e}
    isolated = 1 - len(linked & set(names)) / max(1, len(names))
    pairs = len({frozenset(e) for e in edges})
    print(f"nodes={len(names)} pairs={pairs} isolated={isolated:.3f} selfloop_triples={loops}")


if __name__ == "__main__":
    main()
