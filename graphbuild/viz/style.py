"""How nodes and edges look: a colour and shape per entity type, shades per subtype, the legend."""

from __future__ import annotations

import colorsys
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from graphbuild.model import ENTITY_TYPES

if TYPE_CHECKING:
    from graphbuild.model import Entity

# In the order of ENTITY_TYPES, so a new type without a colour and shape fails at import.
COLOURS = dict(zip(ENTITY_TYPES, ("#d95f02", "#7570b3", "#1b9e77", "#8c8c8c"), strict=True))
SHAPES = dict(zip(ENTITY_TYPES, ("dot", "triangle", "square", "diamond"), strict=True))
# Colours for the optional "colour by community" view; communities past the palette repeat it.
COMMUNITY_PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#bcbd22", "#17becf", "#393b79", "#637939", "#843c39",
)  # fmt: skip

Colours = dict[tuple[str, str | None], str]


def shade(colour: str, amount: float) -> str:
    """``colour`` lighter (amount > 0) or darker (amount < 0), keeping its hue."""
    r, g, b = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    h, lightness, s = colorsys.rgb_to_hls(r, g, b)
    lightness = min(0.9, max(0.12, lightness + amount))
    return "#" + "".join(f"{round(c * 255):02x}" for c in colorsys.hls_to_rgb(h, lightness, s))


def subtype_colours(entities: Iterable[Entity]) -> Colours:
    """A shade of its type's colour for every (type, subtype) present, darkest to lightest by name."""
    subtypes: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        if e.subtype:
            subtypes[e.type].add(e.subtype)
    colours: Colours = {(t, None): c for t, c in COLOURS.items()}
    for etype, names in subtypes.items():
        ordered = sorted(names)
        for i, name in enumerate(ordered):
            step = (i / (len(ordered) - 1) - 0.5) if len(ordered) > 1 else 0.0
            colours[(etype, name)] = shade(COLOURS[etype], 0.36 * step)
    return colours


def group_name(etype: str, subtype: str | None) -> str:
    """The vis-network group (shape and colour) of a type and subtype."""
    return f"{etype}/{subtype}" if subtype else etype


def vis_groups(colours: Colours) -> dict[str, dict[str, Any]]:
    """vis-network's group options: nodes name their group instead of repeating shape and colour."""
    return {
        group_name(t, sub): {
            "shape": SHAPES[t],
            "color": {"background": colour, "border": shade(colour, -0.15)},
        }
        for (t, sub), colour in colours.items()
    }


def edge_label(lemma: str, negated: bool, modality: str | None) -> str:
    return " ".join(part for part in ("not" if negated else "", modality or "", lemma) if part)


def legend(shown: Sequence[Entity], wanted: set[str], colours: Colours) -> list[dict[str, Any]]:
    """One entry per wanted type, in ``ENTITY_TYPES`` order, with the drawn count of it and its subtypes."""
    type_counts = Counter(e.type for e in shown)
    subtype_counts = Counter((e.type, e.subtype) for e in shown if e.subtype)
    entries = []
    for etype in ENTITY_TYPES:
        if etype not in wanted:
            continue
        entries.append(
            {
                "type": etype,
                "colour": COLOURS[etype],
                "shape": SHAPES[etype],
                "count": type_counts.get(etype, 0),
                "subtypes": [
                    {"name": sub, "colour": colours[(t, sub)], "count": c}
                    for (t, sub), c in sorted(subtype_counts.items())
                    if t == etype
                ],
            }
        )
    return entries
