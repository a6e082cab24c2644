"""Score a build's entities against gold entity annotations (re3d-style JSONL).

The question asked is the one a user asks of the node list: for each distinct name the experts
marked, is there a node (by label or alias) of the right coarse type? Gold types map to ours as
Person, Organisation, Nationality -> Actor; Location -> Region; Weapon, MilitaryPlatform -> Weapon.
Forms are compared after folding case, whitespace, a leading "the" and a trailing possessive.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.errors import InputError
from graphbuild.model import ENTITY_TYPES, EntityType

# Gold annotation types -> our entity types.
GOLD_TYPES: dict[str, EntityType] = {
    "Person": "Actor",
    "Organisation": "Actor",
    "Nationality": "Actor",
    "Location": "Region",
    "Weapon": "Weapon",
    "MilitaryPlatform": "Weapon",
}
# The types scored: ours that gold annotates, in alphabetical order (the rows of the report).
COARSE_TYPES: tuple[EntityType, ...] = tuple(sorted(t for t in ENTITY_TYPES if t in GOLD_TYPES.values()))


def fold(form: str) -> str:
    """The comparison key of a surface form."""
    form = " ".join(form.replace("\u2019", "'").split()).lower()
    form = re.sub(r"^(all|both|some)\s+", "", form)
    form = re.sub(r"^(the|a|an|this|that|these|those|its|their|our|his|her|my|your)\s+", "", form)
    form = re.sub(r"\s*'s?$", "", form)
    return form.strip(" .,;:")


@dataclass
class EntityScore:
    """Per coarse type: how many unique gold forms there are and how many were found."""

    gold: dict[str, int] = field(default_factory=dict)
    found: dict[str, int] = field(default_factory=dict)
    missed: dict[str, list[str]] = field(default_factory=dict)

    def share(self, type_: str) -> float:
        return self.found.get(type_, 0) / self.gold[type_] if self.gold.get(type_) else 0.0

    def as_rows(self) -> list[dict[str, object]]:
        return [
            {
                "type": t,
                "gold_forms": self.gold.get(t, 0),
                "found": self.found.get(t, 0),
                "share": round(self.share(t), 3),
            }
            for t in COARSE_TYPES
        ]


def _read_jsonl(path: Path, what: str) -> list[dict]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(f"cannot read {what} {path}: {e.strerror}; check the path") from e
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise InputError(f"{path}:{n} is not JSON ({e.msg}); {what} must be JSON Lines") from e
    return out


def read_gold_forms(path: Path) -> dict[str, set[str]]:
    """Unique folded gold surface forms per coarse type."""
    forms: dict[str, set[str]] = defaultdict(set)
    records = _read_jsonl(path, "gold file")
    if not any("entities" in r for r in records):
        raise InputError(f"{path} has no 'entities' field; pass a gold corpus such as re3d-dev.jsonl")
    for record in records:
        for ent in record.get("entities") or []:
            coarse = GOLD_TYPES.get(ent.get("type", ""))
            if coarse and fold(ent["text"]):
                forms[coarse].add(fold(ent["text"]))
    return forms


def read_system_forms(out_dir: Path) -> dict[str, set[str]]:
    """Folded labels and aliases of a build's entities per type."""
    path = out_dir / "entities.jsonl" if out_dir.is_dir() else out_dir
    if not path.is_file():
        raise InputError(f"no entities.jsonl in {out_dir}; pass a `graphbuild build` output folder")
    forms: dict[str, set[str]] = defaultdict(set)
    for entity in _read_jsonl(path, "entities file"):
        for form in [entity["label"], *entity.get("aliases", [])]:
            forms[entity["type"]].add(fold(form))
    return forms


def score_entities(gold: Path, out_dir: Path) -> EntityScore:
    """Share of unique gold forms found as a label or alias with the right coarse type."""
    gold_forms = read_gold_forms(gold)
    system = read_system_forms(out_dir)
    result = EntityScore()
    for type_ in COARSE_TYPES:
        forms = gold_forms.get(type_, set())
        hits = forms & system.get(type_, set())
        result.gold[type_] = len(forms)
        result.found[type_] = len(hits)
        result.missed[type_] = sorted(forms - hits)
    return result


__all__ = ["COARSE_TYPES", "GOLD_TYPES", "EntityScore", "fold", "read_gold_forms", "score_entities"]
