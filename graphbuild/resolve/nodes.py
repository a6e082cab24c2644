"""What is a node: the local entities a user would track, out of every typed mention.

A typed mention is not necessarily a node. Named entities are nodes; a common-noun entity
("officials", "the school", "interior minister") is one only when it is tied to a named entity (a
country code from a demonym or possessive, or a name inside its label: "Malian troops", "members of
the Taliban"). A class of non-state actor (``actor_classes``: "rebels", "smugglers") is one too when
a name after "of" or a people ties a mention of it ("fighters of the Front", "Chechen rebels"), not
alone: readers judged every unnamed class node a generic noun. A weapon noun alone names a class ("a
pistol", "drones"), a node only when a name tied to it enters its label ("Hamas rockets"). Junk never
becomes a node: adjectives ("Libyan"), lower-case spans NER took for names (foreign words), speaker
tags of interviews ("WN:"), bare head nouns cut from a longer name ("County"), words of fixed Latin
phrases ("in absentia"). A place name typed Actor because NER said ORG or PERSON becomes a Region
when its head is a geographic noun ("... Estuary"), and a country's legislature ("U.S. House") an
Actor, as does a "place" headed by a body's noun ("... Judiciary Committee", "... University";
``organization_heads`` less those of buildings). Mentions that are no node stay text in the triples.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Span

from graphbuild.lexicons import Lexicons, given_names
from graphbuild.nlp import token_table
from graphbuild.resolve.actor_classes import actor_class, class_tied
from graphbuild.resolve.aliases import drop_broken_aliases
from graphbuild.resolve.common_words import capitalised_common_word, opening_word_written_lower
from graphbuild.resolve.country_apposition import before_country
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.feature_places import feature_of_place
from graphbuild.resolve.fragments import (
    bare_common_noun,
    bare_institution,
    before_person,
    broken_name,
    common_acronym,
    complete_feature_name,
    complete_name,
    cut_from_name,
    feature_owner,
    foreign_sentence,
    in_phrase,
    inside_name,
    lone_common_word,
    lone_titles,
    opening_word_only,
    piece_of_name,
    speaking_body,
)
from graphbuild.resolve.generic_classes import generic_class, named_tokens
from graphbuild.resolve.glued_words import glued
from graphbuild.resolve.mentions.nouns import typed_nouns
from graphbuild.resolve.name_backs import named_by_demonym, place_name_piece
from graphbuild.resolve.national_bodies import qualify_institution
from graphbuild.resolve.node_phrases import (
    apposed_person,
    definite_person,
    indefinite,
    owned_weapon,
    predicate,
)
from graphbuild.resolve.owners import token_owners
from graphbuild.resolve.peoples import (
    demonym_word,
    faith_followers,
    nationality,
    one_unnamed_member,
    person_placed,
    person_relation,
    unheld_post,
)
from graphbuild.resolve.person_origins import person_name
from graphbuild.resolve.places import lookup_place
from graphbuild.resolve.possessive_names import complete_possessive_name, front_of_possessive_name
from graphbuild.resolve.same_entity import (
    absorb,
    index_text,
    list_of_places,
    place_owners,
    retype_by_text,
    same_as,
    set_type,
)
from graphbuild.resolve.shared_surnames import complete_shared_surname
from graphbuild.resolve.short_references import complete_short_reference
from graphbuild.resolve.tickers import ticker

# A legislature's head noun: "<place> House" is a chamber, not a building, when a place names it.
LEGISLATURE_HEADS = frozenset({"house", "senate", "assembly", "parliament", "congress", "legislature"})
# Heads of organisations' names that also name a building, a place ("the World Trade Center", "St
# Mary's Church"): a name headed by one of them may be a place; the other heads name a body.
BUILDING_HEADS = frozenset({"center", "centre", "church", "college", "academy", "court"})
# Capitalised heads of the names of legal texts ("the Health Care Reform Bill"): no actor, no place.
LEGAL_TEXT_HEADS = frozenset({"Bill", "Act", "Amendment", "Resolution"})
# Sources of names found by lookup, a pattern or a head noun, not by NER: such a name inside a longer
# name NER found is a piece of it ("Pacific" of "Pacific Gas and Electric Company").
_LOOKED_UP = frozenset({"gazetteer", "phrase", "pattern"})
_CAPITAL = re.compile(r"[A-Z\u00c0-\u00de]")
# A capitalised word joined to a lower-case one, an adjective ("Catholic-majority", "Conservative-led");
# "Tambor-class", "Kilo-type" name a class of ship or weapon.
_COMPOUND_ADJECTIVE = re.compile(r"^[A-Z][\w.]*-(?!class\b|type\b)[a-z]")


def node_entities(doc: Doc, entities: list[LocalEntity], lexicons: Lexicons) -> list[LocalEntity]:
    """The typed entities of ``doc``, junk left out, each marked ``node`` or not, retyped by rule."""
    heads, common = _head_nouns(lexicons)
    institutions = lexicons.terms("bare_institutions") | lexicons.terms("national_institutions")  # alone
    speech = lexicons.terms("reporting_verbs")
    prefixes = lexicons.terms("name_prefixes")
    believers = lexicons.terms("believers")
    # a title or a role word after a name opens a person's name ("... Institute Director Ane Alencar")
    offices = office_words(lexicons) | lexicons.terms("titles")
    geographic = _geographic_nouns(lexicons)
    bodies = lexicons.terms("organization_heads") - BUILDING_HEADS
    features = lexicons.terms("feature_words")
    lone_words = common | office_words(lexicons) | lexicons.terms("compass_words") | lone_titles(lexicons)
    dropped: set[int] = set()
    given = given_names(lexicons)  # "Jan Brink" of Florida: a person's name, whatever NER said
    speakers: set[str] = set()  # names of places no gazetteer knows that speak: bodies
    index = index_text(entities, place_owners(doc, lexicons.terms("place_part_nouns")))
    # words of names of two words or more ("Hope" of "Hope Mwale"): no common noun, wherever it stands
    longer_name_words = {w for e in entities if not e.generic and " " in e.name for w in e.name.split()}
    surnames = Counter(e.name.split()[-1] for e in entities if e.subtype == "Person" and " " in e.name)
    for entity in entities:
        drop_broken_aliases(entity, lexicons)
        if entity.generic:
            continue
        spans = [doc[s:e] for s, e in entity.token_spans]  # none for a name only nested in a phrase
        cut = spans and (
            (entity.source == "ner" and all(cut_from_name(span, offices) for span in spans))
            or (entity.type != "Region" and all(feature_owner(span, features, lexicons) for span in spans))
            or (entity.type == "Region" and all(front_of_possessive_name(span, lexicons) for span in spans))
            or (entity.type == "Region" and _every_mention(entity, spans, feature_of_place, lexicons))
            or (entity.source == "phrase" and all(inside_name(span) for span in spans))
            or (
                entity.source == "place"
                and _every_mention(entity, spans, place_name_piece, offices, given)
                and not named_by_demonym(entity.name, doc, lexicons)
            )
            or (
                entity.source in _LOOKED_UP
                and all(piece_of_name(span, entity.type == "Region", prefixes, offices) for span in spans)
            )
        )
        if (
            cut
            or junk(entity, spans, lexicons)
            or (
                entity.source == "ner"
                and entity.name not in longer_name_words
                and spans
                and all(capitalised_common_word(span, lexicons) for span in spans)
            )
        ):  # "Neighbours said ...": a common noun opening a sentence, no word of a longer name
            dropped.add(id(entity))
            continue
        if not person_name(entity, given, lexicons.terms("organization_heads")):  # "Jan Brink" of Florida
            complete_name(entity, spans, lexicons)  # "the Western District" of Virginia
        complete_feature_name(entity, spans, features, lexicons)  # "Bay" of "Hawke's Bay"
        complete_short_reference(entity, spans)  # "the Cosmodrome" of "the Baikonur Cosmodrome"
        complete_shared_surname(entity, spans, given)  # "Jan and Eva Brink"
        complete_possessive_name(entity, spans, lexicons)  # "Medical Center" of "Queen's Medical Center"
        same = same_as(entity, index, common)
        if same is not None:
            target, reason, keep_alias = same
            absorb(target, entity, reason, aliases=keep_alias)
            dropped.add(id(entity))
            continue
        retype(entity, spans, lexicons, geographic, bodies)
        retype_by_text(entity, index, common, lexicons, doc)
        if speaking_body(entity, spans, speech):  # after the text's other mentions: a place it is not
            speakers.add(entity.name)
        qualify_institution(entity, doc, spans, lexicons)  # "Thailand's Supreme Court"
        entity.node = not (
            nationality(entity, spans)
            or demonym_word(entity, lexicons)
            or faith_followers(entity, believers)
            or bare_institution(entity, institutions)
            or common_acronym(entity, spans, lexicons.terms("common_acronyms"), speech)
            or (spans and bare_common_noun(entity, spans, common))
            or lone_common_word(entity, lone_words)
            or (spans and all(definite_person(span) for span in spans) and entity.subtype == "Person")
            or (entity.type == "Actor" and " " not in entity.name and surnames[entity.name] > 1)
        )  # the last: "Ballo" when "Kaja Ballo" and "Olav Ballo" are both named: which one is unknown
    for entity in entities:  # "Charite said in a statement": a body speaks, in every sentence
        if entity.name in speakers and entity.type == "Region" and not entity.codes:
            set_type(entity, "Actor", "Organization")
    list_of_places(doc, [e for e in entities if id(e) not in dropped])
    nodes = [e for e in entities if e.node and not e.generic and id(e) not in dropped]
    named = named_tokens(doc, nodes) | proper_modifiers(doc, entities, heads, offices)
    names = frozenset(_words(a) for e in nodes for a in e.aliases if _CAPITAL.search(a))
    classes = lexicons.terms("actor_classes")
    people = {start: e for e in nodes if e.subtype == "Person" for start, _ in e.token_spans}
    # a title before a person's name opens it too: "the director of Acme, Dr Jan Brink, said"
    titles = lexicons.terms("titles")
    for start, person in list(people.items()):
        while start > 0 and doc[start - 1].lower_ in titles and doc[start - 1].text[:1].isupper():
            start -= 1
            people.setdefault(start, person)
    # every token of a person's name: "Jan Brink, Acme's director," stands in apposition to it
    people.update(
        {
            ~i: e
            for e in nodes
            if e.subtype == "Person"
            for start, end in e.token_spans
            for i in range(start, end)
        }
    )
    # a person's names, and the surname alone: "Gwatney's secretary", "the family of Jan Brink"
    persons = {
        a.lower()
        for e in nodes
        if e.subtype == "Person"
        for a in e.aliases
        if all(map(_CAPITAL.match, a.split()))
    }
    persons.update(a.split()[-1] for a in list(persons) if " " in a)
    roles = offices | lexicons.terms("role_nouns")
    # capitalised words that tie a common noun to no name: offices and common abbreviations ("TV")
    unnamed = offices | lexicons.terms("common_acronyms")
    members = (lexicons.terms("member_words"), lexicons.terms("member_bodies"))
    node_at, places = token_owners(nodes), frozenset(e.name for e in nodes if e.type == "Region")
    for entity in entities:
        if entity.generic:
            spans = [doc[s:e] for s, e in entity.token_spans]
            retype(entity, spans, lexicons, geographic, bodies)
            person = apposed_person(entity, spans, people)
            if person is not None:  # "IATA's chief executive, Jan Brink,": one node, the person
                entity.node = False
                person.aliases.update(span.text for span in spans)
                continue
            if entity.type == "Weapon":  # tied first: it may relabel ("ISIL tanks")
                tie = tied(entity, spans, named, names, heads, lexicons, unnamed, institutions)
                entity.node = owned_weapon(entity, spans, tie)
                continue
            entity.node = (
                not (spans and all(indefinite(span) or predicate(span) for span in spans))
                and (
                    tied(entity, spans, named, names, heads, lexicons, unnamed, institutions)
                    or (actor_class(entity, classes) and any(class_tied(span, named) for span in spans))
                )
                and not person_relation(entity, persons, roles)
                and not one_unnamed_member(entity, lexicons, *members)
                and not unheld_post(entity, spans, node_at, places)
                and not broken_name(entity.name, lexicons)  # "UKs 28m homes"
                and not generic_class(entity, spans, lexicons)  # "US companies"
            )
    return [e for e in entities if id(e) not in dropped]


@functools.lru_cache(maxsize=8)
def _head_nouns(lexicons: Lexicons) -> tuple[frozenset[str], frozenset[str]]:
    """The typed noun lexicons' forms ("Role: prime minister | premier" -> "prime minister",
    "premier"), and those of them that are common nouns (no weapon) with the organisation heads;
    made once per lexicons object, not per document."""
    heads = frozenset().union(*(typed_nouns(lexicons, n) for n in _NOUN_LEXICONS))
    common = heads - frozenset(typed_nouns(lexicons, "weapon_nouns")) | lexicons.terms("organization_heads")
    return heads, common


@functools.lru_cache(maxsize=8)
def _geographic_nouns(lexicons: Lexicons) -> frozenset[str]:
    """Forms of the location nouns of subtype GeoRegion ("coast", "region"), once per lexicons object."""
    locations = typed_nouns(lexicons, "location_nouns")
    return frozenset(form for form, (_, subtype) in locations.items() if subtype == "GeoRegion")


@functools.lru_cache(maxsize=8)
def office_words(lexicons: Lexicons) -> frozenset[str]:
    """Words of the actor lexicon's forms that are no body's name on their own ("chief", "state"
    of "head of state", "secretary"): capitalised, they write an office ("Chief Secretary", "the
    State government"), no name. "Coalition" names a body and is not one of them."""
    nouns = typed_nouns(lexicons, "actor_nouns")
    bodies = {form for form, (_, subtype) in nouns.items() if subtype in _BODY_SUBTYPES}
    return frozenset(w for form in nouns for w in form.split() if w not in bodies)


# Subtypes of actor nouns that, capitalised alone, may name a body ("the Coalition", "Congress").
_BODY_SUBTYPES = frozenset({"Organization", "Group", "ArmedGroup", "Military", "Government"})


def proper_modifiers(
    doc: Doc, entities: list[LocalEntity], heads: frozenset[str], offices: frozenset[str] = frozenset()
) -> set[int]:
    """Capitalised modifiers of common-noun mentions, outside their lexicon head ("Coalition
    aircraft", not "Interior Minister"): proper nouns, when the document writes the word capitalised
    mid-sentence (a sentence's first word is by position only) and not as a later word of a longer
    name ("Prison" of "Changi Prison": "Prison officials" opens a sentence), office words and the
    first half of an adjective ("Catholic-majority", "Conservative-led") aside."""
    table = token_table(doc)
    inner = {i for ent in doc.ents for i in range(ent.start + 1, ent.end)}
    rows = enumerate(zip(table.text, table.sent_start, strict=True))
    mid = {text for i, (text, start) in rows if text[:1].isupper() and not start and i not in inner}
    return {
        i
        for entity in entities
        if entity.generic
        for start, end in entity.token_spans
        for i in range(start, head_start(doc[start:end], heads))
        if doc[i].text[:1].isupper()
        and doc[i].text in mid
        and not _COMPOUND_ADJECTIVE.match(doc[i : i + 3].text)
        and doc[i].pos_ in ("PROPN", "NOUN")
        and doc[i].lower_ not in offices
    }


def head_start(span: Span, heads: frozenset[str]) -> int:
    """Where a common-noun mention's head, as the lexicon writes it ("interior minister"), starts."""
    for i in range(span.start, span.end - 1):
        if " ".join(t.lower_ for t in span.doc[i : span.end]) in heads:
            return i
    return span.end - 1


_NOUN_LEXICONS = ("actor_nouns", "location_nouns", "weapon_nouns")


def tied(
    entity: LocalEntity,
    spans: list[Span],
    named: set[int],
    names: frozenset[str],
    heads: frozenset[str],
    lexicons: Lexicons,
    offices: frozenset[str] = frozenset(),
    institutions: frozenset[str] = frozenset(),
) -> bool:
    """A common-noun entity tied to a named entity: a country code, a name kept in its label, a
    name inside one of its mentions, or a longer form that holds a name ("ISIL tactical units",
    "the general's forces"), which then labels it. An institution word every country has
    (``institutions``: "two House committees", "member of Parliament") ties it to no one body."""
    # "troops of Mali", "Chad's president", "members of Taliban"; people named by where they are
    # from ("South Korean officials", "people of Qom") are no one in particular, and a capitalised
    # office word ("State government", "Chief Secretary") is no name
    people = entity.subtype == "Group" or (entity.subtype == "Role" and entity.plural)
    if "country" in entity.codes:
        return not people
    names_in_label = [
        w
        for w in entity.name.split()
        if _CAPITAL.match(w)
        and w.lower() not in offices
        and not (people and opening_word_only(w, spans, named))  # "Strathclyde Police" said: a body
        and not opening_word_written_lower(w, spans)  # "Circus officials and police ...": no name
        and not _COMPOUND_ADJECTIVE.match(w)  # "Catholic-majority": a name here is a named token
    ]
    capitalised = [w for w in entity.name.split() if _CAPITAL.match(w)]  # "Security Council" qualifies it
    if capitalised and all(w.lower() in institutions for w in capitalised):
        return False
    if names_in_label:
        return not (people and lookup_place(" ".join(names_in_label), lexicons) is not None)
    if entity.subtype == "Group":
        return False  # people ("children", "workers") a name modifies are still no one in particular
    doc = spans[0].doc if spans else None
    if doc is not None and any(
        i in named and doc[i].lower_ not in offices and not opening_word_written_lower(doc[i].text, spans)
        for span in spans
        for i in range(span.start, head_start(span, heads))
    ):
        return True
    own = _words(entity.name).rstrip("s")
    longer = [
        a
        for a in entity.aliases
        if any(_words(a).rstrip("s") in (f"{n} {own}", f"{n} 's {own}") for n in names)
    ]
    if longer:
        entity.name = max(longer, key=lambda a: (len(a), a))
    return bool(longer)


def _every_mention(entity: LocalEntity, spans: list[Span], test: Callable[..., bool], *args: object) -> bool:
    """Every mention of ``entity`` passes ``test``: a mention outside the spans (a nested one) is
    one the test never saw, so the entity is kept."""
    return len(spans) >= entity.mentions and all(test(span, *args) for span in spans)


def _words(text: str) -> str:
    """Lower-cased words, a possessive split off, for whole-word matching."""
    return " ".join(text.lower().replace("\u2019", "'").replace("'s ", " 's ").split())


def junk(entity: LocalEntity, spans: list[Span], lexicons: Lexicons) -> bool:
    """A "name" that names nothing: a lower-case span NER took for a name or a town ("metro" cars),
    a person's name with digits, a word of a Latin phrase, an editor's bracket or open quote ("[I]t")."""
    if entity.source in ("ner", "place") and not any(_CAPITAL.search(alias) for alias in entity.aliases):
        return True
    if broken_name(entity.name, lexicons):
        return True
    if entity.subtype == "Person" and any(c.isdigit() for c in entity.name):
        return True
    unverified = entity.type == "Region" and entity.source == "ner" and not entity.codes
    if unverified and spans and all(before_person(span) for span in spans):
        return True  # "Maura Josefina Villareal" cut in two: a first name, no place
    if spans and all(ticker(span) for span in spans):
        return True  # "Acme Corp. (NYSE:ACM)": a company's stock symbol, no name of its own
    phrases = lexicons.terms("foreign_phrases")
    return any(in_phrase(span, phrases) or foreign_sentence(span) for span in spans) or glued(spans, lexicons)


def retype(
    entity: LocalEntity,
    spans: list[Span],
    lexicons: Lexicons,
    geographic: frozenset[str],
    bodies: frozenset[str] = frozenset(),
) -> None:
    """Types a place, a legislature or a body by its head noun or its apposition, where NER's or a
    place rule's guess contradicts it."""
    words, ner_actor = entity.name.split(), entity.type == "Actor" and entity.source == "ner"
    head = words[-1].lower() if words else ""
    if entity.type == "Region" and len(words) > 1 and words[-1][:1].isupper() and head in bodies:
        set_type(entity, "Actor", "Organization")  # "the Velmor Judiciary Committee", "... University"
        return
    if ner_actor and len(words) > 1 and head in geographic:
        set_type(entity, "Region", "GeoRegion")  # "Mawddach Estuary", "Coral Island"
    elif ner_actor and any(before_country(span, lexicons) for span in spans):
        set_type(entity, "Region", "City")  # "Ciudad Juarez, Mexico": a place, whatever NER said
    elif entity.source == "ner" and entity.subtype != "Person" and legal_text(words):
        set_type(entity, "Other", "Document")  # "... Reform Bill": a text, not an organisation
    elif entity.type == "Region" and chamber(words):
        set_type(entity, "Actor", "Government")  # "House of Representatives", "houses of the Assembly"
    elif (
        entity.type == "Region"
        and head in LEGISLATURE_HEADS
        and len(words) > 1
        and lookup_place(" ".join(words[:-1]), lexicons) is not None
    ):
        set_type(entity, "Actor", "Government")  # "U.S. House", "Ohio Senate"
    elif person_placed(entity, spans, lexicons):
        set_type(entity, "Actor", "Person")  # "Jan Brink, 26, and Bo Lind, 20, were arrested"


def chamber(words: list[str]) -> bool:
    """``House of Representatives``, ``the houses of the Assembly``: a legislature's chamber."""
    return len(words) > 2 and words[0].lower() in ("house", "houses") and words[1] == "of"


def legal_text(words: list[str]) -> bool:
    """``the Water Reform Bill``, ``the Patriot Act``: the name of a law or a bill."""
    return len(words) > 1 and words[-1] in LEGAL_TEXT_HEADS


__all__ = ["junk", "node_entities", "retype", "tied"]
