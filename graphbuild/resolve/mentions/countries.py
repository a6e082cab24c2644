"""Country names as mentions, and the metonymy that makes an acting country its government."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from graphbuild.extract.phrases import entity_bounds
from graphbuild.resolve.mentions.mention import EntityMention, country_code
from graphbuild.resolve.mentions.teams import national_team, sport_sentence
from graphbuild.resolve.places import country_names, lookup_place

if TYPE_CHECKING:
    from graphbuild.lexicons import Lexicons
    from graphbuild.resolve.mentions.tables import MentionTables


def country_matcher(nlp: Language, lexicons: Lexicons) -> PhraseMatcher:
    """Every country name pycountry knows, matched case-insensitively (case is checked after)."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("country", [nlp.make_doc(name) for name in country_names(lexicons)])
    return matcher


def country_mentions(doc: Doc, tables: MentionTables) -> list[EntityMention]:
    """Country names wherever they are written with a capital, whatever NER made of them."""
    out = []
    for _, start, end in tables.countries(doc):
        span = doc[start:end]
        place = lookup_place(span.text, tables.lexicons)
        if (
            place is None
            or not span.text[:1].isupper()
            or (len(span) == 1 and span.text.isupper() is False and len(span.text) < 4)
            or end_of_longer_place(span, tables.lexicons, tables.gazetteer.names)
            or named_after(span, tables.lexicons)
        ):
            continue
        if acts_or_plays(span, tables):
            name, subtype = country_actor(span, place.name, tables.lexicons)
            out.append(
                EntityMention(start, end, span.text, name, "Actor", subtype, "place", country_code(place))
            )
        else:
            out.append(
                EntityMention(start, end, span.text, place.name, "Region", "Country", "place", place.codes)
            )
    return out


def end_of_longer_place(
    span: Span, lexicons: Lexicons, curated: Mapping[str, tuple[str, str, str]] | None = None
) -> bool:
    """``Jersey`` of "New Jersey", ``Ireland`` of "Northern Ireland": a country's name that ends a
    longer place's name (a capitalised word or two before it make a place the place lookup or the
    curated gazetteer, ``curated``: lower-cased name -> name, type, subtype, knows) is no mention of
    the country. The lookup alone misses some ("Northern Ireland" is no GeoNames row)."""
    doc = span.doc
    for start in (span.start - 1, span.start - 2):
        words = doc[max(start, 0) : span.start]
        if start < 0 or not all(_capitalised_word(t) for t in words):
            return False
        whole = doc[start : span.end].text
        if (
            lookup_place(whole, lexicons) is not None
            or (curated or {}).get(whole.lower(), ("", ""))[1] == "Region"
        ):
            return True
    return False


def named_after(span: Span, lexicons: Lexicons) -> bool:
    """``the Gulf of Mexico``, ``the Sea of Japan``: a country's name after "of" that ends a longer
    place's name NER found (a sea, a gulf: no place a lookup knows) names that place, not the country."""
    doc = span.doc
    bounds = entity_bounds(span[0]) if span[0].ent_type_ in _NAMED_AFTER_LABELS else None
    if bounds is None or bounds[1] != span.end or span.start < bounds[0] + 2:
        return False
    head = doc[span.start - 2]
    whole = doc[bounds[0] : bounds[1]]
    return (
        doc[span.start - 1].lower_ == "of"
        and _capitalised_word(head)
        and lookup_place(whole.text, lexicons) is None
    )


# NER labels of places named after a country: "the Gulf of Mexico" (LOC), "the Port of Spain" (FAC).
_NAMED_AFTER_LABELS = frozenset({"LOC", "FAC"})


def _capitalised_word(token: Token) -> bool:
    """A capitalised word that may open a place's name, no article ("The Congo")."""
    return token.is_alpha and token.text[:1].isupper() and token.lower_ != "the"


def acts(span: Span, tables: MentionTables) -> bool:
    """A country as the subject of an action verb, or as an agent (``by Turkey``), also as any later
    item of a list ("Turkey, Iran and Russia signed": each item's head is the one before it), or
    named as one of a set of states that acts (``listed_in_acting_set``).

    The subject of a stative verb undergoes or hosts rather than acts: "Greece has seen attacks".
    """
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ == "nsubj":
        return _action(root.head, tables.stative_verbs)
    if root.dep_ == "pobj" and root.head.dep_ == "agent":
        return True
    return listed_in_acting_set(root, tables.lexicons.terms("state_set_nouns"), tables.stative_verbs)


def listed_in_acting_set(root: Token, set_nouns: frozenset[str], stative_verbs: frozenset[str]) -> bool:
    """``nations that have conducted strikes include X``: a country named as a member of a set of
    states (``state_set_nouns``) that acts in a relative clause is one of the actors. A set that
    acts in no verb is a list of places ("countries that border Iraq include X"). (An item of
    "states, including X, keep ties with Y" stays a place: coreference keeps it from "it".)"""
    head = root.head
    if root.dep_ != "dobj" or head.lemma_ != "include":
        return False
    owner = next((c for c in head.children if c.dep_ == "nsubj"), None)
    acting = owner is not None and any(
        c.dep_ == "relcl" and _action(c, stative_verbs) and any(d.dep_ == "dobj" for d in c.children)
        for c in owner.children
    )
    return acting and owner is not None and owner.lemma_.lower() in set_nouns


def _action(verb: Token, stative_verbs: frozenset[str]) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_ not in stative_verbs


def acts_or_plays(span: Span, tables: MentionTables) -> bool:
    """A country that acts (``acts``), or that is a side of a game in an article about one
    (``national_team``: "Slovakia eliminated Italy"): an actor, not the place."""
    return acts(span, tables) or national_team(span, tables.lexicons)


def country_actor(span: Span, country: str, words: Lexicons) -> tuple[str, str]:
    """The actor an acting country stands for, and its subtype: its government ("Turkey supports…"),
    or in a sentence about a game, or on a side of one in an article about a game, its national team
    ("Chile beat Norway in the semi-final"): the team is no government, and a node of its own beside
    the country, tied to it by name."""
    if sport_sentence(span.sent, words.terms("sport_words")) or national_team(span, words):
        return f"national team of {country}", "Organization"
    return f"government of {country}", "Government"
