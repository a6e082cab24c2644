"""Find the mentions of entities in a parsed document, each with a type guess.

Sources, strongest first, one module each: the curated gazetteer (``gazetteer``) and parts of
places ("northern Syria", coordinates: ``parts``); common-noun phrases whose modifier names a
country or a group ("the Nigerian army", "Iraq's president": ``phrases``); country names
(``countries``) and titled people (``titles``); other common-noun phrases from the lexicons
(weapons, role nouns, location nouns: ``nouns``); last, spaCy's NER labels (``ner``). A stronger
source overrides a weaker one on the same tokens (``ranking``), which is how a gazetteer or place
hit corrects an NER label that contradicts it (a country tagged PERSON).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from graphbuild.resolve.mentions.clubs import club_mentions
from graphbuild.resolve.mentions.countries import country_mentions
from graphbuild.resolve.mentions.craft_names import craft_mentions
from graphbuild.resolve.mentions.event_names import event_mentions
from graphbuild.resolve.mentions.flat_lists import flat_list_places
from graphbuild.resolve.mentions.gazetteer import gazetteer_mentions
from graphbuild.resolve.mentions.instances import instance_names
from graphbuild.resolve.mentions.joined_names import joined_place_names
from graphbuild.resolve.mentions.mention import QUOTE_MARKS, EntityMention
from graphbuild.resolve.mentions.military import military_mentions
from graphbuild.resolve.mentions.name_cues import cued_names
from graphbuild.resolve.mentions.ner import NER_TYPES, ner_mentions, organisation_name
from graphbuild.resolve.mentions.nouns import DEFINITE, NOUN_LEXICONS, noun_phrases, typed_nouns
from graphbuild.resolve.mentions.offices import sought_office
from graphbuild.resolve.mentions.opening_places import opening_places
from graphbuild.resolve.mentions.parts import coordinate_mentions, coordinates, place_parts
from graphbuild.resolve.mentions.place_lists import listed_places
from graphbuild.resolve.mentions.place_types import retyped_places
from graphbuild.resolve.mentions.ranking import choose_mentions, join_place_and_country, whole_place_names
from graphbuild.resolve.mentions.surnames import surname_mentions
from graphbuild.resolve.mentions.tables import MentionTables
from graphbuild.resolve.mentions.titles import post_nouns, role_body, titled_people
from graphbuild.resolve.places import Place


def find_mentions(doc: Doc, tables: MentionTables) -> list[EntityMention]:
    """Every entity mention in ``doc``, in order; ``tables`` must be built from ``doc``'s pipeline.

    Mentions do not overlap, except ``nested`` ones: a name inside a longer mention ("Ramadi" in
    "Ramadi Barrage", "Italy" in "Rome, Italy") still counts as a mention of its own entity.
    """
    candidates = gazetteer_mentions(doc, tables)
    candidates.extend(country_mentions(doc, tables))
    candidates.extend(place_parts(doc, tables))
    candidates.extend(ner_mentions(doc, tables))
    candidates.extend(surname_mentions(doc, tables))
    candidates.extend(opening_places(doc, tables.lexicons))
    candidates.extend(titled_people(doc, tables))
    candidates.extend(coordinate_mentions(doc))
    candidates.extend(military_mentions(doc, tables))
    candidates.extend(noun_phrases(doc, tables, named=candidates))
    categories = tables.lexicons.terms("category_nouns")
    roles = post_nouns(tables.lexicons)
    bodies = frozenset(
        (m.start, m.end)
        for m in candidates
        if m.source == "ner"
        and m.type == "Actor"
        and (
            (
                m.subtype == "Organization"
                and m.end - m.start > 1
                and organisation_name(doc[m.start : m.end], tables)
            )
            or role_body(doc[m.start : m.end], roles)
        )
    )
    candidates = joined_place_names(doc, candidates)  # "[Norfolk and] Norwich University Hospital"
    found = join_place_and_country(doc, choose_mentions(doc, whole_place_names(doc, candidates), bodies))
    found = group_members(found, tables.lexicons.terms("member_nouns"))
    found = flat_list_places(doc, listed_places(doc, found, tables), tables)
    # one name, one kind through an article: a town's club, an event, a craft named after its class
    found = club_mentions(doc, found, tables.lexicons)
    found = event_mentions(found)
    found = craft_mentions(doc, found, tables.lexicons)
    found = instance_names(doc, [quoted_name(doc, m) for m in found])
    found = retyped_places(doc, found, tables)  # a surname, a body or a venue NER took for a place
    found = cued_names(doc, found, tables)  # "the Sulu provincial police", "by the name of Hassan"
    return [
        m for m in found if not category(doc, m, categories) and not sought_office(doc, m, tables.lexicons)
    ]


def group_members(found: list[EntityMention], members: frozenset[str]) -> list[EntityMention]:
    """``X fighters``, ``X nomads``: a named group and its members' noun are one mention of the group.

    A nationality is not its group of fighters ("Malian militants" are not Mali), so names with
    a country code stay apart.
    """
    out: list[EntityMention] = []
    for m in found:
        prev = next((p for p in reversed(out) if not p.nested), None)
        if (
            prev is not None
            and not m.nested
            and m.generic
            and m.type == "Actor"
            and m.start == prev.end
            and m.end - m.start == 1
            and m.text.lower() in members
            and prev.type == "Actor"
            and not prev.generic
            and prev.subtype in ("Group", "ArmedGroup", "Organization")
            and "country" not in dict(prev.codes)
        ):
            text = f"{prev.text} {m.text}"
            out[out.index(prev)] = replace(prev, end=m.end, text=text, aliases=(*prev.aliases, text))
            continue
        out.append(m)
    # "Islamist militants" grown into one phrase around a nested group name: the group's mention
    inner = {(n.start, n.end): n for n in out if n.nested and _named_group(n)}
    used: set[int] = set()
    joined = []
    for m in out:
        n = inner.get((m.start, m.end - 1))
        if (
            n is not None
            and not m.nested
            and m.generic
            and m.type == "Actor"
            and m.text.split()[-1].lower() in members
        ):
            joined.append(replace(n, end=m.end, text=m.text, nested=False, aliases=(*n.aliases, m.text)))
            used.add(id(n))
            continue
        joined.append(m)
    return [m for m in joined if id(m) not in used]


def quoted_name(doc: Doc, m: EntityMention) -> EntityMention:
    """``the "Red Hand" group``: a name in quotation marks before an actor's class noun is the
    name of that actor; the label is the name, without its quotation marks and the class noun."""
    if not (m.source == "noun" and m.type == "Actor" and not m.nested and m.end - m.start > 2):
        return m
    # the opening mark may stand just before the phrase, which starts at the name's first word
    quotes = [i for i in range(max(m.start - 1, 0), m.end - 1) if doc[i].text in QUOTE_MARKS]
    if len(quotes) != 2 or quotes[1] != m.end - 2 or quotes[1] - quotes[0] < 2:
        return m
    inner = doc[quotes[0] + 1 : quotes[1]]
    if not all(t.text[:1].isupper() or not t.is_alpha for t in inner):
        return m
    return replace(
        m,
        start=inner.start,
        end=inner.end,
        text=inner.text,
        name=inner.text,
        generic=False,
        definite=False,
        aliases=tuple(a for a in m.aliases if not QUOTE_MARKS & set(a)),
    )


def _named_group(m: EntityMention) -> bool:
    """A named group, armed group or organisation that is not a nationality."""
    return (
        m.type == "Actor"
        and not m.generic
        and m.subtype in ("Group", "ArmedGroup", "Organization")
        and "country" not in dict(m.codes)
    )


def category(doc: Doc, m: EntityMention, categories: frozenset[str]) -> bool:
    """A generic role, quantifier or category noun ("officials", "many other nations", "the building")
    is no node.

    Only common-noun mentions tied to nothing named are dropped: "Malian officials" is a phrase
    tied to a country and stays; "the group" may still refer back to a named group (coreference);
    a noun that a noun or name modifies is a narrower class ("government officials", "donor
    countries", "chemical weapons") and stays.
    """
    words = m.name.lower().split()
    refers_back = m.definite and (m.type == "Weapon" or m.subtype in _DESCRIBED_SUBTYPES)
    if not (m.generic and m.source == "noun" and not refers_back and words and words[-1] in categories):
        return False
    if m.type == "Weapon":
        return len(words) == 1  # "chemical weapons", "heavy weapons": classes an analyst tracks
    return all(t.pos_ in _QUANTIFYING_POS for t in doc[m.start : m.end - 1])


# Modifiers that leave a category noun generic: "young men", "many other nations", "exact location".
_QUANTIFYING_POS = frozenset({"ADJ", "DET", "NUM", "ADV", "PRON", "CCONJ", "PUNCT"})
# Subtypes a definite description ("the group", "the city") may refer back to a name of.
_DESCRIBED_SUBTYPES = frozenset({"ArmedGroup", "Organization", "City", "Country", "AdminArea"})


__all__ = [
    "DEFINITE",
    "NER_TYPES",
    "NOUN_LEXICONS",
    "EntityMention",
    "MentionTables",
    "Place",
    "coordinates",
    "find_mentions",
    "typed_nouns",
]
