"""Names typed a place, or a seat typed a government, that the rest of the article shows to be
something else: a person's surname ("Gregory Vell ... Vell had bought"), a body a place cannot be
("the Vell ratings", "Vell's owner"), or a seat of government named only as the place where
something happens ("a ceremony at the White House").

These run on the chosen mentions, once every source has spoken: whether a word is somebody's
surname is known only from the whole article.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from graphbuild.lexicons import given_names
from graphbuild.resolve.mentions.contexts import town_context
from graphbuild.resolve.mentions.mention import EntityMention
from graphbuild.resolve.mentions.ner import BIG_CITY  # a city this big keeps its name ("Houston")
from graphbuild.resolve.mentions.titled_names import titled_surnames
from graphbuild.resolve.places import lookup_place, lookup_town, town_population

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# Courtesy titles before a surname ("Mr Vell", "Dr. Vell"): the word after one is a person's.
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."})
# Words of a person's full name this reads (a given name, a middle name, a surname).
FULL_NAME_LENGTHS = range(2, 4)
# Place kinds a person's surname never takes from a gazetteer: a country or a state stays a place.
KEPT_PLACES = frozenset({"Country", "AdminArea"})
# Prepositions that place a thing at a seat of government ("a ceremony at the White House").
VENUE_PREPOSITIONS = frozenset({"at", "in", "inside", "outside", "near"})
PERSON = ("Actor", "Person")
BODY = ("Actor", "Organization")
SITE = ("Region", "Site")


def retyped_places(doc: Doc, found: list[EntityMention], tables: MentionTables) -> list[EntityMention]:
    """``found`` with the places the article shows to be people or bodies, and the seats it shows
    to be only venues, retyped (see the module). A body is one through the article: every mention
    of its name is retyped with the one that shows it."""
    surnames = person_surnames(doc, found, tables)
    people = frozenset((e.start, e.end) for e in doc.ents if e.label_ == "PERSON")
    cues = tables.lexicons.terms("body_cue_nouns")
    bodies = {m.text for m in found if body_taken_for_place(doc, m, cues, tables)}
    out = []
    for m in found:
        if person_taken_for_place(doc, m, surnames, people, tables):
            name = " ".join(w for w in m.text.split() if w.lower() not in COURTESY_TITLES)
            # a name as NER found it: the surname joins its full name (no place lookup stands)
            m = replace(m, type=PERSON[0], subtype=PERSON[1], name=name, codes=(), source="ner")
        elif m.text in bodies and _unknown_place(m):
            m = replace(m, type=BODY[0], subtype=BODY[1], name=m.text, codes=())
        out.append(m)
    return seats_as_venues(doc, out, tables)


def person_surnames(doc: Doc, found: list[EntityMention], tables: MentionTables) -> dict[str, set[str]]:
    """Surnames of the people the article names, each with the names that show it: the last word
    of a full name (a given name first, every word capitalised, no organisation's head word),
    whatever NER typed it, and the word after a courtesy title ("Mr Vell", shown by "")."""
    given = given_names(tables.lexicons)
    heads = tables.lexicons.terms("organization_heads")
    names = [m.text for m in found if m.type == "Actor" and not m.generic]
    names += [e.text for e in doc.ents if e.label_ == "PERSON"]
    out: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        if (
            len(words) in FULL_NAME_LENGTHS
            and words[0].lower() in given
            and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words)
            and words[-1].lower() not in heads
        ):
            out.setdefault(words[-1], set()).add(name)
    for t in doc[:-1]:
        if t.lower_ in COURTESY_TITLES and doc[t.i + 1].text[:1].isupper() and doc[t.i + 1].is_alpha:
            out.setdefault(doc[t.i + 1].text, set()).add("")
    for word in titled_surnames(doc, tables):  # "president Bingu wa Mutharika"
        out.setdefault(word, set()).add("")
    return out


def person_taken_for_place(
    doc: Doc,
    m: EntityMention,
    surnames: dict[str, set[str]],
    people: frozenset[tuple[int, int]],
    tables: MentionTables,
) -> bool:
    """A name is a person's, not a place's, when the article names a person by it: a surname of a
    person named in full ("Gregory Vell ... Vell had bought"), a courtesy title before it ("Mr
    Vell"), or a full name (a given name first, or tagged a person) whose last word is such a
    surname ("Ana Park" beside "Tom Park" or "Mr Park"); unless the words around it make it a place ("in
    Vell", "Vell, Iowa") or a country, a state or a big city has the name."""
    if m.type != "Region" or m.generic or m.nested or m.subtype == "Country" or m.source == "gazetteer":
        return False
    words = m.text.split()
    first = words[0].lower()
    full = (
        len(words) in FULL_NAME_LENGTHS
        and all(w[:1].isupper() for w in words)
        and (first in given_names(tables.lexicons) or (m.start, m.end) in people or first in COURTESY_TITLES)
    )
    # a full name is not its own evidence ("Victoria Park" tagged a person shows no surname "Park")
    named = (len(words) == 1 and m.text in surnames) or (
        full and bool(surnames.get(words[-1], set()) - {m.text})
    )
    return named and not _known_place(m.text, tables) and not town_context(doc[m.start : m.end], tables)


def _known_place(text: str, tables: MentionTables) -> bool:
    """A country, a state or a big city of the name: it keeps its place against a surname."""
    place = lookup_place(text, tables.lexicons)
    return place is not None and (place.subtype in KEPT_PLACES or town_population(text) >= BIG_CITY)


def body_taken_for_place(doc: Doc, m: EntityMention, cues: frozenset[str], tables: MentionTables) -> bool:
    """``the Vell ratings``, ``Vell's owner``: a name no gazetteer knows as a place, modifying or
    owning a noun only a business or another body has (``lexicons/body_cue_nouns.txt``), is that
    body, whatever NER took it for."""
    if m.nested or not _unknown_place(m):
        return False
    after = m.end + (m.end < len(doc) and doc[m.end].text in ("'s", "'"))
    if after >= len(doc) or doc[after].lower_ not in cues or doc[after].pos_ != "NOUN":
        return False
    return lookup_town(m.text, tables.lexicons) is None


def _unknown_place(m: EntityMention) -> bool:
    """A place mention only NER vouches for (no gazetteer, no code)."""
    return m.type == "Region" and not m.generic and m.source == "ner" and not m.codes


def seats_as_venues(doc: Doc, found: list[EntityMention], tables: MentionTables) -> list[EntityMention]:
    """A seat of government (``lexicons/seat_names.txt``) stands for its government ("the White
    House said"); named only as where things happen ("a ceremony at the White House"), in every
    mention of the article, it is the building, a place."""
    seats = tables.lexicons.terms("seat_names")
    mentions = [m for m in found if m.type == "Actor" and _seat(m, seats)]
    if not mentions or not all(venue_of(doc[m.start : m.end]) for m in mentions):
        return found
    kept = {id(m) for m in mentions}
    return [replace(m, type=SITE[0], subtype=SITE[1]) if id(m) in kept else m for m in found]


def _seat(m: EntityMention, seats: frozenset[str]) -> bool:
    name = m.name.lower()
    return (name[4:] if name.startswith("the ") else name) in seats


def venue_of(span: Span) -> bool:
    """The name is the object of a place's preposition ("at the White House")."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in VENUE_PREPOSITIONS
