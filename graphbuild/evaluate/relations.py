"""Score a build's network against gold relations between entity spans (re3d-style JSONL).

The question asked is the one a user asks of the network: is the fact the experts marked a line
between the two entities? A gold relation (source span -> target span) is found when a triple of
the same document joins, subject to object or subject to a linked prepositional argument, a node
matching the source to a node matching the target, in either direction. A node matches a span when
its label, an alias or the mention's text equals the span's text, or one holds the other as whole
words (3+ characters), case-insensitive and without a leading article. IsSynonymOf and HasAttrOf
are no relations between two entities and are left out.

Our own key-fact gold (``tests/data/gold/edges_*.jsonl``) has the same form plus ``reported`` and
``negated``; for it the found relations are also checked for the same status.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.errors import InputError

LEFT_OUT = frozenset({"IsSynonymOf", "HasAttrOf"})
MIN_CONTAINED = 3  # characters of the shorter form when one holds the other
_ARTICLE = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)


def fold(text: str) -> str:
    """Case, spacing and a leading article folded away."""
    return " ".join(_ARTICLE.sub("", " ".join(text.lower().split())).split())


def matches(a: str, b: str) -> bool:
    """Equal once folded, or one holds the other as whole words of 3+ characters."""
    a, b = fold(a), fold(b)
    if not a or not b:
        return False
    return a == b or any(
        len(x) >= MIN_CONTAINED and re.search(rf"(?<!\w){re.escape(x)}(?!\w)", y) for x, y in ((a, b), (b, a))
    )


@dataclass(frozen=True)
class Join:
    """Two nodes a triple joins: the names each end goes by, and the triple's status."""

    source: tuple[str, ...]
    target: tuple[str, ...]
    reported: bool
    negated: bool

    def links(self, one: str, other: str) -> bool:
        """True when this join links span ``one`` to span ``other`` in either direction."""
        a = any(matches(n, one) for n in self.source) and any(matches(n, other) for n in self.target)
        return a or (
            any(matches(n, other) for n in self.source) and any(matches(n, one) for n in self.target)
        )


# Why a gold relation is no edge: an end the build has no node for, or two nodes no triple joins.
NO_NODE = "no node for an end"
NOT_JOINED = "both ends are nodes, no triple joins them"


@dataclass(frozen=True)
class MissedRelation:
    """A gold relation that is no edge, and why: what to work on, the nodes or the facts."""

    doc: str
    type: str
    source: str
    target: str
    why: str

    def __str__(self) -> str:
        return f"{self.type} in {self.doc}: {self.source!r} -> {self.target!r} ({self.why})"


@dataclass
class RelationScore:
    """Per gold relation type: how many there are, how many are edges, how many with their status."""

    gold: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    same_status: Counter[str] = field(default_factory=Counter)
    has_status: bool = False
    missed: list[MissedRelation] = field(default_factory=list)

    def missed_by_cause(self) -> Counter[str]:
        return Counter(m.why for m in self.missed)

    def recall(self, type_: str) -> float:
        return self.found[type_] / self.gold[type_] if self.gold[type_] else 0.0

    def types(self) -> list[str]:
        """Types by number of gold relations, then name; ``ALL`` last."""
        return [*sorted((t for t in self.gold if t != "ALL"), key=lambda t: (-self.gold[t], t)), "ALL"]

    def as_rows(self) -> list[dict[str, object]]:
        rows = []
        for t in self.types():
            row: dict[str, object] = {
                "type": t,
                "gold": self.gold[t],
                "found": self.found[t],
                "recall": round(self.recall(t), 3),
            }
            if self.has_status:
                row["same_status"] = self.same_status[t]
            rows.append(row)
        return rows

    def as_dict(self) -> dict[str, Any]:
        return {
            t: {"gold": self.gold[t], "found": self.found[t], "recall": round(self.recall(t), 3)}
            for t in self.types()
        }


def document_joins(out_dir: Path) -> dict[str, list[Join]]:
    """Every pair of distinct nodes a triple of each document joins, read from a build's files."""
    entities, triples = out_dir / "entities.jsonl", out_dir / "triples.jsonl"
    for path in (entities, triples):
        if not path.is_file():
            raise InputError(f"{path} not found; give the folder `graphbuild build --out` wrote")
    names: dict[str, list[str]] = {}
    for record in _records(entities):
        names[record["id"]] = [record["label"], *record.get("aliases", [])]
    joins: dict[str, list[Join]] = defaultdict(list)
    for record in _records(triples):
        subject = record["subject"]
        if not subject.get("id"):
            continue
        reported = bool(record.get("attributed_to"))
        for end in (record["object"], *record.get("arguments", [])):
            end = end.get("mention", end)
            if end.get("id") and end["id"] != subject["id"]:
                joins[record["doc"]].append(
                    Join(
                        (*names.get(subject["id"], []), subject["text"]),
                        (*names.get(end["id"], []), end["text"]),
                        reported,
                        bool(record.get("negated")),
                    )
                )
    return joins


def document_nodes(out_dir: Path) -> dict[str | None, list[list[str]]]:
    """The names (label and aliases) of each document's nodes; entities of no listed document
    under ``None``, for every document."""
    nodes: dict[str | None, list[list[str]]] = defaultdict(list)
    for record in _records(out_dir / "entities.jsonl"):
        if record.get("node", True) is False:
            continue
        names = [record["label"], *record.get("aliases", [])]
        for doc in record.get("docs") or [None]:
            nodes[doc].append(names)
    return nodes


def score_relations(gold: Path, out_dir: Path) -> RelationScore:
    """Recall of ``gold``'s relations as edges of the build in ``out_dir``; each miss with why."""
    joins = document_joins(out_dir)
    nodes = document_nodes(out_dir)
    score = RelationScore()
    for record in _records(gold):
        for relation in record.get("relations", []):
            if relation["type"] in LEFT_OUT:
                continue
            one, other = relation["source"]["text"], relation["target"]["text"]
            hits = [j for j in joins.get(record["id"], []) if j.links(one, other)]
            status = "reported" in relation or "negated" in relation
            score.has_status |= status
            same = status and any(
                j.reported == bool(relation.get("reported")) and j.negated == bool(relation.get("negated"))
                for j in hits
            )
            for key in (relation["type"], "ALL"):
                score.gold[key] += 1
                score.found[key] += bool(hits)
                score.same_status[key] += same
            if not hits:
                # a node's names, and the text of every mention a triple links to a node ("they")
                known = [*nodes.get(record["id"], []), *nodes.get(None, [])]
                known += [j.source for j in joins.get(record["id"], [])]
                known += [j.target for j in joins.get(record["id"], [])]
                ends = [any(matches(n, span) for names in known for n in names) for span in (one, other)]
                why = NOT_JOINED if all(ends) else NO_NODE
                score.missed.append(MissedRelation(record["id"], relation["type"], one, other, why))
    if not score.gold:
        raise InputError(
            f"{gold} holds no relations between entities; give re3d-style JSONL with `relations`"
        )
    return score


def _records(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read {path}: {e.__class__.__name__}; give a JSON Lines file") from None
    records = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            raise InputError(f"{path}:{number}: not JSON; each line must be one JSON object") from None
    return records
