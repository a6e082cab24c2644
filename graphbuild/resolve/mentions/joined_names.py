"""A place named from its location noun ("Norwich University Hospital", "Parinacota Region") opens
where NER's name made whole over "and" opens ("Norfolk and Norwich University Hospital", by
``cut_names.whole_body``): the two words before "and" share the head, and the place named from its
last words alone is a cut piece of that name."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from graphbuild.resolve.mentions.mention import EntityMention


def joined_place_names(doc: Doc, candidates: list[EntityMention]) -> list[EntityMention]:
    """Each place from a location noun (a ``phrase`` mention) that ends an NER name joined by "and"
    grown to that name's start; every other candidate unchanged."""
    joined = [m for m in candidates if m.source == "ner" and _joined(doc, m.start, m.end)]
    out = []
    for m in candidates:
        whole = next((n for n in joined if n.end == m.end and n.start < m.start), None)
        if whole is not None and m.source == "phrase" and m.type == "Region":
            m = replace(m, start=whole.start, text=whole.text, name=whole.name)
        out.append(m)
    return out


def _joined(doc: Doc, start: int, end: int) -> bool:
    """The words are one capitalised word, "and", and capitalised words ("Norfolk and Norwich ...")."""
    return (
        end - start > 2
        and doc[start + 1].lower_ == "and"
        and all(t.text[:1].isupper() for i, t in enumerate(doc[start:end]) if i != 1)
    )
