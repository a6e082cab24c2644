"""Which entity a compound modifier stands for when a mention has no entity of its own.

A name that modifies an unnamed head ("the Red Valley Front" cut before "Front", "ISIL tanks")
stands for the phrase; a political place before a proper-noun head does not: "the Canada Supreme
Court", "Kenya Rugby Union" and "the US Attorney for …" name a court, a union and an office, each
named after the place, not the place itself.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from graphbuild.extract.phrases import AMOUNT_ENTITIES
from graphbuild.lexicons import Lexicons
from graphbuild.nlp import has_child, token_table, whole_word
from graphbuild.resolve.agreement import acts_for_owner, apart_from_owner
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.mentions.nouns import typed_nouns
from graphbuild.resolve.node_phrases import ONE_OF_MANY
from graphbuild.resolve.owned_heads import standing_heads, stands_for_owner


def compound_owner(
    head: Token, owner: dict[int, LocalEntity], lexicons: Lexicons, *, renamed: bool = False
) -> LocalEntity | None:
    """The entity a head's compound modifier names, for a mention that stops before the head ("the
    Red Valley Front"); a political place is not one: "the Canada Supreme Court" is no Canada, nor
    is a place the setting of the head: "the Nevada caucuses", "the Lagos police chief", nor an
    organisation people named after it are not ("one Customs Bureau officer", "Oregon residents").
    A phrase that renames a name (``renamed``: "X is a Tigray town") is not the place one of whose
    towns it is (``one_place_in``): X lies in Tigray, it is not Tigray."""
    if head.ent_type_ in AMOUNT_ENTITIES:
        return None  # "US dollars", "Swiss francs": a currency's country is no party to the sum
    table = token_table(head.doc)
    # most heads have no named compound: those cost no Token and no test of the head
    named = [c for c in table.children[head.i] if c < head.i and table.dep[c] == "compound" and c in owner]
    if not named or apart_from_owner(head, lexicons):
        return None
    found = next((owner[c] for c in named if names_owner(head, owner[c], lexicons)), None)
    return None if found is not None and renamed and one_place_in(head, found, lexicons) else found


def named_modifiers(span: Span, root: int, owner: dict[int, LocalEntity]) -> list[Token]:
    """The span's words that an entity owns and that are a compound or possessive modifier of its
    head, ``root``, left to right; found in the token table, so a Token is made only of these, not
    of every word of the 5,576 phrases per 60 articles coreference links (most have none)."""
    table = token_table(span.doc)
    head, dep = table.head, table.dep
    return [
        span.doc[i]
        for i in range(span.start, span.end)
        if i in owner and head[i] == root and dep[i] in ("compound", "poss")
    ]


def names_owner(head: Token, modifier: LocalEntity, lexicons: Lexicons) -> bool:
    """Whether a compound modifier's entity is the head's owner: not the place a proper name is
    named after (``named_after_place``), nor the make or platform of a thing another owns
    (``actor_thing``), nor what a made thing or an event only qualifies (``made_thing_part``), nor
    the setting of an occasion or post (``place_setting``), nor what a person or a happening is only
    described by (``qualified_person``, ``happened_to``), nor the maker of a model (``model_of``)."""
    return not (
        named_after_place(head, modifier)
        or place_thing(head, modifier, lexicons)
        or actor_thing(head, modifier, lexicons)
        or made_thing_part(head, modifier, lexicons)
        or place_setting(head, modifier, lexicons)
        or qualified_person(head, lexicons)
        or happened_to(head, modifier, lexicons)
        or model_of(head, modifier)
    )


# NER labels of a number that is a date or a time, never a model's designation ("the Acme 2010").
_TIME_LABELS = frozenset({"DATE", "TIME"})


def model_of(head: Token, modifier: LocalEntity) -> bool:
    """ "a Eurocopter AS350B3", "the Boeing 737", "a Sony PS3": a designation written with digits
    after a maker's name is one model (or one craft) the maker made, not the maker; what the craft
    did, the maker did not."""
    return (
        modifier.type == ACTOR
        and any(ch.isdigit() for ch in head.text)
        and head.ent_type_ not in _TIME_LABELS
        and not head.is_punct
    )


# Lexicons of common nouns of people: posts, members of a body, people by trade or standing.
PEOPLE_LEXICONS = ("people_nouns", "role_nouns", "member_words", "belonging_nouns")


def qualified_person(head: Token, lexicons: Lexicons) -> bool:
    """ "an NBC employee", "a Queens College professor", "a Sydney socialite", "Liverpool fans": a
    person known by a trade, post or tie that the name before only qualifies (where they work, come
    from or what they follow) is not what the name names; people acting for it are ("Hamas
    members", ``acts_for_owner``)."""
    if head.pos_ != "NOUN":
        return False
    words = (head.lemma_.lower(), head.lower_)
    known = any(w in lexicons.terms(name) for name in PEOPLE_LEXICONS for w in words)
    return known and not acts_for_owner(head, lexicons)


# Subtypes of the entities an occasion's name is (``happened_to``): "the Zorvan festival" is Zorvan.
OCCASION_NAMES = frozenset({"Event"})
# Lexicons of occasions held somewhere by someone ("the Doha summit", "the annual Zorvan festival").
OCCASION_LEXICONS = ("place_occasions", "occasion_nouns")


def happened_to(head: Token, modifier: LocalEntity, lexicons: Lexicons) -> bool:
    """ "Spain's first World Cup victory", "the Abu Ghraib prison scandal", "the African Union
    summit", "the Srebrenica massacre": a happening (``lexicons/happening_nouns.txt``) is never the
    name before it; an occasion is only its own name ("the Zorvan festival"), not who holds it; an
    armed act (``lexicons/event_nouns.txt``) is its doer's ("a US airstrike") or its own name's
    ("the September 11 attacks"), not the town it happened in ("the Mumbai attacks")."""
    if head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    if lemma in lexicons.terms("happening_nouns"):
        return True
    if any(lemma in lexicons.terms(name) for name in OCCASION_LEXICONS):
        return modifier.subtype not in OCCASION_NAMES
    if lemma in lexicons.terms("event_nouns"):
        return modifier.type == "Region" and modifier.subtype != "Country"
    return False


# Political places institutions and firms are named after ("Kenya Rugby Union"); a geographic
# region before a proper noun is mostly its own feature's name ("the Pacific Ocean").
NAMESAKE_PLACES = frozenset({"Country", "City", "AdminArea"})
# The subtype of a country, which gives what its name is before (``place_thing``).
COUNTRY = "Country"
# The lexicon of markets and businesses a place's name before them only locates ("a Singapore firm").
PLACE_HELD_LEXICON = "place_held_nouns"


def place_word(head: Token, modifier: LocalEntity, lexicons: Lexicons) -> bool:
    """ "the Ipswich region", "the Detroit area": a place's name before a location noun is that place."""
    return modifier.type == "Region" and head.lemma_.lower() in typed_nouns(lexicons, "location_nouns")


def one_place_in(head: Token, modifier: LocalEntity, lexicons: Lexicons) -> bool:
    """ "a Tigray town", "a Šar Mountain village", "a Kabul suburb": a location noun picked out of
    many ("a", "one") by a place's name before it is one place in that place, not the place; what
    happens there happens in the place, but a name it renames is not the place."""
    return place_word(head, modifier, lexicons) and picked_one(head)


def picked_one(noun: Token) -> bool:
    """ "a Darfur village", "one US state": the noun is one of many (``ONE_OF_MANY``)."""
    return has_child(noun, ("det",), ONE_OF_MANY)


def one_in_place(noun: Token, modifier: LocalEntity) -> bool:
    """ "a Darfur village near Nyala", "a U.S. state on the Gulf": a noun picked out of many by a
    place's name before it is one of the place's villages or states; what is said of it is not
    said of the place."""
    return modifier.type == "Region" and picked_one(noun)


def named_after_place(head: Token, modifier: LocalEntity) -> bool:
    """ "the Canada Supreme Court", "Kenya Rugby Union": a place before a proper-noun head is a word
    of another name (a court, a company), not the thing the phrase stands for; "the US military",
    with a common-noun head, is the country's own."""
    return modifier.subtype in NAMESAKE_PLACES and head.pos_ == "PROPN" and head.text[:1].isupper()


def place_thing(head: Token, modifier: LocalEntity, lexicons: Lexicons) -> bool:
    """ "the Oslo newspaper", "the Hollywood sign", "U.S. debt instruments": a political place before
    a common noun that is no place, nor people, forces, weapons or parts of it (``standing_heads``),
    or that is a market or a business in it ("the U.S. housing market", "the Tokyo media", "a
    Singapore firm": ``lexicons/place_held_nouns.txt``),
    nor an act it does ("a US airstrike", ``lexicons/event_nouns.txt``), nor what a country gives
    ("a U.S. loan guarantee", ``lexicons/given_nouns.txt``), is where the thing is or what it is
    named after, not the thing."""
    if modifier.subtype not in NAMESAKE_PLACES or head.pos_ != "NOUN":
        return False
    lemma = head.lemma_.lower()
    if lemma in lexicons.terms("event_nouns"):
        return False
    if modifier.subtype == COUNTRY and lemma in lexicons.terms("given_nouns"):
        return False
    if modifier.codes and stands_for_owner(head, lexicons.terms(PLACE_HELD_LEXICON)):
        # "the U.S. housing market", "a Singapore firm": a market or a business in a known place
        # is not the place; a name no gazetteer knows is mostly the thing's own ("Bakara market")
        return True
    return not stands_for_owner(head, standing_heads(lexicons))


# The type of organisations', groups' and people's entities (``actor_thing``).
ACTOR = "Actor"
# Lexicons of heads an organisation's name before them still stands for: its armed acts, what it
# gives, and the class of thing the name is ("the Time magazine", "the Zorvan Motors company", "the
# Kestrel hospital", "the Voyager spacecraft", "Norway's Police Security service").
ACTOR_STANDING_LEXICONS = (
    "event_nouns",
    "given_nouns",
    "class_heads",
    "media_nouns",
    "company_nouns",
    "organization_heads",
    "facility_heads",
    "site_heads",
    "product_nouns",
    "service_nouns",
)


def actor_thing(head: Token, modifier: LocalEntity, lexicons: Lexicons) -> bool:
    """ "Lewis Hamilton's McLaren car", "her Facebook wall", "NBA rules", "a NASA administrator": an
    organisation's or a person's name before a common noun only tells the thing's make, platform,
    owner or maker (a possessor or not: "per NBA rules" are no league); the name is not the
    thing, so the thing's relations are not the name's. It stands for the phrase only
    when the noun names people or forces acting for it, a part, weapon or batch of it
    (``standing_heads``: "the region's Hamas fighters"), an armed act it does or a thing it gives, or the
    class of thing the name is (``ACTOR_STANDING_LEXICONS``: "Spain's El Pais newspaper")."""
    if modifier.type != ACTOR or head.pos_ != "NOUN":
        return False
    start, end = whole_word(head)  # "UN peace-keepers": the written word, not "keepers"
    written = head.doc[start:end].text.lower()
    words = {head.lemma_.lower(), head.lower_, written, written.replace("-", "")}
    # "the Reuters news service": a noun before the head may give the class
    words |= {c.lemma_.lower() for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"}
    if any(w in lexicons.terms(name) for w in words for name in ACTOR_STANDING_LEXICONS):
        return False
    return not words & standing_heads(lexicons)


# The type of made things', works' and events' entities (``made_thing_part``).
OTHER = "Other"
# Lexicons of heads a made thing's, a work's or an event's name before them still stands for: the
# class of thing the name is ("the Voyager spacecraft", "the novel X", "the Zorvan festival").
OTHER_STANDING_LEXICONS = (
    *ACTOR_STANDING_LEXICONS,
    "work_nouns",
    "programme_nouns",
    "program_heads",
    "vessel_nouns",
    "craft_classes",
    "variant_nouns",
    "occasion_nouns",
    "place_occasions",
    "held_events",
    "made_thing_classes",
)


def made_thing_part(head: Token, modifier: LocalEntity, lexicons: Lexicons) -> bool:
    """ "a Zorvex Weekly cover", "the Kestrel search results", "iPhone sales", "the Apollo venue": the
    name of a product, a work or an event before a common noun only says what the thing is of or
    for; the cover is no magazine, the sales no phone. The name stands for the phrase only when the
    noun is the class of thing it is or a stage of it ("the Voyager spacecraft", "the Zorvan
    festival", "the Zorvan finals": ``OTHER_STANDING_LEXICONS``) or a part, batch or weapon of it
    (``standing_heads``)."""
    if modifier.type != OTHER or head.pos_ != "NOUN":
        return False
    words = {head.lemma_.lower(), head.lower_}
    words |= {c.lemma_.lower() for c in head.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"}
    if any(w in lexicons.terms(name) for w in words for name in OTHER_STANDING_LEXICONS):
        return False
    return not words & standing_heads(lexicons)


def place_setting(head: Token, modifier: LocalEntity, lexicons: Lexicons) -> bool:
    """ "The Nevada caucuses were …", "Timargarah police chief Y told …": a place before an occasion
    held there (``lexicons/place_occasions.txt``) or a post held there (``lexicons/role_nouns.txt``)
    is its setting; the caucuses and the chief are not the place. (A post with an entity of its
    own, "the French president", never gets here.)"""
    if modifier.type != "Region":
        return False
    lemma = head.lemma_.lower()
    return lemma in lexicons.terms("place_occasions") or lemma in lexicons.terms("role_nouns")


def setting_word(token: Token, entity: LocalEntity, lexicons: Lexicons) -> bool:
    """The name before a noun that it does not stand for (``names_owner``): "the Nevada caucuses",
    "the Lagos mayor", "the Oslo newspaper", "the World Cup victory"; a frame that reads the
    modifier as the named owner of what was acted on does not join it either."""
    return token.dep_ == "compound" and not names_owner(token.head, entity, lexicons)


__all__ = [
    "NAMESAKE_PLACES",
    "actor_thing",
    "compound_owner",
    "happened_to",
    "made_thing_part",
    "named_after_place",
    "names_owner",
    "one_in_place",
    "one_place_in",
    "picked_one",
    "place_setting",
    "place_thing",
    "place_word",
    "qualified_person",
    "setting_word",
]
