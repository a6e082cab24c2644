"""Typed mentions that name a class of people, no one an analyst tracks: a bare nationality
("Libyan"), a party or nationality word modifying a name ("Republican Larry Hogan") and the
followers of a faith ("Muslims"), and people known only by their tie to one person ("Jan Brink's
secretary"). ``resolve.nodes`` keeps them typed but no node."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span

from graphbuild.lexicons import Lexicons, given_names, without_accents
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.fragments import HYPHENS, aged
from graphbuild.resolve.mentions.nouns import typed_nouns
from graphbuild.resolve.places import demonym_form, lookup_place


def nationality(entity: LocalEntity, spans: list[Span]) -> bool:
    """A bare nationality or party ("Libyan", "22 were Cuban", "Canadian Mohamed Fahmy", "Republican
    Larry Hogan", "X, a Wisconsin Republican") is a typed mention, not a node: a people is named in
    the plural ("Kurds"), a country's body by a phrase ("the Libyan regime" -> regime of Libya).
    A people the gazetteer names is no node either when the text only says it as an adjective
    ("the first Arab woman", "since the Arab Spring")."""
    if entity.type != "Actor" or entity.subtype != "Group" or entity.source not in ("ner", "gazetteer"):
        return False
    if spans and all(
        span[-1].pos_ == "ADJ"
        or span[-1].tag_ == "JJ"
        or attribute(span)
        or apposed_to_person(span)
        or hyphen_bound(span)
        for span in spans
    ):
        return True
    if entity.source == "ner" and not spans and "country" in entity.codes:
        return True  # only the adjective of a phrase tied to its country: "the Swiss drug company"
    if entity.source != "ner":  # only inside a phrase, as the adjective: "the first Arab woman"
        return not spans and bool(entity.aliases) and not any(a.endswith("s") for a in entity.aliases)
    word = entity.name.split()[-1].lower() if entity.name.split() else ""
    return ("country" in entity.codes and not word.endswith("s")) or word.endswith(_ADJECTIVE_ENDINGS)


def demonym_word(entity: LocalEntity, lexicons: Lexicons) -> bool:
    """``Tongan time``, ``an American Samoan``, ``the Ecuadorian-flagged vessel``: one singular word
    formed from a country's name is a nationality, whatever type NER gave it (a place, a person, a
    group), when no gazetteer knows it as a place; a people is named in the plural ("Samoans")."""
    if entity.source != "ner" or entity.codes or " " in entity.name:
        return False
    return demonym_form(entity.name, lexicons) is not None


def attribute(span: Span) -> bool:
    """``Republican Larry Hogan``, ``the Republican primary``: one word modifying the noun or the
    name after it says what that is, it names no group of its own."""
    root = span.root
    return len(span) == 1 and root.dep_ in ("amod", "compound") and root.head.i > root.i


def hyphen_bound(span: Span) -> bool:
    """``Soviet-built aircraft``, ``a Shiite-led government``: one word a hyphen joins to a
    lower-case word after it makes a compound adjective with it; it names no group."""
    doc = span.doc
    if len(span) != 1 or span.end + 1 >= len(doc) or span[-1].whitespace_:
        return False
    hyphen, word = doc[span.end], doc[span.end + 1]
    return hyphen.text in HYPHENS and not hyphen.whitespace_ and word.is_alpha and word.is_lower


def apposed_to_person(span: Span) -> bool:
    """``James Sensenbrenner, a Wisconsin Republican``: a party or a nationality in apposition to a
    person's name says what the person is; it names no group."""
    root = span.root
    return len(span) == 1 and root.dep_ == "appos" and root.head.ent_type_ == "PERSON"


def faith_followers(entity: LocalEntity, believers: frozenset[str]) -> bool:
    """``Muslims``, ``Catholics``: the followers of a faith as a whole are a class of people, a
    typed mention but no node (``believers``); "the Catholic Church" is a name."""
    return entity.type == "Actor" and entity.subtype == "Group" and entity.name.lower() in believers


# Endings of nationality adjectives that are no plural noun ("Flemish", "Congolese").
_ADJECTIVE_ENDINGS = ("ish", "ese")


def person_relation(entity: LocalEntity, persons: set[str], roles: frozenset[str]) -> bool:
    """``Jan Brink's secretary``, ``the family of Jan Brink``, ``the Chairman's aide``: people
    known only by their tie to one person, or to an office, are no one an analyst tracks; the
    person is the node. A body's or a country's people ("Chad's president") stay tied."""
    if entity.subtype not in _PERSONAL_SUBTYPES or "country" in entity.codes:
        return False
    for form in (entity.name, *entity.aliases):
        text = form.replace("\u2019", "'")
        owner = text.partition("'s ")[0] if "'s " in text else text.partition(" of ")[2]
        words = owner.split()
        if not words or not all(_NAME_WORD.match(w) for w in words):
            continue
        if owner.lower() in persons or all(w.lower() in roles for w in words):
            return True
    return False


def one_unnamed_member(
    entity: LocalEntity, lexicons: Lexicons, members: frozenset[str], bodies: frozenset[str] = frozenset()
) -> bool:
    """``member of the House``, ``a supporter of the party``: one person of many (``members``,
    ``lexicons/member_words.txt``), singular and unnamed, is no one in particular, however named
    the body is; the plural ("members of the party") names the body's people. So is one body of a
    country's many (``bodies``, ``lexicons/member_bodies.txt``): "a British trade union", "the
    conservative Hungarian party" describe a body whose name is the node; a name's capitalised word
    before the noun ("the Democratic party", "the Thai Raksa Chart party") names one, and a word of
    a sole body ("the central bank", ``_SOLE_MODIFIERS``) makes it the country's one."""
    head = entity.name.partition(" of ")[0].split()
    if entity.plural or not head:
        return False
    if entity.subtype in _PERSONAL_SUBTYPES:
        return head[-1].lower() in members
    owner = entity.name.partition(" of ")[2]
    return (
        entity.type == "Actor"
        and head[-1].lower() in bodies
        and not _SOLE_MODIFIERS & {w.lower() for w in head}
        and not any(w[:1].isupper() for w in head)  # "Raksa Chart party of Thailand": a name's words
        and (not owner or lookup_place(owner, lexicons) is not None)
        and not any(_named_form(alias, lexicons) for alias in entity.aliases)
    )


# Words that make a body the only one of its country or owner: "the central bank", "the parent company",
# "the ruling party", "the national airline", "the state oil company", "the federal union".
_SOLE_MODIFIERS = frozenset({"central", "parent", "ruling", "national", "state", "federal"})


def _named_form(alias: str, lexicons: Lexicons) -> bool:
    """``Democratic party``: a form opening with a capitalised word no nationality ("British") is,
    so a name's word."""
    words = [w for w in alias.split() if w.lower() not in _ARTICLES]
    first = words[0] if words else ""
    return first[:1].isupper() and lookup_place(first, lexicons, demonym=True) is None


_ARTICLES = frozenset({"the", "a", "an"})


# NER labels of a word in a post's phrase that say whose post it is: a person's name, a place's, a body's.
_PERSON_ENTS = frozenset({"PERSON"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "NORP"})


def unheld_post(
    entity: LocalEntity, spans: list[Span], node_at: dict[int, LocalEntity], places: frozenset[str]
) -> bool:
    """A single post is a node only as an office of a place ("Chad's president", "the mayor of
    Seoul", "the Israeli foreign minister"): a body's post ("an Interpol spokesperson", "the BBC's
    director") speaks for the body, which is the node; a title of no one named ("the Deputy Prime
    Minister", "Crown Prince") is no one in particular; and a title that runs into its holder's name
    ("President of France Emmanuel Macron") is the person. On the blind before-sheets of fresh2-15,
    7 of 7 such body posts and most such titles were judged no entity. ``node_at`` maps the tokens
    of the document's nodes to them; ``places`` are the names of its place nodes, which say a word is
    a place whatever NER guessed ("the mayor of Qom" with "Qom" tagged an organisation)."""
    if entity.subtype != "Role" or entity.plural or not spans:
        return False
    kinds: set[str] = set()
    for span in spans:
        for token in span:
            other = node_at.get(token.i)
            if token.i == span.root.i or other is entity:
                continue
            person = token.ent_type_ in _PERSON_ENTS or (other is not None and other.subtype == "Person")
            if person and token.i > span.root.i:
                return True  # the holder's name after the title, not an owner before it ("Chad's")
            if other is not None:
                kinds.add(other.type)
            elif token.ent_type_ in _PLACE_ENTS:
                kinds.add("Region")
        if any(re.search(rf"\b{re.escape(place)}\b", span.text) for place in places):
            kinds.add("Region")
    return "country" not in entity.codes and "Region" not in kinds


def person_placed(entity: LocalEntity, spans: list[Span], lexicons: Lexicons) -> bool:
    """A name NER alone made a place, which no gazetteer knows, written as a person's
    (``personal_name``)."""
    return (
        entity.type == "Region"
        and entity.source == "ner"
        and not entity.codes
        and any(personal_name(span, lexicons) for span in spans)
    )


def personal_name(span: Span, lexicons: Lexicons) -> bool:
    """A name NER took for a place that is a person's: one given an age (``aged``: "Jan Brink, 26,"),
    or two to four capitalised words opening with a given name ("Giacomo Caliendo", "Inês Fidélis
    Régis") with no place noun and no known place among them ("Henry Ford Hospital", "Victoria
    Island", "Washington D.C." stay places). On the judged node sheets all such Region labels whose
    words hold no place noun were people (or no place at all)."""
    words = span.text.split()
    if aged(span):
        return True
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    nouns = _place_words(lexicons)
    return (
        without_accents(words[0]).lower() in given_names(lexicons)
        and not any(w.lower().strip(".") in nouns for w in words)
        and lookup_place(span.text, lexicons) is None
        and not any(lookup_place(w, lexicons) for w in words)
    )


@functools.lru_cache(maxsize=8)
def _place_words(lexicons: Lexicons) -> frozenset[str]:
    """Words of place nouns and of the heads of places' and bodies' names ("street", "hospital",
    "island", "region", "center"), lower-cased, made once per lexicons object."""
    nouns = {w for form in typed_nouns(lexicons, "location_nouns") for w in form.split()}
    for name in ("feature_words", "facility_heads", "organization_heads", "compass_words"):
        nouns.update(lexicons.terms(name))
    return frozenset(nouns)


# Subtypes of people tied to one person as staff or kin, not as a body's members.
_PERSONAL_SUBTYPES = frozenset({"Role", "Group"})


# A word written with a capital: a name's word, or an office's.
_NAME_WORD = re.compile(r"[A-Z\u00c0-\u00de]")


__all__ = [
    "attribute",
    "faith_followers",
    "nationality",
    "one_unnamed_member",
    "person_placed",
    "person_relation",
    "personal_name",
    "unheld_post",
]
