"""A site's name and the town it stands in, drawn by NER as one name: "the X Temple in Y"."""

from __future__ import annotations

from spacy.tokens import Span

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.places import lookup_place, lookup_town


def site_and_town(ent: Span, site_words: frozenset[str], lexicons: Lexicons) -> list[Span]:
    """``the Zorvan Temple in Kelbury``: a site's name NER ran on over "in" and a town GeoNames
    knows (or a country) is two names, the site and the place it is in (GPE). A name NER called a
    body's is a site's only when a place's noun (``site_words``: "Temple", "Mosque") ends it before
    "in" ("al-Qaeda in Iraq" is one body's name); a town whose name holds "in" ("Kirkby in
    Ashfield") is one place and stays whole."""
    doc = ent.doc
    cut = next((t.i for t in ent if t.lower_ == "in" and ent.start < t.i < ent.end - 1), None)
    if ent.label_ not in _SITE_LABELS or cut is None or lookup_town(ent.text, lexicons) is not None:
        return [ent]
    site_word = doc[cut - 1].text[:1].isupper() and doc[cut - 1].lower_ in site_words
    if ent.label_ == "ORG" and not site_word:
        return [ent]
    place = doc[cut + 1 : ent.end]
    if not (place[0].text[:1].isupper() and all(t.pos_ == "PROPN" for t in place)):
        return [ent]
    if lookup_place(place.text, lexicons) is None and lookup_town(place.text, lexicons) is None:
        return [ent]
    return [Span(doc, ent.start, cut, label=ent.label_), Span(doc, cut + 1, ent.end, label="GPE")]


# NER labels of a site's name that may run on over "in" and its town; a body's (ORG) only with a
# place's noun before "in".
_SITE_LABELS = frozenset({"FAC", "LOC", "ORG"})
