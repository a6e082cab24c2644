"""One thing, one node: local entities the text itself shows to be another entity of the text.

``node_entities`` (``resolve.nodes``) asks here, per entity, whether it is a short form of another
("the Cheonan" of the ship "ROKS Cheonan", "the Department" of the one "Korean Fire Department",
"Kennedy" after "Senator Kennedy", not the town), and whether another mention of the same name
says what it is (a place named so in one sentence and guessed a person or organisation in another,
a craft's name, an organisation's branch, a list of towns). Merges are recorded with their reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from graphbuild.lexicons import Lexicons
from graphbuild.nlp import token_table
from graphbuild.resolve.canonical import TRUSTED_SOURCES
from graphbuild.resolve.entities import LocalEntity, normalise
from graphbuild.resolve.places import lookup_town


@dataclass
class TextIndex:
    """A text's entities by the names other mentions may use for them."""

    places: dict[str, LocalEntity] = field(default_factory=dict)
    named_places: dict[str, LocalEntity] = field(default_factory=dict)
    people: dict[str, LocalEntity] = field(default_factory=dict)
    products: dict[str, LocalEntity] = field(default_factory=dict)
    platforms: dict[str, LocalEntity] = field(default_factory=dict)
    organisations: dict[str, LocalEntity] = field(default_factory=dict)
    bodies: dict[str, list[LocalEntity]] = field(default_factory=dict)
    tails: dict[str, list[LocalEntity]] = field(default_factory=dict)
    person_words: set[str] = field(default_factory=set)
    persons: dict[str, LocalEntity] = field(default_factory=dict)
    owners: frozenset[str] = frozenset()


# Subtypes of Other a name keeps in every mention of a text: a craft, a model, a book, a film or an
# animal ("an octopus called Paul", then "Paul predicted").
_MADE_THINGS = frozenset({"Product", "Work", "Animal"})


def index_text(entities: list[LocalEntity], owners: frozenset[str] = frozenset()) -> TextIndex:
    """The names of a text's places, titled people, products, platforms and organisations;
    ``owners`` are names the text gives a place's part (``place_owners``)."""
    index = TextIndex(owners=owners)
    for e in entities:
        if e.generic:
            continue
        key, words = normalise(e.name), e.name.split()
        if e.type == "Region" and e.source in TRUSTED_SOURCES:
            index.places[key] = e
        if e.type == "Region" and e.source == "ner" and len(words) == 1 and e.name[:1].isupper():
            index.named_places[key] = e  # "restricted to X" (NER: GPE), "X's high court" (NER: ORG)
        if titled(e):
            index.people[key] = e
        if e.subtype == "Person":
            index.persons[key] = e
        if e.subtype == "Person" and len(words) > 1:
            index.person_words.update(normalise(w) for w in words)  # "Robert Green", then "Green"
        if e.type == "Other" and e.subtype in _MADE_THINGS:
            index.products[key] = e
        if (e.type == "Weapon" or _prefixed_craft(e)) and len(words) > 1:
            index.platforms[" ".join(words[1:])] = e  # "ROKS Cheonan", "MV Coral Dawn" without prefix
        if e.subtype == "Organization" and len(words) == 1:
            index.organisations[e.name] = e
        if e.type == "Actor" and e.subtype != "Person" and len(words) > 1:
            for word in {words[0], words[-1]}:
                index.bodies.setdefault(word, []).append(e)
        if (e.type == "Actor" and e.subtype != "Person") or e.subtype == "Site":
            for n in range(2, len(words)):  # "Cricket Club" of "Kestrel Cricket Club", not of "X and Y"
                if words[-n - 1].lower() not in _JOINING_WORDS:
                    index.tails.setdefault(" ".join(words[-n:]), []).append(e)
    return index


# Words after which a name's last words are a name of their own ("Hammersmith and Barons Court").
_JOINING_WORDS = frozenset({"and", "&", "of", "for", "de"})


def _prefixed_craft(entity: LocalEntity) -> bool:
    """A civil craft named with its merchant prefix ("MV Coral Dawn", ``military._ships``)."""
    return entity.type == "Other" and entity.subtype == "Product" and entity.source == "pattern"


def same_as(
    entity: LocalEntity, index: TextIndex, common: frozenset[str]
) -> tuple[LocalEntity, str, bool] | None:
    """The entity of the text this one is another name of, the reason, and whether its name is
    kept as an alias (a bare head noun is not: across documents an alias draws in every entity of
    that name)."""
    if entity.type != "Weapon" and entity.source in ("ner", "place"):
        # by a form of its name too: "Princess Coral" of "MV Princess Coral", its title taken off
        names = (entity.name, *sorted(entity.aliases))
        platform = next((index.platforms[n] for n in names if n in index.platforms), None)
        if platform is not None and (entity.subtype != "Person" or " " not in entity.name):
            return platform, "a named platform without its prefix", True  # "the Cheonan sank"
    body = short_form_of_body(entity, index.bodies) if entity.name.lower() in common else None
    if body is not None:  # "the Korean Fire Department ... as the Department was seeking"
        return body, "first or last word of one organisation's name in the text", False
    body = tail_of_name(entity, index.tails, common)
    if body is not None:  # "the Kestrel Cricket Club ... the Cricket Club XI were all out"
        return body, "last words of one organisation's or site's name in the text", False
    person = index.people.get(normalise(entity.name)) if town_named(entity) else None
    if person is not None:  # "Senator Kennedy", then "the night Kennedy was shot": the senator
        return person, "a person's titled name, not the town abroad", True
    return None


def retype_by_text(
    entity: LocalEntity, index: TextIndex, common: frozenset[str], lexicons: Lexicons, doc: Doc | None = None
) -> None:
    """Type a name NER guessed as another mention of the same name in the text shows it (``doc``,
    the text's parse, tells where a name stands: without it a body's name is never read off)."""
    if entity.source != "ner":
        return
    if entity.subtype == "Person" and " " in entity.name and entity.name.split()[0] in index.organisations:
        set_type(entity, "Actor", "Organization")  # "CNN Turk", "BBC Arabic": the body's branch
    key = normalise(entity.name)
    work = index.products.get(key)
    if entity.type == "Region" and not entity.codes and work is not None and work.subtype == "Work":
        set_type(entity, "Other", "Work")  # "In The Grand Design, ...", then "The Grand Design was"
    elif entity.subtype == "Site" and not entity.codes and work is not None and work.subtype == "Product":
        # "the Crew Dragon spacecraft", then "the next Crew Dragon mission" (NER: FAC, as for
        # buildings): the craft, no site
        set_type(entity, "Other", "Product")
    owned = entity.name in index.owners  # "the beach of X": the text itself makes X a place
    if entity.type == "Region" and not entity.codes and not owned and person_guess(entity, index):
        set_type(entity, "Actor", "Person")  # "Reiss" a person four times, NER's town twice
    elif (
        entity.type == "Region"
        and not entity.codes
        and not owned
        and body_guess(entity, index, doc, lexicons)
    ):
        set_type(entity, "Actor", "Organization")  # "Verizon said", then NER's "Verizon" place
    if entity.type != "Actor":
        return
    place = index.places.get(key) if not titled(entity) else None
    if place is None and entity.name.lower() not in common and ner_guess(entity, index):
        place = index.named_places.get(key)
        if place is not None and entity.subtype == "Person" and place.mentions < entity.mentions:
            place = None  # NER's place reading no more often than its person's: no evidence either way
        if place is not None and entity.subtype == "Organization" and body_guess(place, index, doc, lexicons):
            place = None  # no town of that name, never set as a place: NER's place guess no better
    if place is not None:  # "Baracoa" a place and, in another sentence, NER's person: the place
        set_type(entity, place.type, place.subtype)
    elif entity.name in index.owners and entity.subtype == "Person" and ner_guess(entity, index):
        set_type(entity, "Region", "AdminArea")  # "X's capital": a place, though NER said a person
    elif key in index.products:  # "the Voyager spacecraft", then "Voyager is to ...": the craft
        set_type(entity, "Other", index.products[key].subtype)


def person_guess(entity: LocalEntity, index: TextIndex) -> bool:
    """A name no gazetteer knows, NER's place here, that the text gives a person named in full
    ("Qaboos bin Said", then "Qaboos") or NER's person more often than its place: the person."""
    key = normalise(entity.name)
    person = index.persons.get(key)
    return key in index.person_words or (person is not None and person.mentions > entity.mentions)


def body_guess(entity: LocalEntity, index: TextIndex, doc: Doc | None, lexicons: Lexicons) -> bool:
    """A one-word name NER took for a place here and for an organisation elsewhere in the text
    ("BPC said", "companies including BPC"), which names no town GeoNames knows and stands in no
    place's context: the organisation. NER calls a company's unknown name a place as readily as
    a body; a name written "in X" or "Town, X" anywhere in the text keeps the place reading
    ("in Orissa", "Bhubaneshwar, Orissa": a state the place tables do not list)."""
    body = index.organisations.get(entity.name)
    return (
        doc is not None
        and body is not None
        and body is not entity
        and index.named_places.get(normalise(entity.name)) is entity
        and lookup_town(entity.name, lexicons) is None
        and not any(_placed(doc, start) for e in (entity, body) for start, _ in e.token_spans)
    )


def _placed(doc: Doc, start: int) -> bool:
    """A name starting at ``start`` right after a preposition of place or direction ("in the X",
    "to X") or after a comma that follows another proper name ("Bhubaneshwar, X")."""
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if before is None:
        return False
    if before.text == ",":
        return start > 1 and doc[start - 2].pos_ == "PROPN"
    return before.lower_ in _PLACE_PREPOSITIONS


# Prepositions of place and direction before a place's name ("in X", "restricted to X"): a name
# after one may be a place, and NER's place reading of it stands.
_PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "to",
        "from",
        "into",
        "through",
        "across",
        "throughout",
        "within",
    }
)


def ner_guess(entity: LocalEntity, index: TextIndex) -> bool:
    """An organisation, or a person the text shows in no other way (no title, no role apposed, not
    a word of a person named in full), only NER vouches for: the text's place reading of the name
    wins."""
    if entity.subtype == "Organization":
        return True
    key = normalise(entity.name)
    return (
        entity.subtype == "Person"
        and set(entity.aliases) == {entity.name}  # "X, a former general": an apposed role is a person's
        and key not in index.person_words
    )


def place_owners(doc: Doc, place_parts: frozenset[str]) -> frozenset[str]:
    """Proper names a place's part or office belongs to: ``X's capital``, ``the coast of X``, ``the
    mayor of X`` (no person has one)."""
    owners = set()
    table = token_table(doc)
    tag, dep = table.tag, table.dep
    # a Token only of a possessive mark or a preposition's object (the two shapes below)
    for token in (doc[i] for i in range(len(tag)) if tag[i] == "POS" or dep[i] == "pobj"):
        if token.tag_ == "POS" and token.head.dep_ == "poss":  # "X's capital"
            owner, part = token.head, token.head.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of":  # "the mayor of X"
            owner, part = token, token.head.head
        else:
            continue
        if part.lower_ not in place_parts or owner.pos_ != "PROPN":
            continue
        start = owner.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == owner.i:
            start -= 1
        owners.add(doc[start : owner.i + 1].text)
    return frozenset(owners)


def list_of_places(doc: Doc, entities: list[LocalEntity]) -> None:
    """``Okular, Yukarkanatl and Kayalk`` after "the village of Okular": names NER guessed in a
    list whose first name is a town of the text are towns too (a list names things of one kind)."""
    owner = {i: e for e in entities for start, end in e.token_spans for i in range(start, end)}

    def guess(e: LocalEntity | None) -> bool:  # a one-word name only NER vouches for
        return e is not None and e.type == "Actor" and e.source == "ner" and len(e.name.split()) == 1

    def town(e: LocalEntity | None) -> bool:
        return e is not None and e.type == "Region" and e.subtype == "City" and not e.generic

    for entity in entities:
        if not guess(entity) or not entity.token_spans:
            continue
        lists = []
        for start, end in entity.token_spans:
            first = doc[start:end].root
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            members = [owner.get(t.i) for t in (first, *first.subtree) if t.i == first.i or t.dep_ == "conj"]
            lists.append(town(owner.get(first.i)) and all(town(m) or guess(m) for m in members))
        if all(lists):
            set_type(entity, "Region", "City")


def short_form_of_body(entity: LocalEntity, bodies: dict[str, list[LocalEntity]]) -> LocalEntity | None:
    """The one organisation of the text whose name starts or ends with this one-word name NER
    guessed, a head noun ("Department" of "Korean Fire Department", "Taskforce" of "Taskforce
    Lotus"; not "Microsoft" of "Microsoft Windows")."""
    if entity.source != "ner" or entity.type != "Actor" or entity.subtype == "Person" or " " in entity.name:
        return None
    found = [e for e in bodies.get(entity.name, []) if e is not entity]
    return found[0] if len(found) == 1 else None


def tail_of_name(
    entity: LocalEntity, tails: dict[str, list[LocalEntity]], common: frozenset[str]
) -> LocalEntity | None:
    """The one organisation or site of the text whose longer name ends in this name of two words
    or more ending in a head noun ("Cricket Club" of "Kestrel Cricket Club", "Medical Center" of
    "Arlo Medical Center"): a short form of it, no body of its own."""
    words = entity.name.split()
    headed = len(words) > 1 and words[-1].lower() in common
    if entity.source not in ("ner", "phrase") or entity.subtype == "Person" or not headed:
        return None
    found = [e for e in tails.get(entity.name, []) if e is not entity]
    return found[0] if len(found) == 1 else None


def town_named(entity: LocalEntity) -> bool:
    """A city GeoNames found by its name alone (no country code, no context): the name may well
    be a surname, and a titled person of that name in the text says it is."""
    return entity.type == "Region" and entity.subtype == "City" and entity.source == "place"


def titled(entity: LocalEntity) -> bool:
    """``Senator Kennedy``: a name written after a title somewhere in the text is a person's."""
    return entity.subtype == "Person" and any(
        alias != entity.name and alias.endswith(f" {entity.name}") and alias[:1].isupper()
        for alias in entity.aliases
    )


def absorb(target: LocalEntity, entity: LocalEntity, reason: str, *, aliases: bool = True) -> None:
    """Make ``entity``'s mentions the target's, with the reason recorded."""
    for alias, count in entity.aliases.items():
        if alias not in target.aliases:
            target.reasons.append({"alias": alias, "reason": reason, "score": 0.8})
        if aliases:
            target.aliases[alias] += count
    target.token_spans.extend(entity.token_spans)
    target.mentions += entity.mentions


def set_type(entity: LocalEntity, type_: str, subtype: str) -> None:
    """Retype an entity, its key with it."""
    entity.type, entity.subtype = type_, subtype
    entity.key = f"{type_}:{entity.key.partition(':')[2]}"


__all__ = [
    "TextIndex",
    "absorb",
    "index_text",
    "list_of_places",
    "place_owners",
    "retype_by_text",
    "same_as",
    "set_type",
    "titled",
]
