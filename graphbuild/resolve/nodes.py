"""What is a node: the local entities a user would track, out of every typed mention.

A typed mention is not necessarily a node. Named entities are nodes; a common-noun entity
("officials", "the school", "interior minister") is one only when it is tied to a named entity
(a country code from a demonym or possessive, or a name inside its label: "Malian troops",
"members of the Taliban"), when its head is a class of non-state actor news tracks
(``actor_classes``: "rebels", "smugglers") or when it is a weapon (weapon nouns name kinds of
weapon). Junk never becomes a node: adjectives ("Libyan"), lower-case spans NER took for names
(foreign words), speaker tags of interviews ("WN:"), bare head nouns cut from a longer name
("County"), words of fixed Latin phrases ("in absentia"). A place name typed Actor because NER
said ORG or PERSON becomes a Region when its head is a geographic noun ("... Estuary"), and a
country's legislature ("U.S. House") an Actor. Mentions that are no node stay text in the triples.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from graphbuild.lexicons import Lexicons
from graphbuild.resolve.entities import LocalEntity
from graphbuild.resolve.mentions.nouns import typed_nouns
from graphbuild.resolve.places import lookup_place

# A legislature's head noun: "<place> House" is a chamber, not a building, when a place names it.
LEGISLATURE_HEADS = frozenset({"house", "senate", "assembly", "parliament", "congress", "legislature"})
# An interview's speaker tag: a short all-caps tag opening a line ("WN: Why did you ...").
SPEAKER_TAG_MAX = 4
_CAPITAL = re.compile(r"[A-Z\u00c0-\u00de]")


def node_entities(doc: Doc, entities: list[LocalEntity], lexicons: Lexicons) -> list[LocalEntity]:
    """The typed entities of ``doc``, junk left out, each marked ``node`` or not and retyped where
    a general rule says so."""
    classes = lexicons.terms("actor_classes")
    common = lexicons.terms("location_nouns") | lexicons.terms("organization_heads")
    phrases = lexicons.terms("foreign_phrases")
    geographic = {
        form for form, (_, subtype) in typed_nouns(lexicons, "location_nouns").items() if subtype == "GeoRegion"
    }
    out = []
    for entity in entities:
        _drop_broken_aliases(entity)
        if entity.generic:
            entity.node = tied(entity) or entity.type == "Weapon" or actor_class(entity, classes)
            out.append(entity)
            continue
        if junk(doc, entity, common, phrases):
            continue
        retype(entity, geographic)
        out.append(entity)
    return out


def tied(entity: LocalEntity) -> bool:
    """A common-noun entity tied to a named entity: a country code, or a name kept in its label."""
    return "country" in entity.codes or bool(_CAPITAL.search(entity.name))


def actor_class(entity: LocalEntity, classes: frozenset[str]) -> bool:
    """``the rebels``, ``foreign fighters``, ``armed groups``: headed by a non-state actor class."""
    if entity.type != "Actor":
        return False
    words = entity.name.lower().split()
    return bool(words) and (words[-1] in classes or " ".join(words[-2:]) in classes)


def junk(doc: Doc, entity: LocalEntity, common: frozenset[str], phrases: frozenset[str]) -> bool:
    """A named entity that is no entity: see the module's docstring for each kind."""
    spans = [doc[s:e] for s, e in entity.token_spans] or []
    if not spans:
        return False
    if entity.source == "ner" and all(span[-1].pos_ == "ADJ" or span[-1].tag_ == "JJ" for span in spans):
        return True  # "Libyan regime", "were Cuban": an adjective names no thing
    if entity.source == "ner" and not any(_CAPITAL.search(alias) for alias in entity.aliases):
        return True  # names are capitalised; a lower-case "name" is a foreign word or a fragment
    if all(speaker_tag(span) for span in spans):
        return True
    if len(entity.name.split()) == 1 and all(
        len(span) == 1 and (span[0].lower_ in common or span[0].lemma_.lower() in common) for span in spans
    ):
        return True  # "County", "Hospitals": the head noun of a longer name, or a capitalised category
    return any(in_phrase(span, phrases) for span in spans)


def speaker_tag(span: object) -> bool:
    """``WN:`` at the start of a line: who speaks in an interview transcript, not an actor."""
    doc = span.doc  # type: ignore[attr-defined]
    start, end = span.start, span.end  # type: ignore[attr-defined]
    text = span.text  # type: ignore[attr-defined]
    if not (text.isupper() and len(text) <= SPEAKER_TAG_MAX and end < len(doc) and doc[end].text == ":"):
        return False
    return start == 0 or "\n" in doc[start - 1].text_with_ws or doc[start - 1].is_space


def in_phrase(span: object, phrases: frozenset[str]) -> bool:
    """The span is a word of a fixed Latin or legal phrase it stands in ("tried in absentia")."""
    doc = span.doc  # type: ignore[attr-defined]
    lo, hi = max(span.start - 3, 0), min(span.end + 3, len(doc))  # type: ignore[attr-defined]
    window = " " + " ".join(t.lower_ for t in doc[lo:hi]) + " "
    words = " " + " ".join(t.lower_ for t in span) + " "  # type: ignore[attr-defined]
    return any(words in f" {p} " and f" {p} " in window for p in phrases)


def retype(entity: LocalEntity, geographic: set[str]) -> None:
    """Types a place or a legislature by its head noun, where NER's guess contradicts it."""
    words = entity.name.split()
    head = words[-1].lower() if words else ""
    if entity.type == "Actor" and entity.source == "ner" and len(words) > 1 and head in geographic:
        entity.type, entity.subtype = "Region", "GeoRegion"  # "Mawddach Estuary", "Coral Island"
    elif entity.type == "Region" and head in LEGISLATURE_HEADS and len(words) > 1:
        if lookup_place(" ".join(words[:-1])) is not None:
            entity.type, entity.subtype = "Actor", "Government"  # "U.S. House", "Ohio Senate"
            entity.key = f"Actor:{entity.key.partition(':')[2]}"


def _drop_broken_aliases(entity: LocalEntity) -> None:
    """An alias cut after its owner ("'s forces" from "Gaddafi's forces") is no form of the entity."""
    for alias in [a for a in entity.aliases if a[:1] in ("'", "\u2019")]:
        del entity.aliases[alias]


__all__ = ["actor_class", "junk", "node_entities", "retype", "speaker_tag", "tied"]
