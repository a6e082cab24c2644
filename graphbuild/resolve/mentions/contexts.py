"""Words around a name that make it a place: a preposition, a place noun, a list of known towns;
a business noun that makes it a business; a family's surname that makes it a person.

NER's PERSON or ORG on a name is often a place it does not know; these tests of the name's
context decide, in ``ner``, when a town GeoNames knows or a name listed with one is that place.
NER's GPE on a business's name ("the German company Züblin") is the converse (``named_business``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from graphbuild.extract.phrases import entity_bounds
from graphbuild.lexicons import Lexicons, compass_points, given_names
from graphbuild.nlp import PLACE_LABELS
from graphbuild.resolve.mentions.mention import country_code
from graphbuild.resolve.mentions.town_lists import listed_town
from graphbuild.resolve.places import (
    Place,
    country_of_demonym,
    demonym_form,
    lookup_place,
    lookup_town,
)

if TYPE_CHECKING:
    from graphbuild.lexicons import Lexicons
    from graphbuild.resolve.mentions.tables import MentionTables


def facility_name(span: Span, label: str, tables: MentionTables) -> bool:
    """``Holy Cross Cathedral``, ``Victoria Park``: a name of two words or more ending in a
    capitalised site's head noun (``site_heads``) is a place; one NER took for a person only when
    the head is no one's surname (``facility_heads``: "Zorvan Prison", not "Grace Park"); so is one
    ending in a building's words (``venue``)."""
    heads = tables.lexicons.terms("facility_heads" if label == "PERSON" else "site_heads")
    return len(span) > 1 and span[-1].text[:1].isupper() and (span[-1].lower_ in heads or venue(span, tables))


def venue(span: Span, tables: MentionTables) -> bool:
    """``Kestrel Medical Center``, ``the Arlo Center for the Arts``: a name whose last words are a
    building's (``venue_heads``) names the building, though "Center" alone heads bodies' names."""
    words, heads = [t.lower_ for t in span], tables.lexicons.terms("venue_heads")
    return any(" ".join(words[-n:]) in heads for n in range(2, min(len(words) - 1, _LONGEST_VENUE) + 1))


# Words in the longest building's head ("centre for the performing arts").
_LONGEST_VENUE = 5


def conjunct_of_town(span: Span, lexicons: Lexicons) -> bool:
    """``Bitlis and X``, ``Harlech, X and Bala``: a later conjunct of a name GeoNames knows as a town."""
    first = span.root
    if first.dep_ != "conj":
        return False
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return lookup_town(_name_of(first).text, lexicons) is not None


def listed_with_place(span: Span, prepositions: frozenset[str], lexicons: Lexicons) -> str | None:
    """The subtype of a known city or area listed with the span after a place's preposition
    ("between X and Chennai", "from Pune, X and Delhi"): a list names things of one kind. Only a
    proper name no one took for a person counts ("by Obama and X": a town in Japan has the name;
    "of X and a police officer": so has one in Australia). A name NER itself tagged a place (GPE)
    and GeoNames does not know as a country counts as a town ("in Qarnel, Sotin and X": villages
    too small for GeoNames) when the list says where ("in", "at", "near"); a country does not
    ("between Israel and X": X may be its foe).
    None when no such list holds the span."""
    doc = span.doc
    first = span.root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.i == 0 or doc[first.i - 1].lower_ not in prepositions:
        return None
    for token in (first, *first.subtree):
        if (token.i != first.i and token.dep_ != "conj") or span.start <= token.i < span.end:
            continue
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ == "PERSON":
            continue
        place = lookup_place(_name_of(token).text, lexicons)
        if place is not None and place.subtype in ("City", "AdminArea"):
            return place.subtype
        if (
            place is None
            and token.ent_type_ in _TOWN_LIST_LABELS
            and doc[first.i - 1].lower_ in _WHERE_PREPOSITIONS
        ):
            return "City"
    return None


def locative(span: Span, tables: MentionTables) -> bool:
    """``in X``, ``near X``, ``the town of X``, ``X province``: words around a name that make it a place.

    A later conjunct ("in Dolgellau, Harlech and Bala") is in the context of the first one, and a
    list of three or more names after a preposition, most of them known towns, is a list of places.
    A possessor is in a place's context only owning a place's noun ("X's outskirts").
    """
    doc = span.doc
    first = span.root
    if first.dep_ == "poss":  # "into X's actions": the preposition is the owned noun's
        owned = first.head.lemma_.lower()
        return owned in tables.noun_table("Region") or owned in tables.lexicons.terms("place_part_nouns")
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    group = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.ent_type_)]
    after_preposition = first.i > 0 and doc[first.i - 1].pos_ == "ADP"
    if after_preposition and len(group) >= _TOWN_LIST:  # the towns are looked up only for a list
        towns = sum(lookup_town(_name_of(t).text, tables.lexicons) is not None for t in group)
        if towns * 3 >= len(group) * 2:
            return True
    if first.i < span.start:
        span = _name_of(first)
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    before2 = doc[span.start - 2].lower_ if span.start > 1 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    locations = tables.noun_table("Region")
    if before in tables.lexicons.terms("place_prepositions") or before in ("into", "from", "to", "around"):
        head = doc[span.start - 1].head  # "fighting in X", "was in X"
        if head.lower_ == "according":  # "according to X" names a source, no place
            return False
        receiving = tables.lexicons.terms("receiving_verbs")
        if before == "from" and head.lemma_.lower() in receiving:  # "received a notice from X"
            return False
        near = far_from(doc[span.start - 1], tables)  # "29 km from X", "closer to X"
        return head.pos_ in ("VERB", "AUX") or head.lower_ in locations or near
    if before == "of" and before2 in compass_points(tables.lexicons):  # "20 km west of X", "just north of X"
        return True
    noun2 = doc[span.start - 2].lemma_.lower() if span.start > 1 else ""  # "the provinces of X"
    if before == "of" and {locations.get(w, ("", ""))[1] for w in (before2, noun2)} & {"City", "AdminArea"}:
        return True
    return locations.get(after, ("", ""))[1] == "AdminArea"


def place_part(noun: Token, lexicons: Lexicons) -> bool:
    """``the mayor of X``, ``the police chief of X``, ``the outskirts of X``: a part or a post only a
    place has (``place_part_nouns``), one word or a compound, makes the name after its "of" a
    place's, whatever NER guessed of it ("the chief of X" may be a firm's: the compound decides)."""
    parts = lexicons.terms("place_part_nouns")
    compounds = [t.lower_ for t in noun.lefts if t.dep_ == "compound"]
    return noun.lower_ in parts or " ".join([*compounds, noun.lower_]) in parts


def far_from(preposition: Token, tables: MentionTables) -> bool:
    """``29 km from X``, ``closer to X``, ``a short drive from X``: the preposition hangs on a word of
    distance or nearness (``distance_words``), which measures from a place."""
    head = preposition.head
    return head.i < preposition.i and head.lower_ in tables.lexicons.terms("distance_words")


# NER labels of a place's name: a listed name so tagged, and no country, is a town, in a list
# only these prepositions open: where something is ("pleas from A and B": NER tags persons GPE too).
_TOWN_LIST_LABELS = frozenset({"GPE"})
_WHERE_PREPOSITIONS = frozenset({"in", "at", "near"})
# Names in a list from which most being known towns makes the list one of places.
_TOWN_LIST = 3


def _name_of(token: Token) -> Span:
    """The NER entity holding ``token``, else the token alone.

    Read off the IOB tags around the token, as ``doc.ents`` reads them (a "B" without a type ends an
    entity), rather than from ``doc.ents``, which makes a span of every entity of the document.
    """
    bounds = entity_bounds(token) if token.ent_type else None
    start, end = bounds or (token.i, token.i + 1)
    return token.doc[start:end]


def named_business(span: Span, tables: MentionTables) -> bool:
    """``the German company Züblin``, ``the infrastructure operator Network Solutions``: the name
    stands right after a business noun (``lexicons/company_nouns.txt``), in apposition to it or
    modified by it, and is no country. A comma may stand between the two when the name is apposed:
    "In a statement, the company, Hospira, said"."""
    doc = span.doc
    comma = span.start > 1 and doc[span.start - 1].text == ","
    if span.start == 0:
        return False
    noun, root = doc[span.start - 1 - comma], span.root
    if noun.lower_ not in tables.lexicons.terms("company_nouns") or noun.pos_ != "NOUN":
        return False
    place = lookup_place(span.text, tables.lexicons)
    return (place is None or place.subtype != "Country") and (
        (root.dep_ == "appos" and root.head.i == noun.i)
        or (not comma and noun.dep_ == "compound" and noun.head.i == root.i)
    )


def employer(span: Span, tables: MentionTables) -> bool:
    """``his first job at Kenner``, ``she worked for Ardell``: a name after "at" or "for" hung on a
    word of working for someone (``employment_words``) is the employer, not a town of that name."""
    root = span.root
    preposition = root.head
    return (
        root.dep_ == "pobj"
        and preposition.lower_ in ("at", "for")
        and preposition.head.i < preposition.i
        and preposition.head.lemma_.lower() in tables.lexicons.terms("employment_words")
    )


def relative_named(
    span: Span, surnames: frozenset[str], given: frozenset[str], heads: frozenset[str]
) -> bool:
    """A name NER called an organisation that is a person's: a given name (``lexicons/*_given_names``)
    first and, last, the surname of a person the text names in full; no organisation's head word."""
    words = [t.text for t in span]
    return (
        len(words) > 1
        and words[0].lower() in given
        and words[-1] in surnames
        and all(t.pos_ == "PROPN" for t in span)
        and not any(w.lower() in heads for w in words)
    )


def town_context(span: Span, tables: MentionTables) -> bool:
    """``a dog in X``, ``X, California``, ``formerly of X``: besides a place's context
    (``locative``), the object of "in" or "near" (not a stake "in" a firm), the "of" of a post or a
    part only a place has (``place_part``: "the police chief of X"), a name followed by a
    known state or country after a comma, the "of" of a person's home, or a list of known towns
    (``listed_town``) is a town's; a known town NER called an organisation is that town only with
    such evidence."""
    if locative(span, tables):
        return True
    doc, root = span.doc, span.root
    preposition = root.head
    if root.dep_ == "pobj" and preposition.lower_ in _TOWN_PREPOSITIONS:
        return preposition.head.lemma_.lower() not in tables.lexicons.terms("holding_nouns")
    before = doc[span.start - 2] if span.start > 1 and doc[span.start - 1].lower_ == "of" else None
    if before is not None and (before.lower_ in _HOME_MARKS or before.text == ","):
        return True  # "formerly of X", "Jan Brink, of X"
    if before is not None and place_part(before, tables.lexicons):
        return True  # "the police chief of X", "the mayor of X"
    return before_area(span, tables.lexicons) or listed_town(
        span, given_names(tables.lexicons), tables.lexicons
    )


def before_area(span: Span, lexicons: Lexicons) -> bool:
    """``X, Texas``, ``X, Chile``, ``X, New South Wales``: a name followed, after a comma, by a place's
    name NER tagged GPE or LOC is written as a town is, with the area it lies in: a state or a
    country the gazetteer knows, or a name no city table knows (the gazetteer's states are the
    United States' alone: "Nova Scotia", "Bavaria"); a known city there is no area of X."""
    area = _area_after(span)
    if area is None:
        return False
    place = lookup_place(area, lexicons)
    if place is None:
        return lookup_town(area, lexicons) is None
    return place.subtype in ("AdminArea", "Country")


def _area_after(span: Span) -> str | None:
    """The place's name NER tagged GPE or LOC right after the span and a comma, else None."""
    doc = span.doc
    if (
        span.end + 1 >= len(doc)
        or doc[span.end].text != ","
        or doc[span.end + 1].ent_type_ not in PLACE_LABELS
    ):
        return None
    return _name_of(doc[span.end + 1]).text


def after_place(span: Span, tables: MentionTables) -> bool:
    """``found in Chorrillos, X``: a name after a comma that ends a place's name in a place's
    context (``locative``), and hangs on that place (apposed or listed), names the larger place it
    lies in, as "in Soho, London" does; a subject or an owner after the comma is not ("Speaking in
    Bern, X said", "in Bern, X's office said")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or span.root.dep_ not in _APPOSED_DEPS:
        return False
    place = _name_of(doc[span.start - 2])
    return (
        place.start <= span.root.head.i < place.end
        and place.root.pos_ == "PROPN"
        and place.text[:1].isupper()
        and locative(place, tables)
    )


# How a name after a comma hangs on the name before it: apposed, listed, or read as a modifier.
_APPOSED_DEPS = frozenset({"appos", "conj", "npadvmod"})


def written_town(span: Span, tables: MentionTables) -> Place | None:
    """A town GeoNames alone knows, outside a place's context (``locative``), is that town when it
    is written with the area it lies in: a state or a country after it (``before_area``:
    "X, New South Wales"), a place before it (``after_place``: "in Chorrillos, X") or other known
    towns listed with it (``listed_town``: "Talca, X and Maule"). A state or a country of another
    land is not its area: "Bogota, Colombia" is not the town in New Jersey."""
    listed = listed_town(span, given_names(tables.lexicons), tables.lexicons)
    if not (before_area(span, tables.lexicons) or after_place(span, tables) or listed):
        return None
    town = lookup_town(span.text, tables.lexicons)
    area = _area_after(span)
    known = lookup_place(area, tables.lexicons) if area is not None else None
    if town is None or known is None or not country_code(known):
        return town
    return town if country_code(known) == country_code(town) else None


# Prepositions whose object, a known town, is the town wherever they hang.
_TOWN_PREPOSITIONS = frozenset({"in", "near", "outside"})

# Words before a person's home's "of" ("formerly of X").
_HOME_MARKS = frozenset({"formerly", "originally", "late"})


def club(span: Span, label: str) -> bool:
    """``University beat Noosa``, ``the Olympia shopping centre``, ``Time's list``, ``a notice from
    Time``: a name NER calls an organisation that acts as a subject, names a thing after it, owns
    one or is a preposition's object is the team or the firm, not the town, unless a place's
    context (``town_context``) says so; an object ("the storm hit X") keeps the town."""
    return label == "ORG" and span.root.dep_ in ("nsubj", "nsubjpass", "compound", "poss", "pobj")


def place_noun_after(span: Span, tables: MentionTables) -> tuple[Token, str] | None:
    """``the Orakzai district``, ``the Zorvan mosque``: a lower-case noun right after the name, which
    the name modifies, of an administrative area (Region "AdminArea"), of a building or ground a
    name names rather than owns (``named_site_nouns``: "Site") or of a natural feature
    (``named_feature_nouns``: "GeoRegion", "the Amazon rainforest"), makes the name that place's: the
    noun and the subtype, else None. Areas and buildings a person or a firm may own ("the Smith
    neighbourhood", "the Marriott hotel") are left out."""
    doc = span.doc
    if span.end >= len(doc):
        return None
    noun = doc[span.end]
    named = span.root.head.i == noun.i and span.root.dep_ in ("compound", "nmod", "amod")
    if not (named and noun.text.islower()):
        return None
    if noun.lower_ in tables.lexicons.terms("named_site_nouns"):
        return noun, "Site"
    if noun.lower_ in tables.lexicons.terms("named_feature_nouns"):  # "the Zorvan river"
        return noun, "GeoRegion"
    kind = tables.noun_table("Region").get(noun.lower_, ("", ""))[1]
    return (noun, kind) if kind == "AdminArea" and noun.lower_ not in _OWNED_AREAS else None


# Area nouns a person's or a firm's name may modify ("the Obama neighbourhood", "Apple's quarter").
_OWNED_AREAS = frozenset(
    {"quarter", "neighborhood", "neighbourhood", "neighborhoods", "neighbourhoods", "suburb", "suburbs"}
)


def public_place(noun: Token, tables: MentionTables) -> bool:
    """``square``, ``the road``, ``a gay bar``, ``the city's main rail station``: a noun of a public
    way, ground or venue (``public_place_nouns``), a two-word entry read with the compound before
    the noun ("radio station" is no rail station); a name it describes is a place, not a body."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    places = tables.lexicons.terms("public_place_nouns")
    compound = [c.lower_ for c in noun.lefts if c.dep_ == "compound"][-1:]
    return noun.lemma_.lower() in places or " ".join([*compound, noun.lemma_.lower()]) in places


def located(span: Span) -> bool:
    """``Orakzai, located to the southwest of Peshawar``, ``X is situated on a hill``: a name that
    a participle of place (``_PLACING_VERBS``) describes or follows after a comma, or the subject
    of one in the present, is a place; a person "was located" (found) in the past, and a firm is
    "based" somewhere."""
    root, doc = span.root, span.doc
    after = doc[span.end : span.end + 2]  # ", located ...": the parser may hang it on the verb
    if (
        len(after) == 2
        and after[0].text == ","
        and after[1].tag_ == "VBN"
        and after[1].lemma_ in _PLACING_VERBS
    ):
        return True
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _PLACING_VERBS for c in root.children):
        return True
    head = root.head
    return (
        root.dep_ == "nsubjpass"
        and head.lemma_ in _PLACING_VERBS
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in head.children)
    )


# Verbs whose passive participle says where a place lies.
_PLACING_VERBS = frozenset({"locate", "situate"})


def definite_region(span: Span, lexicons: Lexicons) -> bool:
    """``in the northern Adriatic``, ``across the Levant``: a singular proper name with "the" as
    the object of a preposition of where (``_REGION_PREPOSITIONS``) that is no nationality word is
    a sea or a region, though NER tagged it a people (NORP); a people is plural ("among the Kurds")
    or a word before a noun ("in the Arab world")."""
    root = span.root
    return (
        len(span) == 1
        and root.dep_ == "pobj"
        and root.tag_ == "NNP"
        and root.head.lower_ in _REGION_PREPOSITIONS
        and any(c.dep_ == "det" and c.lower_ == "the" for c in root.children)
        and country_of_demonym(root.text, lexicons) is None
        and demonym_form(root.text, lexicons) is None
    )


# Prepositions of where a sea or a region named with "the" lies or something moves.
_REGION_PREPOSITIONS = frozenset({"in", "across", "into", "off", "near", "throughout", "over"})


def numbered_site(span: Span, tables: MentionTables) -> bool:
    """``Runway 17``, ``Terminal 9``, ``Interstate 10``: a capitalised word of a numbered part of an
    airport, a port or a road network (``numbered_site_heads``) and its number name a place, which
    NER calls an organisation or an event."""
    heads = tables.lexicons.terms("numbered_site_heads")
    return (
        len(span) == _NUMBERED_SITE_WORDS
        and span[0].text[:1].isupper()
        and span[0].lower_ in heads
        and span[1].text[:1].isdigit()
        and span[1].text.isalnum()
    )


# Words of a numbered site's name: the head word and its number.
_NUMBERED_SITE_WORDS = 2
