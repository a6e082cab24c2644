"""Parts of places: a compass word before a place ("northern Syria") and geographic coordinates."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from graphbuild.nlp import doc_text, token_table
from graphbuild.resolve.mentions.mention import EntityMention, country_code
from graphbuild.resolve.places import lookup_place

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

_DMS = r"(\d{1,3})°\s*(?:(\d{1,2})[′']\s*)?(?:(\d{1,2}(?:\.\d+)?)[″\"]\s*)?([NSEW])"
_DECIMAL = r"(\d{1,3}\.\d+)°\s*([NSEW])"
COORDINATES = re.compile(
    rf"(?P<dms>{_DMS}\s+{_DMS})|(?P<dec>{_DECIMAL}\s+{_DECIMAL})|(?P<bare>-?\d{{1,2}}\.\d{{3,}};\s*-?\d{{1,3}}\.\d{{3,}})"
)


# NER labels of names a compass word may open without naming a part of a place.
_NAME_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT"})


def place_parts(doc: Doc, tables: MentionTables) -> list[EntityMention]:
    """``northern Syria``, ``eastern Aleppo``: a compass word before a place is a region of it.

    The place is the whole of the name NER found there: a shorter place name it opens ("Baja" of
    "Baja California", "Santa" of "Santa Cruz") is no part's place."""
    compass = tables.compass_words
    names = tables.gazetteer.names
    lower = token_table(doc).lower
    out = []
    for token in (doc[i] for i in range(len(doc) - 1) if lower[i] in compass):
        if not doc[token.i + 1].text[:1].isupper():
            continue
        if (
            token.text[:1].isupper()
            and token.i > 0
            and doc[token.i - 1].text[:1].isupper()
            and not token.is_sent_start
        ):
            continue  # "New South Wales": the compass word is inside a longer name
        if token.ent_iob_ == "B" and token.ent_type_ in _NAME_LABELS:
            continue  # "Northwestern University", "Northern Alliance": it opens a body's name
        for end in range(token.i + 2, min(len(doc), token.i + 4) + 1):
            part = doc[token.i + 1 : end]
            whole = doc[token.i : end].text
            if lookup_place(whole, tables.lexicons) or whole.lower() in names:
                break  # "North Korea", "West Bank": the whole is a name of its own
            if end < len(doc) and doc[end].ent_iob_ == "I":
                continue  # "southern Baja [California]": a part never ends inside NER's name
            place = lookup_place(part.text, tables.lexicons)
            gazetted = names.get(part.text.lower())
            if place is None and not (gazetted and gazetted[1] == "Region"):
                continue
            base = place.name if place else gazetted[0]  # type: ignore[index]
            codes = country_code(place) if place else ()
            start = compound_compass_start(doc, token.i, compass)
            name = f"{doc[start : token.i + 1].text.lower()} {base}"
            out.append(
                EntityMention(start, end, doc[start:end].text, name, "Region", "GeoRegion", "part", codes)
            )
            break
    return out


def compound_compass_start(doc: Doc, i: int, compass: frozenset[str]) -> int:
    """``north-western Kabul``: the tokenizer splits a compound compass word at its hyphen; the
    part starts at its first half, not at "western" (a different part of the city)."""
    glued = i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
    return i - 2 if glued and doc[i - 2].lower_ in compass else i


def coordinates(text: str) -> tuple[float, float] | None:
    """``33°47′N 44°30′E``, ``33.783°N 44.500°E`` or ``33.783; 44.500`` as (lat, lon)."""
    m = COORDINATES.fullmatch(text.strip())
    if m is None:
        return None
    if m.group("bare"):
        lat, lon = (float(x) for x in m.group("bare").split(";"))
        return (lat, lon) if abs(lat) <= 90 and abs(lon) <= 180 else None
    values = []
    for d, mi, se, hemi in re.findall(_DMS if m.group("dms") else r"(\d{1,3}\.\d+)()()°\s*([NSEW])", text):
        value = float(d) + float(mi or 0) / 60 + float(se or 0) / 3600
        values.append(-value if hemi in "SW" else value)
    return (values[0], values[1]) if len(values) == 2 else None


def coordinate_mentions(doc: Doc) -> list[EntityMention]:
    """Geographic coordinates are places too; every notation of one point is one entity."""
    out = []
    for m in COORDINATES.finditer(doc_text(doc)):
        point = coordinates(m.group(0))
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if point is None or span is None:
            continue
        lat, lon = point
        name = f"{lat:.3f}, {lon:.3f}"
        halves = tuple(p.strip() for p in re.split(r";|\s(?=\d)", m.group(0)) if p.strip())
        codes = (("lat", f"{lat:.6f}"), ("lon", f"{lon:.6f}"))
        out.append(
            EntityMention(
                span.start, span.end, m.group(0), name, "Region", "Coordinates", "part", codes, aliases=halves
            )
        )
    return out
