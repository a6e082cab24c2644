"""Mentions from spaCy's NER labels: the weakest source, corrected by places, titles and nouns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graphbuild.extract.work_titles import mended_title
from graphbuild.lexicons import given_names
from graphbuild.nlp import span_text, token_table
from graphbuild.resolve.mentions.compass_places import measured_from
from graphbuild.resolve.mentions.contexts import (
    club,
    conjunct_of_town,
    definite_region,
    employer,
    facility_name,
    listed_with_place,
    located,
    locative,
    named_business,
    numbered_site,
    place_noun_after,
    public_place,
    relative_named,
    town_context,
)
from graphbuild.resolve.mentions.countries import acts_or_plays, country_actor
from graphbuild.resolve.mentions.cut_names import (
    class_noun_off,
    full_name_surnames,
    given_name_before,
    joined_at_links,
    named_pieces,
    personal_words,
    taken_in,
    trim,
    whole_towns,
)
from graphbuild.resolve.mentions.games import town_team
from graphbuild.resolve.mentions.holidays import whole_holidays
from graphbuild.resolve.mentions.mention import EntityMention, country_code, without_citation
from graphbuild.resolve.mentions.name_runs import whole_name
from graphbuild.resolve.mentions.person_posts import person_named
from graphbuild.resolve.mentions.place_examples import example_of_places
from graphbuild.resolve.mentions.relabels import people_taken_for_places, relabelled
from graphbuild.resolve.mentions.sources import source_taken_for_place
from graphbuild.resolve.mentions.tags import cited_authors, hashtag, measure_unit, speaker_tag
from graphbuild.resolve.mentions.things import (
    called_noun,
    called_thing,
    case_name,
    coded_name,
    degree_name,
    described_occasion,
    eponym_name,
    introduced_work,
    law_name,
    model_name,
    occasion,
    other_kind,
    product_name,
    storm_name,
    work_title,
)
from graphbuild.resolve.mentions.titles import (
    country_before,
    extend_name,
    portfolio,
    post_complement,
    rank_only,
    strip_titles,
    titled_post,
    with_title,
)
from graphbuild.resolve.mentions.town_names import named_town
from graphbuild.resolve.places import city_population, lookup_place

if TYPE_CHECKING:
    from graphbuild.resolve.mentions.tables import MentionTables

# NER labels worth a node, with the type they suggest when nothing better is known.
NER_TYPES: dict[str, tuple[str, str]] = {
    "PERSON": ("Actor", "Person"),
    "ORG": ("Actor", "Organization"),
    "NORP": ("Actor", "Group"),
    "GPE": ("Region", "AdminArea"),
    "LOC": ("Region", "GeoRegion"),
    "FAC": ("Region", "Site"),
    "PRODUCT": ("Other", "Product"),
    "EVENT": ("Other", "Event"),
}
# Population from which a city's name read as a PERSON by NER is still the city (a capital).
BIG_CITY = 500_000
# Prepositions, beside the place prepositions, before a list of places ("between X and Y", "from X").
_LIST_PREPOSITIONS = frozenset({"between", "from", "to", "into", "across", "around"})
# Labels NER gives a post standing alone ("the President" an organisation, "the Governor-General" a facility).
_POST_LABELS = frozenset({"ORG", "PERSON", "FAC"})
# Labels of names that may sit inside a person's title ("Secretary of State ..."): no entities there.
_TITLE_PART_LABELS = frozenset({"ORG", "PERSON", "NORP"})


def ner_mentions(doc: Doc, tables: MentionTables) -> list[EntityMention]:
    """Each NER entity worth a node, typed by its label unless its words say better.

    A citation mark glued to a name ("al-Assad,[1") is left out of its name and text.
    """
    return [without_citation(m) for m in _ner_mentions(doc, tables)]


def _ner_mentions(doc: Doc, tables: MentionTables) -> list[EntityMention]:
    out = []
    titles, lexicons = tables.titles, tables.lexicons
    locations = tables.noun_table("Region")
    # "Secretary of State Condoleezza Rice": what NER finds inside a person's title is no entity
    in_titles = set()
    heads = tables.lexicons.terms("organization_heads")
    given = given_names(tables.lexicons)
    roles = tables.lexicons.terms("role_nouns")
    posts = titles | roles
    personal = personal_words(tables.lexicons)
    place_words = frozenset(locations) | tables.lexicons.terms("site_heads") | heads
    actors = frozenset(tables.noun_table("Actor"))  # "the Rally for the Republic [organization]"
    entities = [  # trimmed once: both passes read them
        relabelled(*whole_name(part, class_noun_off(trim(part), actors), tables, personal), posts, lexicons)
        for e in people_taken_for_places(
            joined_at_links(whole_towns(whole_holidays(doc.ents), lexicons)), given, place_words, lexicons
        )
        for part in named_pieces(e, place_words - heads, lexicons)
    ]
    for ent, trimmed in entities:
        if trimmed is not None and ent.label_ == "PERSON":
            bare = extend_name(trimmed, titles)
            in_titles.update(range(with_title(bare, titles).start, bare.start))
    # "Tropical Storm Hermine ... Hermine will reach": the storm's name alone is the storm
    storms = {
        span[i:].text: span.text
        for _, span in entities
        if span is not None and storm_name(span, tables)
        for i in range(1, len(span))
        if not storm_name(span[i:], tables)
    }
    zones = tables.lexicons.terms("time_zones")
    units = tables.lexicons.terms("measure_units")
    surnames = full_name_surnames(entities)
    spans = [span for _, span in entities if span is not None]
    for ent, span in entities:
        if span is None or taken_in(span, spans):
            continue
        text = span_text(span)  # Span.text joins a new Token per word at each call
        if (
            text.lower() in zones
            or speaker_tag(span)
            or hashtag(span)
            or cited_authors(span)
            or measure_unit(span, units)
        ):
            continue
        subtype = other_kind(span, text, ent.label_, tables.lexicons)
        if subtype:
            # "arrive at Earth", "sacred in Hinduism", "died of COVID-19": no town, no actor
            out.append(EntityMention(span.start, span.end, text, text, "Other", subtype, "ner"))
            continue
        if text in storms and ent.label_ != "NORP":
            out.append(EntityMention(span.start, span.end, text, storms[text], "Other", "Event", "ner"))
            continue
        if ent.label_ in _TITLE_PART_LABELS and all(i in in_titles for i in range(span.start, span.end)):
            continue
        if titled_post(span, titles, roles) and ent.label_ in _POST_LABELS:
            continue  # "the Colonel", "the President": a post alone names no body; it stands for a person
        if ent.label_ == "ORG" and rank_only(span, titles):
            continue  # "Major-General Jan Brink": the rank of a person, no body
        if portfolio(span, tables) or (ent.label_ == "ORG" and post_complement(span, tables)):
            continue  # "a former Interior Minister": the portfolio word of a post names no ministry
        if (ent.label_ not in ("PERSON", "NORP") and named_business(span, tables)) or (
            ent.label_ in ("ORG", "GPE") and employer(span, tables)
        ):
            # "the German company Züblin", "a job at Kenner": a business, though a town has the name
            out.append(EntityMention(span.start, span.end, text, text, "Actor", "Organization", "ner"))
            continue
        if numbered_site(span, tables):  # "impacting with Runway 17", "Terminal 9": a place
            out.append(EntityMention(span.start, span.end, text, text, "Region", "Site", "ner"))
            continue
        if ent.label_ not in NER_TYPES:
            # a country tagged WORK_OF_ART: a country name is a place whatever NER thought
            place = lookup_place(text, lexicons)
            if place is not None and place.subtype == "Country":
                out.append(
                    EntityMention(
                        span.start, span.end, text, place.name, "Region", "Country", "place", place.codes
                    )
                )
            elif mended_title(span):  # "books, including You Can't Be Neutral on a Moving Train"
                out.append(EntityMention(span.start, span.end, text, text, "Other", "Work", "ner"))
            continue
        bare = span
        if ent.label_ == "PERSON":
            bare = extend_name(given_name_before(span, given, posts), titles)
            span = with_title(bare, titles)
            text = span_text(span)
        place = lookup_place(text, lexicons)
        if town_team(span, ent.label_, place, tables):
            # "Riverton beat Easton": a town's club; the game says so, whatever the town's other mentions
            out.append(EntityMention(span.start, span.end, text, text, "Actor", "Organization", "place"))
            continue
        if (
            place is not None
            and place.subtype == "City"
            and (ent.label_ == "PERSON" or club(span, ent.label_))
        ):
            # "Obama was quoted", "a notice from Toyota": a person or a body, though a town
            # abroad has the name, unless a place's context says otherwise; a capital stays
            big = city_population(place) >= BIG_CITY and text not in surnames
            place = place if big or town_context(span, tables) else None
        if place is not None and place.subtype == "Country" and acts_or_plays(span, tables):
            # "Turkey supports…": a country that acts is its government (metonymy), tied to the
            # country; in a sentence about a game, its national team
            name, kind = country_actor(span, place.name, tables.lexicons)
            out.append(
                EntityMention(span.start, span.end, text, name, "Actor", kind, "place", country_code(place))
            )
            continue
        if place is not None:
            out.append(
                EntityMention(
                    span.start, span.end, text, place.name, "Region", place.subtype, "place", place.codes
                )
            )
            continue
        country = lookup_place(text, lexicons, demonym=True)  # "Syrians", "Hong Konger" (NER: ORG)
        if country is not None:
            out.append(
                EntityMention(
                    span.start, span.end, text, text, "Actor", "Group", "ner", country_code(country)
                )
            )
            continue
        if source_taken_for_place(span, ent.label_):  # "according to Newsline": a body, no place
            out.append(EntityMention(span.start, span.end, text, text, "Actor", "Organization", "ner"))
            continue
        if person_named(span, ent.label_, tables):
            # "El Hadj Diouf, Habre's lawyer", "the President of Chad, Idriss Deby", "the Mayor of Orin"
            codes = country_before(span, tables)
            out.append(EntityMention(span.start, span.end, text, text, "Actor", "Person", "ner", codes))
            continue
        placed = ent.label_ in ("PERSON", "ORG", "NORP")  # "X, a town in", "km west of X"
        kind = (defined_as_place(span, tables) or measured_from(span, tables)) if placed else None
        kind = kind or ("Site" if ent.label_ in ("PERSON", "ORG", "NORP") and located(span) else None)
        kind = kind or ("GeoRegion" if ent.label_ == "NORP" and definite_region(span, lexicons) else None)
        if kind is not None:
            # "X is a village in ...", "the town X": the text itself says what X is, for the whole text
            out.append(EntityMention(span.start, span.end, text, text, "Region", kind, "place"))
            continue
        in_place_context = locative(span, tables) or example_of_places(span, tables)
        town = named_town(span, ent.label_, in_place_context, tables, personal)
        if town is not None and ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "NORP"):
            # "fighting in X", "the village of X": a known town in a place's context is that town,
            # and so is one NER took for a person with no person's word ("storms hit Puerto Montt")
            out.append(
                EntityMention(span.start, span.end, text, town.name, "Region", "City", "place", town.codes)
            )
            continue
        noun = place_noun_after(span, tables) if ent.label_ in ("PERSON", "ORG") else None
        if noun is not None:  # "the Orakzai district", "the Zorvan mosque": the place of that name
            end, words = noun[0].i + 1, f"{text} {noun[0].text}"
            out.append(EntityMention(span.start, end, words, text, "Region", noun[1], "place"))
            continue
        if in_place_context and ent.label_ in ("PERSON", "ORG", "NORP") and conjunct_of_town(span, lexicons):
            # "the provinces of Bitlis and X": a name listed with a known town, in a place's context
            out.append(EntityMention(span.start, span.end, text, text, "Region", "City", "ner"))
            continue
        listed = listed_with_place(span, lexicons.terms("place_prepositions") | _LIST_PREPOSITIONS, lexicons)
        listed = listed if ent.label_ in ("PERSON", "ORG", "NORP") else None
        if listed is not None:
            # "between X and Chennai", "from Pune, X and Delhi": a name listed with a known city
            out.append(EntityMention(span.start, span.end, text, text, "Region", listed, "place"))
            continue
        if (ent.label_ in ("ORG", "PERSON", "FAC") and (product_name(span, tables) or model_name(span))) or (
            ent.label_ == "GPE" and coded_name(span)
        ):
            # "the MESSENGER spacecraft", "Airbus A380s", "IE6": a made thing, no body and no place
            out.append(EntityMention(span.start, span.end, text, text, "Other", "Product", "ner"))
            continue
        if ent.label_ in ("ORG", "PERSON") and eponym_name(span, tables):
            # "the Mercalli scale", "the Dow Jones index": named after the name, no actor
            out.append(EntityMention(span.start, span.end, text, text, "Other", "Concept", "ner"))
            continue
        kind = called_thing(span, tables) if ent.label_ in ("ORG", "PERSON") else None
        if kind is not None:
            # "an octopus called Paul", "a drone named Vortex": an animal or a made thing, no actor
            out.append(EntityMention(span.start, span.end, span.text, span.text, "Other", kind, "ner"))
            continue
        if (ent.label_ in ("ORG", "FAC", "GPE", "LOC") and occasion(span, tables)) or (
            ent.label_ in ("ORG", "PERSON") and described_occasion(span, tables)
        ):
            # "the Mini Maker Faire", "the World Cup": an event, no body and no place
            out.append(EntityMention(span.start, span.end, text, text, "Other", "Event", "ner"))
            continue
        if ent.label_ in ("ORG", "PERSON") and degree_name(span, tables):
            # "a Master of Science at Bond University": a degree, no body and no person
            out.append(EntityMention(span.start, span.end, span.text, span.text, "Other", "Degree", "ner"))
            continue
        if ent.label_ != "NORP" and (law_name(span, tables) or case_name(span)):
            # "the Clean Water Act", "Sony v Tarvel": a law or a lawsuit, no body and no place
            out.append(EntityMention(span.start, span.end, span.text, span.text, "Other", "Law", "ner"))
            continue
        if ent.label_ != "NORP" and storm_name(span, tables):
            # "Tropical Storm Hermine", "Hurricane Ida": weather, no actor and no place
            out.append(EntityMention(span.start, span.end, text, text, "Other", "Event", "ner"))
            continue
        if (ent.label_ == "FAC" and work_title(span)) or (
            ent.label_ != "NORP" and introduced_work(span, tables)
        ):
            # "In The Grand Design, Hawking says", "the novel X": the title of a work
            out.append(EntityMention(span.start, span.end, text, text, "Other", "Work", "ner"))
            continue
        if ent.label_ == "ORG" and relative_named(span, surnames, given, heads):
            # "Kaja Bordevich Ballo" beside "Olav Gunnar Ballo": a given name and a family's surname
            out.append(EntityMention(span.start, span.end, text, text, "Actor", "Person", "ner"))
            continue
        type_, subtype = NER_TYPES[ent.label_]
        name = text
        codes: tuple[tuple[str, str], ...] = ()
        if ent.label_ in ("FAC", "LOC", "GPE", "ORG") and len(span) > 1 and organisation_name(span, tables):
            out.append(EntityMention(span.start, span.end, text, name, "Actor", "Organization", "ner"))
            continue
        if ent.label_ != "PERSON" and len(span) > 1:
            # "Tabqa Dam", "Camp Hurriya", "Idlib Province": a proper name built on a location noun
            for token in (span[-1], span[0]):
                # "Nation Media Group": a name opening with "Nation" or "Country" is no country
                first_country = (
                    token.i == span.start and locations.get(token.lower_, ("", ""))[1] == "Country"
                )
                if token.text[:1].isupper() and token.lower_ in locations and not first_country:
                    type_, subtype = "Region", locations[token.lower_][1] or "Site"
                    break
        if facility_name(span, ent.label_, tables):  # "Holy Cross Cathedral", "Zorvan Prison"
            type_, subtype = "Region", "Site"
        if ent.label_ == "PERSON":
            name = strip_titles(bare, titles)
            codes = country_before(bare, tables)
            # the name owns the tokens; the titled form ("Foreign Secretary Boris Johnson") is an alias
            titled = (text,) if span.start < bare.start else ()
            out.append(
                EntityMention(
                    bare.start, bare.end, bare.text, name, type_, subtype, "ner", codes, aliases=titled
                )
            )
            continue
        # "Movement for Democratic Change (MDC": the acronym NER cut in half is still the name's
        acronym = tuple(
            t.text for t in ent if t.i > span.end and doc[t.i - 1].text == "(" and t.text.isupper()
        )
        out.append(
            EntityMention(span.start, span.end, text, name, type_, subtype, "ner", codes, aliases=acronym)
        )
    # "Dambara is a village in ...": a proper noun NER missed, defined as a settlement by the text
    for token in _untagged_name_subjects(doc):
        span = doc[min(token.left_edge.i, token.i) : token.i + 1]
        kind = defined_as_place(span, tables) if all(t.pos_ == "PROPN" for t in span) else None
        if kind is not None:
            out.append(EntityMention(span.start, span.end, span.text, span.text, "Region", kind, "place"))
    return out


def _untagged_name_subjects(doc: Doc) -> list[Token]:
    """Proper nouns NER left untagged that are a subject, found in the token table: a Token is made
    only of these few, not of every word of the Doc."""
    table = token_table(doc)
    pos, ent_type, dep = table.pos, table.ent_type, table.dep
    return [doc[i] for i in range(len(pos)) if pos[i] == "PROPN" and not ent_type[i] and dep[i] == "nsubj"]


def organisation_name(span: Span, tables: MentionTables) -> bool:
    """``… Center for Security Studies``: a name headed (before its of/for part) by an organisation noun,
    not after "and" alone ("our Joint and Coalition partners") nor a building's ("Medical Center")."""
    heads = tables.lexicons.terms("organization_heads") | tables.lexicons.terms("body_name_heads")
    cut = next((t.i for t in span if t.lower_ in ("for", "of", "on") and t.i > span.start), span.end)
    head = span.doc[cut - 1]
    return (
        head.lower_ in heads
        and head.text[:1].isupper()
        and not (head.i > span.start and span.doc[head.i - 1].lower_ in ("and", "&", "or"))
        and not facility_name(span, "ORG", tables)
    )


def apposed_after_noun(span: Span) -> bool:
    """``another isle nearby, X,``: the span stands after a comma in apposition to a noun before
    it (the parser says appos, or npadvmod for an unknown name)."""
    root = span.root
    return (
        root.dep_ in ("appos", "npadvmod")
        and root.head.pos_ == "NOUN"
        and root.head.i < span.start
        and span.doc[span.start - 1].text == ","
    )


def defined_as_place(span: Span, tables: MentionTables) -> str | None:
    """``X is a village``, ``X, a town in ...``, ``the nearest settlement is X``, ``the province X``:
    a copula, an apposition or a place noun just before it names X a settlement ("City"), an
    administrative area ("AdminArea") or a natural place ("X, an island": "GeoRegion"); None when
    nothing does."""
    root = span.root
    doc = span.doc
    locations = tables.noun_table("Region")
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        described = [c for c in root.head.children if c.dep_ == "attr"]
    elif root.dep_ == "attr" and root.head.lemma_ == "be":
        described = [c for c in root.head.children if c.dep_ == "nsubj"]
    else:  # "another isle nearby, X,", "an area called X"
        described = [root.head] if apposed_after_noun(span) else []
        described += [noun] if (noun := called_noun(span)) is not None else []
    described += [c for c in root.children if c.dep_ == "appos"]  # "(was) X, a town in ..."
    kinds = {locations.get(c.lemma_.lower(), ("", ""))[1] for c in described}
    if any(public_place(c, tables) for c in described):  # "X, a square of ...", "a gay bar, X"
        return "Site"
    if "City" in kinds:
        return "City"
    if "GeoRegion" in kinds:  # "another isle nearby, X,", "X is an island": a natural place
        return "GeoRegion"
    if "AdminArea" in {
        locations.get(c.lemma_.lower(), ("", ""))[1] for c in root.children if c.dep_ == "appos"
    }:
        return "AdminArea"  # "X, a southern district of the city": the apposition says what X is
    if span.start > 1 and doc[span.start - 1].lower_ == "of":  # "the village of X", "provinces of X"
        kind = locations.get(doc[span.start - 2].lemma_.lower(), ("", ""))[1]
        if kind in ("City", "AdminArea") and doc[span.start - 2].text.islower():
            return kind
    noun = doc[span.start - 1] if span.start > 0 else None
    proper = span[0].text[:1].isupper() and span[0].lower_ not in tables.noun_table("Actor")
    if noun is not None and proper and noun.pos_ == "NOUN" and noun.text.islower() and noun.tag_ == "NN":
        # "the Australian state X" (one word: "the state Department of ..." is a body)
        kind = (
            "AdminArea"
            if noun.lower_ == "state" and len(span) == 1
            else locations.get(noun.lower_, ("", ""))[1]
        )
        return kind if kind in ("City", "AdminArea") else None
    return None
