"""Common-noun mentions: phrases headed by a noun of the weapon, actor or location lexicons."""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from graphbuild.extract.phrases import entity_bounds
from graphbuild.lexicons import Lexicons, given_names
from graphbuild.nlp import token_table
from graphbuild.resolve.mentions.body_heads import body_heads, leading_body
from graphbuild.resolve.mentions.contexts import locative
from graphbuild.resolve.mentions.mention import EntityMention
from graphbuild.resolve.mentions.phrases import leading_place, modified_phrase, proper_place
from graphbuild.resolve.places import lookup_place

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# Noun lexicons and the entity type their nouns make.
NOUN_LEXICONS = (("weapon_nouns", "Weapon"), ("actor_nouns", "Actor"), ("location_nouns", "Region"))
DEFINITE = frozenset({"the", "this", "these", "that", "those"})
# Word classes that head a common-noun phrase: proper nouns too, for a capitalised office ("the
# Foreign Secretary") and a place word inside a name.
NOUN_POS = frozenset({"NOUN", "PROPN"})
# Links of a word before a noun that leave it outside a lexicon pair with that noun, unless the
# noun is its head ("the army and navy", "armed forces" stay two words).
_UNPAIRED_DEPS = frozenset({"conj", "amod", "compound", "cc"})
# NER labels of a name that may be a national body ("the UK Government").
_NATIONAL_BODY_LABELS = frozenset({"ORG", "NORP", "GPE"})


@functools.lru_cache(maxsize=32)
def typed_nouns(lexicons: Lexicons, name: str) -> dict[str, tuple[str, str]]:
    """``lexicons/<name>.txt`` lines ``Subtype: canonical | forms`` as form -> (canonical, subtype).

    Made once per lexicons object and name (callers only read it): ``node_entities`` asks for five
    per document and ``named_after_place`` one per compound.
    """
    table: dict[str, tuple[str, str]] = {}
    for syns in lexicons.synonym_sets(name):
        subtype, sep, canonical = syns[0].partition(":")
        if not sep:
            subtype, canonical = "", syns[0]
        canonical = canonical.strip()
        for form in (canonical, *syns[1:]):
            table.setdefault(form.lower(), (canonical, subtype.strip()))
    return table


def noun_phrases(doc: Doc, tables: MentionTables, *, named: list[EntityMention]) -> list[EntityMention]:
    """Common-noun phrases headed by a lexicon noun, with their modifiers and an ``of`` complement.

    A modifier naming a country makes the phrase that country's actor ("the Nigerian army" ->
    "army of Nigeria", "Iraq's president" -> "president of Iraq", "the president of Syria"); the
    phrase then outranks the place. Each phrase is also offered bare ("tanks"), for when a stronger
    mention takes a modifier. Names of armed groups and people stay nodes of their own ("YPG
    fighters"), except a leader's name before a government noun ("the Assad regime").
    """
    groups = {i for m in named if m.type == "Actor" and m.subtype == "Group" for i in range(m.start, m.end)}
    protected = {
        i: m
        for m in named
        if (m.source == "gazetteer" and m.type in ("Actor", "Weapon") and m.subtype != "Group")
        or (m.source == "ner" and m.subtype == "Person")
        for i in range(m.start, m.end)
    }
    by_token = {i: m for m in named if not m.generic for i in range(m.start, m.end)}
    roles = tables.noun_table("Actor")
    locations = tables.noun_table("Region")
    sites = tables.lexicons.terms("site_heads")
    given = given_names(tables.lexicons)
    out = []
    pos = token_table(doc).pos
    for token in (doc[i] for i, tag in enumerate(pos) if tag in NOUN_POS):  # the rest head no phrase
        if token.pos_ == "PROPN" and not (token.text.islower() or token.text.isupper()):
            if (
                (token.lower_ in locations or token.lower_ in sites)
                and token.i > 0
                and doc[token.i - 1].pos_ == "PROPN"
            ):
                if not (
                    _name_goes_on(token, tables.lexicons)
                    or _opens_post(token, roles)
                    or _names_no_place(token, by_token, tables)
                    or _described_person(token, by_token)
                    or (token.lower_ in sites and _named_person(token, by_token, given, tables))
                ):
                    out.append(proper_place(doc, token, tables))
                continue
            if (
                token.lower_ in locations
                and locations[token.lower_][1] != "Country"  # "Nation Media Group": no "Nation X" place
                and token.i + 1 < len(doc)
                and doc[token.i + 1].pos_ == "PROPN"
                and doc[token.i + 1].text[:1].isupper()
            ):
                out.append(leading_body(token, tables) or leading_place(doc, token, tables))
                continue
            # "the Foreign Secretary said": a capitalised office is a role, unless it titles a name
            if not (
                token.lower_ in roles
                and (token.ent_type_ == "" or _national_body(token, roles, tables.lexicons))
                and token.head.ent_type_ != "PERSON"
            ):
                continue
        elif token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.ent_type_ == "PERSON" or (token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN")):
            continue
        found = noun_lookup(doc, token, tables)
        if found is None:
            continue
        head_start, type_, _canonical, subtype = found
        if type_ == "Weapon" and _named_pit(token, tables):
            type_, subtype = "Region", "Site"  # "the Halvor mine": a pit, not an explosive
        if subtype in _BODY_SUBTYPES and _ends_body_name(token):
            continue  # "the Rally for the Republic organization": the body's own name
        plural = token.tag_ in ("NNS", "NNPS")
        # the noun as written names the entity (lexicon lines group related nouns, not synonyms);
        # weapons and places by their singular, groups of people by the plural they were called
        words = [t.lower_ for t in doc[head_start : token.i]]
        lemma = token.lemma_.lower() if token.lemma_.lower() in tables.noun_table(type_) else token.lower_
        noun = token.text if token.text.isupper() else token.lower_ if plural and type_ == "Actor" else lemma
        head_text = " ".join([*words, noun])
        before = doc[head_start - 1] if head_start > 0 else None
        definite = before is not None and before.lower_ in DEFINITE
        bare = EntityMention(
            head_start,
            token.i + 1,
            doc[head_start : token.i + 1].text,
            head_text,
            type_,
            subtype,
            "noun",
            generic=True,
            definite=definite,
            plural=plural,
        )
        out.append(bare)
        phrase = modified_phrase(doc, token, bare, protected, groups, by_token, tables)
        if phrase is not None and (phrase.start, phrase.end) == (bare.start, bare.end):
            out[-1] = phrase  # the bare noun, with the longer forms it was part of as aliases
        elif phrase is not None:
            out.append(phrase)
    return out


def noun_lookup(doc: Doc, token: Token, tables: MentionTables) -> tuple[int, str, str, str] | None:
    """The lexicon entry a noun (or a compound pair ending in it) matches: start, type, name, subtype."""
    words, i = token_table(doc), token.i
    lower, lemma = words.lower[i], words.lemma_lower[i]
    # a lexicon pair holds even when the parser split it ("think tank" with "think" as a verb or a number)
    if i > 0 and (words.head[i - 1] == i or words.dep[i - 1] not in _UNPAIRED_DEPS):
        prev = words.lower[i - 1]
        for type_, table in tables.nouns:
            for form in (f"{prev} {lower}", f"{prev} {lemma}"):
                if form in table:
                    canonical, subtype = table[form]
                    return i - 1, type_, canonical, subtype
    for type_, table in tables.nouns:
        for form in (lower, lemma):
            if form in table:
                canonical, subtype = table[form]
                return i, type_, canonical, subtype
    return None


def _national_body(token: Token, nouns: dict[str, tuple[str, str]], lexicons: Lexicons) -> bool:
    """``the UK Government``, ``the Iraqi Armed Forces``: an NER name made of a country and nouns.

    The country may stand just before the name NER found ("Iraqi" + "Armed Forces"), also as a
    possessive, inside the name or not ("Kenya's Armed Forces").
    """
    doc = token.doc
    if token.ent_type_ not in _NATIONAL_BODY_LABELS:
        return False
    start, end = entity_bounds(token) or (token.i, token.i + 1)  # the NER name, from its IOB tags
    ent = doc[start:end]
    others = [t for t in ent if t.i != token.i and t.lower_ != "the" and t.tag_ != "POS"]
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.tag_ == "POS" and ent.start > 1:
        before = doc[ent.start - 2]  # "Kenya's" + "Armed Forces"
    if before is not None and _national(before.text, lexicons):
        others.append(before)
    # "the Federal Government of Iraq": the country in the name's "of" complement
    owner = next((t for t in others if t.lower_ == "of" and t.i == token.i + 1), None)
    if owner is not None and owner.i + 1 < len(doc) and _national(doc[owner.i + 1].text, lexicons):
        others = [t for t in others if t.i < owner.i] + [doc[owner.i + 1]]
    places = [t for t in others if _national(t.text, lexicons)]
    return bool(places) and all(
        t in places or t.lower_ in nouns or f"{t.lower_} {token.lower_}" in nouns for t in others
    )


def _state_or_country(word: str, lexicons: Lexicons) -> bool:
    """A country's or a state's name ("US", "Illinois"), which a legislature's name may open."""
    place = lookup_place(word, lexicons)
    return place is not None and place.subtype in ("Country", "AdminArea")


def _national(word: str, lexicons: Lexicons) -> bool:
    """A country's name or demonym ("UK", "Iraqi"), not a town's ("Enterprise", Alabama)."""
    place = lookup_place(word, lexicons)
    country = place is not None and place.subtype == "Country"
    return country or lookup_place(word, lexicons, demonym=True) is not None


def _names_no_place(token: Token, by_token: dict[int, EntityMention], tables: MentionTables) -> bool:
    """A location noun that also heads organisations' names ("church", a firm's "Capital") ending a
    name NER found for an organisation, outside a place's context ("the Roman Catholic Church
    opposed", "advised by Kestrel Capital"): the name is that body's, no place's. (A person's
    name is not so told: NER calls streets and airports named after people persons too.)"""
    named = by_token.get(token.i)
    if named is None or named.source != "ner" or named.subtype != "Organization":
        return False
    if token.lower_ not in tables.lexicons.terms("organization_heads") and _epithet(token.doc, named.start):
        return False  # "the Surf Capital": a place's epithet takes the article, a firm's name none
    # "gathered at St Mary's Church": a place's context makes it the building
    return token.lower_ in body_heads(tables.lexicons) and not locative(
        token.doc[named.start : named.end], tables
    )


def _epithet(doc: Doc, start: int) -> bool:
    """The name opens after "the" (inside quotation marks or not): "the Surf Capital"."""
    before = [t.lower_ for t in doc[max(start - 2, 0) : start] if not t.is_quote]
    return bool(before) and before[-1] == "the"


def _described_person(token: Token, by_token: dict[int, EntityMention]) -> bool:
    """``critic Mark Bunker``, ``economist Jane Field``: a common noun saying what the bearer is,
    right before the name NER called a person's, makes it a person's, though it ends in a
    location noun; a street or an airport is not so described."""
    named = by_token.get(token.i)
    if named is None or named.source != "ner" or named.subtype != "Person" or named.start == 0:
        return False
    before = token.doc[named.start - 1]
    return before.pos_ == "NOUN" and before.text.islower() and before.head.i in range(named.start, named.end)


def _named_person(
    token: Token, by_token: dict[int, EntityMention], given: frozenset[str], tables: MentionTables
) -> bool:
    """``Linda Park said``: a name NER called a person's that opens with a given name is the
    person's, though its last word names a kind of site, unless words around it make it a place
    ("beside Victoria Park")."""
    named = by_token.get(token.i)
    if named is None or named.source != "ner" or named.subtype != "Person":
        return False
    doc = token.doc
    span = doc[named.start : named.end]
    placed = span.root.dep_ == "pobj" and span.root.head.lower_ in _SPATIAL_PREPOSITIONS
    return doc[named.start].lower_ in given and not placed and not locative(span, tables)


# Prepositions that place a thing by a site: "beside Victoria Park", "outside Rose Cemetery".
_SPATIAL_PREPOSITIONS = frozenset(
    {"at", "in", "near", "beside", "behind", "outside", "inside", "opposite", "across", "through", "into"}
)


def _ends_body_name(token: Token) -> bool:
    """``the Rally for the Republic organization``: a lower-case noun ending an organisation's name
    NER found, or right after it, where the name has its own "for" or "of" part, is said of that
    body; a phrase around it ("Republic organization") would cut the name."""
    doc = token.doc
    if not token.text.islower() or token.i == 0:
        return False
    inside = token if token.ent_type_ == "ORG" else doc[token.i - 1]
    if inside.ent_type_ != "ORG" or (inside.i + 1 < len(doc) and doc[inside.i + 1].ent_iob_ == "I"):
        return False
    start = (entity_bounds(inside) or (inside.i, inside.i + 1))[0]
    return any(t.lower_ in _NAME_LINKS for t in doc[start + 1 : inside.i])


def _opens_post(token: Token, roles: dict[str, tuple[str, str]]) -> bool:
    """``the Union Home Secretary``: a location noun that with the word after it makes a post of the
    actor lexicon ("home secretary") is a word of that post, no place's head."""
    doc = token.doc
    return token.i + 1 < len(doc) and f"{token.lower_} {doc[token.i + 1].lower_}" in roles


def _name_goes_on(token: Token, lexicons: Lexicons) -> bool:
    """The proper name NER found goes on past this location noun ("Oxford Hospitals NHS Trust"),
    also across "of" or "for" to a capitalised word ("the Dance School [of the Lisbon Conservatory]")."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is None or nxt.ent_iob_ != "I":
        return False
    if nxt.lower_ in _NAME_LINKS:
        # a country or a state before the noun names its legislature: "the Illinois House of
        # Representatives" stays "Illinois House", one node with its short form
        start = (entity_bounds(token) or (token.i, token.i + 1))[0]
        if token.lower_ in _CHAMBERS and any(
            _state_or_country(t.text, lexicons) for t in doc[start : token.i]
        ):
            return False  # a museum's or a college's name goes on: "the Ohio Museum of Natural History"
        rest = itertools.takewhile(lambda t: t.ent_iob_ == "I", doc[nxt.i + 1 :])
        return any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest)
    return nxt.pos_ == "PROPN" and nxt.text[:1].isupper()


# Subtypes of the nouns that say what kind of body a name names ("organization", "group", "party").
_BODY_SUBTYPES = frozenset({"Organization", "ArmedGroup"})
# Nouns of a legislature's chamber, whose name a state or a country before it shortens.
_CHAMBERS = frozenset({"house"})
# Words inside an institution's name before what it is of or for ("School of …", "Office for …").
_NAME_LINKS = frozenset({"of", "for"})


def _named_pit(token: Token, tables: MentionTables) -> bool:
    """``the Halvor mine``: a pit noun after a proper name names that pit, not an explosive.

    A maker's name before other weapon nouns stays a weapon ("a Kalashnikov rifle"); "mine" is
    the weapon noun that also names a place, and a name before it is that place's.
    """
    if token.lower_ not in tables.lexicons.terms("pit_nouns"):
        return False
    return any(
        child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < token.i and child.ent_type_ != "NORP"
        for child in token.children
    )
