"""Temporal expressions scored against gold: extent F1 (exact and overlap) and value accuracy.

Gold and system records are ``{"id", "timexes": [{"text", "begin", "end", "type", "value",
"granularity"}]}`` with source offsets. Value accuracy counts, over the extents that overlap a gold
one, those whose value equals the gold value, as TempEval-3 does.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from graphbuild.errors import StoreError


def read_gold(path: Path) -> dict[str, list[dict]]:
    """Gold timexes by article id."""
    with path.open(encoding="utf-8") as f:
        return {r["id"]: r["timexes"] for r in map(json.loads, filter(str.strip, f))}


def read_system(folder: Path) -> dict[str, list[dict]]:
    """The ``gb:TimeExpression`` nodes of a build's graph file, by article id."""
    import pyoxigraph

    from graphbuild.output import newest_graph_file
    from graphbuild.vocab import GB

    path = newest_graph_file(folder)
    if path is None:
        raise StoreError(f"{folder}: no graph file; build it with `graphbuild build` first")
    gb, dct = str(GB), "http://purl.org/dc/terms/"
    keys = {gb + "text": "text", gb + "charStart": "begin", gb + "charEnd": "end", gb + "timeValue": "value",
            gb + "granularity": "granularity", gb + "timexType": "type", dct + "identifier": "id",
            gb + "timeExpression": "expr"}  # fmt: skip
    nodes: dict[str, dict] = defaultdict(dict)
    owners: dict[str, str] = {}
    for q in pyoxigraph.parse(path=str(path)):
        key = keys.get(q.predicate.value)
        if key == "expr":
            owners[q.object.value] = q.subject.value
        elif key:
            nodes[q.subject.value][key] = q.object.value
    out: dict[str, list[dict]] = {v["id"]: [] for v in nodes.values() if "id" in v}
    for node, doc in owners.items():
        record = dict(nodes[node], begin=int(nodes[node]["begin"]), end=int(nodes[node]["end"]))
        out[nodes[doc]["id"]].append(record)
    return out


def built_only(gold: dict[str, list[dict]], system: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """The gold articles the build holds, so one gold file scores a dev build and a held-out build apart.

    The sample article's gold id is ``seed:NAME``; built from its file, its id is ``NAME``.
    """
    return {k: v for k, v in gold.items() if k in system or k.removeprefix("seed:") in system}


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: dict[str, list[dict]], system: dict[str, list[dict]]) -> dict[str, dict[str, float]]:
    """Scores over the gold articles, overall and per gold type (``all``, ``DATE``, ``TIME``, ...)."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for doc_id, golds in gold.items():
        found = system.get(doc_id) or system.get(doc_id.removeprefix("seed:"), [])
        for kind in ["all", *sorted({g["type"] for g in golds} | {s.get("type", "DATE") for s in found})]:
            gs = [g for g in golds if kind in ("all", g["type"])]
            ss = [s for s in found if kind in ("all", s.get("type", "DATE"))]
            c = counts[kind]
            c["gold"] += len(gs)
            c["system"] += len(ss)
            c["exact"] += sum(any((s["begin"], s["end"]) == (g["begin"], g["end"]) for s in ss) for g in gs)
            c["exact_sys"] += sum(
                any((s["begin"], s["end"]) == (g["begin"], g["end"]) for g in gs) for s in ss
            )
            c["overlap"] += sum(any(s["begin"] < g["end"] and g["begin"] < s["end"] for s in ss) for g in gs)
            c["overlap_sys"] += sum(
                any(s["begin"] < g["end"] and g["begin"] < s["end"] for g in gs) for s in ss
            )
            for g in gs:  # value accuracy on matched extents (the gold expression's type)
                match = [s for s in found if s["begin"] < g["end"] and g["begin"] < s["end"]]
                if match:
                    c["matched"] += 1
                    c["value"] += match[0].get("value") == g["value"]
    out = {}
    for kind, c in counts.items():
        row = {"gold": c["gold"], "system": c["system"]}
        for name in ("exact", "overlap"):
            p, r = _ratio(c[name + "_sys"], c["system"]), _ratio(c[name], c["gold"])
            row |= {f"{name}_p": round(p, 3), f"{name}_r": round(r, 3), f"{name}_f1": round(_f1(p, r), 3)}
        row["value_accuracy"] = round(_ratio(c["value"], c["matched"]), 3)
        row["matched"] = c["matched"]
        out[kind] = row
    return out
