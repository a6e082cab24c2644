"""Town clubs throughout an article about a game: a town's name that one mention shows to be a side
of a game ("Riverton defeated Easton", "Easton will host Riverton") names the town's club in every
mention of that article ("Riverton captain Jo Smith", "Riverton resumed at six for 57"), so the
club is one node and no place node of the same name survives beside it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graphbuild.resolve.mentions.games import game_side
from graphbuild.resolve.mentions.mention import EntityMention
from graphbuild.resolve.mentions.place_lists import first_conjunct
from graphbuild.resolve.mentions.teams import game_article, sport_sentence, team_side
from graphbuild.resolve.places import lookup_place

if TYPE_CHECKING:
    from graphbuild.lexicons import Lexicons

# Subtypes of a place that may share its name with its club: a town or a district, not a country
# (a country's side is its national team, ``teams``) nor a site.
TOWN_SUBTYPES = frozenset({"City", "AdminArea"})

# Subtypes of an actor NER may guess for a club's bare name: "Riverton" as a person or a body.
GUESSED_SUBTYPES = frozenset({"Person", "Organization"})

# Dependencies of the two named sides of a fixture verb: "Riverton will host Easton".
_FIXTURE_DEPS = frozenset({"nsubj", "dobj"})


def club_mentions(doc: Doc, found: list[EntityMention], words: Lexicons) -> list[EntityMention]:
    """A town's name on a side of a game (``town_side``) in a sentence about one is the town's
    club; in an article about a game (``game_article``), so is every mention of a name one of its
    mentions shows on a side, but where a preposition of place puts it ("a win in Easton"). Other
    mentions stay as found."""
    sport = words.terms("sport_words")
    towns = {m.text for m in found if town_reading(m, words)} - surnames(found)
    sides = {
        id(m) for m in found if m.text in towns and name_mention(m) and town_side(doc[m.start : m.end], words)
    }
    if game_article(doc, sport):
        names = {m.text for m in found if id(m) in sides}
        prepositions = words.terms("place_prepositions")
        found = [
            club(m)
            if m.text in names and name_mention(m) and (id(m) in sides or not _placed(doc, m, prepositions))
            else m
            for m in found
        ]
        return national_teams(doc, found, prepositions)
    return [club(m) if id(m) in sides and sport_sentence(doc[m.start].sent, sport) else m for m in found]


def surnames(found: list[EntityMention]) -> set[str]:
    """Last words of actors named in full in the article ("Robin Riverton", then "Riverton beat
    Easton"; NER may call the person a body): the person's short name, though a town has it too."""
    return {
        m.text.split()[-1]
        for m in found
        if m.type == "Actor" and not m.generic and len(m.text.split()) > 1 and m.text[:1].isupper()
    }


def town_reading(m: EntityMention, lexicons: Lexicons) -> bool:
    """A town's or district's bare name: a mention a gazetteer or NER typed as one, or a name the
    place lookup knows as one."""
    if m.generic or m.nested or not m.text[:1].isupper():
        return False
    if m.type == "Region":
        return m.subtype in TOWN_SUBTYPES
    place = lookup_place(m.text, lexicons) if name_mention(m) else None
    return place is not None and place.subtype in TOWN_SUBTYPES


def name_mention(m: EntityMention) -> bool:
    """A bare name read as a town or guessed as a person or a body (not a phrase, not a country's
    team or government, whose name differs from its text)."""
    typed = (m.type == "Region" and m.subtype in TOWN_SUBTYPES) or (
        m.type == "Actor" and m.subtype in GUESSED_SUBTYPES
    )
    return typed and not m.generic and not m.nested and m.name == m.text


def town_side(span: Span, words: Lexicons) -> bool:
    """A side of a game: one that wins or loses it or owns a counted unit of its score
    (``game_side``), does or undergoes what a side does (``team_side``: "Easton progress", "lost
    to Easton"), plays ("Easton kicked three goals", ``playing_verbs``), or is named as one side of
    a fixture (``fixture_side``). Asked only in a sentence or an article about a game."""
    root = first_conjunct(span.root)
    return (
        game_side(span, words.terms("game_verbs"), words.terms("score_nouns"))
        or team_side(span, words)
        or (root.dep_ == "nsubj" and root.head.lemma_.lower() in words.terms("playing_verbs"))
        or fixture_side(span, words.terms("fixture_verbs"))
    )


def fixture_side(span: Span, fixture_verbs: frozenset[str]) -> bool:
    """``Riverton will host Easton``, ``Easton face Riverton``: the subject or the object of a verb
    of a fixture (``fixture_verbs``) whose other side is a name too, no person's ("the city will
    host the final" names no side; "Riverton will host the minister" is a visit)."""
    root = first_conjunct(span.root)
    verb = root.head
    if root.dep_ not in _FIXTURE_DEPS or verb.pos_ != "VERB" or verb.lemma_.lower() not in fixture_verbs:
        return False
    other = [c for c in verb.children if c.dep_ in _FIXTURE_DEPS and c.i != root.i]
    if not other and root.dep_ == "dobj" and verb.dep_ == "conj":
        # "Moe will host Easton and Riverton will host Sale", parsed without the second subject
        other = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return len(other) == 1 and _named_side(other[0])


def _named_side(token: Token) -> bool:
    """A proper name of a side: no person's named in full (NER takes many a club's one-word name
    for a person's) and no occasion's ("host the World Cup": NER's event)."""
    full_name = token.ent_type_ == "PERSON" and any(c.dep_ == "compound" for c in token.children)
    return token.pos_ == "PROPN" and not full_name and token.ent_type_ not in _OCCASION_LABELS


# NER labels of the names of occasions and things a town hosts, which are no sides.
_OCCASION_LABELS = frozenset({"EVENT", "FAC", "PRODUCT", "LAW", "DATE"})


def club(m: EntityMention) -> EntityMention:
    """The mention as the town's club: an organisation named as the town, vouched for by the game
    (no place's codes: the club is not the town)."""
    return replace(m, type="Actor", subtype="Organization", source="place", codes=())


def national_teams(
    doc: Doc, found: list[EntityMention], place_prepositions: frozenset[str]
) -> list[EntityMention]:
    """In an article about a game, a country one mention shows as its national team (``teams``:
    "Slovakia eliminated Italy") is the team in its other mentions too ("an error by Italy", "Italy
    in 1950"), but where a preposition of place puts it ("the finals in Italy")."""
    teams = {m.text: m for m in found if m.name.startswith(TEAM_PREFIX) and m.type == "Actor"}
    return [
        _as_team(m, teams[m.text])
        if m.text in teams and (m.type, m.subtype) == COUNTRY and not _placed(doc, m, place_prepositions)
        else m
        for m in found
    ]


# How a country's national team is named (``countries.country_actor``), and a country's kind.
TEAM_PREFIX = "national team of "
COUNTRY = ("Region", "Country")


def _placed(doc: Doc, m: EntityMention, place_prepositions: frozenset[str]) -> bool:
    """The object of a preposition of place: "the finals in Italy", "fans at home in Italy"; not a
    possessor the parser hung on it ("won 9-6 to Easton's 3-4": the preposition governs the score)."""
    root = doc[m.start : m.end].root
    possessor = any(c.dep_ == "case" and c.lower_ in ("'s", "'") for c in root.children)
    return root.dep_ == "pobj" and root.head.lower_ in place_prepositions | _FROM_TO and not possessor


# Prepositions of a journey, which put a country as a place too: "flew home to Italy", "fans from Italy".
_FROM_TO = frozenset({"from", "to", "into"})


def _as_team(m: EntityMention, team: EntityMention) -> EntityMention:
    return replace(
        m, name=team.name, type=team.type, subtype=team.subtype, source=team.source, codes=team.codes
    )
