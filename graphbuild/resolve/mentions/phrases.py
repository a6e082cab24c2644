"""Noun phrases grown around a lexicon noun: modifiers, an ``of`` complement, proper place names.

A modifier naming a country makes the phrase that country's actor ("the Nigerian army" -> "army of
Nigeria"); a complement names what the noun belongs to ("president of Syria", "city of Mosul").
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graphbuild.extract.subjects import ranks
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import lowercase_words
from graphbuild.resolve.mentions.cut_names import saint_before
from graphbuild.resolve.mentions.hyphen_tails import glued_hyphen, hyphen_front, hyphenated_word_start
from graphbuild.resolve.mentions.mention import EntityMention, country_code
from graphbuild.resolve.places import lookup_place
from graphbuild.resolve.prefixed_names import prefixed_adjective

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# Words that may open a noun phrase but are not part of its name.
_SKIP_POS = frozenset({"DET", "PRON", "NUM", "PUNCT", "CCONJ", "ADP", "SCONJ", "PART", "AUX", "VERB", "ADV"})
_NP_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "case", "npadvmod", "advmod"})
# Prepositions that open a complement naming what the noun belongs to.
_COMPLEMENT_PREPOSITIONS = frozenset({"of", "for", "in"})
# The article before a modified noun that makes it a definite description ("the oil company").
DEFINITE_ARTICLE = "the"
# Longest run of modifiers a phrase may have before it is cut back to its noun.
_MAX_MODIFIERS = 6


def modified_phrase(
    doc: Doc,
    token: Token,
    bare: EntityMention,
    protected: dict[int, EntityMention],
    groups: set[int],
    by_token: dict[int, EntityMention],
    tables: MentionTables,
) -> EntityMention | None:
    """The bare noun mention grown by its modifiers (left) and an ``of``/``for`` complement (right)."""
    head_start, type_ = bare.start, bare.type
    full_start = phrase_start(doc, head_start, token, tables.lexicons.terms("measure_units"))
    start = full_start
    extra: list[str] = []
    leader = type_ == "Actor" and bare.subtype == "Government"
    while start < head_start and start in protected and not (leader and protected[start].subtype == "Person"):
        if prefixed_adjective(protected[start].name, tables.lexicons):
            break  # "Pro-Velmor forces": an adjective, no name of its own, stays the phrase's modifier
        start += 1
    if start > full_start:
        # "ISIL tanks", "YPG fighters": the name stays a node of its own, the whole form an alias
        extra.append(doc[full_start : token.i + 1].text)
    zones = tables.lexicons.terms("time_zones")
    for i in range(start, head_start):
        if doc[i].lower_ in zones:  # "around 0530 GMT armed police returned fire": a clock time's zone
            start = i + 1
    while start < head_start and (doc[start].text in ("-", ",") or doc[start].pos_ in ("CCONJ", "PUNCT")):
        start += 1
    described = start
    while start < head_start and _descriptive(doc[start], tables.lexicons.terms("descriptive_adjectives")):
        start += 1  # "new fighters", "looted weapons": the fighters, the weapons
    kept = tables.lexicons.terms("post_qualifiers") | tables.lexicons.terms("compass_words")
    while start < head_start - 1 and describes_name(doc[start], kept, tables.lexicons):
        start += 1  # "the busy Tarsa market": the Tarsa market, busy or not
    if start > described:
        extra.append(doc[described : token.i + 1].text)
    counted = start
    while counted > 0 and doc[counted - 1].dep_ == "nummod" and doc[counted - 1].head.i == token.i:
        counted -= 1
    if counted < start:
        extra.append(doc[counted : token.i + 1].text)  # "14 tanks" is also said
    mods, countries, has_group = [], [], False
    named = False  # "the New Zealand First Party": the country opens the body's own name
    i = start
    while i < head_start:
        place, other = None, i  # ``other``: the end of a longer place that is no country here
        for j in range(min(head_start, i + 3), i, -1):  # longest place first: "United States"
            text = doc[i:j].text
            place = lookup_place(text, tables.lexicons) or lookup_place(text, tables.lexicons, demonym=True)
            if place is not None and place.subtype == "Country":
                break
            other = max(other, j if place is not None and j > i + 1 else i)
            place = None
        if place is not None and type_ == "Actor" and j > other:
            countries.append((place, doc[i:j].text))
            named = named or _name_goes_on(doc, j, token, bare.subtype)
            i = j
            continue
        if other > i:  # "New Jersey's state legislature": no "Jersey" inside the state's name
            mods.extend(doc[k].text for k in range(i, other) if doc[k].tag_ != "POS")
            i = other
            continue
        has_group = has_group or i in groups
        a_count = doc[i].dep_ == "nummod" and not (numbered(doc, i) or hyphen_front(doc, i))
        if doc[i].tag_ != "POS" and not a_count and not doc[i].is_bracket:
            proper = doc[i].pos_ == "PROPN" or doc[i].text.isupper() or numbered(doc, i)
            mods.append(doc[i].text if proper else doc[i].lower_)
        i += 1
    end, complement = _complement(doc, token, by_token, tables.territory_nouns)
    if (
        type_ == "Region"
        and complement is not None
        and (
            _part_of(doc[full_start : token.i + 1], bare, complement, tables.lexicons)
            or _several(bare, complement)
        )
    ):
        end, complement = token.i + 1, None  # "the capital of X" is no name of X: a description beside X
    if _belonging(token, type_, complement, tables):
        end, complement = token.i + 1, None  # "members of the Church": people described, beside the Church
    if complement is not None and start < head_start:
        extra.append(doc[start : token.i + 1].text)  # "foreign and defense ministers" of …
    if start == head_start and end == token.i + 1:
        return replace(bare, aliases=tuple(extra)) if extra else None
    if len(countries) > 1 and complement is None:
        # "the French and Dutch embassies": several countries' bodies, no one node
        return replace(bare, aliases=(*extra, doc[start : token.i + 1].text))
    country = countries[0][0] if len(countries) == 1 and not named else None
    if named:
        mods = [*(text for _, text in countries), *mods]
    if len(countries) > 1:
        mods = [*(text for _, text in countries), *mods]
    # a named body keeps its own head words ("the Velmor News Agency": "News Agency", not "Agency")
    name = " ".join([*mods, doc[head_start : token.i + 1].text if named else bare.name]).replace(" - ", "-")
    codes: tuple[tuple[str, str], ...] = ()
    if complement is not None:
        if type_ == "Region" and bare.subtype in ("City", "AdminArea") and complement.type == "Region":
            # "the city of Mosul" is Mosul
            return EntityMention(
                start,
                end,
                doc[start:end].text,
                complement.name,
                "Region",
                complement.subtype,
                "phrase",
                complement.codes,
            )
        if complement.type == "Region" and complement.subtype == "Country" and country is None:
            country = lookup_place(complement.name, tables.lexicons)
        else:
            name = f"{name} {doc[token.i + 1].lower_} {complement.name}"
    if country is not None and type_ == "Actor":
        if bare.name.lower() in tables.lexicons.terms("force_nouns") and complement is None and not mods:
            # "Malian troops", "the Iraqi Armed Forces": a country's forces as a whole are its military
            # ("Syrian opposition forces" are not)
            extra.append(f"{name} of {country.name}")
            name = "military"
        name = f"{name} of {country.name}"
        codes = country_code(country)
    if token.i + 1 - start >= 3 and doc[start].pos_ == "ADJ" and doc[start].text.islower():
        extra.append(doc[start + 1 : token.i + 1].text)  # "crowded market place" is a "market place"
    last_cc = max((i for i in range(start, head_start) if doc[i].pos_ == "CCONJ"), default=None)
    if last_cc is not None and last_cc + 1 < head_start:
        extra.append(doc[last_cc + 1 : token.i + 1].text)  # "Coalition or partner forces"
    strong = (
        country is not None
        or named
        or has_group
        or complement is not None
        or (leader and start < full_start + 1)
    )
    return EntityMention(
        start,
        end,
        doc[start:end].text,
        name,
        type_,
        bare.subtype,
        "phrase" if strong else "noun",
        codes,
        generic=True,
        definite=not strong and end == token.i + 1 and plain_definite(doc, start, end),
        plural=bare.plural,
        aliases=tuple(extra),
    )


def plain_definite(doc: Doc, start: int, end: int) -> bool:
    """ "the oil company", "the military commission": "the" and common words only, which point back
    as "the company" does; a capitalised word ("the Guantanamo commission") or a list ("the army
    and navy") says which one itself."""
    return (
        start > 0
        and doc[start - 1].lower_ == DEFINITE_ARTICLE
        and lowercase_words(doc, start, end)
        and not any(t.pos_ == "CCONJ" or t.text == "," for t in doc[start:end])
    )


def _belonging(token: Token, type_: str, complement: EntityMention | None, tables: MentionTables) -> bool:
    """``the family of X``, ``journalists for Current TV``: a noun of people described by what they
    belong to (``lexicons/belonging_nouns.txt``) names no group of its own."""
    nouns = tables.lexicons.terms("belonging_nouns")
    return type_ == "Actor" and complement is not None and token.lower_ in nouns


def _part_of(phrase: Span, noun: EntityMention, complement: EntityMention, lexicons: Lexicons) -> bool:
    """``the capital of the Philippines``, ``the border region of China``, ``the north-east region
    of Seoul``, ``the largest city of Nigeria``: a noun ranked among others, a capital (of a country
    or an area), or an area's noun whose ``of`` complement names a country or a known city, is a
    part of that place, not the place ("the city of Singapore", "the capital city of Manama" are the
    city). A place named before the noun makes the complement the noun's own name ("Iraq's capital
    of Baghdad", "the Paris suburb of X"); a people's adjective does not ("the Basque region of
    Spain")."""
    # a people's adjective names no place ("the Basque region of northern Spain" is a part of Spain)
    owned = any((t.text[:1].isupper() and t.ent_type_ != "NORP") or t.tag_ == "POS" for t in phrase[:-1])
    return (
        not owned
        and complement.type == "Region"
        and (
            (any(t.lower_ == "capital" for t in phrase) and complement.subtype != "City")
            or any(ranks(t) for t in phrase)  # "the second city of Ukraine": one of its cities
            or (noun.subtype == "AdminArea" and complement.subtype == "Country")
            or (noun.subtype == "AdminArea" and _known_city(complement.name, lexicons))
        )
    )


def _several(noun: EntityMention, complement: EntityMention) -> bool:
    """``the cities of Tarvos, Lemba and Orin``, ``the boroughs of New York``: a plural place noun
    names several places, listed after it or inside the one named, never that one place ("the
    city of Mosul" is Mosul)."""
    return noun.plural and complement.type == "Region"


def _known_city(name: str, lexicons: Lexicons) -> bool:
    """A city the main gazetteer knows by that name (not a town guessed from its context: "the
    northwestern region of Xinjiang" names the region)."""
    place = lookup_place(name, lexicons)
    return place is not None and place.subtype == "City"


def _complement(
    doc: Doc, token: Token, by_token: dict[int, EntityMention], territory_nouns: frozenset[str]
) -> tuple[int, EntityMention | None]:
    """``president of Syria``, ``members of the Security Council``: an of/for phrase naming something.

    ``in`` joins only a territory noun and a place ("areas in Syria").
    """
    end = token.i + 1
    if end >= len(doc) or doc[end].lower_ not in _COMPLEMENT_PREPOSITIONS or doc[end].head.i != token.i:
        return end, None
    pobj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
    named = by_token.get(pobj.i) if pobj is not None else None
    if named is None or named.start <= end or named.start > end + 2 or named.type == "Weapon":
        return end, None
    if doc[end].lower_ == "in" and not (named.type == "Region" and token.lower_ in territory_nouns):
        return end, None
    return named.end, named


def proper_place(doc: Doc, token: Token, tables: MentionTables) -> EntityMention:
    """``Tabqa Dam``, ``Ramadi Barrage``: a proper name ending in a location noun is a Region."""
    start = token.i
    while start > 0 and _name_word_before(doc[start - 1], token):
        start -= 1
    while start > 1 and glued_hyphen(doc, start - 1) and doc[start - 2].text[:1].isupper():
        start -= 2  # "North-West Frontier Province": the name does not start after a hyphen
    start = saint_before(doc[start : token.i + 1])  # "[St. Mary's] General Hospital"
    subtype = tables.noun_table("Region").get(token.lower_, ("", ""))[1] or "Site"
    end = token.i + 1
    if all(t.lower_ in tables.compass_words for t in doc[start : token.i]):
        end = _place_complement(doc, end, tables.lexicons) or end
    text = doc[start:end].text
    return EntityMention(start, end, text, text, "Region", subtype, "phrase")


def _name_word_before(word: Token, head: Token) -> bool:
    """A word of a place's name before its location noun: a proper noun, or a capitalised
    adjective inside the sentence that is no nationality ("Holy Cross Cathedral", not "Iraqi")."""
    if word.head.i not in range(word.i + 1, head.i + 1):
        return False  # a word of the name modifies a later word of it: "[Holy] Cross Cathedral"
    if word.pos_ == "PROPN":
        return True
    return word.pos_ == "ADJ" and word.text[:1].isupper() and not word.is_sent_start and not word.ent_type_


def _place_complement(doc: Doc, end: int, lexicons: Lexicons) -> int | None:
    """``the Western District [of Virginia]``: a compass word and a location noun alone make no
    name; an ``of`` complement naming a known place completes it. The end of that place's name
    (a person's name may follow it: "... of New York Roslynn Mauskopf"), or None."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    last = end + 1
    while last < len(doc) and doc[last].pos_ == "PROPN" and doc[last].text[:1].isupper() and last - end <= 3:
        last += 1
    # the longest run of name words that is a place: "of New York [Roslynn Mauskopf]"
    return next((i for i in range(last, end + 1, -1) if lookup_place(doc[end + 1 : i].text, lexicons)), None)


def leading_place(doc: Doc, token: Token, tables: MentionTables) -> EntityMention:
    """``Mount Sinjar``, ``Camp Hurriya``, ``Lake Tharthar``: a location noun before a proper name."""
    end = token.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end - token.i <= 3:
        end += 1
    subtype = tables.noun_table("Region")[token.lower_][1] or "Site"
    text = doc[token.i : end].text
    return EntityMention(token.i, end, text, text, "Region", subtype, "phrase")


def phrase_start(doc: Doc, head_start: int, head: Token, units: frozenset[str] = frozenset()) -> int:
    """First token of the noun's modifiers, after determiners, numbers and possessive pronouns.

    Coordinated modifiers stay ("foreign and defense ministers"); anything else that breaks the
    phrase (a verb, a preposition, a bracket) cuts it. A unit of measure after a number goes with
    the number ("an 84 MW power station", "the 1,200 km pipeline": ``units``, measure_units.txt).
    """
    start = head_start
    # a lexicon pair's first word may hold modifiers of its own ("a kidney transplant unit")
    # (common words only: "Type 56 assault rifles" keeps its model name off the class noun)
    pair_first = [doc[head_start].lefts] if head_start < head.i and doc[head_start].head.i == head.i else []
    pair_mods = (c for c in itertools.chain(*pair_first) if c.pos_ in ("NOUN", "ADJ") and c.text.islower())
    for child in itertools.chain(head.lefts, pair_mods):
        if child.i < head_start and child.dep_ in _NP_MODIFIER_DEPS:
            start = min(start, child.left_edge.i)
    for i in range(head_start - 1, start - 1, -1):
        t = doc[i]
        coordinating = t.pos_ == "CCONJ" or t.text == ","
        in_modifier = (
            t.head.i < head_start
            and t.head.head.i == head.i
            and t.head.dep_ in _NP_MODIFIER_DEPS
            and any(c.dep_ == "conj" and i < c.i < head_start for c in t.head.children)
        )
        if (
            (t.pos_ in ("VERB", "ADP") and t.dep_ not in _NP_MODIFIER_DEPS)
            or t.text in (";", "(", ")")
            or (coordinating and not in_modifier)
        ):
            start = i + 1
            break
    for i in range(head_start - 1, start - 1, -1):
        if doc[i].tag_ == "VBG" and doc[i].dep_ != "compound":  # "liberating neighborhoods"
            start = i + 1
            break
    while start < head_start and (
        doc[start].pos_ in ("CCONJ", "PUNCT", "DET", "PRON", "NUM")
        or (
            doc[start].pos_ in _SKIP_POS
            and doc[start].text != "-"
            and doc[start].dep_ not in ("amod", "compound")
        )
        or doc[start].tag_ == "POS"
        or doc[start].text in (",", "-")
        or _unit_after_number(doc, start, units)
    ):
        start += 1
    start = hyphenated_word_start(doc, start)  # "[six-]seater": no phrase opens inside a word
    if start < head_start and _name_after_of(doc, start):
        return head_start  # "the City of Westminster police": "Westminster" ends a longer name
    return start if head_start - start <= _MAX_MODIFIERS else head_start


def _name_goes_on(doc: Doc, end: int, head: Token, subtype: str) -> bool:
    """``the New Zealand First Party``: a capitalised word after a country and a capitalised body
    noun make the body's name, which keeps its order; "Indonesian Attorney-General" (a post) and
    "the Nigerian Labour party" (a noun) are still of the country."""
    return (
        subtype in _NAMED_BODIES
        and head.text[:1].isupper()
        and end < head.i
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
    )


# Subtypes of bodies whose own name may open with a country's ("the Kenya African National Union").
_NAMED_BODIES = frozenset({"Organization", "ArmedGroup"})


def _name_after_of(doc: Doc, start: int) -> bool:
    """The phrase's first modifier is a name right after the "of" of a longer name ("the City of
    [Westminster] police", "the Province of [Lecce] council"): cut from it, it names another
    thing, so the phrase keeps no modifier."""
    return (
        start > 1
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].pos_ == "PROPN"  # not "Photographs of U.S. troops" at a sentence's start
        and doc[start - 2].text[:1].isupper()
        and doc[start].text[:1].isupper()
    )


def _descriptive(token: Token, adjectives: frozenset[str]) -> bool:
    """An adjective or participle that describes the noun's members rather than naming a class."""
    if token.pos_ not in ("ADJ", "VERB") or (token.text[:1].isupper() and not token.is_sent_start):
        return False
    if token.i > 0 and token.doc[token.i - 1].text == "-":  # "ISIL-held": a name's hyphenated modifier
        return False
    return token.lower_ in adjectives or token.tag_ in ("VBN", "VBG", "VBD")


def describes_name(token: Token, kept: frozenset[str], lexicons: Lexicons) -> bool:
    """A lower-case adjective before a proper name the phrase holds ("the busy [Tarsa] market", "the
    official [Velda] news agency"): it describes the named thing and is no word of its name, which
    is capitalised. A post's qualifier ("former", "acting") and a compass word ("northern") change
    what the phrase names and stay (``kept``); so does an adjective before a place, which owns an
    unnamed thing ("a major Velmor ally" is no "Velmor ally" by name)."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.pos_ == "ADJ"
        and token.text.islower()
        and token.lower_ not in kept
        and after is not None
        and after.pos_ == "PROPN"
        and after.text[:1].isupper()
        and after.ent_type_ not in _PLACE_ENTITIES
        and lookup_place(after.text, lexicons) is None
    )


# NER labels of a place's or a people's name: the owner of what a phrase names, not its name.
_PLACE_ENTITIES = frozenset({"GPE", "NORP", "LOC"})


def numbered(doc: Doc, i: int) -> bool:
    """A number right after a proper noun is its model's or its series' number, a word of the name
    ("a Velmor 310 aircraft", "the Expedition 12 crew"), not a count of the noun's things."""
    return i > 0 and doc[i].like_num and doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper()


def _unit_after_number(doc: Doc, i: int, units: frozenset[str]) -> bool:
    """Token ``i`` is a unit of measure (``units``) written after a number, alone or hyphenated:
    "84 MW", "500-megawatt"."""
    if doc[i].lower_ not in units or i == 0:
        return False
    if doc[i - 1].text == "-":
        return i > 1 and doc[i - 2].like_num
    return doc[i - 1].like_num
