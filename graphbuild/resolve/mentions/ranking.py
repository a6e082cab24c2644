"""Overlaps between candidate mentions: which source wins, and which losers stay as nested names."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from graphbuild.extract.phrases import entity_bounds
from graphbuild.resolve.mentions.mention import EntityMention, country_code_from

# Lower rank wins an overlap; ties go to the longer span, then to this order.
SOURCE_RANK = {
    "gazetteer": 0,
    "part": 0,
    "phrase": 0,
    "place": 0,
    "title": 0,
    "pattern": 0,
    "noun": 3,
    "ner": 4,
}
# Among equally ranked candidates of the same length, the earlier source here wins.
SOURCE_ORDER = ("gazetteer", "part", "place", "phrase", "pattern", "title", "noun", "ner")


def is_demonym(m: EntityMention) -> bool:
    """A nationality ("American" in "American service member") stays a mention of its own."""
    return m.source == "ner" and m.subtype == "Group" and any(k == "country" for k, _ in m.codes)


def named_body_in_phrase(
    m: EntityMention, outer: EntityMention | None, bodies: frozenset[tuple[int, int]]
) -> bool:
    """``supporters of the Homs Council``: a body's name headed by an organisation noun (``bodies``),
    inside a phrase built around a common noun, is still a mention of that body."""
    return outer is not None and outer.source in ("phrase", "noun") and (m.start, m.end) in bodies


def street(m: EntityMention) -> bool:
    """``Grenada Street``, ``Baghdad Road``: a street is named after a place it is not in, so the
    place's name inside it is no mention of the place."""
    words = m.name.split()
    return m.type == "Region" and len(words) > 1 and words[-1].lower() in _STREET_HEADS


# Last words of the names of streets and roads.
_STREET_HEADS = frozenset({"street", "road", "avenue", "lane", "boulevard", "highway", "st", "rd"})


def place_in_body_name(
    doc: Doc, m: EntityMention, candidates: list[EntityMention], bodies: frozenset[tuple[int, int]]
) -> bool:
    """``the Atlantic Council``, ``Pacific Gas Company``: a place looked up by name (``_LOOKED_UP``)
    inside an organisation's longer name that NER found (token spans in ``bodies``) is a word of
    that name, no mention of the place; NER's own place names ("New York City") are no bodies, and
    a country before "and" stays ("Kenya and Uganda Police": the country is named on its own)."""
    return (
        m.type == "Region"
        and not (m.subtype == "Country" and m.end < len(doc) and doc[m.end].lower_ == "and")
        and m.source in _LOOKED_UP
        and _inside_longer_body(m, candidates, bodies)
    )


def _inside_longer_body(
    m: EntityMention, candidates: list[EntityMention], bodies: frozenset[tuple[int, int]]
) -> bool:
    """Whether NER found a longer organisation's name (token spans in ``bodies``) around ``m``."""
    return any(
        o.source == "ner"
        and o.subtype == "Organization"
        and (o.start, o.end) in bodies
        and o.start <= m.start
        and m.end <= o.end
        and o.end - o.start > m.end - m.start
        for o in candidates
    )


def body_in_longer_body(
    m: EntityMention, candidates: list[EntityMention], bodies: frozenset[tuple[int, int]]
) -> bool:
    """``the Vermont Air National Guard``, ``the Counter ISIL Coalition``: a body looked up by name
    (gazetteer) inside a longer organisation's name NER found, headed by an organisation noun
    (token spans in ``bodies``), is a word of that name: the longer name is the mention, the inner
    one stays nested."""
    return m.type == "Actor" and m.source == "gazetteer" and _inside_longer_body(m, candidates, bodies)


def country_name(m: EntityMention) -> bool:
    """A country's own name, looked up ("the Syrian Arab Republic"), not a phrase about one."""
    return m.type == "Region" and m.subtype == "Country" and m.source in ("gazetteer", "place")


def choose_mentions(
    doc: Doc, candidates: list[EntityMention], bodies: frozenset[tuple[int, int]] = frozenset()
) -> list[EntityMention]:
    """Resolve overlaps: the stronger source wins, then the longer span.

    A losing name from a strong source that lies wholly inside a winner is kept as ``nested``, and so
    is an organisation's name (token spans in ``bodies``) inside a common noun's phrase; a country's
    name holds no other ("Arab" in "the United Arab Emirates" is no mention of Arabs).
    """
    inner = {id(m) for m in candidates if body_in_longer_body(m, candidates, bodies)}
    ranked = sorted(
        [m for m in candidates if not place_in_body_name(doc, m, candidates, bodies)],
        key=lambda m: (
            SOURCE_RANK["ner"] + 1 if id(m) in inner else SOURCE_RANK[m.source],
            -(m.end - m.start),
            SOURCE_ORDER.index(m.source),
            m.start,
        ),
    )
    taken: dict[int, EntityMention] = {}
    chosen = []
    for m in ranked:
        if any(i in taken for i in range(m.start, m.end)):
            owners = {id(taken.get(i)) for i in range(m.start, m.end)}
            outer = taken.get(m.start)
            if (
                (
                    m.source in ("gazetteer", "place", "part")
                    or is_demonym(m)
                    or named_body_in_phrase(m, outer, bodies)
                )
                and len(owners) == 1
                and not (outer is not None and outer.source == "gazetteer" and outer.type == "Actor")
                and outer is not None
                and outer.end - outer.start > m.end - m.start
                and (outer.name, outer.type) != (m.name, m.type)
                and not street(outer)
                and not country_name(outer)
            ):
                chosen.append(replace(m, nested=True))
            continue
        for i in range(m.start, m.end):
            taken[i] = m
        chosen.append(m)
    unique = {(m.start, m.end, m.name, m.nested): m for m in chosen}
    return sorted(unique.values(), key=lambda m: (m.start, m.nested))


def whole_place_names(doc: Doc, candidates: list[EntityMention]) -> list[EntityMention]:
    """A place name does not start inside a longer name NER found: "New South Wales" is no "Wales",
    "San Diego County" no "Diego County", and "Storm Area 51" (a title) holds no place at all.

    A place built from a location noun (``phrase``) grows to the proper name's first word; a place
    looked up by name (gazetteer, place tables) leaves the words to NER's longer place name.
    """
    out = []
    for m in candidates:
        first = doc[m.start]
        if (
            m.type == "Region"
            and m.source == "phrase"
            and first.ent_iob_ == "B"
            and first.ent_type_ in _TITLE_LABELS
        ):
            continue  # "Storm Area 51 ...": the first words of an event's or a work's name
        if m.type != "Region" or m.source not in (*_LOOKED_UP, "phrase") or doc[m.start].ent_iob_ != "I":
            out.append(m)
            continue
        start, end = entity_bounds(doc[m.start]) or (m.start, m.end)
        label = doc[start].ent_type_
        while doc[start].lower_ == "the":
            start += 1
        while end > m.end and doc[end - 1].tag_ == "POS":
            end -= 1  # "New Jersey's": NER took the possessive into the name
        before = doc[start : m.start]
        if (
            end != m.end
            or (not before and country_name(m))  # "the Syrian Arab Republic": NER's is no longer name
            or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in before)
        ):
            out.append(m)
        elif m.source == "phrase" and label in _PLACE_LABELS | {"ORG"}:
            text = doc[start : m.end].text
            out.append(replace(m, start=start, text=text, name=text))
        elif m.source != "phrase" and label in _PLACE_LABELS:
            continue  # NER's longer place name takes the words
        else:
            out.append(m)
    return out


# Sources of places looked up by name; NER labels of place names; NER labels of titles.
_LOOKED_UP = ("gazetteer", "place", "part")
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_TITLE_LABELS = frozenset({"WORK_OF_ART", "EVENT"})


def join_place_and_country(doc: Doc, found: list[EntityMention]) -> list[EntityMention]:
    """``Baghdad, Iraq``: a place followed by its country is one mention of the place.

    The country stays a (nested) mention of its own. Two places of one rank inside a list
    ("the states of Idaho, Michigan, Mississippi and Ohio") are items of the list, not a place and
    the area that holds it.
    """
    mentions = [m for m in found if not m.nested]
    out: list[EntityMention] = [m for m in found if m.nested]
    skip = -1
    for n, m in enumerate(mentions):
        if n == skip:
            continue
        nxt = mentions[n + 1] if n + 1 < len(mentions) else None
        if (
            nxt is not None
            and m.type == "Region"
            and m.subtype in ("City", "AdminArea", "Site")
            and nxt.type == "Region"
            and nxt.subtype in ("Country", "AdminArea")
            and nxt.start == m.end + 1
            and doc[m.end].text == ","
            and not (m.subtype == nxt.subtype and listed_places(doc, mentions, n))
        ):
            codes = m.codes or country_code_from(nxt)
            m = EntityMention(
                m.start, nxt.end, doc[m.start : nxt.end].text, m.name, m.type, m.subtype, m.source, codes
            )
            skip = n + 1
            out.append(replace(nxt, nested=True))
        out.append(m)
    return sorted(out, key=lambda m: (m.start, m.nested))


# Words that join the last item of a list to the others ("Idaho, Ohio and Utah").
LIST_JOINERS = frozenset({"and", "or", ","})


def listed_places(doc: Doc, mentions: list[EntityMention], n: int) -> bool:
    """``Idaho, Michigan, Ohio and Utah``: the pair ``mentions[n]``, ``mentions[n + 1]`` has a third
    place listed right before it (after a comma) or right after it (after a comma, "and" or "or")."""

    def place(k: int) -> bool:
        return 0 <= k < len(mentions) and mentions[k].type == "Region"

    first, second = mentions[n], mentions[n + 1]
    before = place(n - 1) and mentions[n - 1].end == first.start - 1 and doc[first.start - 1].text == ","
    joiners = range(second.end, mentions[n + 2].start) if place(n + 2) else range(0)
    after = 0 < len(joiners) <= 2 and all(doc[i].lower_ in LIST_JOINERS for i in joiners)
    return before or after
